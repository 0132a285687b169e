"""What an import returns: the draft, and notes located in the source and the draft."""

from __future__ import annotations

from enum import StrEnum

import attrs

from ..errors import HyvaneuvotteluError
from ..model import Negotiation

__all__ = ["ImportNote", "ImportRefusedError", "ImportResult", "MissingExtraError", "NoteKind"]


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


@attrs.frozen(kw_only=True)
class ImportNote:
    """One thing a person should know about a draft.

    ``location`` is where in the source ("line 12", "paragraph 7",
    "page 2, line 5"; empty when the note is about the memo as a whole);
    ``pointer`` is where in the draft (a JSON pointer in the wire names, such
    as ``/outcomes/3``; empty when the draft holds nothing there).
    """

    kind: NoteKind
    message: str
    location: str = ""
    pointer: str = ""

    def __str__(self) -> str:
        places = " ".join(place for place in (self.location, self.pointer) if place)
        return f"{places}: {self.message}" if places else self.message

    def as_dict(self) -> dict[str, str]:
        """``{"kind", "location", "pointer", "message"}``, ready for JSON."""
        return {
            "kind": self.kind.value,
            "location": self.location,
            "pointer": self.pointer,
            "message": self.message,
        }


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
