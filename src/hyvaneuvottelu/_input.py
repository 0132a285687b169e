"""What the readers take: bytes (JSON also str), or a binary file read up to a limit."""

from __future__ import annotations

import os
from typing import Any, Protocol

from .errors import DocumentError, Problem

__all__ = ["BinaryReadable", "json_input", "xml_input"]


class BinaryReadable(Protocol):
    """A file opened in binary mode, or anything else whose ``read(size)`` gives bytes."""

    def read(self, size: int, /) -> bytes | None: ...


# Read a file in pieces: read(n) allocates n bytes up front, whatever the file holds.
_CHUNK = 1024 * 1024


def json_input(data: Any, *, limit: int) -> bytes | str:
    """What ``from_json`` reads: bytes, str, or a binary file's bytes."""
    if isinstance(data, str):
        return data
    return _bytes(data, "from_json", "bytes, str or a binary file", limit, "/")


def xml_input(data: Any, *, limit: int) -> bytes:
    """What ``from_xml`` reads: bytes, or a binary file's bytes (never str)."""
    return _bytes(data, "from_xml", "bytes or a binary file", limit, "line 1")


def _bytes(data: Any, reader: str, takes: str, limit: int, location: str) -> bytes:
    """``data`` as bytes, reading a binary file to its end but never past ``limit``.

    A larger file is a :class:`DocumentError` located at ``location``; any
    other input a ``TypeError`` that says what ``reader`` takes.
    """
    if isinstance(data, bytes | bytearray | memoryview):
        return bytes(data)
    read = getattr(data, "read", None)
    if not callable(read) or isinstance(data, str):
        raise TypeError(f"{reader} reads {takes}, not {type(data).__name__}{_hint(data, reader)}")
    chunks: list[bytes] = []
    size = 0
    while size <= limit:
        chunk = read(min(_CHUNK, limit + 1 - size))
        if isinstance(chunk, str):
            raise TypeError(
                f"{reader} reads {takes}, not a file opened in text mode (open it with 'rb')"
            )
        if not isinstance(chunk, bytes | bytearray):
            # None: a non-blocking stream with nothing to read yet.
            raise TypeError(f"{reader} reads {takes}; read() returned {type(chunk).__name__}")
        if not chunk:
            break
        chunks.append(bytes(chunk))
        size += len(chunk)
    if size > limit:
        raise DocumentError(
            [
                Problem(
                    location=location,
                    expected=f"a document of at most {limit} bytes",
                    found=f"more than {limit} bytes",
                )
            ]
        )
    return b"".join(chunks)


def _hint(data: Any, reader: str) -> str:
    if isinstance(data, str):
        return " (encode the text as UTF-8, or open the file with 'rb')"
    if isinstance(data, os.PathLike):
        return f" (read the file first: {reader}(path.read_bytes()))"
    if reader == "from_json" and isinstance(data, dict | list):
        return " (for a document already parsed, pass json.dumps(document))"
    return ""
