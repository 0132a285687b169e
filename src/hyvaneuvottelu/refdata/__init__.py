"""Reference data: counties, municipalities, council terms and statutes.

The regional division is Statistics Finland's (licence CC BY 4.0, credit
"Lähde: Tilastokeskus"), shipped as one table per validity date and loaded on
first use.

>>> from hyvaneuvottelu import refdata
>>> refdata.municipality("Lohjan kaupunki").code
'444'
>>> refdata.county("Västra Nylands välfärdsområde").name.fi
'Länsi-Uudenmaan hyvinvointialue'
>>> refdata.county("90") is None  # Helsinki is not a county
True
>>> [t.name for t in refdata.council_terms_on(dt.date(2026, 3, 1))]
['2025-2029']
"""

from __future__ import annotations

import datetime as dt

from ._names import name_key
from ._regions import Area, Municipality, RegionTable, region_table, region_tables
from ._scope import (
    ScopeError,
    county_municipalities,
    reference_date,
    resolve_scope,
    scope_municipalities,
)
from ._statutes import (
    ORGANISATION_ACT_6,
    ORGANISATION_ACT_7,
    STATUTES,
    WELLBEING_COUNTY_ACT_14,
    statutory_basis,
)
from ._terms import CouncilBody, CouncilTerm, council_term, council_terms_on, county_term_on

__all__ = [
    "ORGANISATION_ACT_6",
    "ORGANISATION_ACT_7",
    "STATUTES",
    "WELLBEING_COUNTY_ACT_14",
    "Area",
    "CouncilBody",
    "CouncilTerm",
    "Municipality",
    "RegionTable",
    "ScopeError",
    "area",
    "council_term",
    "council_terms_on",
    "counties",
    "county",
    "county_municipalities",
    "county_term_on",
    "municipalities",
    "municipality",
    "name_key",
    "reference_date",
    "region_table",
    "region_tables",
    "resolve_scope",
    "scope_municipalities",
    "statutory_basis",
]


def area(query: str | int, *, on: dt.date | None = None) -> Area | None:
    """A county, Helsinki (90) or Åland (91), by code or by name."""
    return region_table(on).area(query)


def county(query: str | int, *, on: dt.date | None = None) -> Area | None:
    """One of the 21 wellbeing services counties, by code or by name; else None."""
    return region_table(on).county(query)


def municipality(query: str | int, *, on: dt.date | None = None) -> Municipality | None:
    """A municipality by code or by name in Finnish or Swedish; else None."""
    return region_table(on).municipality(query)


def counties(*, on: dt.date | None = None) -> tuple[Area, ...]:
    """The 21 wellbeing services counties, by code."""
    return tuple(a for a in region_table(on).areas.values() if a.is_county)


def municipalities(*, on: dt.date | None = None) -> tuple[Municipality, ...]:
    """Every municipality, Åland's included, by code."""
    return tuple(region_table(on).municipalities.values())
