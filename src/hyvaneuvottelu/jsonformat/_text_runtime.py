"""What the generated JSON text writers call while they write: tables of the
texts of codes and integers, and the writing of what the generator does not know.
"""

from __future__ import annotations

import json
import re
from json.encoder import encode_basestring
from typing import Any

from ..limits import MAX_INTEGER_DIGITS

__all__ = [
    "INTEGERS",
    "Escaped",
    "Integers",
    "dumps_compact",
    "dumps_indented",
    "escape_controls",
    "indented_array",
]


class Escaped(dict[str, str]):
    """Texts as JSON strings, by text: any text missing is escaped when looked up."""

    def __missing__(self, text: str) -> str:
        return encode_basestring(text)


def indented_array(items: Any, inner: str, outer: str) -> str:
    """An indented array of the texts ``items``: each on a line ``inner``, "]" on ``outer``."""
    text = ("," + inner).join(items)
    return "[" + inner + text + outer + "]" if text else "[]"


_BOUND = 10**MAX_INTEGER_DIGITS


class Integers(dict[int, str]):
    """Integers' texts, by integer: one missing is written when looked up, and
    kept while fewer than :data:`_KEPT_INTEGERS` are (years, counts and numbers
    of sentences recur from memo to memo).
    """

    def __missing__(self, value: int) -> str:
        if not -_BOUND < value < _BOUND:
            raise ValueError(f"an integer of more than {MAX_INTEGER_DIGITS} digits")
        text = int.__repr__(value)
        if len(self) < _KEPT_INTEGERS:
            self[value] = text
        return text


#: How many integers' texts are kept at most: a few tens of KiB.
_KEPT_INTEGERS = 1024
INTEGERS = Integers()


def dumps_compact(value: Any) -> str:
    return _unrefused(json.dumps(value, ensure_ascii=False, separators=(",", ":")))


def dumps_indented(value: Any, step: str, nl: str) -> str:
    text = json.dumps(value, ensure_ascii=False, indent=step, separators=(",", ": "))
    # A JSON text holds no raw newline but between its lines: indent them all by nl.
    return _unrefused(text.replace("\n", nl))


def _unrefused(text: str) -> str:
    """``text``, or ValueError where it may hold an integer the readers refuse."""
    if re.search(f"[0-9]{{{MAX_INTEGER_DIGITS + 1}}}", text):
        raise ValueError(f"perhaps an integer of more than {MAX_INTEGER_DIGITS} digits")
    return text


#: The control characters JSON writes escaped, but the newline, and how each is written.
_CONTROLS = tuple(code for code in range(0x20) if code != 0x0A)
_ESCAPES = {code: encode_basestring(chr(code))[1:-1].encode() for code in range(0x20)}


def escape_controls(data: bytes, *, indented: bool = False) -> bytes:
    """``data``, a JSON document ending in its newline, with the control
    characters its raw texts hold escaped as the standard library escapes them.

    A document is written with no control character but newlines (compact,
    its final one alone), and its texts written raw hold no quote, no
    backslash and, ``indented``, no newline (see
    :class:`~._text_writer.TextGenerator`), so each other control character
    found is one of a text, and is escaped where it is. In UTF-8 a byte below
    0x20 is that character alone. Most documents hold none: a search for
    each, which ``memchr`` makes quick, finds that.
    """
    if not any(map(data.__contains__, _CONTROLS)) and (indented or data.find(b"\n", 0, -1) < 0):
        return data
    body = data[:-1]
    for code, escape in _ESCAPES.items():
        if code in body and not (indented and code == 0x0A):
            body = body.replace(bytes((code,)), escape)
    return body + b"\n"
