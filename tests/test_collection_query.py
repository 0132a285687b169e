"""Questions asked of a collection: the council term of a memo, and select() by hand tables."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import attrs
import pytest

from hyvaneuvottelu import from_json
from hyvaneuvottelu import model as m
from hyvaneuvottelu.collection import MemoEntry, QueryError, council_term_of, select
from hyvaneuvottelu.rules import Profile, Report

from .archive_support import EXAMPLES

LOHJA = from_json((EXAMPLES / "lohja-neuvottelumuistio.json").read_bytes())
ITA_UUSIMAA = from_json(
    (EXAMPLES / "esimerkki-ita-uusimaa" / "aluetason-neuvottelu.json").read_bytes()
)


def memo(**changes: Any) -> m.Negotiation:
    """The Lohja example without date, term, topics or outcomes, with ``changes``."""
    base = attrs.evolve(
        LOHJA, date=None, partial_date=None, council_term=None, topics=(), outcomes=(), sections=()
    )
    return attrs.evolve(base, **changes)


# Council terms of the county, by hand from the terms' dates (DOMAIN.md 3):
# 2022-2025 from 1.3.2022 to 31.5.2025, 2025-2029 from 1.6.2025 to 31.5.2029.
TERMS = [
    # (date, partial date, named term) -> the county's term
    ((dt.date(2025, 5, 31), None, None), "2022-2025"),
    ((dt.date(2025, 6, 1), None, None), "2025-2029"),
    ((dt.date(2022, 2, 28), None, None), None),
    ((dt.date(2022, 3, 1), None, None), "2022-2025"),
    ((dt.date(2029, 5, 31), None, None), "2025-2029"),
    ((dt.date(2029, 6, 1), None, None), "2029-2033"),
    ((dt.date(2021, 9, 1), None, None), None),
    ((None, "2025-05", None), "2022-2025"),
    ((None, "2025-06", None), "2025-2029"),
    ((None, "2022-02", None), None),
    ((None, "2022-03", None), "2022-2025"),
    # Only March to December of 2022 lie in a county's term: all in one.
    ((None, "2022", None), "2022-2025"),
    # January to May of 2025 lie in one term, June to December in the next.
    ((None, "2025", None), None),
    ((None, "2026", None), "2025-2029"),
    ((None, "2021", None), None),
    ((None, None, None), None),
    # The term the memo names comes first, even when the date lies in another.
    ((dt.date(2025, 3, 1), None, "2025-2029"), "2025-2029"),
    ((None, "2025", "2025-2029"), "2025-2029"),
    ((None, None, "2022-2025"), "2022-2025"),
    # The municipal councils' 2021-2025 stands for the county's 2022-2025.
    ((dt.date(2024, 1, 1), None, "2021-2025"), "2022-2025"),
    ((None, None, "2021-2025"), "2022-2025"),
    # A term that does not exist gives way to the date.
    ((dt.date(2025, 9, 1), None, "2024-2028"), "2025-2029"),
    ((None, None, "2024-2028"), None),
]


@pytest.mark.parametrize(("given", "expected"), TERMS)
def test_the_council_term_of_a_memo(
    given: tuple[dt.date | None, str | None, str | None], expected: str | None
) -> None:
    date, partial, named = given
    term = council_term_of(memo(date=date, partial_date=partial, council_term=named))
    assert (term and term.name) == expected
    if term is not None:
        assert term.concerns_counties


def test_the_terms_given_are_the_reference_datas_terms() -> None:
    term = council_term_of(memo(date=dt.date(2025, 5, 31)))
    assert term is not None
    assert (term.name, term.start, term.end) == (
        "2022-2025",
        dt.date(2022, 3, 1),
        dt.date(2025, 5, 31),
    )


def _title(text: str) -> m.LocalizedText:
    return m.LocalizedText(fi=text)


RASEBORG = m.Organisation(
    id="raseborg", kind=m.OrganisationKind.MUNICIPALITY, name=m.LocalizedText(sv="Raseborg")
)
COUNTY_BY_NAME = attrs.evolve(LOHJA.county, statistics_code=None)

ENTRIES = {
    "lohja.json": memo(
        date=dt.date(2025, 1, 21),
        topics=(m.Topic.PREMISES,),
        outcomes=(
            m.Agreement(id="a1", title=_title("Sopimus"), status=m.OutcomeStatus.PENDING),
            m.FollowUpAction(
                id="f1",
                title=_title("Tapaaminen"),
                status=m.OutcomeStatus.OPEN,
                topics=(m.Topic.PUBLIC_TRANSPORT,),
            ),
        ),
    ),
    "raasepori-hyte.json": memo(
        kind=m.NegotiationKind.WELLBEING_PROMOTION,
        county=COUNTY_BY_NAME,
        municipalities=(RASEBORG,),
        participants=(),
        date=dt.date(2025, 9, 10),
        topics=(m.Topic.WELLBEING_PROMOTION,),
        outcomes=(
            m.FollowUpAction(id="f1", title=_title("Raportti"), status=m.OutcomeStatus.DONE),
        ),
    ),
    "joint-2026.json": memo(
        additional_kinds=(m.NegotiationKind.WELLBEING_PROMOTION,),
        scope=m.ScopeKind.ALL_OF_COUNTY,
        municipalities=(),
        participants=(),
        partial_date="2026-03",
    ),
    "ita-uusimaa.json": ITA_UUSIMAA,
    "broken.json": None,
}


def entries() -> list[MemoEntry]:
    return [
        MemoEntry(path=path, package=None, report=Report(profile=Profile.DRAFT), memo=negotiation)
        for path, negotiation in ENTRIES.items()
    ]


ALL = list(ENTRIES)
LANSI = ["lohja.json", "raasepori-hyte.json", "joint-2026.json"]
QUERIES: list[tuple[dict[str, Any], list[str]]] = [
    ({}, ALL),
    ({"county": "03"}, LANSI),
    ({"county": "Länsi-Uudenmaan hyvinvointialue"}, LANSI),
    ({"county": "Västra Nylands välfärdsområde"}, LANSI),
    ({"county": "01"}, ["ita-uusimaa.json"]),
    ({"county": "Kainuu"}, []),
    ({"municipality": "444"}, ["lohja.json", "joint-2026.json"]),
    ({"municipality": "Lohja"}, ["lohja.json", "joint-2026.json"]),
    ({"municipality": "Raasepori"}, ["raasepori-hyte.json", "joint-2026.json"]),
    ({"municipality": "Raseborg"}, ["raasepori-hyte.json", "joint-2026.json"]),
    ({"municipality": "Porvoo"}, ["ita-uusimaa.json"]),
    ({"municipality": "Oulu"}, []),
    ({"term": "2022-2025"}, ["lohja.json"]),
    ({"term": "2021-2025"}, ["lohja.json"]),
    ({"term": "2025-2029"}, ["raasepori-hyte.json", "joint-2026.json", "ita-uusimaa.json"]),
    ({"term": "2029-2033"}, []),
    ({"year": 2025}, ["lohja.json", "raasepori-hyte.json", "ita-uusimaa.json"]),
    ({"year": 2026}, ["joint-2026.json"]),
    ({"kind": "wellbeingPromotion"}, ["raasepori-hyte.json", "joint-2026.json"]),
    (
        {"kind": m.NegotiationKind.COUNCIL_TERM},
        ["lohja.json", "joint-2026.json", "ita-uusimaa.json"],
    ),
    ({"topic": "premises"}, ["lohja.json"]),
    ({"topic": "publicTransport"}, ["lohja.json"]),
    ({"topic": m.Topic.WELLBEING_PROMOTION}, ["raasepori-hyte.json", "ita-uusimaa.json"]),
    ({"outcome_type": "followUpAction"}, ["lohja.json", "raasepori-hyte.json", "ita-uusimaa.json"]),
    ({"outcome_type": "agreement"}, ["lohja.json", "ita-uusimaa.json"]),
    ({"outcome_type": "challenge"}, []),
    ({"status": "open"}, ["lohja.json"]),
    ({"status": m.OutcomeStatus.AGREED}, ["ita-uusimaa.json"]),
    # Type and status are met by the same outcome.
    ({"outcome_type": "agreement", "status": "open"}, []),
    ({"outcome_type": "agreement", "status": "pending"}, ["lohja.json"]),
    ({"outcome_type": "followUpAction", "status": "done"}, ["raasepori-hyte.json"]),
    ({"county": "03", "kind": "wellbeingPromotion", "year": 2025}, ["raasepori-hyte.json"]),
    ({"county": "03", "term": "2025-2029", "municipality": "Lohja"}, ["joint-2026.json"]),
]


@pytest.mark.parametrize(("query", "expected"), QUERIES)
def test_select(query: dict[str, Any], expected: list[str]) -> None:
    assert [e.path for e in select(entries(), **query)] == expected


ERRORS = [
    (
        {"county": "90"},
        "county: expected a wellbeing services county by code (01-21) or name, found '90'",
    ),
    (
        {"municipality": "Atlantis"},
        "municipality: expected a municipality by code (such as 444) or name, found 'Atlantis'",
    ),
    ({"term": "2023-2027"}, "term: expected a council term such as '2025-2029', found '2023-2027'"),
    (
        {"kind": "yearly"},
        "kind: expected one of councilTerm, wellbeingPromotion, found 'yearly'",
    ),
    (
        {"outcome_type": "contract"},
        "outcome_type: expected one of cooperationStructure, operatingModel, informationFlow, "
        "agreement, challenge, matterToAgree, followUpAction, decision, interfacePlan, "
        "strategyItem, found 'contract'",
    ),
    (
        {"status": "closed"},
        "status: expected one of existing, continues, new, planned, proposed, pending, agreed, "
        "decided, open, done, ended, found 'closed'",
    ),
]


@pytest.mark.parametrize(("query", "message"), ERRORS)
def test_a_query_naming_nothing_known_is_refused_before_reading(
    query: dict[str, Any], message: str
) -> None:
    read: list[str] = []

    def reading() -> Iterator[MemoEntry]:
        for entry in entries():
            read.append(entry.path)
            yield entry

    with pytest.raises(QueryError) as raised:
        select(reading(), **query)
    assert read == []
    assert str(raised.value) == message


def test_select_streams() -> None:
    consumed: list[str] = []

    def reading() -> Iterator[MemoEntry]:
        for entry in entries():
            consumed.append(entry.path)
            yield entry

    found = select(reading(), county="03")
    assert next(found).path == "lohja.json"
    assert consumed == ["lohja.json"]
