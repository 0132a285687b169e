"""Organisations and the people who attend for them."""

from __future__ import annotations

import attrs

from . import _checks
from ._codes import LeadershipKind, MeetingRole, OrganisationKind, Presence
from ._text import LocalizedText

__all__ = ["AttendanceGroup", "MunicipalityGroup", "Organisation", "Participant"]


@attrs.frozen(kw_only=True, field_transformer=_checks.protect)
class Organisation:
    """A party to the negotiation or a third party present (organisaatio).

    Declared once in a negotiation and referred to elsewhere by ``id``.
    """

    #: Local identifier within the document, e.g. ``"lohja"``.
    id: str = attrs.field(validator=_checks.identifier)
    kind: OrganisationKind
    name: LocalizedText
    #: Statistics Finland code: ``"03"`` for a county, ``"444"`` for a municipality.
    statistics_code: str | None = attrs.field(
        default=None,
        validator=_checks.optional(
            _checks.matches(r"^[0-9]{2,3}$", "a Statistics Finland code of 2 or 3 digits")
        ),
    )
    #: Business ID (Y-tunnus), ``"3221347-3"``.
    business_id: str | None = attrs.field(
        default=None,
        validator=_checks.optional(
            _checks.matches(r"^[0-9]{7}-[0-9]$", "a business ID of the form 1234567-8")
        ),
    )


@attrs.frozen(kw_only=True, field_transformer=_checks.protect)
class Participant:
    """A person taking part in the meeting (osallistuja).

    A memo may mention a person only by role ("Puheenjohtaja"), so the name
    is optional; the rules ask for it where it matters.
    """

    id: str = attrs.field(validator=_checks.identifier)
    #: Full name, "Jussi Patinen".
    name: str | None = None
    #: Position (tehtävänimike), "Kaupunginhallituksen puheenjohtaja".
    title: LocalizedText | None = None
    #: The ``id`` of the organisation the person belongs to.
    organisation: str | None = attrs.field(
        default=None, validator=_checks.optional(_checks.identifier)
    )
    #: Elected (luottamushenkilö) or official (viranhaltija) leadership.
    leadership: LeadershipKind | None = None
    #: Roles in the meeting; a chair may also be a member.
    roles: tuple[MeetingRole, ...] = ()
    presence: Presence | None = None
    #: The ``id`` of the :class:`MunicipalityGroup` the memo lists the person under.
    municipality_group: str | None = attrs.field(
        default=None, validator=_checks.optional(_checks.identifier)
    )


@attrs.frozen(kw_only=True, field_transformer=_checks.protect)
class AttendanceGroup:
    """People a memo records as a group, not by name (osallistujaryhmä).

    "Kunnanjohtajat ja kunnanhallitusten puheenjohtajat", "noin 180
    osallistujaa", "98 kuntaedustajaa". A group is tied to one organisation
    (``organisation``), to every organisation of a kind
    (``organisation_kind``), or, with neither, to all parties; listed under a
    :class:`MunicipalityGroup`, to its members only.
    """

    id: str = attrs.field(validator=_checks.identifier)
    #: Who they are, as the memo says it.
    description: LocalizedText
    #: How many, if the memo says.
    count: int | None = attrs.field(default=None, validator=_checks.optional(_checks.positive))
    #: Whether ``count`` is an estimate ("noin 180").
    approximate: bool = False
    #: The ``id`` of the one organisation the group attends for.
    organisation: str | None = attrs.field(
        default=None, validator=_checks.optional(_checks.identifier)
    )
    #: The kind of organisation the group attends for, every one of that kind.
    organisation_kind: OrganisationKind | None = None
    #: The ``id`` of the :class:`MunicipalityGroup` the memo lists the group under.
    municipality_group: str | None = attrs.field(
        default=None, validator=_checks.optional(_checks.identifier)
    )
    presence: Presence | None = None


@attrs.frozen(kw_only=True, field_transformer=_checks.protect)
class MunicipalityGroup:
    """A named group of municipalities the memo lists attendees under (kuntaryhmä).

    "Salon alueen kunnat", with its member municipalities' ``id``.
    """

    id: str = attrs.field(validator=_checks.identifier)
    name: LocalizedText
    #: The ``id`` of each member organisation.
    municipalities: tuple[str, ...] = attrs.field(default=(), validator=_checks.identifiers)
