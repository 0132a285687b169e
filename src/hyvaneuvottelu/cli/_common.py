"""What every command shares: exit codes, reading inputs, writing outputs."""

from __future__ import annotations

import sys
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Protocol

from .._files import FileTooLargeError, NotRegularFileError, read_limited, write_atomic
from .._messages import Message, message, render
from ..errors import HyvaneuvotteluError, OutputError

if TYPE_CHECKING:
    import argparse

    from ..collection import MemoEntry

__all__ = [
    "EXIT_INVALID",
    "EXIT_OK",
    "EXIT_USAGE",
    "CommandError",
    "Commands",
    "UnreadableCount",
    "read_input",
    "write_output",
]

#: What a file that is not a regular one is, by NotRegularFileError.kind.
_KINDS = {
    "fifo": "cli.kind.fifo",
    "socket": "cli.kind.socket",
    "character device": "cli.kind.character_device",
    "block device": "cli.kind.block_device",
}

EXIT_OK = 0
#: The input is not valid.
EXIT_INVALID = 1
#: Usage or I/O error.
EXIT_USAGE = 2


class CommandError(HyvaneuvotteluError):
    """A command cannot go on; ``code`` is its exit code.

    ``message`` is one text, or messages of the catalogues, each shown on a
    line of its own in the command's language.
    """

    def __init__(self, message: str | Message | Sequence[Message], code: int = EXIT_USAGE) -> None:
        texts = (message,) if isinstance(message, str | Message) else tuple(message)
        self.texts: tuple[str | Message, ...] = texts
        super().__init__("; ".join(render(text, "en") for text in texts))
        self.code = code


class Commands(Protocol):
    """What a command module's ``register`` adds its commands to (see ``cli._parser``)."""

    def add_parser(self, name: str, *, description: str) -> argparse.ArgumentParser:
        """The parser of command ``name``, which the module fills in."""
        ...


class UnreadableCount:
    """Counts, while a collection's entries stream past, those that could not be read at all.

    As in validate: one such entry (an I/O error) makes the exit code 2; a
    file too large or a damaged package, though ``HN-D002`` too, is invalid
    input (exit 1).
    """

    def __init__(self) -> None:
        self.unreadable = 0

    def count(self, entries: Iterator[MemoEntry]) -> Iterator[MemoEntry]:
        for entry in entries:
            self.unreadable += not entry.readable
            yield entry


def read_input(name: str) -> bytes:
    """The bytes of file ``name``, or of standard input for ``-``; a CommandError if not.

    A file larger than the limit is invalid input (exit 1); a file that
    cannot be read, or is not a regular file, is an I/O error (exit 2).
    """
    try:
        return read_limited(name)
    except FileTooLargeError as exc:
        raise CommandError(f"{name}: {exc.strerror}", EXIT_INVALID) from None
    except IsADirectoryError:
        raise CommandError(f"{name}: is a folder, not a file") from None
    except NotRegularFileError as exc:
        what = message(_KINDS.get(exc.kind, "cli.kind.special"))
        raise CommandError(message("cli.not_regular", name=name, what=what)) from None
    except FileNotFoundError:
        raise CommandError(f"{name}: no such file") from None
    except PermissionError:
        raise CommandError(f"{name}: permission denied") from None
    except OSError as exc:
        raise CommandError(f"{name}: cannot read: {exc.strerror or exc}") from None


def write_output(name: str | None, data: bytes, *, force: bool = False) -> None:
    """Write to file ``name`` atomically, or to standard output for None or ``-``."""
    if name is None or name == "-":
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return
    try:
        write_atomic(name, data, force=force)
    except OutputError as exc:
        raise CommandError(str(exc)) from None
    except OSError as exc:
        raise CommandError(f"{name}: cannot write: {exc.strerror or exc}") from None
