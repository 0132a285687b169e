"""What ``read_memos`` finds in its paths: memo files, archive packages, and files passed over.

The order is the one ``validate`` uses: the paths as given, each folder
walked in name order (its files first, then its subfolders), an archive
package in the place of its folder. Unlike ``validate``, a zip file met in a
folder is looked into: if it is an archive package, its memos are read; if
not, it is passed over with a reason.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator

import attrs

# The words validate says a special file's kind in (fi, sv, en): one source for both.
from .._file_words import SPECIAL_KINDS as _KIND_WORDS
from .._folders import MEMO_SUFFIXES, UnreadableFolder, by_name, entry_kind
from .._scan import scan

__all__ = [
    "MANIFEST_FILE",
    "SAHKE2_FILE",
    "SETTINGS_FILE",
    "PackagePath",
    "Reasons",
    "Skip",
    "walk",
]

# The archive's file names, as literals: memos alone need none of the
# archive (hashlib, its settings, its manifest), which is loaded when a
# package is met. A test holds them equal to the archive's.
MANIFEST_FILE = "manifest.json"
SAHKE2_FILE = "sahke2.xml"
SETTINGS_FILE = "archive-settings.json"

#: Called with a path passed over and the reason, in English.
Skip = Callable[[str, str], None]


class Reasons:
    """Why a path is passed over (the ``reason`` given to ``skipped``)."""

    SETTINGS = "transfer settings, not a memo"
    MANIFEST = "the file list of a transfer package, not a memo"
    SAHKE2 = "the SÄHKE2 metadata of a transfer package, not a memo"
    NO_MEMOS = "no memos (*.json, *.xml) or packages (*.zip) in the folder"
    NOT_A_PACKAGE = "a zip file that is not an archive package"
    SPECIAL = "not a regular file but {kind}"

    @staticmethod
    def words(reason: str, language: str) -> str:
        """``reason`` in ``language`` (``fi``, ``sv`` or ``en``); a reason this
        module does not give as it is."""
        words = _REASON_WORDS.get(reason)
        if words is None or language not in _LANGUAGES:
            return reason
        return words[_LANGUAGES.index(language)]


_LANGUAGES = ("fi", "sv", "en")
#: Each constant reason in Finnish, Swedish and English.
_REASON_WORDS = {
    Reasons.SETTINGS: (
        "siirron asetukset, ei muistio",
        "överföringsinställningar, inte en promemoria",
        Reasons.SETTINGS,
    ),
    Reasons.MANIFEST: (
        "siirtopaketin tiedostoluettelo, ei muistio",
        "överföringspaketets fillista, inte en promemoria",
        Reasons.MANIFEST,
    ),
    Reasons.SAHKE2: (
        "siirtopaketin SÄHKE2-metatiedot, ei muistio",
        "överföringspaketets SÄHKE2-metadata, inte en promemoria",
        Reasons.SAHKE2,
    ),
    Reasons.NO_MEMOS: (
        "kansiossa ei ole muistioita (*.json, *.xml) eikä paketteja (*.zip)",
        "mappen innehåller inga promemorior (*.json, *.xml) eller paket (*.zip)",
        Reasons.NO_MEMOS,
    ),
    Reasons.NOT_A_PACKAGE: (
        "zip-tiedosto, joka ei ole siirtopaketti",
        "en zip-fil som inte är ett överföringspaket",
        Reasons.NOT_A_PACKAGE,
    ),
    # A special file, by its kind in each language.
    **{
        Reasons.SPECIAL.format(kind=en): (
            f"ei tavallinen tiedosto vaan {fi}",
            f"inte en vanlig fil utan {sv}",
            Reasons.SPECIAL.format(kind=en),
        )
        for fi, sv, en in _KIND_WORDS.values()
    },
}


_PROJECT_FILES = {
    SETTINGS_FILE: Reasons.SETTINGS,
    MANIFEST_FILE: Reasons.MANIFEST,
    SAHKE2_FILE: Reasons.SAHKE2,
}
_ZIP = ".zip"


@attrs.frozen(kw_only=True)
class PackagePath:
    """An archive package among the paths: a folder, or a zip file.

    ``named`` when the package was given as a path itself rather than met in
    a folder: a zip file named so must be a package, one met in a folder need not.
    """

    path: str
    named: bool


def walk(paths: Iterable[str], skipped: Skip) -> Iterator[str | UnreadableFolder | PackagePath]:
    """Each memo file, unreadable folder and package in ``paths``, in order."""
    for path in paths:
        if path == "-":
            yield path
        elif os.path.isdir(path):
            found = False
            for entry in _in_folder(path, skipped):
                found = True
                yield entry
            if not found:
                skipped(path, Reasons.NO_MEMOS)
        elif path.lower().endswith(_ZIP) and os.path.isfile(path):
            yield PackagePath(path=path, named=True)
        elif os.path.basename(path) in _PROJECT_FILES:
            skipped(path, _PROJECT_FILES[os.path.basename(path)])
        else:
            yield path


def is_package_folder(path: str) -> bool:
    """A folder that ``archive`` wrote: its manifest and its SÄHKE2 metadata at the root."""
    return all(os.path.isfile(os.path.join(path, name)) for name in (MANIFEST_FILE, SAHKE2_FILE))


def _in_folder(folder: str, skipped: Skip) -> Iterator[str | UnreadableFolder | PackagePath]:
    # The walk reports a folder it cannot list through onerror and goes on
    # with the rest; the errors are passed on in the order they happen.
    errors: deque[OSError] = deque()
    for root, folders, files in scan(folder, onerror=errors.append):
        while errors:
            yield _unreadable(errors.popleft(), folder)
        if is_package_folder(root):
            folders[:] = []
            yield PackagePath(path=root, named=root == folder)
            continue
        folders.sort()
        for entry in sorted(files, key=by_name):
            name = entry.name
            lowered = name.lower()
            if not lowered.endswith(_TAKEN):
                continue
            path = entry.path
            if name in _PROJECT_FILES:
                skipped(path, _PROJECT_FILES[name])
                continue
            kind = entry_kind(entry)
            if kind is not None:
                words = _KIND_WORDS.get(kind, _KIND_WORDS["special file"])
                skipped(path, Reasons.SPECIAL.format(kind=words[-1]))
            elif lowered.endswith(_ZIP):
                yield PackagePath(path=path, named=False)
            else:
                yield path
    while errors:
        yield _unreadable(errors.popleft(), folder)


#: The names the walk takes: memos and zip files (packages).
_TAKEN = (*MEMO_SUFFIXES, _ZIP)


def _unreadable(error: OSError, folder: str) -> UnreadableFolder:
    return UnreadableFolder(path=str(error.filename or folder), error=error)
