"""The command ``followup``: what was left to do in the memos, and where it stands now."""

from __future__ import annotations

import argparse
import contextlib
import csv
import datetime as dt
import io
import os
import re
import sys
from collections.abc import Iterator
from typing import TYPE_CHECKING

from .._messages import message
from ._common import (
    EXIT_INVALID,
    EXIT_OK,
    EXIT_USAGE,
    CommandError,
    Commands,
    UnreadableCount,
    write_output,
)
from ._output import add_language_option, for_people, json_text, language_of, say, write_utf8

# The collection and the follow-up report are imported when the command runs:
# every command registers its options here, and the others need neither.
if TYPE_CHECKING:
    from ..collection import MemoEntry
    from ..followup import FollowupResult

__all__ = ["register"]

_FORMATS = ("text", "json", "csv")
_PROGRESS_EVERY = 50
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", re.ASCII)
#: The report named by ``--out``, met among the memos.
_OWN_REPORT = "own report"


def register(commands: Commands) -> None:
    command = commands.add_parser(
        "followup",
        description=(
            "List every follow-up action and matter to agree in the memos, and every outcome "
            "a later memo follows up, with its history, latest status, who is responsible, its "
            "due date, and whether it is overdue. A folder is searched recursively; archive "
            "packages are read too. Exit status: 0 when nothing is overdue and there are no "
            "errors, 1 when something is overdue or the report lists errors, 2 for usage "
            "errors or a file or folder that cannot be read."
        ),
    )
    command.add_argument(
        "paths", nargs="+", metavar="PATH", help="memo files, folders or archive packages"
    )
    command.add_argument(
        "--county", metavar="CODE|NAME", help="only items that started in this county's memos"
    )
    command.add_argument(
        "--municipality",
        metavar="CODE|NAME",
        help="only items that started in memos with this municipality",
    )
    command.add_argument(
        "--as-of",
        metavar="YYYY-MM-DD",
        default=None,
        help="the day overdue is judged on (default: today)",
    )
    command.add_argument(
        "--format", choices=_FORMATS, default="text", help="output (default: text)"
    )
    add_language_option(command)
    command.add_argument(
        "--out", metavar="FILE", default=None, help="write the report to FILE (default: stdout)"
    )
    command.add_argument("--force", action="store_true", help="replace FILE if it exists")
    command.add_argument(
        "--jobs",
        type=int,
        default=1,
        metavar="N",
        help="read memos in up to N processes (default 1)",
    )
    command.add_argument(
        "-q",
        "--quiet",
        action="store_true",
        help="no progress and no notes; the text report shows only overdue items and errors",
    )
    command.set_defaults(run=_followup)


def word(id: str, language: str, /, **args: object) -> str:
    """The follow-up report's words (:mod:`hyvaneuvottelu.followup._words`)."""
    from ..followup._words import word as said  # noqa: PLC0415 - see the imports

    return said(id, language, **args)


def _followup(args: argparse.Namespace) -> int:
    from ..collection import QueryError, read_memos  # noqa: PLC0415 - see the imports
    from ..followup import followup  # noqa: PLC0415 - see the imports

    language = language_of(args)
    if args.jobs < 1:
        raise CommandError(message("cli.jobs"))
    as_of = _as_of(args.as_of, language)
    if args.out is not None and args.out != "-" and os.path.lexists(args.out) and not args.force:
        # Said before the memos are read, not after.
        raise CommandError(message("cli.exists", name=args.out))
    terminal = _Terminal(language, quiet=args.quiet)
    entries = read_memos(
        args.paths, jobs=args.jobs, progress=terminal.progress, skipped=terminal.skipped
    )
    tally = UnreadableCount()
    try:
        result = followup(
            tally.count(_without_report(entries, args.out, terminal)),
            county=args.county,
            municipality=args.municipality,
            as_of=as_of,
        )
    except QueryError:
        raise CommandError(_place_error(args, language)) from None
    finally:
        terminal.clear()
    _write(result, args, language)
    return _exit_code(result, unreadable=tally.unreadable)


def _without_report(
    entries: Iterator[MemoEntry], out: str | None, terminal: _Terminal
) -> Iterator[MemoEntry]:
    """The entries, less the report an earlier run wrote among the memos (``--out``)."""
    report = os.path.abspath(out) if out is not None and out != "-" else None
    for entry in entries:
        if report is not None and entry.package is None and os.path.abspath(entry.path) == report:
            terminal.skipped(entry.path, _OWN_REPORT)
            continue
        yield entry


def _as_of(text: str | None, language: str) -> dt.date | None:
    if text is None:
        return None
    # fromisoformat alone would take 20250115 and 2025-W03-3 too.
    if _ISO_DATE.fullmatch(text) is not None:
        with contextlib.suppress(ValueError):
            return dt.date.fromisoformat(text)
    raise CommandError(word("cli.as_of", language, found=repr(text)))


def _place_error(args: argparse.Namespace, language: str) -> str:
    """The option that names nothing known: the county is looked up first."""
    from .. import refdata  # noqa: PLC0415 - only for this message

    if args.county is not None and refdata.county(args.county) is None:
        return word("cli.county", language, found=repr(args.county))
    return word("cli.municipality", language, found=repr(args.municipality))


def _write(result: FollowupResult, args: argparse.Namespace, language: str) -> None:
    from ..followup import json_document, text_lines  # noqa: PLC0415 - see the imports

    to_file = args.out is not None and args.out != "-"
    if args.format == "json":
        data = json_text(json_document(result, language)) + "\n"
    elif args.format == "csv":
        data = _csv_text(result, language)
        for error in result.errors:
            say(
                for_people(f"hyvaneuvottelu: {word('text.error', language)}: {error.path}: ")
                + for_people(error.message(language)),
                file=sys.stderr,
            )
    else:
        lines = text_lines(result, language, only_overdue=args.quiet)
        if not to_file:
            for line in lines:
                say(line)
            return
        data = "".join(for_people(line) + "\n" for line in lines)
    if to_file:
        write_output(args.out, data.encode("utf-8"), force=args.force)
    else:
        write_utf8(data)


def _csv_text(result: FollowupResult, language: str) -> str:
    from ..followup import csv_rows  # noqa: PLC0415 - see the imports

    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerows([for_people(cell) for cell in row] for row in csv_rows(result, language))
    return buffer.getvalue()


def _exit_code(result: FollowupResult, *, unreadable: int) -> int:
    if unreadable:
        return EXIT_USAGE
    if result.errors or result.overdue:
        return EXIT_INVALID
    return EXIT_OK


class _Terminal:
    """Standard error while memos are read: a running count on a terminal, and notes."""

    def __init__(self, language: str, *, quiet: bool) -> None:
        self.language = language
        self.quiet = quiet
        self.counting = not quiet and sys.stderr.isatty()
        self.shown = False

    def progress(self, done: int) -> None:
        if self.counting and done % _PROGRESS_EVERY == 0:
            # Written raw: these control characters are the command's own.
            sys.stderr.write(f"\r{word('cli.progress', self.language)} {done}")
            sys.stderr.flush()
            self.shown = True

    def skipped(self, path: str, reason: str) -> None:
        if self.quiet:
            return
        if reason == _OWN_REPORT:
            said = word("reason.own_report", self.language)
        else:
            from ..collection import Reasons  # noqa: PLC0415 - see the imports

            said = Reasons.words(reason, self.language)
        self.clear()
        say(
            for_people(f"hyvaneuvottelu: {word('text.note', self.language)}: {path}: ")
            + for_people(f"{word('cli.skipped', self.language)}: {said}"),
            file=sys.stderr,
        )

    def clear(self) -> None:
        if self.shown:
            sys.stderr.write("\r\033[K")
            sys.stderr.flush()
            self.shown = False
