"""The commands ``archive`` and ``verify``."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

from .. import documents
from ..archive import (
    SETTINGS,
    SETTINGS_FILE,
    ArchiveRefusedError,
    Refusal,
    Sahke2Version,
    SettingsError,
    TransferTooLargeError,
    check_target,
    find_settings_file,
    load_settings,
    settings_from,
    verify_package,
    write_package,
)
from ..errors import DocumentError, OutputError
from ..limits import MAX_PACKAGE_MEMOS
from ..model import Negotiation
from ..validation import Skipped, memo_files
from ._common import EXIT_INVALID, EXIT_OK, CommandError, read_input
from ._output import for_people, say
from ._validate import default_language

__all__ = ["register"]


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    archive = commands.add_parser(
        "archive",
        help="write a SÄHKE2 transfer package of memos",
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
    archive.add_argument(
        "--lang",
        choices=("fi", "sv", "en"),
        default=None,
        help="language of the rules' messages (default: from the locale, else fi)",
    )
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
    archive.set_defaults(run=_archive)

    verify = commands.add_parser(
        "verify",
        help="verify an archive package",
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
    verify.set_defaults(run=_verify)


def _memo_files(names: list[str]) -> list[Path]:
    files = [
        Path(n) for n in memo_files(names, skipped=_warn_skipped) if Path(n).name != SETTINGS_FILE
    ]
    for name in names:
        if Path(name).is_dir() and not any(f.is_relative_to(name) for f in files):
            raise CommandError(f"{name}: the folder holds no memo (*.json, *.xml)")
    return files


def _warn_skipped(skipped: Skipped) -> None:
    if skipped.reason == "no memos":
        return  # refused below, as an error
    say(
        f"hyvaneuvottelu: warning: {for_people(skipped.path)}: {skipped.message('en')}",
        file=sys.stderr,
    )


def _read_memos(files: list[Path]) -> Iterator[Negotiation | Refusal]:
    """Each memo in turn, read when the package needs it; a refusal if it cannot be."""
    for path in files:
        data = read_input(str(path))
        try:
            memo = documents.read_bytes(data, format=documents.format_of(path))
        except DocumentError as exc:
            summary, *problems = str(exc).splitlines()
            reasons = (f"cannot be read: {summary}", *(line.strip() for line in problems))
            yield Refusal(source=for_people(str(path)), reasons=reasons)
            continue
        yield memo


def _settings_file(args: argparse.Namespace, names: list[str]) -> Path | None:
    if args.settings:
        return Path(args.settings)
    found = {p.resolve() for name in names if (p := find_settings_file(name)) is not None}
    if len(found) > 1:
        listed = ", ".join(str(p) for p in sorted(found))
        raise CommandError(f"the memos have different settings files ({listed}); use --settings")
    return found.pop() if found else None


def _created(text: str | None) -> datetime | None:
    if text is None:
        return None
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        moment = None
    if moment is None or moment.utcoffset() is None:
        raise CommandError(
            "--created: expected an ISO 8601 date-time with a UTC offset such as "
            f"2025-02-04T12:00:00+02:00, found {text!r}"
        )
    return moment


def _archive(args: argparse.Namespace) -> int:
    created = _created(args.created)
    settings_path = _settings_file(args, args.memos)
    files = _memo_files(args.memos)
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
        raise CommandError(str(exc)) from None
    try:
        package = write_package(
            _read_memos(files),
            args.out,
            settings,
            zip=args.zip,
            force=args.force,
            created=created,
            sources=[for_people(str(f)) for f in files],
            language=args.lang or default_language(),
            inputs=inputs,
            attachment_dirs=[f.parent for f in files],
        )
    except ArchiveRefusedError as exc:
        say(str(exc), file=sys.stderr)
        return EXIT_INVALID
    except (OutputError, TransferTooLargeError) as exc:
        raise CommandError(str(exc)) from None
    except OSError as exc:
        raise CommandError(f"{args.out}: cannot write: {exc.strerror or exc}") from None
    noun = "memo" if len(files) == 1 else "memos"
    say(
        f"{for_people(str(package.path))}: SÄHKE2 {settings.sahke2_version.value} package written: "
        f"{len(files)} {noun}, {len(package.files) + 1} files"
    )
    return EXIT_OK


def _verify(args: argparse.Namespace) -> int:
    report = verify_package(args.package, sahke2_schema_dir=args.sahke2_schema)
    for note in report.notes:
        say(f"note: {note}")
    if report.ok:
        version = report.sahke2_version.value if report.sahke2_version else "?"
        say(f"{for_people(args.package)}: verified: {report.files} files, SÄHKE2 {version}")
        return EXIT_OK
    count = len(report.problems)
    noun = "problem" if count == 1 else "problems"
    say(f"{for_people(args.package)}: NOT verified: {count} {noun}")
    for problem in report.problems:
        say(f"  {problem}")
    return EXIT_INVALID
