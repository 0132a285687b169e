"""The option parser's complaints in the language of the command line.

``--help`` stays English (the convention), but a usage error ("the
following arguments are required", "invalid choice") is for the person who
typed the command: it is shown in the language the command line asks for
with ``--lang``, else the one the locale names (as every other message).
argparse's messages are English texts of its own; each known one (those
of Python 3.11 to 3.14) is recognised against the catalogue's ``usage.*``
messages, and one the catalogue does not know is shown as it is, framed
as the option parser's in Finnish and Swedish.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from .._messages import LANGUAGES, Message, message, recognise
from ._output import default_language

__all__ = ["usage_error", "usage_language", "usage_prefix"]

_OPTION = "--lang"
#: Arguments after this are positionals, not options.
_END_OF_OPTIONS = "--"


def usage_language(arguments: Sequence[str], options: Collection[str] | None = None) -> str:
    """The language a usage error of ``arguments`` is shown in.

    The last ``--lang X`` or ``--lang=X`` naming a language, as argparse
    would take it; else the locale's (:func:`~._output.default_language`).
    A value that is no language (``--lang de``) is itself the error, and
    is reported in the locale's language. ``options`` are the option
    strings of the parser that reads ``arguments``: an abbreviation of
    ``--lang`` that argparse accepts among them (``--lan fi``, ``--la=sv``:
    a prefix of that option and of no other) counts too; without them,
    only ``--lang`` itself.
    """
    chosen = None
    for index, argument in enumerate(arguments):
        if argument == _END_OF_OPTIONS:
            break
        name, equals, value = argument.partition("=")
        if not _names_lang(name, options):
            continue
        if not equals:
            if index + 1 == len(arguments):
                continue
            value = arguments[index + 1]
        if value in LANGUAGES:
            chosen = value
    return chosen or default_language()


def _names_lang(name: str, options: Collection[str] | None) -> bool:
    """Whether argparse takes option ``name`` for ``--lang`` among ``options``."""
    if name == _OPTION:
        return True
    if options is None or _OPTION not in options or not name.startswith("--"):
        return False
    # As argparse (allow_abbrev): a long option may be shortened to any
    # prefix that no other long option shares.
    return [o for o in options if o.startswith(name)] == [_OPTION]


def usage_error(prog: str, text: str) -> Message:
    """argparse's ``prog: error: text`` as a message of the catalogues."""
    recognised = recognise(text, "usage")
    what = recognised if isinstance(recognised, Message) else message("usage.parser", text=text)
    return message("usage.error", prog=prog, what=what)


def usage_prefix(language: str) -> str:
    """What the usage line starts with (``usage: `` in English)."""
    return message("usage.prefix").render(language)
