"""The coverage computation: one pass over the memos, keeping a few facts of each.

No model is kept: for each memo that counts, only a :class:`CoveringMemo` per
municipality it covers; for each memo in error, its path and first message.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Protocol

import attrs

from .._messages import localized_location
from ..model import DocumentGenre, LocalizedText, Negotiation, NegotiationKind
from ..refdata import Area, CouncilTerm, county_term_on, region_table
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
from ._words import day_text, in_languages

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


@attrs.frozen
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
        self.loose: list[ReportError] = []

    def add(self, entry: MemoLike) -> None:
        facts = _facts(entry)
        placed = self._place(entry, facts)
        if facts is None or placed is None:
            return
        county, first, last = placed
        table = region_table(first)
        covering: CoveringMemo | None = None
        for kind in facts.kinds:
            if kind not in self.kinds:
                continue
            period = self._period(kind, first, last, facts, entry)
            if period is None or not self._wanted(period):
                continue
            gathered = self.reports.setdefault((county, period), _Gathered())
            if not entry.ok:
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
            for code in facts.codes:
                name = table.municipalities[code].name
                gathered.covered.setdefault(code, (name, []))[1].append(
                    ((first, entry.path), covering)
                )

    def _place(
        self, entry: MemoLike, facts: MemoFacts | None
    ) -> tuple[str, dt.date, dt.date] | None:
        """The memo's county and days; None (any error noted) if it counts nowhere."""
        if facts is None:
            self.loose.append(_first_error(entry))
            return None
        if facts.county is None:
            # No county to place it in: rule HN-P001 says why, if the profile has it.
            self.loose.append(
                _first_error(entry)
                if not entry.ok
                else _problem(entry, "coverage.unknownCounty", name=facts.county_name)
            )
            return None
        if self.county is not None and facts.county != self.county.code:
            return None
        # The county is reported on, even if this memo counts for nothing.
        if facts.county not in self.counties:
            self.counties[facts.county] = region_table(self.today).areas[facts.county]
        if entry.ok and facts.genre not in COUNTED_GENRES:
            return None
        if facts.first is None or facts.last is None:
            self.loose.append(
                _first_error(entry) if not entry.ok else _problem(entry, "coverage.noDate")
            )
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
        term = county_term_on(first)
        if term is not None and term.contains(last):
            return _Period(kind, term.name, term.start, term.end)
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

    def _periods(self, code: str, kind: NegotiationKind) -> list[_Period]:
        """The periods of the county's reports of ``kind``.

        Every period from the first up to ``as_of``, but never past the real
        today: a day far ahead would otherwise ask for thousands of empty
        reports. Past today, the period of ``as_of`` itself, and any period a
        memo fell in, so the number of reports is bounded by the input.
        """
        periods: set[_Period] = {p for (c, p) in self.reports if c == code and p.kind is kind}
        until = min(self.today, _today())
        if kind is NegotiationKind.COUNCIL_TERM:
            if self.term is not None:
                periods.add(_Period(kind, self.term.name, self.term.start, self.term.end))
            else:
                terms = [county_term_on(self.today)]
                term = county_term_on(until)
                while term is not None:
                    terms.append(term)
                    term = county_term_on(term.start - dt.timedelta(days=1))
                periods.update(_Period(kind, t.name, t.start, t.end) for t in terms if t)
        elif self.year is not None:
            periods.add(_year(self.year))
        else:
            years = {*range(FIRST_WELLBEING_YEAR, until.year + 1), self.today.year}
            periods.update(_year(y) for y in years if y >= FIRST_WELLBEING_YEAR)
        return sorted(periods, key=lambda p: (p.start, p.name))

    def result(self) -> CoverageResult:
        reports = [
            self._report(area, period)
            for code, area in sorted(self.counties.items())
            for kind in self.kinds
            for period in self._periods(code, kind)
        ]
        return CoverageResult(
            reports=tuple(reports),
            errors=tuple(sorted(self.loose, key=_error_key)),
            as_of=self.today,
        )

    def _report(self, area: Area, period: _Period) -> CoverageReport:
        gathered = self.reports.get((area.code, period), _Gathered())
        # The county's municipalities at the period's end, or today if it is still on.
        on = min(self.today, period.end)
        table = region_table(on)
        names = {m.code: m.name for m in table.municipalities_of(area.code)}
        # A municipality a memo covered that the table no longer has stays listed.
        names.update((code, name) for code, (name, _) in gathered.covered.items())
        rows = []
        for code in sorted(names):
            _, memos = gathered.covered.get(code, (names[code], []))
            rows.append(
                MunicipalityCoverage(
                    code=code,
                    name=names[code],
                    covered=bool(memos),
                    memos=tuple(m for _, m in sorted(memos, key=lambda m: m[0])),
                )
            )
        days_left = (
            (period.end - self.today).days + 1 if period.start <= self.today <= period.end else None
        )
        county = table.areas.get(area.code, area)
        return CoverageReport(
            county=CountyRef(code=area.code, name=county.name),
            kind=period.kind,
            period=period.name,
            start=period.start,
            end=period.end,
            as_of=self.today,
            days_left=days_left,
            municipalities=tuple(rows),
            missing=tuple(r.code for r in rows if not r.covered),
            errors=tuple(sorted(gathered.errors, key=_error_key)),
        )


def _today() -> dt.date:
    """The real today (a function of its own, so that tests can fix it)."""
    return dt.date.today()


def _year(year: int) -> _Period:
    return _Period(
        NegotiationKind.WELLBEING_PROMOTION,
        str(year),
        dt.date(year, 1, 1),
        dt.date(year, 12, 31),
    )


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
