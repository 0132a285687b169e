"""Validating files: read each memo, check it, report; folders walked.

Reading is the formats' business and checking the rules'; this module joins
them for files, so that a file that is not a memo still gets a report
(``HN-D001``, ``HN-D002``) and a batch never stops at the first bad file.
The work is spread over processes by :mod:`hyvaneuvottelu._pool`
(:func:`map_in_processes`, :func:`available_cpus`, imported from here too);
folders are walked by :mod:`hyvaneuvottelu._folders` (:func:`walk_memos`,
:func:`memo_files` and their types, imported from here too), and the
findings' words are :mod:`hyvaneuvottelu._file_words`'.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator
from typing import Any

import attrs

from . import documents
from ._file_words import finding as _finding
from ._file_words import folder_error_words as _folder_error_words
from ._file_words import internal_error_words as _internal_error_words
from ._file_words import os_error_words as _os_error_words
from ._file_words import problem_words as _problem_words
from ._file_words import too_large_words as _too_large_words
from ._files import FileTooLargeError, read_limited
from ._folders import MEMO_SUFFIXES, Skipped, UnreadableFolder, memo_files, walk_memos
from ._pickled import report_from_state, report_state, restorer
from ._pool import available_cpus, map_in_processes
from .errors import DocumentError, HyvaneuvotteluError, Problem
from .model import Negotiation
from .rules import NOT_A_DOCUMENT, UNREADABLE_FILE, Profile, Report, check

__all__ = [
    "MEMO_SUFFIXES",
    "FileResult",
    "Skipped",
    "UnreadableFolder",
    "available_cpus",
    "map_in_processes",
    "memo_files",
    "validate_bytes",
    "validate_file",
    "validate_files",
    "walk_memos",
]

#: The longest exception message quoted in an internal-error finding.
_MAX_ERROR_TEXT = 300


@attrs.frozen(kw_only=True)
class FileResult:
    """The report on one file.

    ``readable`` is False when the file (or folder) could not be read for a
    reason outside its content: missing, no permission, not a regular file.
    ``internal_error`` names the unexpected exception (``"ValueError: ..."``)
    that stopped the check of this file: a defect of this library, reported
    as a finding too, so that the batch goes on.
    """

    file: str
    report: Report
    readable: bool = True
    internal_error: str | None = None

    def __reduce__(self) -> tuple[Any, ...]:
        # Results cross from the worker processes by the thousand: pickled as
        # their fields, not as attrs' dict of them (see hyvaneuvottelu._pickled).
        return (
            _restored_result,
            ((self.file, report_state(self.report), self.readable, self.internal_error),),
        )


def _restored_result(fields: tuple[Any, ...]) -> FileResult:
    """The result :meth:`FileResult.__reduce__` pickled, from its fields in order."""
    file, report, readable, internal_error = fields
    return restorer(FileResult)((file, report_from_state(report), readable, internal_error))


def validate_bytes(
    data: bytes,
    *,
    format: str | None = None,
    profile: Profile | str = Profile.DRAFT,
    sahke2_version: str | None = None,
) -> Report:
    """Read a memo from ``data`` and check it; reading problems become ``HN-D001`` findings.

    ``sahke2_version`` is the SÄHKE2 schema of the transfer the archive profile checks for
    (see :func:`~hyvaneuvottelu.check`).
    """
    return read_bytes_checked(
        data, format=format, profile=Profile(profile), sahke2_version=sahke2_version
    )[1]


def read_bytes_checked(
    data: bytes, *, format: str | None, profile: Profile, sahke2_version: str | None = None
) -> tuple[Negotiation | None, Report]:
    """The memo in ``data`` (None if there is none) and its report, as :func:`validate_bytes`."""
    try:
        negotiation = documents.read_bytes(data, format=format)
    except DocumentError as exc:
        findings = tuple(
            _finding(NOT_A_DOCUMENT.code, p.location, **_problem_words(p)) for p in exc.problems
        )
        return None, Report(profile=profile, findings=findings)
    except HyvaneuvotteluError as exc:
        finding = _finding(
            NOT_A_DOCUMENT.code,
            "",
            **_problem_words(Problem(location="", expected="a readable memo", found=str(exc))),
        )
        return None, Report(profile=profile, findings=(finding,))
    return negotiation, check(negotiation, profile, sahke2_version=sahke2_version)


def validate_file(
    name: str, profile: Profile | str = Profile.DRAFT, *, sahke2_version: str | None = None
) -> FileResult:
    """Read file ``name`` (``-`` for standard input) and check it; never raises for the file.

    A file refused for its size is invalid (``HN-D002``, but readable); a file
    that cannot be read at all is unreadable (``HN-D002``).
    """
    chosen = Profile(profile)
    # The readers raise DocumentError for bad input and the rules never raise;
    # any other exception here is a defect of this library. It must neither
    # stop the batch (one memo would cost the report on thousands) nor pass
    # for a verdict on the memo: it becomes an error finding that names the
    # exception's type, and FileResult.internal_error carries it so that the
    # command line also says so on standard error. Exception, not
    # BaseException: an interrupt or an exit still ends the batch.
    try:
        return _validate_file(name, chosen, sahke2_version)
    except Exception as exc:  # noqa: BLE001 - reported as a finding; see above
        return _internal_error_result(name, f"{type(exc).__name__}: {exc}", chosen)


def read_file_checked(
    name: str, profile: Profile, *, sahke2_version: str | None = None
) -> tuple[FileResult, Negotiation | None]:
    """The result of :func:`validate_file`, and the memo read (None if there is none)."""
    try:
        return _read_file(name, profile, sahke2_version)
    except Exception as exc:  # noqa: BLE001 - a finding, as in validate_file
        return _internal_error_result(name, f"{type(exc).__name__}: {exc}", profile), None


def _internal_error_result(name: str, error: str, profile: Profile) -> FileResult:
    if len(error) > _MAX_ERROR_TEXT:
        error = error[: _MAX_ERROR_TEXT - 1] + "…"
    finding = _finding(NOT_A_DOCUMENT.code, "", **_internal_error_words(error))
    report = Report(profile=profile, findings=(finding,))
    return FileResult(file=name, report=report, internal_error=error)


def _validate_file(name: str, profile: Profile, sahke2_version: str | None = None) -> FileResult:
    return _read_file(name, profile, sahke2_version)[0]


def _read_file(
    name: str, profile: Profile, sahke2_version: str | None = None
) -> tuple[FileResult, Negotiation | None]:
    try:
        data = read_limited(name)
    except FileTooLargeError as exc:
        finding = _finding(UNREADABLE_FILE.code, "", **_too_large_words(exc.limit))
        return FileResult(file=name, report=Report(profile=profile, findings=(finding,))), None
    except OSError as exc:
        finding = _finding(UNREADABLE_FILE.code, "", **_os_error_words(exc))
        report = Report(profile=profile, findings=(finding,))
        return FileResult(file=name, report=report, readable=False), None
    format = documents.format_of(name) if name != "-" else None
    memo, report = read_bytes_checked(
        data, format=format, profile=profile, sahke2_version=sahke2_version
    )
    return FileResult(file=name, report=report), memo


def validate_files(
    names: Iterable[str | UnreadableFolder],
    profile: Profile | str = Profile.DRAFT,
    *,
    jobs: int = 1,
    sahke2_version: str | None = None,
) -> Iterator[FileResult]:
    """Validate each file, in order, as results become ready.

    With ``jobs`` above 1 the files are checked in several processes: never
    more than ``jobs``, than the CPUs available, or than there are files.
    Only a bounded number of files is in flight, so memory does not grow with
    their number. An :class:`UnreadableFolder` among the names gives its own
    result, in its place.
    """
    chosen = Profile(profile)
    # A check sees the profile and the transfer's SÄHKE2 version, in every process.
    check_one = functools.partial(_check_entry, how=(chosen, sahke2_version))

    def crashed(entry: str | UnreadableFolder, error: str) -> FileResult:
        name = entry.path if isinstance(entry, UnreadableFolder) else entry
        return _internal_error_result(name, error, chosen)

    prepare = functools.partial(_prepare_workers, chosen, sahke2_version)
    yield from map_in_processes(check_one, names, jobs=jobs, crashed=crashed, prepare=prepare)


def _prepare_workers(profile: Profile, sahke2_version: str | None = None) -> None:
    """Read and check the bundled example in JSON and in XML, in this process.

    Run before worker processes are forked (see
    :func:`~hyvaneuvottelu._pool.map_in_processes`): the generated readers,
    the XSD and the rules' first use are then made once and inherited by
    every worker, not made again in each.
    """
    from . import examples  # noqa: PLC0415 - only before workers start
    from .xmlformat import from_xml, to_xml  # noqa: PLC0415 - as above

    memo = examples.load()
    check(memo, profile, sahke2_version=sahke2_version)
    from_xml(to_xml(memo))


#: What a check is made with: the profile and the transfer's SÄHKE2 version.
_How = tuple[Profile, str | None]


def _check_entry(entry: str | UnreadableFolder, how: _How) -> FileResult:
    profile, sahke2_version = how
    if isinstance(entry, UnreadableFolder):
        finding = _finding(UNREADABLE_FILE.code, "", **_folder_error_words(entry.error))
        return FileResult(
            file=entry.path, report=Report(profile=profile, findings=(finding,)), readable=False
        )
    return validate_file(entry, profile, sahke2_version=sahke2_version)
