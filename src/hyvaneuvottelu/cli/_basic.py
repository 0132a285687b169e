"""The commands ``example``, ``new``, ``convert`` and ``schema``."""

from __future__ import annotations

import argparse
import contextlib
from pathlib import Path

from .. import documents, examples, schemas
from .._messages import LANGUAGES, message
from .._strings import ascii_digits
from ..limits import MAX_INDENT
from ._common import EXIT_OK, CommandError, read_input, write_output
from ._output import add_language_option

__all__ = ["register"]


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    example = commands.add_parser(
        "example",
        help="print the bundled example memo",
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
        help="start a memo from a template",
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
        description=(
            "Print or write the JSON Schema of the wire format, or with --xsd the XSD; "
            "a written XSD gets the xml.xsd it imports beside it."
        ),
    )
    schema.add_argument("--xsd", action="store_true", help="the XSD of the XML format instead")
    schema.add_argument("output", nargs="?", help="output file (default: standard output)")
    schema.add_argument("--force", action="store_true", help="replace an existing output file")
    add_language_option(schema)
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


def _schema(args: argparse.Namespace) -> int:
    if not args.xsd:
        write_output(args.output, schemas.json_schema_bytes(), force=args.force)
        return EXIT_OK
    if args.output is None or args.output == "-":
        write_output(None, schemas.xsd_bytes())
        return EXIT_OK
    # The XSD imports the W3C's xml.xsd by a relative location: without it
    # beside the XSD no validator can compile it offline. Both are checked
    # before either is written; a copy already there with the same bytes is
    # left as it is, so several XSDs can share one folder.
    target = Path(args.output)
    beside = target.parent / schemas.XML_NAMESPACE_XSD_FILE
    imported = schemas.xml_namespace_xsd_bytes()
    if target.name == schemas.XML_NAMESPACE_XSD_FILE:
        raise CommandError(
            f"{args.output}: is the name of the schema the XSD imports "
            f"({schemas.XML_NAMESPACE_XSD_FILE}), which is written beside it; "
            "give the XSD another name; nothing written"
        )
    if not args.force:
        for path in (target, beside):
            if path.exists() and not _holds(path, imported if path == beside else None):
                raise CommandError(
                    f"{path}: already exists; not overwritten (use --force to replace it); "
                    "nothing written"
                )
    created_beside = not beside.exists()
    if not _holds(beside, imported):
        write_output(str(beside), imported, force=args.force)
    try:
        write_output(args.output, schemas.xsd_bytes(), force=args.force)
    except CommandError:
        # An xml.xsd that this run created for an XSD it could not write is
        # taken back; one replaced with --force cannot be, and stays.
        if created_beside:
            with contextlib.suppress(OSError):
                beside.unlink()
        raise
    return EXIT_OK


def _holds(path: Path, data: bytes | None) -> bool:
    """Whether ``path`` is a regular file with exactly ``data`` (never for None)."""
    if data is None or not path.is_file():
        return False
    try:
        return path.stat().st_size == len(data) and path.read_bytes() == data
    except OSError:
        return False
