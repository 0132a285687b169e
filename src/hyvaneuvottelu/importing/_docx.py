"""Word files: the body's paragraphs and tables as lines, through python-docx.

Paragraph styles tell headings and lists; list numbering tells bullets from
numbers; a table (often the attendee list) gives one line a row. What Word
shows but the body does not hold (page headers and footers, the numbers of
auto-numbered headings) is dropped or recreated, and the notes say which.

The file is checked before python-docx opens it: a zip whose parts would
unpack to more than the limits allow is refused unread.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from ..limits import MAX_IMPORT_BYTES, MAX_IMPORT_PARTS, MAX_IMPORT_UNPACKED_BYTES
from ._lines import Line, normalise_pages
from ._result import ImportNote, ImportRefusedError, MissingExtraError, NoteKind, note_text
from ._structure import HEADER_LABELS

if TYPE_CHECKING:
    from docx.document import Document
    from docx.table import Table, _Cell
    from docx.text.paragraph import Paragraph

__all__ = ["docx_lines"]

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
#: Text inside these is not the paragraph's visible text: deleted, moved away,
#: a text box (read on its own), or the fallback copy of alternate content.
_SKIPPED = frozenset(
    {f"{{{_W}}}del", f"{{{_W}}}moveFrom", f"{{{_W}}}txbxContent", f"{{{_MC}}}Fallback"}
)
_TEXT = {
    f"{{{_W}}}t": None,
    f"{{{_W}}}tab": "\t",
    f"{{{_W}}}br": "\n",
    f"{{{_W}}}cr": "\n",
    f"{{{_W}}}noBreakHyphen": "-",
    f"{{{_W}}}softHyphen": "\u00ad",
}
_NUMBERED_TEXT = re.compile(r"\s*(?:\d{1,3}(?:\.\d{1,3})*[.)]?|§\s*\d+)\s")
#: Column headings of an attendee table, which are not attendees.
_COLUMN_HEADINGS = frozenset(
    [
        "nimi",
        "tehtävä",
        "titteli",
        "nimike",
        "organisaatio",
        "edustaa",
        "rooli",
        "namn",
        "befattning",
        "titel",
        "organisation",
        "roll",
    ]
)
_BULLET_FORMATS = frozenset({"bullet", "none"})


def docx_lines(data: bytes, source: str) -> tuple[list[Line], list[ImportNote]]:
    """The lines of a Word file's body, and notes on what was not read."""
    _check_package(data, source)
    try:
        import docx  # noqa: PLC0415  # an optional extra, imported only when a Word file comes
    except ImportError:
        raise MissingExtraError(source, "Word files", "docx") from None
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # noqa: BLE001  # python-docx raises many types for a broken file
        raise ImportRefusedError(source, f"not a readable Word file: {exc}") from None
    reader = _Reader(document)
    lines = list(reader.lines())
    size = sum(len(line.text.encode("utf-8")) + 1 for line in lines)
    if size > MAX_IMPORT_BYTES:
        raise ImportRefusedError(
            source, f"its text is over {MAX_IMPORT_BYTES // (1024 * 1024)} MiB: not one memo"
        )
    found, notes = normalise_pages([[(line.text, line.where) for line in lines]])
    return found, [*reader.notes, *notes]


def _check_package(data: bytes, source: str) -> None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            entries = package.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError) as exc:
        raise ImportRefusedError(source, f"not a Word file (not a readable zip: {exc})") from None
    if len(entries) > MAX_IMPORT_PARTS:
        raise ImportRefusedError(
            source, f"a Word file has at most {MAX_IMPORT_PARTS} parts; this one has {len(entries)}"
        )
    unpacked = sum(entry.file_size for entry in entries)
    if unpacked > MAX_IMPORT_UNPACKED_BYTES:
        raise ImportRefusedError(
            source,
            f"its parts would unpack to {unpacked // (1024 * 1024)} MiB; a Word file to import "
            f"unpacks to at most {MAX_IMPORT_UNPACKED_BYTES // (1024 * 1024)} MiB",
        )
    if not any(entry.filename == "word/document.xml" for entry in entries):
        raise ImportRefusedError(source, "not a Word file (no word/document.xml inside)")


class _Reader:
    def __init__(self, document: Document) -> None:
        self.document = document
        self.notes: list[ImportNote] = []
        self._formats = _numbering_formats(document)
        self._counters: dict[tuple[str, str], int] = {}
        self._paragraph = 0
        self._table = 0

    def lines(self) -> Iterator[Line]:
        from docx.table import Table  # noqa: PLC0415  # the extra is known to be installed here

        blocks = list(self.document.iter_inner_content())
        paragraphs = [b for b in blocks if not isinstance(b, Table)]
        headings = [p for p in paragraphs if _heading_level(p)]
        has_title = any(_style(p) == "title" for p in paragraphs)
        # Headings that show no number anywhere are numbered in order, and the note says so.
        unnumbered = not any(
            _NUMBERED_TEXT.match(_text(p)) or self._list_format(p) for p in headings
        )
        top = sub = 0
        for block in blocks:
            if isinstance(block, Table):
                self._table += 1
                yield from self._rows(block)
                continue
            self._paragraph += 1
            where = f"paragraph {self._paragraph}"
            text = _text(block).strip()
            if not text:
                continue
            level = _heading_level(block)
            fmt = self._list_format(block)
            is_title = not has_title and headings and block is headings[0] and top == 0
            if level in (1, 2) and not is_title and not _NUMBERED_TEXT.match(text + " "):
                if unnumbered or fmt:
                    if level == 1:
                        top, sub = top + 1, 0
                        text = f"{top}. {text}"
                    else:
                        sub += 1
                        text = f"{top}.{sub} {text}"
                    if unnumbered and top == 1 and sub == 0:
                        self.notes.append(
                            ImportNote(
                                kind=NoteKind.CONFIRM,
                                location=where,
                                text=note_text("unnumbered_headings"),
                            )
                        )
            elif level == 1 and (shown := _NUMBERED_TEXT.match(text + " ")):
                top, sub = _top_number(shown.group()), 0
            elif not level and fmt:
                text = self._marker(block, fmt) + text
            for part in text.split("\n"):
                yield Line(part, where)
            yield Line("", where)
        self._header_notes()

    def _rows(self, table: Table) -> Iterator[Line]:
        for index, row in enumerate(table.rows, start=1):
            where = f"table {self._table}, row {index}"
            cells = list(dict.fromkeys(_cell_text(cell) for cell in row.cells))
            cells = [cell for cell in cells if cell]
            if not cells:
                continue
            if index == 1 and all(c.casefold().rstrip(":") in _COLUMN_HEADINGS for c in cells):
                self.notes.append(
                    ImportNote(
                        kind=NoteKind.REMOVED,
                        location=where,
                        text=note_text("column_headings", text=" | ".join(cells)),
                    )
                )
                continue
            if len(cells) >= 2 and cells[0].rstrip(":").casefold() in HEADER_LABELS:
                yield Line(f"{cells[0].rstrip(':')}: {', '.join(cells[1:])}", where)
            else:
                yield Line(", ".join(cells), where)
        yield Line("", f"table {self._table}")

    def _list_format(self, paragraph: Paragraph) -> str | None:
        """The numbering format of a list paragraph ("bullet", "decimal", ...), else None."""
        num_id, level = _numbering(paragraph)
        if num_id is None:
            style = _style(paragraph)
            if "bullet" in style:
                return "bullet"
            if "number" in style:
                return "decimal"
            return None
        if num_id == "0":
            return None
        return self._formats.get((num_id, level), "decimal")

    def _marker(self, paragraph: Paragraph, fmt: str) -> str:
        if fmt in _BULLET_FORMATS:
            return "• "
        num_id, level = _numbering(paragraph)
        key = (num_id or _style(paragraph), level)
        self._counters[key] = self._counters.get(key, 0) + 1
        count = self._counters[key]
        if fmt in {"lowerLetter", "upperLetter"} and count <= 26:
            return f"{chr(ord('a') + count - 1)}) "
        return f"{count}) "

    def _header_notes(self) -> None:
        seen: set[str] = set()
        for section in self.document.sections:
            for part in (section.header, section.footer):
                if part.is_linked_to_previous:
                    continue
                text = " ".join(p.text for p in part.paragraphs if p.text.strip())
                if text and text not in seen:
                    seen.add(text)
                    self.notes.append(
                        ImportNote(
                            kind=NoteKind.REMOVED,
                            text=note_text("word_header", text=text),
                        )
                    )


def _text(paragraph: Paragraph) -> str:
    # python-docx's own Paragraph.text misses tracked insertions and content controls.
    return _element_text(paragraph._p)


def _cell_text(cell: _Cell) -> str:
    return " ".join(_element_text(p._p) for p in cell.paragraphs).strip()


def _element_text(element: Any) -> str:
    parts: list[str] = []
    skipped_depth: list[Any] = []
    for event, node in _walk(element):
        if node.tag in _SKIPPED:
            if event == "start":
                skipped_depth.append(node)
            else:
                skipped_depth.pop()
            continue
        if event != "start" or skipped_depth:
            continue
        if node.tag in _TEXT:
            value = _TEXT[node.tag]
            parts.append(node.text or "" if value is None else value)
    return "".join(parts)


def _walk(element: Any) -> Iterator[tuple[str, Any]]:
    """Start and end events of every element under ``element``, in document order."""
    stack: list[tuple[Any, bool]] = [(element, False)]
    while stack:
        node, done = stack.pop()
        if done:
            yield "end", node
            continue
        yield "start", node
        stack.append((node, True))
        stack.extend((child, False) for child in reversed(list(node)))


def _top_number(shown: str) -> int:
    digits = re.search(r"\d+", shown)
    return int(digits.group()) if digits else 0


def _style(paragraph: Paragraph) -> str:
    style = paragraph.style
    name = style.name if style is not None else None
    return (name or "").casefold()


def _heading_level(paragraph: Paragraph) -> int:
    match = re.fullmatch(r"(?:heading|otsikko|rubrik) ([1-9])", _style(paragraph))
    return int(match.group(1)) if match else 0


def _numbering(paragraph: Paragraph) -> tuple[str | None, str]:
    num = paragraph._p.find(f"{{{_W}}}pPr/{{{_W}}}numPr")
    if num is None and paragraph.style is not None:
        # Numbering may come from the paragraph's style ("List Number", numbered headings).
        num = paragraph.style.element.find(f"{{{_W}}}pPr/{{{_W}}}numPr")
    if num is None:
        return None, "0"
    num_id = num.find(f"{{{_W}}}numId")
    level = num.find(f"{{{_W}}}ilvl")
    value = None if num_id is None else num_id.get(f"{{{_W}}}val")
    return value, "0" if level is None else level.get(f"{{{_W}}}val", "0")


def _numbering_formats(document: Document) -> dict[tuple[str, str], str]:
    """``(numId, level) -> numFmt`` for every list the document defines."""
    try:
        numbering = document.part.numbering_part.element
    except (KeyError, NotImplementedError):
        return {}
    abstract: dict[tuple[str, str], str] = {}
    for definition in numbering.findall(f"{{{_W}}}abstractNum"):
        ident = definition.get(f"{{{_W}}}abstractNumId")
        for level in definition.findall(f"{{{_W}}}lvl"):
            fmt = level.find(f"{{{_W}}}numFmt")
            if ident is not None and fmt is not None:
                abstract[(ident, level.get(f"{{{_W}}}ilvl", "0"))] = fmt.get(f"{{{_W}}}val", "")
    formats: dict[tuple[str, str], str] = {}
    for num in numbering.findall(f"{{{_W}}}num"):
        ident = num.get(f"{{{_W}}}numId")
        base = num.find(f"{{{_W}}}abstractNumId")
        if ident is None or base is None:
            continue
        for (abstract_id, level), fmt in abstract.items():
            if abstract_id == base.get(f"{{{_W}}}val"):
                formats[(ident, level)] = fmt
    return formats
