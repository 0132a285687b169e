"""The issue's cases: rejected with the right codes and messages, in every language."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest

from hyvaneuvottelu import (
    LocalizedText,
    Negotiation,
    Organisation,
    OrganisationKind,
    check,
    examples,
)

from .rule_cases import GOOD, LOHJA, RECORD, changed, section, statement


def messages(negotiation: Negotiation, code: str, language: str) -> list[tuple[str, str]]:
    report = check(negotiation, "draft")
    assert not report.valid
    return [(f.path, f.message(language)) for f in report.findings if f.code == code]


TAMPERE = Organisation(
    id="tampere",
    kind=OrganisationKind.MUNICIPALITY,
    name=LocalizedText(fi="Tampere", sv="Tammerfors"),
    statistics_code="837",
)


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (
            "fi",
            'Kunta "Tampere" kuuluu Pirkanmaan hyvinvointialueeseen, '
            "ei Länsi-Uudenmaan hyvinvointialueeseen",
        ),
        (
            "sv",
            'Kommunen "Tammerfors" hör till Birkalands välfärdsområde, '
            "inte till Västra Nylands välfärdsområde",
        ),
        (
            "en",
            'The municipality "Tampere" belongs to Pirkanmaan hyvinvointialue, '
            "not to Länsi-Uudenmaan hyvinvointialue",
        ),
    ],
)
def test_municipality_of_another_county(language: str, expected: str) -> None:
    negotiation = changed(municipalities=(LOHJA, TAMPERE))
    assert messages(negotiation, "HN-P004", language) == [("/municipalities/1", expected)]


def test_a_name_without_swedish_stays_as_written() -> None:
    finnish_only = attrs.evolve(TAMPERE, name=LocalizedText(fi="Tampere"))
    negotiation = changed(municipalities=(LOHJA, finnish_only))
    assert messages(negotiation, "HN-P004", "sv") == [
        (
            "/municipalities/1",
            'Kommunen "Tampere" hör till Birkalands välfärdsområde, '
            "inte till Västra Nylands välfärdsområde",
        )
    ]


def test_name_against_code_names_the_expected_one_in_swedish() -> None:
    wrong = attrs.evolve(TAMPERE, name=LocalizedText(fi="Tampere", sv="Åbo"))
    negotiation = changed(municipalities=(LOHJA, wrong))
    assert messages(negotiation, "HN-P005", "sv") == [
        (
            "/municipalities/1/name/sv",
            'Namnet "Åbo" motsvarar inte Statistikcentralens kod 837 (Tammerfors)',
        )
    ]
    assert messages(negotiation, "HN-P005", "fi") == [
        ("/municipalities/1/name/sv", 'Nimi "Åbo" ei vastaa Tilastokeskuksen koodia 837 (Tampere)')
    ]


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (
            "fi",
            "Valtuustokausi 2029-2033 ei ole voimassa päivänä 2024-11-05 eikä ala sen jälkeen "
            "seuraavana (voimassa: 2021-2025, 2022-2025)",
        ),
        (
            "sv",
            "Fullmäktigeperioden 2029-2033 pågår inte den 2024-11-05 och är inte heller den "
            "period som följer (pågående: 2021-2025, 2022-2025)",
        ),
        (
            "en",
            "The council term 2029-2033 is neither in force on 2024-11-05 nor the next one "
            "(in force: 2021-2025, 2022-2025)",
        ),
    ],
)
def test_date_outside_named_term(language: str, expected: str) -> None:
    negotiation = changed(date=dt.date(2024, 11, 5), council_term="2029-2033", record=RECORD)
    assert messages(negotiation, "HN-L005", language) == [("/councilTerm", expected)]


def test_a_memo_may_name_the_coming_term_it_prepares() -> None:
    # Issue 9: a memo of 20.5.2025 prepares the term 2025-2029, which starts on 1.6.2025.
    record = attrs.evolve(RECORD, created=dt.datetime(2025, 5, 20, 15, 0, tzinfo=dt.UTC))
    negotiation = changed(date=dt.date(2025, 5, 20), council_term="2025-2029", record=record)
    assert check(negotiation, "archive").findings == ()


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("fi", 'Puhujaa "nobody" ei ole osallistujissa'),
        ("sv", 'Talaren "nobody" finns inte bland deltagarna'),
        ("en", 'The speaker "nobody" is not a declared participant'),
    ],
)
def test_undeclared_speaker(language: str, expected: str) -> None:
    negotiation = statement(speaker="nobody")
    assert messages(negotiation, "HN-R001", language) == [
        ("/sections/1/content/0/speaker", expected)
    ]


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("fi", "Asiakohdan numero 2 toistuu"),
        ("sv", "Punktnumret 2 förekommer flera gånger"),
        ("en", "The section number 2 is repeated"),
    ],
)
def test_repeated_section_number(language: str, expected: str) -> None:
    negotiation = section(2, number="2")
    assert messages(negotiation, "HN-S001", language) == [("/sections/2/number", expected)]


def test_county_of_helsinki_is_not_a_county() -> None:
    helsinki = attrs.evolve(GOOD.county, name=LocalizedText(fi="Helsingin kaupunki"))
    negotiation = changed(county=attrs.evolve(helsinki, statistics_code="90", business_id=None))
    assert messages(negotiation, "HN-P001", "en") == [
        (
            "/county/statisticsCode",
            '"Helsingin kaupunki" (90) is not one of the 21 wellbeing services counties',
        )
    ]


def test_county_recognised_by_name_without_code() -> None:
    negotiation = changed(county=attrs.evolve(GOOD.county, statistics_code=None))
    assert check(negotiation, "archive").findings == ()


def test_check_never_raises_for_a_broken_memo() -> None:
    broken = changed(sections=(), municipalities=(), participants=(), record=None, date=None)
    report = check(broken, "archive")
    assert {"HN-S007", "HN-P011", "HN-A001"} <= set(report.codes)


class TestExample:
    def test_validates_clean_under_draft(self) -> None:
        assert check(examples.load(), "draft").findings == ()

    def test_lists_its_real_gaps_under_archive(self) -> None:
        report = check(examples.load(), "archive")
        assert report.codes == (
            "HN-A001",  # date
            "HN-A002",  # place
            "HN-A003",  # record identifier
            "HN-A004",  # case id
            "HN-A005",  # the title "Neuvottelu" names no party
            "HN-A006",  # author
            "HN-A007",  # approved status
            "HN-A008",  # approval date
            "HN-A009",  # approver
            "HN-A010",  # publicity class
            "HN-A013",  # personal data class
            "HN-A015",  # retention
            "HN-A019",  # function code
            "HN-A020",  # language
            "HN-A022",  # document type
            "HN-A023",  # created
            "HN-A024",  # the chair is not named
            "HN-A025",  # no attendance
            "HN-P009",  # the chair's organisation is not said
        )
