"""Rules on what outcomes say: statuses that fit their type, agreements, people, attachments."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..model import (
    Agreement,
    Attachment,
    Challenge,
    CooperationStructure,
    Decision,
    FollowUpAction,
    InformationFlow,
    InterfacePlan,
    LocalizedText,
    MatterToAgree,
    OperatingModel,
    Outcome,
    OutcomeStatus,
    Point,
    StrategyItem,
    StrategyLevel,
    section_points,
)
from ._context import Context, Path, label
from ._registry import Hit, Severity, rule

__all__ = ["FITTING_STATUSES", "sentence_count"]

_S = OutcomeStatus

#: What is built (a structure, a model, a flow): it exists or is planned.
_BUILT = frozenset(
    {_S.EXISTING, _S.CONTINUES, _S.NEW, _S.PLANNED, _S.PROPOSED, _S.AGREED, _S.ENDED}
)
#: What binds (an agreement, an interface plan): as what is built, or pending.
_BINDING = _BUILT | {_S.PENDING}

#: The statuses each outcome type can have. A structure, a model or a flow
#: exists or is planned; a challenge is open or solved; a matter to agree is
#: proposed, open or agreed; a decision is proposed, pending or decided.
FITTING_STATUSES: dict[type, frozenset[OutcomeStatus]] = {
    CooperationStructure: _BUILT,
    OperatingModel: _BUILT,
    InformationFlow: _BUILT,
    Agreement: _BINDING,
    InterfacePlan: _BINDING,
    Challenge: frozenset({_S.OPEN, _S.CONTINUES, _S.DONE}),
    MatterToAgree: frozenset({_S.PROPOSED, _S.OPEN, _S.PENDING, _S.AGREED}),
    FollowUpAction: frozenset({_S.PROPOSED, _S.PLANNED, _S.AGREED, _S.OPEN, _S.PENDING, _S.DONE}),
    Decision: frozenset({_S.PROPOSED, _S.PENDING, _S.DECIDED, _S.PLANNED, _S.DONE, _S.ENDED}),
    StrategyItem: frozenset(
        {
            _S.EXISTING,
            _S.CONTINUES,
            _S.NEW,
            _S.PLANNED,
            _S.PROPOSED,
            _S.AGREED,
            _S.OPEN,
            _S.DONE,
            _S.ENDED,
        }
    ),
}

#: Where a point's text divides into sentences.
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
_LEVELS = tuple(StrategyLevel)


def sentence_count(text: LocalizedText) -> int:
    """How many sentences a text holds, in its first language."""
    return len(_SENTENCE_END.split(text.first().strip()))


def _points(ctx: Context) -> dict[tuple[str, str], Point]:
    """Every point with an id, by section number and id; the first of repeats."""
    found: dict[tuple[str, str], Point] = {}
    for _, section in ctx.sections:
        for point in section_points(section):
            if point.id is not None:
                found.setdefault((section.number, point.id), point)
    return found


def _in_languages(name: str, fi: str, sv: str, en: str) -> dict[str, str]:
    """A message argument in each language: ``name`` in Finnish, ``name@sv``, ``name@en``."""
    return {name: fi, f"{name}@sv": sv, f"{name}@en": en}


def _kind(outcome: Outcome) -> dict[str, str]:
    return _in_languages("kind", **_KIND_NAMES[type(outcome)])


_KIND_NAMES: dict[type, dict[str, str]] = {
    CooperationStructure: {
        "fi": "yhteistoimintarakenne",
        "sv": "samarbetsstruktur",
        "en": "cooperation structure",
    },
    OperatingModel: {"fi": "toimintamalli", "sv": "verksamhetsmodell", "en": "operating model"},
    InformationFlow: {"fi": "tiedonkulku", "sv": "informationsflöde", "en": "information flow"},
    Agreement: {"fi": "sopimus", "sv": "avtal", "en": "agreement"},
    Challenge: {"fi": "haaste", "sv": "utmaning", "en": "challenge"},
    MatterToAgree: {
        "fi": "erikseen sovittava asia",
        "sv": "sak att avtala separat",
        "en": "matter to agree separately",
    },
    FollowUpAction: {"fi": "jatkotoimenpide", "sv": "fortsatt åtgärd", "en": "follow-up action"},
    Decision: {"fi": "päätös", "sv": "beslut", "en": "decision"},
    InterfacePlan: {"fi": "yhdyspintasuunnitelma", "sv": "gränsytplan", "en": "interface plan"},
    StrategyItem: {"fi": "strategian kohta", "sv": "strategipunkt", "en": "strategy item"},
}


@rule(
    "HN-O004",
    Severity.ERROR,
    fi='Tuloksen "{outcome}" tila "{status}" ei sovi tuloksen lajiin ({kind})',
    sv='Statusen "{status}" för resultatet "{outcome}" passar inte resultatets typ ({kind})',
    en='The status "{status}" of outcome "{outcome}" does not fit its type ({kind})',
    rationale="A challenge is not agreed nor a structure decided: a status must mean something.",
)
def statuses_fit(ctx: Context) -> Iterator[Hit]:
    for index, outcome in enumerate(ctx.negotiation.outcomes):
        if outcome.status not in FITTING_STATUSES[type(outcome)]:
            yield (
                ("outcomes", index, "status"),
                {
                    "outcome": outcome.id,
                    **label("status", outcome.status),
                    **_kind(outcome),
                },
            )


@rule(
    "HN-O005",
    Severity.ERROR,
    fi='Tuloksen "{outcome}" voimassaolo päättyy ({until}) ennen kuin se alkaa ({start})',
    sv='Giltigheten för resultatet "{outcome}" upphör ({until}) innan den börjar ({start})',
    en='The validity of outcome "{outcome}" ends ({until}) before it starts ({start})',
    rationale="An agreement or plan cannot be in force for less than a day.",
)
def validity_in_order(ctx: Context) -> Iterator[Hit]:
    for index, outcome in enumerate(ctx.negotiation.outcomes):
        if isinstance(outcome, Agreement | InterfacePlan):
            start, until = outcome.valid_from, outcome.valid_until
            if start is not None and until is not None and until < start:
                yield (
                    ("outcomes", index, "validUntil"),
                    {"outcome": outcome.id, "start": start.isoformat(), "until": until.isoformat()},
                )


@rule(
    "HN-O006",
    Severity.ERROR,
    fi='Tuloksen "{outcome}" hyväksynyttä organisaatiota "{organisation}" ei ole ilmoitettu',
    sv=('Organisationen "{organisation}", som godkände resultatet "{outcome}", har inte angetts'),
    en='The organisation "{organisation}" approving outcome "{outcome}" is not declared',
    rationale="An approval binds a party: it must be one of the declared organisations.",
)
def approvers_declared(ctx: Context) -> Iterator[Hit]:
    for index, outcome in enumerate(ctx.negotiation.outcomes):
        if isinstance(outcome, Agreement | InterfacePlan):
            for position, approval in enumerate(outcome.approvals):
                if approval.organisation not in ctx.organisation_ids:
                    yield (
                        ("outcomes", index, "approvals", position, "organisation"),
                        {"outcome": outcome.id, "organisation": approval.organisation},
                    )


@rule(
    "HN-O007",
    Severity.ERROR,
    fi='Henkilön tai liitteen tunniste "{id}" on jo käytössä',
    sv='Identifieraren "{id}" för en person eller bilaga används redan',
    en='The id "{id}" of a person or attachment is already in use',
    rationale=(
        "Outcomes name people where they name participants and organisations: "
        "the ids must not collide."
    ),
)
def people_and_attachment_ids_unique(ctx: Context) -> Iterator[Hit]:
    negotiation = ctx.negotiation
    taken = set(ctx.organisation_ids | ctx.participant_ids)
    for index, person in enumerate(negotiation.people):
        if person.id in taken:
            yield ("people", index, "id"), {"id": person.id}
        taken.add(person.id)
    seen: set[str] = set()
    for index, attachment in enumerate(negotiation.attachments):
        if attachment.id in seen:
            yield ("attachments", index, "id"), {"id": attachment.id}
        seen.add(attachment.id)


@rule(
    "HN-O008",
    Severity.ERROR,
    fi='Henkilön "{person}" organisaatiota "{organisation}" ei ole ilmoitettu',
    sv='Organisationen "{organisation}" för personen "{person}" har inte angetts',
    en='The organisation "{organisation}" of person "{person}" is not declared',
    rationale=(
        "A person belongs to a declared organisation, or names an undeclared one by "
        "organisationName."
    ),
)
def person_organisations(ctx: Context) -> Iterator[Hit]:
    for index, person in enumerate(ctx.negotiation.people):
        organisation = person.organisation
        if organisation is not None and organisation not in ctx.organisation_ids:
            yield (
                ("people", index, "organisation"),
                {"person": person.name or person.id, "organisation": organisation},
            )


@rule(
    "HN-O009",
    Severity.ERROR,
    fi='Tuloksen "{outcome}" lähteenä mainittua virkettä {sentence} ei ole kohdassa "{point}"',
    sv='Meningen {sentence}, som anges som källa för resultatet "{outcome}", finns inte i '
    'punkten "{point}"',
    en='Sentence {sentence}, the source of outcome "{outcome}", is not in point "{point}"',
    rationale="A sentence number points into one point's text, which must hold that many.",
)
def source_sentences_exist(ctx: Context) -> Iterator[Hit]:
    points = _points(ctx)
    for index, outcome in enumerate(ctx.negotiation.outcomes):
        for position, source in enumerate(outcome.sources):
            if source.sentence is None:
                continue
            point = None if source.point is None else points.get((source.section, source.point))
            if source.point is not None and point is None:
                continue  # HN-O001 or HN-O002 says so
            if point is None or source.sentence > sentence_count(point.text):
                yield (
                    ("outcomes", index, "sources", position, "sentence"),
                    {
                        "outcome": outcome.id,
                        "sentence": str(source.sentence),
                        "point": source.point or "",
                    },
                )


@rule(
    "HN-O010",
    Severity.ERROR,
    fi='Tuloksen "{outcome}" päättäjää tai vastuutahoa "{party}" ei ole ilmoitettu',
    sv='Beslutsfattaren eller den ansvariga parten "{party}" för resultatet "{outcome}" har '
    "inte angetts",
    en='The decision maker or responsible party "{party}" of outcome "{outcome}" is not declared',
    rationale="Who decided, or who is responsible, must be a declared organisation or person.",
)
def deciders_declared(ctx: Context) -> Iterator[Hit]:
    for index, outcome in enumerate(ctx.negotiation.outcomes):
        if isinstance(outcome, Decision):
            decider = outcome.decided_by
            if decider is not None and decider not in ctx.organisation_ids:
                yield ("outcomes", index, "decidedBy"), {"outcome": outcome.id, "party": decider}
        elif isinstance(outcome, StrategyItem):
            for position, party in enumerate(outcome.responsible):
                if party not in ctx.party_ids:
                    yield (
                        ("outcomes", index, "responsible", position),
                        {"outcome": outcome.id, "party": party},
                    )


@rule(
    "HN-O011",
    Severity.ERROR,
    fi='Strategian kohdan "{outcome}" yläkohta "{parent}" ei ole laajempi kohta, suunnitelma '
    "tai sopimus",
    sv='Den överordnade punkten "{parent}" för strategipunkten "{outcome}" är inte en bredare '
    "punkt, en plan eller ett avtal",
    en='The parent "{parent}" of strategy item "{outcome}" is not a broader item, a plan or an '
    "agreement",
    rationale="Goals, objectives, measures and indicators form a tree, broadest at the top.",
)
def strategy_parents(ctx: Context) -> Iterator[Hit]:
    outcomes: dict[str, Outcome] = {}
    for outcome in ctx.negotiation.outcomes:
        outcomes.setdefault(outcome.id, outcome)
    for index, outcome in enumerate(ctx.negotiation.outcomes):
        if not isinstance(outcome, StrategyItem) or outcome.parent is None:
            continue
        parent = outcomes.get(outcome.parent)
        fits = isinstance(parent, InterfacePlan | Agreement) or (
            isinstance(parent, StrategyItem)
            and _LEVELS.index(parent.level) < _LEVELS.index(outcome.level)
        )
        if not fits:
            yield ("outcomes", index, "parent"), {"outcome": outcome.id, "parent": outcome.parent}


@rule(
    "HN-O012",
    Severity.ERROR,
    fi='Asiakirjaan kuuluvalta liitteeltä "{attachment}" puuttuu {missing}',
    sv='Bilagan "{attachment}", som hör till handlingen, saknar {missing}',
    en='The attachment "{attachment}", part of the record, has no {missing}',
    rationale="A file of the record is known by its name, its media type and its SHA-256.",
)
def record_attachments_complete(ctx: Context) -> Iterator[Hit]:
    for index, attachment in enumerate(ctx.negotiation.attachments):
        if attachment.part_of_record:
            yield from _missing_file_facts(index, attachment)


_FILE_FACTS = (
    ("fileName", "file_name", "tiedostonimi", "filnamn", "file name"),
    ("mediaType", "media_type", "tiedostomuoto (mediatyyppi)", "medietyp", "media type"),
    ("sha256", "sha256", "SHA-256-tiiviste", "SHA-256", "SHA-256"),
)


def _missing_file_facts(index: int, attachment: Attachment) -> Iterator[Hit]:
    for wire, name, fi, sv, en in _FILE_FACTS:
        if getattr(attachment, name) is None:
            path: Path = ("attachments", index, wire)
            yield path, {"attachment": attachment.id, **_in_languages("missing", fi, sv, en)}


@rule(
    "HN-O013",
    Severity.ERROR,
    fi='Tulos "{outcome}" seuraa tulosta "{earlier}" tästä samasta muistiosta "{record}"',
    sv='Resultatet "{outcome}" följer upp resultatet "{earlier}" i samma promemoria "{record}"',
    en='The outcome "{outcome}" follows up "{earlier}" of this same memo "{record}"',
    rationale="A follow-up refers to an earlier memo; within one memo, sources say where.",
)
def follows_an_earlier_memo(ctx: Context) -> Iterator[Hit]:
    record = ctx.negotiation.record
    own = None if record is None else record.identifier
    if own is None:
        return
    for index, outcome in enumerate(ctx.negotiation.outcomes):
        follows = outcome.follows
        if follows is not None and follows.record == own:
            yield (
                ("outcomes", index, "follows", "record"),
                {"outcome": outcome.id, "earlier": follows.outcome, "record": own},
            )
