"""The theme and the objectives, where the memo states them in so many words.

"Neuvottelujen teemana ovat X." gives the theme X; "Neuvottelujen
tavoitteena on todeta Y ja käydä Z." gives the objectives "todeta Y" and
"käydä Z" (an objective begins with a verb in the infinitive). Swedish:
"Temat för förhandlingen är X", "Målet är att Y och att Z".
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import attrs

__all__ = ["Aims", "aims_in"]

_SENTENCE = re.compile(r"(?<=[.!?])\s+")
_THEME = {
    "fi": re.compile(r"\bteemana (?:ovat|on) (?P<text>.+?)[.!]?$", re.IGNORECASE),
    "sv": re.compile(r"\btema(?:t)?\b[^.]*?\bär (?P<text>.+?)[.!]?$", re.IGNORECASE),
}
_OBJECTIVES = {
    "fi": re.compile(r"\btavoitteena (?:on|ovat) (?P<text>.+?)[.!]?$", re.IGNORECASE),
    "sv": re.compile(r"\bmål(?:et|en)?\b[^.]*?\bär att (?P<text>.+?)[.!]?$", re.IGNORECASE),
}
#: "todeta X ja käydä Y": a new objective begins at an infinitive after "ja".
_FI_INFINITIVE = re.compile(r"[a-zåäö]+(?:a|ä)")


@attrs.frozen
class Aims:
    theme: str | None = None
    objectives: tuple[str, ...] = ()
    #: Where each was found.
    theme_where: str = ""
    objectives_where: str = ""


def aims_in(passages: Iterable[tuple[str, str]], language: str) -> Aims:
    """The first theme and objectives stated in ``passages`` (text, where)."""
    theme = theme_where = None
    objectives: tuple[str, ...] = ()
    objectives_where = ""
    for text, where in passages:
        for sentence in _SENTENCE.split(text):
            found = _THEME[language].search(sentence)
            if found and theme is None:
                theme, theme_where = found.group("text"), where
            found = _OBJECTIVES[language].search(sentence)
            if found and not objectives:
                objectives, objectives_where = _split(found.group("text"), language), where
    return Aims(
        theme=theme,
        objectives=objectives,
        theme_where=theme_where or "",
        objectives_where=objectives_where,
    )


def _split(text: str, language: str) -> tuple[str, ...]:
    if language == "sv":
        return tuple(part.strip() for part in re.split(r",? och att ", text) if part.strip())
    pieces = text.split(" ja ")
    first = pieces[0].split(" ", 1)[0]
    if not _FI_INFINITIVE.fullmatch(first):
        return (text,)
    objectives = [pieces[0]]
    for piece in pieces[1:]:
        if _FI_INFINITIVE.fullmatch(piece.split(" ", 1)[0]):
            objectives.append(piece)
        else:
            objectives[-1] += " ja " + piece
    return tuple(objectives)
