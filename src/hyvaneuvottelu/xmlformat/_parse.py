"""The one hardened way in: bytes -> checked tree -> XSD-valid tree.

Order matters: cheap byte checks first (size, compression, encoding, DOCTYPE),
then a parser that loads nothing and expands nothing, then limits on the
tree, then the format's own checks (namespace, version), then the XSD.

lxml keeps every libxml2 error of a validation, each with a path that takes
longer to compute the more siblings an element has: a document with thousands
of errors took minutes. So the errors of a document over 128 KiB are first counted
while it is parsed, in pieces, and the tree the XSD then locates them in is
cut where the count passed the problem limit. An element with more attributes
than problems are listed is looked at before any of this: libxml2 reports all
of them at once, when the tag ends.
"""

from __future__ import annotations

import re
import threading
from functools import cache
from typing import Any

from lxml import etree

from .. import schemas
from .._strings import ascii_digits
from ..errors import DocumentError, Problem
from ..limits import MAX_DEPTH, MAX_INTEGER_DIGITS, MAX_PROBLEMS, MAX_TEXT, MAX_XML_BYTES
from ._locate import element_path, local, location, shown_text
from ._plan import NAMESPACE, NAMESPACE_PREFIX, ROOT, SCHEMA_VERSION
from ._xsd_errors import attribute_problems, schema_problems

__all__ = ["MAX_BYTES", "MAX_DEPTH", "MAX_TEXT", "parse", "validate_tree", "xml_schema"]

#: Documents larger than this are refused before parsing: the library's
#: :data:`~hyvaneuvottelu.limits.MAX_XML_BYTES` (8 MiB, a memo of thousands of pages).
MAX_BYTES = MAX_XML_BYTES
#: Errors are counted in documents larger than this before the XSD locates them.
#: A smaller one holds at most some thousands, which take under a second.
_COUNT_FROM = 128 * 1024
#: How much is parsed and validated at a time when errors are counted: a piece
#: holds at most a few thousand errors, past the problem limit.
_PIECE = 16 * 1024
#: The step the count is repeated in, within the piece where it passed the limit.
_STEP = 256
#: A start tag with more attributes than problems are listed. The format has
#: at most two on an element; libxml2 reports every other one at once, when
#: the tag ends, so such a tag is looked at before the XSD is. The bytes but
#: "<" and "=" are dropped: that many "=" in a row may be one tag's attributes
#: (or a text full of "=", which is then looked at for nothing).
_NOT_TAG_MARKS = bytes(b for b in range(256) if b not in b"<=")
_MANY_ATTRIBUTES = b"=" * (MAX_PROBLEMS + 1)
#: What holds a "<" that does not start an element: comments, CDATA, processing instructions.
_NOT_ELEMENTS = re.compile(rb"<!--.*?-->|<!\[CDATA\[.*?\]\]>|<\?.*?\?>", re.DOTALL)

_MAJOR, _MINOR = (int(part) for part in SCHEMA_VERSION.split("."))
_ROOT_NAME = ROOT.__name__.lower()
_XSI = "http://www.w3.org/2001/XMLSchema-instance"

# Possessive repetition: no backtracking over comments and PIs in the prolog.
_DOCTYPE = re.compile(
    rb"\A(?:\xef\xbb\xbf)?(?:<\?xml[^>]*>)?(?:\s|<!--.*?-->|<\?.*?\?>)*+<!DOCTYPE", re.DOTALL
)
_DECLARED_ENCODING = re.compile(
    rb"\A(?:\xef\xbb\xbf)?<\?xml\s[^>]*?encoding\s*=\s*[\"']([^\"']*)[\"']"
)
_SYNTAX_POSITION = re.compile(r", line \d+, column \d+$")

_local = threading.local()


class _LoadNothing(etree.Resolver):
    """Answers every request to load a resource with nothing."""

    def resolve(self, system_url: str | None, public_id: str | None, context: object) -> Any:
        return self.resolve_string("", context, base_url=None)


class _XmlNamespaceOnly(etree.Resolver):
    """Serves the XSD's one import, the shipped ``xml.xsd``, and nothing else."""

    def resolve(self, system_url: str | None, public_id: str | None, context: object) -> Any:
        if system_url == schemas.XML_NAMESPACE_XSD_FILE:
            return self.resolve_string(schemas.xml_namespace_xsd_bytes(), context)
        return self.resolve_string("", context, base_url=None)


#: The hardened parser's options: load nothing, expand nothing, keep no comments.
_OPTIONS: dict[str, Any] = {
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


def _parser() -> etree.XMLParser:
    parser: etree.XMLParser | None = getattr(_local, "parser", None)
    if parser is None:
        parser = etree.XMLParser(**_OPTIONS)
        parser.resolvers.add(_LoadNothing())
        _local.parser = parser
    return parser


def _validating_parser() -> etree.XMLParser:
    # A new one each time: a parser left in the middle of a document is not reused.
    parser: etree.XMLParser = etree.XMLParser(schema=xml_schema(), **_OPTIONS)
    parser.resolvers.add(_LoadNothing())
    return parser


def xml_schema() -> etree.XMLSchema:
    """The published XSD, compiled by lxml, with its ``xml.xsd`` served from the package.

    One instance per thread: lxml keeps the last validation's errors on it.
    """
    schema: etree.XMLSchema | None = getattr(_local, "schema", None)
    if schema is None:
        parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
        parser.resolvers.add(_XmlNamespaceOnly())
        document = etree.fromstring(schemas.xsd_bytes(), parser, base_url=schemas.XSD_FILE)
        schema = etree.XMLSchema(document)
        _local.schema = schema
    return schema


@cache
def _deeper_than(depth: int) -> etree.XPath:
    return etree.XPath("/*" + "/*" * depth)


@cache
def _long_text() -> etree.XPath:
    return etree.XPath("(//text()[string-length() > $limit])[1]")


@cache
def _xsi_attribute() -> etree.XPath:
    return etree.XPath("(//@*[namespace-uri() = $ns])[1]")


def _first(path: etree.XPath, root: etree._Element, **variables: Any) -> Any:
    found: Any = path(root, **variables)
    return found[0] if found else None


def _fail(location: str, expected: str, found: str) -> DocumentError:
    return DocumentError([Problem(location=location, expected=expected, found=found)])


def _line_of(data: bytes, offset: int) -> int:
    return data.count(b"\n", 0, offset) + 1


def _check_bytes(data: bytes, max_bytes: int) -> None:
    if len(data) > max_bytes:
        raise _fail("line 1", f"a document of at most {max_bytes} bytes", f"{len(data)} bytes")
    if data.startswith(b"\x1f\x8b"):
        raise _fail("line 1", "an XML document", "gzip-compressed data (decompress it first)")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise _fail(
            "line 1",
            "UTF-8 text (the format is UTF-8 only)",
            "a UTF-16 or UTF-32 byte order mark",
        )
    nul = data.find(b"\x00")
    if nul >= 0:
        raise _fail(
            f"line {_line_of(data, nul)}, byte {nul}",
            "UTF-8 text (the format is UTF-8 only)",
            "a NUL byte (is it UTF-16 or UTF-32?)",
        )
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise _fail(
            f"line {_line_of(data, exc.start)}, byte {exc.start}",
            "UTF-8 text",
            f"the byte 0x{data[exc.start]:02x}, which is not UTF-8",
        ) from None
    declared = _DECLARED_ENCODING.match(data)
    if declared is not None and declared.group(1).lower() != b"utf-8":
        raise _fail(
            "line 1",
            'the encoding "UTF-8" (the format is UTF-8 only)',
            f"the declared encoding {shown_text(declared.group(1).decode())}",
        )
    if b"<!DOCTYPE" in data:
        doctype = _DOCTYPE.match(data)
        if doctype is not None:
            raise _fail(
                f"line {_line_of(data, doctype.end())}: before the root element",
                "no document type declaration (DTDs and entities are refused)",
                "<!DOCTYPE ...>",
            )


def _syntax_problem(exc: etree.XMLSyntaxError, max_depth: int) -> Problem:
    line, column = exc.position
    message = _SYNTAX_POSITION.sub("", str(exc.msg))
    where = f"line {line}, column {column}"
    lowered = message.lower()
    # libxml2's own limits: say what they mean, not which flag lifts them.
    if "depth" in lowered:
        return Problem(
            location=where,
            expected=f"elements nested at most {max_depth} deep",
            found="nesting deeper than the parser's limit of 256 levels",
        )
    if lowered.startswith("name too long"):
        # libxml2 reads names (of elements, attributes, entities, targets) of at most 50,000
        # characters without XML_PARSE_HUGE: a name, not a text, is what is too long.
        return Problem(
            location=where,
            expected="a name of at most 50000 characters",
            found="a name longer than the parser's limit",
        )
    if "huge" in lowered or "too long" in lowered:
        return Problem(
            location=where,
            expected=f"a text of at most {MAX_TEXT} characters",
            found="a text longer than the parser's limit",
        )
    return Problem(location=where, expected="well-formed XML", found=message)


def _refuse_dtd(root: etree._Element) -> None:
    info: Any = root.getroottree().docinfo
    if info.doctype or info.internalDTD is not None or info.externalDTD is not None:
        raise _fail(
            "line 1: before the root element",
            "no document type declaration (DTDs and entities are refused)",
            "<!DOCTYPE ...>",
        )


def _check_tree(root: etree._Element, data: bytes, max_depth: int) -> None:
    _refuse_dtd(root)
    namespace, name = etree.QName(root).namespace, etree.QName(root).localname
    if namespace != NAMESPACE or name != _ROOT_NAME:
        expected = f'the element <{_ROOT_NAME}> in the namespace "{NAMESPACE}"'
        where = f'in the namespace "{namespace}"' if namespace else "in no namespace"
        found = f"the element <{name}> {where}"
        suffix = (namespace or "").removeprefix(NAMESPACE_PREFIX)
        if namespace != NAMESPACE and namespace and _version_part(suffix) and int(suffix) > _MAJOR:
            found += " (a newer major version: upgrade hyvaneuvottelu)"
        raise _fail(location(root), expected, found)
    _check_version(root)
    element = _first(_deeper_than(max_depth), root)
    if element is not None:
        steps = element_path(element).split("/")[1:]
        raise _fail(
            f"line {element.sourceline}: /{'/'.join(steps[:3])}/.../{steps[-1]}",
            f"elements nested at most {max_depth} deep",
            f"<{local(element.tag)}> at depth {max_depth + 1}",
        )
    # A text has no more characters than the document has bytes, and an xsi:
    # attribute needs its namespace spelled out, or spelled with character
    # references (&#58; for ":"): skip the walks when they cannot find anything.
    text = _first(_long_text(), root, limit=MAX_TEXT) if len(data) > MAX_TEXT else None
    if text is not None:
        raise _fail(
            location(text.getparent()),
            f"a text of at most {MAX_TEXT} characters",
            f"{len(text)} characters",
        )
    spelled = _XSI.encode() in data or b"&#" in data
    attribute = _first(_xsi_attribute(), root, ns=_XSI) if spelled else None
    if attribute is not None:
        raise _fail(
            location(attribute.getparent(), f"@xsi:{attribute.attrname.rpartition('}')[2]}"),
            "no xsi: attributes (documents are validated against the format's own XSD only)",
            f"xsi:{attribute.attrname.rpartition('}')[2]}={shown_text(str(attribute))}",
        )


def _check_version(root: etree._Element) -> None:
    version = root.get("schemaVersion")
    expected = f'a schemaVersion this release reads ("{_MAJOR}.0" to "{SCHEMA_VERSION}")'
    where = location(root, "@schemaVersion")
    if version is None:
        raise _fail(where, expected, "nothing")
    major, _, minor = version.partition(".")
    if not (_version_part(major) and _version_part(minor)):
        raise _fail(where, expected, shown_text(version))
    if int(major) != _MAJOR or int(minor) > _MINOR:
        newer = (int(major), int(minor)) > (_MAJOR, _MINOR)
        note = " (a newer version: upgrade hyvaneuvottelu)" if newer else ""
        raise _fail(where, expected, shown_text(version) + note)


def _version_part(text: str) -> bool:
    # int() refuses thousands of digits, and no version needs more than a few.
    return ascii_digits(text) and len(text) <= MAX_INTEGER_DIGITS


def parse_untrusted(data: bytes, *, max_bytes: int = MAX_BYTES) -> etree._Element:
    """The root of any untrusted UTF-8 XML document, parsed safely.

    No DTD, no entities, no network, no XInclude; size-limited; a document
    type declaration is refused. Raises a located :class:`DocumentError`.
    The archive reads its SÄHKE2 files back through this.
    """
    data = _as_bytes(data, "parse_untrusted")
    _check_bytes(data, max_bytes)
    root = _tree(data, MAX_DEPTH)
    _refuse_dtd(root)
    return root


def _as_bytes(data: bytes, reader: str) -> bytes:
    if not isinstance(data, bytes | bytearray | memoryview):
        raise TypeError(f"{reader} reads bytes, not {type(data).__name__}")
    return bytes(data)


def _tree(data: bytes, max_depth: int) -> etree._Element:
    try:
        return etree.fromstring(data, _parser())
    except etree.XMLSyntaxError as exc:
        raise DocumentError([_syntax_problem(exc, max_depth)]) from None


def parse(data: bytes, *, max_bytes: int, max_depth: int) -> etree._Element:
    """The root of ``data`` once it is safe and valid; else a located DocumentError."""
    data = _as_bytes(data, "from_xml")
    _check_bytes(data, max_bytes)
    # A smaller document cannot hold enough errors to take long.
    large = len(data) > _COUNT_FROM
    root: etree._Element | None = None
    if large and _MANY_ATTRIBUTES in data.translate(None, _NOT_TAG_MARKS):
        root = _tree(data, max_depth)
        _check_tree(root, data, max_depth)
        refused = attribute_problems(root)
        if len(refused) > MAX_PROBLEMS:
            raise DocumentError(refused, stopped=True)
    valid, cut = _count(data) if large else (False, None)
    if root is None:
        root = _tree(data, max_depth)
        _check_tree(root, data, max_depth)
    if valid:
        # Validated while it was parsed, and well-formed as the hardened parser
        # says: the tree need not be validated again (see validate_tree).
        return root
    if cut is not None:
        _cut_after(root, cut)
    validate_tree(root, stopped=cut is not None)
    return root


def validate_tree(root: etree._Element, *, stopped: bool = False) -> None:
    """Validate ``root`` against the XSD; a located DocumentError if it is not valid.

    ``stopped`` says the tree was cut where its errors passed the limit.
    """
    schema = xml_schema()
    if schema.validate(root) and not stopped:
        return
    problems, more = schema_problems(root, schema.error_log)
    raise DocumentError(problems, more=more, stopped=stopped)


def _count(data: bytes) -> tuple[bool, int | None]:
    """Whether ``data`` is valid, counted while parsing; and if not, how many elements
    to keep so that the XSD finds the listed errors and a few more (None: all).

    libxml2 validates while it parses, a piece at a time, and errors are
    counted after each piece: the elements that begin in the pieces parsed by
    then hold more errors than are listed. Such a parser can return a tree of
    a document that is not even well-formed, so its tree is never used, and
    its verdict only for a document the hardened parser reads. Past the last
    piece nothing is cut: what is left holds at most a piece's worth of errors,
    and they are all counted.
    """
    try:
        end, parser = _passing(data, 0, len(data), _PIECE)
        if end is None:
            parser.close()
            return len(parser.feed_error_log) == 0, None
        # Again, to a few bytes: every error kept is one more path for libxml2 to find.
        finer, _ = _passing(data, end - _PIECE, end, _STEP)
    except etree.XMLSyntaxError:
        # Not well-formed, or not valid: the hardened parser and the XSD say which, and where.
        return False, None
    return False, _elements_in(data[: finer or end])


def _passing(data: bytes, start: int, stop: int, step: int) -> tuple[int | None, etree.XMLParser]:
    """Where, between ``start`` and ``stop`` in steps of ``step``, the count of errors
    passes the limit (None if it does not before the end of the document); and the parser.
    """
    parser = _validating_parser()
    if start:
        parser.feed(data[:start])
    for end in range(start + step, stop + step, step):
        parser.feed(data[end - step : end])
        if end >= len(data):
            break
        if len(parser.feed_error_log) > MAX_PROBLEMS:
            return end, parser
    return None, parser


def _elements_in(data: bytes) -> int:
    """How many elements begin in ``data``, a beginning of a document."""
    text = _NOT_ELEMENTS.sub(b"", data)
    return text.count(b"<") - text.count(b"</") - text.count(b"<!")


@cache
def _nth_element() -> etree.XPath:
    return etree.XPath("(//*)[$n]")


def _cut_after(root: etree._Element, count: int) -> None:
    """Remove every element after the first ``count``, in document order."""
    found: Any = _nth_element()(root, n=count)
    if not found:
        return
    node: etree._Element = found[0]
    del node[:]
    parent = node.getparent()
    while parent is not None:
        del parent[parent.index(node) + 1 :]
        node, parent = parent, parent.getparent()
