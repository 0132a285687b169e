"""What ``validate`` finds in its paths: memos, packages, and the project's own other files.

A folder holds memos, but also what this project writes or reads beside
them: transfer settings (``archive-settings.json``) and archive packages
(a folder with ``manifest.json`` and ``sahke2.xml``, or a zip file). None of
them is a memo. Settings are passed over with a note; a package is checked
as a package, as ``verify`` checks it, and what lies inside it is never
read as memos; a ``manifest.json`` or ``sahke2.xml`` found outside a
package is passed over with a note too.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from itertools import groupby
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

import attrs

from .._folders import by_name, memo_path, unreadable_folder
from .._scan import scan
from ..errors import HyvaneuvotteluError
from ..rules import Profile
from ..validation import MEMO_SUFFIXES, FileResult, Skipped, UnreadableFolder, validate_files

if TYPE_CHECKING:
    from ..archive import VerificationReport, verify_package

__all__ = ["ZIP", "Package", "PackageResult", "ProjectFile", "check_paths", "walk_entries"]

# The archive's file names (MANIFEST_FILE, SAHKE2_FILE, SETTINGS_FILE), as
# literals: memos alone need none of the archive, which is loaded when a
# package is met (a test holds them equal).
MANIFEST_FILE = "manifest.json"
SAHKE2_FILE = "sahke2.xml"
SETTINGS_FILE = "archive-settings.json"
#: The project's own files that are not memos, and what each is, in fi, sv, en.
_PROJECT_FILES = {
    SETTINGS_FILE: (
        "siirron asetukset, ei muistio",
        "överföringsinställningar, inte en promemoria",
        "transfer settings, not a memo",
    ),
    MANIFEST_FILE: (
        "siirtopaketin tiedostoluettelo, ei muistio",
        "överföringspaketets fillista, inte en promemoria",
        "the file list of a transfer package, not a memo",
    ),
    SAHKE2_FILE: (
        "siirtopaketin SÄHKE2-metatiedot, ei muistio",
        "överföringspaketets SÄHKE2-metadata, inte en promemoria",
        "the SÄHKE2 metadata of a transfer package, not a memo",
    ),
}
#: A zip file met in a folder: never opened there (it may be large, and need
#: not be a package); named as a path, it is verified as a package.
ZIP = "zip"
_ZIP_WORDS = (
    "kansiossa olevaa zip-tiedostoa ei avata; anna se polkuna, jos se on siirtopaketti",
    "en zip-fil i en mapp öppnas inte; ange den som sökväg om den är ett överföringspaket",
    "a zip file in a folder is not opened; name it as a path if it is a transfer package",
)
_LANGUAGES = ("fi", "sv", "en")


@attrs.frozen(kw_only=True)
class ProjectFile:
    """A file passed over: one of this project's own that is not a memo, or a zip file.

    ``kind`` is the file's name for the project's own files, :data:`ZIP` for a zip file.
    """

    path: str
    kind: str

    def message(self, language: str) -> str:
        words = _ZIP_WORDS if self.kind == ZIP else _PROJECT_FILES[self.kind]
        skipped = {"fi": "ohitettu", "sv": "hoppades över", "en": "skipped"}[language]
        return f"{skipped}: {words[_LANGUAGES.index(language)]}"


@attrs.frozen(kw_only=True)
class Package:
    """An archive package met among the paths: a folder, or a zip file named as a path."""

    path: str


@attrs.frozen(kw_only=True)
class PackageResult:
    """A package checked as ``verify`` checks it; ``error`` if it could not be opened."""

    file: str
    report: VerificationReport | None = None
    error: str | None = None

    @property
    def valid(self) -> bool:
        return self.report is not None and self.report.ok


def is_package_folder(path: str | os.PathLike[str]) -> bool:
    """A folder that ``archive`` wrote: its manifest and its SÄHKE2 metadata at the root."""
    # os.path.isfile answers False for a folder that cannot be read, where
    # Path.is_file raises: the walk reports such a folder on its own.
    return all(os.path.isfile(os.path.join(path, name)) for name in (MANIFEST_FILE, SAHKE2_FILE))


def check_paths(
    paths: Iterable[str],
    profile: Profile | str,
    *,
    jobs: int,
    skipped: Callable[[Skipped], None],
    passed_over: Callable[[ProjectFile], None],
    sahke2_version: str | None = None,
) -> Iterator[FileResult | PackageResult]:
    """A result for each memo and each package in ``paths``, in order.

    Memos go to :func:`validate_files` (in ``jobs`` processes, checked for the
    transfer's ``sahke2_version``), packages to :func:`verify_package`, one at
    a time in this process.
    """
    entries = walk_entries(paths, skipped, passed_over)
    for is_package, group in groupby(entries, key=lambda e: isinstance(e, Package)):
        if is_package:
            for package in group:
                yield _verify(cast("Package", package).path)
        else:
            memos = (e for e in group if not isinstance(e, Package))
            yield from validate_files(memos, profile, jobs=jobs, sahke2_version=sahke2_version)


def walk_entries(
    paths: Iterable[str],
    skipped: Callable[[Skipped], None],
    passed_over: Callable[[ProjectFile], None],
) -> Iterator[str | UnreadableFolder | Package]:
    """Each memo, unreadable folder and package in ``paths``, in order; project files skipped."""
    for path in paths:
        if path == "-":
            yield path
        elif os.path.isdir(path):
            yield from _in_folder(path, skipped, passed_over)
        elif path.lower().endswith(".zip") and os.path.isfile(path):
            yield Package(path=path)
        elif (name := _name(path)) in _PROJECT_FILES:
            passed_over(ProjectFile(path=path, kind=name))
        else:
            yield path


def _name(path: str) -> str:
    """``Path(path).name``, without making a Path for each of thousands of files."""
    name = os.path.basename(path)
    # Path takes no part from a trailing "/" or "/.": the name is the part before.
    return name if name not in ("", ".") else Path(path).name


def _in_folder(
    folder: str,
    skipped: Callable[[Skipped], None],
    passed_over: Callable[[ProjectFile], None],
) -> Iterator[str | UnreadableFolder | Package]:
    """The folder's entries in the order of :func:`walk_memos`: a package (the
    innermost around a file) in the place of its first file, once; the project's
    own files passed over; the zip files outside packages said last.

    One walk, which a folder of 10,000 memos pays once per file: a file is
    looked at for its name, and stat'ed only when named like a memo.
    """
    if is_package_folder(folder):
        yield Package(path=folder)
        return
    found = False
    zips: list[str] = []
    errors: deque[OSError] = deque()
    #: The package each folder met lies in, if any.
    packages: dict[str, str] = {}
    seen: set[str] = set()
    for root, folders, files in scan(folder, onerror=errors.append):
        while errors:
            found = True
            yield unreadable_folder(errors.popleft(), folder)
        folders.sort()
        package = _package_of(root, folders, packages) if root != folder else None
        for entry in _files(files, skipped, None if package else zips):
            found = True
            if package is not None:
                if package not in seen:
                    seen.add(package)
                    yield Package(path=package)
            elif isinstance(entry, ProjectFile):
                passed_over(entry)
            else:
                yield entry
    while errors:
        found = True
        yield unreadable_folder(errors.popleft(), folder)
    if not found:
        skipped(Skipped(path=folder, reason="no memos"))
    # Zip files, outside the packages: said, not opened, once the walk is done.
    for path in zips:
        passed_over(ProjectFile(path=path, kind=ZIP))


def _package_of(root: str, folders: list[str], packages: dict[str, str]) -> str | None:
    """The innermost package folder around folder ``root`` (itself, or as ``packages``
    say), normalised; its subfolders are noted as lying in it."""
    package = os.path.normpath(root) if is_package_folder(root) else packages.get(root)
    if package is not None:
        packages.update((os.path.join(root, name), package) for name in folders)
    return package


def _files(
    entries: list[os.DirEntry[str]], skipped: Callable[[Skipped], None], zips: list[str] | None
) -> Iterator[str | ProjectFile]:
    """The memos and the project's own files among a folder's files ``entries``, in
    name order; its zip files are added to ``zips``, if given."""
    for entry in sorted(entries, key=by_name):
        name = entry.name
        lowered = name.lower()
        if lowered.endswith(".zip"):
            if zips is not None:
                zips.append(entry.path)
        elif lowered.endswith(MEMO_SUFFIXES) and (path := memo_path(entry, skipped)):
            yield ProjectFile(path=path, kind=name) if name in _PROJECT_FILES else path


def _verify(path: str) -> PackageResult:
    if "verify_package" not in globals():
        __getattr__("verify_package")
    try:
        return PackageResult(file=path, report=verify_package(path))
    except HyvaneuvotteluError as exc:
        return PackageResult(file=path, error=str(exc))


def __getattr__(name: str) -> Any:
    # The verifier is imported when a package is met, as if imported at the top
    # (a test may replace it): memos alone need none of the archive.
    if name == "verify_package":
        from ..archive import verify_package  # noqa: PLC0415 - see above

        globals()[name] = verify_package
        return verify_package
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
