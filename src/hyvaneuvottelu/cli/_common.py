"""What every command shares: exit codes, reading inputs, writing outputs."""

from __future__ import annotations

import sys
from pathlib import Path

from .._files import write_atomic
from ..errors import HyvaneuvotteluError, OutputError

__all__ = [
    "EXIT_INVALID",
    "EXIT_OK",
    "EXIT_USAGE",
    "CommandError",
    "read_input",
    "write_output",
]

EXIT_OK = 0
#: The input is not valid.
EXIT_INVALID = 1
#: Usage or I/O error.
EXIT_USAGE = 2

#: Inputs larger than this are refused before parsing.
MAX_INPUT_BYTES = 64 * 1024 * 1024


class CommandError(HyvaneuvotteluError):
    """A command cannot go on; ``code`` is its exit code."""

    def __init__(self, message: str, code: int = EXIT_USAGE) -> None:
        super().__init__(message)
        self.code = code


def read_input(name: str) -> bytes:
    """The bytes of file ``name``, or of standard input for ``-``."""
    try:
        if name == "-":
            data = sys.stdin.buffer.read(MAX_INPUT_BYTES + 1)
        else:
            path = Path(name)
            if path.is_dir():
                raise CommandError(f"{name}: is a folder, not a file")
            with path.open("rb") as stream:
                data = stream.read(MAX_INPUT_BYTES + 1)
    except FileNotFoundError:
        raise CommandError(f"{name}: no such file") from None
    except PermissionError:
        raise CommandError(f"{name}: permission denied") from None
    except OSError as exc:
        raise CommandError(f"{name}: cannot read: {exc.strerror or exc}") from None
    if len(data) > MAX_INPUT_BYTES:
        raise CommandError(f"{name}: larger than {MAX_INPUT_BYTES // (1024 * 1024)} MiB; refused")
    return data


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
