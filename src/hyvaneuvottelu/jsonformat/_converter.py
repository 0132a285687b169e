"""The cattrs converters that map the model to JSON-ready data and back.

Two converters share one configuration: a fast one for documents that are
right, and a detailed one that is run only when the fast one fails, to list
every problem with its place.
"""

from __future__ import annotations

import types
import typing
from collections.abc import Callable
from datetime import date, datetime, time
from functools import cache
from typing import Any

import attrs
import cattrs
from cattrs.errors import ClassValidationError, IterableValidationError, IterableValidationNote
from cattrs.fns import identity
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn, override

from .._naming import wire_name
from ..errors import InvalidValueError
from ..model import (
    CODE_LISTS,
    CONTENT_TAGS,
    LANGUAGES,
    OUTCOME_TAGS,
    Content,
    LocalizedText,
    Outcome,
)
from ._budget import StoppedError, current
from ._wire import (
    WireError,
    describe,
    structure_bool,
    structure_date,
    structure_datetime,
    structure_enum,
    structure_int,
    structure_str,
    structure_time,
    unstructure_time,
)

__all__ = ["TAGGED_UNIONS", "TAG_KEY", "detailed_converter", "fast_converter", "wire_fields"]

TAG_KEY = "type"
#: Unions written as an object with a ``type`` key, and each member's tag.
TAGGED_UNIONS: tuple[tuple[Any, dict[type, str]], ...] = (
    (Content, CONTENT_TAGS),
    (Outcome, OUTCOME_TAGS),
)


@cache
def wire_fields(cls: type) -> dict[str, str]:
    """Python attribute name -> wire name, for an attrs class."""
    return {a.name: wire_name(a.name) for a in attrs.fields(cls)}


def _is_tuple(t: Any) -> bool:
    return typing.get_origin(t) is tuple


def _tuple_hook(conv: cattrs.Converter, detailed: bool) -> Callable[[Any], Any]:
    def factory(t: Any) -> Any:
        (element_type, _ellipsis) = typing.get_args(t)
        element = None

        def hook_fast(value: Any, _: Any = None) -> tuple[Any, ...]:
            nonlocal element
            if element is None:
                element = conv.get_structure_hook(element_type)
            if type(value) is not list:
                raise WireError("an array", describe(value))
            return tuple([element(item, element_type) for item in value])

        def hook_detailed(value: Any, _: Any = None) -> tuple[Any, ...]:
            nonlocal element
            if element is None:
                element = conv.get_structure_hook(element_type)
            if type(value) is not list:
                raise WireError("an array", describe(value))
            budget = current()
            result = []
            errors: list[Exception] = []
            for index, item in enumerate(value):
                if budget is not None and budget.spent:
                    # Enough problems: stop here, whatever the rest of the array holds.
                    budget.stopped = True
                    break
                failed = budget.failed if budget is not None else 0
                try:
                    result.append(element(item, element_type))
                except Exception as exc:  # noqa: BLE001 - collected, located, reported
                    # An item counts once, however deep its problems: an item
                    # whose own arrays counted them is not counted again.
                    if budget is not None and budget.failed == failed:
                        budget.failed += 1
                    exc.__notes__ = [
                        *getattr(exc, "__notes__", []),
                        IterableValidationNote(f"item {index}", index, element_type),
                    ]
                    errors.append(exc)
            if errors:
                raise IterableValidationError("While structuring an array", errors, t)
            if len(result) < len(value):
                raise StoppedError
            return tuple(result)

        return hook_detailed if detailed else hook_fast

    return factory


def _is_optional(t: Any) -> bool:
    args = typing.get_args(t)
    return (
        typing.get_origin(t) in (typing.Union, types.UnionType)
        and len(args) == 2
        and type(None) in args
    )


def _optional_hook(conv: cattrs.Converter) -> Callable[[Any], Any]:
    # cattrs' generic optional handler dispatches on every call; this one
    # looks the inner hook up once.
    def factory(t: Any) -> Any:
        (inner_type,) = [a for a in typing.get_args(t) if a is not type(None)]
        inner = conv.get_structure_hook(inner_type)

        def structure(value: Any, _: Any = None) -> Any:
            if value is None:
                return None
            return inner(value, inner_type)

        return structure

    return factory


def _structure_fn(
    cls: type, conv: cattrs.Converter, *, forbid_extra_keys: bool
) -> Callable[[Any, Any], Any]:
    renames: dict[str, Any] = {name: override(rename=w) for name, w in wire_fields(cls).items()}
    return make_dict_structure_fn(cls, conv, _cattrs_forbid_extra_keys=forbid_extra_keys, **renames)


def _object_hook(conv: cattrs.Converter, detailed: bool) -> Callable[[Any], Any]:
    def factory(cls: type) -> Any:
        inner = _structure_fn(cls, conv, forbid_extra_keys=True)
        if not detailed:
            return inner

        def checked(value: Any, _: Any = None) -> Any:
            if type(value) is not dict:
                raise WireError("an object", describe(value))
            try:
                return inner(value, cls)
            except ClassValidationError as exc:
                budget = current()
                if budget is not None and budget.spent:
                    raise
                raise _every_invalid_field(exc, cls, value, conv) from None

        return checked

    return factory


def _every_invalid_field(
    exc: ClassValidationError, cls: type, value: dict[str, Any], conv: cattrs.Converter
) -> ClassValidationError:
    """``exc``, with every field that breaks its validator, not only the first.

    attrs runs the validators in ``__init__`` and stops at the first failure;
    this runs each remaining one on its own, so a reader lists them all.
    """
    constructing = [e for e in exc.exceptions if isinstance(e, InvalidValueError)]
    if not constructing:
        return exc
    hints = _type_hints(cls)
    found: dict[str, InvalidValueError] = {e.field: e for e in constructing}
    for field in attrs.fields(cls):
        wire = wire_name(field.name)
        if field.validator is None or wire in found or wire not in value:
            continue
        try:
            structured = conv.structure(value[wire], hints[field.name])
            field.validator(None, field, structured)
        except InvalidValueError as invalid:
            found[invalid.field] = invalid
        except Exception:  # noqa: BLE001, S112 - reported where the field itself is structured
            continue
    others = [e for e in exc.exceptions if not isinstance(e, InvalidValueError)]
    ordered = sorted(found.values(), key=_field_order(cls))
    return ClassValidationError(exc.message, [*others, *ordered], cls)


@cache
def _type_hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _field_order(cls: type) -> Callable[[InvalidValueError], int]:
    order = {wire_name(a.name): i for i, a in enumerate(attrs.fields(cls))}
    return lambda error: order.get(error.field, -1)


def _tagged_union_hook(
    conv: cattrs.Converter, tags: dict[type, str], detailed: bool
) -> Callable[[Any, Any], Any]:
    by_tag = {tag: cls for cls, tag in tags.items()}
    names = ", ".join(f'"{tag}"' for tag in by_tag)
    hooks: dict[str, Any] = {}

    def find(value: Any) -> tuple[type, str]:
        if type(value) is not dict:
            raise WireError("an object", describe(value))
        tag = value.get(TAG_KEY)
        cls = by_tag.get(tag) if type(tag) is str else None
        if cls is None or type(tag) is not str:
            found = "nothing" if tag is None else describe(tag)
            raise WireError(f"one of {names}", found, at=(TAG_KEY,))
        return cls, tag

    def structure_detailed(value: Any, _: Any = None) -> Any:
        cls, tag = find(value)
        hook = hooks.get(tag)
        if hook is None:
            hook = hooks[tag] = conv.get_structure_hook(cls)
        rest = dict(value)
        del rest[TAG_KEY]
        return hook(rest, cls)

    # The fast path reads the tagged object in place: each member's hook
    # tolerates keys, and the keys are checked here, the tag among them.
    allowed: dict[str, frozenset[str]] = {}

    def structure_fast(value: Any, _: Any = None) -> Any:
        tag = value[TAG_KEY]
        cls = by_tag[tag]
        hook = hooks.get(tag)
        if hook is None:
            hook = hooks[tag] = _structure_fn(cls, conv, forbid_extra_keys=False)
            allowed[tag] = frozenset((TAG_KEY, *wire_fields(cls).values()))
        if not value.keys() <= allowed[tag]:
            raise WireError("known fields", "unknown fields")
        return hook(value, cls)

    return structure_detailed if detailed else structure_fast


_TEXT_KEYS = frozenset(LANGUAGES)


def _structure_text_fast(value: Any, _: Any = None) -> LocalizedText:
    # LocalizedText is the most frequent object of a memo: one call, not seven.
    if type(value) is dict and value.keys() <= _TEXT_KEYS:
        fi, sv, en = value.get("fi"), value.get("sv"), value.get("en")
        if (
            (fi is None or type(fi) is str)
            and (sv is None or type(sv) is str)
            and (en is None or type(en) is str)
        ):
            return LocalizedText(fi=fi, sv=sv, en=en)
    raise WireError("an object of texts in fi, sv, en", describe(value))


def _structure_optional_str(value: Any, _: Any = None) -> str | None:
    if value is None or type(value) is str:
        return value
    raise WireError("a string", describe(value))


def _unstructure_tagged(conv: cattrs.Converter, tags: dict[type, str]) -> Callable[[Any], Any]:
    hooks: dict[type, Any] = {}

    def unstructure(value: Any) -> dict[str, Any]:
        cls = value.__class__
        hook = hooks.get(cls)
        if hook is None:
            hook = hooks[cls] = conv.get_unstructure_hook(cls)
        return {TAG_KEY: tags[cls], **hook(value)}

    return unstructure


def _unstructure_optional(conv: cattrs.Converter) -> Callable[[Any], Any]:
    # cattrs' generic optional handler dispatches on every call. Text, numbers
    # and flags are written as they are (cattrs then inlines them); others
    # look their hook up once.
    def factory(t: Any) -> Any:
        (inner_type,) = [a for a in typing.get_args(t) if a is not type(None)]
        if inner_type in (str, int, bool):
            return identity
        inner = conv.get_unstructure_hook(inner_type)

        def unstructure(value: Any) -> Any:
            return None if value is None else inner(value)

        return unstructure

    return factory


def _unstructure_tuple(conv: cattrs.Converter) -> Callable[[Any], Any]:
    # A list comprehension, not cattrs' generator into a tuple: tuples are
    # the hot loops of a memo (sections, content, points, outcomes).
    def factory(t: Any) -> Any:
        (element_type, _ellipsis) = typing.get_args(t)
        if element_type in (str, int):
            return identity
        element = conv.get_unstructure_hook(element_type)

        def unstructure(value: tuple[Any, ...]) -> list[Any]:
            return [element(item) for item in value]

        return unstructure

    return factory


def _unstructure_object(conv: cattrs.Converter) -> Callable[[Any], Any]:
    def factory(cls: type) -> Any:
        renames = {name: override(rename=wire) for name, wire in wire_fields(cls).items()}
        return make_dict_unstructure_fn(cls, conv, _cattrs_omit_if_default=True, **renames)  # type: ignore[arg-type]

    return factory


def _equals(union: Any) -> Callable[[Any], bool]:
    def predicate(t: Any) -> bool:
        return bool(t == union)

    return predicate


def _make(detailed: bool) -> cattrs.Converter:
    conv = cattrs.Converter(
        omit_if_default=True, forbid_extra_keys=True, detailed_validation=detailed
    )
    conv.register_structure_hook(str, structure_str)
    conv.register_structure_hook(int, structure_int)
    conv.register_structure_hook(bool, structure_bool)
    # Each enum by its own class: a StrEnum is also a str, and the most
    # specific class wins.
    for enum in CODE_LISTS:
        conv.register_structure_hook(enum, structure_enum(enum))
    conv.register_structure_hook(date, structure_date)
    conv.register_structure_hook(datetime, structure_datetime)
    conv.register_structure_hook(time, structure_time)
    conv.register_unstructure_hook(date, date.isoformat)
    conv.register_unstructure_hook(datetime, datetime.isoformat)
    conv.register_unstructure_hook(time, unstructure_time)
    conv.register_structure_hook_factory(_is_tuple, _tuple_hook(conv, detailed))
    conv.register_structure_hook_factory(_is_optional, _optional_hook(conv))
    for union, tags in TAGGED_UNIONS:
        conv.register_structure_hook_func(_equals(union), _tagged_union_hook(conv, tags, detailed))
        conv.register_unstructure_hook_func(_equals(union), _unstructure_tagged(conv, tags))
    conv.register_structure_hook_factory(attrs.has, _object_hook(conv, detailed))
    if not detailed:
        # Registered last, so they take precedence over the generic factories.
        conv.register_structure_hook_func(_equals(str | None), _structure_optional_str)
        conv.register_structure_hook(LocalizedText, _structure_text_fast)
    conv.register_unstructure_hook_factory(attrs.has, _unstructure_object(conv))
    conv.register_unstructure_hook_factory(_is_optional, _unstructure_optional(conv))
    conv.register_unstructure_hook_factory(_is_tuple, _unstructure_tuple(conv))
    return conv


fast_converter = _make(detailed=False)
detailed_converter = _make(detailed=True)
