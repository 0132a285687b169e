"""Locations in the user's XML: a line and an element path in local names."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from lxml import etree

__all__ = ["element_path", "local", "location", "shown_text"]


def local(tag: str) -> str:
    """``{ns}name`` -> ``name``."""
    return tag.rpartition("}")[2]


@lru_cache(maxsize=64)
def _same_before(namespace: str, name: str) -> etree.XPath:
    # A name test, not a predicate: libxml2 counts without calling functions.
    if namespace:
        return etree.XPath(f"count(preceding-sibling::n:{name})", namespaces={"n": namespace})
    return etree.XPath(f"count(preceding-sibling::{name})")


def element_path(element: etree._Element) -> str:
    """``/negotiation/sections/section[4]/title``: indexed where a name repeats."""
    steps: list[str] = []
    node: etree._Element | None = element
    while node is not None:
        parent = node.getparent()
        qname = etree.QName(node)
        if parent is None:
            steps.append(qname.localname)
        else:
            # Counted by libxml2: an element among a million siblings costs no Python loop.
            before = int(_count(_same_before(qname.namespace or "", qname.localname), node))
            many = before > 0 or next(node.itersiblings(node.tag), None) is not None
            steps.append(f"{qname.localname}[{before + 1}]" if many else qname.localname)
        node = parent
    return "/" + "/".join(reversed(steps))


def _count(path: etree.XPath, node: etree._Element) -> float:
    found: Any = path(node)
    return float(found)


def location(element: etree._Element, below: str = "") -> str:
    """``line 12: /negotiation/title``, optionally with steps ``below`` the element."""
    path = element_path(element) + (f"/{below}" if below else "")
    return f"line {element.sourceline}: {path}"


def shown_text(text: str, limit: int = 60) -> str:
    """A text as an error message shows it: quoted, shortened."""
    shown = text if len(text) <= limit else text[: limit - 3] + "..."
    return '"' + shown.replace("\\", "\\\\").replace('"', '\\"') + '"'
