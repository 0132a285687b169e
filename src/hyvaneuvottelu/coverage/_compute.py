"""The coverage computation: one pass over the memos, keeping a few facts of each.

No model is kept: for each memo that counts, only a :class:`CoveringMemo` per
municipality it covers; for each memo in error, its path and first message.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable
from typing import Protocol

import attrs

from .._days import day_text
from .._messages import localized_location
from ..model import DocumentGenre, LocalizedText, Negotiation, NegotiationKind
from ..refdata import Area, CouncilTerm, RegionTable, county_term_on, region_table
from ..rules import Report, Severity
from ._facts import MemoFacts, facts_of
from ._query import CoverageQueryError, county_term, find_county
from ._report import (
    CountyRef,
    CoverageReport,
    CoverageResult,
    CoveringMemo,
    MunicipalityCoverage,
    ReportError,
)
from ._words import in_languages

__all__ = ["COUNTED_GENRES", "FIRST_WELLBEING_YEAR", "MemoLike", "coverage"]

#: The genres that record a meeting held, and so count: a notice is of a
#: meeting planned, a round report sums up meetings that have memos of their
#: own, a decision item is a body's decision, not a negotiation.
COUNTED_GENRES = frozenset({DocumentGenre.MEETING_MEMO, DocumentGenre.MINUTES})

#: The wellbeing and health promotion negotiation is yearly from 2023 on,
#: when 612/2021 came into force.
FIRST_WELLBEING_YEAR = 2023


class MemoLike(Protocol):
    """What the computation reads of a collection's entry."""

    @property
    def path(self) -> str: ...

    @property
    def memo(self) -> Negotiation | None: ...

    @property
    def report(self) -> Report: ...

    @property
    def ok(self) -> bool: ...


@attrs.frozen(cache_hash=True)
class _Period:
    kind: NegotiationKind
    name: str
    start: dt.date
    end: dt.date


@attrs.define
class _Gathered:
    """What one report has gathered so far."""

    #: Municipality code -> its name and the memos covering it (with a sort key).
    covered: dict[str, tuple[LocalizedText, list[tuple[tuple[dt.date, str], CoveringMemo]]]] = (
        attrs.Factory(dict)
    )
    errors: list[ReportError] = attrs.Factory(list)


def coverage(
    entries: Iterable[MemoLike],
    *,
    county: str | None = None,
    term: str | None = None,
    year: int | None = None,
    as_of: dt.date | None = None,
) -> CoverageResult:
    """The coverage of each county's municipalities, per council term and per year.

    ``entries`` are read once, in a stream. ``county`` (code or name) keeps
    one county; ``term`` keeps the council-term reports of that term,
    ``year`` the wellbeing promotion reports of that year; with neither, both
    kinds of report, for every period from the first up to ``as_of``
    (default: today); past today, only the periods of ``as_of`` and of the
    memos. A memo dated after ``as_of`` does not count. Raises
    :class:`CoverageQueryError` for a county, term or year that does not exist.
    """
    today = as_of if as_of is not None else _today()
    area = find_county(county, on=today) if county is not None else None
    chosen_term = county_term(term) if term is not None else None
    if year is not None and not FIRST_WELLBEING_YEAR <= year <= dt.MAXYEAR:
        raise CoverageQueryError(
            "year", year, f"a year from {FIRST_WELLBEING_YEAR} on, when 612/2021 7 § applies"
        )
    wanted = {
        NegotiationKind.COUNCIL_TERM: chosen_term is not None,
        NegotiationKind.WELLBEING_PROMOTION: year is not None,
    }
    # Neither asked for: both kinds.
    kinds = tuple(k for k, asked in wanted.items() if asked) or tuple(wanted)
    gathering = _Gathering(today, area, kinds, chosen_term, year)
    for entry in entries:
        gathering.add(entry)
    return gathering.result()


class _Gathering:
    def __init__(
        self,
        today: dt.date,
        county: Area | None,
        kinds: tuple[NegotiationKind, ...],
        term: CouncilTerm | None,
        year: int | None,
    ) -> None:
        self.today = today
        self.county = county
        self.kinds = kinds
        self.term = term
        self.year = year
        self.counties: dict[str, Area] = {} if county is None else {county.code: county}
        self.reports: dict[tuple[str, _Period], _Gathered] = {}
        #: The periods of each county and kind that memos fell in.
        self.periods_of: dict[tuple[str, NegotiationKind], set[_Period]] = {}
        self.loose: list[ReportError] = []
        # Remembered across memos: the county terms met, and, per table and
        # county, its name and its municipalities' rows when no memo covers them.
        self.terms: list[CouncilTerm] = []
        self.uncovered: dict[
            tuple[RegionTable, str], tuple[CountyRef, tuple[MunicipalityCoverage, ...]]
        ] = {}

    def add(self, entry: MemoLike) -> None:
        facts = _facts(entry)
        ok = entry.ok
        placed = self._place(entry, facts, ok)
        if facts is None or placed is None:
            return
        county, first, last = placed
        for kind in facts.kinds:
            if kind not in self.kinds:
                continue
            period = self._period(kind, first, last, facts, entry)
            if period is None or not self._wanted(period):
                continue
            gathered = self.reports.get((county, period))
            if gathered is None:
                gathered = self.reports[county, period] = _Gathered()
                self.periods_of.setdefault((county, kind), set()).add(period)
            if not ok:
                gathered.errors.append(_first_error(entry))
                continue
            if facts.problems:
                gathered.errors.extend(
                    ReportError(path=entry.path, message=text, code=code)
                    for code, text in facts.problems
                )
                continue
            covering = CoveringMemo(
                path=entry.path,
                date=facts.date,
                partial_date=facts.partial_date if facts.date is None else None,
                joint=len(facts.codes) > 1,
                kind=kind,
            )
            key = (first, entry.path)
            covered = gathered.covered
            for code in facts.codes:
                found = covered.get(code)
                if found is None:
                    found = covered[code] = (region_table(first).municipalities[code].name, [])
                found[1].append((key, covering))

    def _place(
        self, entry: MemoLike, facts: MemoFacts | None, ok: bool
    ) -> tuple[str, dt.date, dt.date] | None:
        """The memo's county and days; None (any error noted) if it counts nowhere."""
        if facts is None:
            self.loose.append(_first_error(entry))
            return None
        if facts.county is None:
            # No county to place it in: rule HN-P001 says why, if the profile has it.
            self.loose.append(
                _first_error(entry)
                if not ok
                else _problem(entry, "coverage.unknownCounty", name=facts.county_name)
            )
            return None
        if self.county is not None and facts.county != self.county.code:
            return None
        # The county is reported on, even if this memo counts for nothing.
        if facts.county not in self.counties:
            self.counties[facts.county] = region_table(self.today).areas[facts.county]
        if ok and facts.genre not in COUNTED_GENRES:
            return None
        if facts.first is None or facts.last is None:
            self.loose.append(_first_error(entry) if not ok else _problem(entry, "coverage.noDate"))
            return None
        if facts.first > self.today:
            return None
        return facts.county, facts.first, facts.last

    def _period(
        self,
        kind: NegotiationKind,
        first: dt.date,
        last: dt.date,
        facts: MemoFacts,
        entry: MemoLike,
    ) -> _Period | None:
        """The period the memo's days fall in; None, and an error, when they fall in no one term."""
        if kind is NegotiationKind.WELLBEING_PROMOTION:
            return _year(first.year)
        term = self._term_on(first)
        if term is not None and term.contains(last):
            return _term_period(term)
        wanted = self.term
        if wanted is None or (first <= wanted.end and wanted.start <= last):
            problem = "coverage.beforeFirstTerm" if term is None else "coverage.spansTerms"
            self.loose.append(
                _first_error(entry)
                if not entry.ok
                else _problem(entry, problem, date=_date_text(facts))
            )
        return None

    def _wanted(self, period: _Period) -> bool:
        if period.kind is NegotiationKind.COUNCIL_TERM:
            return self.term is None or period.name == self.term.name
        return self.year is None or period.name == str(self.year)

    def _term_on(self, day: dt.date) -> CouncilTerm | None:
        """:func:`~hyvaneuvottelu.refdata.county_term_on`, remembered: the county
        terms follow one another without overlapping, so a term already met
        that holds ``day`` is the one in force on it."""
        for term in self.terms:
            if term.start <= day <= term.end:
                return term
        found = county_term_on(day)
        if found is not None:
            self.terms.append(found)
        return found

    def _every_period(self, kind: NegotiationKind, until: dt.date) -> set[_Period]:
        """The periods of ``kind`` every county is reported on, memos or not.

        Every period from the first up to ``as_of``, but never past the real
        today (``until``): a day far ahead would otherwise ask for thousands
        of empty reports. Past today, the period of ``as_of`` itself; with
        the memos' own periods (:meth:`result`), the number of reports is
        bounded by the input.
        """
        if kind is NegotiationKind.COUNCIL_TERM:
            if self.term is not None:
                return {_term_period(self.term)}
            terms = [county_term_on(self.today)]
            term = county_term_on(until)
            while term is not None:
                terms.append(term)
                term = county_term_on(term.start - dt.timedelta(days=1))
            return {_term_period(t) for t in terms if t}
        if self.year is not None:
            return {_year(self.year)}
        years = {*range(FIRST_WELLBEING_YEAR, until.year + 1), self.today.year}
        return {_year(y) for y in years if y >= FIRST_WELLBEING_YEAR}

    def result(self) -> CoverageResult:
        until = min(self.today, _today())
        every = {kind: self._every_period(kind, until) for kind in self.kinds}
        reports = [
            self._report(area, period)
            for code, area in sorted(self.counties.items())
            for kind in self.kinds
            for period in sorted(
                every[kind] | self.periods_of.get((code, kind), set()),
                key=lambda p: (p.start, p.name),
            )
        ]
        return CoverageResult(
            reports=tuple(reports),
            errors=tuple(sorted(self.loose, key=_error_key)),
            as_of=self.today,
        )

    def _report(self, area: Area, period: _Period) -> CoverageReport:
        gathered = self.reports.get((area.code, period))
        # The county's municipalities at the period's end, or today if it is still on.
        on = min(self.today, period.end)
        table = region_table(on)
        county, empty = self._empty(table, area)
        if gathered is None or not gathered.covered:
            rows, missing = empty, tuple(r.code for r in empty)
        else:
            rows = _rows(empty, gathered)
            missing = tuple(r.code for r in rows if not r.covered)
        days_left = (
            (period.end - self.today).days + 1 if period.start <= self.today <= period.end else None
        )
        return CoverageReport(
            county=county,
            kind=period.kind,
            period=period.name,
            start=period.start,
            end=period.end,
            as_of=self.today,
            days_left=days_left,
            municipalities=rows,
            missing=missing,
            errors=() if gathered is None else tuple(sorted(gathered.errors, key=_error_key)),
        )

    def _empty(
        self, table: RegionTable, area: Area
    ) -> tuple[CountyRef, tuple[MunicipalityCoverage, ...]]:
        """The county as ``table`` names it, and its municipalities there, by code, none
        covered: built once for each table and county."""
        # A table is its own key: RegionTable compares by identity.
        key = (table, area.code)
        found = self.uncovered.get(key)
        if found is None:
            county = table.areas.get(area.code, area)
            found = self.uncovered[key] = (
                CountyRef(code=area.code, name=county.name),
                tuple(
                    MunicipalityCoverage(code=m.code, name=m.name, covered=False)
                    for m in sorted(table.municipalities_of(area.code), key=lambda m: m.code)
                ),
            )
        return found


def _rows(
    empty: tuple[MunicipalityCoverage, ...], gathered: _Gathered
) -> tuple[MunicipalityCoverage, ...]:
    """Every municipality of the county, by code, with the memos covering each.

    A municipality a memo covered that the table no longer has stays listed,
    under the name the memo's own table gave it.
    """
    covered = gathered.covered
    rows = [
        _covered_row(row.code, covered[row.code]) if row.code in covered else row for row in empty
    ]
    if sum(row.covered for row in rows) < len(covered):
        # Some municipality is no longer in the table: its row goes in by its code.
        listed = {row.code for row in rows}
        rows.extend(
            _covered_row(code, found) for code, found in covered.items() if code not in listed
        )
        rows.sort(key=lambda row: row.code)
    return tuple(rows)


def _covered_row(
    code: str, found: tuple[LocalizedText, list[tuple[tuple[dt.date, str], CoveringMemo]]]
) -> MunicipalityCoverage:
    name, memos = found
    if len(memos) > 1:
        memos.sort(key=lambda m: m[0])
    return MunicipalityCoverage(
        code=code, name=name, covered=True, memos=tuple(m for _, m in memos)
    )


def _today() -> dt.date:
    """The real today (a function of its own, so that tests can fix it)."""
    return dt.date.today()


@functools.cache
def _year(year: int) -> _Period:
    return _Period(
        NegotiationKind.WELLBEING_PROMOTION,
        str(year),
        dt.date(year, 1, 1),
        dt.date(year, 12, 31),
    )


@functools.cache
def _term_period(term: CouncilTerm) -> _Period:
    return _Period(NegotiationKind.COUNCIL_TERM, term.name, term.start, term.end)


def _facts(entry: MemoLike) -> MemoFacts | None:
    """The entry's facts: extracted where it was read, or taken from its memo here."""
    value = getattr(entry, "value", None)
    if isinstance(value, MemoFacts):
        return value
    return None if entry.memo is None else facts_of(entry.memo)


def _date_text(facts: MemoFacts) -> LocalizedText:
    if facts.date is not None:
        return day_text(facts.date)
    text = facts.partial_date or ""
    return LocalizedText(fi=text, sv=text, en=text)


def _first_error(entry: MemoLike) -> ReportError:
    """The entry's first error, where it is and what it says, in each language."""
    finding = next((f for f in entry.report.findings if f.severity is Severity.ERROR), None)
    if finding is None:
        return _problem(entry, "coverage.unreadable")
    texts = {
        language: f"{localized_location(finding.path or '/', language)}: "
        f"{finding.message(language)}"
        for language in ("fi", "sv", "en")
    }
    return ReportError(path=entry.path, message=LocalizedText(**texts), code=finding.code)


def _problem(entry: MemoLike, key: str, **values: object) -> ReportError:
    """An error of the coverage check itself, ``key`` of the report's words."""
    return ReportError(path=entry.path, message=in_languages(key, **values), code=key)


def _error_key(error: ReportError) -> tuple[str, str]:
    return error.path, error.message.first()
