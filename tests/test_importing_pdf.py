"""PDFs: reading order, page furniture, and files that are not what they claim."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pypdf
import pytest

from hyvaneuvottelu import (
    ImportRefusedError,
    MissingExtraError,
    NoteKind,
    examples,
    import_file,
    import_text,
)
from hyvaneuvottelu.limits import MAX_IMPORT_PAGES, MAX_IMPORT_PDF_CONTENT_BYTES

from .import_support import pages_of, pdf_of, seed_text

HEADER = "LOHJAN KAUPUNKI                 MUISTIO                 {page} ({pages})"
FOOTER = "Lohjan kaupunki, Karstuntie 4, 08100 Lohja"


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_the_seed_as_a_pdf_imports_to_the_same_draft(tmp_path: Path) -> None:
    text = seed_text()
    # 50 lines a page: the second page begins inside a bullet point, as printed memos do.
    pdf = pdf_of(pages_of(text, 50), header=HEADER, footer=FOOTER)
    result = import_file(write(tmp_path, "lohja.pdf", pdf))
    assert result.negotiation == import_text(text).negotiation
    assert [str(n) for n in result.of_kind(NoteKind.REMOVED)] == [
        'page 1, line 1: page furniture removed (3 times): "LOHJAN KAUPUNKI MUISTIO 1 (3)"',
        'page 1, line 61: page furniture removed (3 times): "Lohjan kaupunki, Karstuntie 4, '
        '08100 Lohja"',
    ]


def test_a_page_break_inside_a_bullet_joins_the_bullet(tmp_path: Path) -> None:
    lines = [
        "Neuvottelu",
        "",
        "1. Muut asiat",
        "",
        "• Lohjan kaupunki ehdotti yhteistä tapaamista hyvinvointialueen",
    ]
    pdf = pdf_of([lines, ["kanssa. Tapaamisen aika sovitaan myöhemmin."]], footer="Sivu {page}")
    draft = import_file(write(tmp_path, "memo.pdf", pdf)).negotiation
    (point_list,) = draft.sections[0].content
    assert [p.text.fi for p in getattr(point_list, "points", ())] == [
        "Lohjan kaupunki ehdotti yhteistä tapaamista hyvinvointialueen kanssa. Tapaamisen aika "
        "sovitaan myöhemmin."
    ]
    assert draft.municipalities[0].id == "lohja"


def test_the_bundled_example_title_is_read_from_a_pdf(tmp_path: Path) -> None:
    pdf = pdf_of([["Neuvottelu", "", "1. Avaus", "", "Puheenjohtaja avasi neuvottelun."]])
    draft = import_file(write(tmp_path, "memo.pdf", pdf)).negotiation
    assert draft.title == examples.load().title


def test_a_pdf_without_text_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path, "scan.pdf", pdf_of([[]]))
    with pytest.raises(ImportRefusedError) as refused:
        import_file(path)
    assert str(refused.value) == (
        f"{path}: the PDF has no text to read (a scanned image? run text recognition first)"
    )


def test_an_encrypted_pdf_is_refused(tmp_path: Path) -> None:
    writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(io.BytesIO(pdf_of([["Neuvottelu"]]))))
    writer.encrypt("salasana", algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    path = write(tmp_path, "secret.pdf", out.getvalue())
    with pytest.raises(ImportRefusedError) as refused:
        import_file(path)
    assert str(refused.value) == f"{path}: the PDF is encrypted with a password"


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"%PDF-1.7\nnothing else", "not a readable PDF: "),
        (b"not a pdf at all", None),
    ],
)
def test_a_broken_pdf_is_refused(tmp_path: Path, data: bytes, reason: str | None) -> None:
    path = write(tmp_path, "memo.pdf", data)
    with pytest.raises(ImportRefusedError) as refused:
        import_file(path)
    message = str(refused.value)
    assert message.startswith(f"{path}: {reason or 'not a PDF file by its content'}")


def test_a_pdf_with_too_many_pages_is_refused(tmp_path: Path) -> None:
    pdf = pdf_of([["x"]] * (MAX_IMPORT_PAGES + 1))
    path = write(tmp_path, "long.pdf", pdf)
    with pytest.raises(ImportRefusedError) as refused:
        import_file(path)
    assert str(refused.value) == (
        f"{path}: a PDF to import has at most {MAX_IMPORT_PAGES} pages; this one declares "
        f"{MAX_IMPORT_PAGES + 1}"
    )


def test_too_many_drawing_instructions_are_refused(tmp_path: Path) -> None:
    line = "x" * 200
    lines = [line] * 60
    pages = (MAX_IMPORT_PDF_CONTENT_BYTES // (len(line) * 60)) + 2
    path = write(tmp_path, "dense.pdf", pdf_of([lines] * pages))
    with pytest.raises(ImportRefusedError) as refused:
        import_file(path)
    assert str(refused.value).endswith(
        "MiB of drawing instructions; a PDF to import holds at most that"
    )
    assert str(refused.value).startswith(f"{path}: its pages up to page ")


def test_without_the_extra_the_message_names_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write(tmp_path, "memo.pdf", pdf_of([["Neuvottelu"]]))
    monkeypatch.setitem(sys.modules, "pypdf", None)  # as if pypdf were not installed
    with pytest.raises(MissingExtraError) as missing:
        import_file(path)
    assert str(missing.value) == (
        f"{path}: reading PDF files needs the optional extra 'pdf': pip install 'hyvaneuvottelu[pdf]'"
    )
