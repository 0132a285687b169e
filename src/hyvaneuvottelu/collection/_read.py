"""Reading memos from files, folders and archive packages, each with its validation report."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from ..rules import UNREADABLE_FILE, Profile, Report
from ..validation import (
    UnreadableFolder,
    _finding,
    _folder_error_words,
    _in_languages,
    _internal_error_result,
    read_bytes_checked,
    read_file_checked,
)
from ._entry import MemoEntry
from ._package import NotAPackage, PackageMemo, PackageProblem, package_memos
from ._walk import PackagePath, Reasons, walk

__all__ = ["read_memos"]


def read_memos(
    paths: Iterable[str],
    *,
    profile: Profile | str = "draft",
    jobs: int = 1,
    progress: Callable[[int], None] | None = None,
    skipped: Callable[[str, str], None] | None = None,
) -> Iterator[MemoEntry]:
    """Each memo in ``paths`` with its report for ``profile``, in a stable order, as read.

    ``paths`` are memo files (JSON or XML), folders (walked recursively, in
    name order) and archive packages written by ``archive`` (a folder or a
    zip file). A file that cannot be read, or not as a memo, is an entry too:
    ``memo`` None and the report saying why (``HN-D002``, ``HN-D001``).
    ``skipped`` is called with each path passed over and the reason (the
    project's own files, such as ``archive-settings.json``; special files; a
    folder without memos; a zip file in a folder that is not a package).
    ``progress`` is called with the number of entries read so far, before each is yielded.
    """
    chosen = Profile(profile)
    ignore: Callable[[str, str], None] = skipped or _ignore
    done = 0
    for item in walk(paths, ignore):
        for entry in _entries(item, chosen, ignore):
            done += 1
            if progress is not None:
                progress(done)
            yield entry


def _ignore(path: str, reason: str) -> None:
    """Paths passed over when the caller does not ask about them."""


def _entries(
    item: str | UnreadableFolder | PackagePath,
    profile: Profile,
    skipped: Callable[[str, str], None],
) -> Iterator[MemoEntry]:
    if isinstance(item, UnreadableFolder):
        finding = _finding(UNREADABLE_FILE.code, "", **_folder_error_words(item.error))
        yield MemoEntry(
            path=item.path,
            package=None,
            report=Report(profile=profile, findings=(finding,)),
            memo=None,
        )
    elif isinstance(item, PackagePath):
        for found in package_memos(item.path, named=item.named):
            if isinstance(found, NotAPackage):
                skipped(found.path, Reasons.NOT_A_PACKAGE)
            elif isinstance(found, PackageProblem):
                yield _problem_entry(found, profile)
            else:
                yield _package_entry(found, profile)
    else:
        result, memo = read_file_checked(item, profile)
        yield MemoEntry(path=item, package=None, report=result.report, memo=memo)


def _package_entry(found: PackageMemo, profile: Profile) -> MemoEntry:
    # As for a file (validation.read_file_checked): an unexpected exception
    # is a defect of this library, reported on its memo, and the rest is read.
    try:
        memo, report = read_bytes_checked(found.data, format="xml", profile=profile)
    except Exception as exc:  # noqa: BLE001 - reported as a finding; see above
        error = f"{type(exc).__name__}: {exc}"
        report, memo = _internal_error_result(found.path, error, profile).report, None
    return MemoEntry(path=found.path, package=found.package, report=report, memo=memo)


def _problem_entry(found: PackageProblem, profile: Profile) -> MemoEntry:
    words = _in_languages("reason", fi=found.fi, sv=found.sv, en=found.en)
    finding = _finding(UNREADABLE_FILE.code, "", **words)
    report = Report(profile=profile, findings=(finding,))
    return MemoEntry(path=found.path, package=found.package, report=report, memo=None)
