"""The command line: parse arguments, call the library, print.

Every error a user can cause ends in a message and an exit code, never a
traceback: 0 valid, 1 invalid input, 2 usage or I/O error. Every line printed
for people goes through :func:`._output.say`, which shows control characters
escaped.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, NoReturn, cast

from .._version import __version__

if TYPE_CHECKING:
    from _typeshed import SupportsWrite

    from .._messages import Message

__all__ = ["main"]


class _Parser(argparse.ArgumentParser):
    """argparse, printing through :func:`say`, its usage errors in :attr:`language`.

    Its messages quote the user's arguments ("unrecognized arguments: ..."),
    and its help holds characters that an ASCII terminal cannot show.
    """

    #: The language of usage errors (see :mod:`._usage`); help is English.
    language = "en"

    def error(self, message: str) -> NoReturn:
        if self.language == "en":
            super().error(message)
        from ._usage import usage_error, usage_prefix  # noqa: PLC0415 - see _parser

        formatter = self._get_formatter()
        formatter.add_usage(
            self.usage,
            self._actions,
            self._mutually_exclusive_groups,
            usage_prefix(self.language),
        )
        self._print_message(formatter.format_help(), sys.stderr)
        self.exit(2, usage_error(self.prog, message).render(self.language) + "\n")

    def _print_message(self, message: str, file: SupportsWrite[str] | None = None) -> None:
        if message:
            from ._output import say  # noqa: PLC0415 - see _parser

            # Like argparse itself: a stream already closed is no reason to fail.
            with contextlib.suppress(AttributeError, OSError):
                say(message, file=file if file is not None else sys.stderr, end="")


def _parser(language: str = "en") -> argparse.ArgumentParser:
    """The command line's parser; its usage errors (not its help) in ``language``."""
    # Each command module registers its subcommands. They are imported here,
    # not at the top: ``--version`` needs none of them, nor the library.
    from . import _archive, _basic, _coverage, _followup, _validate  # noqa: PLC0415 - not for --version
    from . import _import as _importing  # noqa: PLC0415 - not for --version

    # A class of its own: argparse makes the subcommands' parsers of the
    # parser's own class, so they say their errors in the same language.
    class _InLanguage(_Parser):
        pass

    _InLanguage.language = language
    parser = _InLanguage(
        prog="hyvaneuvottelu",
        description=(
            "Memos of the negotiations between wellbeing services counties and "
            "municipalities (Laki hyvinvointialueesta 611/2021 14 §): validate, "
            "convert, archive."
        ),
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    # The subcommands' parsers are _Parser too (argparse makes them of the
    # parser's own class); the command modules need only ArgumentParser.
    commands = cast(
        "argparse._SubParsersAction[argparse.ArgumentParser]",
        parser.add_subparsers(title="commands", metavar="COMMAND", required=True),
    )
    for register in (
        _basic.register,
        _validate.register,
        _archive.register,
        _importing.register,
        _coverage.register,
        _followup.register,
    ):
        register(commands)
    return parser


def _version_parser() -> argparse.ArgumentParser:
    # argparse's own printing: the version is ASCII, and _output loads the library.
    parser = argparse.ArgumentParser(prog="hyvaneuvottelu", add_help=False)
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    arguments = sys.argv[1:] if argv is None else list(argv)
    if arguments[:1] == ["--version"]:
        # Answered, as argparse answers it, before the commands (and the
        # library they import) are loaded: it exits here.
        _version_parser().parse_args(arguments)
    # The library (attrs, the model, lxml) is loaded from here on.
    from .._messages import message, os_error  # noqa: PLC0415 - after --version
    from ..errors import DocumentError, HyvaneuvotteluError  # noqa: PLC0415 - after --version
    from ._common import EXIT_INVALID, EXIT_USAGE, CommandError  # noqa: PLC0415 - after --version
    from ._output import for_people, language_of, localized, say  # noqa: PLC0415 - after --version
    from ._usage import usage_language  # noqa: PLC0415 - after --version

    args = _parser(usage_language(arguments)).parse_args(arguments)
    language = language_of(args)
    # Imported here: only the commands that write packages need the archive.
    from ..archive._settings import SettingsError  # noqa: PLC0415 - see above

    def complain(text: str | Message) -> None:
        for line in localized(text, language).split("\n"):
            say(f"hyvaneuvottelu: {line}", file=sys.stderr)

    try:
        code: int = args.run(args)
    except DocumentError as exc:
        name = getattr(args, "input", None)
        # The name is escaped on its own: a newline in it must not start a line.
        error = exc.with_source(for_people(name)) if name else exc
        say(error.render(language), file=sys.stderr)
        return EXIT_INVALID
    except CommandError as exc:
        for text in exc.texts:
            complain(text)
        return exc.code
    except SettingsError as exc:
        for problem in exc.problems:
            complain(problem)
        return EXIT_USAGE
    except HyvaneuvotteluError as exc:
        complain(str(exc))
        return EXIT_USAGE
    except KeyboardInterrupt:
        complain(message("cli.interrupted"))
        return 130
    except BrokenPipeError:
        return EXIT_USAGE
    except OSError as exc:
        # An I/O error that no command turned into a message of its own.
        where = f"{for_people(str(exc.filename))}: " if exc.filename else ""
        say(f"hyvaneuvottelu: {where}{os_error(exc).render(language)}", file=sys.stderr)
        return EXIT_USAGE
    except Exception as exc:  # noqa: BLE001 - the last resort; see the comment
        # A defect of this library, not a fault of the user's: no traceback,
        # but a message that says so, names the exception and asks for a
        # report. Exit 1: the command did not do what was asked (nothing was
        # converted, archived or verified) and its input is the likely cause.
        complain(message("cli.internal", error=f"{type(exc).__name__}: {exc}"))
        return EXIT_INVALID
    return code
