"""The coverage computation: one pass over the memos, keeping a few facts of each.

No model is kept: for each memo that counts, only a :class:`CoveringMemo` per
municipality it covers; for each memo in error, its path and first message.
The periods are in :mod:`._periods`, the reports made of what the pass
gathered in :mod:`._assemble`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from ..model import DocumentGenre, NegotiationKind
from ..refdata import Area, CouncilTerm, county_term_on, region_table
from ._assemble import Assembly, Gathered
from ._facts import MemoFacts, MemoLike, entry_facts
from ._periods import FIRST_WELLBEING_YEAR, Period, every_period, term_period, year_period
from ._problems import date_text, error_key, first_error, problem
from ._query import CoverageQueryError, county_term, find_county
from ._report import CoverageResult, CoveringMemo, ReportError

__all__ = ["COUNTED_GENRES", "FIRST_WELLBEING_YEAR", "MemoLike", "coverage"]

#: The genres that record a meeting held, and so count: a notice is of a
#: meeting planned, a round report sums up meetings that have memos of their
#: own, a decision item is a body's decision, not a negotiation.
COUNTED_GENRES = frozenset({DocumentGenre.MEETING_MEMO, DocumentGenre.MINUTES})


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
    add = gathering.add
    for entry in entries:
        add(entry)
    return gathering.result(until=min(today, _today()))


#: What :meth:`_Gathering._period_of` found for a memo's days: its period, nothing
#: to report (a period not asked for), or the coverage check's error key.
_Found = Period | None | str


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
        self.reports: dict[tuple[str, Period], Gathered] = {}
        #: The periods of each county and kind that memos fell in.
        self.periods_of: dict[tuple[str, NegotiationKind], set[Period]] = {}
        self.loose: list[ReportError] = []
        # Remembered across memos: the county terms met, and the period of
        # each kind and pair of days met.
        self.terms: list[CouncilTerm] = []
        self.found: dict[tuple[NegotiationKind, dt.date, dt.date], _Found] = {}

    def add(self, entry: MemoLike) -> None:
        facts = entry_facts(entry)
        ok = entry.ok
        placed = self._place(entry, facts, ok)
        if facts is None or placed is None:
            return
        county, first, last = placed
        for kind in facts.kinds:
            if kind not in self.kinds:
                continue
            key = (kind, first, last)
            try:
                period = self.found[key]
            except KeyError:
                period = self.found[key] = self._period_of(kind, first, last)
            if period is None:
                continue
            if isinstance(period, str):
                self.loose.append(
                    first_error(entry) if not ok else problem(entry, period, date=date_text(facts))
                )
                continue
            gathered = self.reports.get((county, period))
            if gathered is None:
                gathered = self.reports[county, period] = Gathered()
                self.periods_of.setdefault((county, kind), set()).add(period)
            if not ok:
                gathered.errors.append(first_error(entry))
                continue
            if facts.problems:
                gathered.errors.extend(
                    ReportError(path=entry.path, message=text, code=code)
                    for code, text in facts.problems
                )
                continue
            covering = (
                (first, entry.path),
                CoveringMemo(
                    path=entry.path,
                    date=facts.date,
                    partial_date=facts.partial_date if facts.date is None else None,
                    joint=len(facts.codes) > 1,
                    kind=kind,
                ),
            )
            covered = gathered.covered
            for code in facts.codes:
                found = covered.get(code)
                if found is None:
                    found = covered[code] = (region_table(first).municipalities[code].name, [])
                found[1].append(covering)

    def _place(
        self, entry: MemoLike, facts: MemoFacts | None, ok: bool
    ) -> tuple[str, dt.date, dt.date] | None:
        """The memo's county and days; None (any error noted) if it counts nowhere."""
        if facts is None:
            self.loose.append(first_error(entry))
            return None
        if facts.county is None:
            # No county to place it in: rule HN-P001 says why, if the profile has it.
            self.loose.append(
                first_error(entry)
                if not ok
                else problem(entry, "coverage.unknownCounty", name=facts.county_name)
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
            self.loose.append(first_error(entry) if not ok else problem(entry, "coverage.noDate"))
            return None
        if facts.first > self.today:
            return None
        return facts.county, facts.first, facts.last

    def _period_of(self, kind: NegotiationKind, first: dt.date, last: dt.date) -> _Found:
        """The period a memo of ``kind`` from ``first`` to ``last`` counts in, if asked
        for; else None, or why it counts in none (its days fall in no one term)."""
        if kind is NegotiationKind.WELLBEING_PROMOTION:
            period = year_period(first.year)
            return period if self.year is None or period.name == str(self.year) else None
        term = self._term_on(first)
        if term is not None and term.contains(last):
            wanted = self.term is None or term.name == self.term.name
            return term_period(term) if wanted else None
        asked = self.term
        if asked is None or (first <= asked.end and asked.start <= last):
            return "coverage.beforeFirstTerm" if term is None else "coverage.spansTerms"
        return None

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

    def result(self, *, until: dt.date) -> CoverageResult:
        """The reports, every period up to ``until`` (see :func:`every_period`) included."""
        every = {
            kind: every_period(kind, today=self.today, until=until, term=self.term, year=self.year)
            for kind in self.kinds
        }
        assembly = Assembly(self.today)
        reports = [
            assembly.report(area, period, self.reports.get((code, period)))
            for code, area in sorted(self.counties.items())
            for kind in self.kinds
            for period in sorted(
                every[kind] | self.periods_of.get((code, kind), set()),
                key=lambda p: (p.start, p.name),
            )
        ]
        return CoverageResult(
            reports=tuple(reports),
            errors=tuple(sorted(self.loose, key=error_key)),
            as_of=self.today,
        )


def _today() -> dt.date:
    """The real today (a function of its own, so that tests can fix it)."""
    return dt.date.today()
