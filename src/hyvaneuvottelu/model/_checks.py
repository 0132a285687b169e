"""attrs validators for the model's hard single-field invariants.

They raise :class:`~hyvaneuvottelu.errors.InvalidValueError`, which readers
locate in the user's document. Everything that needs context is a rule.

The validators are small objects whose parameters (``pattern``, ``minimum``,
``maximum``) can be read back, so the published schemas are generated from
the same constraints the model enforces.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime
from typing import Any

import attrs

from .._naming import wire_name
from ..errors import InvalidValueError

__all__ = [
    "IDENTIFIER_PATTERN",
    "Each",
    "IntRange",
    "Matches",
    "Optional",
    "aware_datetime",
    "identifier",
    "identifiers",
    "matches",
    "matches_int",
    "optional",
    "positive",
    "shown",
]

#: Local identifiers: usable as XML IDs and readable in JSON.
IDENTIFIER_PATTERN = r"^[A-Za-z_][A-Za-z0-9_.-]*$"


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
            raise InvalidValueError(wire_name(attribute.name), self.description, shown(value))


@attrs.frozen
class IntRange:
    """The integer lies in ``minimum..maximum`` (``maximum`` None: no bound)."""

    minimum: int
    maximum: int | None
    description: str

    def __call__(self, _instance: Any, attribute: attrs.Attribute[Any], value: int) -> None:
        if value < self.minimum or (self.maximum is not None and value > self.maximum):
            raise InvalidValueError(wire_name(attribute.name), self.description, shown(value))


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


def aware_datetime(_instance: Any, attribute: attrs.Attribute[Any], value: datetime) -> None:
    """Timestamps must say their offset: archives compare them across systems."""
    if value.tzinfo is None or value.utcoffset() is None:
        raise InvalidValueError(
            wire_name(attribute.name),
            "a date-time with a UTC offset",
            f"{value.isoformat()!r} (no offset)",
        )
