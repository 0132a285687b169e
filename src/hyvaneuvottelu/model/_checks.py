"""attrs validators for the model's hard single-field invariants.

They raise :class:`~hyvaneuvottelu.errors.InvalidValueError`, which readers
locate in the user's document. Everything that needs context is a rule.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

import attrs

from .._naming import wire_name
from ..errors import InvalidValueError

__all__ = [
    "IDENTIFIER_PATTERN",
    "aware_datetime",
    "identifier",
    "identifiers",
    "matches",
    "matches_int",
    "non_negative",
    "optional",
    "positive",
    "shown",
]

#: Local identifiers: usable as XML IDs and readable in JSON.
IDENTIFIER_PATTERN = r"^[A-Za-z_][A-Za-z0-9_.-]*$"
_IDENTIFIER = re.compile(IDENTIFIER_PATTERN)

Validator = Callable[[Any, "attrs.Attribute[Any]", Any], None]


def _wire(attribute: attrs.Attribute[Any]) -> str:
    return wire_name(attribute.name)


def shown(value: Any) -> str:
    """A value as an error message shows it: strings in double quotes."""
    if isinstance(value, str):
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return repr(value)


def identifier(_instance: Any, attribute: attrs.Attribute[Any], value: str) -> None:
    """A local identifier: a letter or ``_``, then letters, digits, ``_.-``."""
    if not _IDENTIFIER.match(value):
        raise InvalidValueError(
            _wire(attribute),
            "an identifier (a letter or '_', then letters, digits, '_', '.', '-')",
            shown(value),
        )


def identifiers(_instance: Any, attribute: attrs.Attribute[Any], value: Sequence[str]) -> None:
    """Every item of a tuple is a local identifier."""
    for item in value:
        identifier(_instance, attribute, item)


def matches(pattern: str, description: str) -> Validator:
    """The string matches ``pattern`` (described to users as ``description``)."""
    compiled = re.compile(pattern)

    def check(_instance: Any, attribute: attrs.Attribute[Any], value: str) -> None:
        if not compiled.match(value):
            raise InvalidValueError(_wire(attribute), description, shown(value))

    return check


def positive(_instance: Any, attribute: attrs.Attribute[Any], value: int) -> None:
    if value < 1:
        raise InvalidValueError(_wire(attribute), "a positive integer", shown(value))


def non_negative(_instance: Any, attribute: attrs.Attribute[Any], value: int) -> None:
    if value < 0:
        raise InvalidValueError(_wire(attribute), "zero or a positive integer", shown(value))


def aware_datetime(_instance: Any, attribute: attrs.Attribute[Any], value: datetime) -> None:
    """Timestamps must say their offset: archives compare them across systems."""
    if value.tzinfo is None or value.utcoffset() is None:
        raise InvalidValueError(
            _wire(attribute), "a date-time with a UTC offset", f"{value.isoformat()!r} (no offset)"
        )


def optional(check: Validator) -> Validator:
    """Apply ``check`` unless the value is None."""

    def run(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        if value is not None:
            check(instance, attribute, value)

    return run


def matches_int(low: int, high: int, description: str) -> Validator:
    """The integer lies in ``low..high``."""

    def check(_instance: Any, attribute: attrs.Attribute[Any], value: int) -> None:
        if not low <= value <= high:
            raise InvalidValueError(_wire(attribute), description, shown(value))

    return check
