"""The published schemas, as shipped inside the package."""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

__all__ = [
    "HTML_XSLT_FILE",
    "JSON_SCHEMA_FILE",
    "XML_NAMESPACE_XSD_FILE",
    "XSD_FILE",
    "html_xslt_bytes",
    "json_schema",
    "json_schema_bytes",
    "xml_namespace_xsd_bytes",
    "xsd_bytes",
]

#: File name of the JSON Schema, in ``schemas/`` and in the package.
JSON_SCHEMA_FILE = "hyvaneuvottelu.schema.json"
#: File name of the XSD of the XML format, in ``schemas/`` and in the package.
XSD_FILE = "hyvaneuvottelu.xsd"
#: File name of the W3C's schema for the ``xml:`` attributes, which the XSD
#: imports by this relative location: keep the two files side by side.
XML_NAMESPACE_XSD_FILE = "xml.xsd"
#: File name of the XSLT 1.0 stylesheet that renders the XML as HTML.
HTML_XSLT_FILE = "hyvaneuvottelu-html.xsl"


def _read(name: str) -> bytes:
    return resources.files(__package__).joinpath("_data", "schemas", name).read_bytes()


def json_schema_bytes() -> bytes:
    """The JSON Schema (Draft 2020-12) of the wire format, as published."""
    return _read(JSON_SCHEMA_FILE)


def json_schema() -> dict[str, Any]:
    """The JSON Schema as a Python object."""
    result: dict[str, Any] = json.loads(json_schema_bytes())
    return result


def xsd_bytes() -> bytes:
    """The XSD 1.0 of the XML format, as published."""
    return _read(XSD_FILE)


def xml_namespace_xsd_bytes() -> bytes:
    """The W3C's schema document for the XML namespace, which the XSD imports.

    A copy of ``http://www.w3.org/2007/08/xml.xsd`` with the W3C's licence
    notice: save it beside the XSD so that validators work offline.
    """
    return _read(XML_NAMESPACE_XSD_FILE)


def html_xslt_bytes() -> bytes:
    """The XSLT 1.0 stylesheet turning the XML format into a readable HTML page."""
    return _read(HTML_XSLT_FILE)
