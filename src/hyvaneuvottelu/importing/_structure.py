"""Structure recognition: the title, the header block, numbered sections and their units.

A unit is what the memo's author typed as one piece: a paragraph, a bullet
point or a numbered point, its wrapped lines joined. Sections are recognised
by their numbers ("1.", "1)", "§ 1", subsections "4.1"), which must run in
order: a numbered point inside a section ("1) ...") is not mistaken for the
next section.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from enum import Enum

import attrs

from ._joining import Joiner
from ._lines import Line

__all__ = ["Field", "Layout", "RawSection", "Unit", "UnitKind", "read_layout"]


class UnitKind(Enum):
    PARAGRAPH = "paragraph"
    BULLET = "bullet"
    NUMBERED = "numbered"


@attrs.frozen
class Unit:
    kind: UnitKind
    text: str
    where: str


@attrs.frozen
class Field:
    """A line of the header block, "Aika: 12.2.2025 klo 13-15", and the lines it runs on."""

    #: What the label means: time, place, present, absent, chair, secretary, others.
    label: str
    values: tuple[Line, ...]
    where: str


@attrs.frozen
class RawSection:
    number: str
    title: str
    where: str
    units: tuple[Unit, ...]


@attrs.frozen
class Layout:
    title: Unit | None
    fields: tuple[Field, ...]
    #: Text between the header block and the first section: not part of any section.
    preamble: tuple[Unit, ...]
    sections: tuple[RawSection, ...]
    #: A line that is only a document type ("MUISTIO") above the title, dropped.
    dropped_label: Line | None = None


#: Header labels (Finnish and Swedish) and what they mean; longest first when matched.
HEADER_LABELS = {
    "aika": "time",
    "ajankohta": "time",
    "päivämäärä": "time",
    "tid": "time",
    "datum": "time",
    "paikka": "place",
    "kokouspaikka": "place",
    "plats": "place",
    "läsnä": "present",
    "läsnä olleet": "present",
    "osallistujat": "present",
    "närvarande": "present",
    "deltagare": "present",
    "poissa": "absent",
    "frånvarande": "absent",
    "puheenjohtaja": "chair",
    "ordförande": "chair",
    "sihteeri": "secretary",
    "sekreterare": "secretary",
    "muut läsnäolijat": "others",
    "muut läsnä olleet": "others",
    "muut osallistujat": "others",
    "övriga närvarande": "others",
    "övriga deltagare": "others",
}
_FIELD = re.compile(
    r"(?P<label>"
    + "|".join(sorted(map(re.escape, HEADER_LABELS), key=len, reverse=True))
    + r")(?:\s*:\s*(?P<value>.*)|\s+(?P<bare>[\dA-ZÅÄÖ].*)|\s*)",
    re.IGNORECASE,
)
_DOCUMENT_TYPES = frozenset({"muistio", "promemoria", "pöytäkirja", "protokoll"})

_HEADING = re.compile(
    r"(?:(?P<number>\d{1,3}(?:\.\d{1,3})*)(?P<style>[.)])?"
    r"|§\s*(?P<paragraph>\d{1,4})\.?|(?P<paragraph2>\d{1,4})\s*§)"
    r"\s+(?P<title>\S.*)"
)
_BULLET = re.compile(r"(?:[•·▪◦●‣■►➢]\s*|[-–—*o]\s+)(?P<text>.*)")
_NUMBERED = re.compile(r"(?:\(?(?:\d{1,2}|[a-zåäö])\)|\d{1,2}\.)\s+(?P<text>\S.*)")
#: A provision cited in a line: "14 §", "§ 14".
_CITES_SECTION = re.compile(r"\d+\s*§|§\s*\d+")
_SENTENCE_END = (".", "!", "?", ":", ";")
#: Lines longer than this are not a printed page's lines: the text is unwrapped.
_UNWRAPPED_LINE = 130
#: A sentence-final line shorter than this share of the usual line ends a paragraph.
_SHORT_LINE = 0.6


def read_layout(lines: Sequence[Line], joiner: Joiner) -> Layout:
    """The title, header block, preamble and numbered sections of ``lines``."""
    reader = _Reader(lines, joiner)
    return reader.read()


class _Reader:
    def __init__(self, lines: Sequence[Line], joiner: Joiner) -> None:
        self.lines = lines
        self.joiner = joiner
        lengths = sorted(len(line.text) for line in lines if line.text)
        self.width = lengths[int(len(lengths) * 0.9)] if lengths else 0
        long_lines = sum(1 for n in lengths if n > _UNWRAPPED_LINE)
        self.unwrapped = bool(lengths) and long_lines * 10 >= len(lengths)
        self.style: str | None = None
        self.top = 0
        self.sub = 0
        #: Indexes of the lines taken as section headings.
        self.headings: set[int] = set()

    def read(self) -> Layout:
        index, title, dropped = self._title()
        fields, preamble_lines, index = self._header(index)
        sections: list[RawSection] = []
        while index < len(self.lines):
            heading = self._heading_at(index)
            if heading is None:  # the header block ends only at a heading
                break
            number, title_text, start = heading
            where = self.lines[index].where
            index = start
            while index < len(self.lines) and self._heading_at(index, peek=True) is None:
                index += 1
            units = tuple(self._units(self.lines[start:index]))
            sections.append(RawSection(number, title_text, where, units))
        return Layout(
            title=title,
            fields=tuple(fields),
            preamble=tuple(self._units(preamble_lines)),
            sections=tuple(sections),
            dropped_label=dropped,
        )

    # The title and the header block

    def _title(self) -> tuple[int, Unit | None, Line | None]:
        index = self._skip_blank(0)
        block: list[Line] = []
        while index < len(self.lines) and self.lines[index].text:
            line = self.lines[index]
            if self._is_field(line.text) or self._heading_at(index, peek=True) is not None:
                break
            block.append(line)
            index += 1
        dropped = None
        if block and block[0].text.casefold() in _DOCUMENT_TYPES:
            dropped = block.pop(0)
            if not block:
                after = self._skip_blank(index)
                if after < len(self.lines) and not self._starts_structure(after):
                    index = after
                    while index < len(self.lines) and self.lines[index].text:
                        if self._starts_structure(index):
                            break
                        block.append(self.lines[index])
                        index += 1
        if not block:
            return index, None, dropped
        if len(block) > 2 or block[-1].text.endswith(_SENTENCE_END[:3]):
            # A first block of running text is not a title.
            return self._skip_blank(0), None, None
        text = self.joiner.join(line.text for line in block)
        return index, Unit(UnitKind.PARAGRAPH, text, block[0].where), dropped

    def _starts_structure(self, index: int) -> bool:
        text = self.lines[index].text
        return self._is_field(text) or self._heading_at(index, peek=True) is not None

    def _header(self, index: int) -> tuple[list[Field], list[Line], int]:
        fields: list[Field] = []
        preamble: list[Line] = []
        label: str | None = None
        values: list[Line] = []
        where = ""
        gaps = 0
        while index < len(self.lines) and self._heading_at(index, peek=True) is None:
            line = self.lines[index]
            index += 1
            if not line.text:
                gaps += 1
                continue
            match = _FIELD.fullmatch(line.text)
            if match and not (label is not None and gaps == 0 and not values):
                if label is not None:
                    fields.append(Field(label, tuple(values), where))
                label = HEADER_LABELS[match.group("label").casefold()]
                value = match.group("value") or match.group("bare") or ""
                values = [Line(value.strip(), line.where)] if value.strip() else []
                where, gaps = line.where, 0
            elif label is not None and (gaps == 0 or (not values and gaps == 1)):
                values.append(line)
                gaps = 0
            else:
                if label is not None:
                    fields.append(Field(label, tuple(values), where))
                    label = None
                if gaps and preamble:
                    preamble.append(Line("", line.where))
                preamble.append(line)
                gaps = 0
        if label is not None:
            fields.append(Field(label, tuple(values), where))
        return fields, preamble, index

    @staticmethod
    def _is_field(text: str) -> bool:
        return _FIELD.fullmatch(text) is not None

    # Section headings

    def _heading_at(self, index: int, *, peek: bool = False) -> tuple[str, str, int] | None:
        """The heading starting at line ``index``: number, title, next index; else None.

        Without ``peek`` the heading is taken: the numbering moves on.
        """
        line = self.lines[index]
        match = _HEADING.fullmatch(line.text)
        if match is None or _BULLET.fullmatch(line.text):
            return None
        number = match.group("number") or match.group("paragraph") or match.group("paragraph2")
        style = "§" if match.group("number") is None else (match.group("style") or "")
        accepted = self._fits(number, style)
        if accepted is None or self._continues_list(index, number, style):
            return None
        parts = [match.group("title")]
        end = index + 1
        while (
            end < len(self.lines)
            and self.lines[end].text[:1].islower()
            and not parts[-1].endswith(_SENTENCE_END)
        ):
            parts.append(self.lines[end].text)
            end += 1
        title = self.joiner.join(parts)
        if not _title_like(title):
            return None
        if not peek:
            self.style, self.top, self.sub = accepted
            self.headings.add(index)
        return number, title, end

    def _continues_list(self, index: int, number: str, style: str) -> bool:
        """Whether line ``index`` ("3. ...") goes on a numbered list ("2. ...") just above it."""
        if "." in number or style == "§":
            return False
        before = index - 1
        while before >= 0 and not self.lines[before].text:
            before -= 1
        if before < 0 or before in self.headings:
            return False
        previous = _HEADING.fullmatch(self.lines[before].text)
        return (
            previous is not None
            and previous.group("number") == str(int(number) - 1)
            and (previous.group("style") or "") == style
        )

    def _fits(self, number: str, style: str) -> tuple[str, int, int] | None:
        """The numbering state after heading ``number``, if it comes next; else None."""
        parts = [int(part) for part in number.split(".")]
        if len(parts) == 1:
            if self.style is None:
                first_ok = style == "§" or (style in (".", ")") and parts[0] == 1)
                return (style, parts[0], 0) if first_ok else None
            if style == self.style and parts[0] == self.top + 1:
                return (style, parts[0], 0)
            return None
        subsection_next = len(parts) == 2 and parts[0] == self.top and parts[1] == self.sub + 1
        if subsection_next and self.style is not None and self.style != "§":
            return (self.style, self.top, parts[1])
        return None

    # Units

    def _units(self, lines: Sequence[Line]) -> Iterator[Unit]:
        kind: UnitKind | None = None
        parts: list[str] = []
        where = ""
        gap = False
        for line in lines:
            text = line.text
            if not text:
                gap = True
                continue
            marker = _BULLET.fullmatch(text)
            marked = UnitKind.BULLET
            if marker is None:
                marker, marked = _NUMBERED.fullmatch(text), UnitKind.NUMBERED
            if marker is not None:
                if kind is not None and parts:
                    yield Unit(kind, self.joiner.join(parts), where)
                body = marker.group("text")
                kind, parts, where = marked, ([body] if body else []), line.where
            elif kind is None or self._starts_paragraph(kind, parts, text, gap):
                if kind is not None:
                    yield Unit(kind, self.joiner.join(parts), where)
                kind, parts, where = UnitKind.PARAGRAPH, [text], line.where
            else:
                parts.append(text)
            gap = False
        if kind is not None and parts:
            yield Unit(kind, self.joiner.join(parts), where)

    def _starts_paragraph(self, kind: UnitKind, parts: list[str], text: str, gap: bool) -> bool:
        if not parts:
            return False
        if text[:1].islower():
            # A wrapped sentence goes on, even across the blank line a page break left.
            return False
        if gap or self.unwrapped:
            return True
        previous = parts[-1]
        if kind is UnitKind.PARAGRAPH and len(parts) == 1 and _cites_in_title(previous):
            # "Laki hyvinvointialueesta 14 §: ..." heads the quotation below it.
            return True
        return previous.endswith(_SENTENCE_END) and len(previous) < _SHORT_LINE * self.width

    def _skip_blank(self, index: int) -> int:
        while index < len(self.lines) and not self.lines[index].text:
            index += 1
        return index


def _title_like(title: str) -> bool:
    """A heading's title: a few words, not a sentence that goes on."""
    words = title.split()
    if len(words) > 20 or title.endswith((",", ";", ":")):
        return False
    return not title.endswith(".") or len(words) <= 6


def _cites_in_title(text: str) -> bool:
    return _CITES_SECTION.search(text) is not None and not text.endswith(_SENTENCE_END)
