"""Reading an input that changes under the reader, standard input's bound, and what
a file that is not a regular one is called.

A FIFO is read in a subprocess with a timeout: should the open ever block, the
child is killed and the test fails, instead of the tests hanging.
"""

from __future__ import annotations

import io
import os
import stat
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from hyvaneuvottelu import _files as files_module
from hyvaneuvottelu._files import (
    FileTooLargeError,
    NotRegularFileError,
    _check_type,
    read_limited,
    special_kind,
)

#: A child's start: :mod:`hyvaneuvottelu._files` sees, whatever it stats, the
#: regular file named first; what it opens is what is really there.
_REPLACED_STAT = """
import errno, os, sys
from hyvaneuvottelu import _files
from hyvaneuvottelu._files import NotRegularFileError, read_limited
regular = sys.argv[1]
real = os
class Replaced:
    def __getattr__(self, name):
        return getattr(real, name)
    def stat(self, name):
        return real.stat(regular)
_files.os = Replaced()
"""

#: The child: the file checked is replaced by the FIFO named second.
_RACE = (
    _REPLACED_STAT
    + """
try:
    read_limited(sys.argv[2])
except NotRegularFileError as error:
    print("refused", error.kind)
else:
    print("read")
"""
)

#: The child, a session leader without a terminal: the file checked is replaced
#: by a terminal; then whether that terminal became its own.
_TERMINAL = (
    _REPLACED_STAT
    + """
master, slave = os.openpty()
terminal = os.ttyname(slave)
os.close(slave)
try:
    read_limited(terminal)
except NotRegularFileError as error:
    print("refused", error.kind)
try:
    os.close(os.open("/dev/tty", os.O_RDONLY | os.O_NONBLOCK))
except OSError as error:
    print("no terminal of its own" if error.errno == errno.ENXIO else error)
else:
    print("the terminal became its own")
"""
)


class _Racing:
    """``os`` for :mod:`hyvaneuvottelu._files`, but its ``stat`` and ``fstat`` say
    what ``stat_of`` and ``fstat_of`` make of the real ones."""

    def __init__(self, stat_of: Any = None, fstat_of: Any = None) -> None:
        self.stat_of = stat_of
        self.fstat_of = fstat_of

    def __getattr__(self, name: str) -> Any:
        return getattr(os, name)

    def stat(self, name: str) -> os.stat_result:
        return self.stat_of(name) if self.stat_of else os.stat(name)

    def fstat(self, fd: int) -> os.stat_result:
        return self.fstat_of(os.fstat(fd)) if self.fstat_of else os.fstat(fd)


def _sized(info: os.stat_result, size: int) -> os.stat_result:
    fields = list(info[:10])
    fields[stat.ST_SIZE] = size
    return os.stat_result(fields)


def _open_descriptors() -> int:
    return len(os.listdir("/proc/self/fd"))


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="the platform has no FIFOs")
def test_a_fifo_put_in_place_of_a_checked_file_is_opened_without_blocking_and_refused_unread(
    tmp_path: Path,
) -> None:
    fifo = tmp_path / "memo.json"
    os.mkfifo(fifo)
    regular = tmp_path / "regular.json"
    regular.write_bytes(b"{}\n")
    try:
        done = subprocess.run(
            [sys.executable, "-c", _RACE, str(regular), str(fifo)],
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
    except subprocess.TimeoutExpired:
        pytest.fail("opening the FIFO blocked: it must be opened without blocking")
    assert (done.returncode, done.stdout, done.stderr) == (0, "refused fifo\n", "")


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="the platform has no terminals to open")
def test_a_terminal_put_in_place_of_a_checked_file_does_not_become_the_readers_own(
    tmp_path: Path,
) -> None:
    regular = tmp_path / "regular.json"
    regular.write_bytes(b"{}\n")
    done = subprocess.run(
        [sys.executable, "-c", _TERMINAL, str(regular)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        start_new_session=True,
    )
    assert (done.returncode, done.stdout, done.stderr) == (
        0,
        "refused character device\nno terminal of its own\n",
        "",
    )


@pytest.mark.skipif(not os.path.isdir("/proc/self/fd"), reason="no /proc/self/fd to count in")
def test_the_descriptor_is_closed_whether_the_file_is_read_or_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    memo = tmp_path / "memo.json"
    memo.write_bytes(b"{}\n" * 10)
    before = _open_descriptors()
    assert read_limited(str(memo)) == b"{}\n" * 10
    assert _open_descriptors() == before
    with pytest.raises(FileTooLargeError):
        read_limited(str(memo), limit=5)
    assert _open_descriptors() == before
    # A device put in place of the file checked: refused on its descriptor.
    monkeypatch.setattr(files_module, "os", _Racing(stat_of=lambda _name: os.stat(memo)))
    with pytest.raises(NotRegularFileError) as caught:
        read_limited("/dev/null")
    assert caught.value.kind == "character device"
    assert _open_descriptors() == before


def test_a_file_that_grew_past_the_limit_after_its_size_was_taken_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    memo = tmp_path / "memo.json"
    memo.write_bytes(b"0123456789A")  # 11 bytes; the descriptor says 10, then 4
    monkeypatch.setattr(files_module, "os", _Racing(fstat_of=lambda info: _sized(info, 10)))
    with pytest.raises(FileTooLargeError):
        read_limited(str(memo), limit=10)
    monkeypatch.setattr(files_module, "os", _Racing(fstat_of=lambda info: _sized(info, 4)))
    assert read_limited(str(memo), limit=11) == b"0123456789A"
    with pytest.raises(FileTooLargeError):
        read_limited(str(memo), limit=10)


class _Stdin:
    def __init__(self, data: bytes) -> None:
        self.buffer = io.BytesIO(data)


@pytest.mark.parametrize(
    ("size", "limit", "accepted", "consumed"),
    [
        # By hand: at most limit bytes accepted; limit + 1 read to see there are more.
        (10, 10, True, 10),
        (9, 10, True, 9),
        (11, 10, False, 11),
        (20, 10, False, 11),
        (0, 10, True, 0),
    ],
)
def test_standard_input_is_read_to_the_limit_and_one_byte_more(
    monkeypatch: pytest.MonkeyPatch, size: int, limit: int, accepted: bool, consumed: int
) -> None:
    stdin = _Stdin(bytes(range(size)))
    monkeypatch.setattr(sys, "stdin", stdin)
    if accepted:
        assert read_limited("-", limit=limit) == bytes(range(size))
    else:
        with pytest.raises(FileTooLargeError) as caught:
            read_limited("-", limit=limit)
        assert (caught.value.filename, caught.value.limit) == ("-", limit)
    assert stdin.buffer.tell() == consumed


@pytest.mark.parametrize(
    ("mode", "kind", "said"),
    [
        (stat.S_IFIFO | 0o644, "fifo", "a named pipe (FIFO)"),
        (stat.S_IFSOCK | 0o755, "socket", "a socket"),
        (stat.S_IFCHR | 0o666, "character device", "a character device"),
        (stat.S_IFBLK | 0o660, "block device", "a block device"),
        # Solaris' door: a type none of the tests knows.
        (0o150000 | 0o644, "special file", "a special file"),
    ],
)
def test_each_kind_of_file_that_is_not_a_regular_one_is_named(
    mode: int, kind: str, said: str
) -> None:
    assert special_kind(mode) == kind
    with pytest.raises(NotRegularFileError) as caught:
        _check_type("input.json", mode)
    assert (caught.value.kind, caught.value.strerror, caught.value.filename) == (
        kind,
        f"not a regular file but {said}",
        "input.json",
    )


@pytest.mark.parametrize("mode", [stat.S_IFREG | 0o644, stat.S_IFDIR | 0o755])
def test_a_regular_file_and_a_folder_are_not_special(mode: int) -> None:
    assert special_kind(mode) is None
