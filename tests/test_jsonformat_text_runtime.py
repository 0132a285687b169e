"""What the generated JSON text writers call (jsonformat._text_runtime), on its own:
arrays, integers' texts, values written by the standard library, control characters."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest

from hyvaneuvottelu.jsonformat._text_runtime import (
    Integers,
    dumps_compact,
    dumps_indented,
    escape_controls,
    indented_array,
)
from hyvaneuvottelu.limits import MAX_INTEGER_DIGITS


def test_an_indented_array_puts_each_item_on_its_own_line() -> None:
    assert indented_array(['"x"', '"y"'], "\n    ", "\n  ") == '[\n    "x",\n    "y"\n  ]'
    assert indented_array(iter(['"x"']), "\n    ", "\n  ") == '[\n    "x"\n  ]'
    assert indented_array([], "\n    ", "\n  ") == "[]"


def test_at_most_1024_integers_texts_are_kept() -> None:
    table = Integers()
    assert [table[i] for i in range(1100)] == [str(i) for i in range(1100)]
    assert len(table) == 1024
    assert table[1099] == "1099"
    assert sorted(table) == list(range(1024))


def test_values_the_generator_does_not_know_are_written_as_the_standard_library_writes() -> None:
    value = {"a": ["ä", 1], "b": {}}
    assert dumps_compact(value) == '{"a":["ä",1],"b":{}}'
    # Indented: one level's step, and the newline and indent of the value's own line.
    assert dumps_indented(value, "  ", "\n    ") == (
        '{\n      "a": [\n        "ä",\n        1\n      ],\n      "b": {}\n    }'
    )
    most = 10**MAX_INTEGER_DIGITS - 1
    assert dumps_compact([most]) == f"[{most}]"
    assert dumps_indented([most], "  ", "\n") == f"[\n  {most}\n]"


@pytest.mark.parametrize("write", [dumps_compact, lambda v: dumps_indented(v, " ", "\n")])
def test_an_integer_the_readers_refuse_is_refused_by_the_standard_library_s_writers(
    write: Callable[[Any], str],
) -> None:
    with pytest.raises(
        ValueError, match=f"^perhaps an integer of more than {MAX_INTEGER_DIGITS} digits$"
    ):
        write({"n": [10**MAX_INTEGER_DIGITS]})


# Each control character JSON escapes but the newline, as the standard library escapes it.
_CONTROLS = [code for code in range(0x20) if code != 0x0A]


@pytest.mark.parametrize("code", _CONTROLS)
def test_each_control_character_alone_is_escaped(code: int) -> None:
    escaped = json.dumps(chr(code))[1:-1].encode()
    assert escaped.startswith(b"\\")
    assert escape_controls(b'{"a":"x' + bytes((code,)) + b'y"}\n') == (
        b'{"a":"x' + escaped + b'y"}\n'
    )
    assert escape_controls(b'{\n  "a": "x' + bytes((code,)) + b'y"\n}\n', indented=True) == (
        b'{\n  "a": "x' + escaped + b'y"\n}\n'
    )


def test_a_newline_alone_in_a_compact_text_is_escaped() -> None:
    assert escape_controls(b'{"a":"x\ny"}\n') == b'{"a":"x\\ny"}\n'
    assert escape_controls(b'{"a":"\n"}\n') == b'{"a":"\\n"}\n'
    plain = b'{"a":"x!y"}\n'
    assert escape_controls(plain) is plain
