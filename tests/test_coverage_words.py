"""The coverage report's own words: the same keys and placeholders in fi, sv and en, and
the exact text of each message of its own checks, written by hand."""

from __future__ import annotations

import datetime as dt
import re
import string
from pathlib import Path

import pytest

import hyvaneuvottelu
from hyvaneuvottelu._days import as_of_text, day_text
from hyvaneuvottelu.coverage._words import WORDS, in_languages
from hyvaneuvottelu.model import LocalizedText


def _placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_every_language_has_every_key_with_the_same_placeholders() -> None:
    finnish = WORDS["fi"]
    for language in ("sv", "en"):
        assert WORDS[language].keys() == finnish.keys()
        for key, text in finnish.items():
            assert _placeholders(WORDS[language][key]) == _placeholders(text), (language, key)


def test_a_day_as_people_write_it() -> None:
    assert day_text(dt.date(2025, 6, 1)) == LocalizedText(
        fi="1.6.2025", sv="1.6.2025", en="2025-06-01"
    )


@pytest.mark.parametrize(
    ("key", "values", "expected"),
    [
        (
            "coverage.unknownMunicipality",
            {"name": "Lohjanen", "day": day_text(dt.date(2023, 1, 1))},
            LocalizedText(
                fi='Kuntaa "Lohjanen" ei ole 1.1.2023 voimassa olevassa aluejaossa',
                sv='Kommunen "Lohjanen" finns inte i regionindelningen som gäller 1.1.2023',
                en='The municipality "Lohjanen" is not in the regional division in force on '
                "2023-01-01",
            ),
        ),
        (
            "coverage.noDate",
            {},
            LocalizedText(
                fi="Muistiossa ei ole päivämäärää, joten sitä ei voi sijoittaa kauteen",
                sv="Promemorian har inget datum och kan inte placeras i en period",
                en="The memo has no date, so it cannot be placed in a period",
            ),
        ),
        (
            "coverage.beforeFirstTerm",
            {"date": LocalizedText(fi="2021-12", sv="2021-12", en="2021-12")},
            LocalizedText(
                fi="Muistio on päivätty 2021-12, ennen ensimmäisen aluevaltuustokauden alkua "
                "1.3.2022",
                sv="Promemorian är daterad 2021-12, innan den första välfärdsområdesfullmäktiges "
                "period började 1.3.2022",
                en="The memo is dated 2021-12, before the first regional council term began on "
                "1.3.2022",
            ),
        ),
        (
            "coverage.spansTerms",
            {"date": LocalizedText(fi="2025", sv="2025", en="2025")},
            LocalizedText(
                fi="Muistio on päivätty vain 2025, joka osuu kahdelle valtuustokaudelle; "
                "merkitse päivä",
                sv="Promemorian är daterad endast 2025, som faller inom två fullmäktigeperioder; "
                "ange dagen",
                en="The memo is dated only 2025, which falls in two council terms; give the day",
            ),
        ),
        (
            "coverage.unknownCounty",
            {"name": "Uusimaa"},
            LocalizedText(
                fi='Hyvinvointialuetta "Uusimaa" ei tunneta',
                sv='Välfärdsområdet "Uusimaa" är okänt',
                en='The county "Uusimaa" is not known',
            ),
        ),
        (
            "coverage.unreadable",
            {},
            LocalizedText(
                fi="Muistiota ei voitu lukea",
                sv="Promemorian kunde inte läsas",
                en="The memo could not be read",
            ),
        ),
    ],
)
def test_the_messages_of_the_coverage_checks(
    key: str, values: dict[str, object], expected: LocalizedText
) -> None:
    assert in_languages(key, **values) == expected


@pytest.mark.parametrize(
    ("language", "expected"),
    [("fi", "tilanne 30.11.2026"), ("sv", "läget per 30.11.2026"), ("en", "as of 2026-11-30")],
)
def test_the_day_a_report_is_made_for(language: str, expected: str) -> None:
    day = dt.date(2026, 11, 30)
    assert as_of_text(day, language) == expected
    assert as_of_text(day, language, capital=True) == expected[0].upper() + expected[1:]


def test_the_phrase_of_the_reports_day_is_defined_once() -> None:
    # The coverage text, its HTML page and the follow-up text all say it
    # through _days.as_of_text: no word table of their own holds it.
    sources = Path(hyvaneuvottelu.__file__).parent
    holding = sorted(
        str(path.relative_to(sources))
        for path in sources.rglob("*.py")
        if re.search(r"läget per|\bas of \{|tilanne \{", path.read_text("utf-8"), re.IGNORECASE)
    )
    assert holding == ["_days.py"]
