"""Where a package may go: never onto, around or into its own inputs.

Replacing a target replaces everything in it, so a target that is an input,
holds one or lies in an input folder would destroy the memos it is made of
(or be read back as a memo next time). Paths are compared resolved through
symlinks and by file identity (device and inode), so a symlink, ``..`` or a
case-insensitive file system cannot hide an overlap.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from ..errors import OutputError

__all__ = ["check_target", "package_path"]

_Identity = tuple[int, int]
_ADVICE = "choose a target outside the inputs; nothing was written"


def package_path(target: str | os.PathLike[str]) -> Path:
    """The path to write the package to: ``target``, or its real path when it
    has no name of its own (``.``, ``..``, ``dir/..``)."""
    path = Path(target)
    if path.name in ("", ".", ".."):
        path = path.resolve()
        if not path.name:
            raise OutputError(f"{target}: expected a path that names the package, found {path}")
    return path


def check_target(target: str | os.PathLike[str], inputs: Iterable[str | os.PathLike[str]]) -> None:
    """Refuse a ``target`` that is, holds or lies inside any of ``inputs``.

    ``inputs`` are the memo files and folders a package is made of and the
    settings file read for it. Raises :class:`~hyvaneuvottelu.errors.OutputError`
    naming the target and the input; ``-`` (standard input) is skipped.
    """
    paths = _Paths()
    own = paths.forms(package_path(target))
    own_ids = paths.identities(own)
    around = {a for p in own for a in p.parents}
    around_ids = {found for a in around if (found := paths.identity(a)) is not None}
    for name in inputs:
        if os.fspath(name) == "-":
            continue
        forms = paths.forms(Path(name))
        ids = paths.identities(forms)
        parents = {a for p in forms for a in p.parents}
        if own & forms or own_ids & ids:
            relation = "is the input"
        elif own & parents or any(paths.identity(a) in own_ids for a in parents):
            relation = "holds the input"
        elif around & forms or around_ids & ids:
            relation = "lies inside the input folder"
        else:
            continue
        raise OutputError(f"{target}: the target {relation} {os.fspath(name)}; {_ADVICE}")


class _Paths:
    """Resolves paths and finds file identities, each folder once."""

    def __init__(self) -> None:
        self._folders: dict[Path, Path] = {}
        self._identities: dict[tuple[Path, bool], _Identity | None] = {}

    def forms(self, path: Path) -> set[Path]:
        """The path as its folder sees it (the entry itself) and fully resolved."""
        absolute = path.absolute()
        if absolute.name in ("", ".", ".."):
            return {self._folder(absolute)}
        entry = self._folder(absolute.parent) / absolute.name
        return {entry, entry.resolve() if entry.is_symlink() else entry}

    def identities(self, forms: Iterable[Path]) -> set[_Identity]:
        """Device and inode of each form, and of the link itself where one is a link."""
        found = {self.identity(p) for p in forms} | {self.identity(p, follow=False) for p in forms}
        return {i for i in found if i is not None}

    def identity(self, path: Path, *, follow: bool = True) -> _Identity | None:
        key = (path, follow)
        if key not in self._identities:
            try:
                status = path.stat() if follow else path.lstat()
            except (OSError, ValueError):
                self._identities[key] = None
            else:
                self._identities[key] = (status.st_dev, status.st_ino)
        return self._identities[key]

    def _folder(self, path: Path) -> Path:
        if path not in self._folders:
            self._folders[path] = path.resolve()
        return self._folders[path]
