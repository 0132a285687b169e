"""Legal references in a memo's text: "Laki hyvinvointialueesta 14 §", "(611/2021) 14 §".

A statute the library knows (refdata.STATUTES) is recognised by its title in
Finnish or Swedish as well as by its number; any other statute only by its
number and year, which the citation must then give.
"""

from __future__ import annotations

import re

from .. import refdata
from ..model import LegalReference, LocalizedText

__all__ = ["cites_known_statute", "references_in"]

_SECTION = r"(?P<section>[1-9]\d{0,3}(?: ?[a-z](?![\w]))?)\s*§"
_BY_NUMBER = re.compile(
    r"\b(?P<number>[1-9]\d{0,3})/(?P<year>1[7-9]\d\d|2\d\d\d)\)?(?:\s*(?:[\w-]+\s+){0,2}?)\s*"
    + _SECTION
)


def _titles() -> dict[tuple[int, int], LocalizedText]:
    found: dict[tuple[int, int], LocalizedText] = {}
    for statute in refdata.STATUTES:
        if statute.statute_title is not None:
            found[(statute.statute_number, statute.statute_year)] = statute.statute_title
    return found


_TITLES = _titles()
_BY_TITLE = [
    (
        key,
        re.compile(
            re.escape(title) + r"\s*(?:\(\d+/\d{4}\)\s*)?" + _SECTION,
            re.IGNORECASE,
        ),
    )
    for key, text in _TITLES.items()
    for _, title in text.items()
]


def references_in(text: str, language: str) -> list[LegalReference]:
    """Every provision ``text`` cites, in order, each once."""
    found: list[tuple[int, LegalReference]] = []
    for (number, year), pattern in _BY_TITLE:
        for match in pattern.finditer(text):
            found.append(
                (match.start(), _reference(number, year, match.group("section"), language))
            )
    for match in _BY_NUMBER.finditer(text):
        number, year = int(match.group("number")), int(match.group("year"))
        found.append((match.start(), _reference(number, year, match.group("section"), language)))
    found.sort(key=lambda pair: pair[0])
    return list(dict.fromkeys(reference for _, reference in found))


def cites_known_statute(reference: LegalReference) -> bool:
    """Whether ``reference`` is to a provision a negotiation rests on (611/2021, 612/2021)."""
    return any(
        reference.statute_number == s.statute_number
        and reference.statute_year == s.statute_year
        and reference.section == s.section
        for s in refdata.STATUTES
    )


def _reference(number: int, year: int, section: str, language: str) -> LegalReference:
    title = _TITLES.get((number, year))
    in_language = None
    if title is not None:
        # The title in the memo's own language, as the memo would cite it.
        words = title.get(language)
        in_language = LocalizedText(**{language: words}) if words else None
    return LegalReference(
        statute_number=number,
        statute_year=year,
        section=" ".join(section.split()),
        statute_title=in_language,
    )
