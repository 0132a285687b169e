"""The other layers an archive package is made of: the XML format and the rules.

The package's memo is the project's XML, its rendition the XML format's
HTML, its gate the ``archive`` validation profile. This module is the one
place the archive touches them.
"""

from __future__ import annotations

import codecs

from lxml import etree

from .. import limits
from ..model import Negotiation
from ..rules import check
from ..xmlformat import from_xml, parse_untrusted, to_html, to_xml

__all__ = [
    "HTML_FORMAT",
    "XML_FORMAT",
    "HtmlSniffer",
    "archive_errors",
    "memo_html",
    "memo_xml",
    "parse_xml",
    "read_memo_xml",
]

#: Format name and version of the package's memo and rendition (SÄHKE2 Format).
XML_FORMAT = ("text/xml", "1.0")
HTML_FORMAT = ("text/html", "5")

_DOCTYPE = b"<!doctype html>"


def memo_xml(negotiation: Negotiation) -> bytes:
    """The memo in the project's XML."""
    return to_xml(negotiation)


def memo_html(negotiation: Negotiation) -> bytes:
    """The memo's human-readable HTML rendition, in the record's main language."""
    record = negotiation.record
    language = record.languages[0] if record is not None and record.languages else "fi"
    return to_html(negotiation, lang=language if language in ("fi", "sv", "en") else "fi")


def read_memo_xml(data: bytes) -> Negotiation:
    """A memo back from the project's XML: hardened, validated against its XSD."""
    return from_xml(data, max_bytes=limits.MAX_XML_BYTES)


def archive_errors(
    negotiation: Negotiation, language: str = "fi", sahke2_version: str | None = None
) -> list[tuple[str, str]]:
    """Every error of the ``archive`` profile, for a transfer in ``sahke2_version``, as
    ``(path, "path: code: message")``.
    """
    return [
        (f.path, f"{f.path or '/'}: {f.code}: {f.message(language)}")
        for f in check(negotiation, profile="archive", sahke2_version=sahke2_version).errors
    ]


def parse_xml(data: bytes, *, max_bytes: int) -> etree._Element:
    """Parse untrusted XML other than a memo, with the XML format's hardened parser.

    Raises :class:`~hyvaneuvottelu.errors.DocumentError`, located.
    """
    return parse_untrusted(data, max_bytes=max_bytes)


class HtmlSniffer:
    """Whether a file fed a chunk at a time is an HTML rendition of the format
    SÄHKE2 names ``text/html`` 5: UTF-8 text that opens with ``<!DOCTYPE html>``.
    """

    def __init__(self) -> None:
        self._head = b""
        self._decoder = codecs.getincrementaldecoder("utf-8")()
        self._offset = 0
        self.problem = ""

    def feed(self, chunk: bytes) -> None:
        if self.problem:
            return
        if len(self._head) < len(_DOCTYPE):
            self._head += chunk[: len(_DOCTYPE) - len(self._head)]
        self._decode(chunk, final=False)
        self._offset += len(chunk)

    def close(self) -> str:
        """The problem found, or "" when the file is such a rendition."""
        self._decode(b"", final=True)
        if not self.problem and self._head.lower() != _DOCTYPE:
            shown = self._head.decode("utf-8", "replace")
            self.problem = f"expected HTML opening with <!DOCTYPE html>, found {shown!r}"
        return self.problem

    def _decode(self, chunk: bytes, *, final: bool) -> None:
        if self.problem:
            return
        try:
            self._decoder.decode(chunk, final)
        except UnicodeDecodeError as exc:
            where = self._offset + exc.start
            self.problem = f"expected UTF-8 HTML, found a byte that is not UTF-8 near byte {where}"
