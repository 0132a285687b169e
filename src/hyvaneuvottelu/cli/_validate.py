"""The command ``validate``: check memos against a profile of the rule catalogue."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterator
from typing import Any, TextIO

from ..rules import Profile, Severity
from ..validation import FileResult, memo_files, validate_files
from ._common import EXIT_INVALID, EXIT_OK, EXIT_USAGE, CommandError

__all__ = ["default_language", "register"]

_LANGUAGES = ("fi", "sv", "en")

#: The command's own words; rule messages come from the catalogue.
_WORDS: dict[str, dict[Any, Any]] = {
    "fi": {
        "valid": "kelvollinen",
        "invalid": "virheellinen",
        Severity.ERROR: ("virhe", "virhettä"),
        Severity.WARNING: ("varoitus", "varoitusta"),
        Severity.INFO: ("huomautus", "huomautusta"),
        "files": ("tiedosto", "tiedostoa"),
        "valid_files": ("kelvollinen", "kelvollista"),
        "invalid_files": ("virheellinen", "virheellistä"),
        "progress": "tarkistettu",
    },
    "sv": {
        "valid": "giltig",
        "invalid": "ogiltig",
        Severity.ERROR: ("fel", "fel"),
        Severity.WARNING: ("varning", "varningar"),
        Severity.INFO: ("anmärkning", "anmärkningar"),
        "files": ("fil", "filer"),
        "valid_files": ("giltig", "giltiga"),
        "invalid_files": ("ogiltig", "ogiltiga"),
        "progress": "kontrollerade",
    },
    "en": {
        "valid": "valid",
        "invalid": "invalid",
        Severity.ERROR: ("error", "errors"),
        Severity.WARNING: ("warning", "warnings"),
        Severity.INFO: ("note", "notes"),
        "files": ("file", "files"),
        "valid_files": ("valid", "valid"),
        "invalid_files": ("invalid", "invalid"),
        "progress": "checked",
    },
}
_PROGRESS_EVERY = 50


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    validate = commands.add_parser(
        "validate",
        help="check memos against the rule catalogue",
        description=(
            "Check memos against the rules of a profile: draft (structure and domain) or "
            "archive (also the record metadata an archive requires). A folder is searched "
            "for *.json and *.xml, recursively. Exit status: 0 when no file has an error, "
            "1 when any has, 2 for usage or I/O errors."
        ),
    )
    validate.add_argument(
        "paths", nargs="+", metavar="PATH", help="memo files or folders, or - for stdin"
    )
    validate.add_argument(
        "--profile", choices=[p.value for p in Profile], default="draft", help="default: draft"
    )
    validate.add_argument(
        "--lang",
        choices=_LANGUAGES,
        default=None,
        help="language of the messages (default: from the locale, else fi)",
    )
    validate.add_argument(
        "--format", choices=("text", "json"), default="text", help="output (default: text)"
    )
    validate.add_argument(
        "--jobs", type=int, default=1, metavar="N", help="check files in N processes (default 1)"
    )
    validate.set_defaults(run=_validate)


def default_language(environ: dict[str, str] | os._Environ[str] = os.environ) -> str:
    """The messages' language from LC_ALL, LC_MESSAGES or LANG: sv*, en*, else Finnish."""
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(variable)
        if value:
            return next((lang for lang in ("sv", "en") if value.lower().startswith(lang)), "fi")
    return "fi"


def _validate(args: argparse.Namespace) -> int:
    if args.jobs < 1:
        raise CommandError("--jobs: expected a positive number of processes")
    language = args.lang or default_language()
    jobs = 1 if "-" in args.paths else args.jobs
    results = _with_progress(
        validate_files(memo_files(args.paths), args.profile, jobs=jobs), language
    )
    tally = _Tally()
    if args.format == "json":
        _write_json(results, language, tally, sys.stdout)
    else:
        _write_text(results, language, tally, sys.stdout)
        print(tally.summary(language), file=sys.stdout)
    if tally.unreadable:
        return EXIT_USAGE
    return EXIT_INVALID if tally.invalid else EXIT_OK


class _Tally:
    """Counts kept while results stream past; no report is held."""

    def __init__(self) -> None:
        self.files = self.invalid = self.unreadable = 0
        self.by_severity = dict.fromkeys(Severity, 0)

    def add(self, result: FileResult) -> None:
        self.files += 1
        self.invalid += not result.report.valid
        self.unreadable += not result.readable
        for finding in result.report.findings:
            self.by_severity[finding.severity] += 1

    def summary(self, language: str) -> str:
        words = _WORDS[language]
        parts = [
            _count(self.files - self.invalid, words["valid_files"]),
            _count(self.invalid, words["invalid_files"]),
        ]
        counts = [_count(n, words[s]) for s, n in self.by_severity.items() if n]
        head = _count(self.files, words["files"])
        return f"{head}: {', '.join(parts)}" + (f"; {', '.join(counts)}" if counts else "")


def _count(number: int, forms: str | tuple[str, str]) -> str:
    singular, plural = forms if isinstance(forms, tuple) else (forms, forms)
    return f"{number} {singular if number == 1 else plural}"


def _write_text(results: Iterator[FileResult], language: str, tally: _Tally, out: TextIO) -> None:
    words = _WORDS[language]
    for result in results:
        tally.add(result)
        report = result.report
        state = words["valid"] if report.valid else words["invalid"]
        counts = [
            _count(len(found), words[severity])
            for severity in Severity
            if (found := [f for f in report.findings if f.severity is severity])
        ]
        print(f"{result.file}: {state}" + (f" ({', '.join(counts)})" if counts else ""), file=out)
        for finding in report.findings:
            severity = words[finding.severity][0]
            where = finding.path or "/"
            print(f"  {severity} {finding.code} {where}: {finding.message(language)}", file=out)


def _write_json(results: Iterator[FileResult], language: str, tally: _Tally, out: TextIO) -> None:
    # One JSON document, written entry by entry so that memory stays flat.
    out.write("[")
    for index, result in enumerate(results):
        tally.add(result)
        entry = {
            "file": result.file,
            "valid": result.report.valid,
            "findings": [f.as_dict(language) for f in result.report.findings],
        }
        out.write(("\n" if index == 0 else ",\n") + json.dumps(entry, ensure_ascii=False))
    out.write("\n]\n")


def _with_progress(results: Iterator[FileResult], language: str) -> Iterator[FileResult]:
    """Pass results through, counting them on standard error when it is a terminal."""
    if not sys.stderr.isatty():
        yield from results
        return
    done = 0
    for result in results:
        yield result
        done += 1
        if done % _PROGRESS_EVERY == 0:
            print(f"\r{_WORDS[language]['progress']} {done}", end="", file=sys.stderr, flush=True)
    if done >= _PROGRESS_EVERY:
        print("\r\033[K", end="", file=sys.stderr, flush=True)
