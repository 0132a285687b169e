"""The HTML rendition on paper: A4, no screen background, an approval block, no orphaned last page."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import attrs
import pytest
from lxml import html
from pypdf import PdfReader

import hyvaneuvottelu as hn
from hyvaneuvottelu import examples
from hyvaneuvottelu.model import RecordStatus

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
#: An A4 page in PostScript points, as a PDF states it.
A4 = (595.0, 842.0)


def text_of(element: Any) -> str:
    return " ".join(element.text_content().split())


def style_of(page: bytes) -> str:
    style = html.document_fromstring(page).find(".//style")
    assert style is not None
    return " ".join((style.text or "").split())


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (
            "fi",
            "Hyväksyminen Muistio on hyväksytty. Hyväksytty 4.2.2025 Hyväksyjä ESIMERKKI Muistion Hyväksyjä",
        ),
        (
            "sv",
            "Godkännande Promemorian har godkänts. Godkänd 4.2.2025 Godkänd av ESIMERKKI Muistion Hyväksyjä",
        ),
        (
            "en",
            "Approval The memo has been approved. Approved 2025-02-04 Approver ESIMERKKI Muistion Hyväksyjä",
        ),
    ],
)
def test_an_approved_memo_has_an_approval_block(lang: str, expected: str) -> None:
    doc = html.document_fromstring(hn.to_html(examples.load(examples.ARCHIVE), lang=lang))
    (block,) = doc.find_class("approval")
    assert text_of(block) == expected
    # The ending: the approval block, then the record, kept together.
    (ending,) = doc.find_class("ending")
    assert [child.tag for child in ending] == ["section", "footer"]


def test_a_memo_not_approved_has_none() -> None:
    memo = examples.load(examples.ARCHIVE)
    assert memo.record is not None
    draft = attrs.evolve(memo, record=attrs.evolve(memo.record, status=RecordStatus.DRAFT))
    doc = html.document_fromstring(hn.to_html(draft))
    assert doc.find_class("approval") == []
    assert html.document_fromstring(hn.to_html(examples.load())).find_class("approval") == []


def test_the_print_style_is_a4_without_the_screen_background() -> None:
    style = style_of(hn.to_html(examples.load()))
    assert "@page { size: A4;" in style
    (printed,) = re.findall(r"@media print \{(.*)\}", style)
    assert "html, body { background: #fff; color: #000; }" in printed
    assert "main { max-width: none; margin: 0; padding: 0; box-shadow: none; }" in printed
    assert ".ending { break-inside: avoid; page-break-inside: avoid; }" in printed
    assert "h1, h2, h3, h4, h5, h6 { break-after: avoid; page-break-after: avoid; }" in printed


@pytest.mark.browser
@pytest.mark.skipif(CHROMIUM is None, reason="no chromium installed (apt-get install chromium)")
@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_printed_to_pdf_on_a4_the_last_page_holds_the_whole_ending(
    tmp_path: Path, lang: str
) -> None:
    source = tmp_path / "memo.html"
    source.write_bytes(hn.to_html(examples.load(examples.ARCHIVE), lang=lang))
    pdf = tmp_path / "memo.pdf"
    result = subprocess.run(
        [
            str(CHROMIUM),
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            f"--user-data-dir={tmp_path / 'profile'}",
            "--no-pdf-header-footer",
            f"--print-to-pdf={pdf}",
            source.as_uri(),
        ],
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr.decode(errors="replace")[-2000:]
    pages = PdfReader(pdf).pages
    sizes = {(round(float(p.mediabox.width)), round(float(p.mediabox.height))) for p in pages}
    assert sizes == {A4}
    texts = [" ".join(p.extract_text().split()) for p in pages]
    approval, record, last_fact = {
        "fi": ("Hyväksyminen", "Asiakirjan tiedot", "Kielet fi"),
        "sv": ("Godkännande", "Handlingens uppgifter", "Språk fi"),
    }[lang]
    # The memo fills several pages; the approval block and the record are
    # on the last one, whole, and on no other: never a last page holding
    # only the tail of the record.
    assert len(pages) >= 3
    assert approval in texts[-1]
    assert record in texts[-1]
    assert texts[-1].endswith(last_fact)
    assert all(record not in text for text in texts[:-1])
