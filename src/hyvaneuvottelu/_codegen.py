"""What every generator of source shares: named constants and the patterns' memories.

The generated JSON readers and writers (:mod:`.jsonformat._generated`) and the
generated XML tree reader (:mod:`.xmlformat._fast`) each write a module's
source whose constants live in one namespace, each under a name of its own.
"""

from __future__ import annotations

from typing import Any

import attrs

from .model._checks import Matches, remembering

__all__ = ["Constants"]


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
