"""The meeting in its context: the document's genre, its round, its notice or decision."""

from __future__ import annotations

from datetime import date

import attrs

from . import _checks
from ._codes import RoundKind
from ._text import LocalizedText

__all__ = ["PARTIAL_DATE_PATTERN", "DecisionItem", "Invitation", "NegotiationRound"]

#: A year ("2025") or a month ("2025-03"): what a source gives when it names no day.
PARTIAL_DATE_PATTERN = r"^[0-9]{4}(-(0[1-9]|1[0-2]))?$"


@attrs.frozen(kw_only=True, field_transformer=_checks.protect)
class NegotiationRound:
    """The round or series a meeting is part of (neuvottelukierros).

    The county's 14 § round of a council term, the yearly HYTE round: each
    meeting is part N of it, and names the previous and next meeting's record.
    """

    #: The round's identifier, as the county gives it: "LU-14-2025-2029".
    identifier: str
    kind: RoundKind | None = None
    title: LocalizedText | None = None
    #: This meeting's place in the round: 1 for the first.
    part: int | None = attrs.field(default=None, validator=_checks.optional(_checks.positive))
    #: How many meetings the round has, if known.
    parts: int | None = attrs.field(default=None, validator=_checks.optional(_checks.positive))
    #: The record identifier of the previous meeting's memo.
    previous_record: str | None = None
    #: The record identifier of the next meeting's memo.
    next_record: str | None = None


@attrs.frozen(kw_only=True, field_transformer=_checks.protect)
class Invitation:
    """A notice of a planned meeting (kokouskutsu): who convenes it and when it was sent."""

    #: The ``id`` of the convening organisation or participant.
    convener: str | None = attrs.field(default=None, validator=_checks.optional(_checks.identifier))
    #: When the invitation was sent.
    date: date | None = attrs.field(default=None, validator=_checks.optional(_checks.calendar_date))


@attrs.frozen(kw_only=True, field_transformer=_checks.protect)
class DecisionItem:
    """A decision item of a party's body (päätöspykälä): a board approving an agreement."""

    #: The ``id`` of the organisation whose body decided.
    organisation: str = attrs.field(validator=_checks.identifier)
    #: The body, "Kaupunginhallitus".
    body: LocalizedText
    #: The day of the body's meeting.
    meeting_date: date | None = attrs.field(
        default=None, validator=_checks.optional(_checks.calendar_date)
    )
    #: The item's number in the body's minutes: "123" for § 123.
    section_number: str | None = attrs.field(
        default=None,
        validator=_checks.optional(_checks.matches(r"^[0-9]+[a-z]?$", "a § number such as '123'")),
    )
