"""The coverage report for programs: one JSON object, or CSV rows.

JSON mirrors the report data (``docs/coverage.md``): names in camelCase,
dates in ISO 8601, names of places in the language asked for (``name``) and
in Finnish and Swedish (``names``). CSV has one row per county, period and
municipality; memos in error are not rows (the command line says them on
standard error).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from typing import Any

from ..model import LocalizedText
from ._report import CoverageReport, CoverageResult, CoveringMemo, ReportError
from ._words import say

__all__ = ["CSV_COLUMNS", "as_csv", "as_json"]

#: The CSV header, in order.
CSV_COLUMNS = (
    "county",
    "county_name",
    "kind",
    "kind_label",
    "period",
    "start",
    "end",
    "as_of",
    "days_left",
    "municipality",
    "municipality_name",
    "covered",
    "memo_count",
    "dates",
    "paths",
)

#: A cell starting with one of these is a formula to a spreadsheet.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def as_json(result: CoverageResult, language: str) -> dict[str, Any]:
    """The whole result as one JSON value, names in ``language``."""
    return {
        "asOf": _iso(result.as_of),
        "complete": result.complete,
        "reports": [_report(r, language) for r in result.reports],
        "errors": [_error(e, language) for e in result.errors],
    }


def _names(text: LocalizedText, language: str) -> dict[str, Any]:
    return {
        "name": text.get(language),
        "names": {lang: value for lang, value in text.items() if lang != "en"},
    }


def _report(report: CoverageReport, language: str) -> dict[str, Any]:
    return {
        "county": {"code": report.county.code, **_names(report.county.name, language)},
        "kind": report.kind.value,
        "kindLabel": say(report.kind.value, language),
        "period": report.period,
        "start": report.start.isoformat(),
        "end": report.end.isoformat(),
        "asOf": report.as_of.isoformat(),
        "daysLeft": report.days_left,
        "held": report.held,
        "complete": report.complete,
        "municipalities": [
            {
                "code": m.code,
                **_names(m.name, language),
                "covered": m.covered,
                "memos": [_memo(memo) for memo in m.memos],
            }
            for m in report.municipalities
        ],
        "missing": list(report.missing),
        "errors": [_error(e, language) for e in report.errors],
    }


def _memo(memo: CoveringMemo) -> dict[str, Any]:
    return {
        "path": memo.path,
        "date": _when(memo),
        "joint": memo.joint,
        "kind": memo.kind.value,
    }


def _when(memo: CoveringMemo) -> str | None:
    return memo.date.isoformat() if memo.date is not None else memo.partial_date


def _error(error: ReportError, language: str) -> dict[str, Any]:
    return {"path": error.path, "message": error.message.get(language), "code": error.code}


def _iso(day: dt.date | None) -> str | None:
    return None if day is None else day.isoformat()


def as_csv(result: CoverageResult, language: str) -> str:
    """One row per county, period and municipality, after a header row (``CSV_COLUMNS``)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for report in result.reports:
        for row in report.municipalities:
            writer.writerow(
                (
                    report.county.code,
                    _cell(report.county.name.get(language)),
                    report.kind.value,
                    say(report.kind.value, language),
                    report.period,
                    report.start.isoformat(),
                    report.end.isoformat(),
                    report.as_of.isoformat(),
                    "" if report.days_left is None else report.days_left,
                    row.code,
                    _cell(row.name.get(language)),
                    "true" if row.covered else "false",
                    len(row.memos),
                    ";".join(_when(m) or "" for m in row.memos),
                    _cell(";".join(m.path for m in row.memos)),
                )
            )
    return out.getvalue()


def _cell(text: str | None) -> str:
    """A text cell a spreadsheet shows as text, never runs as a formula."""
    value = text or ""
    return "'" + value if value.startswith(_FORMULA_START) else value
