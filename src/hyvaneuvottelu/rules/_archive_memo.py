"""Rules of the ``archive`` profile on what the memo itself says: when and where the
negotiation was held, whose it was (its title), who chaired and who attended."""

from __future__ import annotations

from collections.abc import Iterator

from ..model import MeetingRole
from ..refdata import finnish_forms, name_key, name_words, swedish_forms
from ._context import Context, local_names
from ._parties import municipality_code
from ._registry import ARCHIVE_ONLY, Hit, Severity, rule

__all__: list[str] = []


@rule(
    "HN-A001",
    Severity.ERROR,
    fi="Neuvottelun päivämäärä puuttuu",
    sv="Förhandlingens datum saknas",
    en="The date of the negotiation is missing",
    rationale="Without a date nobody can tell which council term the negotiation fulfils.",
    profiles=ARCHIVE_ONLY,
)
def date_given(ctx: Context) -> Iterator[Hit]:
    # A year or month the source gives is HN-G010's: it says what is missing.
    if ctx.negotiation.date is None and ctx.negotiation.partial_date is None:
        yield ("date",), {}


@rule(
    "HN-A002",
    Severity.ERROR,
    fi="Neuvottelun paikka puuttuu",
    sv="Förhandlingens plats saknas",
    en="The place of the negotiation is missing",
    rationale="A record of a meeting says where it was held.",
    profiles=ARCHIVE_ONLY,
)
def place_given(ctx: Context) -> Iterator[Hit]:
    if ctx.negotiation.place is None:
        yield ("place",), {}


@rule(
    "HN-A005",
    Severity.WARNING,
    fi='Otsikossa "{title}" ei mainita yhtäkään osapuolta',
    sv='Rubriken "{title}" nämner ingen av parterna',
    en='The title "{title}" names neither party',
    rationale="Among hundreds of memos titled alike, the title must say whose negotiation it was.",
    profiles=ARCHIVE_ONLY,
)
def title_names_party(ctx: Context) -> Iterator[Hit]:
    negotiation = ctx.negotiation
    names = _party_keys(ctx)
    if not any(_names_one(title, names) for _, title in negotiation.title.items()):
        yield ("title",), {"title": negotiation.title.first()}


#: The most words a party's name has ("Vanda och Kervo", "Koski Tl").
_MAX_NAME_WORDS = 3


def _names_one(title: str, names: frozenset[str]) -> bool:
    """Whether a run of up to three whole words of ``title`` is one of ``names``.

    One pass over the words, each run looked up in a set: a title of a million
    characters costs a fraction of a second.
    """
    words = name_words(title)
    for start in range(len(words)):
        for end in range(start + 1, min(start + _MAX_NAME_WORDS, len(words)) + 1):
            if " ".join(words[start:end]) in names:
                return True
    return False


def _party_keys(ctx: Context) -> frozenset[str]:
    """The name keys of every party, inflected: through the reference data where it knows
    the party, else from the names the memo gives."""
    keys: set[str] = set()
    area = ctx.county_area
    if area is not None:
        keys |= ctx.table.area_keys(area.code)
    for party in (ctx.negotiation.county, *ctx.negotiation.municipalities):
        code = municipality_code(ctx.table, party)
        if code is not None:
            keys |= ctx.table.municipality_keys(code)
        elif party is not ctx.negotiation.county or area is None:
            for name in local_names(party):
                keys |= {name_key(name)} | finnish_forms(name) | swedish_forms(name)
    return frozenset(keys - {""})


@rule(
    "HN-A024",
    Severity.WARNING,
    fi="Puheenjohtajan nimi puuttuu",
    sv="Ordförandens namn saknas",
    en="The chair's name is missing",
    rationale="Who chaired is part of the record of the meeting.",
    profiles=ARCHIVE_ONLY,
)
def chair_has_name(ctx: Context) -> Iterator[Hit]:
    for index, participant in enumerate(ctx.negotiation.participants):
        if MeetingRole.CHAIR in participant.roles and not participant.name:
            yield ("participants", index, "name"), {}


@rule(
    "HN-A025",
    Severity.WARNING,
    fi="Läsnäoloa ei ole kirjattu: kenenkään osallistujan läsnäoloa ei ole merkitty",
    sv="Närvaron har inte antecknats: ingen deltagares närvaro har angetts",
    en="Attendance is not recorded: no participant's presence is stated",
    rationale="Who attended shows whether each party took part; memos often omit it.",
    profiles=ARCHIVE_ONLY,
)
def attendance_recorded(ctx: Context) -> Iterator[Hit]:
    negotiation = ctx.negotiation
    # A group the memo records ("noin 180 osallistujaa") is a record of attendance.
    if not negotiation.attendance_groups and not any(
        p.presence is not None for p in negotiation.participants
    ):
        yield ("participants",), {}
