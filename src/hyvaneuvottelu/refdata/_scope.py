"""A negotiation's scope: the municipalities it concerns, resolved through the reference data."""

from __future__ import annotations

import datetime as dt

import attrs

from ..model import Negotiation, Organisation, OrganisationKind, ScopeKind
from ._regions import Municipality, RegionTable, region_table

__all__ = [
    "ScopeError",
    "county_municipalities",
    "reference_date",
    "resolve_scope",
    "scope_municipalities",
]


class ScopeError(LookupError):
    """A scope that the reference data cannot resolve: the county is unknown."""


def reference_date(negotiation: Negotiation) -> dt.date | None:
    """The day whose reference data applies: the meeting's, else the start of its year or month."""
    if negotiation.date is not None:
        return negotiation.date
    if negotiation.partial_date is not None:
        year, _, month = negotiation.partial_date.partition("-")
        return dt.date(int(year), int(month or "1"), 1)
    return None


def county_municipalities(
    county: str | int, *, on: dt.date | None = None
) -> tuple[Municipality, ...]:
    """Every municipality in the county's area on ``on``, by code.

    ``county`` is a code or a name, as :func:`~hyvaneuvottelu.refdata.county`
    takes it. Raises :class:`LookupError` for anything but one of the 21
    wellbeing services counties.
    """
    table = region_table(on)
    area = table.county(county)
    if area is None:
        raise ScopeError(f"{county!r} is not a wellbeing services county on {_day(table)}")
    return table.municipalities_of(area.code)


def scope_municipalities(negotiation: Negotiation) -> tuple[Organisation, ...]:
    """The municipalities the negotiation concerns.

    With the scope ``listed``, the declared municipalities. With
    ``allOfCounty``, every municipality of the county's area on the memo's
    date, in the order of their codes: a declared one as declared (matched by
    code or name), any other as an organisation made from the reference data
    with the ``id`` ``"kunta-"`` and its code. Raises :class:`LookupError`
    when the county is not known to the reference data.
    """
    if negotiation.scope is ScopeKind.LISTED:
        return negotiation.municipalities
    on = reference_date(negotiation)
    table = region_table(on)
    county = negotiation.county
    query = county.statistics_code or county.name.first()
    area = table.county(query)
    if area is None:
        raise ScopeError(
            f"/county: the scope {ScopeKind.ALL_OF_COUNTY.value!r} needs a wellbeing services "
            f"county known to the reference data of {_day(table)}, found {query!r}"
        )
    declared: dict[str, Organisation] = {}
    # Declared municipalities of another county, or unknown, stay: the rules report them.
    outside: list[Organisation] = []
    for organisation in negotiation.municipalities:
        code = _code_of(table, organisation)
        if code is not None and table.municipalities[code].area == area.code:
            declared.setdefault(code, organisation)
        else:
            outside.append(organisation)
    taken = {o.id for o in negotiation.organisations}
    resolved: list[Organisation] = []
    for municipality in table.municipalities_of(area.code):
        found = declared.get(municipality.code)
        if found is None:
            found = Organisation(
                id=_free_id(f"kunta-{municipality.code}", taken),
                kind=OrganisationKind.MUNICIPALITY,
                name=municipality.name,
                statistics_code=municipality.code,
            )
        resolved.append(found)
    return (*resolved, *outside)


def resolve_scope(negotiation: Negotiation) -> Negotiation:
    """The negotiation with ``municipalities`` listing its whole scope; the scope is kept."""
    if negotiation.scope is ScopeKind.LISTED:
        return negotiation
    return attrs.evolve(negotiation, municipalities=scope_municipalities(negotiation))


def _code_of(table: RegionTable, organisation: Organisation) -> str | None:
    query = organisation.statistics_code or organisation.name.first()
    found = table.municipality(query)
    return None if found is None else found.code


def _free_id(wanted: str, taken: set[str]) -> str:
    candidate, n = wanted, 1
    while candidate in taken:
        n += 1
        candidate = f"{wanted}-{n}"
    return candidate


def _day(table: RegionTable) -> str:
    return f"the table valid from {table.valid_from.isoformat()}"
