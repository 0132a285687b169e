"""Python data to JSON bytes (jsonformat._encode): the bytes written by hand for each
indent, with and without orjson, and a lone surrogate refused with its place."""

from __future__ import annotations

from typing import Any

import pytest

from hyvaneuvottelu.errors import OutputError
from hyvaneuvottelu.jsonformat import _encode
from hyvaneuvottelu.jsonformat._encode import encode, encode_stdlib

_DOCUMENT: dict[str, Any] = {"a": [1, {"b": "ä"}], "c": None}

_WRITTEN = {
    None: '{"a":[1,{"b":"ä"}],"c":null}\n',
    0: '{\n"a": [\n1,\n{\n"b": "ä"\n}\n],\n"c": null\n}\n',
    1: '{\n "a": [\n  1,\n  {\n   "b": "ä"\n  }\n ],\n "c": null\n}\n',
    2: '{\n  "a": [\n    1,\n    {\n      "b": "ä"\n    }\n  ],\n  "c": null\n}\n',
    4: (
        '{\n    "a": [\n        1,\n        {\n            "b": "ä"\n        }\n'
        '    ],\n    "c": null\n}\n'
    ),
}


@pytest.mark.parametrize("indent", list(_WRITTEN))
def test_each_indent_is_written_as_the_standard_library_writes_it(indent: int | None) -> None:
    expected = _WRITTEN[indent].encode("utf-8")
    assert encode(_DOCUMENT, indent) == expected
    assert encode_stdlib(_DOCUMENT, indent) == expected


@pytest.mark.parametrize("indent", list(_WRITTEN))
def test_without_orjson_the_standard_library_writes_the_same(
    indent: int | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(_encode, "orjson", None)
    assert encode(_DOCUMENT, indent) == _WRITTEN[indent].encode("utf-8")


@pytest.mark.parametrize("indent", [None, 2, 4])
@pytest.mark.parametrize(
    ("document", "said"),
    [
        (
            {"a": "\ud800"},
            "/a: text cannot be written as UTF-8: it holds the lone surrogate U+D800",
        ),
        (
            {"a": [{"b": "ok"}, "x\udfff"], "c": "\ud801"},
            "/a/1: text cannot be written as UTF-8: it holds the lone surrogate U+DFFF",
        ),
        (
            {"ok": 1, "t": ("y", {"k~/": "\udc00"})},
            "/t/1/k~0~1: text cannot be written as UTF-8: it holds the lone surrogate U+DC00",
        ),
    ],
)
def test_a_lone_surrogate_is_refused_where_it_is_first_found(
    indent: int | None, document: dict[str, Any], said: str
) -> None:
    with pytest.raises(OutputError) as caught:
        encode(document, indent)
    assert str(caught.value) == said


def test_an_integer_past_64_bits_is_written_by_the_standard_library() -> None:
    # orjson refuses it; the readers accept up to 20 digits.
    assert encode({"n": 2**64}, None) == b'{"n":18446744073709551616}\n'
    assert encode({"n": -(2**64)}, 2) == b'{\n  "n": -18446744073709551616\n}\n'
