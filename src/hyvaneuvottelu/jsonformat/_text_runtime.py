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
