"""The one hardened way in: bytes -> checked tree -> XSD-valid tree.

Order matters: cheap byte checks first (size, compression, encoding, DOCTYPE),
then a parser that loads nothing and expands nothing (:mod:`._parsers`), then
limits on the tree, then the format's own checks (namespace, version), then
the XSD. The errors of a large document are counted first (:mod:`._counting`),
so that the XSD is never asked to locate more of them than are listed.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from lxml import etree

from .._strings import ascii_digits
from ..errors import DocumentError, Problem
from ..limits import MAX_DEPTH, MAX_INTEGER_DIGITS, MAX_PROBLEMS, MAX_TEXT, MAX_XML_BYTES
from ._counting import COUNT_FROM, count_errors, cut_after, errors_are_bounded, many_attributes
from ._locate import element_path, local, location, shown_text
from ._parsers import parser, xml_schema
from ._plan import NAMESPACE, NAMESPACE_PREFIX, ROOT, SCHEMA_VERSION
from ._xsd_errors import attribute_problems, schema_problems

__all__ = ["MAX_BYTES", "MAX_DEPTH", "MAX_TEXT", "parse", "parse_untrusted", "validate_tree"]

#: Documents larger than this are refused before parsing: the library's
#: :data:`~hyvaneuvottelu.limits.MAX_XML_BYTES` (8 MiB, a memo of thousands of pages).
MAX_BYTES = MAX_XML_BYTES
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
    # One byte is looked for with memchr, a longer string byte by byte: a
    # document without "!" or "&" is passed over some times faster.
    if b"!" in data and b"<!DOCTYPE" in data:
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
    spelled = _XSI.encode() in data or (b"&" in data and b"&#" in data)
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
        return etree.fromstring(data, parser())
    except etree.XMLSyntaxError as exc:
        raise DocumentError([_syntax_problem(exc, max_depth)]) from None


def parse(data: bytes, *, max_bytes: int, max_depth: int) -> etree._Element:
    """The root of ``data`` once it is safe and valid; else a located DocumentError."""
    data = _as_bytes(data, "from_xml")
    _check_bytes(data, max_bytes)
    root = _tree(data, max_depth)
    _check_tree(root, data, max_depth)
    # A smaller document cannot hold enough errors to take long; nor can a
    # larger one of few elements and attributes, none with many children.
    if len(data) <= COUNT_FROM or errors_are_bounded(data, root):
        validate_tree(root)
        return root
    if many_attributes(data):
        refused = attribute_problems(root)
        if len(refused) > MAX_PROBLEMS:
            raise DocumentError(refused, stopped=True)
    valid, cut = count_errors(data)
    if valid:
        # Validated while it was parsed, and well-formed as the hardened parser
        # says: the tree need not be validated again (see validate_tree).
        return root
    if cut is not None:
        cut_after(root, cut)
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
