"""The library's folder walk: memos in name order; special files and folders without
memos passed to ``skipped``, never opened, and passed over quietly without it."""

from __future__ import annotations

import errno
import os
from pathlib import Path
from typing import Any

import pytest

from hyvaneuvottelu._folders import UnreadableFolder, walk_files
from hyvaneuvottelu.validation import Skipped, walk_memos

needs_fifo = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")


def _relative(paths: list[object], root: Path) -> list[str]:
    return [os.path.relpath(str(p), root).replace(os.sep, "/") for p in paths]


def test_a_folder_and_its_subfolders_are_walked_in_name_order(tmp_path: Path) -> None:
    for name in ["d", "b", "e", "a", "c"]:
        (tmp_path / name).mkdir()
        (tmp_path / name / "m.json").write_text("{}")
    (tmp_path / "z.xml").write_text("<x/>")
    (tmp_path / "y.JSON").write_text("{}")
    (tmp_path / "notes.txt").write_text("not a memo")
    assert _relative(list(walk_memos([str(tmp_path)])), tmp_path) == [
        "y.JSON",
        "z.xml",
        "a/m.json",
        "b/m.json",
        "c/m.json",
        "d/m.json",
        "e/m.json",
    ]


def test_a_folder_without_memos_is_passed_to_skipped_or_over(tmp_path: Path) -> None:
    empty = tmp_path / "tyhja"
    empty.mkdir()
    (empty / "notes.txt").write_text("not a memo")
    seen: list[Skipped] = []
    assert list(walk_memos([str(empty)], skipped=seen.append)) == []
    assert seen == [Skipped(path=str(empty), reason="no memos")]
    assert [seen[0].message(language) for language in ("fi", "sv", "en")] == [
        "kansiossa ei ole muistioita (*.json, *.xml)",
        "mappen innehåller inga promemorior (*.json, *.xml)",
        "no memos (*.json, *.xml) in the folder",
    ]
    assert list(walk_memos([str(empty)])) == []


def test_a_folder_with_memos_is_not_skipped(tmp_path: Path) -> None:
    (tmp_path / "m.json").write_text("{}")
    seen: list[Skipped] = []
    assert _relative(list(walk_memos([str(tmp_path)], skipped=seen.append)), tmp_path) == ["m.json"]
    assert seen == []


@needs_fifo
def test_a_fifo_named_like_a_memo_is_passed_to_skipped_never_opened(tmp_path: Path) -> None:
    fifo = tmp_path / "putki.json"
    os.mkfifo(fifo)
    (tmp_path / "m.json").write_text("{}")
    seen: list[Skipped] = []
    # Opening the FIFO would block: the walk only stats it.
    assert _relative(list(walk_memos([str(tmp_path)], skipped=seen.append)), tmp_path) == ["m.json"]
    assert seen == [Skipped(path=str(fifo), reason="fifo")]
    assert [seen[0].message(language) for language in ("fi", "sv", "en")] == [
        "ohitettu: ei tavallinen tiedosto vaan nimetty putki (FIFO)",
        "hoppades över: inte en vanlig fil utan en namngiven pipe (FIFO)",
        "skipped: not a regular file but a named pipe (FIFO)",
    ]
    assert _relative(list(walk_memos([str(tmp_path)])), tmp_path) == ["m.json"]


def test_the_shared_walk_takes_the_files_of_the_suffixes_it_is_given(tmp_path: Path) -> None:
    for name in ["b", "a"]:
        (tmp_path / name).mkdir()
        (tmp_path / name / "m.json").write_text("{}")
        (tmp_path / name / "m.txt").write_text("text")
    (tmp_path / "Z.DOCX").write_text("word")
    (tmp_path / "y.Txt").write_text("text")
    (tmp_path / "x.pdf").write_text("pdf")
    docs = walk_files(str(tmp_path), (".txt", ".docx"))
    assert _relative(list(docs), tmp_path) == ["Z.DOCX", "y.Txt", "a/m.txt", "b/m.txt"]
    assert _relative(list(walk_files(str(tmp_path), (".json",))), tmp_path) == [
        "a/m.json",
        "b/m.json",
    ]
    assert list(walk_files(str(tmp_path), ())) == []


@needs_fifo
def test_the_shared_walk_gives_a_special_file_in_its_place_never_opened(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("text")
    os.mkfifo(tmp_path / "b.txt")
    (tmp_path / "c.txt").write_text("text")
    assert list(walk_files(str(tmp_path), (".txt",))) == [
        str(tmp_path / "a.txt"),
        Skipped(path=str(tmp_path / "b.txt"), reason="fifo"),
        str(tmp_path / "c.txt"),
    ]


def test_the_shared_walk_gives_a_folder_it_cannot_list_in_its_place_and_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ["a", "b", "c"]:
        (tmp_path / name).mkdir()
        (tmp_path / name / "m.txt").write_text("text")
    refused = PermissionError(errno.EACCES, "Permission denied", str(tmp_path / "b"))
    real = os.scandir

    def scandir(path: Any = ".") -> Any:
        # Root ignores permissions: refuse to list "b" as chmod 000 would.
        if os.fspath(path) == str(tmp_path / "b"):
            raise refused
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    assert list(walk_files(str(tmp_path), (".txt",))) == [
        str(tmp_path / "a" / "m.txt"),
        UnreadableFolder(path=str(tmp_path / "b"), error=refused),
        str(tmp_path / "c" / "m.txt"),
    ]
