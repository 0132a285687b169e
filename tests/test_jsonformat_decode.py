"""JSON text to Python data (jsonformat._decode): edges of what it refuses, and how it
says what it found, written by hand."""

from __future__ import annotations

import pytest

from hyvaneuvottelu.errors import DocumentError
from hyvaneuvottelu.jsonformat._decode import decode


def _problems(data: bytes) -> list[tuple[str, str, str]]:
    with pytest.raises(DocumentError) as caught:
        decode(data)
    return [(p.location, p.expected, p.found) for p in caught.value.problems]


def test_a_number_past_a_float_is_shown_whole_up_to_40_characters() -> None:
    forty = "1." + "0" * 34 + "e400"
    assert _problems(b'{"a": ' + forty.encode() + b"}") == [
        ("/a", "a number within the range of a 64-bit float", f"the number {forty}")
    ]
    assert _problems(b'{"a": 1.' + b"0" * 35 + b"e400}") == [
        (
            "/a",
            "a number within the range of a 64-bit float",
            "the number 1.000000000000000000...000000e400 (41 characters)",
        )
    ]
