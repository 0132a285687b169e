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
    path = package_path(target)
    own = _forms(path)
    own_ids = {found for p in own if (found := _identity(p, follow=False)) is not None}
    own_ids |= {found for p in own if (found := _identity(p)) is not None}
    around = [a for p in own for a in p.parents]
    around_ids = {found for a in around if (found := _identity(a)) is not None}
    for name in inputs:
        if os.fspath(name) == "-":
            continue
        relation = _relation(own, own_ids, around, around_ids, Path(name))
        if relation is not None:
            raise OutputError(f"{target}: the target {relation} {os.fspath(name)}; {_ADVICE}")


def _relation(
    own: list[Path],
    own_ids: set[_Identity],
    around: list[Path],
    around_ids: set[_Identity],
    name: Path,
) -> str | None:
    forms = _forms(name)
    ids = {found for p in forms if (found := _identity(p)) is not None}
    ids |= {found for p in forms if (found := _identity(p, follow=False)) is not None}
    if set(forms) & set(own) or ids & own_ids:
        return "is the input"
    parents = dict.fromkeys(a for p in forms for a in p.parents)
    if set(parents) & set(own) or any(_identity(a) in own_ids for a in parents):
        return "holds the input"
    if set(forms) & set(around) or ids & around_ids:
        return "lies inside the input folder"
    return None


def _forms(path: Path) -> list[Path]:
    """The path as its folder sees it (the entry itself) and fully resolved."""
    absolute = Path(os.path.abspath(path))
    entry = absolute.parent.resolve() / absolute.name if absolute.name else absolute
    return list(dict.fromkeys((entry, path.resolve())))


def _identity(path: Path, *, follow: bool = True) -> _Identity | None:
    try:
        found = path.stat() if follow else path.lstat()
    except (OSError, ValueError):
        return None
    return (found.st_dev, found.st_ino)
