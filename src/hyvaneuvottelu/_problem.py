"""One thing wrong with a document: :class:`~hyvaneuvottelu.errors.Problem`.

Apart from the exceptions (:mod:`.errors`), which every command loads: a
problem is an attrs class, and attrs is loaded only by a command that needs one.
"""

from __future__ import annotations

import attrs

from ._messages import Message, localized_location, message, recognise, recognise_found, render

__all__ = ["Problem"]


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


# Where the library says it is: pickles and the documentation name it there.
Problem.__module__ = "hyvaneuvottelu.errors"
