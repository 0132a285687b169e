"""The command ``schema``: the published JSON Schema, or the XSD.

A module of its own: the schemas are package data, and printing them needs
neither the model nor the formats that the other commands load.
"""

from __future__ import annotations

import argparse
import contextlib
from pathlib import Path

from .. import schemas
from ._common import EXIT_OK, CommandError, Commands, write_output
from ._output import add_language_option

__all__ = ["register"]


def register(commands: Commands) -> None:
    schema = commands.add_parser(
        "schema",
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
