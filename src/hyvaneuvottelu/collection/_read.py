"""Reading memos from files, folders and archive packages, each with its validation report.

The walk and the packages are read in this process, the memos parsed and
checked in up to ``jobs`` processes through the pool ``validate`` uses
(:func:`~hyvaneuvottelu.validation.map_in_processes`): bounded in flight, so
memory stays flat, and a process that dies costs only its memo.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Generator, Iterable, Iterator
from typing import Any

from .. import limits
from .._file_words import finding, folder_error_words, in_languages
from .._folders import UnreadableFolder
from .._pool import available_cpus, map_in_processes
from ..rules import UNREADABLE_FILE, Profile, Report
from ..validation import (
    _internal_error_result,
    _prepare_workers,
    read_bytes_checked,
    read_file_checked,
)
from ._entry import MemoEntry
from ._package import NotAPackage, PackageMemo, PackageProblem, package_memos
from ._walk import PackagePath, Reasons, Skip, walk

__all__ = ["read_memos"]

#: What a worker is given: a file to read, or what the walk already knows.
_Item = str | UnreadableFolder | PackageMemo | PackageProblem | MemoEntry
#: A function the caller runs on each memo in the worker (see read_memos).
Extract = Callable[[MemoEntry], Any]


def read_memos(
    paths: Iterable[str],
    *,
    profile: Profile | str = "draft",
    jobs: int = 1,
    progress: Callable[[int], None] | None = None,
    skipped: Callable[[str, str], None] | None = None,
    extract: Extract | None = None,
) -> Generator[MemoEntry, None, None]:
    """Each memo in ``paths`` with its report for ``profile``, in a stable order, as read.

    ``paths`` are memo files (JSON or XML), folders (walked recursively, in
    name order) and archive packages written by ``archive`` (a folder or a
    zip file, named as a path or met in a folder). A file that cannot be
    read, or not as a memo, is an entry too: ``memo`` None and the report
    saying why (``HN-D002``, ``HN-D001``); nothing raises for a bad file.

    ``jobs`` processes read and check the memos (0: one per CPU this process
    may use); the order of the entries does not depend on it.
    ``skipped`` is called with each path passed over and the reason, in
    English (:class:`Reasons`): the project's own files such as
    ``archive-settings.json``, special files, a folder without memos, a zip
    file in a folder that is not a package. With ``jobs`` above 1 it may be
    called before the entries that come before the path have been yielded.
    ``progress`` is called with the number of entries read so far, before
    each is yielded.

    ``extract``, a picklable function (defined at a module's top level), is
    run on each entry that has a memo, in the process that read it; the
    entry then carries its result as ``value`` and no ``memo``, so that only
    the result crosses between processes. ``ok`` still says whether the memo
    was read without errors. An exception ``extract`` raises is the caller's:
    it ends the reading and reaches the caller, as it would in one process.

    A wrong ``profile`` or ``jobs`` raises :class:`ValueError` at once.
    Closing the generator early (``close()``, or leaving a ``with
    contextlib.closing(...)`` block) stops the worker processes.
    """
    chosen = Profile(profile)
    if jobs < 0:
        raise ValueError(f"jobs: expected 0 (one per CPU) or more, found {jobs}")
    return _read_all(
        paths, chosen, jobs=jobs, progress=progress, ignore=skipped or _ignore, extract=extract
    )


def _read_all(
    paths: Iterable[str],
    chosen: Profile,
    *,
    jobs: int,
    progress: Callable[[int], None] | None,
    ignore: Skip,
    extract: Extract | None,
) -> Generator[MemoEntry, None, None]:
    work = functools.partial(_entry_of, profile=chosen, extract=extract)
    crashed = functools.partial(_crashed, profile=chosen)
    entries = map_in_processes(
        work,
        _items(paths, chosen, ignore),
        jobs=jobs or available_cpus(),
        crashed=crashed,
        weight=_weight,
        max_batch_weight=limits.MAX_XML_BYTES,
        prepare=functools.partial(_prepare_workers, chosen),
    )
    for done, entry in enumerate(entries, start=1):
        if progress is not None:
            progress(done)
        yield entry


def _ignore(path: str, reason: str) -> None:
    """Paths passed over when the caller does not ask about them."""


def _items(paths: Iterable[str], profile: Profile, skipped: Skip) -> Iterator[_Item]:
    """What the workers are given, in order: read here what only this process can read."""
    for item in walk(paths, skipped):
        if isinstance(item, PackagePath):
            for found in package_memos(item.path, named=item.named):
                if isinstance(found, NotAPackage):
                    skipped(found.path, Reasons.NOT_A_PACKAGE)
                else:
                    yield found
        elif item == "-":
            # Standard input is this process's: read here, checked there.
            result, memo = read_file_checked(item, profile)
            yield MemoEntry(
                path=item, package=None, report=result.report, memo=memo, readable=result.readable
            )
        else:
            yield item


def _weight(item: _Item) -> int:
    """The bytes an item carries to a worker."""
    return len(item.data) if isinstance(item, PackageMemo) else 0


def _entry_of(item: _Item, *, profile: Profile, extract: Extract | None) -> MemoEntry:
    entry = _read(item, profile)
    if extract is None or entry.memo is None:
        return entry
    # Built directly rather than with attrs.evolve, which costs as much as
    # the rest of the entry's handling (every field named: see MemoEntry).
    return MemoEntry(
        path=entry.path,
        package=entry.package,
        report=entry.report,
        memo=None,
        value=extract(entry),
        extracted=True,
        readable=entry.readable,
    )


def _read(item: _Item, profile: Profile) -> MemoEntry:
    if isinstance(item, MemoEntry):
        return item
    if isinstance(item, UnreadableFolder):
        found = finding(UNREADABLE_FILE.code, "", **folder_error_words(item.error))
        report = Report(profile=profile, findings=(found,))
        return MemoEntry(path=item.path, package=None, report=report, memo=None, readable=False)
    if isinstance(item, PackageProblem):
        words = in_languages("reason", fi=item.fi, sv=item.sv, en=item.en)
        report = Report(profile=profile, findings=(finding(UNREADABLE_FILE.code, "", **words),))
        return MemoEntry(
            path=item.path, package=item.package, report=report, memo=None, readable=item.readable
        )
    if isinstance(item, PackageMemo):
        return _package_entry(item, profile)
    result, memo = read_file_checked(item, profile)
    return MemoEntry(
        path=item, package=None, report=result.report, memo=memo, readable=result.readable
    )


def _package_entry(found: PackageMemo, profile: Profile) -> MemoEntry:
    # As for a file (validation.read_file_checked): an unexpected exception
    # is a defect of this library, reported on its memo, and the rest is read.
    try:
        memo, report = read_bytes_checked(found.data, format="xml", profile=profile)
    except Exception as exc:  # noqa: BLE001 - reported as a finding; see above
        error = f"{type(exc).__name__}: {exc}"
        report, memo = _internal_error_result(found.path, error, profile).report, None
    return MemoEntry(path=found.path, package=found.package, report=report, memo=memo)


def _crashed(item: _Item, reason: str, *, profile: Profile) -> MemoEntry:
    """The entry of an item whose process died (killed for memory, a crash in a C library)."""
    path = item if isinstance(item, str) else item.path
    package = item.package if isinstance(item, PackageMemo | PackageProblem | MemoEntry) else None
    report = _internal_error_result(path, reason, profile).report
    return MemoEntry(path=path, package=package, report=report, memo=None)
