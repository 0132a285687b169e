"""Rules on references: every id used is declared, every id declared once."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from ..model import LeadershipKind, Point
from ._context import Context, Path, person
from ._parties import localized
from ._registry import Hit, Severity, rule

__all__: list[str] = []


@rule(
    "HN-R001",
    Severity.ERROR,
    fi='Puhujaa "{speaker}" ei ole osallistujissa',
    sv='Talaren "{speaker}" finns inte bland deltagarna',
    en='The speaker "{speaker}" is not a declared participant',
    rationale="A statement is only as good as the knowledge of who made it.",
)
def speakers_declared(ctx: Context) -> Iterator[Hit]:
    for path, statement in ctx.statements:
        if statement.speaker not in ctx.participant_ids:
            yield (*path, "speaker"), {"speaker": statement.speaker}


@rule(
    "HN-R002",
    Severity.ERROR,
    fi=(
        'Organisaatiota "{organisation}", jonka puolesta puhuttiin, ei ole merkitty muistion '
        "organisaatioihin"
    ),
    sv=(
        'Organisationen "{organisation}", på vars vägnar anförandet hölls, finns inte bland '
        "promemorians organisationer"
    ),
    en='The organisation "{organisation}" spoken for is not among the memo\'s organisations',
    rationale="On whose behalf a statement was made must name a declared organisation.",
)
def on_behalf_of_declared(ctx: Context) -> Iterator[Hit]:
    for path, statement in ctx.statements:
        behalf = statement.on_behalf_of
        if behalf is not None and behalf.organisation not in ctx.organisation_ids:
            yield (*path, "onBehalfOf", "organisation"), {"organisation": behalf.organisation}


@rule(
    "HN-R003",
    Severity.ERROR,
    fi='Osallistujan "{participant}" organisaatio "{organisation}" ei osallistu neuvotteluun',
    sv=(
        'Organisationen "{organisation}", som deltagaren "{participant}" hör till, deltar inte i '
        "förhandlingen"
    ),
    en='The organisation "{organisation}" of participant "{participant}" is not taking part',
    rationale="Every participant attends for an organisation taking part in the negotiation.",
)
def participant_organisations(ctx: Context) -> Iterator[Hit]:
    for index, participant in enumerate(ctx.negotiation.participants):
        organisation = participant.organisation
        if organisation is not None and organisation not in ctx.organisation_ids:
            yield (
                ("participants", index, "organisation"),
                {**person("participant", participant, index), "organisation": organisation},
            )


@rule(
    "HN-R004",
    Severity.ERROR,
    fi='Tuloksen "{outcome}" osapuolta "{party}" ei ole merkitty muistion organisaatioihin',
    sv='Parten "{party}" i resultatet "{outcome}" finns inte bland promemorians organisationer',
    en='The party "{party}" of outcome "{outcome}" is not among the memo\'s organisations',
    rationale="An outcome binds organisations; they must be the declared ones.",
)
def outcome_parties_declared(ctx: Context) -> Iterator[Hit]:
    for index, outcome in enumerate(ctx.negotiation.outcomes):
        for position, party in enumerate(outcome.parties):
            if party not in ctx.organisation_ids:
                yield (
                    ("outcomes", index, "parties", position),
                    {"outcome": outcome.id, "party": party},
                )


@rule(
    "HN-R005",
    Severity.ERROR,
    fi=(
        'Jatkotoimenpiteen "{outcome}" ehdottajaa tai vastuutahoa "{party}" ei ole merkitty '
        "muistion organisaatioihin eikä osallistujiin"
    ),
    sv=(
        'Förslagsställaren eller den ansvariga parten "{party}" för den fortsatta åtgärden '
        '"{outcome}" finns inte bland promemorians organisationer eller deltagare'
    ),
    en=(
        'The proposer or responsible party "{party}" of follow-up "{outcome}" is not among the '
        "memo's organisations or participants"
    ),
    rationale="A follow-up nobody can be held to is not a follow-up.",
)
def follow_up_parties_declared(ctx: Context) -> Iterator[Hit]:
    for path, action in ctx.follow_ups:
        if action.proposer is not None and action.proposer not in ctx.party_ids:
            yield (*path, "proposer"), {"outcome": action.id, "party": action.proposer}
        for position, party in enumerate(action.responsible):
            if party not in ctx.party_ids:
                yield (*path, "responsible", position), {"outcome": action.id, "party": party}


@rule(
    "HN-R006",
    Severity.ERROR,
    fi='Laatijan organisaatiota "{organisation}" ei ole merkitty muistion organisaatioihin',
    sv='Upprättarens organisation "{organisation}" finns inte bland promemorians organisationer',
    en="The author's organisation \"{organisation}\" is not among the memo's organisations",
    rationale="The record's author writes for one of the organisations taking part.",
)
def author_organisation_declared(ctx: Context) -> Iterator[Hit]:
    record = ctx.negotiation.record
    author = None if record is None else record.author_organisation
    if author is not None and author not in ctx.organisation_ids:
        yield ("record", "authorOrganisation"), {"organisation": author}


@rule(
    "HN-R007",
    Severity.ERROR,
    fi='Tunniste "{id}" on käytössä useammin kuin kerran',
    sv='Identifieraren "{id}" används mer än en gång',
    en='The id "{id}" is used more than once',
    rationale="References by id are ambiguous unless ids are unique.",
)
def ids_unique(ctx: Context) -> Iterator[Hit]:
    negotiation = ctx.negotiation
    # Proposers and responsible parties may name an organisation or a
    # participant, so the two share one namespace.
    parties: list[tuple[Path, str]] = [
        ((*path, "id"), organisation.id) for path, organisation in ctx.organisations
    ]
    parties += [(("participants", i, "id"), p.id) for i, p in enumerate(negotiation.participants)]
    outcomes = [(("outcomes", i, "id"), o.id) for i, o in enumerate(negotiation.outcomes)]
    for namespace in (parties, outcomes, list(_point_ids(ctx))):
        yield from _repeats(namespace)


def _point_ids(ctx: Context) -> Iterator[tuple[Path, str]]:
    for path, section in ctx.sections:
        for index, item in enumerate(section.content):
            points: tuple[Point, ...] = getattr(item, "points", ())
            for position, point in enumerate(points):
                if point.id is not None:
                    yield (*path, "content", index, "points", position, "id"), point.id


def _repeats(items: Iterable[tuple[Path, str]]) -> Iterator[Hit]:
    seen: set[str] = set()
    for path, value in items:
        if value in seen:
            yield path, {"id": value}
        seen.add(value)


@rule(
    "HN-R008",
    Severity.WARNING,
    fi=(
        'Puhuja "{speaker}" puhui organisaation "{organisation}" puolesta, mutta hänet on merkitty '
        "{other} edustajaksi"
    ),
    sv=(
        'Talaren "{speaker}" talade på vägnar av "{organisation}", men har angetts som företrädare '
        "för {other}"
    ),
    en='The speaker "{speaker}" spoke for "{organisation}" but is marked as representing {other}',
    rationale="A speaker normally speaks for the organisation and leadership they belong to.",
)
def speaker_speaks_for_own(ctx: Context) -> Iterator[Hit]:
    for path, statement in ctx.statements:
        behalf = statement.on_behalf_of
        speaker = ctx.negotiation.participant(statement.speaker)
        if behalf is None or speaker is None:
            continue
        other_organisation = (
            speaker.organisation is not None and speaker.organisation != behalf.organisation
        )
        other_leadership = (
            speaker.leadership is not None
            and behalf.leadership is not None
            and speaker.leadership is not behalf.leadership
        )
        if other_organisation or other_leadership:
            organisation = ctx.negotiation.organisation(behalf.organisation)
            spoken_for = (
                localized("organisation", organisation.name)
                if organisation is not None
                else {"organisation": behalf.organisation}
            )
            index = ctx.negotiation.participants.index(speaker)
            yield (
                (*path, "onBehalfOf"),
                {
                    **person("speaker", speaker, index),
                    **spoken_for,
                    **(
                        _ANOTHER_ORGANISATION
                        if other_organisation
                        else _LEADERSHIP[speaker.leadership]
                    ),
                },
            )


#: What a speaker is marked as representing instead, in each language.
_ANOTHER_ORGANISATION = {
    "other": "toisen organisaation",
    "other@sv": "en annan organisation",
    "other@en": "another organisation",
}
_LEADERSHIP = {
    LeadershipKind.ELECTED: {
        "other": "luottamushenkilöjohdon",
        "other@sv": "den förtroendevalda ledningen",
        "other@en": "the elected leadership",
    },
    LeadershipKind.OFFICIAL: {
        "other": "viranhaltijajohdon",
        "other@sv": "tjänsteinnehavarledningen",
        "other@en": "the civil-service leadership",
    },
    LeadershipKind.OTHER: {
        "other": "muun ryhmän",
        "other@sv": "en annan grupp",
        "other@en": "another group",
    },
    None: _ANOTHER_ORGANISATION,
}
