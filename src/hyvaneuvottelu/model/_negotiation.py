"""The negotiation: the root of the model."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import attrs

from . import _checks
from ._attachments import Attachment
from ._codes import NegotiationKind, Topic
from ._content import Content, Point, Section
from ._legal import LegalReference
from ._outcomes import Outcome
from ._parties import Organisation, Participant
from ._people import Person
from ._record import RecordMetadata
from ._text import LocalizedText

__all__ = ["Negotiation"]


@attrs.frozen(kw_only=True)
class Negotiation:
    """A statutory negotiation between a county and its municipalities, as its memo records it.

    The county (hyvinvointialue) and one or more municipalities (kunta) are the
    parties; other organisations (HUS, the rescue department, the employment
    area, associations) may be present.
    """

    kind: NegotiationKind
    title: LocalizedText
    #: The provisions the negotiation rests on.
    legal_basis: tuple[LegalReference, ...] = ()
    county: Organisation
    municipalities: tuple[Organisation, ...]
    other_organisations: tuple[Organisation, ...] = ()
    participants: tuple[Participant, ...] = ()
    #: The council term the negotiation concerns (valtuustokausi), "2025-2029".
    council_term: str | None = attrs.field(
        default=None,
        validator=_checks.optional(
            _checks.matches(r"^[0-9]{4}-[0-9]{4}$", "a council term such as '2025-2029'")
        ),
    )
    #: The day of the meeting.
    date: dt.date | None = attrs.field(
        default=None, validator=_checks.optional(_checks.calendar_date)
    )
    #: When the meeting started and ended: local time in whole seconds.
    start_time: dt.time | None = attrs.field(
        default=None,
        converter=_checks.wall_time,
        validator=_checks.optional(_checks.time_of_day),
    )
    end_time: dt.time | None = attrs.field(
        default=None,
        converter=_checks.wall_time,
        validator=_checks.optional(_checks.time_of_day),
    )
    place: LocalizedText | None = None
    #: The theme (teema), as the memo names it.
    theme: LocalizedText | None = None
    #: The objectives (tavoitteet).
    objectives: tuple[LocalizedText, ...] = ()
    topics: tuple[Topic, ...] = ()
    sections: tuple[Section, ...] = ()
    outcomes: tuple[Outcome, ...] = ()
    record: RecordMetadata | None = None
    #: People outcomes name who did not attend: never participants.
    people: tuple[Person, ...] = ()
    #: Attachments and background material.
    attachments: tuple[Attachment, ...] = ()

    @property
    def organisations(self) -> tuple[Organisation, ...]:
        """Every declared organisation: the county, the municipalities, the others."""
        return (self.county, *self.municipalities, *self.other_organisations)

    def organisation(self, id: str) -> Organisation | None:
        """The declared organisation with ``id``, or None."""
        return next((o for o in self.organisations if o.id == id), None)

    def participant(self, id: str) -> Participant | None:
        """The declared participant with ``id``, or None."""
        return next((p for p in self.participants if p.id == id), None)

    def walk_sections(self) -> Iterator[tuple[tuple[int, ...], Section]]:
        """Every section, depth first, with its index path from the root."""
        stack: list[tuple[tuple[int, ...], Section]] = [
            ((i,), s) for i, s in reversed(list(enumerate(self.sections)))
        ]
        while stack:
            path, section = stack.pop()
            yield path, section
            stack.extend(((*path, i), s) for i, s in reversed(list(enumerate(section.subsections))))


def section_points(section: Section) -> Iterator[Point]:
    """Every point directly in ``section``'s content."""
    for item in section.content:
        yield from _content_points(item)


def _content_points(item: Content) -> tuple[Point, ...]:
    return getattr(item, "points", ())
