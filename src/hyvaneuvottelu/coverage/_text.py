"""The coverage report as text for people: per report, a table of municipalities.

Lines are made of segments, each a text or a ``(text, role)`` pair: the role
(``"good"``, ``"bad"``, ``"error"``) lets the command line colour it. A gap
is marked by ``[ ]`` and a word in capitals, never by colour alone.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from .._days import as_of_text, local_day
from ..model import NegotiationKind
from ._report import CoverageReport, CoverageResult, CoveringMemo, ReportError
from ._words import say

__all__ = ["Segment", "text_lines"]

#: A piece of a line: plain text, or text with the role it plays.
Segment = str | tuple[str, str | None]

_COVERED, _GAP = "[x]", "[ ]"


def text_lines(result: CoverageResult, language: str) -> Iterator[tuple[Segment, ...]]:
    """The report's lines in ``language`` (``fi``, ``sv`` or ``en``), ending with a summary."""
    if not result.reports:
        yield (say("no_reports", language),)
    for report in result.reports:
        yield from _report_lines(report, language)
        yield ("",)
    if result.errors:
        yield (say("other_errors", language, count=len(result.errors)),)
        yield from _error_lines(result.errors, language)
        yield ("",)
    gaps = sum(1 for r in result.reports if not r.complete)
    errors = len(result.errors) + sum(len(r.errors) for r in result.reports)
    yield (
        say(
            "summary",
            language,
            reports=len(result.reports),
            complete=len(result.reports) - gaps,
            gaps=gaps,
            errors=errors,
        ),
    )


def _day(day: dt.date, language: str) -> str:
    return local_day(day, language)


def _report_lines(report: CoverageReport, language: str) -> Iterator[tuple[Segment, ...]]:
    county = report.county
    yield (f"{county.name.get(language)} ({county.code})",)
    term = report.kind is NegotiationKind.COUNCIL_TERM
    period = say(
        "period.term" if term else "period.year",
        language,
        period=report.period,
        start=_day(report.start, language),
        end=_day(report.end, language),
    )
    yield (f"{say(report.kind.value, language)}: {period}",)
    status = [as_of_text(report.as_of, language)]
    if report.days_left is not None:
        key = "day_left" if report.days_left == 1 else "days_left"
        status.append(say(key if term else f"{key}_year", language, days=report.days_left))
    elif report.as_of > report.end:
        status.append(say("ended", language, end=_day(report.end, language)))
    elif report.as_of < report.start:
        status.append(say("not_begun", language, start=_day(report.start, language)))
    yield ("; ".join(status),)
    if not term:
        yield (
            (say("held", language), "good") if report.held else (say("not_held", language), "bad"),
        )
    yield ("",)
    yield from _table(report, language, term=term)
    yield ("",)
    names = [f"{m.name.get(language)} ({m.code})" for m in report.municipalities if not m.covered]
    if names:
        key = "missing_list" if term else "missing_list_year"
        yield ((say(key, language, count=len(names), names=", ".join(names)), "bad"),)
    else:
        key = "all_covered" if term else "all_took_part"
        yield ((say(key, language, count=len(report.municipalities)), "good"),)
    if report.errors:
        yield ((say("errors", language, count=len(report.errors)), "error"),)
        yield from _error_lines(report.errors, language)


def _table(report: CoverageReport, language: str, *, term: bool) -> Iterator[tuple[Segment, ...]]:
    yes = say("covered" if term else "took_part", language)
    no = say("missing" if term else "absent", language).upper()
    names = [str(m.name.get(language)) for m in report.municipalities]
    name_width = max([len(say("municipality", language)), *map(len, names)])
    status_width = max(len(yes), len(no)) + len(_GAP) + 1
    code_width = max(len(say("code", language)), 3)
    yield (
        "  "
        + say("code", language).ljust(code_width)
        + "  "
        + say("municipality", language).ljust(name_width)
        + "  "
        + say("status", language).ljust(status_width)
        + "  "
        + say("memos", language),
    )
    for row, name in zip(report.municipalities, names, strict=True):
        mark = (f"{_COVERED} {yes}", "good") if row.covered else (f"{_GAP} {no}", "bad")
        start = "  " + row.code.ljust(code_width) + "  " + name.ljust(name_width) + "  "
        if not row.memos:
            yield (start, mark)
            continue
        memos = "; ".join(_memo(m, language) for m in row.memos)
        yield (start, (mark[0].ljust(status_width), mark[1]), "  " + memos)


def _memo(memo: CoveringMemo, language: str) -> str:
    when = _day(memo.date, language) if memo.date is not None else memo.partial_date
    how = say("joint" if memo.joint else "one_to_one", language)
    return f"{when or say('no_day', language)} {how}: {memo.path}"


def _error_lines(errors: tuple[ReportError, ...], language: str) -> Iterator[tuple[Segment, ...]]:
    for error in errors:
        yield ("  ", (f"{error.path}: {error.message.get(language)}", "error"))
