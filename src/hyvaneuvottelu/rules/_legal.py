"""Rules on the law and the calendar: legal basis, council terms, dates."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from ..model import (
    LegalReference,
    Negotiation,
    NegotiationKind,
    Presence,
    Quotation,
    RecordStatus,
)
from ..refdata import (
    STATUTES,
    CouncilTerm,
    council_term,
    council_terms_on,
    county_term_on,
    statutory_basis,
)
from ._context import Context, label
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
    fi="Oikeusperusta ei sovi neuvottelun lajiin ({kind}): sen pitäisi olla {expected}",
    sv="Den rättsliga grunden passar inte förhandlingens typ ({kind}): den borde vara {expected}",
    en="The legal basis does not fit the kind of negotiation ({kind}): expected {expected}",
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
                **label("kind", negotiation.kind),
                "expected": " tai ".join(p.citation("fi") for p in basis),
                "expected@sv": " eller ".join(p.citation("sv") for p in basis),
                "expected@en": " or ".join(p.citation("en") for p in basis),
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
    fi="Päivämäärä {date} on ennen aluevaltuustojen ensimmäistä valtuustokautta (1.3.2022 alkaen)",
    sv=(
        "Datumet {date} infaller före välfärdsområdesfullmäktiges första fullmäktigeperiod "
        "(från 1.3.2022)"
    ),
    en="The date {date} is before the first term of the regional councils (from 1 March 2022)",
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
    fi=(
        "Valtuustokausi {term} ei ole voimassa päivänä {date} eikä ala sen jälkeen seuraavana "
        "(voimassa: {terms})"
    ),
    sv=(
        "Fullmäktigeperioden {term} pågår inte den {date} och är inte heller den period som "
        "följer (pågående: {terms})"
    ),
    en="The council term {term} is neither in force on {date} nor the next one (in force: {terms})",
    rationale=(
        "A memo concerns the term in force or prepares the next one; any other term contradicts "
        "its date."
    ),
)
def term_agrees_with_date(ctx: Context) -> Iterator[Hit]:
    negotiation = ctx.negotiation
    if negotiation.date is None or negotiation.council_term is None:
        return
    term = council_term(negotiation.council_term)
    if term is not None and term not in _current_or_next(negotiation.date):
        in_force = ", ".join(t.name for t in council_terms_on(negotiation.date)) or "–"
        yield (
            ("councilTerm",),
            {"date": negotiation.date.isoformat(), "term": term.name, "terms": in_force},
        )


def _current_or_next(day: dt.date) -> set[CouncilTerm]:
    """The terms in force on ``day`` and the terms that follow each of them."""
    current = set(council_terms_on(day))
    following = {
        term
        for now in current
        if now.end < dt.date.max
        for term in council_terms_on(now.end + dt.timedelta(days=1))
    }
    return current | following


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


#: Presences that say the participant was at the meeting.
_ATTENDED = frozenset({Presence.PRESENT, Presence.REMOTE, Presence.PARTIAL})


def _marked_held(negotiation: Negotiation) -> bool:
    """Whether the memo records the meeting as having taken place.

    Someone attended, or the memo was approved as the record of the meeting.
    """
    record = negotiation.record
    approved = record is not None and (
        record.status is RecordStatus.APPROVED or record.approved is not None
    )
    return approved or any(p.presence in _ATTENDED for p in negotiation.participants)


@rule(
    "HN-L020",
    Severity.ERROR,
    fi=(
        "Neuvottelupäivä {date} on vasta tulossa (tarkistuspäivä {today}), mutta muistion mukaan "
        "neuvottelu on jo pidetty"
    ),
    sv=(
        "Förhandlingsdagen {date} har inte kommit ännu (kontrolldag {today}), men enligt "
        "promemorian har förhandlingen redan hållits"
    ),
    en=(
        "The negotiation date {date} is still to come (checked on {today}), but the memo records "
        "the meeting as held"
    ),
    rationale="Who attended and an approval record a meeting that took place, not a future one.",
)
def held_not_in_future(ctx: Context) -> Iterator[Hit]:
    date = ctx.negotiation.date
    if date is not None and date > ctx.as_of and _marked_held(ctx.negotiation):
        yield ("date",), {"date": date.isoformat(), "today": ctx.as_of.isoformat()}


@rule(
    "HN-L021",
    Severity.WARNING,
    fi="Muistio on merkitty laadituksi {created}, ennen neuvottelua ({date})",
    sv="Promemorian har angetts vara upprättad {created}, före förhandlingen ({date})",
    en="The memo is recorded as created on {created}, before the negotiation ({date})",
    rationale="A memo records a meeting, so it is drawn up at the meeting or after it.",
)
def created_after_meeting(ctx: Context) -> Iterator[Hit]:
    date, record = ctx.negotiation.date, ctx.negotiation.record
    created = None if record is None or record.created is None else record.created.date()
    if date is not None and created is not None and created < date:
        yield ("record", "created"), {"created": created.isoformat(), "date": date.isoformat()}


@rule(
    "HN-L022",
    Severity.ERROR,
    fi="Muistio on merkitty hyväksytyksi {approved}, ennen kuin se on laadittu ({created})",
    sv="Promemorian har angetts vara godkänd {approved}, innan den upprättades ({created})",
    en="The memo is recorded as approved on {approved}, before it was created ({created})",
    rationale="A record is approved after it is written.",
)
def approved_after_created(ctx: Context) -> Iterator[Hit]:
    date, record = ctx.negotiation.date, ctx.negotiation.record
    if record is None or record.approved is None or record.created is None:
        return
    approved, created = record.approved, record.created.date()
    # An approval before the meeting is HN-L008's; one mistake is reported once.
    if approved < created and (date is None or approved >= date):
        yield (
            ("record", "approved"),
            {"approved": approved.isoformat(), "created": created.isoformat()},
        )


#: The counties took over wellbeing and health promotion (612/2021) on this day.
COUNTIES_RESPONSIBLE_FROM = dt.date(2023, 1, 1)


@rule(
    "HN-L023",
    Severity.ERROR,
    fi=(
        "HYTE-neuvottelu on päivätty {date}, mutta hyvinvointialueet vastaavat hyvinvoinnin ja "
        "terveyden edistämisestä vasta 1.1.2023 alkaen"
    ),
    sv=(
        "HFV-förhandlingen är daterad {date}, men välfärdsområdena ansvarar för främjandet av "
        "välfärd och hälsa först från och med 1.1.2023"
    ),
    en=(
        "The wellbeing promotion negotiation is dated {date}, but the counties are responsible "
        "for wellbeing and health promotion only from 1 January 2023"
    ),
    rationale="612/2021 7 § binds the counties from 2023, when they took over the services.",
)
def wellbeing_promotion_after_2022(ctx: Context) -> Iterator[Hit]:
    negotiation = ctx.negotiation
    date = negotiation.date
    if (
        negotiation.kind is NegotiationKind.WELLBEING_PROMOTION
        and date is not None
        and date < COUNTIES_RESPONSIBLE_FROM
        # Before the first regional councils HN-L003 already says there was no county.
        and county_term_on(date) is not None
    ):
        yield ("date",), {"date": date.isoformat()}


#: A statute cited by number and year: "612/2021".
_STATUTE_ID = re.compile(r"(?<![0-9])([0-9]{1,4})/([0-9]{4})(?![0-9])")


@rule(
    "HN-L024",
    Severity.ERROR,
    fi='Lainauksen otsikossa mainitaan "{named}", mutta sen säädösviittaus on {reference}',
    sv='Citatets rubrik nämner "{named}", men dess författningshänvisning är {reference}',
    en='The quotation\'s heading names "{named}" but its legal reference is {reference}',
    rationale="A quoted provision and the reference that cites it must be of the same act.",
)
def quotation_cites_its_act(ctx: Context) -> Iterator[Hit]:
    for path, section in ctx.sections:
        for index, item in enumerate(section.content):
            if type(item) is Quotation and item.reference is not None:
                named = _other_act(item, item.reference)
                if named is not None:
                    reference = item.reference
                    cited = reference.statute_id + (
                        f" {reference.section} §" if reference.section else ""
                    )
                    yield (
                        (*path, "content", index, "reference"),
                        {
                            "named": named,
                            "reference": cited,
                        },
                    )


def _other_act(quotation: Quotation, reference: LegalReference) -> str | None:
    """An act the quotation's heading or the reference's title names, other than the one cited."""
    headings = [text for _, text in quotation.title.items()] if quotation.title else []
    if reference.statute_title is not None:
        headings += [text for _, text in reference.statute_title.items()]
    cited = (reference.statute_number, reference.statute_year)
    for heading in headings:
        for match in _STATUTE_ID.finditer(heading):
            if (int(match[1]), int(match[2])) != cited:
                return match.group()
        folded = heading.casefold()
        for statute in STATUTES:
            if (statute.statute_number, statute.statute_year) == cited:
                continue
            title = statute.statute_title
            for _, name in title.items() if title is not None else ():
                if name.casefold() in folded:
                    return name
    return None
