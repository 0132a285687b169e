"""The command ``validate``: check memos against a profile of the rule catalogue."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TextIO

from .._messages import localized_location, message
from ..rules import Profile, Severity
from ..validation import FileResult, Skipped
from ._common import EXIT_INVALID, EXIT_OK, EXIT_USAGE, CommandError, Commands
from ._output import default_language, for_people, json_text, localized, say, write_utf8
from ._style import Style, add_style_options
from ._walk import PackageResult, ProjectFile, check_paths

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
        "note": "huomautus",
        "package_ok": "siirtopaketti todennettu",
        "package_bad": "siirtopakettia EI todennettu",
        "package_files": ("tiedosto", "tiedostoa"),
        "unopened": "ei voitu avata",
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
        "note": "anmärkning",
        "package_ok": "överföringspaketet verifierat",
        "package_bad": "överföringspaketet INTE verifierat",
        "package_files": ("fil", "filer"),
        "unopened": "kunde inte öppnas",
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
        "note": "note",
        "package_ok": "package verified",
        "package_bad": "package NOT verified",
        "package_files": ("file", "files"),
        "unopened": "cannot be opened",
    },
}
_PROGRESS_EVERY = 50
#: Characters of JSON output gathered before they are written.
_WRITE_EVERY = 64 * 1024


def register(commands: Commands) -> None:
    validate = commands.add_parser(
        "validate",
        description=(
            "Check memos against the rules of a profile: draft (structure and domain) or "
            "archive (also the record metadata an archive requires). A folder is searched "
            "for *.json and *.xml, recursively; transfer settings are passed over, and an "
            "archive package (a folder or a .zip) is verified as a package. Exit status: 0 "
            "when no file has an error, 1 when any has, 2 for usage or I/O errors."
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
        "--settings",
        metavar="FILE",
        default=None,
        help=(
            "with --profile archive: check the transfer settings FILE that archive will use, "
            "and the memos for its SÄHKE2 version (default: archive-settings.json beside the "
            "memos, else the 2019 schema)"
        ),
    )
    validate.add_argument(
        "--jobs",
        type=int,
        default=1,
        metavar="N",
        help="check files in up to N processes, never more than CPUs or files (default 1)",
    )
    add_style_options(validate)
    validate.set_defaults(run=_validate)


def _validate(args: argparse.Namespace) -> int:
    if args.jobs < 1:
        raise CommandError(message("cli.jobs"))
    language = args.lang or default_language()
    used, sahke2_version = _transfer_settings(args.settings, args.profile, args.paths)
    jobs = 1 if "-" in args.paths else args.jobs
    terminal = _Terminal(language, progress=not args.quiet)
    words = _WORDS[language]

    def skipped(path: Skipped) -> None:
        terminal.say(
            for_people(f"hyvaneuvottelu: {words[Severity.WARNING][0]}: {path.path}: ")
            + for_people(path.message(language))
        )

    def passed_over(file: ProjectFile) -> None:
        # The settings read for the archive profile are not passed over, as in archive.
        if used is not None and Path(file.path).resolve() == used.resolve():
            return
        if not args.quiet:
            terminal.say(
                for_people(f"hyvaneuvottelu: {words['note']}: {file.path}: ")
                + for_people(file.message(language))
            )

    found = check_paths(
        args.paths,
        args.profile,
        jobs=jobs,
        skipped=skipped,
        passed_over=passed_over,
        sahke2_version=sahke2_version,
    )
    results = terminal.track(found)
    tally = _Tally()
    if args.format == "json":
        _write_json(results, language, tally, sys.stdout)
    else:
        style = Style.of(args)
        _write_text(results, language, tally, style, quiet=args.quiet)
        say(tally.summary(language))
    if tally.unreadable:
        return EXIT_USAGE
    return EXIT_INVALID if tally.invalid else EXIT_OK


def _transfer_settings(
    settings: str | None, profile: str, paths: list[str]
) -> tuple[Path | None, str | None]:
    """The transfer settings file ``archive`` would use for ``paths``, and its SÄHKE2 version.

    ``--settings FILE`` is checked whole: a file that archive would refuse is a
    usage error (exit 2), one line for each setting missing, or the place of
    what is wrong. The ``archive-settings.json`` found beside the memos, as
    ``archive`` finds it, is checked for what it holds; the settings it leaves
    out may come from archive's options.
    """
    if settings is not None and profile != Profile.ARCHIVE:
        raise CommandError(message("cli.settings_profile"))
    if profile != Profile.ARCHIVE:
        return None, None
    # The archive profile alone reads transfer settings: memos checked for the
    # draft profile need none of the archive.
    from ..archive._settings import SettingsError, load_settings, settings_from  # noqa: PLC0415 - see above
    from ..archive._vocabulary import Sahke2Version  # noqa: PLC0415 - as above
    from ._archive import settings_file  # noqa: PLC0415 - as above

    path = settings_file(settings, [p for p in paths if p != "-"])
    if path is None:
        return None, None
    try:
        values = load_settings(path)
        if settings is not None:
            return path, settings_from(values, source=settings).sahke2_version.value
    except SettingsError as exc:
        # One line for each problem, in the command's language.
        raise CommandError(exc.problems) from None
    version = values.get("sahke2Version", Sahke2Version.V2019.value)
    if version not in {v.value for v in Sahke2Version}:
        raise CommandError(message("settings.version", value=json.dumps(version)))
    return path, str(version)


class _Tally:
    """Counts kept while results stream past; no report is held."""

    def __init__(self) -> None:
        self.files = self.invalid = self.unreadable = 0
        self.by_severity = dict.fromkeys(Severity, 0)

    def add(self, result: FileResult | PackageResult) -> None:
        self.files += 1
        if isinstance(result, PackageResult):
            self.invalid += not result.valid
            self.unreadable += result.error is not None
            problems = len(result.report.problems) if result.report is not None else 1
            self.by_severity[Severity.ERROR] += problems
            return
        findings = result.report.findings
        if findings:
            # Most memos have no finding: they cost a count.
            self.invalid += not result.report.valid
            for finding in findings:
                self.by_severity[finding.severity] += 1
        self.unreadable += not result.readable

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


_ROLES = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def _write_text(
    results: Iterator[FileResult | PackageResult],
    language: str,
    tally: _Tally,
    style: Style,
    *,
    quiet: bool,
) -> None:
    words = _WORDS[language]
    for result in results:
        tally.add(result)
        if isinstance(result, PackageResult):
            if not (quiet and result.valid):
                _write_package(result, language, style)
            continue
        report = result.report
        if quiet and not report.findings:
            continue
        state = (words["valid"], "good") if report.valid else (words["invalid"], "bad")
        counts = [
            _count(len(found), words[severity])
            for severity in Severity
            if (found := [f for f in report.findings if f.severity is severity])
        ]
        summary = f" ({', '.join(counts)})" if counts else ""
        style.say(f"{result.file}: ", state, summary)
        for finding in report.findings:
            severity = (words[finding.severity][0], _ROLES[finding.severity])
            where = localized_location(finding.path or "/", language)
            style.say("  ", severity, f" {finding.code} {where}: {finding.message(language)}")


def _write_package(result: PackageResult, language: str, style: Style) -> None:
    words = _WORDS[language]
    report = result.report
    if report is None:
        style.say(f"{result.file}: ", (words["package_bad"], "bad"), f" ({words['unopened']})")
        error = localized(str(result.error), language)
        style.say("  ", (words[Severity.ERROR][0], "error"), f" {error}")
        return
    if report.ok:
        version = f", SÄHKE2 {report.sahke2_version.value}" if report.sahke2_version else ""
        files = _count(report.files, words["package_files"])
        style.say(f"{result.file}: ", (words["package_ok"], "good"), f" ({files}{version})")
        return
    errors = _count(len(report.problems), words[Severity.ERROR])
    style.say(f"{result.file}: ", (words["package_bad"], "bad"), f" ({errors})")
    for problem in report.problems:
        style.say("  ", (words[Severity.ERROR][0], "error"), f" {problem.render(language)}")


def _write_json(
    results: Iterator[FileResult | PackageResult], language: str, tally: _Tally, out: TextIO
) -> None:
    # One JSON document, written a few entries at a time so that memory stays
    # flat, and not one write (a system call) for each of thousands of files.
    pending = ["["]
    size = 0
    separator = "\n"
    for result in results:
        tally.add(result)
        entry = (
            _package_entry(result, language)
            if isinstance(result, PackageResult)
            else {
                "file": result.file,
                "valid": result.report.valid,
                "findings": [f.as_dict(language) for f in result.report.findings],
            }
        )
        text = separator + json_text(entry)
        separator = ",\n"
        pending.append(text)
        size += len(text)
        if size >= _WRITE_EVERY:
            write_utf8("".join(pending), out)
            pending, size = [], 0
    pending.append("\n]\n")
    write_utf8("".join(pending), out)


def _package_entry(result: PackageResult, language: str) -> dict[str, Any]:
    """A package's entry: its problems as findings, ``path`` naming the file inside it."""
    report = result.report
    problems = (
        [(p.file, p.message_in(language)) for p in report.problems]
        if report is not None
        else [("", localized(str(result.error), language))]
    )
    return {
        "file": result.file,
        "valid": result.valid,
        "package": True,
        "findings": [
            {"code": None, "severity": Severity.ERROR.value, "path": file, "message": message}
            for file, message in problems
        ],
    }


class _Terminal:
    """Standard error while results stream past: a running count, and messages around it.

    The count of files checked is shown only when standard error is a
    terminal, and taken off the line before any message is printed there.
    """

    def __init__(self, language: str, *, progress: bool = True) -> None:
        self.language = language
        self.counting = progress and sys.stderr.isatty()
        self.shown = False

    def track(
        self, results: Iterator[FileResult | PackageResult]
    ) -> Iterator[FileResult | PackageResult]:
        """Pass results through, counting them, and saying which met an internal error."""
        for done, result in enumerate(results, start=1):
            if isinstance(result, FileResult) and result.internal_error is not None:
                # Whatever the output format: a defect must not go unnoticed.
                messages = "; ".join(f.message(self.language) for f in result.report.findings)
                self.say(for_people(f"hyvaneuvottelu: {result.file}: {messages}"))
            yield result
            if self.counting and done % _PROGRESS_EVERY == 0:
                # Written raw: these control characters are the command's own.
                sys.stderr.write(f"\r{_WORDS[self.language]['progress']} {done}")
                sys.stderr.flush()
                self.shown = True
        self.clear()

    def say(self, text: str) -> None:
        self.clear()
        say(text, file=sys.stderr)

    def clear(self) -> None:
        if self.shown:
            sys.stderr.write("\r\033[K")
            sys.stderr.flush()
            self.shown = False
