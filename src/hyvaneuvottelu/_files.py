"""Writing files whole or not at all, and never over something unasked."""

from __future__ import annotations

import contextlib
import errno
import os
import sys
import tempfile
from pathlib import Path

from .errors import OutputError

__all__ = ["MAX_INPUT_BYTES", "place_file", "read_limited", "write_atomic"]

#: Inputs larger than this are refused before parsing.
MAX_INPUT_BYTES = 64 * 1024 * 1024


def write_atomic(path: str | os.PathLike[str], data: bytes, *, force: bool = False) -> None:
    """Write ``data`` to ``path`` atomically.

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


def read_limited(name: str, limit: int = MAX_INPUT_BYTES) -> bytes:
    """The bytes of file ``name``, or of standard input for ``-``, at most ``limit``.

    Raises :class:`OSError`; a larger input raises it with ``errno.EFBIG``,
    before anything is parsed.
    """
    if name == "-":
        data = sys.stdin.buffer.read(limit + 1)
    else:
        with open(name, "rb") as stream:
            data = stream.read(limit + 1)
    if len(data) > limit:
        raise OSError(errno.EFBIG, f"larger than {limit // (1024 * 1024)} MiB; refused")
    return data
