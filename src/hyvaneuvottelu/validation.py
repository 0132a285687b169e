"""Validating files: read each memo, check it, report; folders walked.

Reading is the formats' business and checking the rules'; this module joins
them for files, so that a file that is not a memo still gets a report
(``HN-D001``, ``HN-D002``) and a batch never stops at the first bad file.
The work is spread over processes by :mod:`hyvaneuvottelu._pool`
(:func:`map_in_processes`, :func:`available_cpus`, imported from here too).
"""

from __future__ import annotations

import errno
import functools
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import Any

import attrs

from . import documents
from ._files import FileTooLargeError, NotRegularFileError, read_limited, special_kind
from ._messages import os_error, recognise_found, render
from ._pickled import report_from_state, report_state
from ._pool import available_cpus, map_in_processes
from .errors import DocumentError, HyvaneuvotteluError, Problem
from .model import Negotiation
from .rules import NOT_A_DOCUMENT, UNREADABLE_FILE, Profile, Report, RuleFinding, check

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

#: Files a folder walk picks up.
MEMO_SUFFIXES = (".json", ".xml")
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
    return FileResult(
        file=file,
        report=report_from_state(report),
        readable=readable,
        internal_error=internal_error,
    )


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
            words = _in_languages(
                "text",
                fi="kansiossa ei ole muistioita (*.json, *.xml)",
                sv="mappen innehåller inga promemorior (*.json, *.xml)",
                en="no memos (*.json, *.xml) in the folder",
            )
        else:
            fi, sv, en = _SPECIAL_KINDS.get(self.reason, _SPECIAL_KINDS["special file"])
            words = _in_languages(
                "text",
                fi=f"ohitettu: ei tavallinen tiedosto vaan {fi}",
                sv=f"hoppades över: inte en vanlig fil utan {sv}",
                en=f"skipped: not a regular file but {en}",
            )
        return words.get(f"text@{language}", words["text"])


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


def _walk(
    folder: str, skipped: Callable[[Skipped], None] | None
) -> Iterator[str | UnreadableFolder]:
    # os.walk reports a folder it cannot list through onerror and goes on
    # with the rest; the errors are passed on in the order they happen.
    errors: deque[OSError] = deque()
    for root, folders, files in os.walk(folder, onerror=errors.append):
        while errors:
            yield unreadable_folder(errors.popleft(), folder)
        folders.sort()
        for name in sorted(files):
            if name.lower().endswith(MEMO_SUFFIXES):
                path = memo_path(root, name, skipped)
                if path is not None:
                    yield path
    while errors:
        yield unreadable_folder(errors.popleft(), folder)


def memo_path(root: str, name: str, skipped: Callable[[Skipped], None] | None) -> str | None:
    """The path of file ``name``, named like a memo, in folder ``root`` of a walk;
    None if it is not a regular file (it is passed to ``skipped``, never opened)."""
    path = os.path.join(root, name)
    try:
        kind = special_kind(os.stat(path).st_mode)
    except OSError:
        # A dangling link or a file gone meanwhile: reading it will
        # say what is wrong, in the file's own result.
        kind = None
    if kind is None:
        return path
    if skipped is not None:
        skipped(Skipped(path=path, reason=kind))
    return None


def unreadable_folder(error: OSError, folder: str) -> UnreadableFolder:
    """A folder below ``folder`` that a walk could not list, from the error that said so."""
    return UnreadableFolder(path=str(error.filename or folder), error=error)


def _finding(code: str, path: str, **arguments: str) -> RuleFinding:
    return RuleFinding(
        code=code,
        severity=NOT_A_DOCUMENT.severity,
        path=path if path != "/" else "",
        arguments=tuple(arguments.items()),
    )


# The words this module puts into findings, in each language of the rules'
# messages: an argument ``name`` holds the Finnish text and ``name@sv``,
# ``name@en`` the others (see RuleFinding.arguments).


def _in_languages(name: str, fi: str, sv: str, en: str) -> dict[str, str]:
    return {name: fi, f"{name}@sv": sv, f"{name}@en": en}


def _problem_words(problem: Problem) -> dict[str, str]:
    # A parser's own words (the JSON decoder's "Expecting value") are said in
    # English words too, or framed as the parser's (libxml2's).
    found = problem.found_message or recognise_found(problem.found, problem.expected)
    return {
        **_in_languages(
            "expected",
            fi=problem.expected_in("fi"),
            sv=problem.expected_in("sv"),
            en=problem.expected,
        ),
        **_in_languages(
            "found", fi=problem.found_in("fi"), sv=problem.found_in("sv"), en=render(found, "en")
        ),
    }


def _too_large_words(limit: int) -> dict[str, str]:
    size = f"{limit / (1024 * 1024):g} MiB"
    return _in_languages(
        "reason",
        fi=f"tiedosto on suurempi kuin enimmäiskoko {size}",
        sv=f"filen är större än maxstorleken {size}",
        en=f"the file is larger than the limit of {size}",
    )


#: Not a regular file: what it is, by NotRegularFileError.kind.
_SPECIAL_KINDS = {
    "fifo": ("nimetty putki (FIFO)", "en namngiven pipe (FIFO)", "a named pipe (FIFO)"),
    "socket": ("pistoke (socket)", "en socket", "a socket"),
    "character device": ("merkkilaite", "en teckenenhet", "a character device"),
    "block device": ("lohkolaite", "en blockenhet", "a block device"),
    "special file": ("erikoistiedosto", "en specialfil", "a special file"),
}

#: Common reasons a file cannot be read, by errno; the catalogue's words for the system's
#: other common errors, and the system's own text, framed, for the rest.
_OS_ERRORS = {
    errno.ENOENT: ("tiedostoa ei ole", "filen finns inte", "no such file"),
    errno.EACCES: ("ei käyttöoikeutta", "åtkomst nekad", "permission denied"),
    errno.EPERM: ("ei käyttöoikeutta", "åtkomst nekad", "permission denied"),
    errno.EISDIR: ("se on kansio", "det är en mapp", "it is a folder"),
    errno.ENOTDIR: (
        "polun osa ei ole kansio",
        "en del av sökvägen är ingen mapp",
        "a part of the path is not a folder",
    ),
}


def _os_error_words(error: OSError) -> dict[str, str]:
    if isinstance(error, NotRegularFileError):
        fi, sv, en = _SPECIAL_KINDS.get(error.kind, _SPECIAL_KINDS["special file"])
        return _in_languages(
            "reason",
            fi=f"ei tavallinen tiedosto vaan {fi}",
            sv=f"inte en vanlig fil utan {sv}",
            en=f"not a regular file but {en}",
        )
    words = _OS_ERRORS.get(error.errno or 0)
    if words is None:
        said = os_error(error)
        words = (said.render("fi"), said.render("sv"), said.render("en"))
    fi, sv, en = words
    return _in_languages("reason", fi=fi, sv=sv, en=en)


def _folder_error_words(error: OSError) -> dict[str, str]:
    words = _os_error_words(error)
    return _in_languages(
        "reason",
        fi=f"kansion sisältöä ei voi lukea: {words['reason']}",
        sv=f"mappens innehåll kan inte läsas: {words['reason@sv']}",
        en=f"the folder cannot be listed: {words['reason@en']}",
    )


def _internal_error_words(error: str) -> dict[str, str]:
    return {
        **_in_languages(
            "expected",
            fi="tiedosto, jonka tämä versio pystyy tarkistamaan",
            sv="en fil som den här versionen kan kontrollera",
            en="a file this release can check",
        ),
        **_in_languages(
            "found",
            fi=f"sisäinen virhe ({error}); ilmoitathan siitä kehittäjille",
            sv=f"ett internt fel ({error}); rapportera det gärna till utvecklarna",
            en=f"an internal error ({error}); please report it to the developers",
        ),
    }
