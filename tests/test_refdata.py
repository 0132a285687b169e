"""Reference data: consistent tables, tolerant lookups, council terms, statutes."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from collections import Counter

import pytest

from hyvaneuvottelu import NegotiationKind, refdata


def test_every_municipality_belongs_to_a_known_area() -> None:
    table = refdata.region_table()
    assert all(m.area in table.areas for m in table.municipalities.values())


def test_mainland_is_293_municipalities_in_21_counties_plus_helsinki() -> None:
    areas = Counter(m.area for m in refdata.municipalities())
    assert sum(n for code, n in areas.items() if code != "91") == 293
    assert sorted(areas) == [f"{n:02d}" for n in range(1, 22)] + ["90", "91"]
    assert len(refdata.counties()) == 21
    assert areas["90"] == 1


def test_lansi_uusimaa_has_its_ten_municipalities() -> None:
    names = [m.name.first() for m in refdata.region_table().municipalities_of("03")]
    assert sorted(names) == [
        "Espoo", "Hanko", "Inkoo", "Karkkila", "Kauniainen",
        "Kirkkonummi", "Lohja", "Raasepori", "Siuntio", "Vihti",
    ]  # fmt: skip


def test_table_carries_source_licence_and_validity() -> None:
    table = refdata.region_table()
    assert (table.credit, table.licence, table.valid_from) == (
        "Lähde: Tilastokeskus",
        "CC BY 4.0",
        dt.date(2023, 1, 1),
    )
    assert refdata.region_table(dt.date(2020, 1, 1)) is table


@pytest.mark.parametrize(
    "query", ["Lohjan kaupunki", "Lohja", "LOJO", "Lojo stad", "444", 444, "lohjan kaupungin"]
)
def test_municipality_lookup(query: str | int) -> None:
    found = refdata.municipality(query)
    assert found is not None
    assert found.code == "444"


@pytest.mark.parametrize(
    ("query", "code"),
    [
        ("Helsingin kaupunki", "091"),
        ("Turun kaupunki", "853"),
        ("Lahden kaupunki", "398"),
        ("Kauniaisten kaupunki", "235"),
        ("Grankulla stad", "235"),
        ("Raseborgs stad", "710"),
    ],
)
def test_inflected_municipality_names(query: str, code: str) -> None:
    found = refdata.municipality(query)
    assert found is not None
    assert found.code == code


@pytest.mark.parametrize(
    "query",
    [
        "Länsi-Uudenmaan hyvinvointialue",
        "Västra Nylands välfärdsområde",
        "länsi-uusimaa",
        "Västra Nyland",
        "03",
        3,
    ],
)
def test_county_lookup(query: str | int) -> None:
    found = refdata.county(query)
    assert found is not None
    assert found.code == "03"


@pytest.mark.parametrize("query", ["90", "Helsingin kaupunki", "91", "Ahvenanmaa", "Åland"])
def test_helsinki_and_aland_are_areas_but_not_counties(query: str) -> None:
    assert refdata.county(query) is None
    area = refdata.area(query)
    assert area is not None
    assert not area.is_county


@pytest.mark.parametrize("query", ["HUS", "", "Atlantis", "999", "kaupunki", "¹", "٠٣"])
def test_unknown_names_are_not_found(query: str) -> None:
    assert refdata.municipality(query) is None
    assert refdata.county(query) is None


@pytest.mark.parametrize(
    ("day", "names"),
    [
        (dt.date(2021, 7, 31), []),
        (dt.date(2021, 8, 1), ["2021-2025"]),
        (dt.date(2022, 3, 1), ["2021-2025", "2022-2025"]),
        (dt.date(2025, 5, 31), ["2021-2025", "2022-2025"]),
        (dt.date(2025, 6, 1), ["2025-2029"]),
        (dt.date(2029, 5, 31), ["2025-2029"]),
        (dt.date(2029, 6, 1), ["2029-2033"]),
        (dt.date(2041, 6, 1), ["2041-2045"]),
    ],
)
def test_council_terms_on(day: dt.date, names: list[str]) -> None:
    assert [t.name for t in refdata.council_terms_on(day)] == names


def test_county_term_starts_with_the_first_regional_councils() -> None:
    assert refdata.county_term_on(dt.date(2022, 2, 28)) is None
    term = refdata.county_term_on(dt.date(2022, 3, 1))
    assert term is not None
    assert term.body is refdata.CouncilBody.REGIONAL


@pytest.mark.parametrize(
    ("name", "start", "end"),
    [
        ("2021-2025", dt.date(2021, 8, 1), dt.date(2025, 5, 31)),
        ("2022-2025", dt.date(2022, 3, 1), dt.date(2025, 5, 31)),
        ("2025-2029", dt.date(2025, 6, 1), dt.date(2029, 5, 31)),
        ("2033-2037", dt.date(2033, 6, 1), dt.date(2037, 5, 31)),
    ],
)
def test_council_term_by_name(name: str, start: dt.date, end: dt.date) -> None:
    term = refdata.council_term(name)
    assert term is not None
    assert (term.start, term.end) == (start, end)


@pytest.mark.parametrize("name", ["2023-2027", "2025-2030", "2021-2024", "2020-2024", "x"])
def test_no_such_council_term(name: str) -> None:
    assert refdata.council_term(name) is None


def test_statutes() -> None:
    assert [s.citation() for s in refdata.STATUTES] == [
        "Laki hyvinvointialueesta (611/2021) 14 §",
        "Laki sosiaali- ja terveydenhuollon järjestämisestä (612/2021) 6 §",
        "Laki sosiaali- ja terveydenhuollon järjestämisestä (612/2021) 7 §",
    ]
    assert refdata.statutory_basis(NegotiationKind.COUNCIL_TERM) == (
        refdata.WELLBEING_COUNTY_ACT_14,
    )
    assert (
        refdata.WELLBEING_COUNTY_ACT_14.citation("sv") == "Lag om välfärdsområden (611/2021) 14 §"
    )


def test_tables_load_lazily() -> None:
    code = (
        "import hyvaneuvottelu.refdata as r, hyvaneuvottelu; "
        "print(r.region_tables.cache_info().currsize)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout == "0\n"
