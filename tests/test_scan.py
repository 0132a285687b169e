"""The folder walk that keeps its files' entries walks as os.walk does."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from hyvaneuvottelu._scan import scan
from hyvaneuvottelu.collection._walk import _kind

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


def test_a_deep_tree_is_walked_without_recursion(tmp_path: Path) -> None:
    # Deeper than the interpreter's recursion limit would allow nested
    # generators: the walk keeps its own stack. Relative names keep the
    # paths short of the system's limit.
    depth = 1200
    here = os.getcwd()
    os.chdir(tmp_path)
    try:
        path = "d"
        os.mkdir(path)
        for _ in range(depth - 1):  # os.makedirs recurses too
            path = os.path.join(path, "d")
            os.mkdir(path)
        roots = [root for root, _, _ in scan("d", onerror=print)]
    finally:
        os.chdir(here)
    assert len(roots) == depth
    assert roots[-1] == path


@needs_links
@needs_fifo
def test_what_a_file_is_is_told_by_its_entry(tmp_path: Path) -> None:
    top = _tree(tmp_path)
    kinds = {e.name: _kind(e) for e in os.scandir(top) if not e.is_dir()}
    assert kinds == {
        "a.xml": None,
        "z.json": None,
        "link-to-z.json": None,
        "dangling.json": None,  # reading it will say what is wrong
        "pipe.json": "fifo",
    }
