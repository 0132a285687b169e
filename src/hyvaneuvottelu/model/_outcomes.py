"""What a negotiation produced: the outcomes the law cares about.

Each outcome is its own type, carries a status, and traces back to the
section and point of the memo it came from.
"""

from __future__ import annotations

from datetime import date
from typing import TypeAlias

import attrs

from . import _checks
from ._codes import OutcomeStatus, Topic
from ._text import LocalizedText

__all__ = [
    "Agreement",
    "Challenge",
    "CooperationStructure",
    "FollowUpAction",
    "InformationFlow",
    "MatterToAgree",
    "OperatingModel",
    "Outcome",
    "SourceRef",
]


@attrs.frozen(kw_only=True, field_transformer=_checks.protect)
class SourceRef:
    """Where in the memo an outcome is recorded: a section, and a point in it."""

    #: The section's ``number``.
    section: str = attrs.field(
        validator=_checks.matches(r"^[0-9]+(\.[0-9]+)*$", "a section number such as '4' or '4.2'")
    )
    #: The ``id`` of a point in that section.
    point: str | None = attrs.field(default=None, validator=_checks.optional(_checks.identifier))


@attrs.frozen(kw_only=True, field_transformer=_checks.protect)
class _OutcomeBase:
    id: str = attrs.field(validator=_checks.identifier)
    #: A short name for the outcome, "TYM-sopimus".
    title: LocalizedText
    description: LocalizedText | None = None
    status: OutcomeStatus
    topics: tuple[Topic, ...] = ()
    #: The ``id`` of each organisation concerned.
    parties: tuple[str, ...] = attrs.field(default=(), validator=_checks.identifiers)
    sources: tuple[SourceRef, ...] = ()


@attrs.frozen(kw_only=True, field_transformer=_checks.protect)
class CooperationStructure(_OutcomeBase):
    """A cooperation structure (yhteistoimintarakenne): a body, a forum, a pairing."""


@attrs.frozen(kw_only=True, field_transformer=_checks.protect)
class OperatingModel(_OutcomeBase):
    """An operating model (toimintamalli): an agreed way of working."""


@attrs.frozen(kw_only=True, field_transformer=_checks.protect)
class InformationFlow(_OutcomeBase):
    """Information flow (tiedonkulku) the cooperation requires."""


@attrs.frozen(kw_only=True, field_transformer=_checks.protect)
class Agreement(_OutcomeBase):
    """A written agreement (sopimus) between the parties."""

    #: When it was signed, if the memo says.
    signed: date | None = attrs.field(
        default=None, validator=_checks.optional(_checks.calendar_date)
    )


@attrs.frozen(kw_only=True, field_transformer=_checks.protect)
class Challenge(_OutcomeBase):
    """A problem or challenge (ongelma, haaste) raised in the negotiation."""


@attrs.frozen(kw_only=True, field_transformer=_checks.protect)
class MatterToAgree(_OutcomeBase):
    """A matter that is to be agreed separately (erikseen sovittava asia)."""


@attrs.frozen(kw_only=True, field_transformer=_checks.protect)
class FollowUpAction(_OutcomeBase):
    """Something to be done after the negotiation (jatkotoimenpide)."""

    #: The ``id`` of the participant or organisation who proposed it.
    proposer: str | None = attrs.field(default=None, validator=_checks.optional(_checks.identifier))
    #: The ``id`` of each participant or organisation responsible.
    responsible: tuple[str, ...] = attrs.field(default=(), validator=_checks.identifiers)
    due_date: date | None = attrs.field(
        default=None, validator=_checks.optional(_checks.calendar_date)
    )
    #: The timing as the memo words it, "alkuvuoden aikana".
    due_text: LocalizedText | None = None


Outcome: TypeAlias = (
    CooperationStructure
    | OperatingModel
    | InformationFlow
    | Agreement
    | Challenge
    | MatterToAgree
    | FollowUpAction
)
