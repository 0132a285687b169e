"""Strict wire hooks shared by the fast and the detailed converter.

JSON is not coerced: a number is not a string, a string is not a list. Each
hook raises :class:`WireError` with what was expected and what was found.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time
from enum import Enum
from typing import Any

from .._messages import Message, message, render
from ..limits import MAX_INTEGER_DIGITS

__all__ = [
    "DATETIME_PATTERN",
    "DATE_PATTERN",
    "TIME_PATTERN",
    "WireError",
    "describe",
    "described",
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
    ``expected`` and ``found`` are English; given as messages of the
    catalogues, they are kept as such too, to be shown in any language.
    """

    def __init__(
        self,
        expected: str | Message,
        found: str | Message,
        at: tuple[str | int, ...] = (),
    ) -> None:
        self.expected = render(expected, "en")
        self.found = render(found, "en")
        super().__init__(f"expected {self.expected}, found {self.found}")
        self.expected_message = expected if isinstance(expected, Message) else None
        self.found_message = found if isinstance(found, Message) else None
        self.at = at


def describe(value: Any) -> str:
    """How a JSON value is named in an error message."""
    return render(described(value), "en")


def described(value: Any) -> Message | str:
    """How a JSON value is named in an error message, in any language: a JSON
    literal (``null``, ``true``) is the same in all."""
    if value is None:
        return "null"
    if value is True or value is False:
        return "true" if value else "false"
    if isinstance(value, str):
        return message("found.string", text=quoted(value))
    if isinstance(value, int) and value.bit_length() > _SHOWN_BITS:
        # Python will not turn an integer of thousands of digits into text.
        return message("found.long_number", n=MAX_INTEGER_DIGITS)
    if isinstance(value, int | float):
        return message("found.number", text=repr(value))
    if isinstance(value, list):
        return message("found.array")
    if isinstance(value, dict):
        return message("found.object")
    return type(value).__name__


def quoted(text: str, limit: int = 60) -> str:
    """A text as a message shows it: in double quotes, escaped, shortened past ``limit``."""
    return _quote(text if len(text) <= limit else text[: limit - 3] + "...")


def _quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def structure_str(value: Any, _: Any = None) -> str:
    if type(value) is str:
        return value
    raise WireError(message("expected.string"), described(value))


def structure_int(value: Any, _: Any = None) -> int:
    # JSON has one number type: 611.0 is the integer 611, as JSON Schema says.
    if type(value) is int or (type(value) is float and value.is_integer()):
        if -_INTEGER_BOUND < value < _INTEGER_BOUND:
            return int(value)
        raise WireError(message("expected.integer_digits", n=MAX_INTEGER_DIGITS), described(value))
    raise WireError(message("expected.integer"), described(value))


def structure_bool(value: Any, _: Any = None) -> bool:
    if type(value) is bool:
        return value
    raise WireError(message("expected.boolean"), described(value))


def structure_date(value: Any, _: Any = None) -> date:
    if type(value) is str and _DATE.fullmatch(value):
        try:
            return date.fromisoformat(value)
        except ValueError:
            raise WireError(message("expected.existing_date"), described(value)) from None
    raise WireError(message("expected.date"), described(value))


def structure_time(value: Any, _: Any = None) -> time:
    if type(value) is str and _TIME.fullmatch(value):
        return time.fromisoformat(value)
    raise WireError(message("expected.time"), described(value))


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
                message("expected.datetime_offset_example"),
                message("found.no_offset", what=described(value)),
            )
        try:
            return datetime.fromisoformat(value)
        except ValueError:
            raise WireError(message("expected.existing_datetime"), described(value)) from None
    raise WireError(message("expected.datetime"), described(value))


def structure_enum(enum: type[Enum]) -> Any:
    members = enum._value2member_map_
    codes = ", ".join(_quote(str(v)) for v in members)

    def structure(value: Any, _: Any = None) -> Enum:
        if type(value) is str:
            member = members.get(value)
            if member is not None:
                return member
        raise WireError(message("expected.one_of", codes=codes), described(value))

    return structure
