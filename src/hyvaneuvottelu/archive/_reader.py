"""Reading a package's files back, from a folder or a zip file, one chunk at a time.

A package is opened once and listed: each regular file with its size, and
what cannot be read (a symbolic link, a FIFO or other special file, a
damaged or encrypted zip entry, bytes no entry owns) as a finding about the
file it concerns. Nothing that is not a regular file is ever opened for
reading, and no file is held in memory whole: :meth:`PackageSource.read`
streams it. The limits of :mod:`hyvaneuvottelu.limits` on the number of
entries, one file's size and the total size are checked on the listing,
before anything is read.
"""

from __future__ import annotations

import contextlib
import os
import stat
from collections import Counter
from collections.abc import Iterator
from pathlib import Path, PurePosixPath
from typing import BinaryIO

import attrs

from .. import limits
from ..errors import HyvaneuvotteluError
from ._zipentry import CHUNK, EntryError, read_entry
from ._zipscan import ZipEntry, ZipStructureError, scan

__all__ = ["PackageEntry", "PackageSource", "UnreadableError", "open_package"]


class UnreadableError(Exception):
    """A file of the package cannot be read; the message says why."""


@attrs.frozen(kw_only=True)
class PackageEntry:
    """One file of the package by its ``/``-separated path inside it."""

    name: str
    size: int
    #: Why the file cannot be read, or "" when it can.
    unreadable: str = ""


@attrs.define
class PackageSource:
    """A package opened for reading: its files, and findings about the rest."""

    label: str
    #: "folder" or "zip file".
    kind: str
    entries: tuple[PackageEntry, ...] = ()
    #: ``(file, message)``: bytes, links and special files no hash covers.
    problems: list[tuple[str, str]] = attrs.Factory(list)
    #: Set when the package is refused whole: nothing of it is read.
    refused: bool = False
    folder: Path | None = None
    zip: BinaryIO | None = None
    zip_entries: dict[str, ZipEntry] = attrs.Factory(dict)

    def read(self, name: str) -> Iterator[bytes]:
        """The bytes of file ``name``, a chunk at a time.

        Raises :class:`UnreadableError` when it cannot be read, changed while
        read, or (in a zip file) disagrees with its directory record.
        """
        if self.folder is not None:
            return _read_file(self.folder, name)
        return self._read_zip_entry(name)

    def _read_zip_entry(self, name: str) -> Iterator[bytes]:
        stream, entry = self.zip, self.zip_entries[name]
        if stream is None:
            raise UnreadableError("the zip file is closed")
        try:
            yield from read_entry(stream, entry)
        except EntryError as exc:
            raise UnreadableError(str(exc)) from None
        except OSError as exc:
            raise UnreadableError(_cannot(exc)) from None

    def close(self) -> None:
        if self.zip is not None:
            self.zip.close()
            self.zip = None


@contextlib.contextmanager
def open_package(path: str | Path) -> Iterator[PackageSource]:
    """The package at ``path`` (a folder or a zip file), listed and checked.

    Raises :class:`~hyvaneuvottelu.errors.HyvaneuvotteluError` only when
    there is nothing to verify: no such path, a special file, or a package
    the system does not let us open.
    """
    package = Path(path)
    try:
        info = package.stat()
    except FileNotFoundError:
        raise HyvaneuvotteluError(f"{package}: no such package (a folder or a zip file)") from None
    except OSError as exc:
        raise HyvaneuvotteluError(f"{package}: cannot be read: {_cannot(exc)}") from None
    if stat.S_ISDIR(info.st_mode):
        source = _list_folder(package)
    elif stat.S_ISREG(info.st_mode):
        source = _list_zip(package)
    else:
        raise HyvaneuvotteluError(
            f"{package}: not a package folder or zip file ({_kind(info.st_mode)}); not read"
        )
    try:
        yield source
    finally:
        source.close()


def _kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a FIFO"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISLNK(mode):
        return "a symbolic link"
    return "a special file"


def _open_regular(path: Path, *, follow: bool = False) -> int:
    """A descriptor of ``path`` if it is a regular file; never blocks on a FIFO.

    A symbolic link is followed only with ``follow``.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0)
    if not follow:
        flags |= getattr(os, "O_NOFOLLOW", 0)
    descriptor = os.open(path, flags | getattr(os, "O_CLOEXEC", 0))
    mode = os.fstat(descriptor).st_mode
    if not stat.S_ISREG(mode):
        os.close(descriptor)
        raise UnreadableError(f"is no longer a regular file ({_kind(mode)}); not read")
    os.set_blocking(descriptor, True)
    return descriptor


def _list_folder(folder: Path) -> PackageSource:
    source = PackageSource(label=folder.name or str(folder), kind="folder", folder=folder)
    entries: list[PackageEntry] = []
    seen = 0
    pending: list[tuple[Path, str]] = [(folder, "")]
    while pending:
        directory, prefix = pending.pop()
        try:
            with os.scandir(directory) as listing:
                children = sorted(listing, key=lambda e: e.name)
        except OSError as exc:
            if not prefix:
                raise HyvaneuvotteluError(f"{folder}: cannot be read: {_cannot(exc)}") from None
            where = prefix.rstrip("/")
            source.problems.append((where, f"a folder that cannot be read: {_cannot(exc)}"))
            continue
        for child in children:
            seen += 1
            if seen > limits.MAX_PACKAGE_ENTRIES:
                return _refuse(
                    source,
                    f"it holds more than {limits.MAX_PACKAGE_ENTRIES} entries; "
                    f"a package holds at most {limits.MAX_PACKAGE_ENTRIES}",
                )
            name = f"{prefix}{child.name}"
            try:
                info = child.stat(follow_symlinks=False)
            except OSError as exc:
                entries.append(PackageEntry(name=name, size=0, unreadable=_cannot(exc)))
                continue
            if stat.S_ISDIR(info.st_mode):
                pending.append((Path(child.path), f"{name}/"))
            elif stat.S_ISREG(info.st_mode):
                entries.append(_sized(name, info.st_size))
            else:
                source.problems.append((name, f"{_kind(info.st_mode)}, not a file; not read"))
    return _totalled(source, entries)


def _cannot(exc: OSError) -> str:
    return str(exc.strerror or exc)


def _sized(name: str, size: int) -> PackageEntry:
    if size > limits.MAX_PACKAGE_FILE_BYTES:
        return PackageEntry(
            name=name,
            size=size,
            unreadable=f"{size} bytes; a file of a package holds at most "
            f"{limits.MAX_PACKAGE_FILE_BYTES} bytes; not read",
        )
    return PackageEntry(name=name, size=size)


def _refuse(source: PackageSource, reason: str) -> PackageSource:
    source.problems.append((source.label, f"cannot be verified: {reason}"))
    source.refused = True
    return source


def _totalled(source: PackageSource, entries: list[PackageEntry]) -> PackageSource:
    entries.sort(key=lambda e: e.name)
    total = sum(e.size for e in entries if not e.unreadable)
    source.entries = tuple(entries)
    if total > limits.MAX_PACKAGE_TOTAL_BYTES:
        return _refuse(
            source,
            f"its files hold {total} bytes; a package holds at most "
            f"{limits.MAX_PACKAGE_TOTAL_BYTES} bytes; nothing was read",
        )
    return source


def _read_file(folder: Path, name: str) -> Iterator[bytes]:
    try:
        descriptor = _open_regular(folder.joinpath(*name.split("/")))
        size = os.fstat(descriptor).st_size
    except OSError as exc:
        raise UnreadableError(_cannot(exc)) from None
    if size > limits.MAX_PACKAGE_FILE_BYTES:
        os.close(descriptor)
        raise UnreadableError(f"grew to {size} bytes while the package was read")
    with os.fdopen(descriptor, "rb") as stream:
        left = size
        try:
            while left >= 0:
                chunk = stream.read(min(CHUNK, left + 1))
                if not chunk:
                    break
                left -= len(chunk)
                if left < 0:
                    raise UnreadableError(f"grew while it was read (from {size} bytes)")
                yield chunk
        except OSError as exc:
            raise UnreadableError(_cannot(exc)) from None
    if left > 0:
        raise UnreadableError(f"shrank while it was read (from {size} bytes)")


def _list_zip(path: Path) -> PackageSource:
    source = PackageSource(label=path.name, kind="zip file")
    try:
        descriptor = _open_regular(path, follow=True)
    except (OSError, UnreadableError) as exc:
        reason = f"cannot be read: {_cannot(exc)}" if isinstance(exc, OSError) else str(exc)
        raise HyvaneuvotteluError(f"{path}: {reason}") from None
    stream = os.fdopen(descriptor, "rb")
    source.zip = stream
    try:
        layout = scan(
            stream,
            os.fstat(descriptor).st_size,
            label=source.label,
            max_entries=limits.MAX_PACKAGE_ENTRIES,
        )
    except ZipStructureError as exc:
        return _refuse(source, str(exc))
    except OSError as exc:
        raise HyvaneuvotteluError(f"{path}: cannot be read: {_cannot(exc)}") from None
    source.problems.extend(layout.problems)
    entries: list[PackageEntry] = []
    counts = Counter(entry.name for entry in layout.entries)
    for entry in layout.entries:
        if entry.is_dir:
            if entry.unreadable:
                source.problems.append((entry.name, entry.unreadable))
        elif counts[entry.name] > 1:
            if entry.name not in source.zip_entries:
                # Which of them the manifest means cannot be known: none is read.
                source.zip_entries[entry.name] = attrs.evolve(entry, unreadable="repeated")
                source.problems.append(
                    (entry.name, f"appears {counts[entry.name]} times in the zip file; not read")
                )
        elif unsafe := _unsafe(entry.name):
            source.problems.append((entry.name, f"{unsafe}; not read"))
        else:
            source.zip_entries[entry.name] = entry
            listed = _sized(entry.name, entry.file_size)
            entries.append(
                listed if listed.unreadable else attrs.evolve(listed, unreadable=entry.unreadable)
            )
    return _totalled(source, entries)


def _unsafe(name: str) -> str:
    pure = PurePosixPath(name)
    if not name or pure.is_absolute() or ".." in pure.parts or "\\" in name or "\x00" in name:
        return "an unsafe entry name (empty, absolute, with '..', a backslash or NUL)"
    return ""
