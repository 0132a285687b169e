"""A county-wide negotiation: "all municipalities of the county", resolved through the reference data."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest

from hyvaneuvottelu import Organisation, OrganisationKind, ScopeKind, check, refdata

from .meeting_memos import VIHTI, fi
from .rule_cases import COUNTY, GOOD, LOHJA

#: Länsi-Uusimaa's ten municipalities and their codes (Statistics Finland; unchanged 2023-2025).
LANSI_UUSIMAA = [
    ("049", "Espoo"),
    ("078", "Hanko"),
    ("149", "Inkoo"),
    ("224", "Karkkila"),
    ("235", "Kauniainen"),
    ("257", "Kirkkonummi"),
    ("444", "Lohja"),
    ("710", "Raasepori"),
    ("755", "Siuntio"),
    ("927", "Vihti"),
]

COUNTY_WIDE = attrs.evolve(GOOD, scope=ScopeKind.ALL_OF_COUNTY)


def test_the_municipalities_of_lansi_uusimaa_in_2025() -> None:
    found = refdata.county_municipalities("03", on=dt.date(2025, 10, 1))
    assert [(m.code, m.name.fi) for m in found] == LANSI_UUSIMAA


def test_a_county_by_its_swedish_name() -> None:
    found = refdata.county_municipalities("Västra Nylands välfärdsområde")
    assert [m.code for m in found] == [code for code, _ in LANSI_UUSIMAA]


@pytest.mark.parametrize("query", ["90", "Helsinki", "91", "Tampere", "99"])
def test_anything_but_a_county_is_refused(query: str) -> None:
    with pytest.raises(LookupError) as caught:
        refdata.county_municipalities(query)
    assert str(caught.value) == (
        f"{query!r} is not a wellbeing services county on the table valid from 2023-01-01"
    )


def test_all_of_the_county_resolves_to_every_municipality_keeping_the_declared_ones() -> None:
    resolved = refdata.scope_municipalities(COUNTY_WIDE)
    assert [(o.statistics_code, o.name.fi) for o in resolved] == LANSI_UUSIMAA
    # Lohja as declared, with its id and Swedish name; the others from the table.
    assert resolved[6] is LOHJA
    espoo = refdata.municipality("049")
    assert espoo is not None
    assert resolved[0] == Organisation(
        id="kunta-049",
        kind=OrganisationKind.MUNICIPALITY,
        name=espoo.name,
        statistics_code="049",
    )
    assert resolved[0].name.sv == "Esbo"


def test_a_declared_municipality_is_matched_by_name_when_it_has_no_code() -> None:
    vihti = attrs.evolve(VIHTI, statistics_code=None, name=fi("Vihdin kunta"))
    resolved = refdata.scope_municipalities(attrs.evolve(COUNTY_WIDE, municipalities=(vihti,)))
    assert resolved[9] is vihti
    assert len(resolved) == 10


def test_a_listed_scope_is_the_declared_subset() -> None:
    subset = attrs.evolve(GOOD, municipalities=(LOHJA, VIHTI))
    assert refdata.scope_municipalities(subset) == (LOHJA, VIHTI)
    assert refdata.resolve_scope(subset) is subset


def test_a_declared_municipality_of_another_county_is_kept_for_the_rules_to_report() -> None:
    tampere = Organisation(
        id="tampere", kind=OrganisationKind.MUNICIPALITY, name=fi("Tampere"), statistics_code="837"
    )
    memo = attrs.evolve(COUNTY_WIDE, municipalities=(LOHJA, tampere))
    resolved = refdata.resolve_scope(memo)
    assert [o.id for o in resolved.municipalities][-1] == "tampere"
    assert len(resolved.municipalities) == 11
    assert resolved.scope is ScopeKind.ALL_OF_COUNTY
    assert "HN-P004" in check(resolved, "draft").codes


def test_a_generated_id_does_not_take_a_declared_one() -> None:
    taken = attrs.evolve(LOHJA, id="kunta-049")
    resolved = refdata.scope_municipalities(attrs.evolve(COUNTY_WIDE, municipalities=(taken,)))
    assert [o.id for o in resolved[:2]] == ["kunta-049-2", "kunta-078"]


def test_an_unknown_county_cannot_be_resolved() -> None:
    memo = attrs.evolve(COUNTY_WIDE, county=attrs.evolve(COUNTY, statistics_code="90"))
    with pytest.raises(LookupError) as caught:
        refdata.scope_municipalities(memo)
    assert str(caught.value) == (
        "/county: the scope 'allOfCounty' needs a wellbeing services county known to the "
        "reference data of the table valid from 2023-01-01, found '90'"
    )


@pytest.mark.parametrize(
    ("date", "partial", "expected"),
    [
        (dt.date(2025, 10, 1), None, dt.date(2025, 10, 1)),
        (None, "2025-03", dt.date(2025, 3, 1)),
        (None, "2024", dt.date(2024, 1, 1)),
        (None, None, None),
    ],
)
def test_the_reference_date_is_the_day_or_the_start_of_the_year_or_month(
    date: dt.date | None, partial: str | None, expected: dt.date | None
) -> None:
    memo = attrs.evolve(GOOD, date=date, partial_date=partial)
    assert refdata.reference_date(memo) == expected
