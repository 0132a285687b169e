"""Generated writers: one function per model class, from its attrs fields.

Two kinds, generated once (on first use) like the readers (:mod:`._generated`),
with the standard library only:

- dict writers (:mod:`._dict_writer`) turn an object into the JSON-ready data
  cattrs' unstructuring gives: :func:`fast_writer`;
- text writers (:mod:`._text_writer`, calling :mod:`._text_runtime`) write the
  JSON text of a whole document directly: :func:`write_json`.

``writer_source(cls)`` shows the code of either.
"""

from __future__ import annotations

import linecache
import threading
from typing import Any

from ._dict_writer import DictGenerator
from ._generator import CodeGenerator
from ._text_runtime import escape_controls
from ._text_writer import Document, TextGenerator

__all__ = ["fast_writer", "write_json", "write_text", "writer_source"]


_lock = threading.Lock()
_compiled: dict[Any, tuple[dict[Any, Any], dict[Any, str]]] = {}


def _compile(
    root: type, kind: str = "dict", head: tuple[str, str] | None = None
) -> tuple[dict[Any, Any], dict[Any, str]]:
    """The writers of ``kind`` ("dict", "compact" or "indented") for documents of ``root``;
    a text writer of ``root`` writes documents with ``head`` first.
    """
    with _lock:
        done = _compiled.get((root, kind, head))
        if done is not None:
            return done
        generator: CodeGenerator[Any]
        if kind == "dict":
            generator = DictGenerator()
            generator.function(root, None)
        else:
            generator = TextGenerator(indented=kind == "indented")
            assert head is not None
            generator.function(root, Document(*head))
        generator.run()
        source = "\n\n".join(generator.sources.values())
        label = "JSON writers" if kind == "dict" else f"{kind} JSON text writers"
        filename = f"<generated {label} of {root.__qualname__}>"
        linecache.cache[filename] = (len(source), None, source.splitlines(True), filename)
        namespace = dict(generator.namespace)
        exec(compile(source, filename, "exec"), namespace)  # noqa: S102 - written above from the model's fields
        for table, by_class in generator.tables:
            namespace[table].update({cls: namespace[f] for cls, f in by_class.items()})
        writers: dict[Any, Any] = {}
        sources: dict[Any, str] = {}
        for (target, tag), name in generator.names.items():
            if tag is None or isinstance(tag, Document):
                writers[target] = namespace[name]
            # A member of a tagged union is shown as it is written there.
            if tag is None or target not in sources:
                sources[target] = generator.sources[name]
        done = _compiled[(root, kind, head)] = (writers, sources)
        return done


def fast_writer(root: type) -> Any:
    """The generated writer of ``root`` (compiled on first use, once)."""
    compiled = _compiled.get((root, "dict", None)) or _compile(root)
    return compiled[0][root]


def write_json(obj: Any, root: type, indent: int | None, head: tuple[str, str]) -> bytes:
    """The JSON document :func:`~._encode.encode_stdlib` writes for the data of
    :func:`fast_writer`, with the key and string value ``head`` first, and a
    final newline, in UTF-8: written directly, in one pass, then searched once
    for the control characters of texts written raw.

    Raises ValueError for an integer of more than
    :data:`~hyvaneuvottelu.limits.MAX_INTEGER_DIGITS` digits, which the readers
    refuse, and UnicodeEncodeError (a ValueError) for a lone surrogate.
    """
    kind = "compact" if indent is None else "indented"
    compiled = _compiled.get((root, kind, head)) or _compile(root, kind, head)
    writer = compiled[0][root]
    # Texts are written raw but for quotes, backslashes and, indented, newlines:
    # escape their other control characters.
    if indent is None:
        return escape_controls(writer(obj).encode())
    return escape_controls(writer(obj, "\n", " " * indent).encode(), indented=True)


def write_text(obj: Any, root: type, indent: int | None, head: tuple[str, str]) -> str:
    """:func:`write_json`'s document as text."""
    return write_json(obj, root, indent, head).decode()


def writer_source(cls: type, root: type | None = None, kind: str = "dict") -> str:
    """The generated source of ``cls``'s writer, as compiled for ``root`` (a negotiation).

    ``kind`` is "dict" (JSON-ready data), "compact" or "indented" (JSON text).
    """
    if root is None:
        from ..model import Negotiation  # noqa: PLC0415 - the model is imported already

        root = Negotiation
    head = None
    if kind != "dict":
        from . import _VERSION_KEY, SCHEMA_VERSION  # noqa: PLC0415 - the package imports this module

        head = (_VERSION_KEY, SCHEMA_VERSION)
    return _compile(root, kind, head)[1][cls]
