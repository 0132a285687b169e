"""Writing a package whole or not at all.

The package is built in a temporary folder beside the target, named
``.<target>.<pid>.partial``: its files, one at a time, and for a zip target
then the zip made of them. The finished package takes the target's place in
one step: on Linux the old and the new are exchanged atomically
(``renameat2`` with ``RENAME_EXCHANGE``); elsewhere, or where the file system
cannot, the old one is first renamed aside to ``.<target>.<pid>.replaced``.
Either way the target holds the old package or the new one, whole.

A run that is killed leaves its temporaries behind. The next run for the
same target removes those of runs that are gone, except that an old package
set aside while the target is missing is put back, never deleted.
"""

from __future__ import annotations

import contextlib
import ctypes
import errno
import functools
import hashlib
import os
import re
import shutil
import sys
import zipfile
from collections.abc import Callable, Iterable, Sequence
from datetime import datetime
from pathlib import Path
from types import TracebackType

from .._files import SHARED_FILE_MODE, SHARED_FOLDER_MODE, current_umask, place_file
from ..errors import OutputError
from ._contents import PackageFile
from ._manifest import MANIFEST_FILE, ManifestEntry

__all__ = ["Staging", "remove_strays", "write_folder", "write_zip"]

_PARTIAL = "partial"
_REPLACED = "replaced"
#: Inside the staging folder of a zip target: the files, and the zip made of them.
_MEMBERS = "files"
_ZIP = "package.zip"
#: Zip timestamps cannot say a time before 1980 or after 2107.
_ZIP_EPOCH = (1980, 1, 1, 0, 0, 0)
_ZIP_END = (2107, 12, 31, 23, 59, 58)
_COPY_CHUNK = 1024 * 1024

_AT_FDCWD = -100
_RENAME_NOREPLACE = 1
_RENAME_EXCHANGE = 2
#: What renameat2 answers where the kernel or the file system lacks it.
_UNSUPPORTED = frozenset({errno.ENOSYS, errno.EINVAL, errno.ENOTSUP, errno.EOPNOTSUPP})


class Staging:
    """A package being written beside ``target``: add its files, then place it.

    A context manager: entering checks the target and removes the
    temporaries of dead runs; leaving removes whatever was not placed.
    """

    def __init__(self, target: Path, *, zip: bool = False, force: bool = False) -> None:
        self.target = target
        self.zip = zip
        self.force = force
        self.folder = _temporary(target, _PARTIAL)
        self._members = self.folder / _MEMBERS if zip else self.folder
        self._paths: list[str] = []
        self._umask = current_umask()

    def __enter__(self) -> Staging:
        if not self.target.parent.is_dir():
            raise OutputError(f"{self.target}: the folder {self.target.parent} does not exist")
        remove_strays(self.target)
        _check_target(self.target, force=self.force)
        _make_folder(self.folder, self._umask)
        if self.zip:
            _make_folder(self._members, self._umask)
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        _remove(self.folder)

    def add(self, path: str, chunks: Iterable[bytes]) -> ManifestEntry:
        """Write the package's file ``path`` (``/``-separated); its size and SHA-256."""
        parts = path.split("/")
        folder = self._members
        for part in parts[:-1]:
            folder = folder / part
            if not folder.is_dir():
                _make_folder(folder, self._umask)
        file = folder / parts[-1]
        digest = hashlib.sha256()
        size = 0
        with file.open("xb") as stream:
            os.fchmod(stream.fileno(), SHARED_FILE_MODE & ~self._umask)
            for chunk in chunks:
                stream.write(chunk)
                digest.update(chunk)
                size += len(chunk)
            if not self.zip:  # a zip's files are only read back to make the zip
                stream.flush()
                os.fsync(stream.fileno())
        self._paths.append(path)
        return ManifestEntry(path=path, size=size, sha256=digest.hexdigest())

    def place(self, created: datetime | None = None) -> None:
        """Put the finished package at the target.

        A zip's entries are stamped with ``created`` (clamped to what zip can
        say; 1980-01-01 when None).
        """
        if self.zip:
            package = self.folder / _ZIP
            _write_zip(self._members, sorted(self._paths), package, created, self._umask)
        else:
            package = self.folder
            _sync_folder(self.folder)
        _move_into_place(package, self.target, force=self.force)


def write_folder(target: Path, files: Sequence[PackageFile], *, force: bool = False) -> None:
    """Write ``files`` as the folder ``target``, atomically."""
    with Staging(target, force=force) as staging:
        for file in files:
            staging.add(file.path, (file.data,))
        staging.place()


def write_zip(
    target: Path, files: Sequence[PackageFile], created: datetime, *, force: bool = False
) -> None:
    """Write ``files`` as one deterministic zip file ``target``, atomically.

    Entries are sorted by path and stamped with ``created`` (clamped to what
    zip can say), with fixed permissions, so equal files give equal bytes.
    """
    with Staging(target, zip=True, force=force) as staging:
        for file in files:
            staging.add(file.path, (file.data,))
        staging.place(created)


def _temporary(target: Path, kind: str) -> Path:
    return target.with_name(f".{target.name}.{os.getpid()}.{kind}")


def remove_strays(target: Path) -> tuple[Path, ...]:
    """Remove temporaries of earlier runs for ``target`` whose process is gone.

    An old package set aside (``.replaced``) by a run killed before the new
    one took its place is renamed back to ``target`` if the target is
    missing: it is the only copy. Returns what was removed.
    """
    pattern = re.compile(rf"^\.{re.escape(target.name)}\.([0-9]+)\.({_PARTIAL}|{_REPLACED})$")
    strays = []
    with contextlib.suppress(FileNotFoundError):
        for entry in sorted(target.parent.iterdir()):
            found = pattern.match(entry.name)
            if found and not _alive(int(found.group(1))):
                strays.append((entry, found.group(2)))
    removed = []
    for entry, kind in strays:
        if kind == _REPLACED and not _present(target) and _restore(entry, target):
            continue
        _remove(entry)
        removed.append(entry)
    return tuple(removed)


def _restore(aside: Path, target: Path) -> bool:
    """Rename an old package set aside back to ``target``, never over anything."""
    try:
        if not _renameat2(aside, target, _RENAME_NOREPLACE):
            if _present(target):
                return False
            os.rename(aside, target)
    except FileExistsError:
        return False
    _fsync_directory(target.parent)
    return True


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


def _present(path: Path) -> bool:
    return path.exists() or path.is_symlink()


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    else:
        with contextlib.suppress(FileNotFoundError):
            path.unlink()


def _check_target(target: Path, *, force: bool) -> None:
    if not _present(target):
        return
    if not force:
        raise OutputError(f"{target}: already exists; not overwritten (use --force to replace it)")
    if target.is_dir() and not target.is_symlink() and not _replaceable(target):
        raise OutputError(
            f"{target}: is a folder that holds no package (no {MANIFEST_FILE}); "
            "not replaced, even with --force"
        )


def _replaceable(folder: Path) -> bool:
    """An empty folder, or one that holds a package: what --force may replace."""
    if (folder / MANIFEST_FILE).is_file():
        return True
    with os.scandir(folder) as entries:
        return next(entries, None) is None


def _make_folder(folder: Path, umask: int) -> None:
    """Make ``folder`` with the package's folder mode less ``umask``, whatever mkdir gave it."""
    folder.mkdir()
    os.chmod(folder, SHARED_FOLDER_MODE & ~umask)


def _write_zip(
    root: Path, paths: Sequence[str], package: Path, created: datetime | None, umask: int
) -> None:
    """The zip of the files ``paths`` under ``root``, in that order, file by file."""
    moment = created.timetuple()[:6] if created is not None else _ZIP_EPOCH
    stamp = max(_ZIP_EPOCH, min(_ZIP_END, moment))
    with package.open("xb") as stream:
        os.fchmod(stream.fileno(), SHARED_FILE_MODE & ~umask)
        with zipfile.ZipFile(stream, "w") as archive:
            for path in paths:
                file = root.joinpath(*path.split("/"))
                info = zipfile.ZipInfo(path, date_time=stamp)
                info.compress_type = zipfile.ZIP_DEFLATED
                _best_compression(info)
                info.create_system = 3
                info.external_attr = 0o100644 << 16
                # Known beforehand, as writestr would set it: the same headers.
                info.file_size = file.stat().st_size
                with file.open("rb") as source, archive.open(info, "w") as entry:
                    shutil.copyfileobj(source, entry, _COPY_CHUNK)
        stream.flush()
        os.fsync(stream.fileno())


def _best_compression(info: zipfile.ZipInfo) -> None:
    """Deflate at level 9, as ``writestr(..., compresslevel=9)`` does for a whole file."""
    if sys.version_info >= (3, 13):
        info.compress_level = 9
    else:
        # Python 3.11 and 3.12 name the level only privately; writestr sets it so.
        info._compresslevel = 9  # type: ignore[attr-defined]


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


def _move_into_place(package: Path, target: Path, *, force: bool) -> None:
    if force and _present(target):
        # The old package ends up at ``package``, inside the staging folder
        # that is removed next; a crash before that leaves a stray, never a gap.
        if not _renameat2(package, target, _RENAME_EXCHANGE):
            aside = _temporary(target, _REPLACED)
            os.rename(target, aside)
            os.rename(package, target)
            _remove(aside)
    elif package.is_dir():
        try:
            moved = _renameat2(package, target, _RENAME_NOREPLACE)
            if not moved:
                if _present(target):
                    raise FileExistsError(errno.EEXIST, "exists", str(target))
                os.rename(package, target)
        except OSError:
            raise OutputError(f"{target}: appeared while writing; not overwritten") from None
    else:
        place_file(package, target, force=False)
    _fsync_directory(target.parent)


def _renameat2(source: Path, target: Path, flags: int) -> bool:
    """Rename with ``renameat2(2)`` flags; False where the system or file system lacks it."""
    function = _libc_renameat2()
    if function is None:
        return False
    if function(_AT_FDCWD, os.fsencode(source), _AT_FDCWD, os.fsencode(target), flags) == 0:
        return True
    error = ctypes.get_errno()
    if error in _UNSUPPORTED:
        return False
    raise OSError(error, os.strerror(error), str(target))


@functools.cache
def _libc_renameat2() -> Callable[[int, bytes, int, bytes, int], int] | None:
    if sys.platform != "linux":
        return None
    try:
        function = ctypes.CDLL(None, use_errno=True).renameat2
    except (OSError, AttributeError):  # no C library to load, or one without renameat2
        return None
    # int renameat2(int olddirfd, const char *oldpath, int newdirfd, const char *newpath,
    #               unsigned int flags)
    function.argtypes = (
        ctypes.c_int,
        ctypes.c_char_p,
        ctypes.c_int,
        ctypes.c_char_p,
        ctypes.c_uint,
    )
    function.restype = ctypes.c_int
    return function
