"""Telling a memo's format from its file name."""

from __future__ import annotations

import sys
from pathlib import Path, PurePosixPath
from types import FrameType
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hyvaneuvottelu import documents

#: Names and the format each implies, written by hand: the answers of
#: ``Path(name).suffix``, lower-cased, looked up among the known extensions.
_NAMES = [
    ("memo.json", "json"),
    ("memo.xml", "xml"),
    ("memo.html", "html"),
    ("memo.htm", "html"),
    # Upper and mixed case.
    ("MEMO.JSON", "json"),
    ("memo.Json", "json"),
    ("memo.XML", "xml"),
    ("memo.HTM", "html"),
    # In folders.
    ("dir/memo.json", "json"),
    ("/abs/dir.xml/memo.json", "json"),
    ("dir.json/memo", None),
    ("dir.json/memo.txt", None),
    # Several dots: the last one counts.
    ("memo.txt.json", "json"),
    ("a.b.c.xml", "xml"),
    ("memo.json.txt", None),
    ("memo.json.", None),
    ("memo.", None),
    # No suffix, or an unknown one.
    ("memo", None),
    ("memo.txt", None),
    ("memo.jsonx", None),
    ("memo.jso", None),
    ("memo.json ", None),
    ("memo. json", None),
    ("memo.ｊｓｏｎ", None),
    ("-", None),
    ("", None),
    # Dotfiles have no suffix; a name beginning with two dots does.
    (".json", None),
    (".XML", None),
    ("dir/.json", None),
    ("/.html", None),
    ("..json", "json"),
    ("...xml", "xml"),
    ("dir/..json", "json"),
    # pathlib drops a trailing separator and "." parts.
    ("x.json/", "json"),
    ("x.json//", "json"),
    ("x.json/.", "json"),
    ("x.json/./", "json"),
    ("dir/x.xml/./.", "xml"),
    ("x.json/..", None),
    (".", None),
    ("..", None),
    ("/", None),
    ("//", None),
    ("./.json", None),
    ("./", None),
]


@pytest.mark.parametrize(("name", "expected"), _NAMES)
def test_format_of_tells_the_format_by_the_last_suffix(name: str, expected: str | None) -> None:
    assert documents.format_of(name) == expected
    assert documents.format_of(Path(name)) == expected


_KNOWN = {".json": "json", ".xml": "xml", ".html": "html", ".htm": "html"}


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="/.-: jJsSoOnNxXmMlLhHtT", max_size=16))
def test_format_of_agrees_with_pathlib(name: str) -> None:
    assert documents.format_of(name) == _KNOWN.get(PurePosixPath(name).suffix.lower())


def test_format_of_an_ordinary_name_runs_no_pathlib_code() -> None:
    """Asked for every memo of a folder, it makes no Path (which costs more than the rest)."""
    ran: list[str] = []

    def profile(frame: FrameType, event: str, arg: Any) -> None:
        if event == "call":
            ran.append(frame.f_code.co_filename)

    sys.setprofile(profile)
    try:
        found = [documents.format_of(f"/memos/2026/memo-{i}.JSON") for i in range(3)]
    finally:
        sys.setprofile(None)
    assert found == ["json", "json", "json"]
    assert [file for file in ran if "pathlib" in file] == []
