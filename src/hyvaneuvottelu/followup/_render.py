"""The follow-up report for people and programs: text lines, one JSON document, CSV rows.

Codes are shown as labels in the report's language (``tehty``, not
``done``); the JSON document carries both, the code for programs and the
label for people. Nothing here escapes for a terminal: the command line does
that where it prints.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from .._days import as_of_text, local_day
from ..model import LocalizedText, OutcomeStatus, code_label
from ._items import FollowupResult, Step, TrackedItem
from ._words import count, word

__all__ = ["CSV_COLUMNS", "csv_rows", "json_document", "text_lines"]

#: The CSV report's columns, by their ids in the catalogue.
CSV_COLUMNS = (
    "kind",
    "title",
    "status",
    "overdue",
    "owner",
    "due_date",
    "due_text",
    "path",
    "record",
    "date",
    "outcome",
    "history",
    "notes",
)
#: A cell starting with one of these is read as a formula by spreadsheets;
#: such a cell is written after an apostrophe, which they show as text.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _text(value: LocalizedText | None, language: str) -> str | None:
    return None if value is None else value.get(language)


def _status(status: OutcomeStatus, language: str) -> str:
    return code_label(status, language)


def _kind(kind: str, language: str) -> str:
    return word(f"kind.{kind}", language)


def json_document(result: FollowupResult, language: str = "fi") -> dict[str, Any]:
    """``{"asOf", "items": [...], "errors": [...]}``: see docs/followup.md for each field."""
    return {
        "asOf": result.as_of.isoformat(),
        "items": [_json_item(item, language) for item in result.items],
        "errors": [
            {"path": error.path, "kind": error.kind.value, "message": error.message(language)}
            for error in result.errors
        ],
    }


def _json_item(item: TrackedItem, language: str) -> dict[str, Any]:
    origin = item.origin
    return {
        "kind": origin.kind,
        "kindLabel": _kind(origin.kind, language),
        "title": origin.title.get(language),
        "status": item.status.value,
        "statusLabel": _status(item.status, language),
        "closed": item.closed,
        "overdue": item.overdue,
        "owner": [owner.get(language) for owner in item.owner],
        "dueDate": item.due_date.isoformat() if item.due_date else None,
        "dueText": _text(item.due_text, language),
        "origin": _json_step(origin, language),
        "history": [_json_step(step, language) for step in item.history],
        "follows": (
            None
            if item.unresolved is None
            else {"record": item.unresolved.record, "outcome": item.unresolved.outcome}
        ),
        "notes": [note.message(language) for note in item.notes],
    }


def _json_step(step: Step, language: str) -> dict[str, Any]:
    return {
        "path": step.path,
        "record": step.record,
        "date": step.date.text if step.date else None,
        "outcome": step.outcome,
        "kind": step.kind,
        "status": step.status.value,
        "statusLabel": _status(step.status, language),
        "title": step.title.get(language),
    }


def text_lines(
    result: FollowupResult, language: str = "fi", *, only_overdue: bool = False
) -> Iterator[str]:
    """The report as lines of text: each item, its history, notes; the errors; a summary.

    With ``only_overdue``, the items not overdue are left out (the summary
    still counts them).
    """
    yield as_of_text(result.as_of, language)
    for item in result.items:
        if only_overdue and not item.overdue:
            continue
        yield ""
        yield from _text_item(item, language)
    if result.errors:
        yield ""
    for error in result.errors:
        message = error.message(language, local_days=True)
        yield f"{word('text.error', language)}: {error.path}: {message}"
    yield ""
    if not result.items and not result.errors:
        yield word("text.nothing", language)
    else:
        yield ", ".join(
            (
                count("items", len(result.items), language),
                count("overdue", len(result.overdue), language),
                count("errors", len(result.errors), language),
            )
        )


def _text_item(item: TrackedItem, language: str) -> Iterator[str]:
    origin = item.origin
    head = (
        f'{_kind(origin.kind, language)} "{origin.title.get(language)}": '
        f"{word('text.status', language)} {_status(item.status, language)}"
    )
    if item.overdue:
        head += f" {word('text.overdue', language)}"
    yield head
    yield f"  {word('text.started', language)}: {_text_step(origin, language)}"
    title = origin.title.get(language)
    for step in item.history:
        line = f"  {word('text.followed', language)}: {_text_step(step, language)}"
        if step.title.get(language) != title:
            title = step.title.get(language)
            line += f' "{title}"'
        yield line
    if item.owner:
        owners = ", ".join(str(owner.get(language)) for owner in item.owner)
        yield f"  {word('text.owner', language)}: {owners}"
    due = _due(item, language)
    if due:
        yield f"  {word('text.due', language)}: {due}"
    for note in item.notes:
        yield f"  {word('text.note', language)}: {note.message(language, local_days=True)}"


def _text_step(step: Step, language: str) -> str:
    date = step.date.shown(language) if step.date else word("text.no_date", language)
    record = step.record if step.record is not None else word("text.no_record", language)
    return (
        f"{date}, {step.path} ({record}), {word('text.outcome', language)} {step.outcome}: "
        f"{_status(step.status, language)}"
    )


def _due(item: TrackedItem, language: str) -> str:
    date = local_day(item.due_date, language) if item.due_date else ""
    text = _text(item.due_text, language)
    if date and text:
        return f"{date} ({text})"
    return date or text or ""


def csv_rows(result: FollowupResult, language: str = "fi") -> Iterator[list[str]]:
    """The header, then a row for each item: its history and notes in one cell each.

    Errors are not rows: the command prints them apart. A cell that a
    spreadsheet would read as a formula starts with an apostrophe.
    """
    yield [word(f"csv.{column}", language) for column in CSV_COLUMNS]
    yes, no = word("csv.yes", language), word("csv.no", language)
    for item in result.items:
        origin = item.origin
        history = "; ".join(
            f"{step.date.text if step.date else word('text.no_date', language)} "
            f"{_status(step.status, language)} ({step.path})"
            for step in item.history
        )
        row = [
            _kind(origin.kind, language),
            str(origin.title.get(language)),
            _status(item.status, language),
            yes if item.overdue else no,
            ", ".join(str(owner.get(language)) for owner in item.owner),
            item.due_date.isoformat() if item.due_date else "",
            _text(item.due_text, language) or "",
            origin.path,
            origin.record or "",
            origin.date.text if origin.date else "",
            origin.outcome,
            history,
            "; ".join(note.message(language) for note in item.notes),
        ]
        yield [f"'{cell}" if cell.startswith(_FORMULA_STARTS) else cell for cell in row]
