"""Reading and writing negotiations by format: the one place that picks a format.

The command line and batch tools call these; each format module stays
unaware of the others. The formats are imported when first used: a command
that only names them (``new``, or any command's ``--help``) loads no model.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Callable
from pathlib import PurePath
from typing import TYPE_CHECKING

from .errors import HyvaneuvotteluError

if TYPE_CHECKING:
    from .model import Negotiation

__all__ = ["FORMATS", "format_of", "read_bytes", "render", "sniff_format"]

#: Formats a negotiation can be written in, by name.
FORMATS = ("json", "xml", "html")
_SUFFIXES = {".json": "json", ".xml": "xml", ".html": "html", ".htm": "html"}


#: Last parts of a name whose suffix pathlib alone tells rightly: a name that
#: ends in a separator or in a "." part, which pathlib drops ("x.json/" and
#: "x.json/." are "x.json").
_TOLD_BY_PATHLIB = ("", ".")


def format_of(path: str | PurePath) -> str | None:
    """The format a file name implies by its extension, or None."""
    name = os.fspath(path)
    # A name is asked about for every memo of a folder, and making a Path
    # costs more than the rest of the question: its last part is found with
    # string operations where the separator is "/" alone. Windows names
    # (drives, shares, two separators) are left to pathlib.
    if os.altsep is not None:
        return _SUFFIXES.get(PurePath(name).suffix.lower())
    last = name.rpartition("/")[2]
    if last in _TOLD_BY_PATHLIB:
        return _SUFFIXES.get(PurePath(name).suffix.lower())
    dot = last.rfind(".")
    # No dot, or a dotfile: ".json" has no suffix.
    return _SUFFIXES.get(last[dot:].lower()) if dot > 0 else None


def sniff_format(data: bytes) -> str:
    """``"xml"`` if the bytes look like XML, else ``"json"``."""
    head = data[:64].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"<") or head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "xml"
    return "json"


def read_bytes(data: bytes, *, format: str | None = None) -> Negotiation:
    """A negotiation from bytes in ``format`` (sniffed when None)."""
    kind = format or sniff_format(data)
    if kind == "json":
        return _json_reader()(data)
    if kind == "xml":
        # Imported when used: validating JSON needs neither the XSD nor the stylesheet.
        from .xmlformat import from_xml  # noqa: PLC0415 - see the comment above

        return from_xml(data)
    raise HyvaneuvotteluError(f"reading {kind} is not supported")


def render(
    negotiation: Negotiation, format: str, *, indent: int | None = 2, lang: str = "fi"
) -> bytes:
    """The negotiation written in ``format``; ``lang`` is the HTML rendition's language."""
    if format == "json":
        from .jsonformat import to_json  # noqa: PLC0415 - see the module's docstring

        return to_json(negotiation, indent=indent)
    if format in ("xml", "html"):
        from .xmlformat import to_html, to_xml  # noqa: PLC0415 - see read_bytes

        return to_xml(negotiation) if format == "xml" else to_html(negotiation, lang=lang)
    raise HyvaneuvotteluError(f"writing {format} is not supported")


@functools.cache
def _json_reader() -> Callable[[bytes], Negotiation]:
    """:func:`~hyvaneuvottelu.jsonformat.from_json`, imported when first asked for.

    Asked for once per memo read: a cached call costs a few tens of
    nanoseconds, an import statement in :func:`read_bytes` nearly a microsecond.
    """
    from .jsonformat import from_json  # noqa: PLC0415 - see the module's docstring

    return from_json
