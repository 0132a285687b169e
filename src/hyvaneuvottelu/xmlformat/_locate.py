"""Locations in the user's XML: a line and an element path in local names."""

from __future__ import annotations

from lxml import etree

__all__ = ["element_path", "local", "location", "shown_text"]


def local(tag: str) -> str:
    """``{ns}name`` -> ``name``."""
    return tag.rpartition("}")[2]


def element_path(element: etree._Element) -> str:
    """``/negotiation/sections/section[4]/title``: indexed where a name repeats."""
    steps: list[str] = []
    node: etree._Element | None = element
    while node is not None:
        parent = node.getparent()
        name = local(str(node.tag))
        if parent is None:
            steps.append(name)
        else:
            same = [child for child in parent if child.tag == node.tag]
            steps.append(f"{name}[{same.index(node) + 1}]" if len(same) > 1 else name)
        node = parent
    return "/" + "/".join(reversed(steps))


def location(element: etree._Element, below: str = "") -> str:
    """``line 12: /negotiation/title``, optionally with steps ``below`` the element."""
    path = element_path(element) + (f"/{below}" if below else "")
    return f"line {element.sourceline}: {path}"


def shown_text(text: str, limit: int = 60) -> str:
    """A text as an error message shows it: quoted, shortened."""
    shown = text if len(text) <= limit else text[: limit - 3] + "..."
    return '"' + shown.replace("\\", "\\\\").replace('"', '\\"') + '"'
