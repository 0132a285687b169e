"""What a negotiation produced: the outcomes the law cares about.

Each outcome is its own type, carries a status, and traces back to the
section and point (and sentence) of the memo it came from; it may follow up
an outcome of an earlier memo.
"""

from __future__ import annotations

import datetime as dt
from datetime import date
from typing import TypeAlias

import attrs

from ..errors import InvalidValueError
from . import _checks
from ._codes import OutcomeStatus, StrategyLevel, Topic
from ._text import LocalizedText

__all__ = [
    "Agreement",
    "AgreementReference",
    "Approval",
    "Challenge",
    "CooperationStructure",
    "Decision",
    "EarlierOutcome",
    "FollowUpAction",
    "InformationFlow",
    "InterfacePlan",
    "MatterToAgree",
    "OperatingModel",
    "Outcome",
    "SourceRef",
    "StrategyItem",
]

_SECTION_MARK = _checks.matches(
    r"^[1-9][0-9]*( ?[a-z])?$", "a § number of the minutes such as '45' or '45 a'"
)


@attrs.frozen(kw_only=True, field_transformer=_checks.protect)
class SourceRef:
    """Where in the memo an outcome is recorded: a section, a point in it, a sentence of the point.

    Sentences are counted from 1 as the point's text divides after a full
    stop, question mark or exclamation mark followed by white space.
    """

    #: The section's ``number``.
    section: str = attrs.field(
        validator=_checks.matches(r"^[0-9]+(\.[0-9]+)*$", "a section number such as '4' or '4.2'")
    )
    #: The ``id`` of a point in that section.
    point: str | None = attrs.field(default=None, validator=_checks.optional(_checks.identifier))
    #: The sentence of that point, counted from 1, where the point holds several.
    sentence: int | None = attrs.field(default=None, validator=_checks.optional(_checks.positive))


@attrs.frozen(kw_only=True, field_transformer=_checks.protect)
class EarlierOutcome:
    """An outcome of an earlier memo that this outcome follows up (aiempi tulos)."""

    #: The earlier memo's record identifier (its ``record.identifier``).
    record: str
    #: The outcome's ``id`` in that memo.
    outcome: str = attrs.field(validator=_checks.identifier)


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
    #: The outcome of an earlier memo this one follows up; ``status`` is its new status.
    follows: EarlierOutcome | None = None


@attrs.frozen(kw_only=True, field_transformer=_checks.protect)
class Approval:
    """Approval of an agreement or plan by one party (hyväksyntä)."""

    #: The ``id`` of the approving organisation.
    organisation: str = attrs.field(validator=_checks.identifier)
    #: The body that approved it, "Kaupunginhallitus".
    body: LocalizedText | None = None
    date: dt.date | None = attrs.field(
        default=None, validator=_checks.optional(_checks.calendar_date)
    )
    #: The § number of the body's minutes, "45".
    section: str | None = attrs.field(default=None, validator=_checks.optional(_SECTION_MARK))


@attrs.frozen(kw_only=True, field_transformer=_checks.protect)
class AgreementReference:
    """An agreement referred to by its title, its record identifier, or both."""

    title: LocalizedText | None = None
    #: The agreement's record identifier, "LUHVA/123/00.04.01/2023".
    record: str | None = None

    def __attrs_post_init__(self) -> None:
        if self.title is None and self.record is None:
            raise InvalidValueError("", "a title or a record identifier", "neither")


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
    #: The first day it is in force.
    valid_from: date | None = attrs.field(
        default=None, validator=_checks.optional(_checks.calendar_date)
    )
    #: The last day it is in force.
    valid_until: date | None = attrs.field(
        default=None, validator=_checks.optional(_checks.calendar_date)
    )
    #: Its approval by each party.
    approvals: tuple[Approval, ...] = ()
    #: The agreement it replaces.
    replaces: AgreementReference | None = None


@attrs.frozen(kw_only=True, field_transformer=_checks.protect)
class Challenge(_OutcomeBase):
    """A problem or challenge (ongelma, haaste) raised in the negotiation."""


@attrs.frozen(kw_only=True, field_transformer=_checks.protect)
class MatterToAgree(_OutcomeBase):
    """A matter that is to be agreed separately (erikseen sovittava asia)."""


@attrs.frozen(kw_only=True, field_transformer=_checks.protect)
class FollowUpAction(_OutcomeBase):
    """Something to be done after the negotiation (jatkotoimenpide)."""

    #: The ``id`` of the participant, person or organisation who proposed it.
    proposer: str | None = attrs.field(default=None, validator=_checks.optional(_checks.identifier))
    #: The ``id`` of each participant, person or organisation responsible.
    responsible: tuple[str, ...] = attrs.field(default=(), validator=_checks.identifiers)
    due_date: date | None = attrs.field(
        default=None, validator=_checks.optional(_checks.calendar_date)
    )
    #: The timing as the memo words it, "alkuvuoden aikana".
    due_text: LocalizedText | None = None


@attrs.frozen(kw_only=True, field_transformer=_checks.protect)
class Decision(_OutcomeBase):
    """A decision (päätös): what was decided, and by whom.

    Decided in the meeting and recorded in its minutes, or one party's own
    decision reported in the negotiation: ``decided_by`` names the
    organisation, ``body`` its deciding body. Unlike a finding (todettiin),
    a decision binds.
    """

    #: The ``id`` of the deciding organisation; none when the meeting decided together.
    decided_by: str | None = attrs.field(
        default=None, validator=_checks.optional(_checks.identifier)
    )
    #: The deciding body, "Aluehallitus".
    body: LocalizedText | None = None
    date: dt.date | None = attrs.field(
        default=None, validator=_checks.optional(_checks.calendar_date)
    )
    #: The § number of the minutes that record it.
    section: str | None = attrs.field(default=None, validator=_checks.optional(_SECTION_MARK))
    #: When it is to be decided or carried out, as the memo words it, "tämän vuoden aikana".
    timing: LocalizedText | None = None


@attrs.frozen(kw_only=True, field_transformer=_checks.protect)
class InterfacePlan(_OutcomeBase):
    """An interface plan (yhdyspintasuunnitelma) of the county and its municipalities.

    Its objectives, goals, measures and indicators are :class:`StrategyItem`
    outcomes whose ``parent`` leads up to it.
    """

    valid_from: date | None = attrs.field(
        default=None, validator=_checks.optional(_checks.calendar_date)
    )
    valid_until: date | None = attrs.field(
        default=None, validator=_checks.optional(_checks.calendar_date)
    )
    approvals: tuple[Approval, ...] = ()


@attrs.frozen(kw_only=True, field_transformer=_checks.protect)
class StrategyItem(_OutcomeBase):
    """A strategy-level item of wellbeing and health promotion (HYTE) work.

    One type for goals, objectives, measures and indicators: they carry the
    same facts, and ``level`` with ``parent`` orders them into a tree.
    """

    level: StrategyLevel
    #: The ``id`` of the outcome above it: an item of a broader level, an
    #: interface plan or an agreement.
    parent: str | None = attrs.field(default=None, validator=_checks.optional(_checks.identifier))
    #: The ``id`` of each organisation, participant or person responsible.
    responsible: tuple[str, ...] = attrs.field(default=(), validator=_checks.identifiers)
    #: For an indicator: the target as the source words it, "alle 10 %".
    target: LocalizedText | None = None


Outcome: TypeAlias = (
    CooperationStructure
    | OperatingModel
    | InformationFlow
    | Agreement
    | Challenge
    | MatterToAgree
    | FollowUpAction
    | Decision
    | InterfacePlan
    | StrategyItem
)
