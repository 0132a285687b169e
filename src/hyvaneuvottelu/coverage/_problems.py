"""Why a memo counts for nothing in a report: its own first error, or the coverage check's."""

from __future__ import annotations

from .._days import day_text
from .._messages import localized_location
from ..model import LocalizedText
from ..rules import Severity
from ._facts import MemoFacts, MemoLike
from ._report import ReportError
from ._words import in_languages

__all__ = ["date_text", "error_key", "first_error", "problem"]


def first_error(entry: MemoLike) -> ReportError:
    """The entry's first error, where it is and what it says, in each language."""
    finding = next((f for f in entry.report.findings if f.severity is Severity.ERROR), None)
    if finding is None:
        return problem(entry, "coverage.unreadable")
    texts = {
        language: f"{localized_location(finding.path or '/', language)}: "
        f"{finding.message(language)}"
        for language in ("fi", "sv", "en")
    }
    return ReportError(path=entry.path, message=LocalizedText(**texts), code=finding.code)


def problem(entry: MemoLike, key: str, **values: object) -> ReportError:
    """An error of the coverage check itself, ``key`` of the report's words."""
    return ReportError(path=entry.path, message=in_languages(key, **values), code=key)


def date_text(facts: MemoFacts) -> LocalizedText:
    """The memo's date as its error names it: the day, or the year or month it gives."""
    if facts.date is not None:
        return day_text(facts.date)
    text = facts.partial_date or ""
    return LocalizedText(fi=text, sv=text, en=text)


def error_key(error: ReportError) -> tuple[str, str]:
    """Errors are listed by path, then message."""
    return error.path, error.message.first()
