"""What parsing ``sahke2.xml`` would hold in memory, counted before it is parsed.

A parsed tree takes a few hundred bytes for each element, attribute and
namespace declaration, whatever few bytes they take in the file: 32 MiB of
``<a/>`` is a tree of about 1 GB. The SÄHKE2 metadata are therefore held to
:data:`~hyvaneuvottelu.limits.MAX_SAHKE2_NODES` of them, which ``archive``
respects when it writes and ``verify`` checks before it parses.
"""

from __future__ import annotations

import io
import re
from typing import cast

import attrs
from lxml import etree

__all__ = ["NodesPast", "first_node_past", "markup_bound"]


def markup_bound(data: bytes) -> int:
    """At least as many as the elements, attributes and namespace declarations in ``data``.

    Each element opens with ``<`` and each attribute or declaration has its
    ``=``; end tags (``</``) are not counted. Comments, processing
    instructions and text holding ``=`` make the bound larger than the count,
    never smaller. Counted at the speed of a byte search, on whole documents
    or on pieces of one (the counts of pieces add up).
    """
    return data.count(b"<") - data.count(b"</") + data.count(b"=")


@attrs.frozen(kw_only=True)
class NodesPast:
    """The element at which a document passes the limit: its line and element path.

    The path is ``/Metadata/CaseFile[2]/Agent[1]``, or ``.../Agent`` for a
    start tag found crowded in the bytes, whose ancestors are not known.
    """

    line: int
    path: str


def first_node_past(data: bytes, limit: int) -> NodesPast | None:
    """Where ``data`` passes ``limit`` elements, attributes and namespace declarations.

    None when it holds no more than ``limit``, or is not well-formed before
    it does (the hardened parser then says where). The byte bound of
    :func:`markup_bound` decides most documents at once. A start tag with
    more than ``limit`` attributes is found in the bytes too, since a parser
    holds a whole start tag before it tells of it. Only then is a document
    parsed, as a stream that keeps no more than its open elements and stops
    at the first element past the limit.
    """
    if markup_bound(data) <= limit:
        return None
    crowded = _crowded_tag(data, limit)
    if crowded is not None:
        return crowded
    count = 0
    # The open elements: each one's tag and its place among its siblings of that tag,
    # and how many children of each tag it has had so far.
    steps: list[tuple[str, int]] = []
    children: list[dict[str, int]] = [{}]
    # Load nothing, expand nothing, as the hardened parser.
    events = etree.iterparse(
        io.BytesIO(data),
        events=("start-ns", "start", "end"),
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        attribute_defaults=False,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
        collect_ids=False,
    )
    try:
        for event, item in events:
            if event == "start":
                element = cast("etree._Element", item)
                # A parsed element's tag is its name, a string.
                tag = cast("str", element.tag)
                siblings = children[-1]
                place = siblings[tag] = siblings.get(tag, 0) + 1
                steps.append((tag, place))
                children.append({})
                count += 1 + len(element.attrib)
                if count > limit:
                    return NodesPast(line=element.sourceline or 0, path=_path(steps))
            elif event == "end":
                steps.pop()
                children.pop()
                _forget(cast("etree._Element", item))
            else:
                count += 1
    except etree.XMLSyntaxError:
        return None
    return None


def _path(steps: list[tuple[str, int]]) -> str:
    (root, _), *rest = steps
    names = [etree.QName(root).localname]
    names.extend(f"{etree.QName(tag).localname}[{place}]" for tag, place in rest)
    return "/" + "/".join(names)


#: Every byte but "<" and "=": dropped, they leave each tag's "=" in a run of its own.
_NOT_TAG_MARKS = bytes(b for b in range(256) if b not in b"<=")


def _crowded_tag(data: bytes, limit: int) -> NodesPast | None:
    """The line of a start tag with more than ``limit`` attributes (or of a text
    with that many "="), if there is one, and its element's name."""
    marks = data.translate(None, _NOT_TAG_MARKS)
    run = marks.find(b"=" * (limit + 1))
    if run == -1:
        return None
    # The tag opens at the last "<" before the run: the how-manieth "<" of the
    # document it is, and then where, found by halves.
    opening = marks.count(b"<", 0, run)
    low, high = 0, len(data)
    while low < high:
        middle = (low + high) // 2
        if data.count(b"<", 0, middle + 1) < opening:
            low = middle + 1
        else:
            high = middle
    name = _TAG_NAME.match(data, low + 1)
    return NodesPast(
        line=data.count(b"\n", 0, low) + 1,
        path=".../" + (name.group().decode("utf-8", "replace") if name else ""),
    )


_TAG_NAME = re.compile(rb"[^\s/>=<]{1,200}")


def _forget(element: etree._Element) -> None:
    """Free an element read to its end, and the siblings read before it."""
    element.clear()
    parent = element.getparent()
    if parent is not None:
        while element.getprevious() is not None:
            del parent[0]
