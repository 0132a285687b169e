"""The commands ``example``, ``new`` and ``convert``."""

from __future__ import annotations

import argparse

from .. import documents, examples
from .._messages import LANGUAGES, message
from .._strings import ascii_digits
from ..limits import MAX_INDENT
from ._common import EXIT_OK, CommandError, Commands, read_input, write_output
from ._output import add_language_option

__all__ = ["register"]


def register(commands: Commands) -> None:
    example = commands.add_parser(
        "example",
        description=(
            "Print the bundled example: the Lohja memo, encoded by hand; with --archive "
            "the same memo completed with illustrative archival metadata, with --settings "
            "that example's transfer settings, with --template a memo template."
        ),
    )
    example.add_argument(
        "name", nargs="?", default=None, choices=examples.names(), help="which example"
    )
    shown = example.add_mutually_exclusive_group()
    shown.add_argument(
        "--archive",
        action="store_true",
        help=f"the example completed for the archive (same as the name {examples.ARCHIVE})",
    )
    shown.add_argument(
        "--settings",
        action="store_true",
        help="the archive example's transfer settings, archive-settings.json (JSON as shipped)",
    )
    shown.add_argument(
        "--template",
        action="store_true",
        help="a memo template with placeholders to replace (JSON as shipped; same as `new`)",
    )
    example.add_argument("--to", choices=documents.FORMATS, default="json", help="output format")
    example.add_argument(
        "--indent",
        type=_indent_option,
        default=2,
        metavar="N",
        help=f"JSON indent, 0 for one line, at most {MAX_INDENT} (default 2)",
    )
    add_language_option(example)
    example.set_defaults(run=_example)

    new = commands.add_parser(
        "new",
        description=(
            "Write a memo template: every field an archive needs, each to be replaced "
            "where it says TÄYTÄ (fill in). As written it is not valid: `validate` names "
            "each date and code still to fill in; search the file for TÄYTÄ to find the "
            "texts."
        ),
    )
    new.add_argument("--out", metavar="FILE", help="the memo to write (default: standard output)")
    new.add_argument("--force", action="store_true", help="replace an existing file")
    add_language_option(new)
    new.set_defaults(run=_new)

    convert = commands.add_parser(
        "convert",
        description=(
            "Read a memo and write it again, canonical. Formats come from the file "
            "extensions, or from --to."
        ),
    )
    convert.add_argument("input", help="memo file, or - for standard input")
    convert.add_argument("output", nargs="?", help="output file (default: standard output)")
    convert.add_argument("--to", choices=documents.FORMATS, help="output format")
    convert.add_argument(
        "--indent",
        type=_indent_option,
        default=2,
        metavar="N",
        help=f"JSON indent, 0 for one line, at most {MAX_INDENT} (default 2)",
    )
    convert.add_argument("--force", action="store_true", help="replace an existing output file")
    convert.add_argument(
        "--lang",
        choices=LANGUAGES,
        default=None,
        help="language of the HTML rendition (default: fi) and of the messages "
        "(default: from the locale, else fi)",
    )
    convert.set_defaults(run=_convert)


def _output_format(args: argparse.Namespace) -> str:
    """The output's format: asked for with --to, else named by the extension.

    An extension that names one format is never given another: that would
    put, say, XML into a ``.json`` file.
    """
    named = documents.format_of(args.output) if args.output and args.output != "-" else None
    if args.to:
        if named is not None and named != args.to:
            raise CommandError(
                message("cli.extension_mismatch", name=args.output, named=named, to=args.to)
            )
        return str(args.to)
    if args.output and args.output != "-":
        if named is None:
            raise CommandError(
                message(
                    "cli.unknown_extension",
                    name=args.output,
                    formats="|".join(documents.FORMATS),
                )
            )
        return named
    return "json"


def _indent_option(text: str) -> int:
    """``--indent``: a whole number of spaces from 0 to MAX_INDENT."""
    # A few digits at most: a longer number is out of range anyway, and int()
    # refuses more than 4,300 digits with an error of its own.
    value = int(text) if ascii_digits(text) and len(text) <= 6 else None
    if value is None or value > MAX_INDENT:
        raise argparse.ArgumentTypeError(
            f"expected a whole number of spaces from 0 to {MAX_INDENT}, found {text!r}"
        )
    return value


def _indent(value: int) -> int | None:
    return value if value > 0 else None


def _example(args: argparse.Namespace) -> int:
    if args.settings or args.template:
        shown = "--settings" if args.settings else "--template"
        if args.name is not None:
            raise CommandError(f"{shown}: give no example name with it")
        if args.to != "json" or args.indent != 2:
            raise CommandError(f"{shown}: is JSON as shipped; --to and --indent do not apply")
        write_output(
            None, examples.settings_bytes() if args.settings else examples.template_bytes()
        )
        return EXIT_OK
    if args.archive and args.name not in (None, examples.ARCHIVE):
        raise CommandError(f"--archive: is the example {examples.ARCHIVE}, not {args.name}")
    name = examples.ARCHIVE if args.archive else args.name or examples.DEFAULT
    negotiation = examples.load(name)
    write_output(None, documents.render(negotiation, args.to, indent=_indent(args.indent)))
    return EXIT_OK


def _new(args: argparse.Namespace) -> int:
    write_output(args.out, examples.template_bytes(), force=args.force)
    return EXIT_OK


def _convert(args: argparse.Namespace) -> int:
    target = _output_format(args)
    data = read_input(args.input)
    source_format = documents.format_of(args.input) if args.input != "-" else None
    negotiation = documents.read_bytes(data, format=source_format)
    output = documents.render(
        negotiation, target, indent=_indent(args.indent), lang=args.lang or "fi"
    )
    write_output(args.output, output, force=args.force)
    return EXIT_OK
