"""Python data to JSON text: canonical UTF-8, the one thing it cannot hold refused.

A text holding a lone surrogate cannot be written as UTF-8: it is refused
with its place. Reading is :mod:`._decode`'s.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

from ..errors import OutputError
from ._problems import Path, pointer

try:
    import orjson
except ImportError:
    # Optional: where the text writers hand over (see to_json), the standard library writes.
    orjson = None  # type: ignore[assignment]  # the module, or None without the extra

__all__ = ["encode", "encode_stdlib"]

_SURROGATE = re.compile("[\ud800-\udfff]")


def encode(document: dict[str, Any], indent: int | None) -> bytes:
    """Canonical JSON bytes: UTF-8, no ASCII escapes, a final newline."""
    if orjson is not None and indent in (None, 2):
        option = orjson.OPT_APPEND_NEWLINE | (orjson.OPT_INDENT_2 if indent == 2 else 0)
        try:
            return orjson.dumps(document, option=option)
        except orjson.JSONEncodeError:
            _refuse_unencodable(document)
            # orjson holds integers to 64 bits; the standard library writes any.
    return encode_stdlib(document, indent)


def encode_stdlib(document: dict[str, Any], indent: int | None) -> bytes:
    """:func:`encode` with the standard library alone."""
    separators = (",", ":") if indent is None else (",", ": ")
    text = json.dumps(document, ensure_ascii=False, indent=indent, separators=separators)
    try:
        return (text + "\n").encode("utf-8")
    except UnicodeEncodeError:
        _refuse_unencodable(document)
        raise


def _refuse_unencodable(document: Any) -> None:
    for path, text in _strings(document):
        if match := _SURROGATE.search(text):
            raise OutputError(
                f"{pointer(path)}: text cannot be written as UTF-8: "
                f"it holds the lone surrogate U+{ord(match.group()):04X}"
            ) from None


def _strings(value: Any, path: Path = ()) -> Iterator[tuple[Path, str]]:
    stack: list[tuple[Path, Any]] = [(path, value)]
    while stack:
        path, value = stack.pop()
        if isinstance(value, str):
            yield path, value
        elif isinstance(value, dict):
            stack.extend(reversed([((*path, key), item) for key, item in value.items()]))
        elif isinstance(value, list | tuple):
            stack.extend(reversed([((*path, index), item) for index, item in enumerate(value)]))
