"""Importing files: a text, Word or PDF file to a draft, by what the file holds."""

from __future__ import annotations

import errno
import os
from pathlib import Path

from .._files import read_limited
from ..limits import MAX_IMPORT_BYTES, MAX_INPUT_BYTES
from ._draft import draft_from_lines, import_text
from ._result import ImportNote, ImportRefusedError, ImportResult, NoteKind, note_text

__all__ = ["IMPORT_SUFFIXES", "import_file"]

#: Files a folder walk picks up for import.
IMPORT_SUFFIXES = (".txt", ".docx", ".pdf")

_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def import_file(path: str | os.PathLike[str]) -> ImportResult:
    """A draft negotiation from a memo's file: plain text (.txt), Word (.docx) or PDF.

    The kind is told by the file's content; Word files need the ``docx``
    extra and PDFs the ``pdf`` extra. Raises :class:`ImportRefusedError` for a
    file that cannot be imported (too large, hostile, not a memo's text) and
    :class:`OSError` when the file cannot be read.
    """
    name = os.fspath(path)
    try:
        data = read_limited(name, MAX_INPUT_BYTES)
    except OSError as exc:
        if exc.errno == errno.EFBIG:
            raise ImportRefusedError(name, exc.strerror or str(exc)) from None
        raise
    if data.startswith(b"%PDF-"):
        from ._pdf import pdf_lines  # noqa: PLC0415  # keeps the PDF machinery out of text imports

        lines, notes = pdf_lines(data, name)
        return draft_from_lines(lines, notes, source=name)
    if data.startswith(b"PK\x03\x04"):
        from ._docx import docx_lines  # noqa: PLC0415  # likewise for Word

        lines, notes = docx_lines(data, name)
        return draft_from_lines(lines, notes, source=name)
    if data.startswith(_OLE):
        raise ImportRefusedError(
            name, "an old Word (.doc) or other OLE file: save it as .docx or .txt first"
        )
    if data.lstrip()[:5] == b"{\\rtf":
        raise ImportRefusedError(name, "an RTF file: save it as .docx or .txt first")
    if Path(name).suffix.lower() in (".docx", ".pdf"):
        raise ImportRefusedError(
            name, f"not a {Path(name).suffix.lower()[1:].upper()} file by its content"
        )
    if len(data) > MAX_IMPORT_BYTES:
        raise ImportRefusedError(
            name,
            f"a text to import is at most {MAX_IMPORT_BYTES // (1024 * 1024)} MiB; this one is "
            f"{len(data) // (1024 * 1024)} MiB",
        )
    text, note = _decode(data, name)
    result = import_text(text, source=name)
    if note is not None:
        return ImportResult(
            negotiation=result.negotiation, notes=(note, *result.notes), source=name
        )
    return result


def _decode(data: bytes, name: str) -> tuple[str, ImportNote | None]:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), None
        except UnicodeDecodeError:
            raise ImportRefusedError(name, "not readable as UTF-16 text") from None
    if b"\x00" in data:
        raise ImportRefusedError(name, "not a text file (it holds NUL bytes)")
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as exc:
        position = exc.start
    # Older Windows tools save Finnish text in Windows-1252.
    text = data.decode("cp1252", errors="replace")
    line = data.count(b"\n", 0, position) + 1
    return text, ImportNote(
        kind=NoteKind.CONFIRM,
        location=f"line {line}",
        text=note_text("cp1252"),
    )
