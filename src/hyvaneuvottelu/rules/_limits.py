"""The rule on the readers' limits: what the archive profile accepts can be read back.

``archive`` writes a memo as XML and ``verify`` reads it back with the same
limits (:mod:`hyvaneuvottelu.limits`) as every reader; this rule refuses,
before anything is written, a memo the reader would refuse.
"""

from __future__ import annotations

import datetime as dt
import types
import typing
from collections.abc import Iterator
from enum import Enum
from functools import cache
from typing import Any

import attrs

from .._naming import wire_name
from ..errors import LimitError, OutputError
from ..limits import MAX_DEPTH, MAX_INTEGER_DIGITS, MAX_TEXT, MAX_XML_BYTES
from ..model import LocalizedText, Negotiation
from ._context import Context, Path
from ._registry import ARCHIVE_ONLY, Hit, Severity, rule

__all__: list[str] = []

_INTEGER_BOUND = 10**MAX_INTEGER_DIGITS
#: Bytes an element may take in the XML beyond its text, four bytes for each
#: level of indentation aside: its tags (no name is longer than 64 characters),
#: an xml:lang, a newline, or a value that is not text (a date, a code, a number).
_ELEMENT_BYTES = 2 * 64 + 64
#: Bytes of the XML declaration and the root's start tag.
_HEAD_BYTES = 256
#: Bytes one character of text may take: "&amp;" is five.
_CHARACTER_BYTES = 5
#: Bytes a value that is not text may take: a code, a date, a time, a number.
_SCALAR_BYTES = 64


@attrs.frozen
class _Field:
    name: str
    wire: str
    required: bool
    default: Any


@cache
def _fields(cls: type) -> tuple[_Field, ...]:
    fields = []
    for attribute in attrs.fields(cls):
        default = attribute.default
        # attrs' stubs declare Factory as a function; at run time it is a class.
        if isinstance(default, attrs.Factory):  # type: ignore[arg-type]
            default = default.factory()
        required = attribute.default is attrs.NOTHING
        fields.append(_Field(attribute.name, wire_name(attribute.name), required, default))
    return tuple(fields)


@attrs.define
class _Extent:
    """What the reader of the memo's XML would measure, found in one walk over the model."""

    long_texts: list[tuple[Path, int]] = attrs.Factory(list)
    large_numbers: list[Path] = attrs.Factory(list)
    #: The depth of the deepest element (the root is 1), up to one past the limit.
    depth: int = 0
    #: The first element nested deeper than the limit, in document order.
    too_deep: Path | None = None
    #: No less than the size of the XML in bytes.
    size_bound: int = _HEAD_BYTES


def _measure(negotiation: Negotiation) -> _Extent:
    """Walk the model as the XML writer does: each field an element, each tuple a
    wrapper of items, each localized text a wrapper of texts. No deeper than the limit.
    """
    extent = _Extent()
    # (path, value, depth of the value's element)
    stack: list[tuple[Path, Any, int]] = [((), negotiation, 1)]
    while stack:
        path, value, depth = stack.pop()
        extent.depth = max(extent.depth, depth)
        if depth > MAX_DEPTH:
            if extent.too_deep is None:
                extent.too_deep = path
            continue
        extent.size_bound += 4 * depth + _ELEMENT_BYTES
        kind = type(value)
        if kind is str:
            extent.size_bound += _CHARACTER_BYTES * len(value)
            if len(value) > MAX_TEXT:
                extent.long_texts.append((path, len(value)))
        elif kind is int and not -_INTEGER_BOUND < value < _INTEGER_BOUND:
            extent.large_numbers.append(path)
        elif isinstance(value, Enum):
            extent.size_bound += len(str(value.value))
        elif kind is LocalizedText:
            texts = [((*path, lang), text, depth + 1) for lang, text in value.items()]
            stack.extend(reversed(texts))
        elif kind is tuple:
            items = [((*path, index), item, depth + 1) for index, item in enumerate(value)]
            stack.extend(reversed(items))
        elif attrs.has(kind):
            present = [
                ((*path, field.wire), item, depth + 1)
                for field in _fields(kind)
                if (item := getattr(value, field.name)) is not None
                and (field.required or item != field.default)
            ]
            stack.extend(reversed(present))
    return extent


@attrs.frozen
class _Plan:
    """What :func:`_within` looks at in an object of one class."""

    #: Fields whose value is a code, a date, a time or a flag: counted, not looked at.
    scalars: int
    #: (name, default to compare with, or _ALWAYS) of every other field.
    fields: tuple[tuple[str, Any], ...]


_PLANS: dict[type, _Plan] = {}
_ALWAYS = object()
#: Types met that are not attrs classes, nor looked at.
_SCALARS: set[type] = set()
_SCALAR_TYPES = (bool, Enum, dt.date, dt.time)
#: Types the walk looks at itself: never counted as scalars, never planned.
_LOOKED_AT = frozenset({str, int, tuple, LocalizedText})


def _is_scalar(hint: Any) -> bool:
    """Whether every value of a field of type ``hint`` is a code, a date, a time or a flag."""
    members = [m for m in typing.get_args(hint) if m is not type(None)]
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        return all(_is_scalar(m) for m in members)
    return isinstance(hint, type) and issubclass(hint, _SCALAR_TYPES)


def _plan(cls: type) -> _Plan | None:
    """How :func:`_within` walks ``cls``; None if it is not an attrs class."""
    if cls in _SCALARS or cls in _LOOKED_AT:
        return None
    if not attrs.has(cls):
        _SCALARS.add(cls)
        return None
    hints = typing.get_type_hints(cls)
    scalars = [f for f in _fields(cls) if _is_scalar(hints[f.name])]
    plan = _PLANS[cls] = _Plan(
        scalars=len(scalars),
        fields=tuple(
            # A required field is always written; so is one that differs from its
            # default, None aside (it is never written).
            (field.name, _ALWAYS if field.required or field.default is None else field.default)
            for field in _fields(cls)
            if field not in scalars
        ),
    )
    return plan


def _within(negotiation: Negotiation) -> bool:  # noqa: PLR0912, PLR0915 - one walk, kept flat for speed
    """Whether the memo's XML is certainly within every limit: the fast walk, without paths.

    It counts at least what :func:`_measure` counts, but keeps no paths and
    stops at the first doubt; :func:`_measure` then walks again to say where.
    This runs on every check of the archive profile, so it is written for
    speed: codes, dates and flags are counted without being looked at, and
    the texts are gathered and measured at the end, in C.
    """
    size = _HEAD_BYTES
    texts: list[str] = []
    text = texts.append
    stack: list[tuple[Any, int]] = [(negotiation, 1)]
    pop, push = stack.pop, stack.append
    plans, scalar_types = _PLANS, _SCALARS
    while stack:
        value, depth = pop()
        # Nothing an object holds, but other objects, is more than 3 deeper.
        if depth + 3 > MAX_DEPTH:
            return False
        field_element = 4 * (depth + 1) + _ELEMENT_BYTES
        item_element = field_element + 4
        item_text = item_element + 4
        cls = type(value)
        plan = plans.get(cls) or _plan(cls)
        if plan is None:
            continue
        size += 4 * depth + _ELEMENT_BYTES + plan.scalars * (field_element + _SCALAR_BYTES)
        for name, default in plan.fields:
            item = getattr(value, name)
            if item is None or (default is not _ALWAYS and item == default):
                continue
            kind = type(item)
            if kind is str:
                size += field_element
                text(item)
            elif kind is LocalizedText:
                size += field_element
                for language in (item.fi, item.sv, item.en):
                    if language is not None:
                        size += item_element
                        text(language)
            elif kind is tuple:
                size += field_element
                for element in item:
                    element_kind = type(element)
                    if element_kind in scalar_types:
                        size += item_element + _SCALAR_BYTES
                    elif element_kind is str:
                        size += item_element
                        text(element)
                    elif element_kind is LocalizedText:
                        size += item_element
                        for language in (element.fi, element.sv, element.en):
                            if language is not None:
                                size += item_text
                                text(language)
                    elif element_kind in plans or _plan(element_kind) is not None:
                        push((element, depth + 2))
                    elif element_kind is int and not -_INTEGER_BOUND < element < _INTEGER_BOUND:
                        return False
                    else:
                        size += item_element + _SCALAR_BYTES
            elif kind in plans or (kind not in scalar_types and _plan(kind) is not None):
                push((item, depth + 1))
            elif kind is int and not -_INTEGER_BOUND < item < _INTEGER_BOUND:
                return False
            else:
                size += field_element + _SCALAR_BYTES
    lengths = list(map(len, texts))
    size += _CHARACTER_BYTES * sum(lengths)
    return max(lengths, default=0) <= MAX_TEXT and size <= MAX_XML_BYTES


def _limit(fi: str, sv: str, en: str) -> dict[str, str]:
    return {"limit": fi, "limit@sv": sv, "limit@en": en}


@rule(
    "HN-A026",
    Severity.ERROR,
    fi="Muistiota ei voisi lukea arkistosta takaisin: {limit}",
    sv="Promemorian skulle inte kunna läsas tillbaka ur arkivet: {limit}",
    en="The memo could not be read back from the archive: {limit}",
    rationale="What the archive profile accepts must be written and read back: one set of limits.",
    profiles=ARCHIVE_ONLY,
)
def within_reader_limits(ctx: Context) -> Iterator[Hit]:
    if _within(ctx.negotiation):
        return
    extent = _measure(ctx.negotiation)
    for path, length in extent.long_texts:
        yield (
            path,
            _limit(
                f"tekstissä on {length} merkkiä, enintään {MAX_TEXT}",
                f"texten har {length} tecken, högst {MAX_TEXT}",
                f"the text has {length} characters, at most {MAX_TEXT}",
            ),
        )
    for path in extent.large_numbers:
        yield (
            path,
            _limit(
                f"luvussa on yli {MAX_INTEGER_DIGITS} numeroa",
                f"talet har fler än {MAX_INTEGER_DIGITS} siffror",
                f"the number has more than {MAX_INTEGER_DIGITS} digits",
            ),
        )
    if extent.too_deep is not None:
        yield (
            extent.too_deep,
            _limit(
                f"XML-elementit ovat sisäkkäin yli {MAX_DEPTH} tasoa",
                f"XML-elementen är kapslade i mer än {MAX_DEPTH} nivåer",
                f"XML elements nested more than {MAX_DEPTH} deep",
            ),
        )
    elif extent.size_bound > MAX_XML_BYTES and not (extent.long_texts or extent.large_numbers):
        size = _xml_size(ctx.negotiation)
        if size is not None:
            yield (
                (),
                _limit(
                    f"XML-muodossa muistio olisi {size} tavua, enintään {MAX_XML_BYTES}",
                    f"i XML-format vore promemorian {size} byte, högst {MAX_XML_BYTES}",
                    f"as XML the memo would be {size} bytes, at most {MAX_XML_BYTES}",
                ),
            )


def _xml_size(negotiation: Negotiation) -> int | None:
    """The size of the memo's XML if it is larger than the reader accepts, else None."""
    # Imported here: only a memo near the size limit is written as XML to measure it.
    from ..xmlformat import to_xml  # noqa: PLC0415 - see the comment above

    try:
        to_xml(negotiation)
    except LimitError as exc:
        return exc.found if exc.limit == "MAX_XML_BYTES" else None
    except OutputError:
        # A character XML cannot carry: HN-T002 reports it.
        return None
    return None
