"""People: a title and a name as memos write them, and the participants they become.

"Kaupunginhallituksen puheenjohtaja Jussi Patinen", "Kaupunginjohtaja Pasi
Perämäki", "Mia Laiho, aluehallituksen puheenjohtaja": the name is the run of
capitalised words, the title what stands beside it.
"""

from __future__ import annotations

import re

import attrs

from ..model import LeadershipKind, LocalizedText, MeetingRole, Participant, Presence
from ._ids import Identifiers
from ._parties import slug

__all__ = ["People", "Person", "split_title_name"]

_NAME_WORD = re.compile(r"[A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)*")
#: Endings of the words that are a post, not a first name: "Kaupunginjohtaja".
_POST_ENDINGS = (
    "johtaja",
    "jäsen",
    "päällikkö",
    "sihteeri",
    "valtuutettu",
    "asiantuntija",
    "lääkäri",
    "koordinaattori",
    "suunnittelija",
    "neuvos",
    "pormestari",
    "esihenkilö",
    "ordförande",
    "direktör",
    "ledamot",
    "chef",
    "sekreterare",
    "borgmästare",
    "expert",
)


def split_title_name(text: str) -> tuple[str | None, str | None]:
    """``"Kaupunginjohtaja Pasi Perämäki"`` -> ``("Kaupunginjohtaja", "Pasi Perämäki")``.

    >>> split_title_name("Aluehallituksen puheenjohtaja Mia Laiho")
    ('Aluehallituksen puheenjohtaja', 'Mia Laiho')
    >>> split_title_name("Puheenjohtaja")
    ('Puheenjohtaja', None)
    """
    words = text.split()
    run = 0
    while run < len(words) and _NAME_WORD.fullmatch(words[len(words) - 1 - run]):
        run += 1
    if run == len(words) and words and words[0].casefold().endswith(_POST_ENDINGS):
        run -= 1
    if run < 2 and not (run == 1 and len(words) > 1):
        return (text or None), None
    title = " ".join(words[: len(words) - run]) or None
    return title, " ".join(words[len(words) - run :])


@attrs.define
class Person:
    """A participant as the importer gathers what the memo says of them."""

    name: str | None
    title: str | None = None
    organisation: str | None = None
    leadership: LeadershipKind | None = None
    roles: list[MeetingRole] = attrs.Factory(list)
    presence: Presence | None = None
    id: str = ""


class People:
    """The participants of one memo, each once, in order of first mention."""

    def __init__(self, language: str, taken: Identifiers) -> None:
        self.language = language
        self.people: list[Person] = []
        self._taken = taken

    def add(self, person: Person) -> Person:
        """``person``, or the one already known by that name with what ``person`` adds."""
        if person.name is not None:
            for known in self.people:
                if known.name is not None and known.name.casefold() == person.name.casefold():
                    known.title = known.title or person.title
                    known.organisation = known.organisation or person.organisation
                    known.leadership = known.leadership or person.leadership
                    known.presence = known.presence or person.presence
                    known.roles.extend(r for r in person.roles if r not in known.roles)
                    return known
        person.id = self._new_id(person)
        self.people.append(person)
        return person

    def chair(self) -> Person | None:
        return next((p for p in self.people if MeetingRole.CHAIR in p.roles), None)

    def nameless_chair(self) -> Person:
        """The chair the memo mentions only by role, first among the participants."""
        person = Person(name=None, roles=[MeetingRole.CHAIR])
        person.id = self._taken.new("chair")
        self.people.insert(0, person)
        return person

    def participants(self) -> tuple[Participant, ...]:
        return tuple(
            Participant(
                id=p.id,
                name=p.name,
                title=None if p.title is None else LocalizedText(**{self.language: p.title}),
                organisation=p.organisation,
                leadership=p.leadership,
                roles=tuple(p.roles),
                presence=p.presence,
            )
            for p in self.people
        )

    def _new_id(self, person: Person) -> str:
        if person.name:
            surname = slug(person.name.split()[-1])
            return self._taken.new(surname if surname not in self._taken else slug(person.name))
        return self._taken.new(slug(person.title or "participant"))
