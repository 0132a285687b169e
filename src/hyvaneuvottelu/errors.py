"""The library's exceptions: one small hierarchy, one error story.

Every error a user can cause says *where* (a JSON pointer in the wire names,
or an XML line and element path), *what was expected* and *what was found*.
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import islice
from typing import TYPE_CHECKING, Any

from ._messages import message, plural
from .limits import MAX_PROBLEMS

if TYPE_CHECKING:
    from ._problem import Problem

__all__ = [
    "DocumentError",
    "HyvaneuvotteluError",
    "InvalidValueError",
    "LimitError",
    "OutputError",
    "Problem",
]


class HyvaneuvotteluError(Exception):
    """Base class of every exception this library raises on purpose."""


class InvalidValueError(HyvaneuvotteluError, ValueError):
    """A model field was given a value of the wrong type, or one that breaks a hard invariant.

    Raised by the model's constructors, naming the class and the field
    (``Section.number: expected a string, found the number 1``); readers
    turn it into a located :class:`Problem`. A ``ValueError``, also for a
    wrong type, so that one ``except`` catches every refused construction.
    """

    def __init__(self, field: str, expected: str, found: str, *, owner: str = "") -> None:
        """``field`` is the wire name (empty: the object itself); ``owner`` names
        the class when a constructor raises it, so that the message says whose field.
        """
        where = ".".join(part for part in (owner, field) if part)
        super().__init__(f"{where}: expected {expected}, found {found}")
        self.field = field
        self.expected = expected
        self.found = found
        self.owner = owner


class DocumentError(HyvaneuvotteluError):
    """A document could not be read.

    ``problems`` lists the problems found, at most
    :data:`~hyvaneuvottelu.limits.MAX_PROBLEMS` of them. When there were more,
    one last entry, located where the first unlisted problem is, says how many
    (``omitted``), or that the reader stopped looking (``omitted`` is None):
    past the limit a reader does no more work than it takes to stop.
    """

    def __init__(
        self,
        problems: Iterable[Problem],
        *,
        source: str | None = None,
        more: int = 0,
        stopped: bool = False,
    ) -> None:
        """``problems`` beyond the limit are counted, not kept; ``more`` adds to that count.

        ``stopped`` says the reader stopped looking, so that there may be
        more problems than it counted.
        """
        remaining = iter(problems)
        found = list(islice(remaining, MAX_PROBLEMS + 1))
        more += sum(1 for _ in remaining)
        self._found = found
        self._more = more
        self.source = source
        self.stopped = stopped
        listed = found[:MAX_PROBLEMS]
        unlisted = len(found) - len(listed) + more
        #: Problems found but not listed; None when the reader stopped looking.
        self.omitted: int | None = None if stopped else unlisted
        self.problems: tuple[Problem, ...] = tuple(listed)
        if stopped or unlisted:
            where = found[MAX_PROBLEMS].location if len(found) > MAX_PROBLEMS else ""
            self.problems += (_unlisted(where, None if stopped else unlisted),)
        self._listed_count = len(listed)
        super().__init__(self.render("en"))

    def render(self, language: str = "en") -> str:
        """The summary and every problem, one a line, in ``language`` (``fi``, ``sv``, ``en``).

        In English it is ``str()`` of the error.
        """
        head = f"{self.source}: " if self.source else ""
        summary = plural("problems.summary", self._listed_count).render(language)
        if self.stopped:
            rest = message("problems.stopped").render(language)
        elif self.omitted:
            rest = plural("problems.more", self.omitted).render(language)
        else:
            rest = ""
        lines = [f"{head}{summary}{rest}"]
        lines.extend(f"  {p.render(language)}" for p in self.problems)
        return "\n".join(lines)

    def with_source(self, source: str) -> DocumentError:
        """Return a copy of this error that names the file it came from."""
        return type(self)(self._found, source=source, more=self._more, stopped=self.stopped)


def _unlisted(location: str, count: int | None) -> Problem:
    """The entry that closes a list cut at the limit: ``count`` more, or None: unknown.

    Every reader's list ends with it, so the wording is the same for JSON and XML.
    """
    if count is None:
        found = message("problems.unlisted.stopped", n=MAX_PROBLEMS)
    else:
        found = plural("problems.unlisted", count)
    from ._problem import Problem  # noqa: PLC0415 - see __getattr__

    return Problem.of(location, message("problems.listed", n=MAX_PROBLEMS), found)


class OutputError(HyvaneuvotteluError):
    """A model cannot be written in the requested form, or a file not written."""


class LimitError(OutputError):
    """A model is not written because the readers would refuse it (:mod:`~hyvaneuvottelu.limits`).

    ``limit`` names the limit (``"MAX_TEXT"``); ``found`` is what exceeds it
    (a length, a number of digits, a depth, a size in bytes).
    """

    def __init__(self, message: str, *, limit: str, found: int) -> None:
        super().__init__(message)
        self.limit = limit
        self.found = found


if not TYPE_CHECKING:

    def __getattr__(name: str) -> Any:
        # Problem is an attrs class: it and attrs are loaded when a problem is first
        # named, not by every command that only needs the exceptions (``new``, ``--help``).
        if name == "Problem":
            from ._problem import Problem  # noqa: PLC0415 - the point of this function

            globals()[name] = Problem
            return Problem
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

    def __dir__() -> list[str]:
        return sorted({*globals(), *__all__})
