"""Telling a memo's format from its file name or its first bytes, reading and writing by format."""

from __future__ import annotations

import os
import sys
from pathlib import Path, PurePosixPath
from types import FrameType
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import hyvaneuvottelu as hn
from hyvaneuvottelu import documents, examples
from hyvaneuvottelu.errors import DocumentError, HyvaneuvotteluError

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


def test_format_of_leaves_a_name_of_two_separators_to_pathlib(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Where "\\" separates too (Windows), pathlib tells the suffix; it agrees on these.
    monkeypatch.setattr(os, "altsep", "/")
    assert [documents.format_of(name) for name in ("dir/MEMO.Json", "memo.htm", "memo")] == [
        "json",
        "html",
        None,
    ]


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b'{"kind": "councilTerm"}', "json"),
        (b"<negotiation/>", "xml"),
        (b"\xef\xbb\xbf<negotiation/>", "xml"),
        (b" \t\r\n<negotiation/>", "xml"),
        (b"\xef\xbb\xbf \t\r\n{}", "json"),
        (b"\xff\xfe<\x00", "xml"),
        (b"\xfe\xff\x00<", "xml"),
        (b"", "json"),
        # A byte order mark and white space are skipped, nothing else.
        (b"X<negotiation/>", "json"),
        # Only the first 64 bytes are looked at.
        (b" " * 63 + b"<negotiation/>", "xml"),
        (b" " * 64 + b"<negotiation/>", "json"),
    ],
)
def test_sniff_format_looks_at_the_first_non_blank_byte(data: bytes, expected: str) -> None:
    assert documents.sniff_format(data) == expected


def test_read_bytes_reads_the_format_it_is_told_or_the_one_it_sniffs() -> None:
    memo = examples.load()
    xml = hn.to_xml(memo)
    assert documents.read_bytes(examples.read_bytes()) == memo
    assert documents.read_bytes(xml) == memo
    assert documents.read_bytes(xml, format="xml") == memo
    with pytest.raises(DocumentError) as caught:
        documents.read_bytes(xml, format="json")
    assert [(p.location, p.expected) for p in caught.value.problems] == [
        ("line 1, column 1", "JSON")
    ]
    with pytest.raises(DocumentError) as caught:
        documents.read_bytes(examples.read_bytes(), format="xml")
    assert [p.location for p in caught.value.problems] == ["line 1, column 1"]
    with pytest.raises(HyvaneuvotteluError, match=r"^reading html is not supported$"):
        documents.read_bytes(b"<html/>", format="html")


def test_render_writes_each_format() -> None:
    memo = examples.load()
    assert documents.render(memo, "json").startswith(b'{\n  "schemaVersion": "1.1",\n  "kind"')
    assert documents.render(memo, "json", indent=None).startswith(
        b'{"schemaVersion":"1.1","kind":"councilTerm",'
    )
    assert documents.render(memo, "xml").startswith(
        b'<?xml version="1.0" encoding="UTF-8"?>\n<negotiation xmlns="urn:hyvaneuvottelu:schema:1"'
    )
    assert documents.render(memo, "html").startswith(b'<!DOCTYPE html>\n<html lang="fi">\n')
    assert documents.render(memo, "html", lang="en").startswith(
        b'<!DOCTYPE html>\n<html lang="en">\n'
    )
    with pytest.raises(HyvaneuvotteluError, match=r"^writing pdf is not supported$"):
        documents.render(memo, "pdf")
