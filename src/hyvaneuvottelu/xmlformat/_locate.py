"""Locations in the user's XML: a line and an element path in local names."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from lxml import etree

__all__ = ["Paths", "element_path", "local", "location", "shown_text"]


def local(tag: str) -> str:
    """``{ns}name`` -> ``name``."""
    return tag.rpartition("}")[2]


@lru_cache(maxsize=64)
def _same_before(namespace: str, name: str) -> etree.XPath:
    # A name test, not a predicate: libxml2 counts without calling functions.
    if namespace:
        return etree.XPath(f"count(preceding-sibling::n:{name})", namespaces={"n": namespace})
    return etree.XPath(f"count(preceding-sibling::{name})")


#: How far a path looks past the last element it indexed among the same siblings.
_STEPS_AHEAD = 10_000


class Paths:
    """Element paths of many elements of one tree, found in document order.

    The index of an element among its same-named siblings is counted on from
    the last one found under the same parent, so that fifty errors among a
    million siblings cost a million steps, not fifty million.
    """

    def __init__(self) -> None:
        self._last: dict[tuple[etree._Element, str], tuple[etree._Element, int]] = {}

    def index(self, node: etree._Element, parent: etree._Element) -> int:
        """The position of ``node`` among the children of ``parent`` of its name, from 1."""
        tag = str(node.tag)
        last = self._last.get((parent, tag))
        found = self._counted_on(last, node) if last is not None else None
        if found is None:
            qname = etree.QName(node)
            found = int(_count(_same_before(qname.namespace or "", qname.localname), node)) + 1
        self._last[parent, tag] = (node, found)
        return found

    @staticmethod
    def _counted_on(last: tuple[etree._Element, int], node: etree._Element) -> int | None:
        element, index = last
        if element is node:
            return index
        for step, sibling in enumerate(element.itersiblings(str(node.tag)), start=1):
            if sibling is node:
                return index + step
            if step >= _STEPS_AHEAD:
                break
        return None


def element_path(element: etree._Element, paths: Paths | None = None) -> str:
    """``/negotiation/sections/section[4]/title``: indexed where a name repeats."""
    paths = paths or Paths()
    steps: list[str] = []
    node: etree._Element | None = element
    while node is not None:
        parent = node.getparent()
        name = local(str(node.tag))
        if parent is None:
            steps.append(name)
        else:
            # Counted by libxml2: an element among a million siblings costs no Python loop.
            index = paths.index(node, parent)
            many = index > 1 or next(node.itersiblings(str(node.tag)), None) is not None
            steps.append(f"{name}[{index}]" if many else name)
        node = parent
    return "/" + "/".join(reversed(steps))


def _count(path: etree.XPath, node: etree._Element) -> float:
    found: Any = path(node)
    return float(found)


def location(element: etree._Element, below: str = "", paths: Paths | None = None) -> str:
    """``line 12: /negotiation/title``, optionally with steps ``below`` the element."""
    path = element_path(element, paths) + (f"/{below}" if below else "")
    return f"line {element.sourceline}: {path}"


def shown_text(text: str, limit: int = 60) -> str:
    """A text as an error message shows it: quoted, shortened."""
    shown = text if len(text) <= limit else text[: limit - 3] + "..."
    return '"' + shown.replace("\\", "\\\\").replace('"', '\\"') + '"'
