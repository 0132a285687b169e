"""What the coverage computation needs of one memo: a few small facts, picklable.

:func:`memo_facts` runs where the memo was read (in a worker process, as
:func:`~hyvaneuvottelu.collection.read_memos`' ``extract``), so that only the
facts, never the model, cross between processes and stay in memory.
"""

from __future__ import annotations

import calendar
import datetime as dt
from typing import Any, Protocol

import attrs

from .._days import day_text
from .._pickled import restorer
from ..collection import MemoEntry
from ..model import (
    DocumentGenre,
    LocalizedText,
    Negotiation,
    NegotiationKind,
    Organisation,
    ScopeKind,
)
from ..refdata import (
    Area,
    Municipality,
    RegionTable,
    ScopeError,
    region_table,
    scope_municipalities,
)
from ..rules import Report
from ..rules._parties import illative
from ._words import in_languages

__all__ = ["MemoFacts", "MemoLike", "entry_facts", "facts_of", "memo_facts"]


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


@attrs.frozen(kw_only=True)
class MemoFacts:
    """One memo, as far as coverage is concerned."""

    #: The county's code; None when the reference data does not know it.
    county: str | None
    #: The county as the memo names it.
    county_name: str
    genre: DocumentGenre
    #: Every statutory negotiation the meeting served (``Negotiation.kinds``).
    kinds: tuple[NegotiationKind, ...]
    date: dt.date | None
    partial_date: str | None
    #: The first and last day the date can mean (a day, a month, a year).
    first: dt.date | None
    last: dt.date | None
    #: The municipalities of the county the memo covers, by code.
    codes: tuple[str, ...]
    #: Why it covers none: (code, message) for each municipality outside the
    #: county or unknown to the reference data.
    problems: tuple[tuple[str, LocalizedText], ...]

    def __reduce__(self) -> tuple[Any, ...]:
        # From every worker process, for every memo: pickled as its fields,
        # not as attrs' dict of them (see hyvaneuvottelu._pickled).
        return (
            _restored,
            (
                (
                    self.county,
                    self.county_name,
                    self.genre,
                    self.kinds,
                    self.date,
                    self.partial_date,
                    self.first,
                    self.last,
                    self.codes,
                    self.problems,
                ),
            ),
        )


def _restored(fields: tuple[Any, ...]) -> MemoFacts:
    """The facts :meth:`MemoFacts.__reduce__` pickled, from their fields in order."""
    return restorer(MemoFacts)(fields)


def memo_facts(entry: MemoEntry) -> MemoFacts | None:
    """The facts of ``entry.memo``: for ``read_memos(..., extract=memo_facts)``."""
    return None if entry.memo is None else facts_of(entry.memo)


def entry_facts(entry: MemoLike) -> MemoFacts | None:
    """The entry's facts: extracted where it was read, or taken from its memo here."""
    value = getattr(entry, "value", None)
    if isinstance(value, MemoFacts):
        return value
    return None if entry.memo is None else facts_of(entry.memo)


def facts_of(memo: Negotiation) -> MemoFacts:
    """The facts of ``memo``, resolved in the reference data of its date."""
    first, last = _days(memo)
    table = region_table(first)
    area = _county_of(table, memo.county)
    codes: tuple[str, ...] = ()
    problems: tuple[tuple[str, LocalizedText], ...] = ()
    if area is not None:
        codes, problems = _covered(memo, table, area)
    return MemoFacts(
        county=None if area is None else area.code,
        county_name=memo.county.name.first(),
        genre=memo.genre,
        kinds=memo.kinds,
        date=memo.date,
        partial_date=memo.partial_date,
        first=first,
        last=last,
        codes=codes,
        problems=problems,
    )


def _days(memo: Negotiation) -> tuple[dt.date | None, dt.date | None]:
    """The first and last day the memo's date can mean: one day, or a whole month or year."""
    if memo.date is not None:
        return memo.date, memo.date
    if memo.partial_date is None:
        return None, None
    year_text, _, month_text = memo.partial_date.partition("-")
    year = int(year_text)
    if not month_text:
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    month = int(month_text)
    return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])


def _local_names(organisation: Organisation) -> tuple[str, ...]:
    # As the rules do: English names are not in the tables.
    return tuple(n for n in (organisation.name.fi, organisation.name.sv) if n)


def _county_of(table: RegionTable, organisation: Organisation) -> Area | None:
    """The county by its code, else by its Finnish or Swedish name: as the rules find it."""
    if organisation.statistics_code is not None:
        return table.county(organisation.statistics_code)
    return next((a for a in map(table.county, _local_names(organisation)) if a is not None), None)


def _municipality(table: RegionTable, organisation: Organisation) -> Municipality | None:
    code = organisation.statistics_code
    for query in (code,) if code else _local_names(organisation):
        found = table.municipality(query)
        if found is not None:
            return found
    return None


def _covered(
    memo: Negotiation, table: RegionTable, area: Area
) -> tuple[tuple[str, ...], tuple[tuple[str, LocalizedText], ...]]:
    """The municipalities of the county the memo covers, by code; and those it may not name."""
    if memo.scope is ScopeKind.ALL_OF_COUNTY:
        try:
            organisations = scope_municipalities(memo)
        except ScopeError:
            organisations = memo.municipalities
    else:
        organisations = memo.municipalities
    codes: dict[str, None] = {}
    problems: list[tuple[str, LocalizedText]] = []
    for organisation in organisations:
        found = _municipality(table, organisation)
        if found is None:
            problems.append(
                (
                    "coverage.unknownMunicipality",
                    in_languages(
                        "coverage.unknownMunicipality",
                        name=organisation.name.first(),
                        day=day_text(table.valid_from),
                    ),
                )
            )
        elif found.area != area.code:
            actual = table.areas[found.area]
            problems.append(
                (
                    "coverage.outsideCounty",
                    in_languages(
                        "coverage.outsideCounty",
                        name=organisation.name.first(),
                        code=found.code,
                        actual=_into(actual),
                        county=_into(area),
                    ),
                )
            )
        else:
            codes.setdefault(found.code, None)
    return tuple(codes), tuple(problems)


def _into(area: Area) -> LocalizedText:
    """The area's name in each language, in Finnish in the illative ("kuuluu mihin?")."""
    # The rules' own illatives, so that this message reads as HN-P004 does.
    first = area.name.first()
    return LocalizedText(fi=illative(first), sv=area.name.sv or first, en=first)
