"""attrs validators for the model's hard single-field invariants.

They raise :class:`~hyvaneuvottelu.errors.InvalidValueError`, which readers
locate in the user's document. Everything that needs context is a rule.

:func:`protect`, the field transformer of every model class, adds what the
annotations say to each constructor: a value of the wrong type is refused,
naming the class and the field, and a list (any sequence) given for a tuple
becomes a tuple. The readers build objects they have checked without
``__init__``, so none of this costs them anything.

The validators are small objects whose parameters (``pattern``, ``minimum``,
``maximum``) can be read back, so the published schemas are generated from
the same constraints the model enforces.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import date, datetime, time, timedelta, timezone
from typing import Any

import attrs

from .._naming import wire_name
from ..errors import InvalidValueError
from ._guard import describe_value, protect

__all__ = [
    "IDENTIFIER_PATTERN",
    "MAX_UTC_OFFSET",
    "Each",
    "IntRange",
    "Matches",
    "Optional",
    "aware_datetime",
    "calendar_date",
    "fixed_offset",
    "identifier",
    "identifiers",
    "matches",
    "matches_int",
    "optional",
    "positive",
    "protect",
    "shown",
    "time_of_day",
    "wall_time",
]

#: Local identifiers: usable as XML IDs and readable in JSON.
IDENTIFIER_PATTERN = r"^[A-Za-z_][A-Za-z0-9_.-]*$"


def owner(instance: Any) -> str:
    """The class a validator checks a field of, as messages name it ("" when checked alone)."""
    return "" if instance is None else type(instance).__name__


def shown(value: Any) -> str:
    """A value as an error message shows it: strings in double quotes."""
    if isinstance(value, str):
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return repr(value)


@attrs.frozen
class Matches:
    """The whole string matches ``pattern`` (anchored with ``^`` and ``$``)."""

    pattern: str
    description: str
    _compiled: re.Pattern[str] = attrs.field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "_compiled", re.compile(self.pattern))

    def __call__(self, _instance: Any, attribute: attrs.Attribute[Any], value: str) -> None:
        # fullmatch: "$" alone would accept a trailing newline.
        if not self._compiled.fullmatch(value):
            raise InvalidValueError(
                wire_name(attribute.name), self.description, shown(value), owner=owner(_instance)
            )


@attrs.frozen
class IntRange:
    """The integer lies in ``minimum..maximum`` (``maximum`` None: no bound)."""

    minimum: int
    maximum: int | None
    description: str

    def __call__(self, _instance: Any, attribute: attrs.Attribute[Any], value: int) -> None:
        if value < self.minimum or (self.maximum is not None and value > self.maximum):
            raise InvalidValueError(
                wire_name(attribute.name), self.description, shown(value), owner=owner(_instance)
            )


@attrs.frozen
class Optional:
    """Apply ``inner`` unless the value is None."""

    inner: Any

    def __call__(self, instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        if value is not None:
            self.inner(instance, attribute, value)


@attrs.frozen
class Each:
    """Apply ``inner`` to every item of a tuple."""

    inner: Any

    def __call__(
        self, instance: Any, attribute: attrs.Attribute[Any], value: Sequence[Any]
    ) -> None:
        for item in value:
            self.inner(instance, attribute, item)


def matches(pattern: str, description: str) -> Matches:
    """The string matches ``pattern`` (described to users as ``description``)."""
    return Matches(pattern, description)


def matches_int(low: int, high: int, description: str) -> IntRange:
    """The integer lies in ``low..high``."""
    return IntRange(low, high, description)


def optional(check: Any) -> Optional:
    """Apply ``check`` unless the value is None."""
    return Optional(check)


identifier = Matches(
    IDENTIFIER_PATTERN, "an identifier (a letter or '_', then letters, digits, '_', '.', '-')"
)
identifiers = Each(identifier)
positive = IntRange(1, None, "a positive integer")


#: The widest UTC offset a timestamp may carry: XML Schema's bound, and wider
#: than any offset in use (Kiribati, +14:00).
MAX_UTC_OFFSET = timedelta(hours=14)


def calendar_date(_instance: Any, attribute: attrs.Attribute[Any], value: date) -> None:
    """A date, not a date-time: both formats write a date as its day alone."""
    if not isinstance(value, date) or isinstance(value, datetime):
        raise InvalidValueError(
            wire_name(attribute.name),
            "a date (year, month and day)",
            _temporal(value),
            owner=owner(_instance),
        )


def time_of_day(_instance: Any, attribute: attrs.Attribute[Any], value: time) -> None:
    """A meeting's clock time: local time in whole seconds, as both formats write it.

    An offset on a time of day alone is ambiguous (summer or winter time
    depends on the date) and a fraction of a second means nothing for a
    meeting, so both are refused rather than dropped on writing.
    """
    expected = "a time of day in whole seconds, without a UTC offset"
    name, whose = wire_name(attribute.name), owner(_instance)
    if not isinstance(value, time):
        raise InvalidValueError(name, expected, _temporal(value), owner=whose)
    if value.tzinfo is not None or value.microsecond:
        raise InvalidValueError(name, expected, shown(value.isoformat()), owner=whose)


def aware_datetime(_instance: Any, attribute: attrs.Attribute[Any], value: datetime) -> None:
    """Timestamps must say their offset: archives compare them across systems.

    The offset is whole minutes within ±14:00, what ISO 8601 profiles, JSON
    Schema's ``date-time`` and XML Schema's ``xs:dateTime`` can all write.
    """
    expected = "a date-time with a UTC offset of whole minutes within ±14:00"
    name, whose = wire_name(attribute.name), owner(_instance)
    if not isinstance(value, datetime):
        raise InvalidValueError(name, expected, _temporal(value), owner=whose)
    offset = value.utcoffset()
    if offset is None:
        raise InvalidValueError(
            name, expected, f"{shown(value.isoformat())} (no offset)", owner=whose
        )
    if offset % timedelta(minutes=1) or abs(offset) > MAX_UTC_OFFSET:
        raise InvalidValueError(name, expected, shown(value.isoformat()), owner=whose)


def fixed_offset(value: datetime | None) -> datetime | None:
    """An aware date-time with its zone replaced by the offset in force at that instant.

    The formats carry the offset, not the zone's name or rules; holding the
    same in the model makes what is read back identical to what was written.
    """
    if isinstance(value, datetime) and value.tzinfo is not None:
        offset = value.utcoffset()
        if offset is not None:
            return value.replace(tzinfo=timezone(offset), fold=0)
    return value


def wall_time(value: time | None) -> time | None:
    """A time of day without ``fold``, which means nothing without a zone."""
    if isinstance(value, time) and value.fold:
        return value.replace(fold=0)
    return value


def _temporal(value: Any) -> str:
    """A value of the wrong type, as a message shows it: its kind, and its text."""
    return describe_value(value)


#: The texts a pattern has matched are remembered up to this many, each at most
#: REMEMBERED_LENGTH characters: at most about 150 KiB a pattern. A bound on a
#: cache, not on what a document may hold (see hyvaneuvottelu.limits).
REMEMBERED = 1024
REMEMBERED_LENGTH = 64


def remembering(fullmatch: Callable[[str], Any]) -> tuple[set[str], Callable[[str], bool]]:
    """A set of the texts matched so far and a test that fills it: whether a text does
    not match. Bounded: short texts only, and forgotten all at once when it is full.

    The generated readers (JSON and XML) check a pattern through it: the example
    memo matches 120 identifiers, of 44 distinct texts.
    """
    matched: set[str] = set()

    def mismatch(text: str) -> bool:
        if fullmatch(text) is None:
            return True
        if len(text) <= REMEMBERED_LENGTH:
            if len(matched) >= REMEMBERED:
                matched.clear()
            matched.add(text)
        return False

    return matched, mismatch
