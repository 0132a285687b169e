"""Validating files: read each memo, check it, report; folders walked, work spread.

Reading is the formats' business and checking the rules'; this module joins
them for files, so that a file that is not a memo still gets a report
(``HN-D001``, ``HN-D002``) and a batch never stops at the first bad file.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice

import attrs

from . import documents
from ._files import read_limited
from .errors import DocumentError, HyvaneuvotteluError
from .rules import NOT_A_DOCUMENT, UNREADABLE_FILE, Profile, Report, RuleFinding, check

__all__ = [
    "MEMO_SUFFIXES",
    "FileResult",
    "memo_files",
    "validate_bytes",
    "validate_file",
    "validate_files",
]

#: Files a folder walk picks up.
MEMO_SUFFIXES = (".json", ".xml")
#: Files a worker process takes at a time, and batches in flight per worker:
#: enough to keep workers busy, few enough that memory stays flat.
_BATCH = 32
_IN_FLIGHT_PER_WORKER = 4


@attrs.frozen(kw_only=True)
class FileResult:
    """The report on one file; ``readable`` is False when the file could not be read."""

    file: str
    report: Report
    readable: bool = True


def validate_bytes(
    data: bytes, *, format: str | None = None, profile: Profile | str = Profile.DRAFT
) -> Report:
    """Read a memo from ``data`` and check it; reading problems become ``HN-D001`` findings."""
    chosen = Profile(profile)
    try:
        negotiation = documents.read_bytes(data, format=format)
    except DocumentError as exc:
        findings = tuple(
            _finding(NOT_A_DOCUMENT.code, p.location, expected=p.expected, found=p.found)
            for p in exc.problems
        )
        return Report(profile=chosen, findings=findings)
    except HyvaneuvotteluError as exc:
        finding = _finding(NOT_A_DOCUMENT.code, "", expected="a readable memo", found=str(exc))
        return Report(profile=chosen, findings=(finding,))
    return check(negotiation, chosen)


def validate_file(name: str, profile: Profile | str = Profile.DRAFT) -> FileResult:
    """Read file ``name`` (``-`` for standard input) and check it."""
    try:
        data = read_limited(name)
    except OSError as exc:
        reason = exc.strerror or str(exc)
        finding = _finding(UNREADABLE_FILE.code, "", reason=reason)
        return FileResult(
            file=name, report=Report(profile=Profile(profile), findings=(finding,)), readable=False
        )
    format = documents.format_of(name) if name != "-" else None
    return FileResult(file=name, report=validate_bytes(data, format=format, profile=profile))


def memo_files(paths: Iterable[str]) -> Iterator[str]:
    """Each path, with every folder replaced by the memos in it, recursively, in name order."""
    for path in paths:
        if path != "-" and os.path.isdir(path):
            yield from _walk(path)
        else:
            yield path


def validate_files(
    names: Iterable[str], profile: Profile | str = Profile.DRAFT, *, jobs: int = 1
) -> Iterator[FileResult]:
    """Validate each file, in order, as results become ready.

    With ``jobs`` above 1 the files are checked in that many processes. Only a
    bounded number of files is in flight, so memory does not grow with their number.
    """
    chosen = Profile(profile)
    if jobs <= 1:
        for name in names:
            yield validate_file(name, chosen)
        return
    batches = _batches(iter(names))
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        pending: deque[Future[list[FileResult]]] = deque()
        for batch in islice(batches, jobs * _IN_FLIGHT_PER_WORKER):
            pending.append(pool.submit(_validate_batch, batch, chosen))
        while pending:
            results = pending.popleft().result()
            for batch in islice(batches, 1):
                pending.append(pool.submit(_validate_batch, batch, chosen))
            yield from results


def _validate_batch(names: list[str], profile: Profile) -> list[FileResult]:
    return [validate_file(name, profile) for name in names]


def _batches(names: Iterator[str]) -> Iterator[list[str]]:
    while batch := list(islice(names, _BATCH)):
        yield batch


def _walk(folder: str) -> Iterator[str]:
    for root, folders, files in os.walk(folder):
        folders.sort()
        for name in sorted(files):
            if name.lower().endswith(MEMO_SUFFIXES):
                yield os.path.join(root, name)


def _finding(code: str, path: str, **arguments: str) -> RuleFinding:
    return RuleFinding(
        code=code,
        severity=NOT_A_DOCUMENT.severity,
        path=path if path != "/" else "",
        arguments=tuple(arguments.items()),
    )
