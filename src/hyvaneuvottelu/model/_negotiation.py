"""The negotiation: the root of the model."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import attrs

from . import _checks
from ._attachments import Attachment
from ._codes import DocumentGenre, NegotiationKind, OrganisationKind, Presence, ScopeKind, Topic
from ._content import Content, Point, Section
from ._legal import LegalReference
from ._meeting import PARTIAL_DATE_PATTERN, DecisionItem, Invitation, NegotiationRound
from ._outcomes import Outcome
from ._parties import AttendanceGroup, MunicipalityGroup, Organisation, Participant
from ._people import Person
from ._record import RecordMetadata
from ._text import LocalizedText

__all__ = ["Negotiation"]


@attrs.frozen(kw_only=True, field_transformer=_checks.protect)
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
    # Added in 1.1: the meeting in its context.
    #: What kind of document this is; only a memo or minutes record a meeting held.
    genre: DocumentGenre = DocumentGenre.MEETING_MEMO
    #: Further statutory negotiations the same meeting serves, besides ``kind``.
    additional_kinds: tuple[NegotiationKind, ...] = ()
    #: Whether the memo lists its municipalities or concerns every one of the county.
    scope: ScopeKind = ScopeKind.LISTED
    #: The year ("2025") or month ("2025-03") of the meeting when the source names no day.
    partial_date: str | None = attrs.field(
        default=None,
        validator=_checks.optional(
            _checks.matches(PARTIAL_DATE_PATTERN, "a year or a month such as '2025' or '2025-03'")
        ),
    )
    negotiation_round: NegotiationRound | None = None
    #: The notice's details, for a notice of a planned meeting.
    invitation: Invitation | None = None
    #: The decision item's details, for a party's body deciding.
    decision_item: DecisionItem | None = None
    #: Named groups of municipalities that attendees are listed under.
    municipality_groups: tuple[MunicipalityGroup, ...] = ()
    #: People recorded as groups, with or without a count.
    attendance_groups: tuple[AttendanceGroup, ...] = ()
    #: Organisations the memo names that did not attend: never attendees.
    mentioned_organisations: tuple[Organisation, ...] = ()

    @property
    def organisations(self) -> tuple[Organisation, ...]:
        """Every declared organisation: the county, the municipalities, the others.

        Organisations only mentioned come last: they can be referred to, but
        nobody attended for them.
        """
        return (
            self.county,
            *self.municipalities,
            *self.other_organisations,
            *self.mentioned_organisations,
        )

    @property
    def kinds(self) -> tuple[NegotiationKind, ...]:
        """Every statutory negotiation the meeting serves: ``kind`` first."""
        return (self.kind, *(k for k in self.additional_kinds if k is not self.kind))

    def attending_ids(self) -> frozenset[str]:
        """The ``id`` of each organisation someone attended for, by name or in a group.

        A participant or group not marked absent attends for its organisation;
        a group tied to a kind of organisation, for each declared one of that
        kind; a group tied to neither, for every party (the county and the
        municipalities); a group listed under a municipality group, only for
        that group's members. Organisations only mentioned never attend.
        """
        attending = {
            p.organisation
            for p in self.participants
            if p.organisation is not None and p.presence is not Presence.ABSENT
        }
        members = {g.id: g.municipalities for g in self.municipality_groups}
        kinds: dict[OrganisationKind | None, set[str]] = {None: set()}
        for party in (self.county, *self.municipalities):
            kinds[None].add(party.id)
            kinds.setdefault(party.kind, set()).add(party.id)
        for other in self.other_organisations:
            kinds.setdefault(other.kind, set()).add(other.id)
        # Each (kind, municipality group) is resolved once: linear in the memo,
        # however many groups share it.
        covered: dict[tuple[OrganisationKind | None, str | None], set[str]] = {}
        for group in self.attendance_groups:
            if group.presence is Presence.ABSENT:
                continue
            if group.organisation is not None:
                attending.add(group.organisation)
                continue
            key = (group.organisation_kind, group.municipality_group)
            found = covered.get(key)
            if found is None:
                candidates = kinds.get(group.organisation_kind, set())
                if group.municipality_group is not None:
                    within = members.get(group.municipality_group, ())
                    candidates = candidates.intersection(within)
                found = covered[key] = candidates
                attending.update(found)
        return frozenset(attending - {o.id for o in self.mentioned_organisations})

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
