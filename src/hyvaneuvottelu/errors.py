"""The library's exceptions: one small hierarchy, one error story.

Every error a user can cause says *where* (a JSON pointer in the wire names,
or an XML line and element path), *what was expected* and *what was found*.
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import islice

import attrs

from ._messages import (
    Message,
    localized_location,
    message,
    plural,
    recognise,
    recognise_found,
    render,
)
from .limits import MAX_PROBLEMS

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


@attrs.frozen(kw_only=True)
class Problem:
    """One thing wrong with a document, located in the user's own terms.

    ``location`` is a JSON pointer in the wire names (``/sections/3/title``)
    or an XML location (``line 12: /negotiation/sections/section[4]/title``).
    """

    location: str
    expected: str
    found: str
    #: ``expected`` as a message of the catalogues, to be shown in any
    #: language; None: recognised from the English text when needed.
    expected_message: Message | None = attrs.field(default=None, eq=False, repr=False)
    #: ``found`` as a message of the catalogues; None: recognised likewise.
    found_message: Message | None = attrs.field(default=None, eq=False, repr=False)

    @classmethod
    def of(cls, location: str, expected: Message | str, found: Message | str) -> Problem:
        """A problem made of messages; its English texts are rendered from them.

        A plain text (a value quoted from the document, a parser's own words)
        is the same in every language.
        """
        return cls(
            location=location,
            expected=render(expected, "en"),
            found=render(found, "en"),
            expected_message=expected if isinstance(expected, Message) else None,
            found_message=found if isinstance(found, Message) else None,
        )

    @property
    def message(self) -> str:
        where = self.location or "/"
        return f"{where}: expected {self.expected}, found {self.found}"

    def expected_in(self, language: str) -> str:
        """What was expected, in ``language`` (``fi``, ``sv`` or ``en``)."""
        if language == "en":
            return self.expected
        return render(self.expected_message or recognise(self.expected, "expected"), language)

    def found_in(self, language: str) -> str:
        """What was found, in ``language`` (``fi``, ``sv`` or ``en``)."""
        if language == "en":
            return self.found
        found = self.found_message or recognise_found(self.found, self.expected)
        return render(found, language)

    def location_in(self, language: str) -> str:
        """Where, in ``language``: ``rivi 12, sarake 3`` for ``line 12, column 3``."""
        return localized_location(self.location or "/", language)

    def render(self, language: str = "en") -> str:
        """The message in ``language``; in English it is :attr:`message`."""
        if language == "en":
            return self.message
        return message(
            "problem",
            where=self.location_in(language),
            expected=self.expected_in(language),
            found=self.found_in(language),
        ).render(language)

    def __str__(self) -> str:
        return self.message


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
