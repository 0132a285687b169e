"""The periods a report is made for: council terms (611/2021 14 §) and years (612/2021 7 §)."""

from __future__ import annotations

import datetime as dt
import functools

import attrs

from ..model import NegotiationKind
from ..refdata import CouncilTerm, county_term_on

__all__ = ["FIRST_WELLBEING_YEAR", "Period", "every_period", "term_period", "year_period"]

#: The wellbeing and health promotion negotiation is yearly from 2023 on,
#: when 612/2021 came into force.
FIRST_WELLBEING_YEAR = 2023


@attrs.frozen(cache_hash=True)
class Period:
    """A county's council term, or a year: one report each."""

    kind: NegotiationKind
    name: str
    start: dt.date
    end: dt.date


@functools.cache
def year_period(year: int) -> Period:
    return Period(
        NegotiationKind.WELLBEING_PROMOTION,
        str(year),
        dt.date(year, 1, 1),
        dt.date(year, 12, 31),
    )


@functools.cache
def term_period(term: CouncilTerm) -> Period:
    return Period(NegotiationKind.COUNCIL_TERM, term.name, term.start, term.end)


def every_period(
    kind: NegotiationKind,
    *,
    today: dt.date,
    until: dt.date,
    term: CouncilTerm | None,
    year: int | None,
) -> set[Period]:
    """The periods of ``kind`` every county is reported on, memos or not.

    ``today`` is the day the report is made for (``as_of``); ``term`` and
    ``year``, when asked for, the only period of their kind. Otherwise every
    period from the first up to ``today``, but never past the real today
    (``until``): a day far ahead would otherwise ask for thousands of empty
    reports. Past the real today, the period of ``today`` itself; with the
    memos' own periods, the number of reports is bounded by the input.
    """
    if kind is NegotiationKind.COUNCIL_TERM:
        if term is not None:
            return {term_period(term)}
        terms = [county_term_on(today)]
        found = county_term_on(until)
        while found is not None:
            terms.append(found)
            found = county_term_on(found.start - dt.timedelta(days=1))
        return {term_period(t) for t in terms if t}
    if year is not None:
        return {year_period(year)}
    years = {*range(FIRST_WELLBEING_YEAR, until.year + 1), today.year}
    return {year_period(y) for y in years if y >= FIRST_WELLBEING_YEAR}
