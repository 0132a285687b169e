"""What rules share about one negotiation: indexes built once, on first use."""

from __future__ import annotations

import datetime as dt
import typing
from collections.abc import Callable, Iterator
from enum import Enum
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
    Participant,
    Section,
    Statement,
    code_label,
    section_points,
)
from ..refdata import Area, RegionTable, region_table

__all__ = [
    "Context",
    "Path",
    "all_strings",
    "label",
    "local_names",
    "person",
    "section_path",
    "walk_strings",
]

Path = tuple[str | int, ...]

_FIELDS: dict[type, tuple[tuple[str, str], ...]] = {}
#: The fields that can hold text, of each class met; empty for non-attrs types.
_TEXT_FIELDS: dict[type, tuple[str, ...]] = {}


def _fields(cls: type) -> tuple[tuple[str, str], ...]:
    found = _FIELDS.get(cls)
    if found is None:
        found = _FIELDS[cls] = tuple((a.name, wire_name(a.name)) for a in attrs.fields(cls))
    return found


def _text_fields(cls: type) -> tuple[str, ...]:
    names: tuple[str, ...] = ()
    if attrs.has(cls):
        hints = typing.get_type_hints(cls)
        # A validated string (an id, a code, a number) matches a pattern that
        # already rules out empty text and control characters.
        names = tuple(
            a.name
            for a in attrs.fields(cls)
            if _holds_text(hints[a.name]) and not (a.validator and _plain_strings(hints[a.name]))
        )
    _TEXT_FIELDS[cls] = names
    return names


def _plain_strings(hint: Any) -> bool:
    """Whether ``hint`` is str, tuple[str, ...] or either or None."""
    args = [arg for arg in typing.get_args(hint) if arg not in (type(None), Ellipsis)]
    return hint is str or (bool(args) and all(_plain_strings(arg) for arg in args))


def _holds_text(hint: Any) -> bool:
    # Exactly str: the code lists are StrEnums and are not text.
    if hint is str or (isinstance(hint, type) and attrs.has(hint)):
        return True
    return any(_holds_text(arg) for arg in typing.get_args(hint) if arg is not Ellipsis)


def all_strings(root: Any) -> list[str]:
    """Every string value in the model below ``root``, without paths: the fast pass.

    Rules on text run over this list and walk again, with paths, only when
    something is wrong. This runs on every check, so it is written for speed.
    """
    out: list[str] = []
    append = out.append
    stack = [root]
    push, pop = stack.append, stack.pop
    known = _TEXT_FIELDS
    while stack:
        obj = pop()
        cls = type(obj)
        names = known.get(cls)
        for name in _text_fields(cls) if names is None else names:
            value = getattr(obj, name)
            kind = type(value)
            if kind is str:
                append(value)
            elif kind is LocalizedText:
                if value.fi is not None:
                    append(value.fi)
                if value.sv is not None:
                    append(value.sv)
                if value.en is not None:
                    append(value.en)
            elif kind is tuple:
                for item in value:
                    if type(item) is str:
                        append(item)
                    else:
                        push(item)
            elif value is not None:
                push(value)
    return out


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
    """One negotiation, what it is checked against, and the indexes its rules need.

    ``as_of`` is the day the check is made for (today unless given), so that
    a rule on the future gives the same answer whenever a test runs;
    ``sahke2_version`` is the SÄHKE2 schema the memo is to be transferred in
    (``"2019"``, the default of ``archive``, when None).
    """

    def __init__(
        self,
        negotiation: Negotiation,
        *,
        as_of: dt.date | None = None,
        sahke2_version: str | None = None,
    ) -> None:
        self.negotiation = negotiation
        self.as_of = dt.date.today() if as_of is None else as_of
        self.sahke2_version = sahke2_version

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
            *(
                (("mentionedOrganisations", i), o)
                for i, o in enumerate(negotiation.mentioned_organisations)
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
        """Ids a proposer or responsible party may name: participants, people, organisations."""
        people = frozenset(p.id for p in self.negotiation.people)
        return self.organisation_ids | self.participant_ids | people

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
    def strings(self) -> list[str]:
        """Every string of the negotiation, without paths."""
        return all_strings(self.negotiation)

    @cached_property
    def joined_strings(self) -> str:
        """Every string, each between NUL characters, for one-pass searches."""
        return "\x00" + "\x00".join(self.strings) + "\x00"

    def strings_where(self, wrong: Callable[[str], object]) -> Iterator[tuple[Path, str]]:
        """Each string for which ``wrong`` is true, with its wire path."""
        return ((path, text) for path, text in walk_strings(self.negotiation) if wrong(text))

    @cached_property
    def named_people(self) -> bool:
        """Whether any participant is named."""
        return any(p.name for p in self.negotiation.participants)


def local_names(organisation: Organisation) -> tuple[str, ...]:
    """The organisation's names in Finnish and Swedish (English names are not in the tables)."""
    return tuple(n for n in (organisation.name.fi, organisation.name.sv) if n)


def person(key: str, participant: Participant, index: int) -> dict[str, str]:
    """``key``: how a message names a participant, never by an internal id.

    The name if the memo gives one, else the title ("Kaupunginjohtaja"), else
    the place in the list of participants ("osallistuja 3"), in each language.
    """
    if participant.name:
        return {key: participant.name}
    if participant.title is not None:
        first = participant.title.first()
        return {key: first} | {
            f"{key}@{lang}": text for lang, text in participant.title.items() if text != first
        }
    number = index + 1
    return {
        key: f"osallistuja {number}",
        f"{key}@sv": f"deltagare {number}",
        f"{key}@en": f"participant {number}",
    }


def label(key: str, code: Enum) -> dict[str, str]:
    """``key``: the code's label in Finnish, and ``key@sv``, ``key@en`` in the others.

    Messages show "luonnos", "utkast" or "draft", never the wire code.
    """
    return {
        key: code_label(code, "fi"),
        f"{key}@sv": code_label(code, "sv"),
        f"{key}@en": code_label(code, "en"),
    }
