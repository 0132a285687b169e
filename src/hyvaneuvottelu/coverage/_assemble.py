"""The reports, made from what the pass over the memos gathered for each county and period.

Every municipality of the county is listed, by code, covered or not; the
rows of those no memo covers are made once for each table and county.
"""

from __future__ import annotations

import datetime as dt
import functools
from operator import itemgetter

import attrs

from ..model import LocalizedText
from ..refdata import Area, RegionTable, region_table
from ._periods import Period
from ._problems import error_key
from ._report import CountyRef, CoverageReport, CoveringMemo, MunicipalityCoverage, ReportError

__all__ = ["Assembly", "Covering", "Gathered", "rows"]

#: A memo covering a municipality, with the key it is listed by: its first day and path.
Covering = tuple[tuple[dt.date, str], CoveringMemo]

_KEY = itemgetter(0)
_MEMO = itemgetter(1)


@attrs.define
class Gathered:
    """What one report has gathered so far."""

    #: Municipality code -> its name and the memos covering it.
    covered: dict[str, tuple[LocalizedText, list[Covering]]] = attrs.Factory(dict)
    errors: list[ReportError] = attrs.Factory(list)


class Assembly:
    """Makes the reports for the day ``today``, remembering the table of each day."""

    def __init__(self, today: dt.date) -> None:
        self.today = today
        self.tables: dict[dt.date, RegionTable] = {}

    def report(self, area: Area, period: Period, gathered: Gathered | None) -> CoverageReport:
        """The report of county ``area`` for ``period``."""
        today = self.today
        # The county's municipalities at the period's end, or today if it is still on.
        on = min(today, period.end)
        table = self.tables.get(on)
        if table is None:
            table = self.tables[on] = region_table(on)
        county, empty = _uncovered(table, area)
        if gathered is None or not gathered.covered:
            listed, missing = empty, tuple(r.code for r in empty)
        else:
            listed, missing = rows(empty, gathered)
        days_left = (period.end - today).days + 1 if period.start <= today <= period.end else None
        return CoverageReport(
            county=county,
            kind=period.kind,
            period=period.name,
            start=period.start,
            end=period.end,
            as_of=today,
            days_left=days_left,
            municipalities=listed,
            missing=missing,
            errors=() if gathered is None else tuple(sorted(gathered.errors, key=error_key)),
        )


def _uncovered(
    table: RegionTable, area: Area
) -> tuple[CountyRef, tuple[MunicipalityCoverage, ...]]:
    """The county as ``table`` names it, and its municipalities there, by code, none
    covered: made once for each table and county, since most reports share them."""
    if area.code in table.areas:
        return _known(table, area.code)
    # A county the table does not know: named as the caller's table names it.
    return CountyRef(code=area.code, name=area.name), _rows_of(table, area.code)


@functools.cache
def _known(table: RegionTable, code: str) -> tuple[CountyRef, tuple[MunicipalityCoverage, ...]]:
    # A table is its own key: RegionTable compares by identity, and the
    # shipped tables are loaded once.
    return CountyRef(code=code, name=table.areas[code].name), _rows_of(table, code)


def _rows_of(table: RegionTable, code: str) -> tuple[MunicipalityCoverage, ...]:
    return tuple(
        MunicipalityCoverage(code=m.code, name=m.name, covered=False)
        for m in sorted(table.municipalities_of(code), key=lambda m: m.code)
    )


def rows(
    empty: tuple[MunicipalityCoverage, ...], gathered: Gathered
) -> tuple[tuple[MunicipalityCoverage, ...], tuple[str, ...]]:
    """Every municipality of the county, by code, with the memos covering each; and
    the codes of those not covered.

    A municipality a memo covered that the table no longer has stays listed,
    under the name the memo's own table gave it.
    """
    covered = gathered.covered
    listed: list[MunicipalityCoverage] = []
    missing: list[str] = []
    for row in empty:
        found = covered.get(row.code)
        if found is None:
            listed.append(row)
            missing.append(row.code)
        else:
            listed.append(_covered_row(row.code, found))
    if len(listed) - len(missing) < len(covered):
        # Some municipality is no longer in the table: its row goes in by its code.
        known = {row.code for row in empty}
        listed.extend(
            _covered_row(code, found) for code, found in covered.items() if code not in known
        )
        listed.sort(key=lambda row: row.code)
    return tuple(listed), tuple(missing)


def _covered_row(code: str, found: tuple[LocalizedText, list[Covering]]) -> MunicipalityCoverage:
    name, memos = found
    if len(memos) > 1:
        memos.sort(key=_KEY)
    return MunicipalityCoverage(code=code, name=name, covered=True, memos=tuple(map(_MEMO, memos)))
