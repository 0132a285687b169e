"""The header block: date and time, place, and who attended in which role.

"Aika: 12.2.2025 klo 13.00–14.30", "Paikka: ...", "Läsnä:", "Poissa:",
"Puheenjohtaja:", "Sihteeri:", "Muut läsnäolijat:" and their Swedish
counterparts. Attendee lists come one person a line or separated by
semicolons, a person as "Name, title, organisation", under an organisation's
name, or with a marker such as "(pj)" or "(etänä)".
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

import attrs

from .._messages import Message
from ..model import LocalizedText, MeetingRole, Presence
from ._lines import Line
from ._parties import PartyFinder
from ._people import People, Person, split_title_name
from ._result import ImportNote, NoteKind, note_text
from ._structure import Field

__all__ = ["Header", "read_header"]

_DATE = re.compile(
    r"\b(?P<day>\d{1,2})\.\s?(?P<month>\d{1,2})\.\s?(?P<year>\d{4})\b"
    r"|\b(?P<iso>\d{4}-\d{2}-\d{2})\b"
)
_TIME = r"(?P<{0}h>\d{{1,2}})(?:[.:](?P<{0}m>\d{{2}}))?"
_CLOCK = re.compile(
    r"\b(?:klo|kello|kl)\.?\s*" + _TIME.format("s") + r"(?:\s*[-–—]\s*" + _TIME.format("e") + ")?",
    re.IGNORECASE,
)
_BARE_CLOCK = re.compile(
    r"\b(?P<sh>\d{1,2})[.:](?P<sm>\d{2})(?:\s*[-–—]\s*(?P<eh>\d{1,2})[.:](?P<em>\d{2}))?\b"
)
_ROLE_MARKERS = (
    (
        re.compile(r"\((?:pj|puheenjohtaja|ordf|ordförande)\.?\)|,\s*pj\.?$", re.I),
        MeetingRole.CHAIR,
    ),
    (
        re.compile(r"\((?:siht|sihteeri|sekr|sekreterare)\.?\)|,\s*siht\.?$", re.I),
        MeetingRole.SECRETARY,
    ),
)
_PRESENCE_MARKERS = (
    (
        re.compile(r"\((?:etänä|etäyhteydellä|etäyhteys|teams|på distans|distans)\)", re.I),
        Presence.REMOTE,
    ),
    (
        re.compile(
            r"\((?:osittain|osan aikaa|poistui[^)]*|saapui[^)]*|"
            r"delvis|avlägsnade sig[^)]*|anlände[^)]*)\)",
            re.I,
        ),
        Presence.PARTIAL,
    ),
)
_WEEKDAYS = frozenset(
    {
        *("maanantaina", "tiistaina", "keskiviikkona", "torstaina", "perjantaina"),
        *("lauantaina", "sunnuntaina", "måndag", "tisdag", "onsdag", "torsdag", "fredag"),
        *("lördag", "söndag", "måndagen", "tisdagen", "onsdagen", "torsdagen", "fredagen"),
        *("lördagen", "söndagen", "klo", "kello", "kl"),
    }
)
_FIELD_PRESENCE = {
    "present": Presence.PRESENT,
    "others": Presence.PRESENT,
    "absent": Presence.ABSENT,
}
_FIELD_ROLE = {
    "chair": MeetingRole.CHAIR,
    "secretary": MeetingRole.SECRETARY,
    "present": MeetingRole.MEMBER,
}


@attrs.frozen
class Header:
    date: dt.date | None = None
    start_time: dt.time | None = None
    end_time: dt.time | None = None
    place: LocalizedText | None = None


def read_header(
    fields: Sequence[Field], finder: PartyFinder, people: People, notes: list[ImportNote]
) -> Header:
    """Date, times and place from ``fields``; attendees go to ``people``."""
    header = Header()
    for field in fields:
        text = " ".join(line.text for line in field.values)
        if field.label == "time":
            header = _time(header, text, field, notes)
        elif field.label == "place":
            if text:
                header = attrs.evolve(header, place=LocalizedText(**{finder.language: text}))
        else:
            _attendees(field, finder, people, notes)
    return header


def _time(header: Header, text: str, field: Field, notes: list[ImportNote]) -> Header:
    match = _DATE.search(text)
    date = None
    if match:
        try:
            if match.group("iso"):
                date = dt.date.fromisoformat(match.group("iso"))
            else:
                date = dt.date(int(match["year"]), int(match["month"]), int(match["day"]))
        except ValueError:
            notes.append(_unread(field.where, note_text("not_a_date", text=match.group())))
        text = text[: match.start()] + text[match.end() :]
    elif text:
        notes.append(_unread(field.where, note_text("no_date_in", text=text)))
    clock = _CLOCK.search(text) or _BARE_CLOCK.search(text)
    start = end = None
    if clock:
        start = _clock(clock["sh"], clock["sm"])
        end = _clock(clock["eh"], clock["em"]) if clock["eh"] else None
        if start is None or (clock["eh"] and end is None):
            notes.append(_unread(field.where, note_text("not_a_time", text=clock.group())))
        text = text[: clock.start()] + text[clock.end() :]
    rest = " ".join(w for w in text.split() if w.strip(",.").casefold() not in _WEEKDAYS)
    if any(c.isalnum() for c in rest):
        notes.append(_unread(field.where, note_text("time_rest", text=rest.strip(" ,."))))
    return attrs.evolve(header, date=date, start_time=start, end_time=end)


def _clock(hours: str, minutes: str | None) -> dt.time | None:
    try:
        return dt.time(int(hours), int(minutes or 0))
    except ValueError:
        return None


def _attendees(field: Field, finder: PartyFinder, people: People, notes: list[ImportNote]) -> None:
    organisation: str | None = None
    lines: list[Line] = []
    for line in field.values:
        if lines and line.text[:1].islower():
            # An entry wrapped onto the next line.
            lines[-1] = Line(f"{lines[-1].text} {line.text}", lines[-1].where)
        else:
            lines.append(line)
    for line in lines:
        for entry in _entries(line.text):
            lost: list[str] = []
            person = _person(entry, field.label, finder, organisation, lost)
            notes.extend(_unread(line.where, note_text("partial_time", text=text)) for text in lost)
            if person is None:
                group = finder.mentioned(entry)
                if group:
                    # "Lohjan kaupunki" heads the people listed under it.
                    organisation = group[0]
                    continue
                notes.append(_unread(line.where, note_text("not_a_person", text=entry)))
                continue
            people.add(person)


def _entries(text: str) -> list[str]:
    parts = [part.strip() for part in text.split(";") if part.strip()]
    if len(parts) == 1:
        commas = [part.strip() for part in text.split(",") if part.strip()]
        if len(commas) > 1 and all(_is_name(part) for part in commas):
            return commas
    return parts


def _is_name(text: str) -> bool:
    title, name = split_title_name(text)
    return title is None and name is not None


def _person(
    entry: str, label: str, finder: PartyFinder, group: str | None, lost: list[str]
) -> Person | None:
    """The person an attendee entry names; text the draft cannot hold goes to ``lost``."""
    entry, roles, presence = _markers(entry, label, lost)
    name = None
    titles: list[str] = []
    organisation = group
    for part in (part.strip() for part in re.split(r",|\(|\)", entry)):
        title, named = split_title_name(part) if part else (None, None)
        if not part:
            continue
        if name is None and named is not None:
            name = named
            titles.extend([title] if title else [])
        elif finder.mentioned(part) and not _looks_like_post(part):
            organisation = finder.mentioned(part)[0]
        else:
            titles.append(part)
    if name is None:
        return None
    title_text = ", ".join(titles) or None
    if organisation is None and title_text:
        organisation = finder.of_body(title_text)
    return Person(
        name=name, title=title_text, organisation=organisation, roles=roles, presence=presence
    )


def _markers(
    entry: str, label: str, lost: list[str]
) -> tuple[str, list[MeetingRole], Presence | None]:
    """The entry without its markers, and the roles and presence the markers and label give."""
    roles: list[MeetingRole] = []
    presence = _FIELD_PRESENCE.get(label)
    for pattern, role in _ROLE_MARKERS:
        if pattern.search(entry):
            roles.append(role)
            entry = pattern.sub("", entry).strip()
    for pattern, marked in _PRESENCE_MARKERS:
        marker = pattern.search(entry)
        if marker:
            presence = marked
            entry = pattern.sub("", entry).strip()
            if marked is Presence.PARTIAL and any(c.isdigit() for c in marker.group()):
                lost.append(marker.group())
    if label in _FIELD_ROLE and _FIELD_ROLE[label] not in roles:
        roles.insert(0, _FIELD_ROLE[label])
    return entry, roles, presence


def _looks_like_post(text: str) -> bool:
    """ "aluehallituksen puheenjohtaja" is a post, "Lohjan kaupunki" an organisation."""
    return len(text.split()) >= 2 and text.rsplit(maxsplit=1)[-1].casefold() not in {
        "kaupunki",
        "kunta",
        "hyvinvointialue",
        "stad",
        "kommun",
        "välfärdsområde",
    }


def _unread(where: str, text: Message) -> ImportNote:
    return ImportNote(kind=NoteKind.UNREAD, location=where, text=text)
