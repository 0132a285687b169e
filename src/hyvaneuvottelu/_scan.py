"""A folder's tree as :func:`os.walk` gives it, with each file's directory entry.

``os.walk`` lists each folder with :func:`os.scandir` and keeps only the names
of its files: what a file is must then be asked again with a ``stat`` of its
path, a system call for each memo of a folder. The directory entries it had
already know: a regular file is told by its entry alone, and only a link or a
file system that does not say (``DT_UNKNOWN``) costs a ``stat``.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator

__all__ = ["scan"]


def scan(
    top: str, onerror: Callable[[OSError], object]
) -> Iterator[tuple[str, list[str], list[os.DirEntry[str]]]]:
    """``os.walk(top, onerror=onerror)``, top-down, with the files' entries for their names.

    Each step is ``(folder, names of its subfolders, entries of its other
    files)``, in the order the system lists them; the caller may sort or
    empty the list of names in place to choose which subfolders are walked,
    and in which order. As ``os.walk``: a link to a folder is named among the
    subfolders but not followed, a folder that cannot be listed is passed to
    ``onerror`` and left out, and a folder is listed when the walk gets to it.
    """
    pending = [top]
    while pending:
        folder = pending.pop()
        listed = _listing(folder, onerror)
        if listed is None:
            continue
        folders: list[os.DirEntry[str]] = []
        files: list[os.DirEntry[str]] = []
        for entry in listed:
            try:
                is_folder = entry.is_dir()
            except OSError:
                is_folder = False
            (folders if is_folder else files).append(entry)
        names = [entry.name for entry in folders]
        yield folder, names, files
        by_name = {entry.name: entry for entry in folders}
        for name in reversed(names):
            entry = by_name[name]
            if not entry.is_symlink():
                pending.append(entry.path)


def _listing(folder: str, onerror: Callable[[OSError], object]) -> list[os.DirEntry[str]] | None:
    try:
        with os.scandir(folder) as entries:
            return list(entries)
    except OSError as error:
        onerror(error)
        return None
