"""Mapping a validated XML tree to the model: a walk over the plans.

The tree has passed the XSD, so structure and lexical forms are right; what
is left are the model's own invariants, each reported where it occurs.
"""

from __future__ import annotations

from typing import Any

from lxml import etree

from ..errors import InvalidValueError, Problem
from ..model import LANGUAGES, LocalizedText, Negotiation
from ._locate import local, location, shown_text
from ._plan import PLANS, ROOT, ClassPlan, FieldPlan, Scalar, TextValue, UnionValue

__all__ = ["read_tree"]

_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_LANGUAGE_CODES = ", ".join(f'"{code}"' for code in LANGUAGES)


class _Failed:
    """Stands in for a value that could not be built (its problem is recorded)."""


_FAILED: Any = _Failed()


def read_tree(root: etree._Element) -> tuple[Negotiation | None, list[Problem]]:
    """The negotiation in a validated tree, or None and every problem found."""
    problems: list[Problem] = []
    result = _read_object(PLANS[ROOT], root, problems)
    return (None if result is _FAILED else result), problems


def _read_object(plan: ClassPlan, element: etree._Element, problems: list[Problem]) -> Any:
    values: dict[str, Any] = {}
    failed = False
    by_tag = plan.by_tag
    for child in element:
        field = by_tag[child.tag]
        value = (
            _read_many(field, child, problems)
            if field.many
            else (_read_value(field.value, child, problems))
        )
        if value is _FAILED:
            failed = True
        values[field.name] = value
    if failed:
        return _FAILED
    try:
        return plan.cls(**values)
    except InvalidValueError as exc:
        problems.append(_located(element, exc))
        return _FAILED


def _read_many(field: FieldPlan, element: etree._Element, problems: list[Problem]) -> Any:
    kind = field.value
    if isinstance(kind, UnionValue):
        by_tag = kind.by_tag
        items = [_read_object(PLANS[by_tag[child.tag]], child, problems) for child in element]
    else:
        items = [_read_value(kind, child, problems) for child in element]
    return _FAILED if any(item is _FAILED for item in items) else tuple(items)


def _read_value(kind: Any, element: etree._Element, problems: list[Problem]) -> Any:
    if isinstance(kind, Scalar):
        text = element.text or ""
        if kind.free_text:
            return text
        try:
            return kind.from_text(text)
        except ValueError:
            # The XSD admits a few forms Python does not (such as year 0001 in
            # some zones); report them rather than fail.
            problems.append(
                Problem(
                    location=location(element),
                    expected=f"a value of type {kind.xsd_type}",
                    found=f"the text {shown_text(text)}",
                )
            )
            return _FAILED
    if isinstance(kind, TextValue):
        return _read_text(element, problems)
    return _read_object(PLANS[kind], element, problems)


def _read_text(element: etree._Element, problems: list[Problem]) -> Any:
    values: dict[str, str] = {}
    failed = False
    for child in element:
        language = child.get(_XML_LANG) or ""
        if language not in LANGUAGES:
            problems.append(
                Problem(
                    location=location(child, "@xml:lang"),
                    expected=f"one of {_LANGUAGE_CODES}",
                    found=shown_text(language),
                )
            )
            failed = True
        values[language] = child.text or ""
    if failed:
        return _FAILED
    return LocalizedText(**values)


def _located(element: etree._Element, exc: InvalidValueError) -> Problem:
    if exc.field:
        for child in element:
            if local(str(child.tag)) == exc.field:
                return Problem(location=location(child), expected=exc.expected, found=exc.found)
    return Problem(location=location(element, exc.field), expected=exc.expected, found=exc.found)
