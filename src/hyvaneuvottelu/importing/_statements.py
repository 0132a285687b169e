"""Statements and speakers: "<title> <name> esitti puheenvuoron <party>n <kind>johdon puolesta".

The sentence that introduces a statement names the speaker (title and name),
whom they spoke for and for which of its leaderships: elected
(luottamushenkilöjohto, förtroendevald ledning) or official
(viranhaltijajohto, tjänsteinnehavarledning).
"""

from __future__ import annotations

import re

import attrs

from ..model import LeadershipKind, OnBehalfOf
from ._parties import PartyFinder
from ._people import People, Person, split_title_name

__all__ = ["Introduction", "introduction"]

_INTRODUCTIONS = {
    "fi": re.compile(
        r"(?P<who>[A-ZÅÄÖ][^.!?:]*?)\s+(?:esitti|piti|käytti)\s+(?:\w+\s+){0,2}?"
        r"(?:avaus|alustus)?puheenvuoron(?P<rest>(?:[^.!?]|\.(?=\S))*)(?:[.!?]|$)"
    ),
    "sv": re.compile(
        r"(?P<who>[A-ZÅÄÖ][^.!?:]*?)\s+(?:höll|framförde|hade)\s+(?:ett\s+)?(?:\w+\s+)?"
        r"(?:inlednings|öppnings)?anförande(?:t)?(?P<rest>(?:[^.!?]|\.(?=\S))*)(?:[.!?]|$)"
    ),
}
_ON_BEHALF = {
    "fi": re.compile(r"^\s*(?P<party>.*?)\s*puolesta\b"),
    "sv": re.compile(r"^\s*(?:på\s+(?P<party>.*?)\s+vägnar|för\s+(?P<party2>.+?))\s*$"),
}
_LEADERSHIP = (
    (
        re.compile(r"luottamushenkilö|poliittise|förtroendevald|politisk", re.I),
        LeadershipKind.ELECTED,
    ),
    (
        re.compile(r"viranhaltija|virkamies|tjänsteinnehavar|tjänstem", re.I),
        LeadershipKind.OFFICIAL,
    ),
)


@attrs.frozen
class Introduction:
    """A statement's introducing sentence, the rest of its paragraph, and the speaker."""

    sentence: str
    rest: str
    speaker: Person
    on_behalf_of: OnBehalfOf | None


def introduction(
    text: str, finder: PartyFinder, people: People, language: str
) -> Introduction | None:
    """The statement ``text`` introduces, with its speaker added to ``people``; else None."""
    match = _INTRODUCTIONS[language].match(text)
    if match is None:
        return None
    title, name = split_title_name(match.group("who"))
    if title is None and name is None:
        return None
    behalf = _ON_BEHALF[language].match(match.group("rest"))
    party_text = (behalf.group("party") or behalf.groupdict().get("party2") or "") if behalf else ""
    leadership = next((kind for pattern, kind in _LEADERSHIP if pattern.search(party_text)), None)
    party = finder.of_body(party_text) if party_text else None
    organisation = party or (finder.of_body(title) if title else None)
    speaker = people.add(
        Person(name=name, title=title, organisation=organisation, leadership=leadership)
    )
    on_behalf_of = (
        OnBehalfOf(organisation=party, leadership=leadership) if party is not None else None
    )
    sentence = match.group(0).strip()
    return Introduction(
        sentence=sentence,
        rest=text[match.end() :].strip(),
        speaker=speaker,
        on_behalf_of=on_behalf_of,
    )
