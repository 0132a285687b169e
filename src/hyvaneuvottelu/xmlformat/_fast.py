"""The fast XML tree reader: one generated function per class, from the plans.

Like the JSON readers (source generated once from the fields, compiled with
``exec``), each function assumes the tree has passed the XSD: it takes its
element's children in the XSD's order, parses each value inline, checks the
model's own validators (the XSD has none of their patterns and ranges) and
builds the frozen object. On the first thing wrong it raises, and
:func:`~hyvaneuvottelu.xmlformat.from_xml` reads the tree again with the
detailed reader (:mod:`._reader`), which locates every problem.
``fast_source(cls)`` shows the generated code, which :mod:`._fast_code`
writes; this module compiles it once and reads with it.

The tree must have passed the XSD: on any other tree the readers may build a
wrong model, so only :func:`~hyvaneuvottelu.xmlformat.from_xml`, after
validating, reads with them.
"""

from __future__ import annotations

import linecache
import threading
from typing import Any

from lxml import etree

from ._fast_code import RefusedError, TreeReaderGenerator
from ._plan import ROOT

__all__ = ["fast_read", "fast_source"]


_lock = threading.Lock()
_compiled: dict[str, Any] = {}


def _compile() -> dict[str, Any]:
    with _lock:
        if _compiled:
            return _compiled
        generator = TreeReaderGenerator()
        generator.run()
        source = "\n\n".join(generator.sources.values())
        filename = "<generated XML tree readers>"
        linecache.cache[filename] = (len(source), None, source.splitlines(True), filename)
        namespace = generator.namespace
        exec(compile(source, filename, "exec"), namespace)  # noqa: S102 - written above from the plans
        for table in generator.tables:
            namespace[table].update({tag: namespace[f] for tag, f in namespace[table].items()})
        _compiled.update(
            read=namespace[generator.function(ROOT)],
            sources=generator.sources,
        )
        return _compiled


def fast_read(root: etree._Element) -> Any:
    """The negotiation in a valid tree; raises on anything the detailed reader must look at."""
    compiled = _compiled or _compile()
    elements = root.iter()
    next(elements)  # the root itself
    negotiation = compiled["read"](root, elements)
    # Each reader took its own descendants: a tree left over means they lost count.
    if next(elements, None) is not None:
        raise RefusedError
    return negotiation


def fast_source(cls: type) -> str:
    """The generated source of ``cls``'s fast XML reader."""
    compiled = _compiled or _compile()
    source: str = compiled["sources"][cls]
    return source
