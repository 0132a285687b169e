"""Rules on the law and the calendar: legal basis, council terms, dates."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from ..model import LegalReference
from ..refdata import council_term, council_terms_on, county_term_on, statutory_basis
from ._context import Context
from ._registry import Hit, Severity, rule

__all__: list[str] = []


def _cites(reference: LegalReference, provision: LegalReference) -> bool:
    return (
        reference.statute_number == provision.statute_number
        and reference.statute_year == provision.statute_year
        and reference.section == provision.section
    )


@rule(
    "HN-L001",
    Severity.ERROR,
    fi="Neuvottelun laji {kind} ei vastaa oikeusperustaa: odotettiin {expected}",
    sv=(
        "Förhandlingstypen {kind} stämmer inte överens med den rättsliga grunden, som borde vara "
        "{expected}"
    ),
    en="The negotiation kind {kind} does not match its legal basis: expected {expected}",
    rationale="A § 14 negotiation (each council term) and a HYTE one (yearly) differ in law.",
)
def kind_matches_basis(ctx: Context) -> Iterator[Hit]:
    negotiation = ctx.negotiation
    basis = statutory_basis(negotiation.kind)
    if negotiation.legal_basis and not any(
        _cites(reference, provision) for reference in negotiation.legal_basis for provision in basis
    ):
        yield (
            ("legalBasis",),
            {
                "kind": negotiation.kind.value,
                "expected": " / ".join(p.citation() for p in basis),
            },
        )


@rule(
    "HN-L002",
    Severity.WARNING,
    fi="Neuvottelun oikeusperustaa ei ole merkitty",
    sv="Förhandlingens rättsliga grund har inte angetts",
    en="The negotiation's legal basis is not stated",
    rationale="The statute says what the negotiation must cover and how often.",
)
def basis_stated(ctx: Context) -> Iterator[Hit]:
    if not ctx.negotiation.legal_basis:
        yield ("legalBasis",), {}


@rule(
    "HN-L003",
    Severity.ERROR,
    fi="Päivämäärä {date} ei osu yhdellekään aluevaltuuston valtuustokaudelle",
    sv="Datumet {date} infaller inte under någon fullmäktigeperiod för välfärdsområdesfullmäktige",
    en="The date {date} lies in no council term of the regional councils",
    rationale="There were no counties to negotiate before the first regional councils (1.3.2022).",
)
def date_in_term(ctx: Context) -> Iterator[Hit]:
    date = ctx.negotiation.date
    if date is not None and county_term_on(date) is None:
        yield ("date",), {"date": date.isoformat()}


@rule(
    "HN-L004",
    Severity.ERROR,
    fi='"{term}" ei ole valtuustokausi',
    sv='"{term}" är ingen fullmäktigeperiod',
    en='"{term}" is not a council term',
    rationale="Terms are 2021-2025, 2022-2025, then 2025-2029 and every four years from 1 June.",
)
def term_exists(ctx: Context) -> Iterator[Hit]:
    term = ctx.negotiation.council_term
    if term is not None and council_term(term) is None:
        yield ("councilTerm",), {"term": term}


@rule(
    "HN-L005",
    Severity.ERROR,
    fi="Päivämäärä {date} ei ole valtuustokaudella {term} (päivänä voimassa: {terms})",
    sv=(
        "Datumet {date} infaller inte under fullmäktigeperioden {term} (pågående perioder den "
        "dagen: {terms})"
    ),
    en="The date {date} is not in the council term {term} (in force that day: {terms})",
    rationale="The memo's named term and its date must tell the same story.",
)
def term_agrees_with_date(ctx: Context) -> Iterator[Hit]:
    negotiation = ctx.negotiation
    if negotiation.date is None or negotiation.council_term is None:
        return
    term = council_term(negotiation.council_term)
    if term is not None and not term.contains(negotiation.date):
        in_force = ", ".join(t.name for t in council_terms_on(negotiation.date)) or "–"
        yield (
            ("councilTerm",),
            {"date": negotiation.date.isoformat(), "term": term.name, "terms": in_force},
        )


@rule(
    "HN-L006",
    Severity.ERROR,
    fi="Päättymisaika {end} on ennen alkamisaikaa {start}",
    sv="Sluttiden {end} är tidigare än starttiden {start}",
    en="The end time {end} is before the start time {start}",
    rationale="A meeting ends after it starts.",
)
def times_ordered(ctx: Context) -> Iterator[Hit]:
    start, end = ctx.negotiation.start_time, ctx.negotiation.end_time
    if start is not None and end is not None and _before(end, start):
        yield ("endTime",), {"start": start.isoformat("minutes"), "end": end.isoformat("minutes")}


def _before(end: dt.time, start: dt.time) -> bool:
    """Whether ``end`` is before ``start``; a time with a UTC offset and one without
    are not ordered (Python refuses to compare them).
    """
    try:
        return end < start
    except TypeError:
        return False


@rule(
    "HN-L007",
    Severity.ERROR,
    fi="Jatkotoimenpiteen {outcome} määräpäivä {due} on ennen neuvottelua ({date})",
    sv=(
        "Tidsfristen {due} för den fortsatta åtgärden {outcome} infaller före förhandlingen "
        "({date})"
    ),
    en="The due date {due} of follow-up {outcome} is before the negotiation ({date})",
    rationale="A follow-up agreed in a meeting cannot fall due before it.",
)
def due_dates_after_meeting(ctx: Context) -> Iterator[Hit]:
    date = ctx.negotiation.date
    if date is None:
        return
    for path, action in ctx.follow_ups:
        if action.due_date is not None and action.due_date < date:
            yield (
                (*path, "dueDate"),
                {
                    "outcome": action.id,
                    "due": action.due_date.isoformat(),
                    "date": date.isoformat(),
                },
            )


@rule(
    "HN-L008",
    Severity.ERROR,
    fi="Muistion hyväksymispäivä {approved} on ennen neuvottelua ({date})",
    sv="Promemorians godkännandedatum {approved} infaller före förhandlingen ({date})",
    en="The memo's approval date {approved} is before the negotiation ({date})",
    rationale="A memo is approved after the meeting it records.",
)
def approved_after_meeting(ctx: Context) -> Iterator[Hit]:
    date, record = ctx.negotiation.date, ctx.negotiation.record
    approved = None if record is None else record.approved
    if date is not None and approved is not None and approved < date:
        yield (
            ("record", "approved"),
            {"approved": approved.isoformat(), "date": date.isoformat()},
        )
