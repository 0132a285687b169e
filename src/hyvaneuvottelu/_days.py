"""Days as the reports show them to people, in Finnish, Swedish and English.

One definition for the coverage report (text and HTML) and the follow-up
report's text: a day in the language's own form, and the phrase that says
which day a report is made for ("tilanne 30.11.2026"). Machine outputs (JSON,
CSV fields) keep ISO 8601 and do not come here.
"""

from __future__ import annotations

import datetime as dt
from typing import Final

from .model import LocalizedText

__all__ = ["as_of_text", "day_text", "local_day"]

#: The day a report is made for, ``{day}`` in the language's form.
_AS_OF: Final[dict[str, str]] = {
    "fi": "tilanne {day}",
    "sv": "läget per {day}",
    "en": "as of {day}",
}


def local_day(day: dt.date, language: str) -> str:
    """``day`` as people write it: ``1.6.2025`` in Finnish and Swedish, ISO in English."""
    if language in ("fi", "sv"):
        return f"{day.day}.{day.month}.{day.year}"
    return day.isoformat()


def day_text(day: dt.date) -> LocalizedText:
    """``day`` in each language's form (:func:`local_day`)."""
    return LocalizedText(fi=local_day(day, "fi"), sv=local_day(day, "sv"), en=local_day(day, "en"))


def as_of_text(day: dt.date, language: str, *, capital: bool = False) -> str:
    """ "tilanne 30.11.2026", "läget per 30.11.2026", "as of 2026-11-30"; ``capital``: "Tilanne"."""
    text = _AS_OF[language].format(day=local_day(day, language))
    return text[:1].upper() + text[1:] if capital else text
