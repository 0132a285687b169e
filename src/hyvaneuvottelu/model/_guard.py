"""The model's constructors check what the annotations say.

:func:`protect` is the attrs field transformer of every model class
(``@attrs.frozen(kw_only=True, field_transformer=_checks.protect)``). It gives
each field a converter that refuses a value of the wrong type, naming the
class and the field, and turns a sequence given for a tuple into a tuple (a
list inside a frozen object would break ``hash()`` and equality after a
round trip). It is derived from the field's type, so a class declared like
the others is protected without more code.

The annotations are strings until the whole model is defined (sections hold
sections), so each field's check is built on its first use.
"""

from __future__ import annotations

import inspect
import typing
from collections.abc import Callable, Sequence
from datetime import date, datetime, time
from enum import Enum
from types import NoneType, UnionType
from typing import Any

import attrs

from .._naming import wire_name
from ..errors import InvalidValueError

__all__ = ["assemble", "describe_value", "protect"]

#: A check returns the value to store (a tuple for a sequence) or raises _Wrong.
Check = Callable[[Any], Any]


class _WrongError(Exception):
    """A value is not of the expected type; ``index`` is the item of a sequence."""

    def __init__(
        self, expected: str, value: Any, index: int | None = None, *, sequence: bool = False
    ) -> None:
        super().__init__(expected)
        self.expected = expected
        self.value = value
        self.index = index
        #: Raised for a sequence or its items, which the field's validator does not judge.
        self.sequence = sequence


def protect(cls: type, fields: list[attrs.Attribute[Any]]) -> list[attrs.Attribute[Any]]:
    """attrs field transformer: each field checks the type of its value, sequences become tuples."""
    protected = []
    for field in fields:
        inner = field.converter
        # attrs' stubs do not show a Converter's callable.
        guarded = getattr(inner, "converter", None)
        if isinstance(guarded, _Guard):
            # Inherited from a protected base: guard again, naming this class.
            inner = guarded.inner
        guard = _Guard(cls.__name__, field.name, inner, field.type)
        converter = attrs.Converter(guard, takes_self=True, takes_field=True)
        protected.append(field.evolve(converter=converter))
    return protected


class _Guard:
    """The converter of one field: check the type, make tuples, then the field's own converter."""

    __slots__ = ("__signature__", "check", "inner", "name", "owner")

    def __init__(self, owner: str, name: str, inner: Any, annotation: Any) -> None:
        self.owner = owner
        self.name = name
        self.inner = inner
        self.check: Check | None = None
        # attrs annotates __init__ with the converter's first parameter: keep the field's type.
        self.__signature__ = inspect.Signature(
            [
                inspect.Parameter(
                    "value", inspect.Parameter.POSITIONAL_ONLY, annotation=annotation
                ),
                inspect.Parameter("instance", inspect.Parameter.POSITIONAL_ONLY),
                inspect.Parameter("field", inspect.Parameter.POSITIONAL_ONLY),
            ]
        )

    def __call__(self, value: Any, instance: Any, field: attrs.Attribute[Any]) -> Any:
        check = self.check
        if check is None:
            hint = typing.get_type_hints(type(instance))[self.name]
            check = self.check = _check_of(hint)
        try:
            value = check(value)
        except _WrongError as wrong:
            if field.validator is not None and not wrong.sequence:
                # A validator that knows the field's values (a date, not a
                # date-time) says it better; one that fails otherwise does not.
                try:
                    field.validator(instance, field, value)
                except InvalidValueError:
                    raise
                except Exception:  # noqa: BLE001, S110 - the guard's own message follows
                    pass
            found = describe_value(wrong.value)
            if wrong.index is not None:
                found += f" at index {wrong.index}"
            raise InvalidValueError(
                wire_name(self.name), wrong.expected, found, owner=self.owner
            ) from None
        inner = self.inner
        if inner is None:
            return value
        if isinstance(inner, attrs.Converter):
            # attrs makes a Converter's __call__ in __init__, unseen by its stubs.
            call: Any = inner
            return call(value, instance, field)
        return inner(value)


def _check_of(hint: Any) -> Check:
    """The check of a value of type ``hint``."""
    origin = typing.get_origin(hint)
    if origin is tuple:
        return _tuple_check(hint)
    if origin in (typing.Union, UnionType):
        return _union_check(typing.get_args(hint))
    if isinstance(hint, type):
        return _instance_check((hint,))
    # A type the guard does not know (Any, a literal): the field's validator decides.
    return _accept


def _accept(value: Any) -> Any:
    return value


def _tuple_check(hint: Any) -> Check:
    args = typing.get_args(hint)
    if len(args) != 2 or args[1] is not Ellipsis:
        return _accept
    item_check = _check_of(args[0])
    item_expected = expected_of(args[0])
    expected = f"a tuple (or list) of {_plural(item_expected)}"

    def check(value: Any) -> tuple[Any, ...]:
        if type(value) is not tuple:
            if isinstance(value, str | bytes | bytearray) or not isinstance(value, Sequence):
                raise _WrongError(expected, value, sequence=True)
            value = tuple(value)
        items = []
        for index, item in enumerate(value):
            try:
                items.append(item_check(item))
            except _WrongError:
                raise _WrongError(item_expected, item, index, sequence=True) from None
        return tuple(items)

    return check


def _union_check(members: tuple[Any, ...]) -> Check:
    optional = NoneType in members
    others = tuple(m for m in members if m is not NoneType)
    if not all(isinstance(m, type) and typing.get_origin(m) is None for m in others):
        checks = [_check_of(m) for m in others]
        expected = _either([expected_of(m) for m in others], optional)

        def check_any(value: Any) -> Any:
            if value is None and optional:
                return None
            for check in checks:
                try:
                    return check(value)
                except _WrongError:
                    continue
            raise _WrongError(expected, value)

        return check_any
    inner = _instance_check(others, optional)
    if not optional:
        return inner

    def check_optional(value: Any) -> Any:
        return None if value is None else inner(value)

    return check_optional


def _instance_check(types: tuple[type, ...], optional: bool = False) -> Check:
    expected = _either([expected_of(t) for t in types], optional)
    # bool is an int to isinstance, but not to JSON or XML.
    refuse_bool = bool not in types

    def check(value: Any) -> Any:
        if not isinstance(value, types) or (refuse_bool and value.__class__ is bool):
            raise _WrongError(expected, value)
        return value

    return check


_NAMES: dict[type, str] = {
    str: "a string",
    int: "an integer",
    bool: "True or False",
    float: "a number",
    date: "a date",
    datetime: "a date-time",
    time: "a time of day",
}


def expected_of(hint: Any) -> str:
    """How a message names a value of type ``hint``."""
    if hint in _NAMES:
        return _NAMES[hint]
    origin = typing.get_origin(hint)
    if origin in (typing.Union, UnionType):
        members = typing.get_args(hint)
        return _either([expected_of(m) for m in members if m is not NoneType], NoneType in members)
    if origin is tuple:
        return f"a tuple (or list) of {_plural(expected_of(typing.get_args(hint)[0]))}"
    if isinstance(hint, type) and issubclass(hint, Enum):
        return f"{_article(hint.__name__)} member"
    return _article(getattr(hint, "__name__", str(hint)))


def _article(noun: str) -> str:
    return f"an {noun}" if noun[:1].lower() in "aeiou" else f"a {noun}"


def _either(names: list[str], optional: bool) -> str:
    if optional:
        names = [*names, "None"]
    if len(names) <= 2:
        return " or ".join(names)
    return ", ".join(names[:-1]) + " or " + names[-1]


def _plural(expected: str) -> str:
    """``"a Point"`` -> ``"Point objects"``, for the items of a tuple."""
    if " or " in expected or not expected.startswith(("a ", "an ")):
        return f"items each {expected}"
    noun = expected.split(" ", 1)[1]
    if noun.endswith(" member"):
        return noun + "s"
    if noun == "time of day":
        return "times of day"
    if noun[:1].islower():
        return noun + "s"
    return f"{noun} objects"


def describe_value(value: Any) -> str:
    """How a message shows a value given to a constructor: its type, and short values."""
    if value is None or value is True or value is False:
        return repr(value)
    if isinstance(value, Enum):
        return f"{type(value).__name__}.{value.name}"
    if isinstance(value, str):
        text = value if len(value) <= 60 else value[:57] + "..."
        return 'the string "' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'
    if isinstance(value, int | float):
        # Python will not turn an integer of thousands of digits into text.
        big = isinstance(value, int) and value.bit_length() > 256
        return "a very large integer" if big else f"the number {value!r}"
    for kind, name in ((datetime, "a date-time"), (date, "a date"), (time, "a time of day")):
        if isinstance(value, kind):
            return f'{name} "{value.isoformat()}"'
    return _article(type(value).__name__)


_ABSENT = object()
_T = typing.TypeVar("_T")
_STEPS: dict[type, list[tuple[str, Any, Any]]] = {}
#: attrs types Factory as a function (it is one in its stubs), but it is a class.
_FACTORY: Any = attrs.Factory


def assemble(cls: type[_T], values: dict[str, Any]) -> _T:
    """An object of ``cls`` from values of the right types: ``__init__`` without the guard.

    For readers that build values of the declared types themselves: each
    field's own converter and validators still run (they raise
    :class:`InvalidValueError`, which the reader locates), and absent fields
    take their defaults; only the type checks, already made, are left out.
    """
    steps = _STEPS.get(cls)
    if steps is None:
        model: Any = cls
        steps = _STEPS[cls] = [
            (field.name, field.default, _own_converter(field)) for field in attrs.fields(model)
        ]
    obj = object.__new__(cls)
    for name, default, convert in steps:
        value = values.get(name, _ABSENT)
        if value is _ABSENT:
            if default is attrs.NOTHING:
                raise TypeError(f"{cls.__name__}: the field {name!r} is required")
            value = default
            if isinstance(value, _FACTORY):
                value = value.factory(obj) if value.takes_self else value.factory()
        elif convert is not None:
            value = convert(value)
        object.__setattr__(obj, name, value)
    attrs.validate(obj)  # type: ignore[arg-type]  # an attrs class, typed as any class here
    post_init = getattr(obj, "__attrs_post_init__", None)
    if post_init is not None:
        post_init()
    return obj


def _own_converter(field: attrs.Attribute[Any]) -> Any:
    """The converter the field declared, under the guard; None when it declared none."""
    guard = getattr(field.converter, "converter", None)
    inner = guard.inner if isinstance(guard, _Guard) else field.converter
    if inner is None or not isinstance(inner, attrs.Converter):
        return inner
    call: Any = inner
    return lambda value: call(value, None, field)
