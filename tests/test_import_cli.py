"""The command ``import``: drafts written, the report, exit codes, nothing overwritten."""

from __future__ import annotations

import errno
import json
import os
from pathlib import Path
from typing import Any

import pytest

import hyvaneuvottelu as hn
from hyvaneuvottelu.cli import _import, main

from .import_support import seed_text

MEMO = """Neuvottelu

1. Avaus

Puheenjohtaja avasi Lohjan kaupungin ja hyvinvointialueen neuvottelun.

2. Päätös

Puheenjohtaja päätti neuvottelun.
"""
PARTIAL = "MUISTIO\n\nTapaaminen\n\nLohjan kaupungin ja hyvinvointialueen tapaaminen.\n"


@pytest.fixture
def memo(tmp_path: Path) -> Path:
    path = tmp_path / "in" / "memo.txt"
    path.parent.mkdir()
    path.write_text(MEMO, encoding="utf-8")
    return path


def test_a_memo_becomes_a_draft_and_a_report(
    memo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "drafts"
    assert main(["import", str(memo), "--out", str(out)]) == 0
    draft = out / "memo.json"
    assert hn.from_json(draft.read_bytes()) == hn.import_text(MEMO).negotiation
    assert draft.read_bytes() == hn.to_json(hn.import_text(MEMO).negotiation, indent=2)
    assert capsys.readouterr().out == (
        f"{memo} -> {draft}: imported (2 confirm, 5 absent)\n"
        '  confirm /county: the memo does not name the county: "Länsi-Uudenmaan '
        'hyvinvointialue" is the county of the municipality it names\n'
        '  confirm /kind: the memo cites no negotiation statute; the kind "councilTerm" is '
        "assumed\n"
        "  absent /date: the memo states no date\n"
        "  absent /place: the memo states no place\n"
        "  absent /participants: the memo lists no attendees\n"
        "  absent /participants/0/name: the memo does not name this participant\n"
        "  absent /record: record metadata (identifier, case id, author, approval, publicity, "
        "personal data, retention, function code, language, document type, creation time) is "
        "not in the text; an archive needs it\n"
        "1 file: 1 imported, 0 partly imported, 0 not imported\n"
    )


def test_the_seed_imports_from_the_command_line(tmp_path: Path) -> None:
    path = tmp_path / "lohja-neuvottelumuistio.txt"
    path.write_text(seed_text(), encoding="utf-8")
    assert main(["import", str(path), "--out", str(tmp_path), "--to", "xml"]) == 0
    draft = hn.from_xml((tmp_path / "lohja-neuvottelumuistio.xml").read_bytes())
    assert draft == hn.import_text(seed_text()).negotiation


def test_a_partly_read_memo_exits_1_and_its_draft_is_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "partial.txt"
    path.write_text(PARTIAL, encoding="utf-8")
    out = tmp_path / "drafts"
    assert main(["import", str(path), "--out", str(out), "--format", "json"]) == 1
    (entry,) = json.loads(capsys.readouterr().out)
    assert entry["file"] == str(path)
    assert entry["draft"] == str(out / "partial.json")
    assert entry["complete"] is False
    assert entry["notes"][0] == {
        "kind": "removed",
        "location": "line 1",
        "pointer": "",
        "message": 'document type label above the title removed: "MUISTIO"',
    }
    assert entry["notes"][1] == {
        "kind": "unread",
        "location": "line 5",
        "pointer": "",
        "message": "text outside any numbered section is not in the draft: "
        '"Lohjan kaupungin ja hyvinvointialueen tapaaminen."',
    }
    draft = hn.from_json((out / "partial.json").read_bytes())
    assert (draft.title, draft.sections) == (hn.LocalizedText(fi="Tapaaminen"), ())


def test_folders_are_searched_and_names_may_not_collide(
    memo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (memo.parent / "sub").mkdir()
    (memo.parent / "sub" / "memo.txt").write_text(MEMO, encoding="utf-8")
    (memo.parent / "notes.md").write_text("not a memo", encoding="utf-8")
    out = tmp_path / "drafts"
    assert main(["import", str(memo.parent), "--out", str(out), "--format", "json"]) == 2
    first, second = json.loads(capsys.readouterr().out)
    assert first["file"] == str(memo)
    assert second == {
        "file": str(memo.parent / "sub" / "memo.txt"),
        "error": f"{out / 'memo.json'}: another memo of this run has the same name; "
        "not overwritten",
    }
    assert sorted(p.name for p in out.iterdir()) == ["memo.json"]


def test_nothing_is_overwritten_without_force(
    memo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "drafts"
    out.mkdir()
    (out / "memo.json").write_bytes(b"precious")
    assert main(["import", str(memo), "--out", str(out)]) == 2
    assert capsys.readouterr().out == (
        f"{memo}: not imported: {out / 'memo.json'}: already exists; not overwritten "
        "(use --force to replace it)\n"
        "1 file: 0 imported, 0 partly imported, 1 not imported\n"
    )
    assert (out / "memo.json").read_bytes() == b"precious"
    assert main(["import", str(memo), "--out", str(out), "--force"]) == 0
    assert hn.from_json((out / "memo.json").read_bytes()) == hn.import_text(MEMO).negotiation


def test_missing_and_unreadable_inputs(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    binary = tmp_path / "binary.txt"
    binary.write_bytes(b"\x00\x01\x02")
    missing = tmp_path / "missing.txt"
    assert main(["import", str(missing), str(binary), "--out", str(tmp_path / "o")]) == 2
    assert capsys.readouterr().out == (
        f"{missing}: not imported: no such file\n"
        f"{binary}: not imported: not a text file (it holds NUL bytes)\n"
        "2 files: 0 imported, 0 partly imported, 2 not imported\n"
    )


def test_the_output_folder_must_be_a_folder(
    memo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "file"
    target.write_text("x", encoding="utf-8")
    assert main(["import", str(memo), "--out", str(target)]) == 2
    assert capsys.readouterr().err == f"hyvaneuvottelu: {target}: is not a folder\n"


def test_windows_1252_text_is_read_and_noted(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "old.txt"
    path.write_bytes(MEMO.encode("cp1252"))
    assert main(["import", str(path), "--out", str(tmp_path / "o")]) == 0
    report = capsys.readouterr().out
    assert (
        "  confirm line 7: the file is not UTF-8; it was read as Windows-1252: check its letters\n"
        in report
    )
    draft = hn.from_json((tmp_path / "o" / "old.json").read_bytes())
    assert draft == hn.import_text(MEMO).negotiation


def test_special_files_standard_input_and_defects_do_not_stop_the_batch(
    memo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    fifo = memo.parent / "pipe.txt"
    os.mkfifo(fifo)
    out = tmp_path / "drafts"
    assert main(["import", str(memo.parent), "-", "--out", str(out)]) == 2
    assert capsys.readouterr().out.splitlines()[-3:] == [
        f"{fifo}: not imported: not a file (fifo)",
        "-: not imported: a memo is imported from a file, not standard input",
        "3 files: 1 imported, 0 partly imported, 2 not imported",
    ]

    def broken(path: object) -> None:
        raise RuntimeError("a defect")

    monkeypatch.setattr(_import, "import_file", broken)
    assert main(["import", str(memo), "--out", str(out), "--force"]) == 2
    assert capsys.readouterr().out == (
        f"{memo}: not imported: internal error (RuntimeError: a defect); please report it to "
        "the developers, with the memo that caused it\n"
        "1 file: 0 imported, 0 partly imported, 1 not imported\n"
    )


def test_control_characters_in_names_are_shown_escaped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "evil\x1b[2J.txt"
    path.write_text(MEMO, encoding="utf-8")
    assert main(["import", str(path), "--out", str(tmp_path / "o")]) == 0
    first = capsys.readouterr().out.splitlines()[0]
    assert first.startswith(f"{tmp_path}/evil\\x1b[2J.txt -> {tmp_path}/o/evil\\x1b[2J.json: ")


def test_a_folder_is_walked_in_name_order_and_one_it_cannot_list_is_said_in_its_place(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    memos = tmp_path / "memos"
    for folder in ("c", "a", "b"):
        (memos / folder).mkdir(parents=True)
        (memos / folder / "muistio.TXT").write_text(MEMO, encoding="utf-8")
    (memos / "a" / "notes.json").write_text("{}", encoding="utf-8")
    real = os.scandir

    def scandir(path: Any = ".") -> Any:
        # Root ignores permissions: refuse to list "b" as chmod 000 would.
        if os.fspath(path) == str(memos / "b"):
            raise PermissionError(errno.EACCES, "Permission denied", os.fspath(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    out = tmp_path / "drafts"
    assert main(["import", str(memos), "--out", str(out), "--lang", "en"]) == 2
    said = [line for line in capsys.readouterr().out.splitlines() if not line.startswith("  ")]
    assert said == [
        f"{memos / 'a' / 'muistio.TXT'} -> {out / 'muistio.json'}: imported (2 confirm, 5 absent)",
        f"{memos / 'b'}: not imported: cannot list the folder: Permission denied",
        f"{memos / 'c' / 'muistio.TXT'}: not imported: "
        f"{out / 'muistio.json'}: another memo of this run has the same name; not overwritten",
        "3 files: 1 imported, 0 partly imported, 2 not imported",
    ]
