"""The commands ``example``, ``convert`` and ``schema``."""

from __future__ import annotations

import argparse

from .. import documents, examples, schemas
from .._messages import LANGUAGES, message
from .._strings import ascii_digits
from ..limits import MAX_INDENT
from ._common import EXIT_OK, CommandError, read_input, write_output

__all__ = ["register"]


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    example = commands.add_parser(
        "example",
        help="print the bundled example memo",
        description="Print the bundled example: the Lohja memo, encoded by hand.",
    )
    example.add_argument(
        "name", nargs="?", default=examples.DEFAULT, choices=examples.names(), help="which example"
    )
    example.add_argument("--to", choices=documents.FORMATS, default="json", help="output format")
    example.add_argument(
        "--indent",
        type=_indent_option,
        default=2,
        metavar="N",
        help=f"JSON indent, 0 for one line, at most {MAX_INDENT} (default 2)",
    )
    example.set_defaults(run=_example)

    convert = commands.add_parser(
        "convert",
        help="convert a memo between formats",
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

    schema = commands.add_parser(
        "schema",
        help="print or write the published schema",
        description="Print or write the JSON Schema of the wire format, or with --xsd the XSD.",
    )
    schema.add_argument("--xsd", action="store_true", help="the XSD of the XML format instead")
    schema.add_argument("output", nargs="?", help="output file (default: standard output)")
    schema.add_argument("--force", action="store_true", help="replace an existing output file")
    schema.set_defaults(run=_schema)


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
    negotiation = examples.load(args.name)
    write_output(None, documents.render(negotiation, args.to, indent=_indent(args.indent)))
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


def _schema(args: argparse.Namespace) -> int:
    data = schemas.xsd_bytes() if args.xsd else schemas.json_schema_bytes()
    write_output(args.output, data, force=args.force)
    return EXIT_OK
