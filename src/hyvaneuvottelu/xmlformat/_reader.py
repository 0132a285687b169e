"""Mapping a validated XML tree to the model: one reader function per field.

The readers are built once from the plans. The tree has passed the XSD, so
structure and lexical forms are right; what is left are the model's own
invariants, each reported where it occurs.
"""

from __future__ import annotations

import gc
from collections.abc import Callable
from typing import Any

from lxml import etree

from ..errors import InvalidValueError, Problem
from ..limits import MAX_PROBLEMS
from ..model import LANGUAGES, LocalizedText, Negotiation
from ..model._guard import assemble
from ._fast import fast_read
from ._locate import Paths, local, location, shown_text
from ._plan import PLANS, ROOT, ClassPlan, FieldPlan, Scalar, TextValue, TextValueError, UnionValue

__all__ = ["read_tree"]

_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_LANGUAGE_CODES = ", ".join(f'"{code}"' for code in LANGUAGES)

#: Reads one element; appends to the problems and returns :data:`_FAILED` when it cannot.
Reader = Callable[[etree._Element, "_Problems"], Any]


class _Failed:
    """Stands in for a value that could not be built (its problem is recorded)."""


_FAILED: Any = _Failed()


class _EnoughError(Exception):
    """More problems than are listed: the reader stops looking."""


class _Problems(list[Problem]):
    """The problems found so far; adding one past the limit (and one) stops the reading.

    ``paths`` locates them, counting indices on from the last one found.
    """

    def __init__(self) -> None:
        super().__init__()
        self.paths = Paths()

    def append(self, problem: Problem) -> None:
        super().append(problem)
        if len(self) > MAX_PROBLEMS:
            raise _EnoughError


def read_tree(root: etree._Element) -> tuple[Negotiation | None, list[Problem], bool]:
    """The negotiation in a validated tree; or None, the problems found, and whether
    the reader stopped looking because there were more than are listed.
    """
    # The fast reader first: it builds a valid tree's negotiation; on anything
    # else it raises, and the readers below locate every problem. The cyclic
    # collector has nothing to find among the objects built meanwhile.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return fast_read(root), [], False
    except Exception:  # noqa: BLE001, S110 - read again below, where problems are located
        pass
    finally:
        if collecting:
            gc.enable()
    problems = _Problems()
    try:
        result = _OBJECT_READERS[ROOT](root, problems)
    except _EnoughError:
        return None, problems, True
    return (None if result is _FAILED else result), problems, False


def _object_reader(plan: ClassPlan) -> tuple[Reader, Callable[[], None]]:
    """The reader of ``plan``'s class, and the step that gives it its field readers."""
    cls = plan.cls
    # Keyed by element.tag, which lxml's stubs type as any tag name (str when parsed).
    fields: dict[object, tuple[str, Reader]] = {}

    def read(element: etree._Element, problems: _Problems) -> Any:
        before = len(problems)
        values = {}
        for child in element:
            name, reader = fields[child.tag]
            values[name] = reader(child, problems)
        if len(problems) != before:
            return _FAILED
        try:
            # The values have the declared types: build without the type guard.
            return assemble(cls, values)
        except InvalidValueError as exc:
            problems.append(_located(element, exc, problems.paths))
            return _FAILED

    def complete() -> None:
        fields.update({f.tag: (f.name, _field_reader(f)) for f in plan.fields})

    return read, complete


def _field_reader(field: FieldPlan) -> Reader:
    kind = field.value
    if not field.many:
        return _value_reader(kind)
    if isinstance(kind, UnionValue):
        by_tag: dict[object, Reader] = {
            tag: _OBJECT_READERS[cls] for tag, cls in kind.by_tag.items()
        }

        def read_union(element: etree._Element, problems: _Problems) -> Any:
            return tuple([by_tag[child.tag](child, problems) for child in element])

        return read_union
    item = _value_reader(kind)

    def read_items(element: etree._Element, problems: _Problems) -> Any:
        return tuple([item(child, problems) for child in element])

    return read_items


def _value_reader(kind: Scalar | TextValue | UnionValue | type) -> Reader:
    if isinstance(kind, Scalar):
        return _free_text if kind.free_text else _scalar_reader(kind)
    if isinstance(kind, TextValue):
        return _read_text
    if isinstance(kind, type):
        return _OBJECT_READERS[kind]
    raise TypeError(kind)


def _free_text(element: etree._Element, problems: _Problems) -> Any:
    return element.text or ""


def _scalar_reader(kind: Scalar) -> Reader:
    from_text = kind.from_text

    def read(element: etree._Element, problems: _Problems) -> Any:
        text = element.text or ""
        try:
            return from_text(text)
        except TextValueError as exc:
            problems.append(
                Problem(
                    location=location(element, paths=problems.paths),
                    expected=exc.expected,
                    found=exc.found,
                )
            )
            return _FAILED
        except ValueError:
            # The XSD admits a few forms Python does not; report them, do not fail.
            problems.append(
                Problem(
                    location=location(element, paths=problems.paths),
                    expected=f"a value of type {kind.xsd_type}",
                    found=f"the text {shown_text(text)}",
                )
            )
            return _FAILED

    return read


def _read_text(element: etree._Element, problems: _Problems) -> Any:
    values: dict[str, str] = {}
    failed = False
    for child in element:
        language = child.get(_XML_LANG) or ""
        if language not in LANGUAGES:
            failed = True
            problems.append(
                Problem(
                    location=location(child, "@xml:lang", problems.paths),
                    expected=f"one of {_LANGUAGE_CODES}",
                    found=shown_text(language),
                )
            )
        values[language] = child.text or ""
    if failed:
        return _FAILED
    return assemble(LocalizedText, values)


def _located(element: etree._Element, exc: InvalidValueError, paths: Paths) -> Problem:
    if exc.field:
        for child in element:
            if local(str(child.tag)) == exc.field:
                return Problem(
                    location=location(child, paths=paths), expected=exc.expected, found=exc.found
                )
    return Problem(
        location=location(element, exc.field, paths), expected=exc.expected, found=exc.found
    )


# Built in two steps: readers of recursive classes (sections) refer to themselves.
_BUILT = {cls: _object_reader(plan) for cls, plan in PLANS.items()}
_OBJECT_READERS: dict[type, Reader] = {cls: read for cls, (read, _) in _BUILT.items()}
for _read, _complete in _BUILT.values():
    _complete()
