"""Writing the model as XML: a walk over the plans, building the text directly.

Building text, not a tree, keeps the output byte-stable (fixed indentation,
prefixes and escapes) and fast.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from ..errors import OutputError
from ..model import LocalizedText, Negotiation
from ._plan import (
    NAMESPACE,
    PLANS,
    ROOT,
    SCHEMA_VERSION,
    ClassPlan,
    FieldPlan,
    Scalar,
    TextValue,
    UnionValue,
)

__all__ = ["to_xml"]

_HEADER = '<?xml version="1.0" encoding="UTF-8"?>\n'
_INDENT = "  "
#: Characters outside XML 1.0's ``Char`` production: C0 controls other than
#: tab, newline and carriage return, lone surrogates, U+FFFE and U+FFFF.
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


class _UnwritableError(Exception):
    """A value the XML cannot carry; ``path`` grows as the walk unwinds."""

    def __init__(self, problem: str) -> None:
        super().__init__(problem)
        self.problem = problem
        self.path: list[str] = []


def to_xml(negotiation: Negotiation) -> bytes:
    """The negotiation as XML: UTF-8 with a declaration, ending in a newline.

    The same model always gives the same bytes. Raises
    :class:`~hyvaneuvottelu.errors.OutputError`, naming the element, for text
    that XML 1.0 cannot carry (control characters, lone surrogates, U+FFFE,
    U+FFFF).
    """
    if not isinstance(negotiation, ROOT):
        raise OutputError(f"to_xml: expected a Negotiation, found {type(negotiation).__name__}")
    out = [_HEADER, f'<negotiation xmlns="{NAMESPACE}" schemaVersion="{SCHEMA_VERSION}">\n']
    try:
        _write_fields(out, PLANS[ROOT], negotiation, 1)
    except _UnwritableError as exc:
        path = "/negotiation/" + "/".join(reversed(exc.path))
        raise OutputError(f"{path}: cannot be written as XML: {exc.problem}") from None
    out.append("</negotiation>\n")
    return "".join(out).encode("utf-8")


def _escape(text: str) -> str:
    bad = _NOT_XML.search(text)
    if bad is not None:
        char = bad.group()
        raise _UnwritableError(
            f"the text holds U+{ord(char):04X} at character {bad.start() + 1}, "
            "which XML 1.0 cannot carry"
        )
    if "&" in text:
        text = text.replace("&", "&amp;")
    if "<" in text:
        text = text.replace("<", "&lt;")
    if ">" in text:
        text = text.replace(">", "&gt;")
    if "\r" in text:
        # A parser turns a raw carriage return into a newline.
        text = text.replace("\r", "&#13;")
    return text


def _step(name: str, index: int, counts: Counter[str]) -> str:
    return f"{name}[{index}]" if counts[name] > 1 else name


def _write_fields(out: list[str], plan: ClassPlan, obj: Any, level: int) -> None:
    for field in plan.fields:
        value = getattr(obj, field.name)
        if not field.required and value == field.default:
            continue
        try:
            if field.many:
                _write_many(out, field, value, level)
            else:
                _write_value(out, field.value, field.wire, value, level)
        except _UnwritableError as exc:
            exc.path.append(field.wire)
            raise


def _write_many(out: list[str], field: FieldPlan, items: Any, level: int) -> None:
    pad = _INDENT * level
    if not items:
        out.append(f"{pad}<{field.wire}/>\n")
        return
    out.append(f"{pad}<{field.wire}>\n")
    kind = field.value
    for position, item in enumerate(items):
        if isinstance(kind, UnionValue):
            name = kind.tags[type(item)]
            value_kind: Any = type(item)
        else:
            name = field.item or ""
            value_kind = kind
        try:
            _write_value(out, value_kind, name, item, level + 1)
        except _UnwritableError as exc:
            names = [
                kind.tags[type(i)] if isinstance(kind, UnionValue) else name
                for i in items[: position + 1]
            ]
            index = names.count(name)
            total = Counter(
                kind.tags[type(i)] if isinstance(kind, UnionValue) else name for i in items
            )
            exc.path.append(_step(name, index, total))
            raise
    out.append(f"{pad}</{field.wire}>\n")


def _write_value(out: list[str], kind: Any, name: str, value: Any, level: int) -> None:
    pad = _INDENT * level
    if isinstance(kind, Scalar):
        if kind.free_text:
            text = _escape(value)
        else:
            try:
                text = kind.to_text(value)
            except ValueError as exc:
                raise _UnwritableError(f"expected {exc}, found {value!r}") from None
        out.append(f"{pad}<{name}>{text}</{name}>\n" if text else f"{pad}<{name}/>\n")
    elif isinstance(kind, TextValue):
        _write_text(out, name, value, pad)
    else:
        start = len(out)
        out.append(f"{pad}<{name}>\n")
        _write_fields(out, PLANS[kind], value, level + 1)
        if len(out) == start + 1:
            out[start] = f"{pad}<{name}/>\n"
        else:
            out.append(f"{pad}</{name}>\n")


def _write_text(out: list[str], name: str, value: LocalizedText, pad: str) -> None:
    items = value.items()
    out.append(f"{pad}<{name}>\n")
    for position, (language, text) in enumerate(items, start=1):
        try:
            escaped = _escape(text)
        except _UnwritableError as exc:
            exc.problem = f"the {language} text: {exc.problem}"
            exc.path.append(f"text[{position}]" if len(items) > 1 else "text")
            raise
        if escaped:
            out.append(f'{pad}{_INDENT}<text xml:lang="{language}">{escaped}</text>\n')
        else:
            out.append(f'{pad}{_INDENT}<text xml:lang="{language}"/>\n')
    out.append(f"{pad}</{name}>\n")
