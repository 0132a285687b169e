"""Writing a package whole or not at all.

The package is built in a temporary place beside the target, named
``.<target>.<pid>.partial``, and renamed into place: a reader sees no
package or a complete one. A run that is killed leaves its temporary
behind; the next run for the same target removes every temporary whose
process is gone.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import zipfile
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from .._files import place_file
from ..errors import OutputError
from ._contents import PackageFile

__all__ = ["remove_strays", "write_folder", "write_zip"]

_PARTIAL = "partial"
_REPLACED = "replaced"
#: Zip timestamps cannot say a time before 1980 or after 2107.
_ZIP_EPOCH = (1980, 1, 1, 0, 0, 0)
_ZIP_END = (2107, 12, 31, 23, 59, 58)


def _temporary(target: Path, kind: str) -> Path:
    return target.with_name(f".{target.name}.{os.getpid()}.{kind}")


def remove_strays(target: Path) -> tuple[Path, ...]:
    """Remove temporaries of earlier runs for ``target`` whose process is gone."""
    pattern = re.compile(rf"^\.{re.escape(target.name)}\.([0-9]+)\.(?:{_PARTIAL}|{_REPLACED})$")
    removed = []
    with contextlib.suppress(FileNotFoundError):
        for entry in target.parent.iterdir():
            found = pattern.match(entry.name)
            if found and not _alive(int(found.group(1))):
                _remove(entry)
                removed.append(entry)
    return tuple(removed)


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    else:
        with contextlib.suppress(FileNotFoundError):
            path.unlink()


def _check_target(target: Path, *, force: bool) -> None:
    if not target.parent.is_dir():
        raise OutputError(f"{target}: the folder {target.parent} does not exist")
    if (target.exists() or target.is_symlink()) and not force:
        raise OutputError(f"{target}: already exists; not overwritten (use --force to replace it)")


def write_folder(target: Path, files: Sequence[PackageFile], *, force: bool = False) -> None:
    """Write ``files`` as the folder ``target``, atomically."""
    _check_target(target, force=force)
    remove_strays(target)
    staging = _temporary(target, _PARTIAL)
    try:
        staging.mkdir()
        for file in files:
            _write_member(staging, file)
        _sync_folder(staging)
        _move_into_place(staging, target, force=force)
    finally:
        _remove(staging)


def _write_member(root: Path, file: PackageFile) -> None:
    path = root.joinpath(*file.path.split("/"))
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("xb") as stream:
        stream.write(file.data)
        stream.flush()
        os.fsync(stream.fileno())


def write_zip(
    target: Path, files: Sequence[PackageFile], created: datetime, *, force: bool = False
) -> None:
    """Write ``files`` as one deterministic zip file ``target``, atomically.

    Entries are sorted by path and stamped with ``created`` (clamped to what
    zip can say), with fixed permissions, so equal files give equal bytes.
    """
    _check_target(target, force=force)
    remove_strays(target)
    staging = _temporary(target, _PARTIAL)
    stamp = max(_ZIP_EPOCH, min(_ZIP_END, created.timetuple()[:6]))
    try:
        with staging.open("xb") as stream:
            with zipfile.ZipFile(stream, "w") as archive:
                for file in sorted(files, key=lambda f: f.path):
                    info = zipfile.ZipInfo(file.path, date_time=stamp)
                    info.compress_type = zipfile.ZIP_DEFLATED
                    info.create_system = 3
                    info.external_attr = 0o100644 << 16
                    archive.writestr(info, file.data, compresslevel=9)
            stream.flush()
            os.fsync(stream.fileno())
        _move_into_place(staging, target, force=force)
    finally:
        _remove(staging)


def _sync_folder(folder: Path) -> None:
    for directory in sorted({p.parent for p in folder.rglob("*")} | {folder}):
        _fsync_directory(directory)


def _fsync_directory(directory: Path) -> None:
    with contextlib.suppress(OSError):
        handle = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(handle)
        finally:
            os.close(handle)


def _move_into_place(staging: Path, target: Path, *, force: bool) -> None:
    if force and (target.exists() or target.is_symlink()):
        aside = _temporary(target, _REPLACED)
        os.rename(target, aside)
        os.rename(staging, target)
        _remove(aside)
    elif staging.is_dir():
        if target.exists() or target.is_symlink():
            raise OutputError(f"{target}: appeared while writing; not overwritten")
        try:
            os.rename(staging, target)
        except OSError:
            raise OutputError(f"{target}: appeared while writing; not overwritten") from None
    else:
        place_file(staging, target, force=False)
    _fsync_directory(target.parent)
