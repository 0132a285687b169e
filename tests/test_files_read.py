"""Reading inputs: bounded in size, and never from a file that is not a regular one.

A FIFO is tested through the command line, in a subprocess with a timeout
(tests/test_cli_hostile.py): opening one for reading could block the tests.
"""

from __future__ import annotations

import errno
import io
import socket
import tracemalloc
from pathlib import Path

import pytest

from hyvaneuvottelu._files import (
    FileTooLargeError,
    NotRegularFileError,
    _read_to_end,
    read_limited,
)
from hyvaneuvottelu.limits import MAX_INPUT_BYTES


def test_a_file_larger_than_the_limit_is_refused_by_its_size(tmp_path: Path) -> None:
    path = tmp_path / "large.json"
    with path.open("wb") as stream:
        stream.truncate(MAX_INPUT_BYTES + 1)
    with pytest.raises(FileTooLargeError) as caught:
        read_limited(str(path))
    error = caught.value
    assert (error.errno, error.strerror, error.filename, error.limit) == (
        errno.EFBIG,
        "larger than 64 MiB; refused",
        str(path),
        MAX_INPUT_BYTES,
    )


def test_a_character_device_is_refused_unread() -> None:
    with pytest.raises(NotRegularFileError) as caught:
        read_limited("/dev/null")
    assert (caught.value.kind, caught.value.strerror) == (
        "character device",
        "not a regular file but a character device",
    )


def test_a_socket_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    listener = socket.socket(socket.AF_UNIX)
    try:
        listener.bind(str(path))
        with pytest.raises(NotRegularFileError) as caught:
            read_limited(str(path))
    finally:
        listener.close()
    assert (caught.value.kind, caught.value.strerror) == (
        "socket",
        "not a regular file but a socket",
    )


def test_a_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(IsADirectoryError) as caught:
        read_limited(str(tmp_path))
    assert caught.value.strerror == "is a folder, not a file"


def test_a_regular_file_is_read_whole(tmp_path: Path) -> None:
    path = tmp_path / "memo.json"
    path.write_bytes(b"{}\n")
    assert read_limited(str(path)) == b"{}\n"


def test_a_small_file_is_read_without_a_buffer_the_size_of_the_limit(tmp_path: Path) -> None:
    # A buffer as large as the limit (64 MiB), allocated and freed for each
    # file of a folder, made reading a small memo three times slower.
    path = tmp_path / "memo.json"
    path.write_bytes(b"{}\n" * 1000)
    tracemalloc.start()
    try:
        data = read_limited(str(path))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert data == b"{}\n" * 1000
    assert peak < 64 * 1024


class _Growing(io.BytesIO):
    """A file that holds more than its size said when it was opened, read in short pieces."""

    def read(self, size: int | None = -1, /) -> bytes:
        return super().read(min(size if size is not None and size >= 0 else 3, 3))


def test_a_file_that_grew_since_its_size_was_taken_is_read_to_its_end_or_the_limit() -> None:
    assert _read_to_end(_Growing(b"0123456789").read, 4, 100) == b"0123456789"
    assert _read_to_end(_Growing(b"0123456789").read, 4, 7) == b"0123456"
    assert _read_to_end(_Growing(b"0123456789").read, 20, 100) == b"0123456789"
    assert _read_to_end(io.BytesIO(b"0123456789").read, 10, 11) == b"0123456789"


class _Recording:
    """A file of ``data`` that gives at most what is asked, and keeps each size asked."""

    def __init__(self, data: bytes) -> None:
        self.stream = io.BytesIO(data)
        self.asked: list[int] = []

    def read(self, size: int, /) -> bytes:
        self.asked.append(size)
        return self.stream.read(size)


_MIB = 1_048_576


@pytest.mark.parametrize(
    ("length", "size", "most", "asked"),
    [
        # By hand. As announced: its bytes and one more in one read, then one to see the end.
        (10, 10, 11, [11, 1]),
        (0, 0, 11, [1]),
        # Grown since its size was taken: what is left of the limit, until the end...
        (10, 4, 100, [5, 95, 90]),
        # ...or until the limit, and no read after it.
        (10, 4, 7, [5, 2]),
        # Grown by more than a chunk: a mebibyte at a time.
        (3 * _MIB, 0, 4 * _MIB, [1, _MIB, _MIB, _MIB, _MIB]),
    ],
)
def test_each_read_asks_for_what_is_left_and_a_byte_more_then_a_chunk_at_a_time(
    length: int, size: int, most: int, asked: list[int]
) -> None:
    data = bytes(range(256)) * (length // 256) + bytes(range(length % 256))
    recording = _Recording(data)
    assert _read_to_end(recording.read, size, most) == data[:most]
    assert recording.asked == asked
