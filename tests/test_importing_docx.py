"""Word files: styles, list numbering, tables, and files that are not what they claim."""

from __future__ import annotations

import copy
import datetime as dt
import io
import sys
import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph as WordParagraph
from lxml import etree

from hyvaneuvottelu import (
    ImportRefusedError,
    LocalizedText,
    MeetingRole,
    MissingExtraError,
    NoteKind,
    Paragraph,
    Point,
    PointList,
    Presence,
    examples,
    import_file,
    import_text,
)
from hyvaneuvottelu.cli import main
from hyvaneuvottelu.limits import MAX_IMPORT_PARTS

from .import_support import docx_of, save_docx, seed_text


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_the_seed_as_a_word_file_imports_to_the_same_draft(tmp_path: Path) -> None:
    path = write(tmp_path, "lohja.docx", docx_of(examples.load(), page_header="LOHJA\tMUISTIO"))
    from_word = import_file(path)
    assert from_word.negotiation == import_text(seed_text()).negotiation
    assert [str(n) for n in from_word.of_kind(NoteKind.REMOVED)] == [
        'page header or footer of the Word file not read: "LOHJA\tMUISTIO"'
    ]
    assert from_word.source == str(path)


def test_word_sections_match_the_example_without_the_seed(tmp_path: Path) -> None:
    example = examples.load()
    draft = import_file(write(tmp_path, "lohja.docx", docx_of(example))).negotiation
    assert draft.sections == example.sections
    assert draft.participants == example.participants


def _numbered(paragraph: WordParagraph, num_id: str) -> None:
    """Give ``paragraph`` Word's own list numbering (the default template's list ``num_id``)."""
    properties = paragraph._p.get_or_add_pPr()
    numbering = etree.SubElement(properties, qn("w:numPr"))
    etree.SubElement(numbering, qn("w:ilvl")).set(qn("w:val"), "0")
    etree.SubElement(numbering, qn("w:numId")).set(qn("w:val"), num_id)


def meeting_docx() -> bytes:
    """A memo with a header table, an attendee table, numbered headings and lists."""
    document = docx.Document()
    document.add_paragraph("Neuvottelu", style="Title")
    header = document.add_table(rows=2, cols=2)
    for row, (label, value) in zip(
        header.rows,
        [("Aika", "12.2.2025 klo 13–15"), ("Paikka", "Lohjan kaupungintalo")],
        strict=True,
    ):
        row.cells[0].text, row.cells[1].text = label, value
    document.add_paragraph("Läsnä:")
    attendees = document.add_table(rows=3, cols=3)
    rows = [
        ("Nimi", "Tehtävä", "Organisaatio"),
        ("Jussi Patinen", "kaupunginhallituksen puheenjohtaja", "Lohjan kaupunki"),
        ("Mia Laiho (pj)", "aluehallituksen puheenjohtaja", "Länsi-Uudenmaan hyvinvointialue"),
    ]
    for row, cells in zip(attendees.rows, rows, strict=True):
        for cell, text in zip(row.cells, cells, strict=True):
            cell.text = text
    for title, items in (
        ("Avaus", ["Puheenjohtaja avasi neuvottelun."]),
        ("Muut asiat", []),
        ("Päätös", ["Puheenjohtaja päätti neuvottelun."]),
    ):
        _numbered(document.add_paragraph(title, style="Heading 1"), "5")
        for text in items:
            document.add_paragraph(text)
        if title == "Muut asiat":
            for text in ("Ensimmäinen asia.", "Toinen asia."):
                document.add_paragraph(text, style="List Number")
    return save_docx(document)


def test_tables_numbered_headings_and_numbered_lists(tmp_path: Path) -> None:
    result = import_file(write(tmp_path, "memo.docx", meeting_docx()))
    draft = result.negotiation
    assert (draft.date, draft.start_time, draft.end_time) == (
        dt.date(2025, 2, 12),
        dt.time(13, 0),
        dt.time(15, 0),
    )
    assert draft.place == LocalizedText(fi="Lohjan kaupungintalo")
    assert [(s.number, s.title.fi) for s in draft.sections] == [
        ("1", "Avaus"),
        ("2", "Muut asiat"),
        ("3", "Päätös"),
    ]
    assert draft.sections[1].content == (
        PointList(
            points=(
                Point(id="s2-p1", text=LocalizedText(fi="Ensimmäinen asia.")),
                Point(id="s2-p2", text=LocalizedText(fi="Toinen asia.")),
            )
        ),
    )
    assert [(p.name, p.organisation, p.roles, p.presence) for p in draft.participants] == [
        ("Jussi Patinen", "lohja", (MeetingRole.MEMBER,), Presence.PRESENT),
        ("Mia Laiho", "lansi-uusimaa", (MeetingRole.MEMBER, MeetingRole.CHAIR), Presence.PRESENT),
    ]
    assert [str(n) for n in result.of_kind(NoteKind.REMOVED)] == [
        'table 2, row 1: column headings of a table removed: "Nimi | Tehtävä | Organisaatio"'
    ]
    assert result.complete


def test_headings_without_numbers_are_numbered_in_order_and_noted(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("Neuvottelu", style="Title")
    for title in ("Avaus", "Päätös"):
        document.add_paragraph(title, style="Heading 1")
        document.add_paragraph("Lohjan kaupungin ja hyvinvointialueen neuvottelu.")
    result = import_file(write(tmp_path, "memo.docx", save_docx(document)))
    assert [(s.number, s.title.fi) for s in result.negotiation.sections] == [
        ("1", "Avaus"),
        ("2", "Päätös"),
    ]
    assert str(result.to_confirm[0]) == (
        "paragraph 2: the Word file's headings have no numbers: sections are numbered in order"
    )


def test_tracked_changes_read_as_accepted(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("Neuvottelu", style="Title")
    document.add_paragraph("1. Avaus", style="Heading 1")
    paragraph = document.add_paragraph("Lohjan kaupunki ")
    # Typed as plain elements: the stubs give a child its parent's python-docx class.
    inserted: etree._Element = etree.SubElement(paragraph._p, qn("w:ins"))
    run = copy.deepcopy(paragraph.runs[0]._r)
    text = run.find(qn("w:t"))
    assert text is not None
    text.text = "ehdotti tapaamista."
    inserted.append(run)
    deleted: etree._Element = etree.SubElement(paragraph._p, qn("w:del"))
    gone: etree._Element = etree.SubElement(etree.SubElement(deleted, qn("w:r")), qn("w:delText"))
    gone.text = " Poistettu lause."
    draft = import_file(write(tmp_path, "memo.docx", save_docx(document))).negotiation
    assert draft.sections[0].content == (
        Paragraph(text=LocalizedText(fi="Lohjan kaupunki ehdotti tapaamista.")),
    )


# Files that are not what they claim


def zipped(entries: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as package:
        for name, data in entries.items():
            package.writestr(name, data)
    return out.getvalue()


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"PK\x03\x04 broken", "not a Word file (not a readable zip: File is not a zip file)"),
        (zipped({"content.xml": b"<x/>"}), "not a Word file (no word/document.xml inside)"),
        (
            zipped({f"part{i}.xml": b"" for i in range(MAX_IMPORT_PARTS + 1)}),
            f"a Word file has at most {MAX_IMPORT_PARTS} parts; this one has {MAX_IMPORT_PARTS + 1}",
        ),
        (
            zipped({"word/document.xml": b"<not-word/>", "[Content_Types].xml": b"<x/>"}),
            "not a readable Word file: ",
        ),
    ],
)
def test_a_file_that_is_not_a_word_file_is_refused(
    tmp_path: Path, data: bytes, reason: str
) -> None:
    path = write(tmp_path, "memo.docx", data)
    with pytest.raises(ImportRefusedError) as refused:
        import_file(path)
    assert str(refused.value).startswith(f"{path}: {reason}")


def test_an_old_word_file_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path, "memo.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(100))
    with pytest.raises(ImportRefusedError) as refused:
        import_file(path)
    assert str(refused.value) == (
        f"{path}: an old Word (.doc) or other OLE file: save it as .docx or .txt first"
    )


def test_without_the_extra_the_message_names_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path, "memo.docx", meeting_docx())
    monkeypatch.setitem(sys.modules, "docx", None)  # as if python-docx were not installed
    with pytest.raises(MissingExtraError) as missing:
        import_file(path)
    assert str(missing.value) == (
        f"{path}: reading Word files needs the optional extra 'docx': "
        "pip install 'hyvaneuvottelu[docx]'"
    )
    assert missing.value.extra == "docx"
    assert main(["import", str(path), "--out", str(tmp_path / "out")]) == 2
    assert capsys.readouterr().out == (
        f"{path}: not imported: reading Word files needs the optional extra 'docx': "
        "pip install 'hyvaneuvottelu[docx]'\n"
        "1 file: 0 imported, 0 partly imported, 1 not imported\n"
    )
