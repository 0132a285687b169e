"""People an outcome names who did not attend the meeting."""

from __future__ import annotations

import attrs

from . import _checks
from ._text import LocalizedText

__all__ = ["Person"]


@attrs.frozen(kw_only=True, field_transformer=_checks.protect)
class Person:
    """A person named in an outcome who is not a participant (henkilö).

    A working-group member or a responsible person the memo names, with
    title and organisation, declared apart from the participants: a person
    here is never an attendee, in the rules or in an archive transfer.
    Outcomes refer to people by ``id`` where they refer to participants.
    """

    id: str = attrs.field(validator=_checks.identifier)
    #: Full name, "Anna Virtanen".
    name: str | None = None
    #: Position (tehtävänimike), "Hyvinvointikoordinaattori".
    title: LocalizedText | None = None
    #: The ``id`` of a declared organisation the person belongs to.
    organisation: str | None = attrs.field(
        default=None, validator=_checks.optional(_checks.identifier)
    )
    #: The name of an organisation that is not declared (mentioned, not present).
    organisation_name: LocalizedText | None = None
