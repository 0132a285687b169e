"""What the generated JSON readers and writers share: one function per target, written in turn.

A generator (:class:`CodeGenerator`) names the function of each class or
tagged union it meets and writes each one once, the readers'
(:mod:`._reader_code`) and the writers' (:mod:`._dict_writer`,
:mod:`._text_writer`) alike, into one module's source.
"""

from __future__ import annotations

import typing
from types import NoneType, UnionType
from typing import Any, Generic, TypeVar

from .._codegen import Constants
from ._converter import TAGGED_UNIONS

__all__ = ["CodeGenerator", "optional_of", "tags_of"]


#: The variant of a generated function: tagged or not (readers), the tag (writers).
V = TypeVar("V")


class CodeGenerator(Constants, Generic[V]):
    """What the generated readers and writers share: named constants, one function name per
    target and variant (a class, or a tagged union), written once each, in turn.

    A subclass writes the code of one class (:meth:`class_code`) and of one tagged union
    (:meth:`union_code`); ``prefix`` starts every function's name.
    """

    prefix = ""

    def __init__(self, namespace: dict[str, Any]) -> None:
        super().__init__(namespace)
        self.names: dict[tuple[Any, V], str] = {}
        self.pending: list[tuple[Any, V]] = []
        self.sources: dict[str, str] = {}
        #: Tables of tagged unions, filled with the functions once they are compiled.
        self.tables: list[tuple[str, dict[Any, str]]] = []

    def function(self, target: Any, variant: V) -> str:
        """The name of the function for ``target`` in ``variant``, written later."""
        key = (target, variant)
        name = self.names.get(key)
        if name is None:
            tags = tags_of(target)
            base = (
                "one_of_" + "_".join(cls.__name__ for cls in tags)
                if tags is not None
                else target.__name__
            )
            name = f"{self.prefix}{base}{'_tagged' if variant else ''}"
            self.names[key] = name
            self.pending.append(key)
        return name

    def run(self) -> None:
        while self.pending:
            target, variant = self.pending.pop()
            name = self.names[(target, variant)]
            if isinstance(target, type):
                self.sources[name] = self.class_code(name, target, variant)
            else:
                self.sources[name] = self.union_code(name, target)

    def class_code(self, name: str, cls: type, variant: V) -> str:
        raise NotImplementedError

    def union_code(self, name: str, union: Any) -> str:
        raise NotImplementedError


def optional_of(hint: Any) -> Any:
    """``X`` for ``X | None``; else None."""
    args = typing.get_args(hint)
    if typing.get_origin(hint) in (typing.Union, UnionType) and len(args) == 2 and NoneType in args:
        return args[0] if args[1] is NoneType else args[1]
    return None


def tags_of(hint: Any) -> dict[type, str] | None:
    """The tag of each member, for a union written with a ``type`` key; else None."""
    for union, tags in TAGGED_UNIONS:
        if hint == union:
            return tags
    return None
