"""How much the detailed converter may still look for: it stops past the problem limit.

cattrs' detailed validation collects every failure into exception groups,
so a million wrong items cost a million exceptions. The array hook, the one
place a document can repeat without bound, counts failed items here and stops
once more than :data:`~hyvaneuvottelu.limits.MAX_PROBLEMS` have failed.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from ..limits import MAX_PROBLEMS

__all__ = ["Budget", "StoppedError", "current", "problem_budget"]


class Budget:
    """Failed array items counted so far in one document, and whether the converter stopped."""

    __slots__ = ("failed", "stopped")

    def __init__(self) -> None:
        self.failed = 0
        self.stopped = False

    @property
    def spent(self) -> bool:
        """Whether enough has failed that nothing more is looked at."""
        return self.failed > MAX_PROBLEMS


class StoppedError(Exception):
    """An array not looked at, because enough problems were found elsewhere."""


_CURRENT: ContextVar[Budget | None] = ContextVar("hyvaneuvottelu_json_budget", default=None)


def current() -> Budget | None:
    """The budget of the document being structured, or None outside :func:`problem_budget`."""
    return _CURRENT.get()


@contextmanager
def problem_budget() -> Iterator[Budget]:
    """A fresh budget for structuring one document."""
    budget = Budget()
    token = _CURRENT.set(budget)
    try:
        yield budget
    finally:
        _CURRENT.reset(token)
