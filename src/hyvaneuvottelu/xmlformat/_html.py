"""The HTML rendition: the published XSLT 1.0 stylesheet applied to the XML."""

from __future__ import annotations

import io
import threading

from lxml import etree

from .. import schemas
from ..errors import OutputError
from ..model import Negotiation
from ._writer import to_xml

__all__ = ["LANGUAGES", "to_html"]

#: Languages of the page's headings and labels.
LANGUAGES = ("fi", "sv", "en")

_local = threading.local()


def _transform() -> etree.XSLT:
    # One per thread: an XSLT object keeps its last run's error log.
    transform: etree.XSLT | None = getattr(_local, "transform", None)
    if transform is None:
        parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
        stylesheet = etree.fromstring(schemas.html_xslt_bytes(), parser)
        # The stylesheet needs nothing outside the document: deny it everything.
        transform = etree.XSLT(stylesheet, access_control=etree.XSLTAccessControl.DENY_ALL)
        _local.transform = transform
    return transform


def to_html(negotiation: Negotiation, *, lang: str = "fi") -> bytes:
    """The memo as a readable HTML page, UTF-8.

    ``lang`` picks the language of headings and labels (``fi``, ``sv`` or
    ``en``) and, where the memo has it, of the memo's own text.
    """
    if lang not in LANGUAGES:
        raise OutputError(f"to_html: expected lang one of {', '.join(LANGUAGES)}, found {lang!r}")
    document = etree.fromstring(to_xml(negotiation))
    result = _transform()(document, lang=etree.XSLT.strparam(lang))
    # As bytes(result): serialised as the stylesheet's xsl:output says.
    page = io.BytesIO()
    result.write_output(page)
    return page.getvalue()
