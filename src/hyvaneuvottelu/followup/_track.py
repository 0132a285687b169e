"""Follow-up across memos: link each outcome to the earlier one it follows up.

One pass over the entries keeps a small :class:`Step` for each outcome that
may matter (every outcome of a memo with a record identifier, since a later
memo may follow it up; every follow-up action, matter to agree and
follow-up of any memo); the models themselves are dropped as soon as their
steps are taken. The links are made at the end, when every memo is known
(:mod:`._links`), so the order of the paths does not matter.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator

from ..collection import MemoEntry, select
from ..model import (
    OUTCOME_TAGS,
    EarlierOutcome,
    LocalizedText,
    Negotiation,
    Outcome,
)
from ._items import (
    CLOSED,
    ErrorKind,
    FollowupError,
    FollowupResult,
    MemoDate,
    Note,
    Step,
    TrackedItem,
)
from ._links import Links

__all__ = ["TRACKED_KINDS", "followup"]

#: The outcomes tracked whether or not a later memo follows them up.
TRACKED_KINDS = frozenset({"followUpAction", "matterToAgree"})
#: The finding of a file that could not be read (rather than read with errors).
_UNREADABLE = "HN-D002"


def followup(
    entries: Iterable[MemoEntry],
    *,
    county: str | None = None,
    municipality: str | None = None,
    as_of: dt.date | None = None,
) -> FollowupResult:
    """Every follow-up action and matter to agree, and every outcome followed up later, tracked.

    ``county`` and ``municipality`` (a code or a name) keep the items that
    started in a memo of that county or with that municipality; every memo is
    still read, so that a follow-up in a memo outside them links as it should.
    ``as_of`` (default: today) is the day overdue is judged on. A county or
    municipality that names nothing known raises
    :class:`~hyvaneuvottelu.collection.QueryError` before any entry is read.
    """
    place = _Place(county, municipality)
    day = as_of if as_of is not None else dt.date.today()
    noted = _Noted(place)
    for entry in entries:
        noted.add(entry)
    steps, wanted = noted.steps, noted.wanted
    links = Links(steps, noted.indexed, noted.records, noted.unused)
    items: list[TrackedItem] = []
    for root in sorted(links.roots(), key=lambda i: steps[i].order):
        if not wanted[root]:
            continue
        history = sorted((steps[i] for i in links.descendants(root)), key=lambda s: s.order)
        origin = steps[root]
        if not history and origin.kind not in TRACKED_KINDS and root not in links.unresolved:
            continue
        items.append(_item(origin, tuple(history), links.unresolved.get(root), day))
    errors = noted.errors
    errors.extend((steps[i].path, steps[i].index, error) for i, error in links.errors if wanted[i])
    errors.sort(key=lambda error: error[:2])
    return FollowupResult(
        items=tuple(items),
        errors=tuple(error for _, _, error in errors),
        as_of=day,
        memos=noted.used,
    )


class _Noted:
    """What one pass over the entries keeps: the steps, and what is needed to link them."""

    def __init__(self, place: _Place) -> None:
        self.place = place
        self.steps: list[Step] = []
        #: Per step: its memo is of the county and municipality asked for.
        self.wanted: list[bool] = []
        self.errors: list[tuple[str, int, FollowupError]] = []
        #: Record identifier -> the path of the first memo with it.
        self.records: dict[str, str] = {}
        #: (record identifier, outcome id) -> the step's index.
        self.indexed: dict[tuple[str, str], int] = {}
        #: Record identifier -> the path of a memo not used.
        self.unused: dict[str, str] = {}
        self.used = 0

    def add(self, entry: MemoEntry) -> None:
        memo = entry.memo
        if memo is None or not entry.ok:
            if memo is None or self.place.matches(entry):
                self.errors.append((entry.path, -1, _not_used(entry)))
            if memo is not None and memo.record is not None and memo.record.identifier:
                self.unused.setdefault(memo.record.identifier, entry.path)
            return
        self.used += 1
        matches = self.place.matches(entry)
        record = memo.record.identifier if memo.record is not None else None
        key = record
        if record is not None and record in self.records:
            if matches:
                duplicate = FollowupError(
                    path=entry.path,
                    kind=ErrorKind.DUPLICATE_RECORD,
                    values=(("record", record), ("memo", self.records[record])),
                )
                self.errors.append((entry.path, -1, duplicate))
            # Its outcomes are items still, but no follow-up can name them.
            key = None
        elif record is not None:
            self.records[record] = entry.path
        for step in _steps(entry.path, memo, record, keep_all=key is not None):
            if key is not None:
                self.indexed[(key, step.outcome)] = len(self.steps)
            self.steps.append(step)
            self.wanted.append(matches)


def _not_used(entry: MemoEntry) -> FollowupError:
    errors = tuple(entry.report.errors)
    if any(f.code == _UNREADABLE for f in errors):
        kind = ErrorKind.UNREADABLE
    elif entry.memo is None:
        kind = ErrorKind.NOT_A_MEMO
    else:
        kind = ErrorKind.INVALID_MEMO
    return FollowupError(path=entry.path, kind=kind, findings=errors)


def _steps(path: str, memo: Negotiation, record: str | None, *, keep_all: bool) -> Iterator[Step]:
    date = MemoDate.of(memo.date, memo.partial_date)
    names = _Names(memo)
    for index, outcome in enumerate(memo.outcomes):
        kind = OUTCOME_TAGS[type(outcome)]
        if not (keep_all or kind in TRACKED_KINDS or outcome.follows is not None):
            continue
        due_date = getattr(outcome, "due_date", None)
        due_text = getattr(outcome, "due_text", None)
        yield Step(
            path=path,
            record=record,
            date=date,
            outcome=outcome.id,
            index=index,
            kind=kind,
            status=outcome.status,
            title=outcome.title,
            owner=names.owner(outcome),
            due_date=due_date,
            due_text=due_text,
            follows=outcome.follows,
        )


class _Names:
    """Who an outcome names as responsible, by name or label, in one memo."""

    def __init__(self, memo: Negotiation) -> None:
        self.memo = memo
        self.labels: dict[str, LocalizedText] | None = None

    def owner(self, outcome: Outcome) -> tuple[LocalizedText, ...]:
        responsible: tuple[str, ...] = getattr(outcome, "responsible", ())
        if not responsible:
            return ()
        if self.labels is None:
            self.labels = self._labels()
        return tuple(self.labels.get(id) or LocalizedText(fi=id) for id in responsible)

    def _labels(self) -> dict[str, LocalizedText]:
        memo = self.memo
        organisations = {o.id: o.name for o in memo.organisations}
        labels = dict(organisations)
        people: list[tuple[str, str | None, LocalizedText | None, LocalizedText | None]] = [
            (p.id, p.name, p.title, organisations.get(p.organisation or ""))
            for p in memo.participants
        ]
        people.extend(
            (p.id, p.name, p.title, organisations.get(p.organisation or "", p.organisation_name))
            for p in memo.people
        )
        for id, name, title, organisation in people:
            label = _person(name, title, organisation)
            if label is not None:
                labels[id] = label
        return labels


def _person(
    name: str | None, title: LocalizedText | None, organisation: LocalizedText | None
) -> LocalizedText | None:
    """A person by name; else by title, with the organisation; else by the organisation."""
    if name is not None:
        return LocalizedText(fi=name)
    if title is None:
        return organisation
    if organisation is None:
        return title
    return LocalizedText(
        **{lang: f"{title.get(lang)} ({organisation.get(lang)})" for lang in ("fi", "sv", "en")}
    )


def _item(
    origin: Step, history: tuple[Step, ...], unresolved: EarlierOutcome | None, as_of: dt.date
) -> TrackedItem:
    steps = (origin, *history)
    latest = steps[-1]
    owner = next((s.owner for s in reversed(steps) if s.owner), ())
    timed = next((s for s in reversed(steps) if s.due_date or s.due_text), None)
    due_date = timed.due_date if timed is not None else None
    closed = latest.status in CLOSED.get(latest.kind, CLOSED[None])
    return TrackedItem(
        origin=origin,
        history=history,
        status=latest.status,
        owner=owner,
        due_date=due_date,
        due_text=timed.due_text if timed is not None else None,
        closed=closed,
        overdue=due_date is not None and due_date < as_of and not closed,
        notes=tuple(_notes(history, unresolved)),
        unresolved=unresolved,
    )


def _notes(history: tuple[Step, ...], unresolved: EarlierOutcome | None) -> Iterator[Note]:
    if unresolved is not None:
        yield Note(
            id="note.unresolved",
            values=(("record", unresolved.record), ("earlier", unresolved.outcome)),
        )
    dated = [(s.date, s.path) for s in history if s.date is not None]
    start = 0
    # Runs of follow-ups whose dates cannot be told apart (the same day, or a
    # month and a day in it): their order, and so the latest status, is the paths'.
    while start < len(dated):
        end = start + 1
        while end < len(dated) and not dated[end - 1][0].before(dated[end][0]):
            end += 1
        run = dated[start:end]
        # Outcomes of one memo are ordered by their place in it: no doubt there.
        if len({path for _, path in run}) > 1:
            yield Note(
                id="note.same_date",
                values=(
                    ("date", ", ".join(dict.fromkeys(date.text for date, _ in run))),
                    ("memos", ", ".join(dict.fromkeys(path for _, path in run))),
                ),
            )
        start = end
    for step in history:
        if step.date is None:
            yield Note(id="note.undated", values=(("memo", step.path),))


class _Place:
    """The county and municipality asked for, as :func:`~hyvaneuvottelu.collection.select` asks."""

    def __init__(self, county: str | None, municipality: str | None) -> None:
        self.county = county
        self.municipality = municipality
        self.any = county is None and municipality is None
        # Refused here, before any entry is read: select checks its query at once.
        select((), county=county, municipality=municipality)

    def matches(self, entry: MemoEntry) -> bool:
        if self.any:
            return True
        found = select((entry,), county=self.county, municipality=self.municipality)
        return any(True for _ in found)
