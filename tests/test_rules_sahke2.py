"""One source of truth: whatever ``archive`` requires of a memo is a rule of the archive profile.

Each requirement of archive/_requirements.py (``sahke2_problems``) is broken
on a memo ready for the archive, and the two are asked: ``archive`` must
refuse it and ``validate --profile archive`` must call it invalid, with the
rule named here by hand, at the same place. The table is written by hand; a
test keeps it complete against the places ``sahke2_problems`` can report.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import attrs
import pytest

from hyvaneuvottelu import LocalizedText, Negotiation, Retention, check
from hyvaneuvottelu.archive import Sahke2Version
from hyvaneuvottelu.archive._requirements import sahke2_problems
from hyvaneuvottelu.archive._vocabulary import PERSONAL_DATA
from hyvaneuvottelu.model import PersonalDataClass
from hyvaneuvottelu.rules._transfer import PERSONAL_DATA_NOT_IN

from .archive_support import ready_memo

REQUIREMENTS = Path(__file__).resolve().parents[1] / "src/hyvaneuvottelu/archive/_requirements.py"


def no_record() -> Negotiation:
    return attrs.evolve(ready_memo(), record=None)


def undated() -> Negotiation:
    return attrs.evolve(ready_memo(), date=None)


#: name: (the broken memo, the SÄHKE2 version, where archive says it, the rule and its path).
BROKEN: dict[str, tuple[Callable[[], Negotiation], Sahke2Version, str, str, str]] = {
    "no record": (no_record, Sahke2Version.V2019, "/record", "HN-A003", "/record/identifier"),
    "no date": (undated, Sahke2Version.V2019, "/date", "HN-A001", "/date"),
    "no identifier": (
        lambda: ready_memo(identifier=None),
        Sahke2Version.V2019,
        "/record/identifier",
        "HN-A003",
        "/record/identifier",
    ),
    "no case id": (
        lambda: ready_memo(case_id=None),
        Sahke2Version.V2019,
        "/record/caseId",
        "HN-A004",
        "/record/caseId",
    ),
    "no creation time": (
        lambda: ready_memo(created=None),
        Sahke2Version.V2019,
        "/record/created",
        "HN-A023",
        "/record/created",
    ),
    "no status": (
        lambda: ready_memo(status=None),
        Sahke2Version.V2019,
        "/record/status",
        "HN-A007",
        "/record/status",
    ),
    "no document type": (
        lambda: ready_memo(document_type=None),
        Sahke2Version.V2019,
        "/record/documentType",
        "HN-A022",
        "/record/documentType",
    ),
    "no publicity": (
        lambda: ready_memo(publicity=None),
        Sahke2Version.V2019,
        "/record/publicity",
        "HN-A010",
        "/record/publicity",
    ),
    "no personal data class": (
        lambda: ready_memo(personal_data=None),
        Sahke2Version.V2019,
        "/record/personalData",
        "HN-A013",
        "/record/personalData",
    ),
    "no language": (
        lambda: ready_memo(languages=()),
        Sahke2Version.V2019,
        "/record/languages",
        "HN-A020",
        "/record/languages",
    ),
    "no function code": (
        lambda: ready_memo(function_code=None),
        Sahke2Version.V2019,
        "/record/functionCode",
        "HN-A019",
        "/record/functionCode",
    ),
    "neither approver nor author": (
        lambda: ready_memo(approver=None, author=None),
        Sahke2Version.V2019,
        "/record/approver",
        "HN-A006",
        "/record/author",
    ),
    "no retention": (
        lambda: ready_memo(retention=None),
        Sahke2Version.V2019,
        "/record/retention",
        "HN-A015",
        "/record/retention",
    ),
    "a retention of no length": (
        lambda: ready_memo(retention=Retention(reason=LocalizedText(fi="Päätös"))),
        Sahke2Version.V2019,
        "/record/retention/periodYears",
        "HN-A016",
        "/record/retention",
    ),
    "a retention without a reason": (
        lambda: ready_memo(retention=Retention(permanent=True)),
        Sahke2Version.V2019,
        "/record/retention/reason",
        "HN-A018",
        "/record/retention/reason",
    ),
    "a language of three letters (issue 12: fin)": (
        lambda: ready_memo(languages=("fin",)),
        Sahke2Version.V2019,
        "/record/languages/0",
        "HN-A041",
        "/record/languages/0",
    ),
    "a function code of two levels (issue 12: 00 01)": (
        lambda: ready_memo(function_code="00 01"),
        Sahke2Version.V2019,
        "/record/functionCode",
        "HN-A042",
        "/record/functionCode",
    ),
    "special categories in the 2011 schema": (
        lambda: ready_memo(personal_data=PersonalDataClass.SPECIAL_CATEGORIES),
        Sahke2Version.V2011,
        "/record/personalData",
        "HN-A043",
        "/record/personalData",
    ),
    "criminal data in the 2011 schema": (
        lambda: ready_memo(personal_data=PersonalDataClass.CRIMINAL),
        Sahke2Version.V2011,
        "/record/personalData",
        "HN-A043",
        "/record/personalData",
    ),
}


@pytest.mark.parametrize("name", list(BROKEN))
def test_what_archive_refuses_validate_calls_invalid(name: str) -> None:
    make, version, location, code, path = BROKEN[name]
    memo = make()
    problems = sahke2_problems(memo, version)
    assert location in [p.location for p in problems]
    report = check(memo, "archive", sahke2_version=version.value)
    assert not report.valid
    assert (code, path) in [(f.code, f.path) for f in report.errors]


@pytest.mark.parametrize("version", list(Sahke2Version))
def test_a_memo_ready_for_the_archive_passes_both(version: Sahke2Version) -> None:
    memo = ready_memo()
    assert sahke2_problems(memo, version) == []
    assert check(memo, "archive", sahke2_version=version.value).valid


@pytest.mark.parametrize("personal", list(PersonalDataClass))
@pytest.mark.parametrize("version", list(Sahke2Version))
def test_validate_passes_what_archive_accepts_for_every_class_and_version(
    personal: PersonalDataClass, version: Sahke2Version
) -> None:
    memo = ready_memo(personal_data=personal)
    refused = bool(sahke2_problems(memo, version))
    valid = check(memo, "archive", sahke2_version=version.value).valid
    if personal is PersonalDataClass.NONE:
        # The memo names people: the profile refuses the claim (HN-A014), archive does not look.
        assert (refused, valid) == (False, False)
    else:
        assert valid is not refused
    # And the rule's table is the vocabulary's: a class the schema has is not refused.
    assert (personal in PERSONAL_DATA_NOT_IN[version.value]) is (
        version not in PERSONAL_DATA[personal][1]
    )


def test_every_place_archive_can_name_is_in_the_table() -> None:
    source = REQUIREMENTS.read_text(encoding="utf-8")
    places = set(re.findall(r'"(/(?:date|record)[A-Za-z/]*)"', source))
    places |= {
        m.replace("{index}", "0") for m in re.findall(r'f"(/record/[a-z]+/\{index\})"', source)
    }
    assert places == {location for _, _, location, _, _ in BROKEN.values()}


def test_the_version_comes_from_the_settings_and_defaults_to_2019() -> None:
    memo = ready_memo(personal_data=PersonalDataClass.CRIMINAL)
    assert check(memo, "archive").valid
    assert check(memo, "archive", sahke2_version="2019").valid
    [finding] = check(memo, "archive", sahke2_version="2011").errors
    assert [finding.message(language) for language in ("fi", "sv", "en")] == [
        'SÄHKE2:n vuoden 2011 skeemassa ei ole henkilötietoluokkaa "sisältää rikostuomioihin ja '
        'rikkomuksiin liittyviä henkilötietoja"; siirrä muistio vuoden 2019 skeeman mukaisena',
        'SÄHKE2-schemat från 2011 saknar personuppgiftsklassen "innehåller personuppgifter om '
        'fällande domar och lagöverträdelser"; överför promemorian enligt schemat från 2019',
        'The SÄHKE2 schema of 2011 has no personal data class "personal data on criminal '
        'convictions and offences"; transfer the memo with the schema of 2019',
    ]
    with pytest.raises(
        ValueError, match=r"^sahke2_version: expected \"2019\" or \"2011\", found '2020'$"
    ):
        check(memo, "archive", sahke2_version="2020")


@pytest.mark.parametrize(
    ("languages", "function_code", "expected"),
    [
        (
            ("fin",),
            "00 01 02",
            [
                'Kielikoodi "fin" ei ole kaksikirjaiminen; SÄHKE2 hyväksyy vain koodit kuten "fi"',
                'Språkkoden "fin" har inte två bokstäver; SÄHKE2 godtar bara koder som "sv"',
                'The language code "fin" is not two letters; SÄHKE2 takes only codes such as "en"',
            ],
        ),
        (
            ("fi",),
            "00 01",
            [
                'Tehtäväluokka "00 01" on liian yleinen: SÄHKE2 vaatii vähintään kolme tasoa, '
                'esimerkiksi "00 01 02"',
                'Uppgiftsklassen "00 01" är för allmän: SÄHKE2 kräver minst tre nivåer, till '
                'exempel "00 01 02"',
                'The function code "00 01" is too general: SÄHKE2 needs at least three levels, '
                'such as "00 01 02"',
            ],
        ),
    ],
)
def test_the_two_values_issue_12_found(
    languages: tuple[str, ...], function_code: str, expected: list[str]
) -> None:
    memo = ready_memo(languages=languages, function_code=function_code)
    [finding] = check(memo, "archive").errors
    assert [finding.message(language) for language in ("fi", "sv", "en")] == expected
    # A three-letter code is said once: not also as a language the title lacks (HN-A021).
    assert "HN-A021" not in check(memo, "archive").codes


def test_a_longer_function_code_is_fine() -> None:
    assert check(ready_memo(function_code="00 01 02 03"), "archive").valid
