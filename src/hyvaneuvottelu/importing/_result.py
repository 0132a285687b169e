"""What an import returns: the draft, and notes located in the source and the draft."""

from __future__ import annotations

import re
from enum import Enum, StrEnum

import attrs

from .._messages import Arg, Message, message
from ..errors import HyvaneuvotteluError
from ..model import Negotiation

__all__ = [
    "ImportNote",
    "ImportRefusedError",
    "ImportResult",
    "MissingExtraError",
    "NoteKind",
    "localized_where",
    "note_text",
]


class NoteKind(StrEnum):
    """What a note tells the person who checks the draft."""

    #: Text of the source that is not in the draft: the draft is partial.
    UNREAD = "unread"
    #: Something the importer proposes (an outcome, a section kind, the county
    #: found through a municipality): true only once a person confirms it.
    CONFIRM = "confirm"
    #: Something a memo usually says that this one does not (a date, a place):
    #: left absent in the draft, never invented.
    ABSENT = "absent"
    #: Something dropped on purpose: page numbers, headers and footers repeated
    #: on every page, characters that cannot be text.
    REMOVED = "removed"


def note_text(id: str, /, **args: Arg) -> Message:
    """The message ``import.note.<id>`` of the catalogues, with its arguments."""
    return message(f"import.note.{id}", **args)


@attrs.frozen(kw_only=True)
class ImportNote:
    """One thing a person should know about a draft.

    ``text`` is the note as a message of the catalogues, shown in Finnish,
    Swedish or English (:meth:`render`); ``location`` is where in the source
    ("line 12", "paragraph 7", "page 2, line 5"; empty when the note is about
    the memo as a whole); ``pointer`` is where in the draft (a JSON pointer in
    the wire names, such as ``/outcomes/3``; empty when the draft holds
    nothing there).
    """

    kind: NoteKind
    text: Message
    location: str = ""
    pointer: str = ""

    @property
    def message(self) -> str:
        """The note in English."""
        return self.render_message("en")

    def render_message(self, language: str = "en") -> str:
        """The note's message in ``language`` (``fi``, ``sv`` or ``en``).

        A code of the model (a section kind, an outcome's status) shows as its
        label in Finnish and Swedish, and as the code itself in English, as
        the English notes always have: it is the value in the draft.
        """
        text = self.text
        if language == "en":
            text = Message(
                text.id,
                tuple(
                    (name, value.value if isinstance(value, Enum) else value)
                    for name, value in text.args
                ),
            )
        return text.render(language)

    def render(self, language: str = "en") -> str:
        """``location pointer: message``, in ``language``."""
        where = localized_where(self.location, language)
        places = " ".join(place for place in (where, self.pointer) if place)
        shown = self.render_message(language)
        return f"{places}: {shown}" if places else shown

    def __str__(self) -> str:
        return self.render("en")

    def as_dict(self, language: str = "en") -> dict[str, str]:
        """``{"kind", "location", "pointer", "message"}`` in ``language``, ready for JSON.

        ``kind`` is the code (``unread``, ``confirm``, ``absent``, ``removed``)
        in every language.
        """
        return {
            "kind": self.kind.value,
            "location": localized_where(self.location, language),
            "pointer": self.pointer,
            "message": self.render_message(language),
        }


#: A location in a source, as the readers write it: "line 12", "page 2, line 5",
#: "paragraph 7", "table 1, row 3".
_WHERE = re.compile(r"(?:line|paragraph|page|table|row) [0-9]+(?:, (?:line|row) [0-9]+)?")
_WHERE_PART = re.compile(r"(?P<what>line|paragraph|page|table|row) (?P<n>[0-9]+)")


def localized_where(location: str, language: str) -> str:
    """A location in a source in ``language``: ``page 2, line 5`` -> ``sivu 2, rivi 5``.

    A location of another shape is returned as it is.
    """
    if language == "en" or not _WHERE.fullmatch(location):
        return location
    return _WHERE_PART.sub(
        lambda part: message(f"import.where.{part['what']}", n=int(part["n"])).render(language),
        location,
    )


@attrs.frozen(kw_only=True)
class ImportResult:
    """A draft negotiation read from an existing memo, and the notes on it.

    The draft holds only what the source says. Every outcome the importer
    recognised has a :attr:`NoteKind.CONFIRM` note: it is a proposal until a
    person confirms it.
    """

    negotiation: Negotiation
    notes: tuple[ImportNote, ...] = ()
    #: The file or name the text came from, if known.
    source: str | None = None

    @property
    def complete(self) -> bool:
        """Whether all the source's text is in the draft and its parties were recognised."""
        return not any(note.kind is NoteKind.UNREAD for note in self.notes)

    def of_kind(self, kind: NoteKind | str) -> tuple[ImportNote, ...]:
        """The notes of one kind, in order."""
        wanted = NoteKind(kind)
        return tuple(note for note in self.notes if note.kind is wanted)

    @property
    def to_confirm(self) -> tuple[ImportNote, ...]:
        """What a person must confirm before the draft is taken as the record."""
        return self.of_kind(NoteKind.CONFIRM)


class ImportRefusedError(HyvaneuvotteluError):
    """A file cannot be imported at all: not a memo's text, too large, or hostile."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}" if source else reason)
        self.source = source
        self.reason = reason


class MissingExtraError(ImportRefusedError):
    """Reading this kind of file needs an optional extra that is not installed."""

    def __init__(self, source: str, kind: str, extra: str) -> None:
        super().__init__(
            source,
            f"reading {kind} needs the optional extra '{extra}': "
            f"pip install 'hyvaneuvottelu[{extra}]'",
        )
        self.extra = extra
