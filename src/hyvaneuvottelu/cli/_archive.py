"""The commands ``archive`` and ``verify``."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from .. import documents
from .._messages import message, os_error, plural, recognise, render
from ..errors import DocumentError, OutputError
from ..limits import MAX_PACKAGE_MEMOS
from ._common import EXIT_INVALID, EXIT_OK, CommandError, Commands, read_input
from ._output import (
    add_language_option,
    for_people,
    json_text,
    language_of,
    localized,
    say,
    write_utf8,
)
from ._style import Style, add_style_options

# The transfer settings and the SÄHKE2 versions are imported when the options
# are registered (they list them; neither loads the model, so neither help
# does), the walk over memo folders and the package writer when archive runs,
# the verifier when verify runs: verify loads no validation of memos.
if TYPE_CHECKING:
    from ..archive import Refusal
    from ..archive._settings import TransferSettings
    from ..model import Negotiation
    from ..validation import Skipped
    from ._walk import ProjectFile

__all__ = ["register", "settings_file"]


def register(commands: Commands) -> None:
    from ..archive._sahke2_version import Sahke2Version  # noqa: PLC0415 - see the imports
    from ..archive._settings import SETTINGS, SETTINGS_FILE  # noqa: PLC0415 - as above

    archive = commands.add_parser(
        "archive",
        description=(
            "Write one SÄHKE2 transfer of the memos: each memo's XML and HTML, the "
            "SÄHKE2 metadata and a manifest of SHA-256 hashes, to a folder or a zip "
            "file, atomically. Memos with archive-profile errors are refused and "
            f"nothing is written. Transfer settings come from {SETTINGS_FILE} beside "
            "the memo, from --settings FILE, and from the options below, which win."
        ),
    )
    archive.add_argument("memos", nargs="+", metavar="MEMO", help="memo files, or folders of memos")
    archive.add_argument("--out", required=True, metavar="TARGET", help="the package to write")
    archive.add_argument("--zip", action="store_true", help="write one zip file, not a folder")
    archive.add_argument("--force", action="store_true", help="replace an existing target")
    archive.add_argument(
        "--created",
        metavar="ISO",
        help="creation time, e.g. 2025-02-04T12:00:00+02:00 (default: SOURCE_DATE_EPOCH, "
        "else the latest record creation time)",
    )
    archive.add_argument("--settings", metavar="FILE", help="transfer settings (JSON)")
    add_language_option(archive)
    transfer = archive.add_argument_group("transfer settings")
    for setting in SETTINGS:
        if not setting.option:
            continue
        choices = [v.value for v in Sahke2Version] if setting.key == "sahke2Version" else None
        transfer.add_argument(
            setting.option,
            dest=setting.dest,
            type=setting.kind,
            choices=choices,
            metavar=None if choices else setting.dest.upper(),
            help=f'setting "{setting.key}"' + (" (required)" if setting.required else ""),
        )
    _add_output_options(archive)
    archive.set_defaults(run=_archive)

    verify = commands.add_parser(
        "verify",
        description=(
            "Read every byte of the package once: recompute every hash and size, report "
            "bytes no file owns, validate the SÄHKE2 metadata against its schema and each "
            "memo against the project's, check that the metadata agree with the memos, "
            "and report every difference (exit 1). It proves that the package is whole "
            "and consistent, not who made it."
        ),
    )
    verify.add_argument("package", metavar="PACKAGE", help="a package folder or zip file")
    verify.add_argument(
        "--sahke2-schema",
        metavar="DIR",
        help="folder of the official SÄHKE2 XSDs (default: ../shared/schemas-external/sahke2 "
        "beside a source checkout)",
    )
    add_language_option(verify)
    _add_output_options(verify)
    verify.set_defaults(run=_verify)


def _add_output_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--format",
        choices=("text", "json"),
        default="text",
        help="output: text for people, or one JSON document for programs (default: text)",
    )
    add_style_options(parser)


def _memo_files(names: list[str], language: str, *, quiet: bool = False) -> list[Path]:
    from ..validation import UnreadableFolder  # noqa: PLC0415 - see the imports
    from ._walk import Package, walk_entries  # noqa: PLC0415 - as above

    files = []

    def note(file: ProjectFile) -> None:
        if not quiet:
            _note_passed_over(file, language)

    # Transfer settings, packages and their files are never memos: a package
    # of earlier transfers in the memo folder must not be archived again.
    def warn(skipped: Skipped) -> None:
        _warn_skipped(skipped, language)

    for entry in walk_entries(names, warn, note):
        if isinstance(entry, UnreadableFolder):
            raise entry.error
        if isinstance(entry, Package):
            if not quiet:
                text = f"{for_people(entry.path)}: {message('archive.package_skipped')}"
                note_text = message("cli.note", text=text).render(language)
                say(f"hyvaneuvottelu: {note_text}", file=sys.stderr)
            continue
        files.append(Path(entry))
    for name in names:
        if Path(name).is_dir() and not any(f.is_relative_to(name) for f in files):
            raise CommandError(message("cli.no_memos", name=name))
    return files


def _note_passed_over(file: ProjectFile, language: str) -> None:
    from ..archive._settings import SETTINGS_FILE  # noqa: PLC0415 - see the imports
    from ._walk import ZIP  # noqa: PLC0415 - as above

    # The settings are read, not passed over; a zip file among memos is no concern of archive.
    if file.kind not in (SETTINGS_FILE, ZIP):
        text = f"{for_people(file.path)}: {file.message(language)}"
        say(f"hyvaneuvottelu: {message('cli.note', text=text).render(language)}", file=sys.stderr)


def _warn_skipped(skipped: Skipped, language: str) -> None:
    if skipped.reason == "no memos":
        return  # refused below, as an error
    text = f"{for_people(skipped.path)}: {skipped.message(language)}"
    say(f"hyvaneuvottelu: {message('cli.warning', text=text).render(language)}", file=sys.stderr)


def _read_memos(
    files: list[Path], language: str, settings: TransferSettings
) -> Iterator[Negotiation | Refusal]:
    """Each memo in turn, read when the package needs it; a refusal if it cannot be.

    A function class the settings give no title is warned about, once.
    """
    from ..archive import Refusal  # noqa: PLC0415 - see the imports
    from ..archive._sahke2 import untitled_functions  # noqa: PLC0415 - as above

    untitled: set[str] = set()
    for path in files:
        data = read_input(str(path))
        try:
            memo = documents.read_bytes(data, format=documents.format_of(path))
        except DocumentError as exc:
            summary, *problems = exc.render(language).splitlines()
            cannot = message("archive.cannot_read", summary=summary).render(language)
            reasons = (cannot, *(line.strip() for line in problems))
            yield Refusal(source=for_people(str(path)), reasons=reasons)
            continue
        for code in untitled_functions(memo, settings):
            if code not in untitled:
                untitled.add(code)
                warning = message("cli.warning", text=message("archive.untitled", code=code))
                say(f"hyvaneuvottelu: {warning.render(language)}", file=sys.stderr)
        yield memo


def settings_file(given: str | None, names: list[str]) -> Path | None:
    """The transfer settings file of the memos ``names``: ``given`` (``--settings``), else
    the ``archive-settings.json`` beside them (in a folder named, or beside a memo named).

    ``archive`` and ``validate --profile archive`` find it the same way. Memos with
    different settings files beside them are a usage error: ``--settings`` must choose.
    """
    from ..archive._settings import find_settings_file  # noqa: PLC0415 - see the imports

    if given:
        return Path(given)
    found = {p.resolve() for name in names if (p := find_settings_file(name)) is not None}
    if len(found) > 1:
        listed = ", ".join(str(p) for p in sorted(found))
        raise CommandError(message("cli.settings_files", files=listed))
    return found.pop() if found else None


def _created(text: str | None) -> datetime | None:
    if text is None:
        return None
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        moment = None
    if moment is None or moment.utcoffset() is None:
        raise CommandError(message("cli.created", text=repr(text)))
    return moment


def _archive(args: argparse.Namespace) -> int:
    from ..archive import (  # noqa: PLC0415 - see the imports
        ArchiveRefusedError,
        TransferTooLargeError,
        check_target,
        write_package,
    )
    from ..archive._manifest import MANIFEST_FILE  # noqa: PLC0415 - as above
    from ..archive._settings import (  # noqa: PLC0415 - as above
        SETTINGS,
        SettingsError,
        load_settings,
        settings_from,
    )

    language = language_of(args)
    created = _created(args.created)
    settings_path = settings_file(args.settings, args.memos)
    files = _memo_files(args.memos, language, quiet=args.quiet)
    inputs = [*args.memos, *files, *([settings_path] if settings_path else [])]
    try:
        # Before anything is read: a target over an input would destroy it.
        check_target(args.out, inputs)
    except OutputError as exc:
        raise CommandError(str(exc)) from None
    if len(files) > MAX_PACKAGE_MEMOS:
        raise CommandError(str(TransferTooLargeError.too_many_memos(str(len(files)))))
    overrides = {s.key: getattr(args, s.dest) for s in SETTINGS if s.option}
    try:
        values = load_settings(settings_path) if settings_path is not None else None
        settings = settings_from(
            values, overrides, source=str(settings_path) if settings_path else None
        )
    except SettingsError as exc:
        raise CommandError(exc.problems) from None
    try:
        package = write_package(
            _read_memos(files, language, settings),
            args.out,
            settings,
            zip=args.zip,
            force=args.force,
            created=created,
            sources=[for_people(str(f)) for f in files],
            language=language,
            inputs=inputs,
            attachment_dirs=[f.parent for f in files],
        )
    except ArchiveRefusedError as exc:
        if args.format == "json":
            errors = [
                {"filename": r.source, "message": reason}
                for r in exc.refusals
                for reason in r.reasons
            ]
            _write_json({"status": "fail", "errors": errors})
        else:
            # The head line is the command's; the refusals' lines are each
            # memo's name and the rules' messages, already in the language.
            head, _, rest = str(exc).partition("\n")
            say(localized(head, language) + (f"\n{rest}" if rest else ""), file=sys.stderr)
        return EXIT_INVALID
    except (OutputError, TransferTooLargeError) as exc:
        raise CommandError(str(exc)) from None
    except OSError as exc:
        reason = os_error(exc)
        raise CommandError(message("cli.cannot_write", name=args.out, reason=reason)) from None
    version = settings.sahke2_version.value
    if args.format == "json":
        _write_json(
            {
                "status": "ok",
                "package": str(package.path),
                "sahke2Version": version,
                "created": package.created.isoformat(),
                "memos": len(files),
                "manifest": MANIFEST_FILE,
                "files": [
                    {"path": f.path, "size": f.size, "sha256": f.sha256} for f in package.files
                ],
                "errors": [],
            }
        )
        return EXIT_OK
    written = message(
        "summary.archived",
        path=str(package.path),
        version=version,
        memos=plural("count.memos", len(files)),
        files=plural("count.files", len(package.files) + 1),
    )
    Style.of(args).say((written.render(language), "good"))
    return EXIT_OK


def _verify(args: argparse.Namespace) -> int:
    from ..archive import verify_package  # noqa: PLC0415 - see the imports

    language = language_of(args)
    report = verify_package(args.package, sahke2_schema_dir=args.sahke2_schema)
    version = report.sahke2_version.value if report.sahke2_version else None
    if args.format == "json":
        _write_json(
            {
                "status": "ok" if report.ok else "fail",
                "package": args.package,
                "files": report.files,
                "sahke2Version": version,
                "errors": [
                    {"filename": p.file, "message": p.message_in(language)} for p in report.problems
                ],
                "notes": [_note(note, language) for note in report.notes],
            }
        )
        return EXIT_OK if report.ok else EXIT_INVALID
    style = Style.of(args)
    if not args.quiet:
        for note in report.notes:
            style.say((message("cli.note", text=_note(note, language)).render(language), "note"))
    if report.ok:
        verified = message(
            "summary.verified",
            path=args.package,
            files=plural("count.files", report.files),
            version=version or "?",
        )
        style.say((verified.render(language), "good"))
        return EXIT_OK
    summary = plural("summary.not_verified", len(report.problems), path=args.package)
    style.say((summary.render(language), "bad"))
    for problem in report.problems:
        style.say(f"  {problem.render(language)}")
    return EXIT_INVALID


def _note(note: str, language: str) -> str:
    """A note of verify's (what it could not check), in ``language``."""
    return render(recognise(note, "verify"), language)


def _write_json(value: dict[str, object]) -> None:
    write_utf8(json_text(value) + "\n")
