"""PDF files: each page's text in reading order, through pypdf, without page furniture.

pypdf's layout mode keeps the lines as they stand on the page and leaves a
blank line where the page has vertical space, so paragraphs and bullets come
out as they were laid out. Headers and footers repeated on every page are
then dropped like those of any extracted text.

Before pypdf parses anything, the file's declared size is checked: a PDF
with more objects or pages than any memo has is refused unread; pypdf's own
limits bound what one stream may unpack to and how much work it may cause.
"""

from __future__ import annotations

import io
import re
from typing import Any

from ..limits import (
    MAX_IMPORT_BYTES,
    MAX_IMPORT_PAGES,
    MAX_IMPORT_PDF_CONTENT_BYTES,
    MAX_IMPORT_PDF_OBJECTS,
)
from ._lines import Line, normalise_pages
from ._result import ImportNote, ImportRefusedError, MissingExtraError

__all__ = ["pdf_lines"]

_OBJECT_STREAM = re.compile(rb"/Type\s*/ObjStm\b")
_COUNT_IN_STREAM = re.compile(rb"/N\s+(\d{1,12})")
_DECLARED_SIZE = re.compile(rb"/Size\s+(\d{1,12})")
#: pypdf's limits, tightened to what one memo needs.
_PYPDF_LIMITS = {
    "page_tree_maximum_entries": 2 * MAX_IMPORT_PAGES,
    "zlib_maximum_output_length": 16 * 1024 * 1024,
    "lzw_maximum_output_length": 16 * 1024 * 1024,
    "run_length_maximum_output_length": 16 * 1024 * 1024,
    "stream_decoding_work_maximum_length": 64 * 1024 * 1024,
    "stream_parsing_work_maximum_count": 200_000,
    "xform_maximum_invocations_per_extraction": 50,
}


def pdf_lines(data: bytes, source: str) -> tuple[list[Line], list[ImportNote]]:
    """The lines of a PDF's pages in reading order, and notes on what was dropped."""
    if not data.startswith(b"%PDF-"):
        raise ImportRefusedError(source, "not a PDF file (no %PDF- header)")
    _check_objects(data, source)
    try:
        import pypdf  # noqa: PLC0415  # an optional extra, imported only when a PDF comes
    except ImportError:
        raise MissingExtraError(source, "PDF files", "pdf") from None
    try:
        with pypdf.apply_configuration(None, **_PYPDF_LIMITS):
            pages = _pages(pypdf.PdfReader(io.BytesIO(data), strict=False), source)
    except ImportRefusedError:
        raise
    except Exception as exc:  # noqa: BLE001  # pypdf raises many types for a broken or hostile file
        raise ImportRefusedError(source, f"not a readable PDF: {exc}") from None
    if not any(line.strip() for page in pages for line, _ in page):
        raise ImportRefusedError(
            source, "the PDF has no text to read (a scanned image? run text recognition first)"
        )
    return normalise_pages(pages)


def _pages(reader: Any, source: str) -> list[list[tuple[str, str]]]:
    """Each page's lines with their places, within the limits."""
    if reader.is_encrypted and not reader.decrypt(""):
        raise ImportRefusedError(source, "the PDF is encrypted with a password")
    declared = _declared_pages(reader)
    if declared > MAX_IMPORT_PAGES:
        raise ImportRefusedError(
            source,
            f"a PDF to import has at most {MAX_IMPORT_PAGES} pages; this one declares {declared}",
        )
    content = 0
    for number, page in enumerate(reader.pages, start=1):
        # Unpacking is quick and reading is slow: count it all before reading any page.
        content += _content_bytes(page)
        if content > MAX_IMPORT_PDF_CONTENT_BYTES:
            raise ImportRefusedError(
                source,
                f"its pages up to page {number} hold over "
                f"{MAX_IMPORT_PDF_CONTENT_BYTES // (1024 * 1024)} MiB of drawing instructions; "
                "a PDF to import holds at most that",
            )
    pages: list[list[tuple[str, str]]] = []
    size = 0
    for number, page in enumerate(reader.pages, start=1):
        text = page.extract_text(extraction_mode="layout")
        size += len(text.encode("utf-8", "surrogatepass"))
        if size > MAX_IMPORT_BYTES:
            raise ImportRefusedError(
                source, f"its text is over {MAX_IMPORT_BYTES // (1024 * 1024)} MiB: not one memo"
            )
        lines = text.split("\n")
        pages.append(
            [(line, f"page {number}, line {index}") for index, line in enumerate(lines, 1)]
        )
    return pages


def _content_bytes(page: Any) -> int:
    """The unpacked size of what a page draws: its content streams and the forms it uses."""
    contents = page.get_contents()
    size = 0 if contents is None else len(contents.get_data())
    resources = page.get("/Resources")
    objects = resources.get_object().get("/XObject") if resources is not None else None
    if objects is not None:
        for reference in objects.get_object().values():
            shown = reference.get_object()
            if shown.get("/Subtype") == "/Form":
                size += len(shown.get_data())
    return size


def _check_objects(data: bytes, source: str) -> None:
    """Refuse a PDF that declares or holds more objects than any memo needs, before parsing it."""
    found = data.count(b"endobj")
    for match in _OBJECT_STREAM.finditer(data):
        # The number of objects an object stream holds is in its own dictionary.
        window = data[max(0, match.start() - 512) : match.end() + 512]
        count = _COUNT_IN_STREAM.search(window)
        if count:
            found += int(count.group(1))
        if found > MAX_IMPORT_PDF_OBJECTS:
            break
    declared = max((int(m.group(1)) for m in _DECLARED_SIZE.finditer(data[-65536:])), default=0)
    most = max(found, declared)
    if most > MAX_IMPORT_PDF_OBJECTS:
        raise ImportRefusedError(
            source,
            f"a PDF to import has at most {MAX_IMPORT_PDF_OBJECTS} objects; this one has "
            f"{'at least ' if found > MAX_IMPORT_PDF_OBJECTS else ''}{most}",
        )


def _declared_pages(reader: Any) -> int:
    """The page count the PDF's page tree declares, read without walking the tree."""
    try:
        root = reader.trailer["/Root"].get_object()
        count = root["/Pages"].get_object().get("/Count", 0)
        return int(count)
    except (KeyError, TypeError, ValueError, AttributeError):
        return 0
