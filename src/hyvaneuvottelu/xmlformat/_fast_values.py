"""The fast XML tree reader's expressions: each value of an element, and its checks.

A value is written as one expression over the child ``c`` that holds it (a
scalar parsed inline, an object read by its class's reader, the items of a
wrapper); a validator as lines that refuse the value, or, when they cannot
be written inline, as a call deferred until the object is built.
:mod:`._fast_code` lays these out into a reader per class.
"""

from __future__ import annotations

import datetime as dt
from enum import Enum
from typing import Any

import attrs

from .._codegen import Constants
from ..limits import MAX_INTEGER_DIGITS
from ..model import LocalizedText
from ..model._checks import Each, IntRange, Matches, Optional
from ._plan import FieldPlan, Scalar, TextValue, UnionValue

__all__ = ["ValueCode"]


class _Codes(dict[str, Enum]):
    """An enum's members by code, which finds a code written with spaces around it too."""

    def __missing__(self, key: str) -> Enum:
        stripped = key.strip()
        if stripped == key:
            raise KeyError(key)
        return self[stripped]


class ValueCode(Constants):
    """Writes the expression of each value and the checks of its validators."""

    def __init__(self, namespace: dict[str, Any]) -> None:
        super().__init__(namespace)
        #: Tables of union members by tag: function names, functions once compiled.
        self.tables: list[str] = []

    @staticmethod
    def function(target: type) -> str:
        return f"xml_{target.__name__}"

    def value_code(self, field: FieldPlan) -> str:
        """An expression for the value of the child ``c`` that holds ``field`` (its lines)."""
        kind = field.value
        if not field.many:
            return self.item_code(kind, "c")
        # The items of a wrapper, each taken in turn (the XSD has checked their names).
        if isinstance(kind, UnionValue):
            table = self.constant("members", {})
            self.namespace[table].update(
                {tag: self.function(cls) for tag, cls in kind.by_tag.items()}
            )
            self.tables.append(table)
            item = f"{table}[(i := _next(it)).tag](i, it)"
        else:
            item = self.item_code(kind, "_next(it)")
        # Most wrappers hold one or two items: written out, they cost no range,
        # list or comprehension (a tenth of the reader's instructions on the example).
        # A tuple's items are evaluated from left to right, in document order.
        return (
            "(\n"
            f"    ({item},) if (k := _len(c)) == 1\n"
            f"    else ({item}, {item}) if k == 2\n"
            f"    else _tuple([{item} for _ in _range(k)])\n"
            ")"
        )

    def item_code(self, kind: Scalar | TextValue | UnionValue | type, var: str) -> str:
        if isinstance(kind, TextValue):
            return f"{self.function(LocalizedText)}({var}, it)"
        if isinstance(kind, type):
            return f"{self.function(kind)}({var}, it)"
        if isinstance(kind, UnionValue):
            raise TypeError(kind)
        text = f"({var}.text or '')"
        if kind.free_text:
            return text
        # The XSD requires a text of a code, a number or a date: an element without
        # one (None) raises TypeError or AttributeError, and is refused as any error is.
        if isinstance(kind.type, type) and issubclass(kind.type, Enum):
            # A code that is not one is not a key: KeyError. Looked up as written
            # first; one with the spaces xs:token allows is stripped when not found.
            codes = self.constant("codes", _Codes(kind.type._value2member_map_))
            return f"{codes}[{var}.text]"
        # The plan's own parsing, written out without a call (the property
        # test holds the two to the same values):
        if kind.type is bool:
            return f"({text}.strip() in ('true', '1'))"
        if kind.type is int:
            # a longer text may be too many digits: the detailed reader says so.
            return f"(int(s) if _len(s := {var}.text) <= {MAX_INTEGER_DIGITS} else _refuse())"
        if kind.type in (dt.date, dt.time, dt.datetime):
            return f"{self.constant('from_iso', kind.type.fromisoformat)}({text}.strip())"
        return f"{self.constant('from_text', kind.from_text)}({text})"

    def validator_lines(
        self, field: attrs.Attribute[Any], validator: Any, var: str
    ) -> tuple[list[str], list[str]]:
        if validator is None:
            return [], []
        if isinstance(validator, Matches):
            matched, mismatch = self.remembered(validator)
            # A text matched before (identifiers repeat) is not matched again.
            return [f"if {var} not in {matched} and {mismatch}({var}):", "    raise _Refused"], []
        if isinstance(validator, IntRange):
            test = f"{var} < {validator.minimum}"
            if validator.maximum is not None:
                test += f" or {var} > {validator.maximum}"
            return [f"if {test}:", "    raise _Refused"], []
        if isinstance(validator, Optional | Each):
            inner, deferred = self.validator_lines(field, validator.inner, "i")
            if not deferred:
                head = (
                    f"if (i := {var}) is not None:"
                    if isinstance(validator, Optional)
                    else f"for i in {var}:"
                )
                return ([head, *("    " + line for line in inner)] if inner else []), []
        check = self.constant("validator", validator)
        return [], [f"{check}(obj, {self.constant('field', field)}, {var})"]
