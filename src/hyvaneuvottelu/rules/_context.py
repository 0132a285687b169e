"""What rules share about one negotiation: indexes built once, on first use."""

from __future__ import annotations

from collections.abc import Iterator
from functools import cached_property
from typing import Any

import attrs

from .._naming import wire_name
from ..model import (
    LANGUAGES,
    FollowUpAction,
    LocalizedText,
    Negotiation,
    Organisation,
    Section,
    Statement,
    section_points,
)
from ..refdata import Area, RegionTable, region_table

__all__ = ["Context", "Path", "local_names", "section_path", "walk_strings"]

Path = tuple[str | int, ...]

_FIELDS: dict[type, tuple[tuple[str, str], ...]] = {}


def _fields(cls: type) -> tuple[tuple[str, str], ...]:
    found = _FIELDS.get(cls)
    if found is None:
        found = _FIELDS[cls] = tuple((a.name, wire_name(a.name)) for a in attrs.fields(cls))
    return found


def walk_strings(obj: Any, path: Path = ()) -> Iterator[tuple[Path, str]]:
    """Every string value in the model below ``obj``, with its wire path.

    Enum values are codes, not text, and are skipped.
    """
    for name, wire in _fields(type(obj)):
        value = getattr(obj, name)
        if value is None:
            continue
        kind = type(value)
        if kind is str:
            yield (*path, wire), value
        elif kind is LocalizedText:
            for language in LANGUAGES:
                text = getattr(value, language)
                if text is not None:
                    yield (*path, wire, language), text
        elif kind is tuple:
            for index, item in enumerate(value):
                if type(item) is str:
                    yield (*path, wire, index), item
                elif attrs.has(type(item)):
                    yield from walk_strings(item, (*path, wire, index))
        elif attrs.has(kind):
            yield from walk_strings(value, (*path, wire))


def section_path(index_path: tuple[int, ...]) -> Path:
    """``(3, 1)`` -> ``("sections", 3, "subsections", 1)``."""
    path: list[str | int] = ["sections", index_path[0]]
    for index in index_path[1:]:
        path += ["subsections", index]
    return tuple(path)


class Context:
    """One negotiation and the indexes its rules need."""

    def __init__(self, negotiation: Negotiation) -> None:
        self.negotiation = negotiation

    @cached_property
    def table(self) -> RegionTable:
        """The regional division in force on the meeting's date."""
        return region_table(self.negotiation.date)

    @cached_property
    def county_area(self) -> Area | None:
        """The county's area, by code, else by name; None if unknown."""
        county = self.negotiation.county
        if county.statistics_code is not None:
            return self.table.area(county.statistics_code)
        return next(
            (a for a in map(self.table.area, local_names(county)) if a is not None),
            None,
        )

    @cached_property
    def organisations(self) -> tuple[tuple[Path, Organisation], ...]:
        """Every declared organisation with its wire path."""
        negotiation = self.negotiation
        return (
            (("county",), negotiation.county),
            *((("municipalities", i), m) for i, m in enumerate(negotiation.municipalities)),
            *(
                (("otherOrganisations", i), o)
                for i, o in enumerate(negotiation.other_organisations)
            ),
        )

    @cached_property
    def organisation_ids(self) -> frozenset[str]:
        return frozenset(o.id for o in self.negotiation.organisations)

    @cached_property
    def participant_ids(self) -> frozenset[str]:
        return frozenset(p.id for p in self.negotiation.participants)

    @cached_property
    def party_ids(self) -> frozenset[str]:
        """Ids a proposer or responsible party may name: participants and organisations."""
        return self.organisation_ids | self.participant_ids

    @cached_property
    def sections(self) -> tuple[tuple[Path, Section], ...]:
        """Every section, depth first, with its wire path."""
        return tuple(
            (section_path(index), section) for index, section in self.negotiation.walk_sections()
        )

    @cached_property
    def points_by_section(self) -> dict[str, frozenset[str]]:
        """The ids of the points directly in each section, by section number.

        Sections that repeat a number (HN-S001) pool their points, so that one
        mistake is not reported twice.
        """
        points: dict[str, frozenset[str]] = {}
        for _, section in self.sections:
            ids = frozenset(p.id for p in section_points(section) if p.id is not None)
            points[section.number] = points.get(section.number, frozenset()) | ids
        return points

    @cached_property
    def statements(self) -> tuple[tuple[Path, Statement], ...]:
        return tuple(
            ((*path, "content", index), item)
            for path, section in self.sections
            for index, item in enumerate(section.content)
            if type(item) is Statement
        )

    @cached_property
    def follow_ups(self) -> tuple[tuple[Path, FollowUpAction], ...]:
        return tuple(
            (("outcomes", index), outcome)
            for index, outcome in enumerate(self.negotiation.outcomes)
            if type(outcome) is FollowUpAction
        )

    @cached_property
    def strings(self) -> tuple[tuple[Path, str], ...]:
        """Every string of the negotiation, with its wire path."""
        return tuple(walk_strings(self.negotiation))

    @cached_property
    def named_people(self) -> bool:
        """Whether any participant is named."""
        return any(p.name for p in self.negotiation.participants)


def local_names(organisation: Organisation) -> tuple[str, ...]:
    """The organisation's names in Finnish and Swedish (English names are not in the tables)."""
    return tuple(n for n in (organisation.name.fi, organisation.name.sv) if n)
