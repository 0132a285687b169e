"""The folder walk that keeps its files' entries walks as os.walk does."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from hyvaneuvottelu._folders import entry_kind
from hyvaneuvottelu._scan import scan
from hyvaneuvottelu.cli import main

needs_links = pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symbolic links")
needs_fifo = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")


def _tree(base: Path) -> Path:
    top = base / "top"
    for folder in ("b/deep/er", "a", "c/empty"):
        (top / folder).mkdir(parents=True)
    for name in ("z.json", "a.xml", "b/x.json", "b/deep/y.txt", "b/deep/er/m.json", "a/n.xml"):
        (top / name).write_text("{}")
    if hasattr(os, "symlink"):
        (top / "link-to-b").symlink_to(top / "b", target_is_directory=True)
        (top / "link-to-z.json").symlink_to(top / "z.json")
        (top / "dangling.json").symlink_to(top / "gone.json")
    if hasattr(os, "mkfifo"):
        os.mkfifo(top / "pipe.json")
    return top


def _steps(
    walked: Iterator[tuple[str, list[str], list[str]]],
) -> list[tuple[str, list[str], list[str]]]:
    steps = []
    for root, folders, files in walked:
        folders.sort()  # in place: the walk follows this order
        steps.append((root, list(folders), sorted(files)))
    return steps


def _scanned(top: str, errors: list[OSError]) -> Iterator[tuple[str, list[str], list[str]]]:
    for root, folders, files in scan(top, onerror=errors.append):
        yield root, folders, [entry.name for entry in files]


def test_the_steps_are_those_of_os_walk(tmp_path: Path) -> None:
    top = str(_tree(tmp_path))
    errors: list[OSError] = []
    expected = _steps(os.walk(top))
    assert _steps(_scanned(top, errors)) == expected
    assert errors == []
    # Written out by hand where links and pipes can be made (not on Windows).
    if hasattr(os, "symlink") and hasattr(os, "mkfifo"):
        assert [(os.path.relpath(r, top), d, f) for r, d, f in expected] == [
            (".", ["a", "b", "c", "link-to-b"],
             ["a.xml", "dangling.json", "link-to-z.json", "pipe.json", "z.json"]),
            ("a", [], ["n.xml"]),
            ("b", ["deep"], ["x.json"]),
            (os.path.join("b", "deep"), ["er"], ["y.txt"]),
            (os.path.join("b", "deep", "er"), [], ["m.json"]),
            ("c", ["empty"], []),
            (os.path.join("c", "empty"), [], []),
        ]  # fmt: skip


def test_a_folder_emptied_by_the_caller_is_not_walked(tmp_path: Path) -> None:
    top = str(_tree(tmp_path))
    walked = []
    for root, folders, _ in scan(top, onerror=print):
        walked.append(os.path.relpath(root, top))
        if root.endswith("b"):
            folders[:] = []
        folders.sort()
    assert walked == [".", "a", "b", "c", os.path.join("c", "empty")]


def test_a_folder_that_cannot_be_listed_goes_to_onerror(tmp_path: Path) -> None:
    errors: list[OSError] = []
    assert list(scan(str(tmp_path / "missing"), onerror=errors.append)) == []
    assert [(type(e), e.filename) for e in errors] == [
        (FileNotFoundError, str(tmp_path / "missing"))
    ]


#: Folders deeper than the test's recursion limit (_LIMIT) lets nested
#: generators go, and shallow enough that removing them recursively (as
#: pytest does with old temporary folders) stays within the default limit.
_DEPTH = 400
_LIMIT = 300


@pytest.fixture
def deep(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """A folder ``_DEPTH`` folders deep, made in ``tmp_path`` as the current
    folder, with the recursion limit at ``_LIMIT``; its innermost path."""
    monkeypatch.chdir(tmp_path)
    path = "d"
    os.mkdir(path)
    for _ in range(_DEPTH - 1):
        path = os.path.join(path, "d")
        os.mkdir(path)
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(_LIMIT)
    try:
        yield path
    finally:
        sys.setrecursionlimit(limit)
    while path:
        for name in os.listdir(path):
            os.unlink(os.path.join(path, name))
        os.rmdir(path)
        path = os.path.dirname(path)


def test_a_deep_tree_is_walked_without_recursion(deep: str) -> None:
    # Deeper than the interpreter's recursion limit would allow nested
    # generators: the walk keeps its own stack.
    roots = [root for root, _, _ in scan("d", onerror=print)]
    assert len(roots) == _DEPTH
    assert roots[-1] == deep


@pytest.mark.parametrize(
    ("command", "said"),
    [
        (["validate", "d", "--lang", "en"], "1 file: 0 valid, 1 invalid; 1 error\n"),
        (["coverage", "d", "--lang", "en", "--format", "json"], '"code": "HN-D001"'),
        (["import", "d", "--out", "drafts", "--lang", "en"], "m.txt"),
    ],
    ids=["validate", "coverage", "import"],
)
def test_the_commands_walk_a_deep_tree(
    deep: str, capsys: pytest.CaptureFixture[str], command: list[str], said: str
) -> None:
    # Each ended in an internal error (RecursionError) through os.walk.
    Path(deep, "m.json").write_text("{}")
    Path(deep, "m.txt").write_text("Neuvottelumuistio\n")
    main(command)
    out, err = capsys.readouterr()
    assert "RecursionError" not in out + err
    assert said in out + err


@needs_links
@needs_fifo
def test_what_a_file_is_is_told_by_its_entry(tmp_path: Path) -> None:
    top = _tree(tmp_path)
    kinds = {e.name: entry_kind(e) for e in os.scandir(top) if not e.is_dir()}
    assert kinds == {
        "a.xml": None,
        "z.json": None,
        "link-to-z.json": None,
        "dangling.json": None,  # reading it will say what is wrong
        "pipe.json": "fifo",
    }
