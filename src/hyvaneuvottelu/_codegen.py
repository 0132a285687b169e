"""What every generator of source shares: named constants and the patterns' memories.

The generated JSON readers and writers (:mod:`.jsonformat._generated`) and the
generated XML tree reader (:mod:`.xmlformat._fast`) each write a module's
source whose constants live in one namespace, each under a name of its own.
"""

from __future__ import annotations

from functools import cache
from typing import Any

import attrs

from .model._checks import Matches, remembering

__all__ = ["Constants", "twin"]


class Constants:
    """A generated module's namespace: each constant named once, each pattern
    given one memory of the texts it has matched (:func:`.model._checks.remembering`)."""

    def __init__(self, namespace: dict[str, Any]) -> None:
        self.namespace = namespace
        self.count = 0
        #: The names of each pattern's remembered texts and test, by pattern.
        self.patterns: dict[str, tuple[str, str]] = {}

    def constant(self, prefix: str, value: Any) -> str:
        """The name under which the generated source finds ``value``."""
        self.count += 1
        name = f"_{prefix}{self.count}"
        self.namespace[name] = value
        return name

    def default(self, field: attrs.Attribute[Any], obj: str | None) -> str:
        """The expression of ``field``'s default: its value's name, or a call of its
        factory, given ``obj`` (the object being built) if the factory takes it."""
        default = field.default
        if not isinstance(default, attrs.Factory):  # type: ignore[arg-type]  # attrs types Factory as a function
            return self.constant("default", default)
        factory: Any = default
        if not factory.takes_self:
            return f"{self.constant('factory', factory.factory)}()"
        if obj is None:
            raise NotImplementedError(f"{field.name}: a default that takes the object")
        return f"{self.constant('factory', factory.factory)}({obj})"

    def remembered(self, validator: Matches) -> tuple[str, str]:
        """The names of the texts ``validator``'s pattern has matched and of its test."""
        names = self.patterns.get(validator.pattern)
        if names is None:
            matched, mismatch = remembering(validator._compiled.fullmatch)
            names = self.patterns[validator.pattern] = (
                self.constant("matched", matched),
                self.constant("mismatch", mismatch),
            )
        return names


@cache
def twin(cls: type) -> type:
    """A subclass of ``cls`` that adds nothing but lets its fields be set.

    A frozen attrs class refuses ``obj.field = value``; the slot's own
    ``__set__`` costs a call per field. The twin sets them by plain attribute
    stores, which the interpreter specializes to a slot write, and the object
    then becomes a ``cls`` by assigning ``__class__`` (same slots, same layout):
    building a five-field object took 40% of the time. Nothing sees the twin:
    validators and ``__attrs_post_init__`` run on the finished ``cls``.

    The twin is made by calling it, with ``object``'s own ``__init__``: that
    costs a quarter less than ``object.__new__(twin)``, which builds a tuple of
    its arguments and walks the classes to check it may make one (about 760
    machine instructions against 1,060 to make and free an object). One twin
    a class, shared by every generator.
    """
    return type(
        f"{cls.__name__}Twin",
        (cls,),
        {
            "__slots__": (),
            "__module__": __name__,
            # Both, or the interpreter keeps calling the class's own __setattr__.
            "__setattr__": object.__setattr__,
            "__delattr__": object.__delattr__,
            # Called with no argument: not the attrs __init__, which needs the fields.
            "__init__": object.__init__,
        },
    )
