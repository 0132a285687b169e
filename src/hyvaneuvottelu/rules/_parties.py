"""Rules on the parties: the county, its municipalities, the organisations and people."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..model import LocalizedText, MeetingRole, Organisation, OrganisationKind, ScopeKind
from ..refdata import RegionTable
from ._context import Context, local_names
from ._registry import ARCHIVE_ONLY, Hit, Severity, rule

__all__: list[str] = []

_BUSINESS_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2)
_BUSINESS_ID = re.compile("[0-9]{7}-[0-9]")


def localized(key: str, text: LocalizedText) -> dict[str, str]:
    """``key``: the text in its first language; ``key@sv`` etc. where another language differs.

    Messages in Swedish thus name a county or municipality by its Swedish name.
    """
    first = text.first()
    return {key: first} | {f"{key}@{lang}": value for lang, value in text.items() if value != first}


def _code(organisation: Organisation) -> str:
    return organisation.statistics_code or "–"


def _municipality_code(table: RegionTable, organisation: Organisation) -> str | None:
    """The municipality's code: its own if given, else the one its name resolves to."""
    code = organisation.statistics_code
    for query in (code,) if code else local_names(organisation):
        found = table.municipality(query)
        if found is not None:
            return found.code
    return None


@rule(
    "HN-P001",
    Severity.ERROR,
    fi='"{name}" ({code}) ei ole mikään 21 hyvinvointialueesta',
    sv='"{name}" ({code}) är inte ett av de 21 välfärdsområdena',
    en='"{name}" ({code}) is not one of the 21 wellbeing services counties',
    rationale="Only a wellbeing services county negotiates; Helsinki (90) and Åland (91) do not.",
)
def county_is_real(ctx: Context) -> Iterator[Hit]:
    county = ctx.negotiation.county
    area = ctx.county_area
    if area is None or not area.is_county:
        field = "statisticsCode" if county.statistics_code else "name"
        yield ("county", field), {**localized("name", county.name), "code": _code(county)}


@rule(
    "HN-P002",
    Severity.ERROR,
    fi='Osapuolen "{name}" laji on {found}, odotettiin {expected}',
    sv='Parten "{name}" är av typen {found}, men borde vara av typen {expected}',
    en='The party "{name}" is of kind {found}, expected {expected}',
    rationale="The county and the municipalities are the statutory parties; others attend as such.",
)
def party_kinds(ctx: Context) -> Iterator[Hit]:
    county = ctx.negotiation.county
    if county.kind is not OrganisationKind.COUNTY:
        yield ("county", "kind"), _kind_args(county, OrganisationKind.COUNTY)
    for index, municipality in enumerate(ctx.negotiation.municipalities):
        if municipality.kind is not OrganisationKind.MUNICIPALITY:
            yield (
                ("municipalities", index, "kind"),
                _kind_args(municipality, OrganisationKind.MUNICIPALITY),
            )


def _kind_args(organisation: Organisation, expected: OrganisationKind) -> dict[str, str]:
    return {
        **localized("name", organisation.name),
        "found": organisation.kind.value,
        "expected": expected,
    }


@rule(
    "HN-P003",
    Severity.ERROR,
    fi='Kuntaa "{name}" ({code}) ei ole Tilastokeskuksen kuntaluokituksessa',
    sv='Kommunen "{name}" ({code}) finns inte i Statistikcentralens kommunindelning',
    en='The municipality "{name}" ({code}) is not in the Statistics Finland classification',
    rationale="A party must be a real municipality, identified by its code or its name.",
)
def municipality_is_real(ctx: Context) -> Iterator[Hit]:
    for index, municipality in enumerate(ctx.negotiation.municipalities):
        if _municipality_code(ctx.table, municipality) is None:
            field = "statisticsCode" if municipality.statistics_code else "name"
            yield (
                ("municipalities", index, field),
                {**localized("name", municipality.name), "code": _code(municipality)},
            )


@rule(
    "HN-P004",
    Severity.ERROR,
    fi='Kunta "{name}" kuuluu alueeseen {actual}, ei alueeseen {county}',
    sv='Kommunen "{name}" hör till {actual}, inte till {county}',
    en='The municipality "{name}" belongs to {actual}, not to {county}',
    rationale="611/2021 14 § binds a county to negotiate with the municipalities in its area.",
)
def municipality_in_county(ctx: Context) -> Iterator[Hit]:
    area = ctx.county_area
    if area is None:
        return
    for index, municipality in enumerate(ctx.negotiation.municipalities):
        code = _municipality_code(ctx.table, municipality)
        if code is None:
            continue
        actual = ctx.table.areas[ctx.table.municipalities[code].area]
        if actual.code != area.code:
            yield (
                ("municipalities", index),
                {
                    **localized("name", municipality.name),
                    **localized("actual", actual.name),
                    **localized("county", area.name),
                },
            )


@rule(
    "HN-P005",
    Severity.ERROR,
    fi='Nimi "{name}" ei vastaa Tilastokeskuksen koodia {code} ({expected})',
    sv='Namnet "{name}" motsvarar inte Statistikcentralens kod {code} ({expected})',
    en='The name "{name}" does not match Statistics Finland code {code} ({expected})',
    rationale="A code and a name that disagree leave the party in doubt.",
)
def code_agrees_with_name(ctx: Context) -> Iterator[Hit]:
    county = ctx.negotiation.county
    area = ctx.table.area(county.statistics_code) if county.statistics_code else None
    if area is not None:
        for language, name in county.name.items():
            if language != "en" and ctx.table.area(name) != area:
                yield (("county", "name", language), _agree_args(name, area.code, area.name))
    for index, municipality in enumerate(ctx.negotiation.municipalities):
        code = municipality.statistics_code
        known = ctx.table.municipality(code) if code else None
        if known is None:
            continue
        for language, name in municipality.name.items():
            if language != "en" and ctx.table.municipality(name) != known:
                yield (
                    ("municipalities", index, "name", language),
                    _agree_args(name, known.code, known.name),
                )


def _agree_args(name: str, code: str, expected: LocalizedText) -> dict[str, str]:
    return {"name": name, "code": code, **localized("expected", expected)}


def business_id_valid(business_id: str) -> bool:
    """Whether a Y-tunnus's check digit is right (weights 7, 9, 10, 5, 8, 4, 2; mod 11).

    Anything not of the form 1234567-8 is not valid (the model refuses it anyway).
    """
    if _BUSINESS_ID.fullmatch(business_id) is None:
        return False
    digits, check = business_id.split("-")
    remainder = sum(int(d) * w for d, w in zip(digits, _BUSINESS_ID_WEIGHTS, strict=True)) % 11
    if remainder == 1:
        return False
    return int(check) == (0 if remainder == 0 else 11 - remainder)


@rule(
    "HN-P006",
    Severity.ERROR,
    fi='Y-tunnuksen "{businessId}" tarkistusnumero on väärä',
    sv='FO-numret "{businessId}" har fel kontrollsiffra',
    en='The business ID "{businessId}" has a wrong check digit',
    rationale="A mistyped business ID identifies another organisation or none.",
)
def business_ids(ctx: Context) -> Iterator[Hit]:
    for path, organisation in ctx.organisations:
        if organisation.business_id and not business_id_valid(organisation.business_id):
            yield (*path, "businessId"), {"businessId": organisation.business_id}


@rule(
    "HN-P007",
    Severity.ERROR,
    fi='Kunta "{name}" on mainittu osapuolena kahdesti',
    sv='Kommunen "{name}" har angetts som part två gånger',
    en='The municipality "{name}" is listed as a party twice',
    rationale="Each municipality is one party; a repeat is a copying error.",
)
def municipality_once(ctx: Context) -> Iterator[Hit]:
    seen: set[str] = set()
    for index, municipality in enumerate(ctx.negotiation.municipalities):
        code = _municipality_code(ctx.table, municipality)
        if code is None:
            continue
        if code in seen:
            yield ("municipalities", index), localized("name", municipality.name)
        seen.add(code)


@rule(
    "HN-P008",
    Severity.WARNING,
    fi='Osapuolta "{name}" ei edusta kukaan osallistujista',
    sv='Ingen av deltagarna företräder parten "{name}"',
    en='No participant represents the party "{name}"',
    rationale="A negotiation where a party is absent is not a negotiation with that party.",
)
def parties_represented(ctx: Context) -> Iterator[Hit]:
    # Participants and attendance groups alike (Negotiation.attending_ids).
    present = ctx.negotiation.attending_ids()
    negotiation = ctx.negotiation
    if negotiation.county.id not in present:
        yield ("county",), localized("name", negotiation.county.name)
    for index, municipality in enumerate(negotiation.municipalities):
        if municipality.id not in present:
            yield ("municipalities", index), localized("name", municipality.name)


@rule(
    "HN-P009",
    Severity.WARNING,
    fi='Osallistujan "{participant}" organisaatiota ei ole merkitty',
    sv='Ingen organisation har angetts för deltagaren "{participant}"',
    en='The participant "{participant}" has no organisation',
    rationale="The record of who attended says for whom; memos often name the chair alone.",
    profiles=ARCHIVE_ONLY,
)
def participant_has_organisation(ctx: Context) -> Iterator[Hit]:
    for index, participant in enumerate(ctx.negotiation.participants):
        if participant.organisation is None:
            yield ("participants", index), {"participant": participant.name or participant.id}


@rule(
    "HN-P010",
    Severity.WARNING,
    fi="Puheenjohtajaa ei ole merkitty osallistujiin",
    sv="Ingen av deltagarna har angetts som ordförande",
    en="No participant has the role of chair",
    rationale="The chair opens and closes the negotiation and answers for the memo.",
)
def chair_named(ctx: Context) -> Iterator[Hit]:
    if not any(MeetingRole.CHAIR in p.roles for p in ctx.negotiation.participants):
        yield ("participants",), {}


@rule(
    "HN-P011",
    Severity.ERROR,
    fi="Neuvottelussa ei ole yhtään kuntaa",
    sv="Ingen kommun deltar i förhandlingen",
    en="The negotiation has no municipality",
    rationale="The statutory negotiation is between a county and its municipalities.",
)
def some_municipality(ctx: Context) -> Iterator[Hit]:
    # A county-wide negotiation names its municipalities through the reference data.
    negotiation = ctx.negotiation
    if not negotiation.municipalities and negotiation.scope is ScopeKind.LISTED:
        yield ("municipalities",), {}
