"""What ``from_json`` and ``from_xml`` take: bytes (JSON also str) and binary files."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest

import hyvaneuvottelu as hn
from hyvaneuvottelu import examples
from hyvaneuvottelu import jsonformat as jsonformat_module

MEMO = examples.load()
JSON = hn.to_json(MEMO)
XML = hn.to_xml(MEMO)


class Endless(io.RawIOBase):
    """A binary stream of spaces that never ends; counts what it served."""

    served = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        view = memoryview(buffer)
        view[:] = b" " * len(view)
        self.served += len(view)
        return len(view)


class Trickle(io.RawIOBase):
    """A raw stream giving one byte per read, as pipes and sockets may."""

    def __init__(self, data: bytes) -> None:
        self._data = io.BytesIO(data)

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        piece = self._data.read(1)
        memoryview(buffer)[: len(piece)] = piece
        return len(piece)


class NotReady:
    """A non-blocking stream with nothing to read yet."""

    def read(self, size: int = -1) -> None:
        return None


@pytest.mark.parametrize(
    "data",
    [JSON, bytearray(JSON), memoryview(JSON), JSON.decode(), io.BytesIO(JSON), Trickle(JSON)],
    ids=["bytes", "bytearray", "memoryview", "str", "BytesIO", "short reads"],
)
def test_from_json_reads_bytes_str_and_binary_files(data: Any) -> None:
    assert hn.from_json(data) == MEMO


def test_from_json_reads_a_file_opened_in_binary_mode(tmp_path: Path) -> None:
    path = tmp_path / "memo.json"
    path.write_bytes(JSON)
    with path.open("rb") as stream:
        assert hn.from_json(stream) == MEMO


@pytest.mark.parametrize(
    "data",
    [XML, bytearray(XML), memoryview(XML), io.BytesIO(XML), Trickle(XML)],
    ids=["bytes", "bytearray", "memoryview", "BytesIO", "short reads"],
)
def test_from_xml_reads_bytes_and_binary_files(data: Any) -> None:
    assert hn.from_xml(data) == MEMO


def test_from_xml_reads_a_file_opened_in_binary_mode(tmp_path: Path) -> None:
    path = tmp_path / "memo.xml"
    path.write_bytes(XML)
    with path.open("rb") as stream:
        assert hn.from_xml(stream) == MEMO


JSON_TAKES = "from_json reads bytes, str or a binary file, not "
XML_TAKES = "from_xml reads bytes or a binary file, not "


def _refused(reader: Any, data: Any) -> str:
    with pytest.raises(TypeError) as caught:
        reader(data)
    return str(caught.value)


def test_from_json_refuses_a_path_and_says_how_to_read_it(tmp_path: Path) -> None:
    path = tmp_path / "memo.json"
    path.write_bytes(JSON)
    assert _refused(hn.from_json, path) == (
        f"{JSON_TAKES}{type(path).__name__} (read the file first: from_json(path.read_bytes()))"
    )


def test_from_json_refuses_a_parsed_document() -> None:
    assert _refused(hn.from_json, json.loads(JSON)) == (
        f"{JSON_TAKES}dict (for a document already parsed, pass json.dumps(document))"
    )


@pytest.mark.parametrize(("data", "name"), [(None, "NoneType"), (7, "int"), (["{}"], "list")])
def test_from_json_refuses_anything_else(data: Any, name: str) -> None:
    hint = " (for a document already parsed, pass json.dumps(document))" if name == "list" else ""
    assert _refused(hn.from_json, data) == f"{JSON_TAKES}{name}{hint}"


def test_the_readers_refuse_a_file_opened_in_text_mode(tmp_path: Path) -> None:
    path = tmp_path / "memo.json"
    path.write_bytes(JSON)
    with path.open(encoding="utf-8") as stream:
        assert _refused(hn.from_json, stream) == (
            f"{JSON_TAKES}a file opened in text mode (open it with 'rb')"
        )
    assert _refused(hn.from_xml, io.StringIO(XML.decode())) == (
        f"{XML_TAKES}a file opened in text mode (open it with 'rb')"
    )


def test_the_readers_refuse_a_stream_with_nothing_to_read_yet() -> None:
    assert _refused(hn.from_json, NotReady()) == (
        "from_json reads bytes, str or a binary file; read() returned NoneType"
    )
    assert _refused(hn.from_xml, NotReady()) == (
        "from_xml reads bytes or a binary file; read() returned NoneType"
    )


def test_from_xml_refuses_str_and_says_what_to_do() -> None:
    assert _refused(hn.from_xml, XML.decode()) == (
        f"{XML_TAKES}str (encode the text as UTF-8, or open the file with 'rb')"
    )


def test_from_xml_refuses_a_path_and_anything_else(tmp_path: Path) -> None:
    assert _refused(hn.from_xml, tmp_path) == (
        f"{XML_TAKES}{type(tmp_path).__name__} (read the file first: from_xml(path.read_bytes()))"
    )
    assert _refused(hn.from_xml, {"a": 1}) == f"{XML_TAKES}dict"


def test_from_json_reads_a_file_no_further_than_the_limit(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(jsonformat_module, "MAX_INPUT_BYTES", 1000)
    stream = Endless()
    with pytest.raises(hn.DocumentError) as caught:
        hn.from_json(stream)
    assert [str(p) for p in caught.value.problems] == [
        "/: expected a document of at most 1000 bytes, found more than 1000 bytes"
    ]
    assert stream.served == 1001


def test_from_xml_reads_a_file_no_further_than_max_bytes() -> None:
    stream = Endless()
    with pytest.raises(hn.DocumentError) as caught:
        hn.from_xml(stream, max_bytes=3 * 1024 * 1024)
    assert [str(p) for p in caught.value.problems] == [
        "line 1: expected a document of at most 3145728 bytes, found more than 3145728 bytes"
    ]
    assert stream.served == 3 * 1024 * 1024 + 1
