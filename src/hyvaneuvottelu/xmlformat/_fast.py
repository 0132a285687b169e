"""The fast XML tree reader: one generated function per class, from the plans.

Like the JSON readers (source generated once from the fields, compiled with
``exec``), each function assumes the tree is valid: it walks an element's
children once, dispatching on their tags, parses each value inline, checks
the model's own validators and builds the frozen object through its slots.
On the first thing wrong it raises, and :func:`~hyvaneuvottelu.xmlformat.from_xml`
reads the tree again with the detailed reader (:mod:`._reader`), which
locates every problem. ``fast_source(cls)`` shows the generated code.
"""

from __future__ import annotations

import linecache
import threading
from enum import Enum
from types import MemberDescriptorType
from typing import Any

import attrs
from lxml import etree

from ..model import LANGUAGES, LocalizedText
from ..model._checks import Each, IntRange, Matches, Optional
from ..model._guard import _own_converter as own_converter
from ._plan import PLANS, ROOT, ClassPlan, FieldPlan, Scalar, TextValue, UnionValue

__all__ = ["fast_read", "fast_source"]

_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


class _RefusedError(Exception):
    """The fast reader met something it does not accept: the detailed reader locates it."""


_MISSING = object()


class _Generator:
    """Writes the readers of every planned class, as one module's source."""

    def __init__(self) -> None:
        self.namespace: dict[str, Any] = {
            "_new": object.__new__,
            "_set": object.__setattr__,
            "_MISSING": _MISSING,
            "_Refused": _RefusedError,
            "_XML_LANG": _XML_LANG,
        }
        self.count = 0
        self.sources: dict[type, str] = {}
        #: Tables of union members by tag: function names, functions once compiled.
        self.tables: list[str] = []

    def constant(self, prefix: str, value: Any) -> str:
        self.count += 1
        name = f"_{prefix}{self.count}"
        self.namespace[name] = value
        return name

    @staticmethod
    def function(target: type) -> str:
        return f"xml_{target.__name__}"

    def run(self) -> None:
        for cls, plan in PLANS.items():
            self.sources[cls] = self.class_code(plan)
        self.sources[LocalizedText] = self.class_code(None)

    def class_code(self, plan: ClassPlan | None) -> str:
        cls = plan.cls if plan is not None else LocalizedText
        fields = attrs.fields(cls)
        lines = [f"def {self.function(cls)}(el):", f"    # {cls.__module__}.{cls.__qualname__}"]
        lines.append("    " + " = ".join(f"f_{f.name}" for f in fields) + " = _MISSING")
        if plan is None:
            # Texts are elements of the same name, told apart by their language.
            lines += ["    for c in el:", "        lang = c.get(_XML_LANG)"]
            for index, language in enumerate(LANGUAGES):
                keyword = "if" if index == 0 else "elif"
                lines += [
                    f"        {keyword} lang == {language!r}:",
                    f"            f_{language} = c.text or ''",
                ]
        else:
            lines += ["    for c in el:", "        t = c.tag"]
            for index, field in enumerate(plan.fields):
                keyword = "if" if index == 0 else "elif"
                lines += [
                    f"        {keyword} t == {field.tag!r}:",
                    f"            f_{field.name} = {self.value_code(field)}",
                ]
        lines += ["        else:", "            raise _Refused"]
        lines.append(f"    obj = _new({self.constant('cls', cls)})")
        checks: list[str] = []
        for field in fields:
            lines += self.field_lines(cls, field, checks)
        lines += checks
        if hasattr(cls, "__attrs_post_init__"):
            lines.append("    obj.__attrs_post_init__()")
        lines.append("    return obj")
        return "\n".join(lines) + "\n"

    def value_code(self, field: FieldPlan) -> str:
        """An expression for the value of the child ``c`` that holds ``field``."""
        kind = field.value
        if not field.many:
            return self.item_code(kind, "c")
        if isinstance(kind, UnionValue):
            table = self.constant("members", {})
            self.namespace[table].update(
                {tag: self.function(cls) for tag, cls in kind.by_tag.items()}
            )
            self.tables.append(table)
            return f"tuple([{table}[i.tag](i) for i in c])"
        return f"tuple([{self.item_code(kind, 'i')} for i in c])"

    def item_code(self, kind: Scalar | TextValue | UnionValue | type, var: str) -> str:
        if isinstance(kind, TextValue):
            return f"{self.function(LocalizedText)}({var})"
        if isinstance(kind, type):
            return f"{self.function(kind)}({var})"
        if isinstance(kind, UnionValue):
            raise TypeError(kind)
        if kind.free_text:
            return f"({var}.text or '')"
        if isinstance(kind.type, type) and issubclass(kind.type, Enum):
            # A code that is not one is not a key: KeyError.
            codes = self.constant("codes", dict(kind.type._value2member_map_))
            return f"{codes}[({var}.text or '').strip()]"
        return f"{self.constant('from_text', kind.from_text)}({var}.text or '')"

    def field_lines(self, cls: type, field: attrs.Attribute[Any], checks: list[str]) -> list[str]:
        var = f"f_{field.name}"
        lines = [f"    if {var} is _MISSING:"]
        default = field.default
        if default is attrs.NOTHING:
            lines.append("        raise _Refused")
        elif isinstance(default, attrs.Factory):  # type: ignore[arg-type]  # attrs types Factory as a function
            factory: Any = default
            made = self.constant("factory", factory.factory)
            lines.append(
                f"        {var} = {made}(obj)"
                if factory.takes_self
                else f"        {var} = {made}()"
            )
        else:
            lines.append(f"        {var} = {self.constant('default', default)}")
        converter = own_converter(field)
        if converter is not None:
            # As assemble does: a given value is converted, a default is not.
            lines += ["    else:", f"        {var} = {self.constant('convert', converter)}({var})"]
        inline, deferred = self.validator_lines(field, field.validator, var)
        lines += ["    " + line for line in inline]
        # Any other validator runs once every field is set, as attrs runs them.
        checks += ["    " + line for line in deferred]
        lines.append(f"    {self.setter(cls, field.name, var)}")
        return lines

    def validator_lines(
        self, field: attrs.Attribute[Any], validator: Any, var: str
    ) -> tuple[list[str], list[str]]:
        if validator is None:
            return [], []
        if isinstance(validator, Matches):
            match = self.constant("match", validator._compiled.fullmatch)
            return [f"if {match}({var}) is None:", "    raise _Refused"], []
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

    def setter(self, cls: type, name: str, var: str) -> str:
        for klass in cls.__mro__:
            slot = klass.__dict__.get(name)
            if slot is not None:
                if isinstance(slot, MemberDescriptorType):
                    return f"{self.constant('set_' + name + '_', slot.__set__)}(obj, {var})"
                break
        return f"_set(obj, {name!r}, {var})"


_lock = threading.Lock()
_compiled: dict[str, Any] = {}


def _compile() -> dict[str, Any]:
    with _lock:
        if _compiled:
            return _compiled
        generator = _Generator()
        generator.run()
        source = "\n\n".join(generator.sources.values())
        filename = "<generated XML tree readers>"
        linecache.cache[filename] = (len(source), None, source.splitlines(True), filename)
        namespace = generator.namespace
        exec(compile(source, filename, "exec"), namespace)  # noqa: S102 - written above from the plans
        for table in generator.tables:
            namespace[table].update({tag: namespace[f] for tag, f in namespace[table].items()})
        _compiled.update(
            read=namespace[generator.function(ROOT)],
            sources=generator.sources,
        )
        return _compiled


def fast_read(root: etree._Element) -> Any:
    """The negotiation in a valid tree; raises on anything the detailed reader must look at."""
    compiled = _compiled or _compile()
    return compiled["read"](root)


def fast_source(cls: type) -> str:
    """The generated source of ``cls``'s fast XML reader."""
    compiled = _compiled or _compile()
    source: str = compiled["sources"][cls]
    return source
