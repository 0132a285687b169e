"""The library's exceptions: one small hierarchy, one error story.

Every error a user can cause says *where* (a JSON pointer in the wire names,
or an XML line and element path), *what was expected* and *what was found*.
"""

from __future__ import annotations

from collections.abc import Iterable

import attrs

__all__ = [
    "DocumentError",
    "HyvaneuvotteluError",
    "InvalidValueError",
    "OutputError",
    "Problem",
]


class HyvaneuvotteluError(Exception):
    """Base class of every exception this library raises on purpose."""


class InvalidValueError(HyvaneuvotteluError, ValueError):
    """A model field was given a value that breaks a hard invariant.

    Raised by the model's constructors; readers turn it into a located
    :class:`Problem`.
    """

    def __init__(self, field: str, expected: str, found: str) -> None:
        super().__init__(f"{field}: expected {expected}, found {found}")
        self.field = field
        self.expected = expected
        self.found = found


@attrs.frozen(kw_only=True)
class Problem:
    """One thing wrong with a document, located in the user's own terms.

    ``location`` is a JSON pointer in the wire names (``/sections/3/title``)
    or an XML location (``line 12: /negotiation/sections/section[4]/title``).
    """

    location: str
    expected: str
    found: str

    @property
    def message(self) -> str:
        where = self.location or "/"
        return f"{where}: expected {self.expected}, found {self.found}"

    def __str__(self) -> str:
        return self.message


class DocumentError(HyvaneuvotteluError):
    """A document could not be read; ``problems`` lists every problem found."""

    def __init__(self, problems: Iterable[Problem], *, source: str | None = None) -> None:
        self.problems = tuple(problems)
        self.source = source
        super().__init__(self._summary())

    def _summary(self) -> str:
        head = f"{self.source}: " if self.source else ""
        count = len(self.problems)
        noun = "problem" if count == 1 else "problems"
        lines = [f"{head}{count} {noun} in the document"]
        lines.extend(f"  {p.message}" for p in self.problems)
        return "\n".join(lines)

    def with_source(self, source: str) -> DocumentError:
        """Return a copy of this error that names the file it came from."""
        return type(self)(self.problems, source=source)


class OutputError(HyvaneuvotteluError):
    """A model cannot be written in the requested form, or a file not written."""
