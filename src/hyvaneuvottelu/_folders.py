"""Walking folders for memo files: in name order, passing over what is not a regular file.

A folder that cannot be listed is reported in its place and the walk goes
on; a file named like a memo that is not a regular file (a FIFO, a socket,
a device) is never opened.
"""

from __future__ import annotations

import operator
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator

import attrs

from ._file_words import SPECIAL_KINDS, in_languages
from ._files import special_kind
from ._scan import scan

__all__ = [
    "MEMO_SUFFIXES",
    "Skipped",
    "UnreadableFolder",
    "memo_files",
    "memo_path",
    "unreadable_folder",
    "walk_files",
    "walk_memos",
]

#: Files a folder walk picks up.
MEMO_SUFFIXES = (".json", ".xml")


@attrs.frozen(kw_only=True)
class UnreadableFolder:
    """A folder the walk could not list, and the error that said so."""

    path: str
    error: OSError


@attrs.frozen(kw_only=True)
class Skipped:
    """A path the walk passed over without opening it.

    ``reason`` is what the path is: ``"fifo"``, ``"socket"``,
    ``"character device"``, ``"block device"`` or ``"special file"`` (named
    like a memo, but not a regular file), or ``"no memos"`` (a folder holding
    no memo).
    """

    path: str
    reason: str

    def message(self, language: str = "fi") -> str:
        """Why the path was passed over, in ``language`` (``fi``, ``sv`` or ``en``)."""
        if self.reason == "no memos":
            words = in_languages(
                "text",
                fi="kansiossa ei ole muistioita (*.json, *.xml)",
                sv="mappen innehåller inga promemorior (*.json, *.xml)",
                en="no memos (*.json, *.xml) in the folder",
            )
        else:
            fi, sv, en = SPECIAL_KINDS.get(self.reason, SPECIAL_KINDS["special file"])
            words = in_languages(
                "text",
                fi=f"ohitettu: ei tavallinen tiedosto vaan {fi}",
                sv=f"hoppades över: inte en vanlig fil utan {sv}",
                en=f"skipped: not a regular file but {en}",
            )
        return words.get(f"text@{language}", words["text"])


def walk_memos(
    paths: Iterable[str], *, skipped: Callable[[Skipped], None] | None = None
) -> Iterator[str | UnreadableFolder]:
    """Each path, with every folder replaced by the memos in it, recursively, in name order.

    A folder (or subfolder) that cannot be listed comes as an
    :class:`UnreadableFolder`, and the walk goes on. A file named like a memo
    that is not a regular file (a FIFO, a socket, a device) is never opened:
    it is passed to ``skipped``, as is a folder that holds no memo.
    """
    for path in paths:
        if path != "-" and os.path.isdir(path):
            found = False
            for entry in _walk(path, skipped):
                found = True
                yield entry
            if not found and skipped is not None:
                skipped(Skipped(path=path, reason="no memos"))
        else:
            yield path


def memo_files(
    paths: Iterable[str], *, skipped: Callable[[Skipped], None] | None = None
) -> Iterator[str]:
    """Like :func:`walk_memos`, but a folder that cannot be listed raises its :class:`OSError`."""
    for entry in walk_memos(paths, skipped=skipped):
        if isinstance(entry, UnreadableFolder):
            raise entry.error
        yield entry


def _walk(
    folder: str, skipped: Callable[[Skipped], None] | None
) -> Iterator[str | UnreadableFolder]:
    for entry in walk_files(folder, MEMO_SUFFIXES):
        if not isinstance(entry, Skipped):
            yield entry
        elif skipped is not None:
            skipped(entry)


def walk_files(
    folder: str, suffixes: tuple[str, ...]
) -> Iterator[str | Skipped | UnreadableFolder]:
    """The files below ``folder`` whose names end in one of ``suffixes`` (lower case;
    the names are compared in lower case), recursively, in name order.

    A file so named that is not a regular file (a FIFO, a socket, a device)
    comes as a :class:`Skipped` of its kind, never opened; a folder (or
    subfolder) that cannot be listed as an :class:`UnreadableFolder`, where the
    walk met it, and the walk goes on.
    """
    # The walk reports a folder it cannot list through onerror and goes on
    # with the rest; the errors are passed on in the order they happen.
    errors: deque[OSError] = deque()
    for _, folders, files in scan(folder, onerror=errors.append):
        while errors:
            yield unreadable_folder(errors.popleft(), folder)
        folders.sort()
        for entry in sorted(files, key=by_name):
            if entry.name.lower().endswith(suffixes):
                yield _regular(entry)
    while errors:
        yield unreadable_folder(errors.popleft(), folder)


#: Sorts a folder's entries by name, as its names sort.
by_name = operator.attrgetter("name")


def memo_path(entry: os.DirEntry[str], skipped: Callable[[Skipped], None] | None) -> str | None:
    """The path of a file a walk met, named like a memo; None if it is not a
    regular file (it is passed to ``skipped``, never opened)."""
    found = _regular(entry)
    if not isinstance(found, Skipped):
        return found
    if skipped is not None:
        skipped(found)
    return None


def _regular(entry: os.DirEntry[str]) -> str | Skipped:
    """The path of a file a walk met, or a :class:`Skipped` of its kind if it is
    not a regular file: never opened."""
    kind = entry_kind(entry)
    return entry.path if kind is None else Skipped(path=entry.path, reason=kind)


def entry_kind(entry: os.DirEntry[str]) -> str | None:
    """What a file a walk met is (:func:`~hyvaneuvottelu._files.special_kind`), or None
    for a regular file: told by its directory entry, stat'ed only for a link (or
    where the file system does not say)."""
    try:
        if entry.is_file():
            return None
        return special_kind(entry.stat().st_mode)
    except OSError:
        # A dangling link or a file gone meanwhile: reading it will say what
        # is wrong, in the file's own result.
        return None


def unreadable_folder(error: OSError, folder: str) -> UnreadableFolder:
    """A folder below ``folder`` that a walk could not list, from the error that said so."""
    return UnreadableFolder(path=str(error.filename or folder), error=error)
