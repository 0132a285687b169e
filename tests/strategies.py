"""Hypothesis strategies for the whole model, shared by every test module.

Built by walking the attrs classes, so a new field is covered without edits;
fields with a pattern get a strategy that respects it.
"""

from __future__ import annotations

import types
import typing
from datetime import UTC, date, datetime, time, timedelta, timezone
from enum import Enum
from functools import cache
from typing import Any

import attrs
from hypothesis import strategies as st

from hyvaneuvottelu import model

__all__ = ["identifiers", "localized_texts", "negotiations", "texts"]

#: Printable text XML 1.0 can carry, NFC-stable enough for round trips.
texts = st.text(
    alphabet=st.characters(
        codec="utf-8",
        categories=("L", "N", "P", "S", "Zs"),
        exclude_characters="\ufffe\uffff",
    ),
    min_size=1,
    max_size=30,
)
identifiers = st.from_regex(r"\A[A-Za-z_][A-Za-z0-9_.-]{0,8}\Z")
_section_numbers = st.from_regex(r"\A[1-9][0-9]?(\.[1-9])?\Z")
_dates = st.dates(min_value=date(2021, 1, 1), max_value=date(2031, 12, 31))
_times = st.times().map(lambda t: t.replace(microsecond=0))
_offsets = st.sampled_from([UTC, timezone(timedelta(hours=2)), timezone(timedelta(hours=3))])
_datetimes = st.builds(datetime.combine, _dates, _times, _offsets)


@st.composite
def localized_texts(draw: st.DrawFn) -> model.LocalizedText:
    values = draw(
        st.fixed_dictionaries({}, optional={"fi": texts, "sv": texts, "en": texts}).filter(bool)
    )
    return model.LocalizedText(**values)


_FIELD_STRATEGIES: dict[tuple[type, str], st.SearchStrategy[Any]] = {
    (model.Organisation, "statistics_code"): st.from_regex(r"\A[0-9]{2,3}\Z"),
    (model.Organisation, "business_id"): st.from_regex(r"\A[0-9]{7}-[0-9]\Z"),
    (model.LegalReference, "statute_number"): st.integers(1, 2000),
    (model.LegalReference, "statute_year"): st.integers(1734, 2999),
    (model.LegalReference, "section"): st.from_regex(r"\A[1-9][0-9]?( [a-z])?\Z"),
    (model.LegalReference, "chapter"): st.from_regex(r"\A[1-9][0-9]?\Z"),
    (model.LegalReference, "subsection"): st.integers(1, 9),
    (model.Negotiation, "council_term"): st.sampled_from(["2021-2025", "2022-2025", "2025-2029"]),
    (model.RecordMetadata, "function_code"): st.from_regex(r"\A[0-9]{2}( [0-9]{2}){0,2}\Z"),
    (model.RecordMetadata, "languages"): st.lists(
        st.sampled_from(["fi", "sv", "en", "se"]), max_size=2, unique=True
    ).map(tuple),
    (model.Publicity, "period_years"): st.integers(1, 100),
    (model.Retention, "period_years"): st.integers(1, 120),
}


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
        return st.lists(_for_type(args[0], owner, name), max_size=3).map(tuple)
    if t is str:
        if name in {
            "id",
            "speaker",
            "organisation",
            "point",
            "proposer",
            "parties",
            "responsible",
            "author_organisation",
        }:
            return identifiers
        if name in {"number", "section"}:
            return _section_numbers
        return texts
    if t is bool:
        return st.booleans()
    if t is int:
        return st.integers(1, 10_000)
    if t is date:
        return _dates
    if t is time:
        return _times
    if t is datetime:
        return _datetimes
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
