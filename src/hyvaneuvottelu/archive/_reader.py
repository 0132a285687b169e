"""Reading a package's files back: from a folder or a zip file, defensively."""

from __future__ import annotations

import zipfile
import zlib
from pathlib import Path, PurePosixPath

from ..errors import HyvaneuvotteluError

__all__ = ["MAX_FILE_BYTES", "read_package"]

#: Files larger than this are not read: no memo package holds one.
MAX_FILE_BYTES = 64 * 1024 * 1024


def read_package(path: str | Path) -> tuple[dict[str, bytes], dict[str, str]]:
    """Every file of the package by its ``/``-separated path inside it, and
    the files that could not be read (a damaged zip entry), with the reason.

    Raises :class:`~hyvaneuvottelu.errors.HyvaneuvotteluError` when the
    package cannot be read at all.
    """
    package = Path(path)
    if package.is_dir():
        return _read_folder(package), {}
    if package.is_file():
        return _read_zip(package)
    raise HyvaneuvotteluError(f"{package}: no such package (a folder or a zip file)")


def _read_folder(folder: Path) -> dict[str, bytes]:
    files: dict[str, bytes] = {}
    for entry in sorted(folder.rglob("*")):
        name = entry.relative_to(folder).as_posix()
        if entry.is_symlink():
            raise HyvaneuvotteluError(f"{folder}: {name} is a symbolic link; refused")
        if entry.is_dir():
            continue
        if entry.stat().st_size > MAX_FILE_BYTES:
            raise HyvaneuvotteluError(f"{folder}: {name} is larger than 64 MiB; refused")
        files[name] = entry.read_bytes()
    return files


def _read_zip(path: Path) -> tuple[dict[str, bytes], dict[str, str]]:
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        raise HyvaneuvotteluError(f"{path}: not a package folder or zip file ({exc})") from None
    files: dict[str, bytes] = {}
    damaged: dict[str, str] = {}
    with archive:
        for info in archive.infolist():
            if info.is_dir():
                continue
            name = info.filename
            pure = PurePosixPath(name)
            if pure.is_absolute() or ".." in pure.parts or "\\" in name or name in files:
                raise HyvaneuvotteluError(f"{path}: unsafe or repeated entry name {name!r}")
            if info.file_size > MAX_FILE_BYTES:
                raise HyvaneuvotteluError(f"{path}: {name} is larger than 64 MiB; refused")
            try:
                with archive.open(info) as stream:
                    files[name] = stream.read(MAX_FILE_BYTES + 1)
            except (zipfile.BadZipFile, zlib.error, OSError, EOFError) as exc:
                # A damaged entry is a finding about that file, not the end.
                damaged[name] = str(exc)
    return files, damaged
