"""Strict wire hooks shared by the fast and the detailed converter.

JSON is not coerced: a number is not a string, a string is not a list. Each
hook raises :class:`WireError` with what was expected and what was found.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time
from enum import Enum
from typing import Any

from ..limits import MAX_INTEGER_DIGITS

__all__ = [
    "DATETIME_PATTERN",
    "DATE_PATTERN",
    "TIME_PATTERN",
    "WireError",
    "describe",
    "quoted",
    "structure_bool",
    "structure_date",
    "structure_datetime",
    "structure_enum",
    "structure_int",
    "structure_str",
    "structure_time",
    "unstructure_time",
]

#: Patterns of the wire format, shared with the JSON Schema. They state the
#: model's value space: a date is a day; a time of day is local time in whole
#: seconds, without an offset; a timestamp has an offset of whole minutes
#: within ±14:00 and at most microseconds.
DATE_PATTERN = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
TIME_PATTERN = r"^([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9])?$"
DATETIME_PATTERN = (
    r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\.[0-9]{1,6})?"
    r"(Z|[+-](0[0-9]|1[0-3]):[0-5][0-9]|[+-]14:00)$"
)
#: Integers must stay below this in magnitude: the readers refuse longer ones.
_INTEGER_BOUND = 10**MAX_INTEGER_DIGITS
#: Integers up to this many bits are shown whole in messages.
_SHOWN_BITS = 256
_DATE = re.compile(DATE_PATTERN)
_TIME = re.compile(TIME_PATTERN)
# Laxer than DATETIME_PATTERN on purpose: a missing offset, an hour that does
# not exist or an offset out of range each get a message of their own (the
# last from the model's validator).
_DATETIME = re.compile(
    r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{1,6})?(Z|[+-][0-9]{2}:[0-9]{2})?$"
)


class WireError(Exception):
    """A JSON value is not what the model expects at this place.

    ``at`` is a path of wire tokens below the value being structured (used
    when a hook looks inside an object, such as the ``type`` tag).
    """

    def __init__(self, expected: str, found: str, at: tuple[str | int, ...] = ()) -> None:
        super().__init__(f"expected {expected}, found {found}")
        self.expected = expected
        self.found = found
        self.at = at


def describe(value: Any) -> str:
    """How a JSON value is named in an error message."""
    if value is None:
        return "null"
    if value is True or value is False:
        return "true" if value else "false"
    if isinstance(value, str):
        return f"the string {quoted(value)}"
    if isinstance(value, int) and value.bit_length() > _SHOWN_BITS:
        # Python will not turn an integer of thousands of digits into text.
        return f"a number of more than {MAX_INTEGER_DIGITS} digits"
    if isinstance(value, int | float):
        return f"the number {value!r}"
    if isinstance(value, list):
        return "an array"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


def quoted(text: str, limit: int = 60) -> str:
    """A text as a message shows it: in double quotes, escaped, shortened past ``limit``."""
    return _quote(text if len(text) <= limit else text[: limit - 3] + "...")


def _quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def structure_str(value: Any, _: Any = None) -> str:
    if type(value) is str:
        return value
    raise WireError("a string", describe(value))


def structure_int(value: Any, _: Any = None) -> int:
    # JSON has one number type: 611.0 is the integer 611, as JSON Schema says.
    if type(value) is int or (type(value) is float and value.is_integer()):
        if -_INTEGER_BOUND < value < _INTEGER_BOUND:
            return int(value)
        raise WireError(f"an integer of at most {MAX_INTEGER_DIGITS} digits", describe(value))
    raise WireError("an integer", describe(value))


def structure_bool(value: Any, _: Any = None) -> bool:
    if type(value) is bool:
        return value
    raise WireError("true or false", describe(value))


def structure_date(value: Any, _: Any = None) -> date:
    if type(value) is str and _DATE.fullmatch(value):
        try:
            return date.fromisoformat(value)
        except ValueError:
            raise WireError("a calendar date that exists", describe(value)) from None
    raise WireError("a date as YYYY-MM-DD", describe(value))


def structure_time(value: Any, _: Any = None) -> time:
    if type(value) is str and _TIME.fullmatch(value):
        return time.fromisoformat(value)
    raise WireError("a time of day as HH:MM or HH:MM:SS", describe(value))


def unstructure_time(value: time) -> str:
    """``HH:MM``, or ``HH:MM:SS`` when there are seconds.

    Nothing is dropped: the model refuses fractions of a second and offsets
    (which the wire format has no place for) when the object is made.
    """
    if value.second == 0 and value.microsecond == 0:
        return value.isoformat(timespec="minutes")
    return value.isoformat()


def structure_datetime(value: Any, _: Any = None) -> datetime:
    if type(value) is str and _DATETIME.fullmatch(value):
        if not (value.endswith("Z") or "+" in value[10:] or "-" in value[10:]):
            raise WireError(
                "a date-time with a UTC offset, such as 2025-02-03T10:00:00+02:00",
                describe(value) + " (no offset)",
            )
        try:
            return datetime.fromisoformat(value)
        except ValueError:
            raise WireError("a date-time that exists", describe(value)) from None
    raise WireError("a date-time as YYYY-MM-DDTHH:MM:SS with a UTC offset", describe(value))


def structure_enum(enum: type[Enum]) -> Any:
    members = enum._value2member_map_
    codes = ", ".join(_quote(str(v)) for v in members)

    def structure(value: Any, _: Any = None) -> Enum:
        if type(value) is str:
            member = members.get(value)
            if member is not None:
                return member
        raise WireError(f"one of {codes}", describe(value))

    return structure
