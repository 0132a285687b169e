"""Counting the XSD's errors of a large document while it is parsed, and cutting its tree.

lxml keeps every libxml2 error of a validation, each with a path that takes
longer to compute the more siblings an element has: a document with thousands
of errors took minutes. So the errors of a document over 128 KiB are first
counted while it is parsed, in pieces, and the tree the XSD then locates them
in is cut where the count passed the problem limit. An element with more
attributes than problems are listed is looked at before any of this: libxml2
reports all of them at once, when the tag ends.

Counting costs about twice what validating the tree does, so a large document
whose shape bounds what its errors can cost is validated as a tree at once
(:func:`errors_are_bounded`). An error's path costs about as much as the
siblings of the elements on it (some 7 ns each here: 4,000 wrong items among
4,000 siblings took 0.09 s, 160,000 wrong attributes on 4,000 siblings 8 s),
and a document holds at most as many errors as it has elements and attributes.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from lxml import etree

from ..limits import MAX_PROBLEMS
from ._parsers import validating_parser

__all__ = ["COUNT_FROM", "count_errors", "cut_after", "errors_are_bounded", "many_attributes"]

#: Errors are counted in documents larger than this before the XSD locates them.
#: A smaller one holds at most some thousands, which take under a second.
COUNT_FROM = 128 * 1024
#: A large document is validated as a tree at once when it has at most this
#: many "<" and "=" (at least as many as it has elements and attributes, so
#: at least as many as it can have errors: their log stays some megabytes)...
DIRECT_ITEMS = 40_000
#: ... and no element has more children than this divided by that number:
#: every error's path then costs at most about this many sibling steps, all
#: of them about 0.1 s here.
DIRECT_COST = 10_000_000
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


def many_attributes(data: bytes) -> bool:
    """Whether ``data`` may hold a start tag with more attributes than problems are listed."""
    return _MANY_ATTRIBUTES in data.translate(None, _NOT_TAG_MARKS)


def errors_are_bounded(data: bytes, root: etree._Element) -> bool:
    """Whether the XSD's errors in ``root``, the tree of ``data``, cannot take long to
    find and locate, so that it can be validated without counting them first.
    """
    # bytes.count of one byte is one pass in C; the tree is not walked in Python.
    items = data.count(b"<") + data.count(b"=")
    if items > DIRECT_ITEMS:
        return False
    # At least 1: the root's "<".
    most = DIRECT_COST // items
    # A power of two at most that: a few paths compiled, not one per document.
    return not _nth_child(1 << (most.bit_length() - 1))(root)


@cache
def _nth_child(n: int) -> etree.XPath:
    """The first element that is an ``n``-th child: libxml2 stops there."""
    # A number in the path, not a variable: libxml2 then skips to the n-th child.
    return etree.XPath(f"(//*[{n}])[1]")


def count_errors(data: bytes) -> tuple[bool, int | None]:
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
    parser = validating_parser()
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


def cut_after(root: etree._Element, count: int) -> None:
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
