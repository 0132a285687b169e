"""Colour and quiet for people: ``--color auto|always|never``, ``NO_COLOR``, ``FORCE_COLOR``.

Colour is decided once per stream. ``--color always`` and ``never`` are
obeyed as given; ``auto`` follows the conventions Python 3.13's own
interpreter follows (and https://no-color.org, https://force-color.org):
``NO_COLOR`` set and not empty turns colour off, else ``FORCE_COLOR`` set
and not empty turns it on, else ``TERM=dumb`` turns it off, else the stream
decides: colour on a terminal, none in a file or a pipe.

A coloured line is built from segments, each escaped for people
(:func:`._output.for_people`) before its colour is put around it: the only
escape sequences that reach the terminal are the command's own.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Mapping
from typing import TextIO

from ._output import for_people, say

__all__ = ["COLOR_CHOICES", "Style", "add_style_options", "wants_color"]

COLOR_CHOICES = ("auto", "always", "never")
#: SGR parameters of each role a segment can play.
_ROLES = {
    "good": "32",  # green: valid, verified, written
    "bad": "1;31",  # bold red: invalid, not verified
    "error": "31",
    "warning": "33",
    "note": "36",
}
_RESET = "\033[0m"


def add_style_options(parser: argparse.ArgumentParser) -> None:
    """Add ``-q/--quiet`` and ``--color`` to a command that prints for people."""
    parser.add_argument(
        "-q",
        "--quiet",
        action="store_true",
        help="print only problems and the summary (no progress, no notes)",
    )
    parser.add_argument(
        "--color",
        choices=COLOR_CHOICES,
        default="auto",
        help="colour the output: auto (on a terminal, unless NO_COLOR is set; "
        "FORCE_COLOR forces it), always or never (default: auto)",
    )


def wants_color(choice: str, stream: object, environ: Mapping[str, str] = os.environ) -> bool:
    """Whether output to ``stream`` is coloured under ``--color choice``."""
    if choice != "auto":
        return choice == "always"
    if environ.get("NO_COLOR"):
        return False
    if environ.get("FORCE_COLOR"):
        return True
    if environ.get("TERM") == "dumb":
        return False
    isatty = getattr(stream, "isatty", None)
    try:
        return bool(isatty is not None and isatty())
    except ValueError:  # a closed stream
        return False


class Style:
    """Lines for people on one stream, coloured or not."""

    def __init__(self, color: bool, stream: TextIO | None = None) -> None:
        self.color = color
        self._stream = stream

    @classmethod
    def of(cls, args: argparse.Namespace, stream: TextIO | None = None) -> Style:
        """The style ``args.color`` asks for on ``stream`` (standard output if None)."""
        target = stream if stream is not None else sys.stdout
        return cls(wants_color(getattr(args, "color", "never"), target), stream)

    def line(self, *segments: str | tuple[str, str | None]) -> str:
        """Segments joined, each escaped and, if coloured, wrapped in its role's colour.

        A segment is a text, or a ``(text, role)`` pair; a role of None is no colour.
        """
        parts = []
        for segment in segments:
            text, role = segment if isinstance(segment, tuple) else (segment, None)
            safe = for_people(text)
            parts.append(f"\033[{_ROLES[role]}m{safe}{_RESET}" if self.color and role else safe)
        return "".join(parts)

    def say(self, *segments: str | tuple[str, str | None]) -> None:
        """Print one line made of ``segments`` (see :meth:`line`)."""
        stream = self._stream if self._stream is not None else sys.stdout
        if not self.color:
            say(self.line(*segments), file=stream)
            return
        text = self.line(*segments) + "\n"
        encoding = getattr(stream, "encoding", None) or "utf-8"
        try:
            text.encode(encoding)
        except UnicodeEncodeError:
            text = text.encode(encoding, "backslashreplace").decode(encoding)
        except LookupError:
            pass
        stream.write(text)
