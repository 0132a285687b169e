"""What the follow-up report holds: tracked items, their steps, and the report's errors.

Small values only: a step keeps the few facts of one outcome (its texts are
the model's own small :class:`~hyvaneuvottelu.model.LocalizedText` values),
never the memo it came from.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

import attrs

from .._days import local_day
from .._messages import localized_location
from ..model import EarlierOutcome, LocalizedText, OutcomeStatus
from ..rules import RuleFinding
from ._words import word

__all__ = [
    "CLOSED",
    "ErrorKind",
    "FollowupError",
    "FollowupResult",
    "MemoDate",
    "Note",
    "Step",
    "TrackedItem",
]

#: Statuses that close an item, whatever its kind: nothing more is to be done.
#: A matter to agree is closed once agreed, a decision once decided; for a
#: follow-up action "agreed" means agreed to be done, which is still open.
CLOSED: dict[str | None, frozenset[OutcomeStatus]] = {
    None: frozenset({OutcomeStatus.DONE, OutcomeStatus.ENDED}),
    "matterToAgree": frozenset({OutcomeStatus.DONE, OutcomeStatus.ENDED, OutcomeStatus.AGREED}),
    "decision": frozenset({OutcomeStatus.DONE, OutcomeStatus.ENDED, OutcomeStatus.DECIDED}),
}


@attrs.frozen(kw_only=True)
class MemoDate:
    """The day of a memo, or the year or month its partial date names.

    ``first`` and ``last`` are the first and last day the date can mean: the
    same day for a full date, the 1st and the 31st of March for ``2025-03``.
    """

    #: As the memo gives it: ``2025-03-04``, ``2025-03`` or ``2025``.
    text: str
    first: dt.date
    last: dt.date

    def shown(self, language: str) -> str:
        """As people write it: a day in the language's form (``4.3.2025``); a month or a
        year as the memo gives it, as the coverage report shows them."""
        return local_day(self.first, language) if self.first == self.last else self.text

    def before(self, other: MemoDate) -> bool:
        """Whether every day this date can mean comes before every day ``other`` can."""
        return self.last < other.first

    @classmethod
    def of(cls, day: dt.date | None, partial: str | None) -> MemoDate | None:
        """The memo's ``date``, else its ``partialDate``, else None."""
        if day is not None:
            return cls(text=day.isoformat(), first=day, last=day)
        if partial is None:
            return None
        year, _, month = partial.partition("-")
        if not month:
            return cls(
                text=partial, first=dt.date(int(year), 1, 1), last=dt.date(int(year), 12, 31)
            )
        first = dt.date(int(year), int(month), 1)
        following = dt.date(first.year + first.month // 12, first.month % 12 + 1, 1)
        return cls(text=partial, first=first, last=following - dt.timedelta(days=1))


@attrs.frozen(kw_only=True)
class Step:
    """One outcome of one memo, as the report tracks it: where an item started or a follow-up."""

    #: The memo's file (inside a package: the package path joined with the memo's).
    path: str
    #: The memo's record identifier, or None when it has none.
    record: str | None
    date: MemoDate | None
    #: The outcome's ``id`` in the memo, and its place among the memo's outcomes.
    outcome: str
    index: int
    #: The outcome's wire tag: ``followUpAction``, ``matterToAgree``, ...
    kind: str
    status: OutcomeStatus
    title: LocalizedText
    #: Who is responsible, by name or label (a participant's or person's name,
    #: else title; an organisation's name): never an internal id.
    owner: tuple[LocalizedText, ...] = ()
    due_date: dt.date | None = None
    due_text: LocalizedText | None = None
    #: The earlier outcome this one follows up, as the memo names it.
    follows: EarlierOutcome | None = None

    @property
    def order(self) -> tuple[dt.date, dt.date, str, int]:
        """Date, then path, then place in the memo; a step without a date comes last."""
        if self.date is None:
            return (dt.date.max, dt.date.max, self.path, self.index)
        return (self.date.first, self.date.last, self.path, self.index)


@attrs.frozen(kw_only=True)
class Note:
    """Something to know about an item that is not an error: ``id`` of the catalogue."""

    id: str
    values: tuple[tuple[str, str], ...] = ()

    def message(self, language: str = "fi", *, local_days: bool = False) -> str:
        """The note in ``language`` (``fi``, ``sv`` or ``en``).

        ``local_days``: its days in the language's form (``15.1.2026``), as
        the text report shows them; else as the memos give them (ISO 8601).
        """
        return word(self.id, language, **_values(self.values, language, local_days))


@attrs.frozen(kw_only=True)
class TrackedItem:
    """An outcome followed across memos: where it started, each follow-up, where it stands."""

    origin: Step
    #: Each later outcome that follows it up (directly or through another), by date, then path.
    history: tuple[Step, ...] = ()
    #: The latest status: that of the last follow-up, else the origin's.
    status: OutcomeStatus
    #: From the latest step that names anyone responsible.
    owner: tuple[LocalizedText, ...] = ()
    #: From the latest step that gives a due date or timing.
    due_date: dt.date | None = None
    due_text: LocalizedText | None = None
    #: The status closes the item (:data:`CLOSED`).
    closed: bool
    #: The due date has passed at the report's ``as_of`` and the item is not closed.
    overdue: bool
    notes: tuple[Note, ...] = ()
    #: The earlier outcome the origin names but the collection does not hold
    #: (an orphan); the item is kept, and the report lists the error.
    unresolved: EarlierOutcome | None = None

    @property
    def latest(self) -> Step:
        """The last step: the latest follow-up, or the origin."""
        return self.history[-1] if self.history else self.origin


class ErrorKind(StrEnum):
    """What kind of error the report lists."""

    #: A memo with error findings: listed, not used.
    INVALID_MEMO = "invalidMemo"
    #: A file, folder or package that could not be read (``HN-D002``): an I/O error, or
    #: a file too large or a damaged package (the entry's ``readable`` tells which).
    UNREADABLE = "unreadable"
    #: A file read, but not as a memo (``HN-D001``: not JSON, not XML, not the model).
    NOT_A_MEMO = "notAMemo"
    #: A follow-up of a record identifier no memo read has.
    MISSING_RECORD = "missingRecord"
    #: A follow-up of a record whose memo has errors, and so was not used.
    UNUSED_RECORD = "unusedRecord"
    #: A follow-up of an outcome id the earlier memo does not have.
    MISSING_OUTCOME = "missingOutcome"
    #: A follow-up dated before the outcome it follows.
    DATED_BEFORE = "datedBefore"
    #: Two memos with the same record identifier.
    DUPLICATE_RECORD = "duplicateRecord"
    #: Follow-ups that lead back to themselves.
    CYCLE = "cycle"


_MESSAGE_IDS = {
    ErrorKind.INVALID_MEMO: "error.invalid_memo",
    ErrorKind.UNREADABLE: "error.unreadable",
    ErrorKind.NOT_A_MEMO: "error.not_a_memo",
    ErrorKind.MISSING_RECORD: "error.missing_record",
    ErrorKind.UNUSED_RECORD: "error.unused_record",
    ErrorKind.MISSING_OUTCOME: "error.missing_outcome",
    ErrorKind.DATED_BEFORE: "error.dated_before",
    ErrorKind.DUPLICATE_RECORD: "error.duplicate_record",
    ErrorKind.CYCLE: "error.cycle",
}


@attrs.frozen(kw_only=True)
class FollowupError:
    """An error the report lists: the memo ``path`` it is about, and what is wrong."""

    path: str
    kind: ErrorKind
    #: The values the message names.
    values: tuple[tuple[str, str], ...] = ()
    #: For a memo not used: its error findings.
    findings: tuple[RuleFinding, ...] = ()

    def message(self, language: str = "fi", *, local_days: bool = False) -> str:
        """The message in ``language``; a memo's findings in that language, code first.

        ``local_days`` as for :meth:`Note.message`.
        """
        values = _values(self.values, language, local_days)
        if self.findings:
            values["findings"] = "; ".join(
                f"{finding.code} {localized_location(finding.path or '/', language)}: "
                f"{finding.message(language)}"
                for finding in self.findings
            )
        return word(_MESSAGE_IDS[self.kind], language, **values)


@attrs.frozen(kw_only=True)
class FollowupResult:
    """The follow-up report: every tracked item, and the errors met on the way."""

    items: tuple[TrackedItem, ...]
    errors: tuple[FollowupError, ...]
    #: The day overdue is judged on.
    as_of: dt.date
    #: Memos read and used.
    memos: int = 0

    @property
    def overdue(self) -> tuple[TrackedItem, ...]:
        """The items overdue at ``as_of``."""
        return tuple(item for item in self.items if item.overdue)


#: The values of notes and errors that hold memo dates (several joined by ", ").
_DAY_VALUES = frozenset({"date", "earlier_date"})


def _values(values: tuple[tuple[str, str], ...], language: str, local_days: bool) -> dict[str, str]:
    if not local_days:
        return dict(values)
    return {
        name: ", ".join(_local_date(part, language) for part in value.split(", "))
        if name in _DAY_VALUES
        else value
        for name, value in values
    }


def _local_date(text: str, language: str) -> str:
    """A memo's date (:attr:`MemoDate.text`) as people write it: see :meth:`MemoDate.shown`."""
    try:
        day = dt.date.fromisoformat(text) if len(text) == len("YYYY-MM-DD") else None
    except ValueError:
        day = None
    return text if day is None else local_day(day, language)
