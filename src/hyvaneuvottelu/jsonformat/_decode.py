"""JSON text to Python data: strict where the standard library is lenient.

Reading refuses invalid UTF-8, repeated keys, lone surrogates, NaN and
Infinity, numbers no field can hold, texts longer than the limit and nesting
deeper than the limit, each with its place (:mod:`hyvaneuvottelu.limits`).
With the ``fast`` extra, :func:`fast_decode` reads with jiter (the parser
pydantic uses), which refuses repeated keys itself; what it refuses, and
whatever the fast reader then refuses, is read again by :func:`decode`, so
the results and the problems are the same, byte for byte. Writing is
:mod:`._encode`'s.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterator
from itertools import islice
from types import ModuleType
from typing import Any

from .._messages import recognise_found
from ..errors import DocumentError, Problem
from ..limits import MAX_DEPTH, MAX_INPUT_BYTES, MAX_INTEGER_DIGITS, MAX_PROBLEMS, MAX_TEXT
from ._limits import SECTION_SLACK
from ._problems import Path, pointer
from ._wire import quoted

jiter: ModuleType | None
try:
    import jiter
except ImportError:
    # Optional (the "fast" extra): without it the standard library reads.
    jiter = None

__all__ = ["UNDECIDED", "decode", "fast_decode", "refuse_deep"]

_ESCAPED_SURROGATE = re.compile(rb"\\u[dD][89a-fA-F]")
_ESCAPED_SURROGATE_TEXT = re.compile(r"\\u[dD][89a-fA-F]")
_SURROGATE = re.compile("[\ud800-\udfff]")
#: Each byte as the shape of a number sees it: a digit "0", an exponent "e",
#: a sign "+", anything else " ".
_NUMBER_SHAPE = bytes(
    ord("0")
    if chr(i) in "0123456789"
    else ord("e")
    if chr(i) in "eE"
    else ord("+")
    if chr(i) in "+-"
    else ord(" ")
    for i in range(256)
)
_LONG_RUN = b"0" * (MAX_INTEGER_DIGITS + 1)
#: A string, or a bracket outside strings: enough to find where nesting gets too deep.
_NESTING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"|[\[\]{}]', re.DOTALL)


def decode(data: bytes | str) -> Any:
    """Python data from JSON text, refusing what would lose or garble data.

    Raises :class:`DocumentError` listing the problems, each with its place.
    """
    # Any other input is refused before it comes here (hyvaneuvottelu._input).
    raw: bytes | None = None
    if isinstance(data, str):
        _refuse_size(len(data))
        text = data
    else:
        raw = bytes(data)
        _refuse_size(len(raw))
        text = _utf8(raw)
    text = text.removeprefix("\ufeff")
    hooks = _Hooks()
    # The number hooks cost a call per number: a million numbers, seconds.
    numbers = _large_numbers(raw if raw is not None else text.encode("utf-8", "surrogatepass"))
    try:
        document = json.loads(
            text,
            object_pairs_hook=hooks.object,
            parse_int=hooks.integer if numbers else None,
            parse_float=hooks.number if numbers else None,
            parse_constant=hooks.constant,
        )
    except json.JSONDecodeError as exc:
        # The decoder's own words ("Expecting value") are said as the catalogue says
        # them, in English too; one it does not know is framed as the parser's.
        found = recognise_found(exc.msg, "JSON")
        where = f"line {exc.lineno}, column {exc.colno}"
        raise DocumentError([Problem.of(where, "JSON", found)]) from None
    except RecursionError:
        raise DocumentError([_too_deep_in(text)]) from None
    # json.loads joins escaped pairs; a lone half may be escaped, or (in a str) raw.
    if raw is not None:
        surrogates = _ESCAPED_SURROGATE.search(raw) is not None
    else:
        surrogates = bool(_SURROGATE.search(text) or _ESCAPED_SURROGATE_TEXT.search(text))
    checks = _Checks(
        duplicates={id(obj): keys for obj, keys in hooks.duplicates},
        surrogates=surrogates,
        long_texts=len(text) > MAX_TEXT,
    )
    if hooks.refused or checks.duplicates or _suspect_texts(document, checks):
        _raise_problems(_problems(document, checks))
    return document


#: What :func:`fast_decode` returns where it leaves the decision to :func:`decode`.
UNDECIDED = object()
_BOM = "\ufeff".encode()


def fast_decode(raw: bytes) -> Any:
    """Python data from JSON bytes with jiter (the ``fast`` extra), or :data:`UNDECIDED`:
    without jiter, for invalid JSON or UTF-8, repeated keys, NaN, lone surrogates,
    nesting jiter will not follow, and a document longer than the longest text.

    Faster than :func:`decode`, and not as strict: the data may hold an integer
    longer than the limit, or a float past the range (as infinity). A caller
    accepts it only when a reader that refuses those accepts all of it, and
    otherwise reads the bytes again with :func:`decode`, which locates them.
    """
    if jiter is None:
        return UNDECIDED
    body = raw[len(_BOM) :] if raw.startswith(_BOM) else raw
    # A text may be too long only in a longer document.
    if len(body) > MAX_TEXT or len(raw) > MAX_INPUT_BYTES:
        return UNDECIDED
    try:
        # Every string of at most 64 bytes is looked up in jiter's process-wide cache
        # (at most 16,384 of them, as pydantic does): the identifiers, codes and short
        # texts repeated in and across memos are made once, and their hashes with them.
        # About 5% of from_json on the example memo; short texts of a memo read may
        # stay in the cache after the call (jiter.cache_clear() empties it).
        return jiter.from_json(
            body, allow_inf_nan=False, catch_duplicate_keys=True, cache_mode="all"
        )
    except ValueError:
        return UNDECIDED


def refuse_deep(document: dict[str, Any]) -> None:
    """Refuse a document nested deeper than :data:`MAX_DEPTH`, where it gets too deep.

    Only sections nest without bound in a memo, and the converter descends
    nothing but the memo's own structure: deeper junk is refused for what it
    is. So the sections are looked at first, level by level, and the whole
    document only when they come near the limit.
    """
    level: list[Any] = [document]
    key = "sections"
    depth = 1
    while level:
        if depth + SECTION_SLACK > MAX_DEPTH:
            _raise_problems(
                _problems(document, _Checks(duplicates={}, surrogates=False, long_texts=False))
            )
            return
        below: list[Any] = []
        for value in level:
            items = value.get(key) if type(value) is dict else None
            if type(items) is list:
                below.extend(items)
        level, key, depth = below, "subsections", depth + 2


def _large_numbers(raw: bytes) -> bool:
    """Whether ``raw`` may hold an integer longer than the limit or a number past a
    64-bit float: a run of more digits than an integer may have, or an exponent
    of three digits. A translation and plain searches, much faster than a pattern.
    """
    shape = raw.translate(_NUMBER_SHAPE)
    return _LONG_RUN in shape or b"e000" in shape or b"e+000" in shape


def _raise_problems(problems: Iterator[Problem]) -> None:
    """Raise a :class:`DocumentError` of ``problems``, if there are any; stop past the limit."""
    found = list(islice(problems, MAX_PROBLEMS + 1))
    if found:
        raise DocumentError(found, stopped=len(found) > MAX_PROBLEMS)


def _refuse_size(size: int) -> None:
    if size > MAX_INPUT_BYTES:
        raise DocumentError(
            [
                Problem(
                    location="/",
                    expected=f"a document of at most {MAX_INPUT_BYTES} bytes",
                    found=f"{size} bytes",
                )
            ]
        )


def _utf8(raw: bytes) -> str:
    try:
        return raw.decode("utf-8")
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


class _Refused:
    """Stands in for a number the reader refuses, to be located after parsing."""

    __slots__ = ("expected", "found")

    def __init__(self, expected: str, found: str) -> None:
        self.expected = expected
        self.found = found


def _shown_number(text: str) -> str:
    return text if len(text) <= 40 else f"{text[:20]}...{text[-10:]} ({len(text)} characters)"


class _Hooks:
    """The parser's hooks: remember repeated keys, refuse numbers no field can hold."""

    def __init__(self) -> None:
        self.duplicates: list[tuple[dict[str, Any], list[str]]] = []
        self.refused = False

    def object(self, pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        result = dict(pairs)
        if len(result) != len(pairs):
            seen: set[str] = set()
            repeated: list[str] = []
            for key, _ in pairs:
                if key in seen and key not in repeated:
                    repeated.append(key)
                seen.add(key)
            self.duplicates.append((result, repeated))
        return result

    def integer(self, text: str) -> int | _Refused:
        digits = len(text) - text.startswith("-")
        if digits > MAX_INTEGER_DIGITS:
            self.refused = True
            return _Refused(
                f"an integer of at most {MAX_INTEGER_DIGITS} digits",
                f"a number of {digits} digits",
            )
        return int(text)

    def number(self, text: str) -> float | _Refused:
        value = float(text)
        if math.isinf(value):
            self.refused = True
            return _Refused(
                "a number within the range of a 64-bit float",
                f"the number {_shown_number(text)}",
            )
        return value

    def constant(self, name: str) -> _Refused:
        self.refused = True
        return _Refused("a JSON value (NaN and Infinity are not JSON numbers)", name)


class _Checks:
    """What the walk over a parsed document looks for beyond refused numbers and depth."""

    def __init__(self, *, duplicates: dict[int, list[str]], surrogates: bool, long_texts: bool):
        #: Repeated keys, by the id of the object that repeated them.
        self.duplicates = duplicates
        self.surrogates = surrogates
        self.long_texts = long_texts


def _suspect_texts(document: Any, checks: _Checks) -> bool:
    """Whether a text may be too long, or a key or a text hold a lone surrogate:
    a walk without paths, level by level, the types of each level looked at in C.
    """
    if not (checks.long_texts or checks.surrogates):
        return False
    # The document as the one item of a list: a document that is one text is
    # looked at too. Each level below holds only objects and arrays.
    level: list[Any] = [[document]]
    while level:
        below: list[Any] = []
        for value in level:
            if type(value) is dict:
                if checks.surrogates and any(_SURROGATE.search(key) for key in value):
                    return True
                items: Any = value.values()
            else:
                items = value
            kinds = set(map(type, items))
            if dict in kinds or list in kinds:
                below.extend(item for item in items if type(item) in (dict, list))
            if str in kinds:
                texts = [item for item in items if type(item) is str]
                if checks.long_texts and max(map(len, texts)) > MAX_TEXT:
                    return True
                if checks.surrogates and any(_SURROGATE.search(text) for text in texts):
                    return True
        level = below
    return False


def _problems(document: Any, checks: _Checks) -> Iterator[Problem]:
    """Every problem in the parsed document, in document order, each with its pointer."""
    stack: list[tuple[Path, Any, int]] = [((), document, 1)]
    while stack:
        path, value, depth = stack.pop()
        kind = type(value)
        if kind is dict or kind is list:
            if depth > MAX_DEPTH:
                yield Problem(
                    location=pointer(path),
                    expected=f"arrays and objects nested at most {MAX_DEPTH} deep",
                    found=f"{'an object' if kind is dict else 'an array'} at depth {depth}",
                )
                continue
            if kind is dict:
                yield from _key_problems(path, value, checks)
                items = [
                    ((*path, key), item, depth + 1)
                    for key, item in value.items()
                    if not (checks.surrogates and _SURROGATE.search(key))
                ]
            else:
                items = [((*path, index), item, depth + 1) for index, item in enumerate(value)]
            stack.extend(reversed(items))
        elif kind is _Refused:
            yield Problem(location=pointer(path), expected=value.expected, found=value.found)
        elif kind is str:
            if checks.surrogates and (match := _SURROGATE.search(value)):
                yield Problem(
                    location=pointer(path),
                    expected="text of Unicode characters",
                    found=f"the lone surrogate U+{ord(match.group()):04X}",
                )
            elif checks.long_texts and len(value) > MAX_TEXT:
                yield Problem(
                    location=pointer(path),
                    expected=f"a text of at most {MAX_TEXT} characters",
                    found=f"{len(value)} characters",
                )


def _key_problems(path: Path, value: dict[str, Any], checks: _Checks) -> Iterator[Problem]:
    for key in checks.duplicates.get(id(value), ()):
        yield Problem(
            location=pointer((*path, key)),
            expected="each key once in an object",
            found=f"the key {quoted(key)} more than once",
        )
    if checks.surrogates:
        # The key cannot be shown in the pointer: name the object that holds it.
        for key in value:
            if match := _SURROGATE.search(key):
                yield Problem(
                    location=pointer(path),
                    expected="keys of Unicode characters",
                    found=f"a key holding the lone surrogate U+{ord(match.group()):04X}",
                )


def _too_deep_in(text: str) -> Problem:
    """Where nesting first gets deeper than the limit, for text too deep to parse."""
    depth = 0
    for match in _NESTING.finditer(text):
        bracket = match.group()
        if bracket in {"[", "{"}:
            depth += 1
            if depth > MAX_DEPTH:
                at = match.start()
                line = text.count("\n", 0, at) + 1
                column = at - text.rfind("\n", 0, at)
                return Problem(
                    location=f"line {line}, column {column}",
                    expected=f"arrays and objects nested at most {MAX_DEPTH} deep",
                    found=f"{'an object' if bracket == '{' else 'an array'} at depth {depth}",
                )
        elif bracket in {"]", "}"}:
            depth -= 1
    return Problem(
        location="/",
        expected=f"arrays and objects nested at most {MAX_DEPTH} deep",
        found="nesting deeper than the parser can follow",
    )
