"""Counties and municipalities: the regional division, one table per validity date."""

from __future__ import annotations

import datetime as dt
import json
from functools import cache
from importlib import resources

import attrs

from .._strings import ascii_digits
from ..model import LocalizedText
from ._names import NameIndex

__all__ = ["Area", "Municipality", "RegionTable", "region_table", "region_tables"]

_PREFIX = "regions-"


@attrs.frozen(kw_only=True)
class Area:
    """A wellbeing services county (hyvinvointialue), or an area outside them.

    Helsinki (90) organises the services itself and Åland (91) is outside the
    reform: both are known, neither is a county for these negotiations.
    """

    #: Statistics Finland code, ``"03"``.
    code: str
    #: "Länsi-Uudenmaan hyvinvointialue" / "Västra Nylands välfärdsområde".
    name: LocalizedText
    #: The region's own name, "Länsi-Uusimaa".
    region_name: str
    #: Whether this is one of the 21 wellbeing services counties.
    is_county: bool


@attrs.frozen(kw_only=True)
class Municipality:
    """A municipality (kunta) and the area it belongs to."""

    #: Statistics Finland code, ``"444"``.
    code: str
    #: "Lohja" / "Lojo".
    name: LocalizedText
    #: The ``code`` of its :class:`Area`.
    area: str


@attrs.frozen(kw_only=True, eq=False)
class RegionTable:
    """One year's regional division, with its source and licence credit."""

    valid_from: dt.date
    source: str
    licence: str
    #: The credit the licence asks for: "Lähde: Tilastokeskus".
    credit: str
    areas: dict[str, Area]
    municipalities: dict[str, Municipality]
    _area_names: NameIndex
    _municipality_names: NameIndex

    def area(self, query: str | int) -> Area | None:
        """The area by code (``"03"``, ``3``) or by name in Finnish or Swedish."""
        code = _code(query, 2)
        if code is not None:
            return self.areas.get(code)
        code = self._area_names.find(query)
        return None if code is None else self.areas[code]

    def county(self, query: str | int) -> Area | None:
        """Like :meth:`area`, but only the 21 wellbeing services counties."""
        found = self.area(query)
        return found if found is not None and found.is_county else None

    def municipality(self, query: str | int) -> Municipality | None:
        """The municipality by code (``"444"``, ``444``) or by name, "Lohjan kaupunki"."""
        code = _code(query, 3)
        if code is not None:
            return self.municipalities.get(code)
        code = self._municipality_names.find(query)
        return None if code is None else self.municipalities[code]

    def area_keys(self, code: str) -> frozenset[str]:
        """The name keys that find the area ``code``: see :func:`name_key`."""
        return self._area_names.keys_of(code)

    def municipality_keys(self, code: str) -> frozenset[str]:
        """The name keys that find the municipality ``code``, its inflected names' included."""
        return self._municipality_names.keys_of(code)

    def municipalities_of(self, area: str) -> tuple[Municipality, ...]:
        """The municipalities in the area with code ``area``, by code."""
        return tuple(m for m in self.municipalities.values() if m.area == area)


def _code(query: str | int, width: int) -> str | None:
    """``query`` as a code of ``width`` digits (``"444"``, ``444``, ``" 444 "``); None for a name.

    A code written as text has exactly ``width`` digits: municipality codes
    have three and area codes two, so "091" (Helsinki, a municipality) is no
    area and "91" (Åland, an area) no municipality; ``"-"``, which no table
    holds, stands for such a code. The digits are those the check saw:
    ``str.strip`` removes characters (U+001C to U+001F, for one) that ``int``
    refuses, so nothing here goes through ``int``.
    """
    if isinstance(query, int):
        # Out of range is no code (and spares str() its limit of 4,300 digits).
        return f"{query:0{width}d}" if 0 <= query < 10**width else "-"
    text = query.strip()
    if not ascii_digits(text):
        return None
    return text if len(text) == width else "-"


def _load(name: str) -> RegionTable:
    raw = json.loads(resources.files(__package__).joinpath("_data", name).read_bytes())
    areas = {
        a["code"]: Area(
            code=a["code"],
            name=LocalizedText(fi=a["fi"], sv=a["sv"]),
            region_name=a["regionFi"],
            is_county=a["county"],
        )
        for a in raw["areas"]
    }
    columns = raw["municipalityColumns"]
    municipalities = {}
    for row in raw["municipalities"]:
        item = dict(zip(columns, row, strict=True))
        municipalities[item["code"]] = Municipality(
            code=item["code"], name=LocalizedText(fi=item["fi"], sv=item["sv"]), area=item["area"]
        )
    return RegionTable(
        valid_from=dt.date.fromisoformat(raw["validFrom"]),
        source=raw["source"],
        licence=raw["licence"],
        credit=raw["credit"],
        areas=areas,
        municipalities=municipalities,
        area_names=NameIndex(
            (a.code, (a.name.first(), a.name.sv or "", a.region_name)) for a in areas.values()
        ),
        municipality_names=NameIndex(
            ((m.code, (m.name.first(), m.name.sv or "")) for m in municipalities.values()),
            inflect=True,
        ),
    )


@cache
def region_tables() -> tuple[RegionTable, ...]:
    """Every shipped table, oldest first. Loaded on first use, then cached."""
    names = sorted(
        entry.name
        for entry in resources.files(__package__).joinpath("_data").iterdir()
        if entry.name.startswith(_PREFIX) and entry.name.endswith(".json")
    )
    return tuple(_load(name) for name in names)


def region_table(on: dt.date | None = None) -> RegionTable:
    """The table in force on ``on`` (the latest when None, the oldest before any)."""
    tables = region_tables()
    if on is None:
        return tables[-1]
    valid = [t for t in tables if t.valid_from <= on]
    return valid[-1] if valid else tables[0]
