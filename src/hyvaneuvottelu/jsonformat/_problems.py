"""Turn cattrs' exception groups into located problems (JSON pointers)."""

from __future__ import annotations

from collections.abc import Iterator

import attrs
from cattrs.errors import (
    ClassValidationError,
    ForbiddenExtraKeysError,
    IterableValidationError,
)

from .._naming import pointer
from ..errors import InvalidValueError, Problem
from ._converter import wire_fields
from ._wire import WireError

__all__ = ["pointer", "problems_of"]

Path = tuple[str | int, ...]


def problems_of(exc: BaseException, path: Path = ()) -> Iterator[Problem]:  # noqa: PLR0912
    """Every problem inside ``exc``, located below ``path``."""
    if isinstance(exc, ClassValidationError):
        located, others = exc.group_exceptions()
        for sub, note in located:
            yield from problems_of(sub, (*path, wire_fields(exc.cl)[note.name]))
        for sub in others:
            yield from problems_of(sub, path)
    elif isinstance(exc, IterableValidationError):
        items, others = exc.group_exceptions()
        for sub, item_note in items:
            yield from problems_of(sub, (*path, item_note.index))
        for sub in others:
            yield from problems_of(sub, path)
    elif isinstance(exc, ForbiddenExtraKeysError):
        known = ", ".join(f'"{w}"' for w in wire_fields(exc.cl).values())
        for key in sorted(exc.extra_fields):
            yield Problem(
                location=pointer((*path, key)),
                expected=f"only the fields {known}",
                found=f'the unknown field "{key}"',
            )
    elif isinstance(exc, WireError):
        yield Problem(location=pointer((*path, *exc.at)), expected=exc.expected, found=exc.found)
    elif isinstance(exc, InvalidValueError):
        where = (*path, exc.field) if exc.field else path
        yield Problem(location=pointer(where), expected=exc.expected, found=exc.found)
    elif isinstance(exc, KeyError):
        yield Problem(
            location=pointer(path), expected="a value (the field is required)", found="nothing"
        )
    elif isinstance(exc, attrs.exceptions.FrozenInstanceError | TypeError | ValueError):
        yield Problem(location=pointer(path), expected="a valid value", found=str(exc))
    else:
        raise exc
