"""Writing files whole or not at all, and never over something unasked."""

from __future__ import annotations

import contextlib
import errno
import functools
import os
import stat
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from .errors import OutputError
from .limits import MAX_INPUT_BYTES

__all__ = [
    "MAX_INPUT_BYTES",
    "PRIVATE_FILE_MODE",
    "SHARED_FILE_MODE",
    "SHARED_FOLDER_MODE",
    "FileTooLargeError",
    "NotRegularFileError",
    "current_umask",
    "place_file",
    "read_limited",
    "special_kind",
    "write_atomic",
]


#: The mode of a file holding a memo or a schema: readable by its owner only,
#: since a memo names people (less what the umask takes away).
PRIVATE_FILE_MODE = 0o600
#: The modes of an archive package's files and folders: it is handed over to
#: an archive, so readable by all (less what the umask takes away).
SHARED_FILE_MODE = 0o644
SHARED_FOLDER_MODE = 0o755


def write_atomic(
    path: str | os.PathLike[str], data: bytes, *, force: bool = False, mode: int = PRIVATE_FILE_MODE
) -> None:
    """Write ``data`` to ``path`` atomically, with permissions ``mode`` less the umask.

    The bytes go to a temporary file beside the target, are flushed to disk,
    and the file is renamed into place, so a reader sees the old file or the
    new one, never half of one. An existing file is replaced only with
    ``force``.
    """
    target = Path(path)
    if target.exists() and not force:
        raise OutputError(f"{target}: already exists; not overwritten (use --force to replace it)")
    if target.is_dir():
        raise OutputError(f"{target}: is a folder, not a file")
    directory = target.parent if str(target.parent) else Path()
    if not directory.is_dir():
        raise OutputError(f"{target}: the folder {directory} does not exist")
    handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=directory)
    try:
        with os.fdopen(handle, "wb") as stream:
            # mkstemp creates 0600 whatever the umask; the file gets the mode
            # asked for, less what the umask takes away, before any byte.
            os.fchmod(stream.fileno(), mode & ~current_umask())
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        place_file(temporary, target, force=force)
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)


def place_file(temporary: str | os.PathLike[str], target: Path, *, force: bool) -> None:
    """Rename a finished temporary file to ``target``; replace it only with ``force``."""
    if force:
        os.replace(temporary, target)
        return
    # A hard link fails if the target exists: no window in which a file that
    # appeared meanwhile could be overwritten.
    try:
        os.link(temporary, target)
    except FileExistsError:
        raise OutputError(f"{target}: appeared while writing; not overwritten") from None
    except OSError:
        # Some file systems have no hard links; fall back to a checked rename.
        if target.exists():
            raise OutputError(f"{target}: appeared while writing; not overwritten") from None
        os.replace(temporary, target)


def current_umask() -> int:
    """The process's umask, read without changing it where the system allows.

    Linux shows it in ``/proc/self/status``; elsewhere it is set and put
    back, which another thread could observe for that instant.
    """
    try:
        with open("/proc/self/status", encoding="ascii", errors="replace") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    mask = os.umask(0o077)
    os.umask(mask)
    return mask


def read_limited(name: str, limit: int = MAX_INPUT_BYTES) -> bytes:
    """The bytes of file ``name``, or of standard input for ``-``, at most ``limit``.

    Raises :class:`OSError`: :class:`FileTooLargeError` for a larger input,
    before anything is parsed; :class:`NotRegularFileError` for a FIFO, a
    socket or a device, which is never opened for a read that could block or
    have side effects; :class:`IsADirectoryError` for a folder.
    """
    data = sys.stdin.buffer.read(limit + 1) if name == "-" else _read_regular_file(name, limit)
    if len(data) > limit:
        raise _too_large(name, limit)
    return data


class FileTooLargeError(OSError):
    """An input is larger than the limit (``errno.EFBIG``); ``limit`` is in bytes."""

    limit: int


class NotRegularFileError(OSError):
    """An input is not a regular file; ``kind`` names what it is.

    ``kind`` is one of ``"fifo"``, ``"socket"``, ``"character device"``,
    ``"block device"`` or ``"special file"``.
    """

    kind: str


#: What :func:`special_kind` calls each type of file that is not a regular one.
_KINDS = (
    (stat.S_ISFIFO, "fifo", "a named pipe (FIFO)"),
    (stat.S_ISSOCK, "socket", "a socket"),
    (stat.S_ISCHR, "character device", "a character device"),
    (stat.S_ISBLK, "block device", "a block device"),
)


def special_kind(mode: int) -> str | None:
    """What a file of ``mode`` (``st_mode``) is, or None for a regular file or a folder."""
    if stat.S_ISREG(mode) or stat.S_ISDIR(mode):
        return None
    return next((kind for test, kind, _ in _KINDS if test(mode)), "special file")


def _read_regular_file(name: str, limit: int) -> bytes:
    # Opening a FIFO for reading blocks until a writer comes, and opening a
    # device can have effects of its own, so the type is checked before the
    # open. The file can be replaced between the check and the open: the open
    # is therefore non-blocking (a FIFO opens at once, without a writer) and
    # cannot make a terminal the controlling one, and the type is checked
    # again on the open descriptor before a single byte is read. The
    # descriptor is read directly: a file object would cost a folder of small
    # memos more than the reading (21 against 8 microseconds a file).
    _check_type(name, os.stat(name).st_mode)
    descriptor = os.open(name, _READ_FLAGS)
    try:
        info = os.fstat(descriptor)
        _check_type(name, info.st_mode)
        if info.st_size > limit:
            raise _too_large(name, limit)
        return _read_to_end(functools.partial(os.read, descriptor), info.st_size, limit + 1)
    finally:
        os.close(descriptor)


def _flags(*names: str) -> int:
    """The open flags ``names`` that this system has, together."""
    flags = 0
    for name in names:
        flags |= getattr(os, name, 0)
    return flags


#: How an input is opened: for reading, as bytes (Windows would otherwise turn
#: line ends), without blocking, never as the controlling terminal. Python
#: makes every descriptor it opens non-inheritable by a child process (PEP 446).
_READ_FLAGS = os.O_RDONLY | _flags("O_BINARY", "O_NONBLOCK", "O_NOCTTY")

#: What is read at a time of a file that turns out larger than it said.
_CHUNK = 1024 * 1024


def _read_to_end(read: Callable[[int], bytes], size: int, most: int) -> bytes:
    """The bytes ``read`` gives to the end, but at most ``most``.

    Each read asks for what is left of ``size`` (what the file says it
    holds) and a byte more, to see the end: asking for ``most`` at once
    would allocate, and free, a buffer that large for every small file of a
    folder. A file that grew meanwhile is read on, a chunk at a time, until
    its end or ``most``.
    """
    chunks = []
    total = 0
    while total < most:
        wanted = size + 1 - total if total <= size else _CHUNK
        chunk = read(min(wanted, most - total))
        if not chunk:
            break
        chunks.append(chunk)
        total += len(chunk)
    return b"".join(chunks)


def _check_type(name: str, mode: int) -> None:
    if stat.S_ISDIR(mode):
        raise IsADirectoryError(errno.EISDIR, "is a folder, not a file", name)
    kind = special_kind(mode)
    if kind is not None:
        described = next((words for _, k, words in _KINDS if k == kind), "a special file")
        error = NotRegularFileError(errno.EINVAL, f"not a regular file but {described}", name)
        error.kind = kind
        raise error


def _too_large(name: str, limit: int) -> FileTooLargeError:
    error = FileTooLargeError(
        errno.EFBIG, f"larger than {limit // (1024 * 1024)} MiB; refused", name
    )
    error.limit = limit
    return error
