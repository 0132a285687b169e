"""Joining wrapped lines back into the sentences they were cut from.

A line ending in a hyphen is the hard case. "Karjalohja-Sammatti-Pusula-" +
"alueen" is one word with real hyphens; "yhteis-" + "työ" is one word that a
typesetter split; "sosiaali-" + "ja terveyspalvelut" keeps its hyphen and its
space. Without a dictionary, the memo itself is the evidence: the word is
looked for elsewhere in the same text.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable

from ._lines import SOFT_HYPHEN

__all__ = ["Joiner"]

_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*", re.UNICODE)
#: Words after which "sosiaali- ja terveys" keeps both the hyphen and the space.
_CONJUNCTIONS = frozenset({"ja", "tai", "sekä", "eli", "ynnä", "kuin", "och", "eller", "samt"})
_VOWELS = frozenset("aeiouyäöå")


class Joiner:
    """Joins lines of one memo, judging line-end hyphens by the memo's other words."""

    def __init__(self, texts: Iterable[str]) -> None:
        words: set[str] = set()
        hyphened: set[str] = set()
        for text in texts:
            for match in _WORD.finditer(text.casefold()):
                word = match.group()
                words.update(word.split("-"))
                if "-" in word:
                    hyphened.update(part + "-" for part in word.split("-")[:-1])
        self._sorted = sorted(words)
        self._hyphened = frozenset(hyphened)
        #: Hyphens kept where the memo gave no evidence either way, as "word-" + "next".
        self.unsure: list[str] = []

    def join(self, lines: Iterable[str]) -> str:
        """The lines as one text: wrapped lines joined by a space, split words mended."""
        text = ""
        for line in lines:
            if not text:
                text = line
            elif text.endswith(SOFT_HYPHEN):
                text = text[:-1] + line
            elif text.endswith("-") and _ends_in_word(text) and line[:1].isalnum():
                text = self._hyphen(text, line)
            else:
                text = f"{text} {line}"
        return text.removesuffix(SOFT_HYPHEN)

    def _hyphen(self, text: str, line: str) -> str:
        before = _last_word(text[:-1])
        after = line.split(" ", 1)[0]
        after_word = _first_word(after)
        if after.casefold() in _CONJUNCTIONS:
            return f"{text} {line}"
        if (
            not after[:1].islower()
            or not before
            or not before.isalpha()
            or before != before.lower()
        ):
            # "TE-" + "palvelut", "2025-" + "2029", "Pusula-" + "alueen": a real hyphen.
            return text + line
        lower = before.casefold()
        if lower[-1] in _VOWELS and lower[-1] == after_word[:1].casefold():
            # Finnish writes a hyphen where two equal vowels meet: "kauppa-alue".
            return text + line
        if lower + "-" in self._hyphened:
            return text + line
        if self._has_prefix(lower + after_word[:3].casefold()):
            return text[:-1] + line
        self.unsure.append(f"{before}-{after_word}")
        return text + line

    def _has_prefix(self, prefix: str) -> bool:
        index = bisect.bisect_left(self._sorted, prefix)
        return index < len(self._sorted) and self._sorted[index].startswith(prefix)


def _ends_in_word(text: str) -> bool:
    return len(text) >= 2 and text[-2].isalnum()


def _last_word(text: str) -> str:
    match = re.search(r"([^\W_]+)$", text)
    return match.group(1) if match else ""


def _first_word(text: str) -> str:
    match = re.match(r"[^\W\d_]+", text)
    return match.group() if match else ""
