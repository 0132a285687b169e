"""Follow-up across memos (seuranta): what was left to do, and where it stands now.

A later memo's outcome may follow up an earlier memo's outcome (``follows``:
the earlier record's identifier and the outcome's id) and give it a new
status. :func:`followup` reads memo entries (``collection.read_memos``) and
tracks every follow-up action and matter to agree, and every outcome a later
memo follows up: where it started, each follow-up in order, its latest
status, who is responsible, its due date, and whether it is overdue.
"""

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
from ._render import CSV_COLUMNS, csv_rows, json_document, text_lines
from ._track import TRACKED_KINDS, followup

__all__ = [
    "CLOSED",
    "CSV_COLUMNS",
    "TRACKED_KINDS",
    "ErrorKind",
    "FollowupError",
    "FollowupResult",
    "MemoDate",
    "Note",
    "Step",
    "TrackedItem",
    "csv_rows",
    "followup",
    "json_document",
    "text_lines",
]
