"""The command ``coverage``: has the county negotiated with every municipality?"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from collections.abc import Callable
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
from ._style import Style, add_style_options

# The collection and the coverage report are imported when the command runs:
# every command registers its options here, and the others need neither.
if TYPE_CHECKING:
    from ..coverage import CoverageQueryError, CoverageResult

__all__ = ["register"]

_FORMATS = ("text", "json", "csv", "html")
_PROGRESS_EVERY = 50

#: The command's own words; the report's come from the coverage package.
_WORDS = {
    "fi": {
        "note": "huomautus",
        "error": "virhe",
        "progress": "luettu",
        "unknown_county": "tuntematon hyvinvointialue {value!r}; anna koodi tai nimi:",
        "term": "--term: valtuustokausi on muotoa 2025-2029 (tai 2021-2025 tai 2022-2025), "
        "annettu {value!r}",
        "year": "--year: vuosi 2023 tai myöhempi (612/2021 7 §), annettu {value!r}",
        "missing_path": "{path}: tiedostoa tai kansiota ei ole",
        "jobs": "--jobs: anna vähintään 1",
    },
    "sv": {
        "note": "anmärkning",
        "error": "fel",
        "progress": "lästa",
        "unknown_county": "okänt välfärdsområde {value!r}; ange en kod eller ett namn:",
        "term": "--term: en fullmäktigeperiod skrivs 2025-2029 (eller 2021-2025 eller "
        "2022-2025), angavs {value!r}",
        "year": "--year: år 2023 eller senare (612/2021 7 §), angavs {value!r}",
        "missing_path": "{path}: filen eller mappen finns inte",
        "jobs": "--jobs: ange minst 1",
    },
    "en": {
        "note": "note",
        "error": "error",
        "progress": "read",
        "unknown_county": "unknown county {value!r}; give a code or a name:",
        "term": "--term: a council term is written 2025-2029 (or 2021-2025 or 2022-2025), "
        "found {value!r}",
        "year": "--year: a year from 2023 on (612/2021 7 §), found {value!r}",
        "missing_path": "{path}: no such file or folder",
        "jobs": "--jobs: give at least 1",
    },
}


def register(commands: Commands) -> None:
    command = commands.add_parser(
        "coverage",
        description=(
            "Report, per wellbeing services county, whether a negotiation with each of "
            "its municipalities is recorded in every council term (611/2021 14 §) and "
            "every year (wellbeing and health promotion, 612/2021 7 §). A memo counts "
            "when it records a meeting held (a memo or minutes, not a notice) and has "
            "no error; memos in error are listed. Folders are searched recursively, "
            "archive packages read. Exit status: 0 when every municipality is covered, "
            "1 when any is not, a memo is in error or nothing is found, 2 for usage or "
            "I/O errors."
        ),
    )
    command.add_argument(
        "paths", nargs="+", metavar="PATH", help="memo files, folders or archive packages"
    )
    command.add_argument(
        "--county",
        metavar="CODE|NAME",
        help="only this county: its code (03) or name (default: every county met)",
    )
    command.add_argument(
        "--term",
        metavar="TERM",
        help=(
            "only the council-term report of TERM, such as 2025-2029; 2021-2025, the "
            "municipal councils' term, means the first county term 2022-2025 "
            "(1.3.2022-31.5.2025)"
        ),
    )
    command.add_argument(
        "--year",
        type=_year,
        metavar="YYYY",
        help="only the wellbeing promotion report of this year (with --term: both)",
    )
    command.add_argument(
        "--as-of",
        dest="as_of",
        type=_day,
        metavar="DATE",
        help="the day to report for, YYYY-MM-DD (default: today); later memos do not count",
    )
    command.add_argument(
        "--format", choices=_FORMATS, default="text", help="output (default: text)"
    )
    add_language_option(command)
    command.add_argument(
        "--out", metavar="FILE", help="write the report to FILE (default: standard output)"
    )
    command.add_argument("--force", action="store_true", help="replace an existing --out file")
    command.add_argument(
        "--jobs",
        type=int,
        default=1,
        metavar="N",
        help="read memos in up to N processes (default 1)",
    )
    add_style_options(command)
    command.set_defaults(run=_coverage)


def _year(text: str) -> int:
    if not (text.isascii() and text.isdigit() and len(text) == 4):
        raise argparse.ArgumentTypeError(f"expected a year YYYY, found {text!r}")
    return int(text)


def _day(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text) if len(text) == len("2026-01-31") else _bad_day(text)
    except ValueError:
        return _bad_day(text)


def _bad_day(text: str) -> dt.date:
    raise argparse.ArgumentTypeError(f"expected a date YYYY-MM-DD, found {text!r}")


def _coverage(args: argparse.Namespace) -> int:
    from ..collection import Reasons, read_memos  # noqa: PLC0415 - see the imports
    from ..coverage import CoverageQueryError, coverage, memo_facts  # noqa: PLC0415 - as above

    language = language_of(args)
    words = _WORDS[language]
    if args.jobs < 1:
        raise CommandError(words["jobs"])
    if args.out is not None and args.out != "-" and os.path.lexists(args.out) and not args.force:
        # The words write_output says it in if the file appears later: one message for both.
        raise CommandError(message("cli.exists", name=args.out))
    for path in args.paths:
        if path != "-" and not os.path.lexists(path):
            raise CommandError(words["missing_path"].format(path=for_people(path)))
    progress = _Progress(language, shown=not args.quiet and sys.stderr.isatty())

    def skipped(path: str, reason: str) -> None:
        if not args.quiet:
            text = Reasons.words(reason, language)
            progress.say(for_people(f"hyvaneuvottelu: {words['note']}: {path}: {text}"))

    tally = UnreadableCount()
    entries = tally.count(
        read_memos(
            args.paths,
            jobs=args.jobs,
            progress=progress.count,
            skipped=skipped,
            # Only the facts coverage needs leave the process that read a memo.
            extract=memo_facts,
        )
    )
    try:
        result = coverage(
            entries, county=args.county, term=args.term, year=args.year, as_of=args.as_of
        )
    except CoverageQueryError as exc:
        raise CommandError(_query_error(exc, language)) from None
    finally:
        progress.clear()
    _write(result, args, language)
    if tally.unreadable:
        return EXIT_USAGE
    return EXIT_OK if result.complete and result.reports else EXIT_INVALID


def _query_error(exc: CoverageQueryError, language: str) -> str:
    from ..refdata import counties  # noqa: PLC0415 - see the imports

    words = _WORDS[language]
    if exc.what == "county":
        known = [
            f"  {area.code} {area.name.get(language)}" for area in counties(on=dt.date.today())
        ]
        return "\n".join([words["unknown_county"].format(value=exc.value), *known])
    return str(words[exc.what].format(value=exc.value))


def _write(result: CoverageResult, args: argparse.Namespace, language: str) -> None:
    from ..coverage import as_csv, as_json, text_lines  # noqa: PLC0415 - see the imports

    to_file = args.out is not None and args.out != "-"
    if args.format == "json":
        _emit(json_text(as_json(result, language)) + "\n", args, to_file=to_file)
        return
    if args.format == "html":
        from ..coverage._html import render  # noqa: PLC0415 - lxml, only for this format

        _emit(render(result, language), args, to_file=to_file)
        return
    if args.format == "csv":
        for error in (*result.errors, *(e for r in result.reports for e in r.errors)):
            say(
                for_people(f"hyvaneuvottelu: {_WORDS[language]['error']}: {error.path}: ")
                + for_people(str(error.message.get(language))),
                file=sys.stderr,
            )
        table = as_csv(result, language)
        if not to_file and sys.stdout.isatty():
            # On a terminal the rows are read by people: a control character
            # in a file name is shown escaped, never acted on.
            table = "".join(for_people(row) + "\r\n" for row in table.split("\r\n")[:-1])
        _emit(table, args, to_file=to_file)
        return
    if to_file:
        plain = Style(color=False)
        text = "".join(plain.line(*segments) + "\n" for segments in text_lines(result, language))
        write_output(args.out, text.encode("utf-8"), force=args.force)
        return
    style = Style.of(args)
    for segments in text_lines(result, language):
        style.say(*segments)


def _emit(text: str, args: argparse.Namespace, *, to_file: bool) -> None:
    if to_file:
        write_output(args.out, text.encode("utf-8"), force=args.force)
    else:
        write_utf8(text)


class _Progress:
    """A running count of memos read, on standard error when it is a terminal."""

    def __init__(self, language: str, *, shown: bool) -> None:
        self.word = _WORDS[language]["progress"]
        self.enabled = shown
        self.visible = False

    @property
    def count(self) -> Callable[[int], None] | None:
        return self._count if self.enabled else None

    def _count(self, done: int) -> None:
        if done % _PROGRESS_EVERY == 0:
            # Written raw: these control characters are the command's own.
            sys.stderr.write(f"\r{self.word} {done}")
            sys.stderr.flush()
            self.visible = True

    def say(self, text: str) -> None:
        self.clear()
        say(text, file=sys.stderr)

    def clear(self) -> None:
        if self.visible:
            sys.stderr.write("\r\033[K")
            sys.stderr.flush()
            self.visible = False
