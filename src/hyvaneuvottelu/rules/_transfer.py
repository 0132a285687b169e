"""Rules of the ``archive`` profile for what a SÄHKE2 transfer can carry.

``archive`` refuses a memo that its SÄHKE2 schema cannot describe
(archive/_requirements.py); each such requirement is a rule here too, so that
``validate --profile archive`` and ``archive`` never disagree. A test runs
every requirement through both.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..model import PersonalDataClass
from ._context import Context
from ._registry import ARCHIVE_ONLY, SAHKE2_VERSIONS, Hit, Severity, rule

__all__ = ["MIN_FUNCTION_LEVELS", "PERSONAL_DATA_NOT_IN", "two_letter_language"]

#: SÄHKE2's classification scheme nests a main function, a function and at
#: least one sub-function, so a function code needs three levels: "00 01 02".
MIN_FUNCTION_LEVELS = 3
#: SÄHKE2's Language is an ISO 639-1 code: two letters.
_TWO_LETTERS = re.compile(r"[a-z]{2}")
#: The personal data classes each SÄHKE2 schema lacks: the 2011 schema predates
#: the GDPR's special categories and criminal data.
PERSONAL_DATA_NOT_IN: dict[str, frozenset[PersonalDataClass]] = {
    "2019": frozenset(),
    "2011": frozenset({PersonalDataClass.SPECIAL_CATEGORIES, PersonalDataClass.CRIMINAL}),
}


def two_letter_language(code: str) -> bool:
    """Whether ``code`` is a language code SÄHKE2 can carry."""
    return _TWO_LETTERS.fullmatch(code) is not None


@rule(
    "HN-A041",
    Severity.ERROR,
    fi='Kielikoodi "{language}" ei ole kaksikirjaiminen; SÄHKE2 hyväksyy vain koodit kuten "fi"',
    sv='Språkkoden "{language}" har inte två bokstäver; SÄHKE2 godtar bara koder som "sv"',
    en='The language code "{language}" is not two letters; SÄHKE2 takes only codes such as "en"',
    rationale="A SÄHKE2 transfer carries ISO 639-1 codes; archive refuses any other.",
    profiles=ARCHIVE_ONLY,
)
def languages_two_letters(ctx: Context) -> Iterator[Hit]:
    record = ctx.negotiation.record
    for index, language in enumerate(() if record is None else record.languages):
        if not two_letter_language(language):
            yield ("record", "languages", index), {"language": language}


@rule(
    "HN-A042",
    Severity.ERROR,
    fi=(
        'Tehtäväluokka "{code}" on liian yleinen: SÄHKE2 vaatii vähintään kolme tasoa, '
        'esimerkiksi "00 01 02"'
    ),
    sv=(
        'Uppgiftsklassen "{code}" är för allmän: SÄHKE2 kräver minst tre nivåer, till exempel '
        '"00 01 02"'
    ),
    en=(
        'The function code "{code}" is too general: SÄHKE2 needs at least three levels, such as '
        '"00 01 02"'
    ),
    rationale="SÄHKE2 files a record under a main function, a function and a sub-function.",
    profiles=ARCHIVE_ONLY,
)
def function_code_levels(ctx: Context) -> Iterator[Hit]:
    record = ctx.negotiation.record
    code = None if record is None else record.function_code
    if code is not None and len(code.split(" ")) < MIN_FUNCTION_LEVELS:
        yield ("record", "functionCode"), {"code": code}


_PERSONAL_DATA_WORDS = {
    PersonalDataClass.SPECIAL_CATEGORIES: (
        "sisältää erityisiä henkilötietoryhmiä",
        "innehåller särskilda kategorier av personuppgifter",
        "special categories of personal data",
    ),
    PersonalDataClass.CRIMINAL: (
        "sisältää rikostuomioihin ja rikkomuksiin liittyviä henkilötietoja",
        "innehåller personuppgifter om fällande domar och lagöverträdelser",
        "personal data on criminal convictions and offences",
    ),
}


@rule(
    "HN-A043",
    Severity.ERROR,
    fi=(
        'SÄHKE2:n vuoden {version} skeemassa ei ole henkilötietoluokkaa "{personalData}"; '
        "siirrä muistio vuoden 2019 skeeman mukaisena"
    ),
    sv=(
        'SÄHKE2-schemat från {version} saknar personuppgiftsklassen "{personalData}"; '
        "överför promemorian enligt schemat från 2019"
    ),
    en=(
        'The SÄHKE2 schema of {version} has no personal data class "{personalData}"; '
        "transfer the memo with the schema of 2019"
    ),
    rationale="The transfer settings choose the SÄHKE2 schema; the older cannot say every class.",
    profiles=ARCHIVE_ONLY,
)
def personal_data_in_schema(ctx: Context) -> Iterator[Hit]:
    record = ctx.negotiation.record
    personal = None if record is None else record.personal_data
    version = ctx.sahke2_version or SAHKE2_VERSIONS[0]
    if personal is not None and personal in PERSONAL_DATA_NOT_IN[version]:
        fi, sv, en = _PERSONAL_DATA_WORDS[personal]
        yield (
            ("record", "personalData"),
            {
                "version": version,
                "personalData": fi,
                "personalData@sv": sv,
                "personalData@en": en,
            },
        )
