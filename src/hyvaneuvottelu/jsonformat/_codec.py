"""JSON text to Python data and back: strict where the standard library is lenient.

Reading refuses invalid UTF-8, repeated keys and lone surrogates, each with
its place. Writing uses orjson when it is installed (the ``fast`` extra),
which gives the same bytes as the standard library, measured faster.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

from ..errors import DocumentError, OutputError, Problem
from ._problems import pointer

try:
    import orjson
except ImportError:
    # Optional (the "fast" extra): without it the standard library writes.
    orjson = None  # type: ignore[assignment]

__all__ = ["decode", "encode", "encode_stdlib"]

_ESCAPED_SURROGATE = re.compile(rb"\\u[dD][89a-fA-F]")
_SURROGATE = re.compile("[\ud800-\udfff]")


def encode(document: dict[str, Any], indent: int | None) -> bytes:
    """Canonical JSON bytes: UTF-8, no ASCII escapes, a final newline."""
    if orjson is not None and indent in (None, 2):
        option = orjson.OPT_APPEND_NEWLINE | (orjson.OPT_INDENT_2 if indent == 2 else 0)
        try:
            return orjson.dumps(document, option=option)
        except orjson.JSONEncodeError:
            _refuse_unencodable(document)
            raise
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


def _strings(
    value: Any, path: tuple[str | int, ...] = ()
) -> Iterator[tuple[tuple[str | int, ...], str]]:
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _strings(item, (*path, key))
    elif isinstance(value, list | tuple):
        for index, item in enumerate(value):
            yield from _strings(item, (*path, index))


def decode(data: bytes | str) -> Any:
    """Python data from JSON text, refusing what would lose or garble data."""
    if isinstance(data, bytes | bytearray | memoryview):
        raw = bytes(data)
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            line = raw.count(b"\n", 0, exc.start) + 1
            column = exc.start - raw.rfind(b"\n", 0, exc.start)
            raise DocumentError(
                [
                    Problem(
                        location=f"line {line}, column {column} (byte {exc.start})",
                        expected="UTF-8 text",
                        found=f"the byte 0x{raw[exc.start]:02x}, which is not UTF-8",
                    )
                ]
            ) from None
    else:
        text = data
        raw = None
    text = text.removeprefix("\ufeff")
    duplicates = _DuplicateKeys()
    try:
        document = json.loads(text, object_pairs_hook=duplicates)
    except json.JSONDecodeError as exc:
        raise DocumentError(
            [
                Problem(
                    location=f"line {exc.lineno}, column {exc.colno}",
                    expected="JSON",
                    found=exc.msg,
                )
            ]
        ) from None
    except RecursionError:
        raise DocumentError(
            [
                Problem(
                    location="/",
                    expected="JSON nested to a reasonable depth",
                    found="nesting too deep",
                )
            ]
        ) from None
    if duplicates.found:
        raise DocumentError(_locate_duplicates(document, duplicates.found))
    escaped = _ESCAPED_SURROGATE.search(raw) if raw is not None else _SURROGATE.search(text)
    if escaped:
        _refuse_surrogates(document)
    return document


def _refuse_surrogates(document: Any) -> None:
    # json.loads joins escaped surrogate pairs; what remains is a lone half,
    # which no UTF-8 file (and no XML) can hold.
    problems = [
        Problem(
            location=pointer(path),
            expected="text of Unicode characters",
            found=f"the lone surrogate U+{ord(match.group()):04X}",
        )
        for path, text in _strings(document)
        if (match := _SURROGATE.search(text))
    ]
    if problems:
        raise DocumentError(problems)


class _DuplicateKeys:
    """Remembers objects that repeated a key, to locate them after parsing."""

    def __init__(self) -> None:
        self.found: list[tuple[dict[str, Any], str]] = []

    def __call__(self, pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        result = dict(pairs)
        if len(result) != len(pairs):
            seen: set[str] = set()
            for key, _ in pairs:
                if key in seen:
                    self.found.append((result, key))
                seen.add(key)
        return result


def _locate_duplicates(document: Any, found: list[tuple[dict[str, Any], str]]) -> list[Problem]:
    wanted = {id(obj): key for obj, key in found}
    problems: list[Problem] = []
    stack: list[tuple[tuple[str | int, ...], Any]] = [((), document)]
    while stack:
        path, value = stack.pop()
        if isinstance(value, dict):
            if id(value) in wanted:
                key = wanted[id(value)]
                problems.append(
                    Problem(
                        location=pointer((*path, key)),
                        expected="each key once in an object",
                        found=f'the key "{key}" more than once',
                    )
                )
            stack.extend(((*path, k), v) for k, v in value.items())
        elif isinstance(value, list):
            stack.extend(((*path, i), v) for i, v in enumerate(value))
    return sorted(problems, key=lambda p: p.location)
