"""The JSON wire hooks and the encoder's layout, at their edges, with messages by hand."""

from __future__ import annotations

import datetime as dt
from enum import Enum
from typing import Any

import pytest

from hyvaneuvottelu.jsonformat._encode import encode, encode_stdlib
from hyvaneuvottelu.jsonformat._wire import (
    WireError,
    describe,
    quoted,
    structure_bool,
    structure_date,
    structure_datetime,
    structure_enum,
    structure_int,
    structure_str,
    structure_time,
    unstructure_time,
)


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        (None, "null"),
        (True, "true"),
        (False, "false"),
        ("", 'the string ""'),
        ('say "hi"\\', 'the string "say \\"hi\\"\\\\"'),
        (0, "the number 0"),
        (-7, "the number -7"),
        (1.5, "the number 1.5"),
        (2**256 - 1, f"the number {2**256 - 1}"),
        (2**256, "a number of more than 20 digits"),
        (-(2**256), "a number of more than 20 digits"),
        ([], "an array"),
        ({}, "an object"),
        ((), "tuple"),
    ],
)
def test_describe_names_each_json_value(value: Any, shown: str) -> None:
    assert describe(value) == shown


def test_quoted_shows_sixty_characters_whole_and_shortens_the_sixty_first() -> None:
    assert quoted("a" * 60) == '"' + "a" * 60 + '"'
    assert quoted("a" * 61) == '"' + "a" * 57 + '..."'
    assert quoted("abcdef", limit=5) == '"ab..."'
    assert quoted("abcde", limit=5) == '"abcde"'


def test_quoted_escapes_quotes_and_backslashes_after_shortening() -> None:
    assert quoted('"\\') == '"\\"\\\\"'
    assert quoted('"' * 61) == '"' + '\\"' * 57 + '..."'


def _refused(hook: Any, value: Any) -> str:
    with pytest.raises(WireError) as caught:
        hook(value)
    return str(caught.value)


def test_strings_and_flags_are_not_coerced() -> None:
    assert structure_str("x") == "x"
    assert _refused(structure_str, 1) == "expected a string, found the number 1"
    assert structure_bool(False) is False
    assert _refused(structure_bool, 0) == "expected true or false, found the number 0"


def test_integers_up_to_twenty_digits_either_way() -> None:
    largest = 10**20 - 1
    assert structure_int(largest) == largest
    assert structure_int(-largest) == -largest
    assert structure_int(611.0) == 611
    assert type(structure_int(611.0)) is int
    assert _refused(structure_int, 10**20) == (
        f"expected an integer of at most 20 digits, found the number {10**20}"
    )
    assert _refused(structure_int, -(10**20)) == (
        f"expected an integer of at most 20 digits, found the number {-(10**20)}"
    )
    assert _refused(structure_int, 1.5) == "expected an integer, found the number 1.5"
    assert _refused(structure_int, True) == "expected an integer, found true"
    assert _refused(structure_int, "1") == 'expected an integer, found the string "1"'


def test_dates() -> None:
    assert structure_date("2025-02-28") == dt.date(2025, 2, 28)
    assert _refused(structure_date, "2025-02-29") == (
        'expected a calendar date that exists, found the string "2025-02-29"'
    )
    assert _refused(structure_date, "2025-2-28") == (
        'expected a date as YYYY-MM-DD, found the string "2025-2-28"'
    )
    assert _refused(structure_date, 20250228) == (
        "expected a date as YYYY-MM-DD, found the number 20250228"
    )


def test_times_of_day() -> None:
    assert structure_time("09:05") == dt.time(9, 5)
    assert structure_time("23:59:59") == dt.time(23, 59, 59)
    assert _refused(structure_time, "24:00") == (
        'expected a time of day as HH:MM or HH:MM:SS, found the string "24:00"'
    )
    assert _refused(structure_time, None) == (
        "expected a time of day as HH:MM or HH:MM:SS, found null"
    )
    assert unstructure_time(dt.time(9, 5)) == "09:05"
    assert unstructure_time(dt.time(9, 5, 1)) == "09:05:01"


@pytest.mark.parametrize(
    ("text", "offset"),
    [
        ("2025-02-03T10:00:00Z", dt.timedelta(0)),
        ("2025-02-03T10:00:00+02:00", dt.timedelta(hours=2)),
        ("2025-02-03T10:00:00-03:30", -dt.timedelta(hours=3, minutes=30)),
        ("2025-02-03T10:00:00.123456+14:00", dt.timedelta(hours=14)),
    ],
)
def test_date_times_with_an_offset(text: str, offset: dt.timedelta) -> None:
    value = structure_datetime(text)
    assert value.utcoffset() == offset
    assert (value.year, value.month, value.day, value.hour) == (2025, 2, 3, 10)


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (
            "2025-02-03T10:00:00",
            "expected a date-time with a UTC offset, such as 2025-02-03T10:00:00+02:00, "
            'found the string "2025-02-03T10:00:00" (no offset)',
        ),
        (
            "2025-02-30T10:00:00Z",
            'expected a date-time that exists, found the string "2025-02-30T10:00:00Z"',
        ),
        (
            "2025-02-03T25:00:00+02:00",
            'expected a date-time that exists, found the string "2025-02-03T25:00:00+02:00"',
        ),
        (
            "2025-02-03 10:00:00Z",
            "expected a date-time as YYYY-MM-DDTHH:MM:SS with a UTC offset, "
            'found the string "2025-02-03 10:00:00Z"',
        ),
        (
            1,
            "expected a date-time as YYYY-MM-DDTHH:MM:SS with a UTC offset, found the number 1",
        ),
    ],
)
def test_date_times_refused(value: Any, message: str) -> None:
    assert _refused(structure_datetime, value) == message


class _Colour(Enum):
    RED = "red"
    DARK_BLUE = 'dark "blue"'


def test_enums_by_their_codes_only() -> None:
    hook = structure_enum(_Colour)
    assert hook("red") is _Colour.RED
    assert _refused(hook, "RED") == (
        'expected one of "red", "dark \\"blue\\"", found the string "RED"'
    )
    assert _refused(hook, ["red"]) == ('expected one of "red", "dark \\"blue\\"", found an array')


DOCUMENT = {"a": [1, "ä"], "b": {}}


@pytest.mark.parametrize(
    ("indent", "expected"),
    [
        (None, '{"a":[1,"ä"],"b":{}}\n'),
        (0, '{\n"a": [\n1,\n"ä"\n],\n"b": {}\n}\n'),
        (1, '{\n "a": [\n  1,\n  "ä"\n ],\n "b": {}\n}\n'),
        (2, '{\n  "a": [\n    1,\n    "ä"\n  ],\n  "b": {}\n}\n'),
        (3, '{\n   "a": [\n      1,\n      "ä"\n   ],\n   "b": {}\n}\n'),
    ],
)
def test_the_layout_of_each_indent(indent: int | None, expected: str) -> None:
    assert encode(DOCUMENT, indent) == expected.encode("utf-8")
    assert encode_stdlib(DOCUMENT, indent) == expected.encode("utf-8")
