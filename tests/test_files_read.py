"""Reading inputs: bounded in size, and never from a file that is not a regular one.

A FIFO is tested through the command line, in a subprocess with a timeout
(tests/test_cli_hostile.py): opening one for reading could block the tests.
"""

from __future__ import annotations

import errno
import socket
from pathlib import Path

import pytest

from hyvaneuvottelu._files import FileTooLargeError, NotRegularFileError, read_limited
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
