"""The model as XML sees it: one precomputed plan per attrs class.

The writer, the reader and the XSD generator all walk these plans, so a field
added to the model appears in all three or the import fails (a tuple field
with no item name, a type with no mapping) — it cannot be forgotten.
"""

from __future__ import annotations

import datetime as dt
import functools
import operator
import types
import typing
from collections.abc import Callable
from enum import Enum
from typing import Any

import attrs

from .._naming import wire_name
from ..limits import MAX_INTEGER_DIGITS
from ..model import CONTENT_TAGS, OUTCOME_TAGS, LocalizedText, Negotiation

__all__ = [
    "ITEM_NAMES",
    "NAMESPACE",
    "NAMESPACE_PREFIX",
    "PLANS",
    "ROOT",
    "SCHEMA_VERSION",
    "ClassPlan",
    "FieldPlan",
    "Scalar",
    "TextValue",
    "TextValueError",
    "UnionValue",
    "qualified",
]

#: The namespace of major version 1 of the format. A new major version gets
#: a new namespace (``...:2``); minor versions share it.
NAMESPACE_PREFIX = "urn:hyvaneuvottelu:schema:"
NAMESPACE = NAMESPACE_PREFIX + "1"
#: The version of the format this release writes; it reads 1.0 up to it.
SCHEMA_VERSION = "1.1"

#: Element name of each item of a tuple field, by the field's wire name.
ITEM_NAMES: dict[str, str] = {
    "legalBasis": "legalReference",
    "municipalities": "municipality",
    "otherOrganisations": "organisation",
    "participants": "participant",
    "objectives": "objective",
    "topics": "topic",
    "sections": "section",
    "subsections": "section",
    "points": "point",
    "parties": "party",
    "sources": "source",
    "responsible": "ref",
    "roles": "role",
    "languages": "language",
    "people": "person",
    "attachments": "attachment",
    "approvals": "approval",
    # 1.1
    "additionalKinds": "kind",
    "municipalityGroups": "municipalityGroup",
    "attendanceGroups": "attendanceGroup",
    "mentionedOrganisations": "organisation",
    "registrations": "registration",
}

_UNIONS: tuple[dict[type, str], ...] = (CONTENT_TAGS, OUTCOME_TAGS)
_INTEGER_BOUND = 10**MAX_INTEGER_DIGITS


def qualified(name: str) -> str:
    """``name`` in the format's namespace, as lxml spells tags."""
    return f"{{{NAMESPACE}}}{name}"


@attrs.frozen(kw_only=True)
class Scalar:
    """A value written as the text of one element."""

    type: type
    #: The XSD type, as written in the schema (``xs:string``, ``hn:Date``).
    xsd_type: str
    to_text: Callable[[Any], str]
    from_text: Callable[[str], Any]
    #: Whether the text is the user's own (checked for XML 1.0 characters).
    free_text: bool = False


@attrs.frozen(kw_only=True)
class TextValue:
    """A :class:`~hyvaneuvottelu.model.LocalizedText`: ``text`` elements with ``xml:lang``."""


@attrs.frozen(kw_only=True)
class UnionValue:
    """A tagged union: each member is an element named by its tag."""

    tags: dict[type, str]
    by_tag: dict[str, type]


@attrs.frozen(kw_only=True)
class FieldPlan:
    """How one attrs field is written and read."""

    name: str
    wire: str
    tag: str
    #: Whether the field has no default (and so is always written).
    required: bool
    default: Any
    many: bool
    #: Element name of tuple items (None for unions: items are named by tag).
    item: str | None
    value: Scalar | TextValue | UnionValue | type


@attrs.frozen(kw_only=True)
class ClassPlan:
    """How one attrs class is written and read: its fields in wire order."""

    cls: type
    fields: tuple[FieldPlan, ...]
    by_tag: dict[str, FieldPlan]


def _time_text(value: dt.time) -> str:
    if value.tzinfo is not None:
        raise ValueError("a time of day without a UTC offset")
    return value.isoformat()


def _datetime_text(value: dt.datetime) -> str:
    offset = value.utcoffset()
    if offset is None:
        raise ValueError("a date-time with a UTC offset")
    if offset.microseconds or offset.seconds % 60 or abs(offset) > dt.timedelta(hours=14):
        raise ValueError("a UTC offset of whole minutes within ±14:00")
    return value.isoformat()


class TextValueError(ValueError):
    """A text the XSD admits that the model cannot hold: what was expected and found."""

    def __init__(self, expected: str, found: str) -> None:
        super().__init__(f"expected {expected}, found {found}")
        self.expected = expected
        self.found = found


def _integer_value(text: str) -> int:
    digits = text.strip().lstrip("+-")
    if len(digits) > MAX_INTEGER_DIGITS:
        # Longer would be refused by the JSON reader too; Python refuses 4,300.
        raise TextValueError(
            f"an integer of at most {MAX_INTEGER_DIGITS} digits",
            f"a number of {len(digits)} digits",
        )
    return int(text)


def _integer_text(value: int) -> str:
    if not -_INTEGER_BOUND < value < _INTEGER_BOUND:
        raise ValueError(f"an integer of at most {MAX_INTEGER_DIGITS} digits")
    return str(value)


def _bool_value(text: str) -> bool:
    return text.strip() in ("true", "1")


def _enum_scalar(enum: type[Enum]) -> Scalar:
    return Scalar(
        type=enum,
        xsd_type=f"hn:{enum.__name__}",
        to_text=lambda value: value.value,
        from_text=lambda text: enum(text.strip()),
    )


_SCALARS: dict[Any, Scalar] = {
    str: Scalar(type=str, xsd_type="xs:string", to_text=str, from_text=str, free_text=True),
    int: Scalar(type=int, xsd_type="xs:integer", to_text=_integer_text, from_text=_integer_value),
    bool: Scalar(
        type=bool,
        xsd_type="xs:boolean",
        to_text=lambda value: "true" if value else "false",
        from_text=_bool_value,
    ),
    dt.date: Scalar(
        type=dt.date,
        xsd_type="hn:Date",
        to_text=dt.date.isoformat,
        from_text=lambda text: dt.date.fromisoformat(text.strip()),
    ),
    dt.time: Scalar(
        type=dt.time,
        xsd_type="hn:Time",
        to_text=_time_text,
        from_text=lambda text: dt.time.fromisoformat(text.strip()),
    ),
    dt.datetime: Scalar(
        type=dt.datetime,
        xsd_type="hn:DateTime",
        to_text=_datetime_text,
        from_text=lambda text: dt.datetime.fromisoformat(text.strip()),
    ),
}


def _union_members(hint: Any) -> tuple[Any, ...] | None:
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        return typing.get_args(hint)
    return None


def _value(hint: Any, where: str) -> Scalar | TextValue | UnionValue | type:
    if hint is LocalizedText:
        return TextValue()
    if isinstance(hint, type) and attrs.has(hint):
        return hint
    if isinstance(hint, type) and issubclass(hint, Enum):
        return _enum_scalar(hint)
    if hint in _SCALARS:
        return _SCALARS[hint]
    members = _union_members(hint)
    if members is not None:
        for tags in _UNIONS:
            if set(tags) == set(members):
                return UnionValue(
                    tags=tags, by_tag={qualified(tag): cls for cls, tag in tags.items()}
                )
    raise TypeError(f"{where}: no XML mapping for the type {hint!r}")


def _field(cls: type, attribute: attrs.Attribute[Any], hint: Any) -> FieldPlan:
    where = f"{cls.__name__}.{attribute.name}"
    wire = wire_name(attribute.name)
    members = _union_members(hint)
    if members is not None and type(None) in members:
        rest = tuple(m for m in members if m is not type(None))
        hint = functools.reduce(operator.or_, rest)
    many = typing.get_origin(hint) is tuple
    item: str | None = None
    if many:
        hint = typing.get_args(hint)[0]
    value = _value(hint, where)
    if many and not isinstance(value, UnionValue):
        if wire not in ITEM_NAMES:
            raise LookupError(f"{where}: no XML item name for the tuple field {wire!r}")
        item = ITEM_NAMES[wire]
    default: Any = attribute.default
    # attrs' stubs declare Factory as a function; at run time it is a class.
    if isinstance(default, attrs.Factory):  # type: ignore[arg-type]
        default = default.factory()
    return FieldPlan(
        name=attribute.name,
        wire=wire,
        tag=qualified(wire),
        required=attribute.default is attrs.NOTHING,
        default=default,
        many=many,
        item=item,
        value=value,
    )


def _plans(root: type) -> dict[type, ClassPlan]:
    plans: dict[type, ClassPlan] = {}
    pending = [root]
    while pending:
        cls = pending.pop(0)
        if cls in plans:
            continue
        hints = typing.get_type_hints(cls)
        fields = tuple(_field(cls, a, hints[a.name]) for a in attrs.fields(cls))
        plans[cls] = ClassPlan(cls=cls, fields=fields, by_tag={f.tag: f for f in fields})
        for f in fields:
            if isinstance(f.value, UnionValue):
                pending.extend(f.value.tags)
            elif isinstance(f.value, type):
                pending.append(f.value)
    return plans


#: The root class of every document.
ROOT = Negotiation
#: Every attrs class reachable from the root, in discovery order (root first).
PLANS: dict[type, ClassPlan] = _plans(ROOT)
