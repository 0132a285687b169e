"""Text normalisation: lines as a person reads them, without page furniture.

Text extracted from a PDF or pasted from Word carries what is not the memo:
CRLF line ends, form feeds between pages, page numbers and the organisation's
letterhead repeated on every page, ligatures, soft hyphens, no-break spaces,
control characters. This module turns any of that into plain lines, each
with its place in the source, and says what it dropped.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Sequence

import attrs

from ._result import ImportNote, NoteKind, note_text

__all__ = ["SOFT_HYPHEN", "Line", "normalise_pages", "text_lines"]

#: Kept at the end of a line where the source had a soft hyphen: the word was split there.
SOFT_HYPHEN = "\u00ad"


@attrs.frozen
class Line:
    """One line of the source, cleaned; ``text`` is empty for a blank line."""

    text: str
    #: Where the line is in the source: "line 12", "paragraph 4", "page 2, line 7".
    where: str


#: Spaces of every width become one space.
_SPACES = re.compile(r"[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
#: Characters that are not text: controls (but tab), lone surrogates, non-characters,
#: invisible joiners.
_NOT_TEXT = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200d\u2060\ud800-\udfff\ufeff\ufffe\uffff]"
)
#: Bullets that Word's symbol fonts leave in the private use area.
_PRIVATE_BULLETS = str.maketrans(dict.fromkeys("\uf0b7\uf0a7\uf076\uf0d8\uf0fc", "•"))
_LIGATURES = str.maketrans(
    {c: unicodedata.normalize("NFKC", c) for c in "\ufb00\ufb01\ufb02\ufb03\ufb04\ufb05\ufb06"}
)

#: A line that is only a page number: "2", "2 (3)", "2/3", "Sivu 2", "- 2 -".
_PAGE_NUMBER = re.compile(
    r"(?:(?:sivu|sida|page|s\.)\s*)?(?:[-–]\s*)?\(?\d{1,4}\)?(?:\s*[-–])?"
    r"(?:\s*(?:/|\(|av|of)\s*\d{1,4}\s*\)?)?",
    re.IGNORECASE,
)
#: A page marker no memo text would hold: "2 (3)", "2/3" after "sivu", "Sivu 2".
_PAGE_MARKER = re.compile(
    r"(?:\b\d{1,4}\s*\(\d{1,4}\)$)|(?:\b(?:sivu|sida|page)\s*\d{1,4}(?:\s*(?:/|av|of)\s*\d{1,4})?$)",
    re.IGNORECASE,
)
#: How many non-blank lines at the top and at the bottom of a page can be furniture.
_EDGE = 3


def clean(text: str) -> str:
    """One line's text: NFC, one space between words, no invisible or control characters."""
    text = unicodedata.normalize("NFC", text.translate(_PRIVATE_BULLETS).translate(_LIGATURES))
    ends_split = text.rstrip().endswith(SOFT_HYPHEN)
    text = _NOT_TEXT.sub("", text.replace(SOFT_HYPHEN, ""))
    text = _SPACES.sub(" ", text).strip()
    return text + SOFT_HYPHEN if ends_split and text else text


def text_lines(text: str) -> tuple[list[Line], list[ImportNote]]:
    """The lines of a plain text; form feeds separate pages."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    pages: list[list[tuple[str, str]]] = [[]]
    for number, raw in enumerate(text.split("\n"), start=1):
        parts = raw.split("\f")
        for index, part in enumerate(parts):
            if index:
                pages.append([])
            if part or index == 0 or index == len(parts) - 1:
                pages[-1].append((part, f"line {number}"))
    return normalise_pages(pages)


def normalise_pages(
    pages: Sequence[Sequence[tuple[str, str]]],
) -> tuple[list[Line], list[ImportNote]]:
    """Clean every line, drop page furniture, and join the pages into one run of lines.

    ``pages`` holds ``(raw text, where)`` pairs. Blank lines at the foot and
    head of a page are dropped with it: a page break is not a paragraph break.
    """
    notes: list[ImportNote] = []
    cleaned = [[_cleaned(raw, where, notes) for raw, where in page] for page in pages]
    furniture = _furniture(cleaned)
    removed: dict[str, list[Line]] = {}
    lines: list[Line] = []
    for page_number, page in enumerate(cleaned):
        kept = [line for line in page if _key(line.text) not in furniture or not line.text]
        for line in page:
            if line.text and _key(line.text) in furniture:
                removed.setdefault(_key(line.text), []).append(line)
        if page_number:
            while lines and not lines[-1].text:
                lines.pop()
            while kept and not kept[0].text:
                kept.pop(0)
        lines.extend(kept)
    for found in removed.values():
        first = found[0]
        notes.append(
            ImportNote(
                kind=NoteKind.REMOVED,
                location=first.where,
                text=(
                    note_text("furniture_repeated", n=len(found), text=first.text)
                    if len(found) > 1
                    else note_text("furniture", text=first.text)
                ),
            )
        )
    return lines, notes


def _cleaned(raw: str, where: str, notes: list[ImportNote]) -> Line:
    text = clean(raw)
    dropped = len(_NOT_TEXT.findall(raw.replace("\t", " ")))
    if dropped:
        notes.append(
            ImportNote(
                kind=NoteKind.REMOVED,
                location=where,
                text=note_text("invisible.one" if dropped == 1 else "invisible.other", n=dropped),
            )
        )
    return Line(text, where)


def _key(text: str) -> str:
    """Lines that differ only in their digits (page numbers, dates) share a key."""
    return re.sub(r"\d+", "#", text.casefold())


def _furniture(pages: list[list[Line]]) -> frozenset[str]:
    """Keys of the lines that are page furniture, not memo text."""
    found: set[str] = set()
    several = len(pages) >= 2
    for page in pages:
        filled = [line for line in page if line.text]
        for line in filled[:1] + filled[-1:]:
            # A bare number is a page number only where there are pages to number.
            if _PAGE_NUMBER.fullmatch(line.text) and (several or not line.text.isdigit()):
                found.add(_key(line.text))
    if several:
        # Peel lines off the top (and the foot) of the pages while the same line
        # stands there on at least half of them.
        needed = max(2, (len(pages) + 1) // 2)
        for side in (1, -1):
            for _ in range(_EDGE):
                counts = Counter(
                    key for page in pages if (key := _next_key(page, side, found)) is not None
                )
                new = {key for key, count in counts.items() if count >= needed}
                if not new:
                    break
                found |= new
    # Without form feeds there are no pages to compare, but a repeated line with a
    # page marker ("MUISTIO 2 (3)") is a page header wherever it stands.
    repeated = Counter(_key(line.text) for page in pages for line in page if line.text)
    found.update(
        _key(line.text)
        for page in pages
        for line in page
        if _PAGE_MARKER.search(line.text) and repeated[_key(line.text)] >= 2
    )
    return frozenset(found)


def _next_key(page: list[Line], side: int, found: set[str]) -> str | None:
    """The key of the first line from the top (``side`` 1) or foot (-1) not yet furniture."""
    for line in page[::side]:
        if line.text and _key(line.text) not in found:
            return _key(line.text)
    return None
