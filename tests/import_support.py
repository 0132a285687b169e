"""Fixtures for the importer's tests, all made here: the seed memo, Word files, PDFs.

Word files are written with python-docx and PDFs with reportlab (and its own
Vera font, so that bullets and "§" survive), from text the tests give: no
binary file of unknown origin.
"""

from __future__ import annotations

import io
import os
from collections.abc import Sequence
from typing import TYPE_CHECKING

import docx
import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from hyvaneuvottelu import Finding, Negotiation, PointList, Quotation, Statement

from .documents import SHARED

if TYPE_CHECKING:
    from docx.document import Document

SEED = SHARED / "seed" / "lohja-neuvottelumuistio.txt"


def seed_text() -> str:
    """The seed memo's text; skipped without it, failed under CI=true."""
    if not SEED.is_file():
        if os.environ.get("CI") == "true":
            pytest.fail(f"the seed memo {SEED} is missing, and CI=true requires it")
        pytest.skip(f"the seed memo {SEED} is not present beside this checkout")
    return SEED.read_text(encoding="utf-8")


def docx_of(negotiation: Negotiation, *, page_header: str | None = None) -> bytes:
    """A Word file of a memo as a person would type it: styles for the title, headings, bullets."""
    document = docx.Document()
    document.add_paragraph(_fi(negotiation.title.fi), style="Title")
    for section in negotiation.sections:
        document.add_paragraph(f"{section.number}. {section.title.fi}", style="Heading 1")
        for item in section.content:
            if isinstance(item, Quotation):
                assert item.title is not None
                document.add_paragraph(_fi(item.title.fi))
                document.add_paragraph(_fi(item.text.fi))
                continue
            text = getattr(item, "text", None)
            if text is not None:
                document.add_paragraph(_fi(text.fi))
            if isinstance(item, Statement | Finding | PointList):
                for point in item.points:
                    document.add_paragraph(_fi(point.text.fi), style="List Bullet")
    if page_header is not None:
        document.sections[0].header.paragraphs[0].text = page_header
    return save_docx(document)


def save_docx(document: Document) -> bytes:
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def pdf_of(
    pages: Sequence[Sequence[str]],
    *,
    header: str | None = None,
    footer: str | None = None,
) -> bytes:
    """A PDF with the given lines on each page; ``header`` and ``footer`` on every page.

    ``{page}`` and ``{pages}`` in the header or footer become the page's number and the count.
    """
    pdfmetrics.registerFont(TTFont("Vera", "Vera.ttf"))
    out = io.BytesIO()
    sheet = canvas.Canvas(out, pagesize=A4, invariant=True)
    _width, height = A4
    for number, lines in enumerate(pages, start=1):
        values = {"page": number, "pages": len(pages)}
        if header is not None:
            sheet.setFont("Vera", 9)
            sheet.drawString(56, height - 30, header.format(**values))
        sheet.setFont("Vera", 11)
        y = height - 70
        for line in lines:
            sheet.drawString(56, y, line)
            y -= 14
        if footer is not None:
            sheet.setFont("Vera", 9)
            sheet.drawString(56, 30, footer.format(**values))
        sheet.showPage()
    sheet.save()
    return out.getvalue()


def pages_of(text: str, lines_per_page: int) -> list[list[str]]:
    """``text``'s lines cut into pages, as a word processor would print them."""
    lines = [line.rstrip() for line in text.splitlines()]
    return [lines[i : i + lines_per_page] for i in range(0, len(lines), lines_per_page)]


def _fi(text: str | None) -> str:
    assert text is not None
    return text
