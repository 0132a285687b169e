"""The command ``import``: existing memos (text, Word, PDF) into draft files."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

import attrs

from .. import documents
from .._files import write_atomic
from .._folders import Skipped, UnreadableFolder, walk_files
from .._messages import Message, message, plural
from ..errors import HyvaneuvotteluError
from ._common import EXIT_INVALID, EXIT_OK, EXIT_USAGE, CommandError, Commands
from ._output import (
    add_language_option,
    for_people,
    json_text,
    language_of,
    localized,
    say,
    write_utf8,
)

if TYPE_CHECKING:
    from ..importing import IMPORT_SUFFIXES, ImportResult, NoteKind, import_file

__all__ = ["register"]

_DRAFT_FORMATS = ("json", "xml")
_IMPORTER_NAMES = ("IMPORT_SUFFIXES", "NoteKind", "import_file")


def _load_importer() -> None:
    """Import the importer, once: the other commands do not need it.

    The names are this module's, as if imported at the top (a test may replace them).
    """
    if "import_file" not in globals():
        from .. import importing  # noqa: PLC0415 - see above

        globals().update({name: getattr(importing, name) for name in _IMPORTER_NAMES})


def __getattr__(name: str) -> Any:
    if name in _IMPORTER_NAMES:
        _load_importer()
        return globals()[name]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def register(commands: Commands) -> None:
    command = commands.add_parser(
        "import",
        description=(
            "Read each memo (.txt, .docx or .pdf; a folder is searched for them, recursively) "
            "and write a draft of it to DIR/<name>.json (or .xml), with a report of what a "
            "person must confirm and what the memo does not say. Word files need the docx "
            "extra, PDFs the pdf extra. Exit status: 0 when every memo was imported whole, "
            "1 when some could be read only in part (their drafts are written), 2 for usage "
            "or I/O errors and files that cannot be imported at all."
        ),
    )
    command.add_argument(
        "paths", nargs="+", metavar="FILE", help="memo files (.txt, .docx, .pdf) or folders"
    )
    command.add_argument(
        "--out", required=True, metavar="DIR", help="folder for the drafts (created if missing)"
    )
    command.add_argument(
        "--to", choices=_DRAFT_FORMATS, default="json", help="format of the drafts (default: json)"
    )
    command.add_argument(
        "--format",
        choices=("text", "json"),
        default="text",
        help="format of the report (default: text)",
    )
    command.add_argument("--force", action="store_true", help="replace existing drafts")
    add_language_option(command)
    command.set_defaults(run=_import)


@attrs.frozen
class _Outcome:
    """What became of one input: a draft written, or an error."""

    file: str
    draft: str | None = None
    result: ImportResult | None = None
    error: str | None = None


def _import(args: argparse.Namespace) -> int:
    out = Path(args.out)
    if out.exists() and not out.is_dir():
        raise CommandError(f"{out}: is not a folder")
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise CommandError(f"{out}: cannot create the folder: {exc.strerror or exc}") from None
    outcomes = _with_progress(_run(_inputs(args.paths), out, args.to, force=args.force))
    tally = _Tally()
    language = language_of(args)
    if args.format == "json":
        _write_json(outcomes, tally, sys.stdout, language)
    else:
        _write_text(outcomes, tally, sys.stdout, language)
        say(tally.summary().render(language))
    if tally.failed:
        return EXIT_USAGE
    return EXIT_INVALID if tally.partial else EXIT_OK


def _inputs(paths: Iterable[str]) -> Iterator[str | _Outcome]:
    """Each path, a folder replaced by the memos in it; a folder that cannot be listed,
    or a special file in one, as the outcome that says so."""
    _load_importer()

    for path in paths:
        if not os.path.isdir(path):
            yield path
            continue
        for entry in walk_files(path, IMPORT_SUFFIXES):
            if isinstance(entry, Skipped):
                yield _Outcome(file=entry.path, error=f"{entry.path}: not a file ({entry.reason})")
            elif isinstance(entry, UnreadableFolder):
                error = entry.error
                yield _Outcome(
                    file=entry.path,
                    error=f"{entry.path}: cannot list the folder: {error.strerror or error}",
                )
            else:
                yield entry


def _run(names: Iterable[str | _Outcome], out: Path, to: str, *, force: bool) -> Iterator[_Outcome]:
    _load_importer()

    written: set[str] = set()
    for name in names:
        if isinstance(name, _Outcome):
            yield name
            continue
        if name == "-":
            yield _Outcome(file=name, error="-: a memo is imported from a file, not standard input")
            continue
        target = out / f"{Path(name).stem}.{to}"
        if target.name in written:
            yield _Outcome(
                file=name,
                error=f"{target}: another memo of this run has the same name; not overwritten",
            )
            continue
        try:
            result = import_file(name)
            write_atomic(target, documents.render(result.negotiation, to), force=force)
        except FileNotFoundError:
            yield _Outcome(file=name, error=f"{name}: no such file")
        except IsADirectoryError:
            yield _Outcome(file=name, error=f"{name}: is a folder")
        except PermissionError:
            yield _Outcome(file=name, error=f"{name}: permission denied")
        except OSError as exc:
            yield _Outcome(file=name, error=f"{name}: cannot read: {exc.strerror or exc}")
        except HyvaneuvotteluError as exc:
            yield _Outcome(file=name, error=str(exc))
        except Exception as exc:  # noqa: BLE001  # one memo's defect must not stop the batch
            yield _Outcome(
                file=name,
                error=(
                    f"{name}: internal error ({type(exc).__name__}: {exc}); please report it "
                    "to the developers, with the memo that caused it"
                ),
            )
        else:
            written.add(target.name)
            yield _Outcome(file=name, draft=str(target), result=result)


class _Tally:
    def __init__(self) -> None:
        self.files = self.partial = self.failed = 0

    def add(self, outcome: _Outcome) -> None:
        self.files += 1
        if outcome.result is None:
            self.failed += 1
        elif not outcome.result.complete:
            self.partial += 1

    def summary(self) -> Message:
        whole = self.files - self.partial - self.failed
        return message(
            "import.summary",
            files=plural("count.files", self.files),
            whole=plural("import.count.whole", whole),
            partial=plural("import.count.partial", self.partial),
            failed=plural("import.count.failed", self.failed),
        )


def _counts(result: ImportResult, language: str) -> str:
    _load_importer()

    parts = [
        plural(f"import.count.{kind.value}", len(found)).render(language)
        for kind in (NoteKind.UNREAD, NoteKind.CONFIRM, NoteKind.ABSENT, NoteKind.REMOVED)
        if (found := result.of_kind(kind))
    ]
    return ", ".join(parts)


def _write_text(
    outcomes: Iterator[_Outcome], tally: _Tally, out: TextIO, language: str = "en"
) -> None:
    for outcome in outcomes:
        tally.add(outcome)
        if outcome.result is None:
            failed = message("import.failed", reason=_reason(outcome, language)).render(language)
            say(f"{for_people(outcome.file)}: {failed}", file=out)
            continue
        state = message("import.imported" if outcome.result.complete else "import.partly").render(
            language
        )
        counts = _counts(outcome.result, language)
        say(
            f"{for_people(outcome.file)} -> {for_people(outcome.draft or '')}: {state}"
            + (f" ({counts})" if counts else ""),
            file=out,
        )
        for note in outcome.result.notes:
            kind = message(f"import.kind.{note.kind.value}").render(language)
            say(for_people(f"  {kind} {note.render(language)}"), file=out)


def _reason(outcome: _Outcome, language: str = "en") -> str:
    error = localized(outcome.error or "", language)
    return for_people(error.removeprefix(f"{outcome.file}: "))


def _write_json(
    outcomes: Iterator[_Outcome], tally: _Tally, out: TextIO, language: str = "en"
) -> None:
    # One JSON document, written entry by entry so that memory stays flat.
    write_utf8("[", out)
    for index, outcome in enumerate(outcomes):
        tally.add(outcome)
        entry: dict[str, object] = {"file": outcome.file}
        if outcome.result is None:
            entry["error"] = localized(outcome.error or "", language).removeprefix(
                f"{outcome.file}: "
            )
        else:
            entry["draft"] = outcome.draft
            entry["complete"] = outcome.result.complete
            entry["notes"] = [note.as_dict(language) for note in outcome.result.notes]
        write_utf8(("\n" if index == 0 else ",\n") + json_text(entry), out)
    write_utf8("\n]\n", out)


def _with_progress(outcomes: Iterator[_Outcome]) -> Iterator[_Outcome]:
    """Pass outcomes through, counting them on standard error when it is a terminal."""
    if not sys.stderr.isatty():
        yield from outcomes
        return
    # The count shows while the next memo is read, and is taken off the line
    # before that memo's report prints. Written raw: these controls are the command's own.
    for done, outcome in enumerate(outcomes, start=1):
        sys.stderr.write("\r\033[K")
        sys.stderr.flush()
        yield outcome
        sys.stderr.write(f"\r{done} read, reading the next ...")
        sys.stderr.flush()
    sys.stderr.write("\r\033[K")
    sys.stderr.flush()
