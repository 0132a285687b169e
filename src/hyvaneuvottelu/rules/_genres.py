"""Rules on the meeting in its context: genre, notice, round, dates, groups, registrations.

A notice is written before the meeting and must not read as the memo of a
meeting held; a date the source gives only as a year or month is kept as
such, and the archive profile says what is missing.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..model import DocumentGenre, LegalReference, Presence
from ..refdata import statutory_basis
from ._context import Context, Path, label
from ._parties import localized
from ._registry import ARCHIVE_ONLY, Hit, Severity, rule

__all__: list[str] = []

_ATTENDED = (Presence.PRESENT, Presence.REMOTE, Presence.PARTIAL)


def _is_notice(ctx: Context) -> bool:
    return ctx.negotiation.genre is DocumentGenre.NOTICE


@rule(
    "HN-G001",
    Severity.ERROR,
    fi='Kokouskutsussa on merkitty läsnäolo ("{presence}"), vaikka kokousta ei ole pidetty',
    sv='Kallelsen anger närvaro ("{presence}") fast mötet inte har hållits',
    en='A notice records attendance ("{presence}") of a meeting not yet held',
    rationale="A notice is written before the meeting: it names invitees, not who attended.",
)
def notice_records_no_attendance(ctx: Context) -> Iterator[Hit]:
    if not _is_notice(ctx):
        return
    negotiation = ctx.negotiation
    for index, participant in enumerate(negotiation.participants):
        if participant.presence in _ATTENDED:
            yield ("participants", index, "presence"), label("presence", participant.presence)
    for index, group in enumerate(negotiation.attendance_groups):
        if group.presence in _ATTENDED:
            yield ("attendanceGroups", index, "presence"), label("presence", group.presence)


@rule(
    "HN-G002",
    Severity.ERROR,
    fi='Kokouskutsussa on neuvottelun tulos "{outcome}", vaikka kokousta ei ole pidetty',
    sv='Kallelsen har förhandlingsresultatet "{outcome}" fast mötet inte har hållits',
    en='A notice records the outcome "{outcome}" of a meeting not yet held',
    rationale="Outcomes come from a meeting held; a notice can only announce the agenda.",
)
def notice_records_no_outcomes(ctx: Context) -> Iterator[Hit]:
    if _is_notice(ctx):
        for index, outcome in enumerate(ctx.negotiation.outcomes):
            yield ("outcomes", index), {"outcome": outcome.id}


@rule(
    "HN-G003",
    Severity.ERROR,
    fi="Kutsu on päivätty {invited}, neuvottelupäivän {date} jälkeen",
    sv="Kallelsen är daterad {invited}, efter förhandlingsdagen {date}",
    en="The invitation is dated {invited}, after the negotiation on {date}",
    rationale="An invitation is sent before the meeting it convenes.",
)
def invitation_before_meeting(ctx: Context) -> Iterator[Hit]:
    negotiation = ctx.negotiation
    invitation = negotiation.invitation
    if invitation is None or invitation.date is None or negotiation.date is None:
        return
    if invitation.date > negotiation.date:
        yield (
            ("invitation", "date"),
            {"invited": invitation.date.isoformat(), "date": negotiation.date.isoformat()},
        )


@rule(
    "HN-G004",
    Severity.WARNING,
    fi="Kokouskutsusta puuttuu kutsuja",
    sv="Kallelsen anger inte vem som sammankallar",
    en="The notice does not say who convenes the meeting",
    rationale="A notice is the convener's act: who invites is what makes it a notice.",
)
def notice_has_convener(ctx: Context) -> Iterator[Hit]:
    if not _is_notice(ctx):
        return
    invitation = ctx.negotiation.invitation
    if invitation is None:
        yield ("genre",), {}
    elif invitation.convener is None:
        yield ("invitation",), {}


@rule(
    "HN-G005",
    Severity.WARNING,
    fi="Päätöspykälästä puuttuvat toimielin ja pykälän tiedot",
    sv="Beslutsparagrafen anger inte organet eller paragrafen",
    en="The decision item does not name its body and item",
    rationale="A decision item is known by the body, the meeting date and the § number.",
)
def decision_item_described(ctx: Context) -> Iterator[Hit]:
    negotiation = ctx.negotiation
    if negotiation.genre is DocumentGenre.DECISION_ITEM and negotiation.decision_item is None:
        yield ("genre",), {}


@rule(
    "HN-G006",
    Severity.ERROR,
    fi='Viitattua tunnistetta "{id}" ei ole ilmoitettu',
    sv='Identifieraren "{id}" som det hänvisas till har inte angetts',
    en='The id "{id}" referred to is not declared',
    rationale="Groups, notices, decision items and registrations name declared organisations.",
)
def meeting_references_declared(ctx: Context) -> Iterator[Hit]:
    negotiation = ctx.negotiation
    organisations = ctx.organisation_ids
    groups = frozenset(g.id for g in negotiation.municipality_groups)
    refs: list[tuple[Path, str | None, frozenset[str]]] = []
    for i, participant in enumerate(negotiation.participants):
        refs.append(
            (("participants", i, "municipalityGroup"), participant.municipality_group, groups)
        )
    for i, municipality_group in enumerate(negotiation.municipality_groups):
        for j, member in enumerate(municipality_group.municipalities):
            refs.append((("municipalityGroups", i, "municipalities", j), member, organisations))
    for i, group in enumerate(negotiation.attendance_groups):
        refs.append((("attendanceGroups", i, "organisation"), group.organisation, organisations))
        refs.append(
            (("attendanceGroups", i, "municipalityGroup"), group.municipality_group, groups)
        )
    if negotiation.invitation is not None:
        refs.append((("invitation", "convener"), negotiation.invitation.convener, ctx.party_ids))
    if negotiation.decision_item is not None:
        refs.append(
            (
                ("decisionItem", "organisation"),
                negotiation.decision_item.organisation,
                organisations,
            )
        )
    registrations = () if negotiation.record is None else negotiation.record.registrations
    for i, registration in enumerate(registrations):
        refs.append(
            (
                ("record", "registrations", i, "organisation"),
                registration.organisation,
                organisations,
            )
        )
    for path, value, declared in refs:
        if value is not None and value not in declared:
            yield path, {"id": value}


@rule(
    "HN-G007",
    Severity.ERROR,
    fi='Osallistujaryhmä "{group}" on sidottu sekä organisaatioon että organisaatiolajiin',
    sv='Deltagargruppen "{group}" är knuten både till en organisation och till en organisationstyp',
    en='The attendance group "{group}" is tied both to an organisation and to a kind',
    rationale="A group attends for one organisation, or for every one of a kind: not both.",
)
def group_tied_once(ctx: Context) -> Iterator[Hit]:
    for index, group in enumerate(ctx.negotiation.attendance_groups):
        if group.organisation is not None and group.organisation_kind is not None:
            yield ("attendanceGroups", index, "organisationKind"), {"group": group.id}


@rule(
    "HN-G008",
    Severity.ERROR,
    fi='Organisaatio "{name}" on vain mainittu, mutta sen puolesta on osallistuja',
    sv='Organisationen "{name}" är endast nämnd, men någon deltar för den',
    en='The organisation "{name}" is only mentioned, yet someone attends for it',
    rationale="An organisation mentioned but not present is never an attendee, nor exported so.",
)
def mentioned_not_attending(ctx: Context) -> Iterator[Hit]:
    negotiation = ctx.negotiation
    mentioned = {o.id: o for o in negotiation.mentioned_organisations}
    if not mentioned:
        return
    attendees = [
        (("participants", i, "organisation"), p.organisation, p.presence)
        for i, p in enumerate(negotiation.participants)
    ] + [
        (("attendanceGroups", i, "organisation"), g.organisation, g.presence)
        for i, g in enumerate(negotiation.attendance_groups)
    ]
    for path, organisation, presence in attendees:
        found = mentioned.get(organisation) if organisation is not None else None
        if found is not None and presence is not Presence.ABSENT:
            yield path, localized("name", found.name)


@rule(
    "HN-G009",
    Severity.ERROR,
    fi="Neuvottelupäivä {date} ei osu ajanjaksoon {partial}",
    sv="Förhandlingsdagen {date} ligger inte inom {partial}",
    en="The negotiation date {date} is not within {partial}",
    rationale="A day and the year or month the source gives must agree, or one of them is wrong.",
)
def partial_date_agrees(ctx: Context) -> Iterator[Hit]:
    negotiation = ctx.negotiation
    partial, day = negotiation.partial_date, negotiation.date
    if partial is not None and day is not None and not day.isoformat().startswith(partial + "-"):
        yield ("partialDate",), {"date": day.isoformat(), "partial": partial}


@rule(
    "HN-G010",
    Severity.ERROR,
    fi="Neuvottelupäivä puuttuu: lähde kertoo vain ajanjakson {partial}",
    sv="Förhandlingsdagen saknas: källan anger endast {partial}",
    en="The day of the negotiation is missing: the source gives only {partial}",
    rationale="An archive needs the day (HN-A001); the year or month given is kept, none invented.",
    profiles=ARCHIVE_ONLY,
)
def partial_date_only(ctx: Context) -> Iterator[Hit]:
    negotiation = ctx.negotiation
    if negotiation.date is None and negotiation.partial_date is not None:
        yield ("date",), {"partial": negotiation.partial_date}


@rule(
    "HN-G011",
    Severity.ERROR,
    fi="Neuvottelu on kierroksen osa {part}, mutta kierroksessa on vain {parts} osaa",
    sv="Förhandlingen är del {part} av rundan, men rundan har bara {parts} delar",
    en="The negotiation is part {part} of a round of only {parts} parts",
    rationale="A meeting's place in its round lies within the round.",
)
def round_part_within(ctx: Context) -> Iterator[Hit]:
    round_ = ctx.negotiation.negotiation_round
    part, parts = (None, None) if round_ is None else (round_.part, round_.parts)
    if part is not None and parts is not None and part > parts:
        yield ("negotiationRound", "part"), {"part": str(part), "parts": str(parts)}


@rule(
    "HN-G012",
    Severity.ERROR,
    fi='Kierroksen edellisen tai seuraavan kokouksen asiakirja "{identifier}" on tämä muistio',
    sv='Rundans föregående eller följande mötes handling "{identifier}" är denna promemoria',
    en='The round\'s previous or next meeting record "{identifier}" is this memo itself',
    rationale="A meeting is not its own predecessor or successor: a copied identifier.",
)
def round_links_elsewhere(ctx: Context) -> Iterator[Hit]:
    negotiation = ctx.negotiation
    round_ = negotiation.negotiation_round
    own = None if negotiation.record is None else negotiation.record.identifier
    if round_ is None or own is None:
        return
    for field, value in (
        ("previousRecord", round_.previous_record),
        ("nextRecord", round_.next_record),
    ):
        if value == own:
            yield ("negotiationRound", field), {"identifier": own}


@rule(
    "HN-G013",
    Severity.ERROR,
    fi='Organisaatiolla "{organisation}" on useampi kuin yksi kirjaus',
    sv='Organisationen "{organisation}" har mer än en registrering',
    en='The organisation "{organisation}" has more than one registration',
    rationale="Each organisation registers the memo once, in its own records system.",
)
def one_registration_each(ctx: Context) -> Iterator[Hit]:
    record = ctx.negotiation.record
    seen: set[str] = set()
    for index, registration in enumerate(() if record is None else record.registrations):
        if registration.organisation in seen:
            yield ("record", "registrations", index), {"organisation": registration.organisation}
        seen.add(registration.organisation)


@rule(
    "HN-G014",
    Severity.ERROR,
    fi='Laatijan organisaation kirjauksessa {field} on "{found}", asiakirjassa "{expected}"',
    sv='Upprättarens organisations registrering har {field} "{found}", handlingen "{expected}"',
    en='The author organisation\'s registration has {field} "{found}", the record "{expected}"',
    rationale="The record's own identifiers are the archiving organisation's registration.",
)
def own_registration_agrees(ctx: Context) -> Iterator[Hit]:
    record = ctx.negotiation.record
    if record is None or record.author_organisation is None:
        return
    for index, registration in enumerate(record.registrations):
        if registration.organisation != record.author_organisation:
            continue
        for field, found, expected in (
            ("identifier", registration.identifier, record.identifier),
            ("caseId", registration.case_id, record.case_id),
            ("functionCode", registration.function_code, record.function_code),
        ):
            if found is not None and expected is not None and found != expected:
                yield (
                    ("record", "registrations", index, field),
                    {"field": field, "found": found, "expected": expected},
                )


@rule(
    "HN-G015",
    Severity.WARNING,
    fi='Lisäperuste "{kind}" toistaa neuvottelun lajin',
    sv='Den ytterligare grunden "{kind}" upprepar förhandlingens typ',
    en='The additional kind "{kind}" repeats a kind of the negotiation',
    rationale="Each statutory negotiation a meeting serves is named once.",
)
def additional_kinds_distinct(ctx: Context) -> Iterator[Hit]:
    negotiation = ctx.negotiation
    seen = {negotiation.kind}
    for index, kind in enumerate(negotiation.additional_kinds):
        if kind in seen:
            yield ("additionalKinds", index), label("kind", kind)
        seen.add(kind)


@rule(
    "HN-G016",
    Severity.ERROR,
    fi='Ryhmän tunniste "{id}" on käytössä useammin kuin kerran',
    sv='Gruppens identifierare "{id}" används mer än en gång',
    en='The group id "{id}" is used more than once',
    rationale="Participants and groups name a municipality group by id; an id must be unique.",
)
def group_ids_unique(ctx: Context) -> Iterator[Hit]:
    negotiation = ctx.negotiation
    for field, ids in (
        ("municipalityGroups", [g.id for g in negotiation.municipality_groups]),
        ("attendanceGroups", [g.id for g in negotiation.attendance_groups]),
    ):
        seen: set[str] = set()
        for index, id_ in enumerate(ids):
            if id_ in seen:
                yield (field, index, "id"), {"id": id_}
            seen.add(id_)


def _cites(reference: LegalReference, provision: LegalReference) -> bool:
    return (reference.statute_number, reference.statute_year, reference.section) == (
        provision.statute_number,
        provision.statute_year,
        provision.section,
    )


@rule(
    "HN-G017",
    Severity.WARNING,
    fi="Neuvottelu on myös {kind}, mutta oikeusperusta ei mainitse säännöstä {expected}",
    sv="Förhandlingen är också en {kind}, men den rättsliga grunden nämner inte {expected}",
    en="The negotiation is also a {kind}, but its legal basis does not cite {expected}",
    rationale="A meeting serving two statutory negotiations rests on both provisions.",
)
def additional_kinds_cited(ctx: Context) -> Iterator[Hit]:
    negotiation = ctx.negotiation
    if not negotiation.legal_basis:
        return
    for index, kind in enumerate(negotiation.additional_kinds):
        basis = statutory_basis(kind)
        if kind is not negotiation.kind and not any(
            _cites(reference, provision)
            for reference in negotiation.legal_basis
            for provision in basis
        ):
            yield (
                ("additionalKinds", index),
                {
                    **label("kind", kind),
                    "expected": " tai ".join(p.citation("fi") for p in basis),
                    "expected@sv": " eller ".join(p.citation("sv") for p in basis),
                    "expected@en": " or ".join(p.citation("en") for p in basis),
                },
            )


@rule(
    "HN-G018",
    Severity.WARNING,
    fi="Raportti neuvottelukierroksesta ei nimeä kierrosta",
    sv="Rapporten om förhandlingsrundan anger inte rundan",
    en="The round report does not name its round",
    rationale="A round report is about a whole round, not a meeting: the round identifies it.",
)
def round_report_names_round(ctx: Context) -> Iterator[Hit]:
    negotiation = ctx.negotiation
    if negotiation.genre is DocumentGenre.ROUND_REPORT and negotiation.negotiation_round is None:
        yield ("genre",), {}
