"""The command line: parse arguments, call the library, print.

Every error a user can cause ends in a message and an exit code, never a
traceback: 0 valid, 1 invalid input, 2 usage or I/O error.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence

from .._version import __version__
from ..errors import DocumentError, HyvaneuvotteluError
from . import _archive, _basic, _validate
from ._common import EXIT_INVALID, EXIT_USAGE, CommandError

__all__ = ["main"]

#: Each command module registers its subcommands.
_COMMANDS: tuple[Callable[[argparse._SubParsersAction[argparse.ArgumentParser]], None], ...] = (
    _basic.register,
    _validate.register,
    _archive.register,
)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="hyvaneuvottelu",
        description=(
            "Memos of the negotiations between wellbeing services counties and "
            "municipalities (Laki hyvinvointialueesta 611/2021 14 §): validate, "
            "convert, archive."
        ),
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(title="commands", metavar="COMMAND", required=True)
    for register in _COMMANDS:
        register(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    args = _parser().parse_args(argv)
    try:
        code: int = args.run(args)
    except DocumentError as exc:
        name = getattr(args, "input", None)
        print(exc.with_source(name) if name else exc, file=sys.stderr)
        return EXIT_INVALID
    except CommandError as exc:
        print(f"hyvaneuvottelu: {exc}", file=sys.stderr)
        return exc.code
    except HyvaneuvotteluError as exc:
        print(f"hyvaneuvottelu: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("hyvaneuvottelu: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_USAGE
    return code
