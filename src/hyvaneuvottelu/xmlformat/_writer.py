"""Writing the model as XML: a walk over the plans, building the text directly.

Building text, not a tree, keeps the output byte-stable (fixed indentation,
prefixes and escapes) and fast.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from ..errors import LimitError, OutputError
from ..limits import MAX_DEPTH, MAX_INTEGER_DIGITS, MAX_TEXT, MAX_XML_BYTES
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
_INTEGER_BOUND = 10**MAX_INTEGER_DIGITS


class _UnwritableError(Exception):
    """A value the XML cannot carry; ``path`` grows as the walk unwinds.

    ``limit`` names the reader's limit the value exceeds, if that is the reason.
    """

    def __init__(self, problem: str, limit: str | None = None, found: int = 0) -> None:
        super().__init__(problem)
        self.problem = problem
        self.limit = limit
        self.found = found
        self.path: list[str] = []


def to_xml(negotiation: Negotiation) -> bytes:
    """The negotiation as XML: UTF-8 with a declaration, ending in a newline.

    The same model always gives the same bytes. Raises
    :class:`~hyvaneuvottelu.errors.OutputError`, naming the element, for text
    that XML 1.0 cannot carry (control characters, lone surrogates, U+FFFE,
    U+FFFF); and its :class:`~hyvaneuvottelu.errors.LimitError` for what
    :func:`from_xml` would refuse: a text longer than
    :data:`~hyvaneuvottelu.limits.MAX_TEXT`, an integer of more than
    :data:`~hyvaneuvottelu.limits.MAX_INTEGER_DIGITS` digits, elements nested
    deeper than :data:`~hyvaneuvottelu.limits.MAX_DEPTH`, a document larger
    than :data:`~hyvaneuvottelu.limits.MAX_XML_BYTES`.
    """
    if not isinstance(negotiation, ROOT):
        raise OutputError(f"to_xml: expected a Negotiation, found {type(negotiation).__name__}")
    out = [_HEADER, f'<negotiation xmlns="{NAMESPACE}" schemaVersion="{SCHEMA_VERSION}">\n']
    try:
        _write_fields(out, PLANS[ROOT], negotiation, 1)
    except _UnwritableError as exc:
        path = "/negotiation/" + "/".join(reversed(exc.path))
        message = f"{path}: cannot be written as XML: {exc.problem}"
        if exc.limit is not None:
            raise LimitError(message, limit=exc.limit, found=exc.found) from None
        raise OutputError(message) from None
    out.append("</negotiation>\n")
    data = "".join(out).encode("utf-8")
    if len(data) > MAX_XML_BYTES:
        raise LimitError(
            f"/negotiation: cannot be written as XML: it would be {len(data)} bytes, "
            f"more than the {MAX_XML_BYTES} the readers accept",
            limit="MAX_XML_BYTES",
            found=len(data),
        )
    return data


def _check_depth(level: int) -> None:
    """Refuse an element at ``level`` (the root is at 0) deeper than the readers accept."""
    if level >= MAX_DEPTH:
        raise _UnwritableError(
            f"elements nested {level + 1} deep, deeper than the {MAX_DEPTH} the readers accept",
            "MAX_DEPTH",
            level + 1,
        )


def _escape(text: str) -> str:
    if len(text) > MAX_TEXT:
        raise _UnwritableError(
            f"the text has {len(text)} characters, more than the {MAX_TEXT} the readers accept",
            "MAX_TEXT",
            len(text),
        )
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
    _check_depth(level)
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
    _check_depth(level)
    pad = _INDENT * level
    if isinstance(kind, Scalar):
        if kind.free_text:
            text = _escape(value)
        elif kind.type is int and not -_INTEGER_BOUND < value < _INTEGER_BOUND:
            raise _UnwritableError(
                f"the number has more than {MAX_INTEGER_DIGITS} digits, more than the readers "
                "accept",
                "MAX_INTEGER_DIGITS",
                MAX_INTEGER_DIGITS + 1,
            )
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
            # The wrapper is at the level of ``pad``, its text elements one deeper.
            _check_depth(len(pad) // len(_INDENT) + 1)
            escaped = _escape(text)
        except _UnwritableError as exc:
            if exc.limit == "MAX_TEXT":
                exc.problem = exc.problem.replace("the text", f"the {language} text", 1)
            elif exc.limit is None:
                exc.problem = f"the {language} text: {exc.problem}"
            exc.path.append(f"text[{position}]" if len(items) > 1 else "text")
            raise
        if escaped:
            out.append(f'{pad}{_INDENT}<text xml:lang="{language}">{escaped}</text>\n')
        else:
            out.append(f'{pad}{_INDENT}<text xml:lang="{language}"/>\n')
    out.append(f"{pad}</{name}>\n")
