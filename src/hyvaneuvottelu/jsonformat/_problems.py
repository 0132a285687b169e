"""Turn cattrs' exception groups into located problems (JSON pointers)."""

from __future__ import annotations

import heapq
from collections.abc import Iterator

import attrs
from cattrs.errors import (
    ClassValidationError,
    ForbiddenExtraKeysError,
    IterableValidationError,
)

from .._messages import message
from .._naming import pointer
from ..errors import InvalidValueError, Problem
from ..limits import MAX_PROBLEMS
from ._budget import StoppedError
from ._converter import wire_fields
from ._wire import WireError, quoted

__all__ = ["Tally", "pointer", "problems_of"]

Path = tuple[str | int, ...]


class Tally:
    """Problems known to exist but not made, so that a list can say how many more there are."""

    __slots__ = ("skipped",)

    def __init__(self) -> None:
        self.skipped = 0


def problems_of(
    exc: BaseException, path: Path = (), tally: Tally | None = None
) -> Iterator[Problem]:
    """Every problem inside ``exc``, located below ``path``.

    Of the unknown keys of one object, only as many as can be listed are
    made into problems; the others are counted in ``tally``.
    """
    if isinstance(exc, ClassValidationError):
        located, others = exc.group_exceptions()
        for sub, note in located:
            yield from problems_of(sub, (*path, wire_fields(exc.cl)[note.name]), tally)
        for sub in others:
            yield from problems_of(sub, path, tally)
    elif isinstance(exc, IterableValidationError):
        items, others = exc.group_exceptions()
        for sub, item_note in items:
            yield from problems_of(sub, (*path, item_note.index), tally)
        for sub in others:
            yield from problems_of(sub, path, tally)
    elif isinstance(exc, ForbiddenExtraKeysError):
        yield from _unknown_keys(exc, path, tally)
    elif not isinstance(exc, StoppedError):
        yield _problem(exc, path)


def _unknown_keys(
    exc: ForbiddenExtraKeysError, path: Path, tally: Tally | None
) -> Iterator[Problem]:
    known = ", ".join(f'"{w}"' for w in wire_fields(exc.cl).values())
    shown = heapq.nsmallest(MAX_PROBLEMS + 1, exc.extra_fields)
    if tally is not None:
        tally.skipped += len(exc.extra_fields) - len(shown)
    for key in shown:
        yield Problem.of(
            pointer((*path, key)),
            message("expected.only_fields", fields=known),
            message("found.unknown_field", name=quoted(key)),
        )


def _problem(exc: BaseException, path: Path) -> Problem:
    """The one problem ``exc`` stands for; ``exc`` itself if it is not a problem of the document."""
    if isinstance(exc, WireError):
        return Problem(
            location=pointer((*path, *exc.at)),
            expected=exc.expected,
            found=exc.found,
            expected_message=exc.expected_message,
            found_message=exc.found_message,
        )
    if isinstance(exc, InvalidValueError):
        where = (*path, exc.field) if exc.field else path
        return Problem(location=pointer(where), expected=exc.expected, found=exc.found)
    if isinstance(exc, KeyError):
        return Problem.of(pointer(path), message("expected.required"), message("found.nothing"))
    if isinstance(exc, attrs.exceptions.FrozenInstanceError | TypeError | ValueError):
        return Problem(location=pointer(path), expected="a valid value", found=str(exc))
    raise exc
