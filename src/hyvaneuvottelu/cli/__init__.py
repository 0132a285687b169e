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
from typing import TYPE_CHECKING, Any, NoReturn, cast

from .._version import __version__

if TYPE_CHECKING:
    from _typeshed import SupportsWrite

    from .._messages import Message

__all__ = ["main"]


#: Each command, in the order ``--help`` lists them: the module that defines
#: its options and runs it, and its line in ``--help``.
_COMMANDS = {
    "example": ("_basic", "print the bundled example memo"),
    "new": ("_basic", "start a memo from a template"),
    "convert": ("_basic", "convert a memo between formats"),
    "schema": ("_schema", "print or write the published schema"),
    "validate": ("_validate", "check memos against the rule catalogue"),
    "archive": ("_archive", "write a SÄHKE2 transfer package of memos"),
    "verify": ("_archive", "verify an archive package"),
    "import": ("_import", "import existing memos (text, Word, PDF) into drafts"),
    "coverage": (
        "_coverage",
        "which municipalities each county has negotiated with, per term and year",
    ),
    "followup": (
        "_followup",
        "list follow-up actions and matters to agree across memos, with their status",
    ),
}


#: The transfer settings' module, whose SettingsError lists its problems.
_SETTINGS_MODULE = f"{__name__.rpartition('.')[0]}.archive._settings"


class _Parser(argparse.ArgumentParser):
    """argparse, printing through :func:`say`, its usage errors in the command line's language.

    Its messages quote the user's arguments ("unrecognized arguments: ..."),
    and its help holds characters that an ASCII terminal cannot show.
    """

    #: The command line parsed, whose ``--lang`` chooses the language of
    #: usage errors (see :mod:`._usage`); help is English.
    arguments: Sequence[str] = ()
    #: The command chosen, once argparse has chosen it: its parser and its arguments.
    chosen: tuple[argparse.ArgumentParser, Sequence[str]] | None = None

    def error(self, message: str) -> NoReturn:
        from ._usage import usage_error, usage_language, usage_prefix  # noqa: PLC0415 - see _parser

        if self.chosen is None:
            language = usage_language(self.arguments)
        else:
            # The command's own options: argparse takes an abbreviation of --lang among them.
            command, arguments = self.chosen
            language = usage_language(arguments, command._option_string_actions)
        if language == "en":
            super().error(message)
        formatter = self._get_formatter()
        formatter.add_usage(
            self.usage,
            self._actions,
            self._mutually_exclusive_groups,
            usage_prefix(language),
        )
        self._print_message(formatter.format_help(), sys.stderr)
        self.exit(2, usage_error(self.prog, message).render(language) + "\n")

    def _print_message(self, message: str, file: SupportsWrite[str] | None = None) -> None:
        if message:
            from ._output import say  # noqa: PLC0415 - see _parser

            # Like argparse itself: a stream already closed is no reason to fail.
            with contextlib.suppress(AttributeError, OSError):
                say(message, file=file if file is not None else sys.stderr, end="")


if TYPE_CHECKING:
    _SubParsers = argparse._SubParsersAction[argparse.ArgumentParser]
else:  # generic in typeshed only
    _SubParsers = argparse._SubParsersAction


class _Commands(_SubParsers):
    """The commands, each listed with its help line; its options filled in when it is chosen.

    A command's parser is filled in by its module's ``register``, which the
    chosen command's module alone is imported for: validating memos loads
    neither the archive writer's options nor the importer's.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for name, (_, line) in _COMMANDS.items():
            self.add_parser(name, help=line)
        self._registered: set[str] = set()

    def fill(self, name: str) -> argparse.ArgumentParser:
        """The parser of command ``name``, its options filled in by its module."""
        module = f"{__name__}.{_COMMANDS[name][0]}"
        if module not in self._registered:
            self._registered.add(module)
            # __import__, not importlib.import_module: python -X importtime shows it.
            __import__(module)
            sys.modules[module].register(_Listed(self._name_parser_map))
        return self._name_parser_map[name]

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: str | Sequence[Any] | None,
        option_string: str | None = None,
    ) -> None:
        # argparse has checked the name against the choices.
        name, *arguments = cast("Sequence[str]", values)
        command = self.fill(name)
        if isinstance(parser, _Parser):
            # On the class: the command's parser, of the same class, sees it too.
            type(parser).chosen = (command, arguments)
        super().__call__(parser, namespace, values, option_string)


class _Listed:
    """What a command module registers its commands with: the parsers listed, to describe."""

    def __init__(self, parsers: dict[str, argparse.ArgumentParser]) -> None:
        self._parsers = parsers

    def add_parser(self, name: str, *, description: str) -> argparse.ArgumentParser:
        """The parser listed for ``name`` (its help line is the table's), described."""
        parser = self._parsers[name]
        parser.description = description
        return parser


def _parser(arguments: Sequence[str] = (), *, every: bool = True) -> argparse.ArgumentParser:
    """The command line's parser; its usage errors (not its help) in the language of ``arguments``.

    Every command is listed with its help line. The options of every command
    are filled in when ``every``; else only those of the command argparse
    chooses, when it chooses it: a command imports its own module, and the
    library that module needs, not every command's.
    """

    # A class of its own: argparse makes the subcommands' parsers of the
    # parser's own class, so they say their errors in the same language.
    class _InLanguage(_Parser):
        pass

    _InLanguage.arguments = arguments
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
        "_Commands",
        parser.add_subparsers(title="commands", metavar="COMMAND", required=True, action=_Commands),
    )
    if every:
        for name in _COMMANDS:
            commands.fill(name)
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
    # The chosen command's module is loaded while the arguments are parsed, and
    # what it imports; --help and usage errors end there and load no more.
    args = _parser(arguments, every=False).parse_args(arguments)
    from .._messages import message, os_error  # noqa: PLC0415 - after the help
    from ..errors import DocumentError, HyvaneuvotteluError  # noqa: PLC0415 - after the help
    from ._common import EXIT_INVALID, EXIT_USAGE, CommandError  # noqa: PLC0415 - after the help
    from ._output import for_people, language_of, localized, say  # noqa: PLC0415 - after the help

    language = language_of(args)

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
    except HyvaneuvotteluError as exc:
        # Only a command that read transfer settings (and so imported their
        # module) can have refused them; the others need not load it.
        settings = sys.modules.get(_SETTINGS_MODULE)
        if settings is not None and isinstance(exc, settings.SettingsError):
            for problem in exc.problems:
                complain(problem)
        else:
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
