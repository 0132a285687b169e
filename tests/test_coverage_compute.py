"""The coverage computation, on the generated Länsi-Uusimaa set and on memos made here.

Every expected value is written by hand: the codes of the municipalities, the
days left, the messages.
"""

from __future__ import annotations

import datetime as dt
import gc
import json
import weakref
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs
import pytest

from hyvaneuvottelu import from_json
from hyvaneuvottelu.collection import MemoEntry, read_memos
from hyvaneuvottelu.coverage import (
    CountyRef,
    CoverageQueryError,
    CoverageReport,
    CoverageResult,
    CoveringMemo,
    MemoFacts,
    MemoLike,
    MunicipalityCoverage,
    _assemble,
    _compute,
    coverage,
    facts_of,
    memo_facts,
)
from hyvaneuvottelu.coverage._periods import Period, year_period
from hyvaneuvottelu.model import DocumentGenre, LocalizedText, Negotiation, NegotiationKind
from hyvaneuvottelu.refdata import RegionTable, county_term_on, region_table
from hyvaneuvottelu.rules import Profile, Report, check

from . import coverage_set
from .coverage_set import AS_OF, BROKEN, FOREIGN_MEMO, NOTICE, memo_document

LANSI = ("049", "078", "149", "224", "235", "257", "444", "710", "755", "927")
#: Itä-Uusimaa's municipalities, by code (Statistics Finland, 2023).
ITA = ("018", "407", "434", "504", "616", "638", "753")
TERM = NegotiationKind.COUNCIL_TERM
HYTE = NegotiationKind.WELLBEING_PROMOTION


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("coverage-set")
    coverage_set.build(root)
    return root


@pytest.fixture(scope="module")
def result(folder: Path) -> CoverageResult:
    return coverage(read_memos([str(folder)]), as_of=AS_OF)


def _report(result: CoverageResult, kind: NegotiationKind, period: str) -> CoverageReport:
    (found,) = [r for r in result.reports if r.kind is kind and r.period == period]
    return found


def _relative(path: str, folder: Path) -> str:
    return Path(path).relative_to(folder).as_posix()


def test_the_reports_are_per_term_and_year_up_to_as_of(result: CoverageResult) -> None:
    assert [(r.county.code, r.kind, r.period) for r in result.reports] == [
        ("03", TERM, "2022-2025"),
        ("03", TERM, "2025-2029"),
        ("03", HYTE, "2023"),
        ("03", HYTE, "2024"),
        ("03", HYTE, "2025"),
        ("03", HYTE, "2026"),
    ]
    assert result.reports[0].county.name == LocalizedText(
        fi="Länsi-Uudenmaan hyvinvointialue", sv="Västra Nylands välfärdsområde"
    )


def test_every_municipality_is_listed_by_code(result: CoverageResult) -> None:
    for report in result.reports:
        assert tuple(m.code for m in report.municipalities) == LANSI


def test_three_are_missing_in_2025_2029(result: CoverageResult) -> None:
    report = _report(result, TERM, "2025-2029")
    assert report.missing == ("078", "224", "755")
    assert [m.name.fi for m in report.municipalities if not m.covered] == [
        "Hanko",
        "Karkkila",
        "Siuntio",
    ]
    assert not report.complete


def test_the_first_term_is_covered(result: CoverageResult) -> None:
    report = _report(result, TERM, "2022-2025")
    assert report.missing == ()
    assert (report.start, report.end) == (dt.date(2022, 3, 1), dt.date(2025, 5, 31))


def test_the_memos_behind_a_municipality(result: CoverageResult, folder: Path) -> None:
    report = _report(result, TERM, "2025-2029")
    espoo, lohja = report.municipalities[0], report.municipalities[6]
    assert [(_relative(m.path, folder), m.date, m.joint) for m in espoo.memos] == [
        ("2025-2029/2025-09-10-itainen.json", dt.date(2025, 9, 10), True)
    ]
    assert [(_relative(m.path, folder), m.date, m.joint) for m in lohja.memos] == [
        ("2025-2029/2025-10-02-lohja.json", dt.date(2025, 10, 2), False)
    ]


def test_a_month_only_memo_counts_with_its_month(result: CoverageResult, folder: Path) -> None:
    karkkila = _report(result, TERM, "2022-2025").municipalities[3]
    assert [
        (_relative(m.path, folder), m.date, m.partial_date, m.joint) for m in karkkila.memos
    ] == [("2022-2025/2024-05-karkkila-vihti.json", None, "2024-05", True)]


def test_the_error_and_the_foreign_municipality_are_listed(
    result: CoverageResult, folder: Path
) -> None:
    report = _report(result, TERM, "2025-2029")
    assert [(_relative(e.path, folder), e.code, e.message.en) for e in report.errors] == [
        (
            BROKEN,
            "HN-O001",
            '/outcomes/0/sources/0/section: Section 9, the source of outcome "tym", does not exist',
        ),
        (
            FOREIGN_MEMO,
            "HN-P004",
            '/municipalities/1: The municipality "Porvoo" belongs to Itä-Uudenmaan '
            "hyvinvointialue, not to Länsi-Uudenmaan hyvinvointialue",
        ),
    ]
    assert report.errors[1].message.fi == (
        '/municipalities/1: Kunta "Porvoo" kuuluu Itä-Uudenmaan hyvinvointialueeseen, '
        "ei Länsi-Uudenmaan hyvinvointialueeseen"
    )
    assert result.errors == ()
    assert not result.complete


def test_a_notice_is_not_coverage(result: CoverageResult, folder: Path) -> None:
    hanko = _report(result, TERM, "2025-2029").municipalities[1]
    assert (hanko.code, hanko.covered, hanko.memos) == ("078", False, ())
    paths = {
        _relative(m.path, folder)
        for r in result.reports
        for row in r.municipalities
        for m in row.memos
    } | {_relative(e.path, folder) for r in result.reports for e in r.errors}
    assert NOTICE not in paths


def test_wellbeing_promotion_per_year(result: CoverageResult, folder: Path) -> None:
    assert _report(result, HYTE, "2023").missing == ()
    # Held for the whole county (its scope), naming only Lohja.
    assert _report(result, HYTE, "2024").missing == ()
    assert _report(result, HYTE, "2025").missing == ("078", "755")
    year = _report(result, HYTE, "2026")
    assert year.held
    assert [m.code for m in year.municipalities if m.covered] == ["927"]
    (memo,) = year.municipalities[-1].memos
    assert (_relative(memo.path, folder), memo.kind) == ("2025-2029/2026-04-22-vihti.json", HYTE)
    assert (year.start, year.end, year.days_left) == (
        dt.date(2026, 1, 1),
        dt.date(2026, 12, 31),
        32,
    )


def test_a_year_without_a_negotiation_is_not_held() -> None:
    (report,) = coverage([], county="03", year=2027, as_of=dt.date(2027, 12, 31)).reports
    assert not report.held
    assert report.missing == LANSI


# Days left of the council term on the edges, written by hand.
@pytest.mark.parametrize(
    ("as_of", "term", "days_left"),
    [
        (dt.date(2025, 6, 1), "2025-2029", 1461),
        (dt.date(2026, 11, 30), "2025-2029", 914),
        (dt.date(2029, 5, 30), "2025-2029", 2),
        (dt.date(2029, 5, 31), "2025-2029", 1),
        (dt.date(2029, 6, 1), "2025-2029", None),
        (dt.date(2025, 5, 31), "2025-2029", None),
        (dt.date(2022, 3, 1), "2022-2025", 1188),
        (dt.date(2025, 5, 31), "2022-2025", 1),
        (dt.date(2025, 6, 1), "2022-2025", None),
    ],
)
def test_days_left(as_of: dt.date, term: str, days_left: int | None) -> None:
    (report,) = coverage([], county="03", term=term, as_of=as_of).reports
    assert (report.period, report.days_left) == (term, days_left)


def test_2021_2025_names_the_first_county_term(result: CoverageResult, folder: Path) -> None:
    (report,) = coverage(read_memos([str(folder)]), term="2021-2025", as_of=AS_OF).reports
    assert (report.period, report.start, report.missing) == ("2022-2025", dt.date(2022, 3, 1), ())
    assert report == _report(result, TERM, "2022-2025")


def test_term_and_year_filters(folder: Path) -> None:
    only_year = coverage(read_memos([str(folder)]), year=2025, as_of=AS_OF)
    assert [(r.kind, r.period) for r in only_year.reports] == [(HYTE, "2025")]
    both = coverage(read_memos([str(folder)]), term="2025-2029", year=2025, as_of=AS_OF)
    assert [(r.kind, r.period, r.missing) for r in both.reports] == [
        (TERM, "2025-2029", ("078", "224", "755")),
        (HYTE, "2025", ("078", "755")),
    ]


def test_county_filter_by_name_and_code(folder: Path) -> None:
    by_name = coverage(
        read_memos([str(folder)]), county="Västra Nylands välfärdsområde", as_of=AS_OF
    )
    assert {r.county.code for r in by_name.reports} == {"03"}
    other = coverage(read_memos([str(folder)]), county="01", term="2025-2029", as_of=AS_OF)
    (report,) = other.reports
    assert (report.county.code, report.missing, report.errors) == ("01", ITA, ())


@pytest.mark.parametrize(
    ("query", "message"),
    [
        (
            {"county": "90"},
            "--county: expected the code (01-21) or name of a wellbeing services county, "
            "found '90'",
        ),
        (
            {"term": "2020-2024"},
            "--term: expected a council term such as 2025-2029 (or 2021-2025 or 2022-2025), "
            "found '2020-2024'",
        ),
        (
            {"year": 2022},
            "--year: expected a year from 2023 on, when 612/2021 7 § applies, found 2022",
        ),
    ],
)
def test_a_query_for_nothing_is_refused_before_reading(query: dict[str, Any], message: str) -> None:
    with pytest.raises(CoverageQueryError) as raised:
        coverage(_Unread(), **query)
    assert str(raised.value) == message


def test_past_today_only_the_period_of_as_of(monkeypatch: pytest.MonkeyPatch) -> None:
    """A day far ahead asks for no thousands of empty reports: past today, only its own."""
    monkeypatch.setattr(_compute, "_today", lambda: dt.date(2026, 11, 30))
    result = coverage([], county="03", as_of=dt.date(9999, 12, 31))
    assert [(r.kind, r.period, r.days_left) for r in result.reports] == [
        (TERM, "2022-2025", None),
        (TERM, "2025-2029", None),
        (TERM, "9997-10001", 1),
        (HYTE, "2023", None),
        (HYTE, "2024", None),
        (HYTE, "2025", None),
        (HYTE, "2026", None),
        (HYTE, "9999", 1),
    ]


def test_before_today_every_period_up_to_as_of(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_compute, "_today", lambda: dt.date(2031, 1, 1))
    result = coverage([], county="03", as_of=dt.date(2025, 5, 31))
    assert [(r.kind, r.period) for r in result.reports] == [
        (TERM, "2022-2025"),
        (HYTE, "2023"),
        (HYTE, "2024"),
        (HYTE, "2025"),
    ]


def test_a_memo_after_as_of_does_not_count(folder: Path) -> None:
    early = coverage(read_memos([str(folder)]), term="2025-2029", as_of=dt.date(2025, 10, 1))
    (report,) = early.reports
    assert report.missing == ("078", "149", "224", "444", "710", "755", "927")


class _Unread:
    """Entries that must not be read."""

    def __iter__(self) -> Iterator[MemoEntry]:
        raise AssertionError("read")


# Memos made here, as entries of the collection.


def _entry(path: str, changes: dict[str, Any], *, ok: bool | None = None) -> MemoLike:
    document = memo_document("councilTerm", "2026-02-02", ("444",), {})
    document.update(changes)
    for key in [k for k, v in changes.items() if v is None]:
        del document[key]
    memo = from_json(json.dumps(document).encode())
    report = check(memo, Profile.DRAFT)
    entry = MemoEntry(path=path, package=None, report=report, memo=memo)
    return entry if ok is None else _Looks(entry, ok=ok)


@attrs.frozen
class _Looks:
    """An entry whose ``ok`` says what the test needs: a rule the profile lacks."""

    entry: MemoEntry
    ok: bool

    @property
    def path(self) -> str:
        return self.entry.path

    @property
    def memo(self) -> Negotiation | None:
        return self.entry.memo

    @property
    def report(self) -> Report:
        return self.entry.report


def test_a_municipality_outside_the_county_is_an_error_even_if_no_rule_said_so() -> None:
    porvoo = {
        "id": "porvoo",
        "kind": "municipality",
        "name": {"fi": "Porvoo", "sv": "Borgå"},
        "statisticsCode": "638",
    }
    document = memo_document("councilTerm", "2026-02-02", ("444",), {})
    entry = _entry("a.json", {"municipalities": [*document["municipalities"], porvoo]}, ok=True)
    result = coverage([entry], term="2025-2029", as_of=AS_OF)
    (report,) = result.reports
    assert report.missing == LANSI
    assert [(e.path, e.code, e.message) for e in report.errors] == [
        (
            "a.json",
            "coverage.outsideCounty",
            LocalizedText(
                fi='Kunta "Porvoo" (638) kuuluu Itä-Uudenmaan hyvinvointialueeseen, '
                "ei Länsi-Uudenmaan hyvinvointialueeseen",
                sv='Kommunen "Porvoo" (638) hör till Östra Nylands välfärdsområde, '
                "inte till Västra Nylands välfärdsområde",
                en='The municipality "Porvoo" (638) belongs to Itä-Uudenmaan '
                "hyvinvointialue, not to Länsi-Uudenmaan hyvinvointialue",
            ),
        )
    ]


@pytest.mark.parametrize(
    ("changes", "term", "code", "message"),
    [
        (
            {"date": None, "partialDate": "2025"},
            "2022-2025",
            "coverage.spansTerms",
            "The memo is dated only 2025, which falls in two council terms; give the day",
        ),
        (
            # HN-L003 refuses a day before the first term, but not a month.
            {"date": None, "partialDate": "2021-12"},
            None,
            "coverage.beforeFirstTerm",
            "The memo is dated 2021-12, before the first regional council term began on 1.3.2022",
        ),
        (
            {"date": None},
            "2022-2025",
            "coverage.noDate",
            "The memo has no date, so it cannot be placed in a period",
        ),
    ],
)
def test_a_memo_with_no_one_term_is_listed_apart(
    changes: dict[str, Any], term: str | None, code: str, message: str
) -> None:
    entry = _entry("b.json", changes)
    assert entry.ok
    result = coverage([entry], term=term, as_of=AS_OF)
    assert [(e.path, e.code, e.message.en) for e in result.errors] == [("b.json", code, message)]
    assert (result.reports[0].period, result.reports[0].missing) == ("2022-2025", LANSI)
    assert not result.complete


def test_a_memo_before_the_term_asked_for_is_not_listed() -> None:
    entry = _entry("b.json", {"date": None, "partialDate": "2021-12"})
    result = coverage([entry], term="2025-2029", as_of=AS_OF)
    assert result.errors == ()


def test_a_month_within_one_term_counts() -> None:
    entry = _entry("c.json", {"date": None, "partialDate": "2025-06"})
    (report,) = coverage([entry], term="2025-2029", as_of=AS_OF).reports
    assert report.municipalities[6].memos == (
        CoveringMemo(path="c.json", date=None, partial_date="2025-06", joint=False, kind=TERM),
    )


def test_a_decision_item_and_a_round_report_are_not_coverage() -> None:
    entries = [
        _entry("round.json", {"genre": "roundReport"}, ok=True),
        _entry("decision.json", {"genre": "decisionItem"}, ok=True),
        _entry("minutes.json", {"genre": "minutes"}),
    ]
    (report,) = coverage(entries, term="2025-2029", as_of=AS_OF).reports
    assert [m.path for row in report.municipalities for m in row.memos] == ["minutes.json"]


def test_an_unreadable_file_is_listed_apart(tmp_path: Path) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text("{", "utf-8")
    result = coverage(read_memos([str(broken)]), county="03", term="2025-2029", as_of=AS_OF)
    ((path, code),) = [(e.path, e.code) for e in result.errors]
    assert (path, code) == (str(broken), "HN-D001")
    assert result.reports[0].errors == ()


def test_no_model_outlives_its_turn() -> None:
    """Streaming: the computation keeps facts, never the memos it has read."""
    alive: list[weakref.ref[Negotiation]] = []

    def entries() -> Iterator[MemoLike]:
        for day in range(1, 21):
            entry = _entry(f"{day}.json", {"date": f"2026-02-{day:02d}"})
            assert entry.memo is not None
            alive.append(weakref.ref(entry.memo))
            yield entry

    result = coverage(entries(), term="2025-2029", as_of=AS_OF)
    gc.collect()
    assert len(alive) == 20
    assert [ref() for ref in alive] == [None] * 20
    assert len(result.reports[0].municipalities[6].memos) == 20


@pytest.mark.parametrize("jobs", [1, 2])
def test_facts_extracted_where_the_memo_was_read_give_the_same_result(
    folder: Path, result: CoverageResult, jobs: int
) -> None:
    entries = read_memos([str(folder)], jobs=jobs, extract=memo_facts)
    assert coverage(entries, as_of=AS_OF) == result


def test_the_facts_of_a_memo() -> None:
    entry = _entry("d.json", {"date": None, "partialDate": "2025-06"})
    assert entry.memo is not None
    assert facts_of(entry.memo) == MemoFacts(
        county="03",
        county_name="Länsi-Uudenmaan hyvinvointialue",
        genre=DocumentGenre.MEETING_MEMO,
        kinds=(TERM,),
        date=None,
        partial_date="2025-06",
        first=dt.date(2025, 6, 1),
        last=dt.date(2025, 6, 30),
        codes=("444",),
        problems=(),
    )


def test_the_term_of_a_day_remembered_is_the_term_in_force_that_day() -> None:
    # The gathering remembers the county terms it met and takes a day's term
    # from them; that holds only while county terms never overlap. Every day
    # from before the first county term to well into the joint terms, in an
    # order that jumps back and forth.
    first, last = dt.date(2021, 1, 1), dt.date(2045, 12, 31)
    days = [first + dt.timedelta(days=n) for n in range((last - first).days + 1)]
    jumbled = days[::7] + days[3::7] + days[1::7] + days[5::7] + days[2::7] + days[6::7]
    jumbled += days[4::7]
    gathering = _compute._Gathering(AS_OF, None, tuple(NegotiationKind), None, None)
    assert sorted(jumbled) == days
    assert [gathering._term_on(day) for day in jumbled] == [county_term_on(d) for d in jumbled]
    assert [t.name for t in gathering.terms] == sorted(
        {t.name for t in map(county_term_on, days) if t is not None}
    )


def test_a_municipality_a_memo_covered_that_the_table_no_longer_has_stays_listed() -> None:
    # One table is shipped today, so only a gathering made by hand shows it.
    def name(text: str) -> LocalizedText:
        return LocalizedText(fi=text)

    def covering(path: str, day: dt.date) -> tuple[tuple[dt.date, str], CoveringMemo]:
        memo = CoveringMemo(path=path, date=day, joint=False, kind=NegotiationKind.COUNCIL_TERM)
        return (day, path), memo

    empty = tuple(
        MunicipalityCoverage(code=code, name=name(code), covered=False) for code in ("100", "300")
    )
    late, early = covering("b.json", dt.date(2026, 3, 1)), covering("a.json", dt.date(2026, 2, 1))
    gathered = _assemble.Gathered(
        covered={"300": (name("Kolmas"), [late]), "200": (name("Kadonnut"), [late, early])}
    )
    assert _assemble.rows(empty, gathered) == (
        (
            empty[0],
            MunicipalityCoverage(
                code="200", name=name("Kadonnut"), covered=True, memos=(early[1], late[1])
            ),
            MunicipalityCoverage(code="300", name=name("Kolmas"), covered=True, memos=(late[1],)),
        ),
        ("100",),
    )


# A memo of both negotiations counts, or is in error, in the report of each.


def _both(
    path: str, date: dict[str, Any], more: dict[str, Any], ok: bool | None = None
) -> MemoLike:
    """A council-term memo that is the wellbeing promotion negotiation too."""
    document = memo_document(
        "councilTerm", "2026-02-02", ("444",), {"additionalKinds": ["wellbeingPromotion"]}
    )
    kinds = {k: document[k] for k in ("additionalKinds", "legalBasis")}
    return _entry(path, {**kinds, **date, **more}, ok=ok)


def _rows(report: CoverageReport) -> list[tuple[str, tuple[CoveringMemo, ...]]]:
    return [(row.code, row.memos) for row in report.municipalities if row.covered]


def test_a_memo_of_both_outside_the_term_asked_for_counts_in_the_year_asked_for() -> None:
    entry = _both("both.json", {"date": "2024-03-01"}, {})
    result = coverage([entry], term="2025-2029", year=2024, as_of=AS_OF)
    assert [(r.kind, r.period, _rows(r)) for r in result.reports] == [
        (TERM, "2025-2029", []),
        (
            HYTE,
            "2024",
            [
                (
                    "444",
                    (
                        CoveringMemo(
                            path="both.json", date=dt.date(2024, 3, 1), joint=False, kind=HYTE
                        ),
                    ),
                )
            ],
        ),
    ]
    assert result.errors == ()


def test_a_memo_of_both_dated_in_two_terms_is_an_error_of_the_term_and_counts_in_its_year() -> None:
    entry = _both("both.json", {"date": None, "partialDate": "2025"}, {})
    assert entry.ok
    result = coverage([entry], county="03", as_of=dt.date(2025, 12, 31))
    assert [(e.path, e.code) for e in result.errors] == [("both.json", "coverage.spansTerms")]
    year = [r for r in result.reports if r.kind is HYTE and r.period == "2025"]
    assert [_rows(r) for r in year] == [
        [
            (
                "444",
                (
                    CoveringMemo(
                        path="both.json", date=None, partial_date="2025", joint=False, kind=HYTE
                    ),
                ),
            )
        ]
    ]


PORVOO = {
    "id": "porvoo",
    "kind": "municipality",
    "name": {"fi": "Porvoo", "sv": "Borgå"},
    "statisticsCode": "638",
}


@pytest.mark.parametrize(
    ("ok", "outside", "code"),
    [
        (False, False, "coverage.unreadable"),
        (True, True, "coverage.outsideCounty"),
    ],
)
def test_the_error_of_a_memo_of_both_is_listed_in_the_report_of_each(
    ok: bool, outside: bool, code: str
) -> None:
    lohja = memo_document("councilTerm", "2026-02-02", ("444",), {})["municipalities"]
    more = {"municipalities": [*lohja, PORVOO]} if outside else {}
    entry = _both("both.json", {"date": "2026-02-02"}, more, ok=ok)
    result = coverage([entry], term="2025-2029", year=2026, as_of=AS_OF)
    assert [(r.kind, r.period, [(e.path, e.code) for e in r.errors]) for r in result.reports] == [
        (TERM, "2025-2029", [("both.json", code)]),
        (HYTE, "2026", [("both.json", code)]),
    ]


def test_a_memo_of_the_day_asked_for_counts() -> None:
    entry = _entry("today.json", {"date": "2026-02-02"})
    (report,) = coverage([entry], term="2025-2029", as_of=dt.date(2026, 2, 2)).reports
    assert _rows(report) == [
        (
            "444",
            (CoveringMemo(path="today.json", date=dt.date(2026, 2, 2), joint=False, kind=TERM),),
        )
    ]


@pytest.mark.parametrize("year", [2023, 9999])
def test_the_first_and_the_last_year_can_be_asked_for(year: int) -> None:
    (report,) = coverage([], county="03", year=year, as_of=AS_OF).reports
    assert (report.kind, report.period) == (HYTE, str(year))


def test_past_today_a_memo_s_own_year_is_reported_too(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_compute, "_today", lambda: dt.date(2026, 11, 30))
    document = memo_document("wellbeingPromotion", "2028-03-01", ("444",), {})
    entry = _entry("2028.json", document, ok=True)
    result = coverage([entry], as_of=dt.date(2030, 6, 1))
    assert [(r.kind, r.period, bool(_rows(r))) for r in result.reports] == [
        (TERM, "2022-2025", False),
        (TERM, "2025-2029", False),
        (TERM, "2029-2033", False),
        (HYTE, "2023", False),
        (HYTE, "2024", False),
        (HYTE, "2025", False),
        (HYTE, "2026", False),
        (HYTE, "2028", True),
        (HYTE, "2030", False),
    ]


@pytest.mark.parametrize(
    ("first", "last", "term"),
    [
        # Days that end on the first day of the term asked for, or begin on its last.
        (dt.date(2025, 5, 31), dt.date(2025, 6, 1), "2025-2029"),
        (dt.date(2025, 5, 31), dt.date(2025, 6, 1), "2022-2025"),
    ],
)
def test_days_across_two_terms_that_touch_the_term_asked_for_are_an_error_of_it(
    first: dt.date, last: dt.date, term: str
) -> None:
    # A reader's own facts (read_memos(extract=...)) may give any days: two days here.
    memo = _entry("two-days.json", {})
    assert memo.memo is not None
    facts = attrs.evolve(facts_of(memo.memo), date=None, first=first, last=last)
    entry = MemoEntry(
        path="two-days.json",
        package=None,
        report=memo.report,
        memo=None,
        value=facts,
        extracted=True,
    )
    result = coverage([entry], term=term, as_of=AS_OF)
    assert [(e.path, e.code) for e in result.errors] == [("two-days.json", "coverage.spansTerms")]


def test_a_report_lists_the_county_by_the_table_of_its_period_s_end_or_of_today(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked: list[dt.date] = []

    def table_on(on: dt.date) -> RegionTable:
        asked.append(on)
        return region_table(on)

    monkeypatch.setattr(_assemble, "region_table", table_on)
    assembly = _assemble.Assembly(dt.date(2026, 11, 30))
    area = region_table(dt.date(2026, 11, 30)).areas["03"]
    for year in (2024, 2026, 2024):
        assembly.report(area, year_period(year), None)
    # A period over: its last day; one still on: today; each day's table asked for once.
    assert asked == [dt.date(2024, 12, 31), dt.date(2026, 11, 30)]


def test_a_county_is_named_as_the_table_names_it_or_as_the_caller_does_if_unknown() -> None:
    assembly = _assemble.Assembly(AS_OF)
    known = region_table(AS_OF).areas["03"]
    renamed = attrs.evolve(known, name=LocalizedText(fi="Toinen nimi"))
    report = assembly.report(renamed, year_period(2026), None)
    assert report.county == CountyRef(
        code="03",
        name=LocalizedText(
            fi="Länsi-Uudenmaan hyvinvointialue", sv="Västra Nylands välfärdsområde"
        ),
    )
    assert report.missing == LANSI
    unknown = attrs.evolve(known, code="99", name=LocalizedText(fi="Tuntematon"))
    report = assembly.report(unknown, year_period(2026), None)
    assert report.county == CountyRef(code="99", name=LocalizedText(fi="Tuntematon"))
    assert (report.municipalities, report.missing) == ((), ())


@pytest.mark.parametrize(
    ("ok", "code", "message"),
    [
        # Only the coverage check says it, where the profile has no HN-P001.
        (True, "coverage.unknownCounty", 'The county "Keksitty hyvinvointialue" is not known'),
        (
            None,
            "HN-P001",
            '/county/name: "Keksitty hyvinvointialue" (–) is not one of the 21 wellbeing '
            "services counties",
        ),
    ],
)
def test_a_memo_of_a_county_no_one_knows_is_listed_apart(
    ok: bool | None, code: str, message: str
) -> None:
    county = {"id": "lu", "kind": "county", "name": {"fi": "Keksitty hyvinvointialue"}}
    entry = _entry("x.json", {"county": county}, ok=ok)
    result = coverage([entry], as_of=AS_OF)
    assert [(e.path, e.code, e.message.en) for e in result.errors] == [("x.json", code, message)]
    assert result.reports == ()


def test_a_memo_dated_a_day_before_the_first_term_is_an_error_naming_the_day() -> None:
    # HN-L003 refuses the day itself: here a profile without it.
    entry = _entry("early.json", {"date": "2021-12-15"}, ok=True)
    result = coverage([entry], county="03", as_of=AS_OF)
    assert [(e.path, e.code, e.message.fi, e.message.en) for e in result.errors] == [
        (
            "early.json",
            "coverage.beforeFirstTerm",
            "Muistio on päivätty 15.12.2021, ennen ensimmäisen aluevaltuustokauden alkua 1.3.2022",
            "The memo is dated 2021-12-15, before the first regional council term began on "
            "1.3.2022",
        )
    ]


def test_a_year_is_reported_from_its_first_day_to_its_last() -> None:
    assert year_period(2024) == Period(HYTE, "2024", dt.date(2024, 1, 1), dt.date(2024, 12, 31))
