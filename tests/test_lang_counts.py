"""Every message that counts, for 0, 1 and 2, in fi, sv and en: a table written by hand."""

from __future__ import annotations

import pytest

from hyvaneuvottelu._messages import CATALOGUES, message, plural
from hyvaneuvottelu.cli._import import _Tally as _ImportTally
from hyvaneuvottelu.cli._validate import _Tally
from hyvaneuvottelu.rules import Severity

#: id -> the message for 0, 1 and 2, in fi, sv and en.
COUNTS: dict[str, tuple[tuple[str, str, str], ...]] = {
    "count.files": (
        ("0 tiedostoa", "0 filer", "0 files"),
        ("1 tiedosto", "1 fil", "1 file"),
        ("2 tiedostoa", "2 filer", "2 files"),
    ),
    "count.memos": (
        ("0 muistiota", "0 promemorior", "0 memos"),
        ("1 muistio", "1 promemoria", "1 memo"),
        ("2 muistiota", "2 promemorior", "2 memos"),
    ),
    "problems.summary": (
        ("0 ongelmaa asiakirjassa", "0 problem i dokumentet", "0 problems in the document"),
        ("1 ongelma asiakirjassa", "1 problem i dokumentet", "1 problem in the document"),
        ("2 ongelmaa asiakirjassa", "2 problem i dokumentet", "2 problems in the document"),
    ),
    "usage.expected": (
        ("odotettiin 0 arvoa", "väntade 0 värden", "expected 0 arguments"),
        ("odotettiin 1 arvoa", "väntade 1 värde", "expected 1 argument"),
        ("odotettiin 2 arvoa", "väntade 2 värden", "expected 2 arguments"),
    ),
    "problems.more": (
        (", ja 0 muuta", ", och 0 till", ", and 0 more"),
        (", ja 1 muu", ", och 1 till", ", and 1 more"),
        (", ja 2 muuta", ", och 2 till", ", and 2 more"),
    ),
    "problems.unlisted": (
        (
            "tästä eteenpäin vielä 0 ongelmaa, joita ei luetella",
            "0 problem till härifrån, inte listade",
            "0 more problems from here on, not listed",
        ),
        (
            "tästä eteenpäin vielä 1 ongelma, jota ei luetella",
            "1 problem till härifrån, inte listat",
            "1 more problem from here on, not listed",
        ),
        (
            "tästä eteenpäin vielä 2 ongelmaa, joita ei luetella",
            "2 problem till härifrån, inte listade",
            "2 more problems from here on, not listed",
        ),
    ),
    "verify.more": (
        ("ja vielä 0 ongelmaa", "och 0 problem till", "and 0 more problems"),
        ("ja vielä 1 ongelma", "och 1 problem till", "and 1 more problem"),
        ("ja vielä 2 ongelmaa", "och 2 problem till", "and 2 more problems"),
    ),
    "import.count.whole": (
        ("0 tuotu", "0 importerade", "0 imported"),
        ("1 tuotu", "1 importerad", "1 imported"),
        ("2 tuotu", "2 importerade", "2 imported"),
    ),
    "import.count.partial": (
        ("0 osittain tuotu", "0 delvis importerade", "0 partly imported"),
        ("1 osittain tuotu", "1 delvis importerad", "1 partly imported"),
        ("2 osittain tuotu", "2 delvis importerade", "2 partly imported"),
    ),
    "import.count.failed": (
        ("0 jäi tuomatta", "0 inte importerade", "0 not imported"),
        ("1 jäi tuomatta", "1 inte importerad", "1 not imported"),
        ("2 jäi tuomatta", "2 inte importerade", "2 not imported"),
    ),
    "import.count.unread": (
        ("0 lukematta", "0 olästa", "0 unread"),
        ("1 lukematta", "1 oläst", "1 unread"),
        ("2 lukematta", "2 olästa", "2 unread"),
    ),
    "import.count.confirm": (
        ("0 vahvistettavaa", "0 att bekräfta", "0 confirm"),
        ("1 vahvistettava", "1 att bekräfta", "1 confirm"),
        ("2 vahvistettavaa", "2 att bekräfta", "2 confirm"),
    ),
    "import.count.absent": (
        ("0 puuttuu", "0 saknas", "0 absent"),
        ("1 puuttuu", "1 saknas", "1 absent"),
        ("2 puuttuu", "2 saknas", "2 absent"),
    ),
    "import.count.removed": (
        ("0 poistettu", "0 borttagna", "0 removed"),
        ("1 poistettu", "1 borttagen", "1 removed"),
        ("2 poistettu", "2 borttagna", "2 removed"),
    ),
    "import.note.invisible": (
        (
            "0 ohjausmerkkiä tai näkymätöntä merkkiä poistettu",
            "0 styrtecken eller osynliga tecken togs bort",
            "0 control or invisible characters removed",
        ),
        (
            "1 ohjausmerkki tai näkymätön merkki poistettu",
            "1 styrtecken eller osynligt tecken togs bort",
            "1 control or invisible character removed",
        ),
        (
            "2 ohjausmerkkiä tai näkymätöntä merkkiä poistettu",
            "2 styrtecken eller osynliga tecken togs bort",
            "2 control or invisible characters removed",
        ),
    ),
}


def test_every_plural_message_is_in_the_table() -> None:
    counted = {id.rsplit(".", 1)[0] for id in CATALOGUES["en"] if id.endswith((".one", ".other"))}
    assert counted - {"summary.not_verified"} == set(COUNTS)


@pytest.mark.parametrize("id", sorted(COUNTS))
def test_a_count_in_each_language(id: str) -> None:
    rendered = tuple(
        tuple(plural(id, n).render(language) for language in ("fi", "sv", "en")) for n in (0, 1, 2)
    )
    assert rendered == COUNTS[id]


@pytest.mark.parametrize(
    ("n", "fi", "sv", "en"),
    [
        (
            0,
            "p: EI eheä: 0 ongelmaa",
            "p: INTE verifierat: 0 problem",
            "p: NOT verified: 0 problems",
        ),
        (1, "p: EI eheä: 1 ongelma", "p: INTE verifierat: 1 problem", "p: NOT verified: 1 problem"),
        (
            2,
            "p: EI eheä: 2 ongelmaa",
            "p: INTE verifierat: 2 problem",
            "p: NOT verified: 2 problems",
        ),
    ],
)
def test_not_verified(n: int, fi: str, sv: str, en: str) -> None:
    said = plural("summary.not_verified", n, path="p")
    assert (said.render("fi"), said.render("sv"), said.render("en")) == (fi, sv, en)


def test_the_summaries_of_archive_verify_and_import() -> None:
    archived = message(
        "summary.archived",
        path="p",
        version="2019",
        memos=plural("count.memos", 1),
        files=plural("count.files", 1),
    )
    assert [archived.render(language) for language in ("fi", "sv", "en")] == [
        "p: SÄHKE2 2019 -siirtopaketti kirjoitettu: 1 muistio, 1 tiedosto",
        "p: SÄHKE2 2019-paket skrivet: 1 promemoria, 1 fil",
        "p: SÄHKE2 2019 package written: 1 memo, 1 file",
    ]
    verified = message("summary.verified", path="p", files=plural("count.files", 2), version="2011")
    assert [verified.render(language) for language in ("fi", "sv", "en")] == [
        "p: tarkistettu ja eheä: 2 tiedostoa, SÄHKE2 2011",
        "p: verifierat: 2 filer, SÄHKE2 2011",
        "p: verified: 2 files, SÄHKE2 2011",
    ]
    imported = message(
        "import.summary",
        files=plural("count.files", 3),
        whole=plural("import.count.whole", 1),
        partial=plural("import.count.partial", 2),
        failed=plural("import.count.failed", 0),
    )
    assert [imported.render(language) for language in ("fi", "sv", "en")] == [
        "3 tiedostoa: 1 tuotu, 2 osittain tuotu, 0 jäi tuomatta",
        "3 filer: 1 importerad, 2 delvis importerade, 0 inte importerade",
        "3 files: 1 imported, 2 partly imported, 0 not imported",
    ]


@pytest.mark.parametrize(
    ("counts", "fi", "sv", "en"),
    [
        (
            (0, 0, 0),
            "0 tiedostoa: 0 kelvollista, 0 virheellistä",
            "0 filer: 0 giltiga, 0 ogiltiga",
            "0 files: 0 valid, 0 invalid",
        ),
        (
            (1, 1, 1),
            "1 tiedosto: 0 kelvollista, 1 virheellinen; 1 virhe, 1 varoitus",
            "1 fil: 0 giltiga, 1 ogiltig; 1 fel, 1 varning",
            "1 file: 0 valid, 1 invalid; 1 error, 1 warning",
        ),
        (
            (2, 1, 2),
            "2 tiedostoa: 1 kelvollinen, 1 virheellinen; 2 virhettä, 2 varoitusta",
            "2 filer: 1 giltig, 1 ogiltig; 2 fel, 2 varningar",
            "2 files: 1 valid, 1 invalid; 2 errors, 2 warnings",
        ),
    ],
)
def test_the_summary_of_validate(counts: tuple[int, int, int], fi: str, sv: str, en: str) -> None:
    tally = _Tally()
    tally.files, tally.invalid, findings = counts
    tally.by_severity[Severity.ERROR] = tally.by_severity[Severity.WARNING] = findings
    assert (tally.summary("fi"), tally.summary("sv"), tally.summary("en")) == (fi, sv, en)


def test_the_summary_of_import_says_1_importerad() -> None:
    tally = _ImportTally()
    tally.files = 1
    assert tally.summary().render("sv") == (
        "1 fil: 1 importerad, 0 delvis importerade, 0 inte importerade"
    )
    tally.files, tally.partial = 3, 1
    assert tally.summary().render("sv") == (
        "3 filer: 2 importerade, 1 delvis importerad, 0 inte importerade"
    )
