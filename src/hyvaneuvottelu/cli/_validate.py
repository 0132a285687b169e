"""The command ``validate``."""

from __future__ import annotations

import argparse
import sys

from .. import documents
from ..errors import DocumentError
from ._common import EXIT_INVALID, EXIT_OK, read_input

__all__ = ["register"]


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    validate = commands.add_parser(
        "validate",
        help="check memos",
        description="Check that each memo is a well-formed document of the wire format.",
    )
    validate.add_argument("paths", nargs="+", metavar="PATH", help="memo files, or - for stdin")
    validate.set_defaults(run=_validate)


def _validate(args: argparse.Namespace) -> int:
    worst = EXIT_OK
    for name in args.paths:
        data = read_input(name)
        try:
            documents.read_bytes(data, format=documents.format_of(name))
        except DocumentError as exc:
            print(exc.with_source(name), file=sys.stdout)
            worst = EXIT_INVALID
        else:
            print(f"{name}: valid")
    return worst
