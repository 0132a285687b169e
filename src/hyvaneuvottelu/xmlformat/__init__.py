"""XML interchange: ``to_xml``, ``from_xml`` and the HTML rendition ``to_html``.

The format: the namespace ``urn:hyvaneuvottelu:schema:1``, a root
``<negotiation schemaVersion="1.1">``, one element per field named by its
JSON wire name, tuple fields as a wrapper holding one element per item,
union members named by their tag, localized text as ``<text xml:lang="fi">``.
The XSD is generated from the model (:func:`generate_xsd`) and published in
``schemas/hyvaneuvottelu.xsd``.
"""

from __future__ import annotations

from .._input import BinaryReadable, xml_input
from ..errors import DocumentError
from ..model import Negotiation
from ._html import LANGUAGES as HTML_LANGUAGES
from ._html import to_html
from ._parse import MAX_BYTES, MAX_DEPTH, MAX_TEXT, parse, parse_untrusted, validate_tree
from ._parsers import xml_schema
from ._plan import NAMESPACE, SCHEMA_VERSION
from ._reader import read_tree
from ._writer import to_xml
from ._xsd import generate_xsd

__all__ = [
    "HTML_LANGUAGES",
    "MAX_BYTES",
    "MAX_DEPTH",
    "MAX_TEXT",
    "NAMESPACE",
    "SCHEMA_VERSION",
    "from_xml",
    "generate_xsd",
    "parse_untrusted",
    "to_html",
    "to_xml",
    "xml_schema",
]


def from_xml(
    data: bytes | bytearray | memoryview | BinaryReadable,
    *,
    max_bytes: int = MAX_BYTES,
    max_depth: int = MAX_DEPTH,
) -> Negotiation:
    """Read a negotiation from XML bytes or a file opened in binary mode, hardened.

    Refuses a DOCTYPE, entities, anything to load, other encodings than
    UTF-8, documents over ``max_bytes`` (a file is never read further) or
    nested deeper than ``max_depth``; validates against the XSD; then maps to
    the model. Raises :class:`~hyvaneuvottelu.errors.DocumentError` listing
    the problems, each located by line and element path (past
    :data:`~hyvaneuvottelu.limits.MAX_PROBLEMS` it stops looking), and
    ``TypeError`` for anything else than bytes or a binary file. A ``str`` is
    refused too: XML is bytes whose declaration names their encoding, and the
    format is UTF-8; encode the text first.
    """
    root = parse(xml_input(data, limit=max_bytes), max_bytes=max_bytes, max_depth=max_depth)
    try:
        negotiation, problems, stopped = read_tree(root)
    except (KeyError, TypeError):
        # A large document is validated while it is parsed; should that have
        # let through what the reader cannot map, the tree's validation says what.
        validate_tree(root)
        raise
    if negotiation is None:
        raise DocumentError(problems, stopped=stopped)
    return negotiation
