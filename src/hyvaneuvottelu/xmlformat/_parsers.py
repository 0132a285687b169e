"""The lxml parsers and the schema the XML readers use: they load nothing, expand nothing.

One parser and one schema per thread: lxml keeps the last document's errors on
a parser and the last validation's on a schema.
"""

from __future__ import annotations

import threading
from typing import Any

from lxml import etree

from .. import schemas

__all__ = [
    "OPTIONS",
    "LoadNothing",
    "XmlNamespaceOnly",
    "parser",
    "validating_parser",
    "xml_schema",
]

_local = threading.local()


class LoadNothing(etree.Resolver):
    """Answers every request to load a resource with nothing."""

    def resolve(self, system_url: str | None, public_id: str | None, context: object) -> Any:
        return self.resolve_string("", context, base_url=None)


class XmlNamespaceOnly(etree.Resolver):
    """Serves the XSD's one import, the shipped ``xml.xsd``, and nothing else."""

    def resolve(self, system_url: str | None, public_id: str | None, context: object) -> Any:
        if system_url == schemas.XML_NAMESPACE_XSD_FILE:
            return self.resolve_string(schemas.xml_namespace_xsd_bytes(), context)
        return self.resolve_string("", context, base_url=None)


#: The hardened parser's options: load nothing, expand nothing, keep no comments.
OPTIONS: dict[str, Any] = {
    "resolve_entities": False,
    "no_network": True,
    "load_dtd": False,
    "dtd_validation": False,
    "attribute_defaults": False,
    "huge_tree": False,
    "remove_comments": True,
    "remove_pis": True,
    "strip_cdata": True,
    "collect_ids": False,
    "recover": False,
}


def parser() -> etree.XMLParser:
    """This thread's hardened parser."""
    made: etree.XMLParser | None = getattr(_local, "parser", None)
    if made is None:
        made = etree.XMLParser(**OPTIONS)
        made.resolvers.add(LoadNothing())
        _local.parser = made
    return made


def validating_parser() -> etree.XMLParser:
    """A hardened parser that validates against the XSD as it parses."""
    # A new one each time: a parser left in the middle of a document is not reused.
    made: etree.XMLParser = etree.XMLParser(schema=xml_schema(), **OPTIONS)
    made.resolvers.add(LoadNothing())
    return made


def xml_schema() -> etree.XMLSchema:
    """The published XSD, compiled by lxml, with its ``xml.xsd`` served from the package.

    One instance per thread: lxml keeps the last validation's errors on it.
    """
    schema: etree.XMLSchema | None = getattr(_local, "schema", None)
    if schema is None:
        reader = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
        reader.resolvers.add(XmlNamespaceOnly())
        document = etree.fromstring(schemas.xsd_bytes(), reader, base_url=schemas.XSD_FILE)
        schema = etree.XMLSchema(document)
        _local.schema = schema
    return schema
