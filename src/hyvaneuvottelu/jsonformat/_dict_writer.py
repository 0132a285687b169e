"""The generator of the dict writers: one function per model class turning an
object into the JSON-ready data cattrs' unstructuring gives (the same keys, in
the same order, defaults left out, the same values).
"""

from __future__ import annotations

import typing
from datetime import date, datetime, time
from enum import Enum
from typing import Any

import attrs

from .._naming import wire_name
from ._converter import TAG_KEY, fast_converter
from ._generator import CodeGenerator, optional_of, tags_of
from ._wire import unstructure_time

__all__ = ["DictGenerator"]


class DictGenerator(CodeGenerator[str | None]):
    """Writes the writers of every class reachable from a root; the variant is the tag."""

    prefix = "write_"

    def __init__(self) -> None:
        super().__init__({"_time": unstructure_time})

    def function(self, target: Any, variant: str | None = None) -> str:
        """The name of the writer of ``target``, writing ``variant`` as its tag if given."""
        return super().function(target, variant)

    def class_code(self, name: str, cls: type, variant: str | None) -> str:
        return self.class_writer(name, cls, variant)

    def union_code(self, name: str, union: Any) -> str:
        return self.union_writer(name, union)

    def union_writer(self, name: str, union: Any) -> str:
        tags = tags_of(union)
        assert tags is not None
        table = self.constant("writers", {})
        self.tables.append((table, {cls: self.function(cls, tag) for cls, tag in tags.items()}))
        return (
            f"def {name}(obj):\n"
            f"    # A tagged union: each class writes its {TAG_KEY!r} first.\n"
            f"    return {table}[obj.__class__](obj)\n"
        )

    def class_writer(self, name: str, cls: type, tag: str | None) -> str:
        start = f"{{{TAG_KEY!r}: {tag!r}}}" if tag else "{}"
        lines = [f"def {name}(obj):", f"    # {cls.__module__}.{cls.__qualname__}"]
        lines.append(f"    d = {start}")
        hints = typing.get_type_hints(cls)
        fields = attrs.fields(cls)
        # The wire order: required fields first, then optional ones, each in the model's order.
        required = [f for f in fields if f.default is attrs.NOTHING]
        for field in [*required, *(f for f in fields if f.default is not attrs.NOTHING)]:
            hint = hints[field.name]
            wire = wire_name(field.name)
            default = field.default
            if default is attrs.NOTHING:
                value = self.value_code(hint, f"obj.{field.name}")
                lines.append(f"    d[{wire!r}] = {value}")
                continue
            inner = optional_of(hint)
            value = self.value_code(inner if default is None and inner else hint, "v")
            lines.append(f"    v = obj.{field.name}")
            # As cattrs does: a factory's default is compared fresh.
            test = "v is not None" if default is None else f"v != {self.default(field, 'obj')}"
            lines.append(f"    if {test}:")
            lines.append(f"        d[{wire!r}] = {value}")
        lines.append("    return d")
        return "\n".join(lines) + "\n"

    def value_code(self, hint: Any, var: str) -> str:
        """An expression for the JSON-ready form of ``var``, of type ``hint``."""
        if hint in (str, int, bool, float) or (isinstance(hint, type) and issubclass(hint, Enum)):
            return var
        if hint is date or hint is datetime:
            return f"{var}.isoformat()"
        if hint is time:
            return f"_time({var})"
        if (isinstance(hint, type) and attrs.has(hint)) or tags_of(hint) is not None:
            return f"{self.function(hint)}({var})"
        inner = optional_of(hint)
        if inner is not None:
            code = self.value_code(inner, var)
            return var if code == var else f"None if {var} is None else {code}"
        args = typing.get_args(hint)
        if typing.get_origin(hint) is tuple and len(args) == 2 and args[1] is Ellipsis:
            if args[0] in (str, int):
                # cattrs leaves such a tuple as it is: the encoders write it as an array.
                return var
            item = self.value_code(args[0], "i")
            return f"list({var})" if item == "i" else f"[{item} for i in {var}]"
        hook = self.constant("hook", fast_converter.get_unstructure_hook(hint))
        return f"{hook}({var})"
