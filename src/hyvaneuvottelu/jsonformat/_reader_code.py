"""The generated JSON readers' source: one function per model class, from its fields.

Each reader checks a value inline (types, patterns, ranges, codes, unknown
keys) and builds the frozen object directly, without ``__init__`` (as a twin
whose fields plain stores set, then given its own class); on the
first thing wrong it raises. A type, validator or converter it cannot write
inline is read by the fast cattrs converter. :mod:`._generated` compiles the
source and holds the readers.
"""

from __future__ import annotations

import typing
from datetime import date, datetime, time
from enum import Enum
from typing import Any

import attrs

from .._codegen import twin
from .._naming import wire_name
from ..model._checks import Each, IntRange, Matches, Optional
from ._converter import TAG_KEY, fast_converter
from ._generator import CodeGenerator, optional_of, tags_of
from ._wire import structure_date, structure_datetime, structure_int, structure_time

__all__ = ["ReaderGenerator", "ReaderRefusedError"]


class ReaderRefusedError(Exception):
    """A generated reader met something it does not accept: the detailed path locates it."""


_MISSING = object()
_SCALARS: dict[Any, str] = {
    int: "_int",
    date: "_date",
    datetime: "_datetime",
    time: "_time",
}


class ReaderGenerator(CodeGenerator[bool]):
    """Writes the readers of every class reachable from a root, as one module's source."""

    prefix = "read_"

    def __init__(self) -> None:
        super().__init__(
            {
                "_MISSING": _MISSING,
                "_Refused": ReaderRefusedError,
                "_int": structure_int,
                "_date": structure_date,
                "_datetime": structure_datetime,
                "_time": structure_time,
            }
        )

    def function(self, target: Any, variant: bool = False) -> str:
        """The name of the reader of ``target`` (a class or a tagged union), tagged or not."""
        return super().function(target, variant)

    def class_code(self, name: str, cls: type, variant: bool) -> str:
        return self.class_reader(name, cls, variant)

    def union_code(self, name: str, union: Any) -> str:
        return self.union_reader(name, union)

    def union_reader(self, name: str, union: Any) -> str:
        tags = tags_of(union)
        assert tags is not None
        by_tag = {tag: self.function(cls, True) for cls, tag in tags.items()}
        table = self.constant("tags", {})
        self.tables.append((table, by_tag))
        return (
            f"def {name}(value):\n"
            f"    # A tagged union: the {TAG_KEY!r} key names the class.\n"
            f"    return {table}[value[{TAG_KEY!r}]](value)\n"
        )

    def class_reader(self, name: str, cls: type, tagged: bool) -> str:
        if any(_inner_converter(f) is _UNKNOWN for f in attrs.fields(cls)):
            # A converter the generator cannot call alone: cattrs builds it through __init__.
            hook = self.constant("hook", fast_converter.get_structure_hook(cls))
            rest = f"{{k: x for k, x in value.items() if k != {TAG_KEY!r}}}" if tagged else "value"
            return (
                f"def {name}(value):\n"
                f"    # {cls.__module__}.{cls.__qualname__}, built by cattrs\n"
                f"    return {hook}({rest}, {self.constant('cls', cls)})\n"
            )
        keys = frozenset(
            (*(wire_name(a.name) for a in attrs.fields(cls)), *((TAG_KEY,) if tagged else ()))
        )
        fields = attrs.fields(cls)
        # The keys read, counted as they are met: one for each required field and the
        # tag (a missing one raises), one for each optional field present.
        required = sum(field.default is attrs.NOTHING for field in fields) + tagged
        lines = [
            f"def {name}(value):",
            f"    # {cls.__module__}.{cls.__qualname__}",
            "    if type(value) is not dict:",
            "        raise _Refused",
            f"    seen = {required}",
            # A twin whose fields plain stores set; it becomes a cls once all are set.
            f"    obj = {self.constant('twin', twin(cls))}()",
        ]
        hints = typing.get_type_hints(cls)
        for field in fields:
            lines.extend(self.field_lines(cls, field, hints[field.name]))
        lines += [
            "    # Unknown keys: as many keys as were read means none; else (an optional",
            "    # field given as null, or an unknown key) the keys themselves say.",
            f"    if len(value) != seen and not value.keys() <= {self.constant('keys', keys)}:",
            "        raise _Refused",
            f"    obj.__class__ = {self.constant('cls', cls)}",
        ]
        if hasattr(cls, "__attrs_post_init__"):
            lines.append("    obj.__attrs_post_init__()")
        lines.append("    return obj")
        return "\n".join(lines) + "\n"

    def field_lines(self, cls: type, field: attrs.Attribute[Any], hint: Any) -> list[str]:
        wire = wire_name(field.name)
        lines = [f"    # {field.name}: {_shown_hint(hint)}"]
        inner = optional_of(hint)
        if inner is not None and field.default is None and _inner_converter(field) is None:
            # Absent or null: None, in one test.
            validator = field.validator
            if isinstance(validator, Optional):
                validator = validator.inner
            body = self.value_lines(inner, "v")
            if body is not None and (validator is None or isinstance(validator, Matches)):
                body += self.validator_lines(field, validator, "v")
                lines.append(f"    v = value.get({wire!r})")
                lines.append("    if v is not None:")
                lines.append("        seen += 1")
                lines.extend("        " + line for line in body)
                lines.append(f"    {_store(field.name)}")
                return lines
        body = self.value_lines(hint, "v")
        if body is None:
            # A type the generator does not know: the fast cattrs hook reads it.
            hook = self.constant("hook", fast_converter.get_structure_hook(hint))
            body = [f"v = {hook}(v, {self.constant('type', hint)})"]
        # As in attrs' __init__: the converter first, then the validator on its result.
        converter = _inner_converter(field)
        if converter is not None:
            body.append(f"v = {self.constant('convert', converter)}(v)")
        body += self.validator_lines(field, field.validator, "v")
        default = field.default
        if default is attrs.NOTHING:
            lines.append(f"    v = value[{wire!r}]")
            lines.extend("    " + line for line in body)
            lines.append(f"    {_store(field.name)}")
            return lines
        lines.append(f"    v = value.get({wire!r}, _MISSING)")
        lines.append("    if v is _MISSING:")
        lines.append(f"        v = {self.default(field, 'obj')}")
        lines.append("    else:")
        lines.append("        seen += 1")
        lines.extend("        " + line for line in body)
        lines.append(f"    {_store(field.name)}")
        return lines

    def value_lines(self, hint: Any, var: str) -> list[str] | None:
        """Lines that check ``var`` against ``hint`` and rebind it to the value to store."""
        if hint is str:
            return [f"if type({var}) is not str:", "    raise _Refused"]
        if hint is bool:
            return [f"if type({var}) is not bool:", "    raise _Refused"]
        if hint in _SCALARS:
            return [f"{var} = {_SCALARS[hint]}({var})"]
        if isinstance(hint, type) and issubclass(hint, Enum):
            codes = self.constant("codes", dict(hint._value2member_map_))
            # A code that is not one (or not a string) is not a key: KeyError, TypeError.
            return [f"{var} = {codes}[{var}]"]
        if isinstance(hint, type) and attrs.has(hint):
            return [f"{var} = {self.function(hint)}({var})"]
        if tags_of(hint) is not None:
            return [f"{var} = {self.function(hint)}({var})"]
        inner = optional_of(hint)
        if inner is not None:
            inner_lines = self.value_lines(inner, var)
            if inner_lines is None:
                return None
            return [f"if {var} is not None:", *("    " + line for line in inner_lines)]
        args = typing.get_args(hint)
        if typing.get_origin(hint) is tuple and len(args) == 2 and args[1] is Ellipsis:
            return self.tuple_lines(args[0], var)
        return None

    def tuple_lines(self, item: Any, var: str) -> list[str] | None:
        head = [f"if type({var}) is not list:", "    raise _Refused"]
        if item is str:
            return [
                *head,
                f"for i in {var}:",
                "    if type(i) is not str:",
                "        raise _Refused",
                f"{var} = tuple({var})",
            ]
        if isinstance(item, type) and issubclass(item, Enum):
            codes = self.constant("codes", dict(item._value2member_map_))
            return [*head, f"{var} = tuple([{codes}[i] for i in {var}])"]
        if (isinstance(item, type) and attrs.has(item)) or tags_of(item) is not None:
            return [*head, f"{var} = tuple([{self.function(item)}(i) for i in {var}])"]
        inner = self.value_lines(item, "i")
        if inner is None:
            return None
        return [
            *head,
            "items = []",
            f"for i in {var}:",
            *("    " + line for line in inner),
            "    items.append(i)",
            f"{var} = tuple(items)",
        ]

    def validator_lines(self, field: attrs.Attribute[Any], validator: Any, var: str) -> list[str]:
        if validator is None:
            return []
        if isinstance(validator, Matches):
            matched, mismatch = self.remembered(validator)
            return [
                "# A pattern: a text matched before (identifiers repeat) is not matched again.",
                f"if {var} not in {matched} and {mismatch}({var}):",
                "    raise _Refused",
            ]
        if isinstance(validator, IntRange):
            test = f"{var} < {validator.minimum}"
            if validator.maximum is not None:
                test += f" or {var} > {validator.maximum}"
            return [f"if {test}:", "    raise _Refused"]
        if isinstance(validator, Optional):
            inner = self.validator_lines(field, validator.inner, var)
            return [f"if {var} is not None:", *("    " + line for line in inner)] if inner else []
        if isinstance(validator, Each):
            inner = self.validator_lines(field, validator.inner, "i")
            return [f"for i in {var}:", *("    " + line for line in inner)] if inner else []
        # Any other validator is called as attrs would call it; it raises when it refuses.
        check = self.constant("validator", validator)
        return [f"{check}(None, {self.constant('field', field)}, {var})"]


_UNKNOWN = object()


def _store(name: str) -> str:
    """The statement that stores ``v`` in the field ``name`` of ``obj``, the twin of a
    frozen class (:func:`.._codegen.twin`): a plain store, which the interpreter
    specializes to a slot write.
    """
    return f"obj.{name} = v"


def _inner_converter(field: attrs.Attribute[Any]) -> Any:
    """The field's own converter under the model's type guard: None, a function, or _UNKNOWN."""
    converter = field.converter
    inner = getattr(getattr(converter, "converter", None), "inner", _UNKNOWN)
    if converter is None:
        return None
    if inner is None or (callable(inner) and not isinstance(inner, attrs.Converter)):
        return inner
    return _UNKNOWN


def _shown_hint(hint: Any) -> str:
    text = getattr(hint, "__name__", None) if isinstance(hint, type) else None
    return text or str(hint).replace("hyvaneuvottelu.model._", "").replace("typing.", "")
