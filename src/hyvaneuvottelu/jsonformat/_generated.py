"""Generated readers: one function per model class, made from its attrs fields.

The way attrs writes ``__init__`` and cattrs its structure functions, the
source of each reader is generated once (on first use) from the fields, their
types and validators, and compiled with ``exec``. A reader assumes the
document is valid: it checks each value inline (types, patterns, ranges,
codes, unknown keys) and builds the frozen object directly, without
``__init__``, whose checks it has already made. On the first thing wrong it
raises, and :func:`~hyvaneuvottelu.jsonformat.structure` hands the document
to the detailed converter, which locates every problem.

Anything the generator does not know (a type, a validator or a converter it
cannot write inline) is read by the fast cattrs converter for that field, so
a class added later is read correctly, if less quickly, until it is taught.
``reader_source(cls)`` shows the generated code, for debugging.

The source is written by :mod:`._reader_code`; this module compiles it once
per root class and holds the readers.
"""

from __future__ import annotations

import linecache
import threading
from typing import Any

from ._reader_code import ReaderGenerator, ReaderRefusedError

__all__ = ["ReaderRefusedError", "fast_reader", "reader_source"]


class _Compiled:
    __slots__ = ("readers", "sources")

    def __init__(self, readers: dict[Any, Any], sources: dict[Any, str]) -> None:
        self.readers = readers
        self.sources = sources


_lock = threading.Lock()
_compiled: dict[type, _Compiled] = {}


def _compile(root: type) -> _Compiled:
    with _lock:
        done = _compiled.get(root)
        if done is not None:
            return done
        generator = ReaderGenerator()
        generator.function(root)
        generator.run()
        namespace = dict(generator.namespace)
        source = "\n\n".join(generator.sources.values())
        filename = f"<generated JSON readers of {root.__qualname__}>"
        # Tracebacks through a reader show its lines, as they do for attrs' __init__.
        linecache.cache[filename] = (len(source), None, source.splitlines(True), filename)
        code = compile(source, filename, "exec")
        exec(code, namespace)  # noqa: S102 - source written above from the model's own fields
        for table, by_tag in generator.tables:
            namespace[table].update({tag: namespace[f] for tag, f in by_tag.items()})
        readers: dict[Any, Any] = {}
        sources: dict[Any, str] = {}
        for (target, tagged), name in generator.names.items():
            if not tagged:
                readers[target] = namespace[name]
                sources[target] = generator.sources[name]
        done = _compiled[root] = _Compiled(readers, sources)
        return done


def fast_reader(root: type) -> Any:
    """The generated reader of ``root`` (compiled on first use, once)."""
    compiled = _compiled.get(root) or _compile(root)
    return compiled.readers[root]


def reader_source(cls: type, root: type | None = None) -> str:
    """The generated source of ``cls``'s reader, as compiled for documents of ``root``.

    ``root`` defaults to :class:`~hyvaneuvottelu.model.Negotiation`.
    """
    if root is None:
        from ..model import Negotiation  # noqa: PLC0415 - the model is imported already

        root = Negotiation
    compiled = _compiled.get(root) or _compile(root)
    return compiled.sources[cls]
