"""Hypothesis strategies for the whole model, shared by every test module.

:func:`negotiations` covers the whole value space the model accepts and both
formats carry. It is built by walking the attrs classes, so a new field is
covered without edits; fields with a pattern get a strategy written by hand
from the same pattern. What it covers, field by field:

- text: every character XML 1.0 can carry (astral characters, combining
  marks, format and private-use characters, unassigned code points, tab, line
  feed, carriage return, U+0085, U+2028), including empty and blank texts;
- identifiers, codes and numbers: the model's whole pattern, any length;
- integers: 1 to the largest of :data:`~hyvaneuvottelu.limits.MAX_INTEGER_DIGITS`
  digits (the statute year 1734 to 2999); the model takes larger ones, which
  both writers refuse and HN-A026 reports;
- dates: 0001-01-01 to 9999-12-31; times of day: any second of the day;
  timestamps: any instant, with microseconds and any offset of whole minutes
  within ±14:00, fixed or a real zone's;
- code lists: every member; tuples: empty, and every member of a code list.

What the model accepts and a format cannot carry is refused, with a clear
error, where it is made or written; ``test_lossless.py`` shows each case.
"""

from __future__ import annotations

import types
import typing
from datetime import date, datetime, time, timedelta, timezone, tzinfo
from enum import Enum
from functools import cache
from typing import Any

import attrs
from hypothesis import strategies as st

from hyvaneuvottelu import model
from hyvaneuvottelu.limits import MAX_INTEGER_DIGITS

__all__ = [
    "XML_FORBIDDEN",
    "datetimes",
    "identifiers",
    "localized_texts",
    "negotiations",
    "text_pieces",
    "texts",
    "times",
]

#: Characters XML 1.0 cannot carry (besides surrogates, which are not text).
XML_FORBIDDEN = "".join(map(chr, [*range(0x09), 0x0B, 0x0C, *range(0x0E, 0x20)])) + "\ufffe\uffff"
#: Characters that have broken text handling somewhere, drawn more often.
_AWKWARD = (
    "\t",
    "\n",
    "\r",
    "\r\n",
    " ",
    "\x7f",
    "\x85",
    "\xa0",
    "\u0308",  # combining diaeresis: not NFC after "a"
    "\u200b",
    "\u2028",
    "\u2029",
    "\ufeff",
    "\ue000",
    "\ufdd0",
    "\U0001f600",
    "\U0001d11e",
    "\U0010fffd",
    "]]>",
    "&amp;",
    "<",
    '"',
    "\\",
)
#: Pieces of text: one character XML carries, or an awkward few.
text_pieces = st.characters(codec="utf-8", exclude_characters=XML_FORBIDDEN) | st.sampled_from(
    _AWKWARD
)
texts = st.lists(text_pieces, max_size=12).map("".join)
identifiers = st.from_regex(r"\A[A-Za-z_][A-Za-z0-9_.-]*\Z")
_section_numbers = st.from_regex(r"\A[0-9]+(\.[0-9]+)*\Z")
#: A § number of minutes, "45" or "45 a".
_paragraph_marks = st.from_regex(r"\A[1-9][0-9]*( ?[a-z])?\Z")
_positive = st.integers(1, 10**MAX_INTEGER_DIGITS - 1)

#: Any second of the day; the model refuses fractions and offsets (a test shows it).
times = st.builds(time, st.integers(0, 23), st.integers(0, 59), st.integers(0, 59))
_fixed_offsets = st.integers(-14 * 60, 14 * 60).map(lambda m: timezone(timedelta(minutes=m)))
_MAX_OFFSET = timedelta(hours=14)


def _carried(value: datetime) -> bool:
    offset = value.utcoffset()
    return offset is not None and not offset % timedelta(minutes=1) and abs(offset) <= _MAX_OFFSET


_zones: st.SearchStrategy[tzinfo] = st.timezones()
#: Any instant with microseconds; a real zone's offset where it is whole minutes.
datetimes = st.datetimes(timezones=_fixed_offsets) | st.datetimes(timezones=_zones).filter(_carried)


@st.composite
def localized_texts(draw: st.DrawFn) -> model.LocalizedText:
    values = draw(
        st.fixed_dictionaries({}, optional={"fi": texts, "sv": texts, "en": texts}).filter(bool)
    )
    return model.LocalizedText(**values)


@st.composite
def _agreement_reference(draw: st.DrawFn) -> model.AgreementReference:
    """An agreement referred to: a title, a record identifier, or both."""
    title = draw(st.none() | localized_texts())
    record = draw(texts if title is None else st.none() | texts)
    return model.AgreementReference(title=title, record=record)


_agreement_references = _agreement_reference()

_FIELD_STRATEGIES: dict[tuple[type, str], st.SearchStrategy[Any]] = {
    (model.Organisation, "statistics_code"): st.from_regex(r"\A[0-9]{2,3}\Z"),
    (model.Organisation, "business_id"): st.from_regex(r"\A[0-9]{7}-[0-9]\Z"),
    (model.LegalReference, "statute_year"): st.integers(1734, 2999),
    (model.LegalReference, "section"): st.from_regex(r"\A[1-9][0-9]*( ?[a-z])?\Z"),
    (model.LegalReference, "chapter"): st.from_regex(r"\A[1-9][0-9]*( ?[a-z])?\Z"),
    (model.Negotiation, "council_term"): st.from_regex(r"\A[0-9]{4}-[0-9]{4}\Z"),
    (model.RecordMetadata, "function_code"): st.from_regex(r"\A[0-9]{2}( [0-9]{2})*\Z"),
    (model.Attachment, "file_name"): st.from_regex(r"\A[A-Za-z0-9][A-Za-z0-9_.-]{0,127}\Z"),
    (model.Attachment, "media_type"): st.from_regex(
        r"\A[a-z0-9][a-z0-9!#$&^_.+-]*/[a-z0-9][a-z0-9!#$&^_.+-]*\Z"
    ),
    (model.Attachment, "sha256"): st.from_regex(r"\A[0-9a-f]{64}\Z"),
    (model.Agreement, "replaces"): st.none() | _agreement_references,
    (model.Approval, "section"): _paragraph_marks,
    (model.Decision, "section"): _paragraph_marks,
    (model.Negotiation, "partial_date"): st.from_regex(r"\A[0-9]{4}(-(0[1-9]|1[0-2]))?\Z"),
    (model.Registration, "function_code"): st.from_regex(r"\A[0-9]{2}( [0-9]{2})*\Z"),
    (model.DecisionItem, "section_number"): st.from_regex(r"\A[0-9]+[a-z]?\Z"),
    (model.RecordMetadata, "languages"): st.lists(st.from_regex(r"\A[a-z]{2,3}\Z"), max_size=4).map(
        tuple
    ),
}

#: String fields that hold an identifier (or identifiers).
_ID_FIELDS = frozenset(
    {
        "id",
        "speaker",
        "organisation",
        "point",
        "proposer",
        "parties",
        "responsible",
        "author_organisation",
        "decided_by",
        "parent",
        "outcome",
        "convener",
        "municipality_group",
        "municipalities",
    }
)


def _tuples(t: Any, owner: type, name: str) -> st.SearchStrategy[tuple[Any, ...]]:
    (element,) = [a for a in typing.get_args(t) if a is not Ellipsis]
    if isinstance(element, type) and issubclass(element, Enum):
        # Every member at once, and repeats, besides the usual few.
        members = list(element)
        return st.lists(st.sampled_from(members), max_size=3).map(tuple) | st.just(
            (*members, members[0])
        )
    return st.lists(_for_type(element, owner, name), max_size=3).map(tuple)


def _for_type(t: Any, owner: type, name: str) -> st.SearchStrategy[Any]:
    special = _FIELD_STRATEGIES.get((owner, name))
    if special is not None:
        return special
    origin = typing.get_origin(t)
    args = typing.get_args(t)
    if origin in (typing.Union, types.UnionType):
        members = [a for a in args if a is not type(None)]
        if all(attrs.has(m) for m in members) and len(members) > 1:
            return st.one_of([_of_class(m) for m in members])
        (inner,) = members
        return st.none() | _for_type(inner, owner, name)
    if origin is tuple:
        return _tuples(t, owner, name)
    if t is str:
        if name in _ID_FIELDS:
            return identifiers
        if name in {"number", "section"}:
            return _section_numbers
        return texts
    if t is bool:
        return st.booleans()
    if t is int:
        return _positive
    if t is date:
        return st.dates()
    if t is time:
        return times
    if t is datetime:
        return datetimes
    if isinstance(t, type) and issubclass(t, Enum):
        return st.sampled_from(list(t))
    if t is model.LocalizedText:
        return localized_texts()
    if attrs.has(t):
        return _of_class(t)
    raise TypeError(f"no strategy for {t!r} ({owner.__name__}.{name})")


def _deferred_field(t: Any, owner: type, name: str) -> st.SearchStrategy[Any]:
    # Deferred: the model is recursive (sections hold sections).
    return st.deferred(lambda: _for_type(t, owner, name))


@cache
def _of_class(cls: type) -> st.SearchStrategy[Any]:
    if cls is model.LocalizedText:
        return localized_texts()
    hints = typing.get_type_hints(cls)
    required: dict[str, st.SearchStrategy[Any]] = {}
    optional: dict[str, st.SearchStrategy[Any]] = {}
    for field in attrs.fields(cls):
        strategy = _deferred_field(hints[field.name], cls, field.name)
        if cls is model.Section and field.name == "subsections":
            strategy = st.lists(st.deferred(lambda: _of_class(model.Section)), max_size=1).map(
                tuple
            )
        if field.default is attrs.NOTHING:
            required[field.name] = strategy
        else:
            optional[field.name] = strategy
    return st.fixed_dictionaries(required, optional=optional).map(lambda kw: cls(**kw))


def negotiations() -> st.SearchStrategy[model.Negotiation]:
    """Any structurally valid negotiation (not necessarily passing the rules)."""
    return typing.cast(st.SearchStrategy[model.Negotiation], _of_class(model.Negotiation))
