"""For each rule, a way to break a memo that passes every rule so that this rule, and only it, fires.

A break is ``(draw, memo) -> memo | None``: it draws its variant (which party,
which kind of mistake) and returns the memo with one thing wrong, or None
when the memo has nothing it can break that way (a memo without a date has
no date to put a follow-up before). Expected values are written by hand, from
the rule catalogue and the reference data, never computed by the rules.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Callable
from typing import Any

import attrs
from hypothesis import strategies as st

from hyvaneuvottelu import model as m
from hyvaneuvottelu.limits import MAX_DEPTH, MAX_INTEGER_DIGITS, MAX_TEXT, MAX_XML_BYTES

from .meeting_breaks import MEETING_ARCHIVE_BREAKS, MEETING_DRAFT_BREAKS
from .valid_memos import AS_OF, COUNTIES, STATUSES, TABLE, business_id, terms_containing

__all__ = ["ARCHIVE_BREAKS", "DRAFT_BREAKS", "NOT_BROKEN_HERE", "Break", "Change", "Draw"]

#: ``data.draw`` of Hypothesis' ``st.data()``.
Draw = Callable[..., Any]
Break = Callable[[Draw, m.Negotiation], m.Negotiation | None]
#: A break that always applies.
Change = Callable[[Draw, m.Negotiation], m.Negotiation]

#: Municipality codes of three digits and area codes of two that Statistics Finland does not use.
UNUSED_MUNICIPALITY_CODES = ("000", "100", "900", "998", "999")
UNUSED_AREA_CODES = ("22", "23", "30", "40", "99")


def fi(text: str) -> m.LocalizedText:
    return m.LocalizedText(fi=text)


# Finding and replacing parts of a memo


def ids_in(memo: m.Negotiation) -> set[str]:
    found = {o.id for o in memo.organisations} | {p.id for p in memo.participants}
    found |= {o.id for o in memo.outcomes}
    for _, section in memo.walk_sections():
        found |= {p.id for p in m.section_points(section) if p.id is not None}
    return found


def unused(memo: m.Negotiation, stem: str = "ghost") -> str:
    """An identifier nothing in ``memo`` uses."""
    taken = ids_in(memo)
    while stem in taken:
        stem += "_"
    return stem


def edit_section(
    sections: tuple[m.Section, ...], path: tuple[int, ...], edit: Callable[[m.Section], m.Section]
) -> tuple[m.Section, ...]:
    """``sections`` with the section at index ``path`` replaced by ``edit(section)``."""
    index, *rest = path
    items = list(sections)
    if rest:
        items[index] = attrs.evolve(
            items[index], subsections=edit_section(items[index].subsections, tuple(rest), edit)
        )
    else:
        items[index] = edit(items[index])
    return tuple(items)


def append_content(memo: m.Negotiation, item: m.Content) -> m.Negotiation:
    sections = edit_section(
        memo.sections, (0,), lambda s: attrs.evolve(s, content=(*s.content, item))
    )
    return attrs.evolve(memo, sections=sections)


def first_statement(memo: m.Negotiation) -> tuple[tuple[int, ...], int, m.Statement]:
    for path, section in memo.walk_sections():
        for index, item in enumerate(section.content):
            if isinstance(item, m.Statement):
                return path, index, item
    raise AssertionError("a valid memo has a statement")


def replace_statement(memo: m.Negotiation, **changes: Any) -> m.Negotiation:
    path, index, statement = first_statement(memo)

    def edit(section: m.Section) -> m.Section:
        content = list(section.content)
        content[index] = attrs.evolve(statement, **changes)
        return attrs.evolve(section, content=tuple(content))

    return attrs.evolve(memo, sections=edit_section(memo.sections, path, edit))


def follow_up_index(memo: m.Negotiation) -> int:
    return next(i for i, o in enumerate(memo.outcomes) if isinstance(o, m.FollowUpAction))


def replace_outcome(memo: m.Negotiation, index: int, **changes: Any) -> m.Negotiation:
    outcomes = list(memo.outcomes)
    outcomes[index] = attrs.evolve(outcomes[index], **changes)
    return attrs.evolve(memo, outcomes=tuple(outcomes))


def replace_municipality(memo: m.Negotiation, index: int, **changes: Any) -> m.Negotiation:
    municipalities = list(memo.municipalities)
    municipalities[index] = attrs.evolve(municipalities[index], **changes)
    return attrs.evolve(memo, municipalities=tuple(municipalities))


def representative(memo: m.Negotiation, organisation: str) -> m.Participant:
    return next(p for p in memo.participants if p.organisation == organisation)


def new_participant(memo: m.Negotiation, **fields: Any) -> m.Negotiation:
    """``memo`` with one more participant, unnamed unless named (a name is personal data)."""
    person = m.Participant(id=fields.pop("id", unused(memo, "person")), **fields)
    return attrs.evolve(memo, participants=(*memo.participants, person))


def record_of(memo: m.Negotiation) -> m.RecordMetadata:
    return memo.record or m.RecordMetadata()


# The parties (HN-P)


def break_county_unknown(draw: Draw, memo: m.Negotiation) -> m.Negotiation:
    county = memo.county
    unknown: dict[str, Any] = draw(
        st.sampled_from(
            [
                {"name": fi("Keksityn hyvinvointialue"), "statistics_code": None},
                {"name": fi("Atlantiksen hyvinvointialue"), "statistics_code": None},
                {"statistics_code": draw(st.sampled_from(UNUSED_AREA_CODES))},
            ]
        )
    )
    return attrs.evolve(memo, county=attrs.evolve(county, **unknown))


def break_party_kind(draw: Draw, memo: m.Negotiation) -> m.Negotiation:
    if draw(st.booleans()):
        kind = draw(st.sampled_from([k for k in m.OrganisationKind if k != "county"]))
        return attrs.evolve(memo, county=attrs.evolve(memo.county, kind=kind))
    index = draw(st.integers(0, len(memo.municipalities) - 1))
    kind = draw(st.sampled_from([k for k in m.OrganisationKind if k != "municipality"]))
    return replace_municipality(memo, index, kind=kind)


def break_municipality_unknown(draw: Draw, memo: m.Negotiation) -> m.Negotiation:
    index = draw(st.integers(0, len(memo.municipalities) - 1))
    if draw(st.booleans()):
        return replace_municipality(
            memo, index, statistics_code=draw(st.sampled_from(UNUSED_MUNICIPALITY_CODES))
        )
    return replace_municipality(memo, index, statistics_code=None, name=fi("Keksittylä"))


def _county_code(memo: m.Negotiation) -> str:
    code = memo.county.statistics_code
    if code is not None:
        return code
    name = memo.county.name
    return next(a.code for a in COUNTIES if a.name.fi == name.fi or a.name.sv == name.sv)


def break_municipality_of_another_county(draw: Draw, memo: m.Negotiation) -> m.Negotiation:
    county = _county_code(memo)
    elsewhere = [c for c in TABLE.municipalities.values() if c.area not in (county, "91")]
    other = draw(st.sampled_from(elsewhere))
    index = draw(st.integers(0, len(memo.municipalities) - 1))
    code = draw(st.sampled_from([other.code, None]))
    return replace_municipality(memo, index, name=other.name, statistics_code=code)


def break_name_against_code(draw: Draw, memo: m.Negotiation) -> m.Negotiation:
    language = draw(st.sampled_from(["fi", "sv"]))
    if draw(st.booleans()):
        # The county's name is another county's, its code its own.
        code = _county_code(memo)
        other = draw(st.sampled_from([a for a in COUNTIES if a.code != code]))
        wrong = m.LocalizedText(**{language: other.name.get(language)})
        return attrs.evolve(
            memo, county=attrs.evolve(memo.county, name=wrong, statistics_code=code)
        )
    index = draw(st.integers(0, len(memo.municipalities) - 1))
    own = TABLE.municipality(memo.municipalities[index].name.first())
    assert own is not None
    others = [c for c in TABLE.municipalities.values() if c.code != own.code]
    name = m.LocalizedText(**{language: draw(st.sampled_from(others)).name.get(language)})
    return replace_municipality(memo, index, name=name, statistics_code=own.code)


def _wrong_business_id(draw: Draw) -> str:
    digits = draw(st.from_regex(r"\A[0-9]{7}\Z"))
    right = business_id(digits)
    wrong = draw(st.sampled_from([str(d) for d in range(10) if right != f"{digits}-{d}"]))
    return f"{digits}-{wrong}"


def break_business_id(draw: Draw, memo: m.Negotiation) -> m.Negotiation:
    wrong = _wrong_business_id(draw)
    where = draw(st.integers(0, len(memo.organisations) - 1))
    if where == 0:
        return attrs.evolve(memo, county=attrs.evolve(memo.county, business_id=wrong))
    if where <= len(memo.municipalities):
        return replace_municipality(memo, where - 1, business_id=wrong)
    others = list(memo.other_organisations)
    index = where - 1 - len(memo.municipalities)
    others[index] = attrs.evolve(others[index], business_id=wrong)
    return attrs.evolve(memo, other_organisations=tuple(others))


def break_municipality_twice(draw: Draw, memo: m.Negotiation) -> m.Negotiation:
    original = draw(st.sampled_from(memo.municipalities))
    copy = attrs.evolve(original, id=unused(memo, "again"))
    memo = attrs.evolve(memo, municipalities=(*memo.municipalities, copy))
    # Someone represents it, so that only the repeat is wrong.
    return new_participant(memo, organisation=copy.id)


def break_party_absent(draw: Draw, memo: m.Negotiation) -> m.Negotiation:
    party = draw(st.sampled_from([memo.county, *memo.municipalities]))
    participants = tuple(
        attrs.evolve(p, presence=m.Presence.ABSENT) if p.organisation == party.id else p
        for p in memo.participants
    )
    return attrs.evolve(memo, participants=participants)


def break_second_chair(_draw: Draw, memo: m.Negotiation) -> m.Negotiation:
    participants = list(memo.participants)
    index = next(i for i, p in enumerate(participants) if m.MeetingRole.CHAIR not in p.roles)
    other = participants[index]
    participants[index] = attrs.evolve(other, roles=(*other.roles, m.MeetingRole.CHAIR))
    return attrs.evolve(memo, participants=tuple(participants))


def break_person_twice(draw: Draw, memo: m.Negotiation) -> m.Negotiation | None:
    named = [p for p in memo.participants if p.name]
    if not named:
        return None
    again = draw(st.sampled_from(named))
    return new_participant(memo, name=again.name, organisation=again.organisation)


#: Titles of one leadership, and the other leadership.
_WRONG_TITLES = [
    ("Kaupunginjohtaja", m.LeadershipKind.ELECTED),
    ("Hyvinvointialuejohtaja", m.LeadershipKind.ELECTED),
    ("Stadsdirektör", m.LeadershipKind.ELECTED),
    ("Kaupunginhallituksen puheenjohtaja", m.LeadershipKind.OFFICIAL),
    ("Aluevaltuutettu", m.LeadershipKind.OFFICIAL),
    ("Ordförande för stadsstyrelsen", m.LeadershipKind.OFFICIAL),
]


def break_title_against_leadership(draw: Draw, memo: m.Negotiation) -> m.Negotiation:
    title, leadership = draw(st.sampled_from(_WRONG_TITLES))
    return new_participant(
        memo, title=fi(title), leadership=leadership, organisation=memo.county.id
    )


def break_name_in_statement(draw: Draw, memo: m.Negotiation) -> m.Negotiation:
    """Nobody named, no personal data claimed, and a statement that names a person."""
    participants = tuple(attrs.evolve(p, name=None) for p in memo.participants)
    record = attrs.evolve(record_of(memo), personal_data=m.PersonalDataClass.NONE)
    text = draw(
        st.sampled_from(
            [
                "Kaupunginjohtaja Pasi Perämäki piti puheenvuoron.",
                "Jussi Patinen esitti puheenvuoron kaupungin puolesta.",
                "Puheenvuoron piti Anna-Liisa Virtanen.",
                "Ordförande Mia Laiho öppnade förhandlingen.",
            ]
        )
    )
    memo = attrs.evolve(memo, participants=participants, record=record)
    return replace_statement(memo, text=fi(text))


def break_no_chair(_draw: Draw, memo: m.Negotiation) -> m.Negotiation:
    participants = tuple(
        attrs.evolve(p, roles=tuple(r for r in p.roles if r != "chair")) for p in memo.participants
    )
    return attrs.evolve(memo, participants=participants)


def _with(content: tuple[m.Content, ...]) -> Callable[[m.Section], m.Section]:
    return lambda section: attrs.evolve(section, content=content)


def break_no_municipality(_draw: Draw, memo: m.Negotiation) -> m.Negotiation | None:
    """No municipality, and what named one names the county instead."""
    gone = {o.id for o in memo.municipalities}
    county = memo.county.id

    def moved(reference: str | None) -> str | None:
        return county if reference in gone else reference

    participants = tuple(
        attrs.evolve(p, organisation=moved(p.organisation)) for p in memo.participants
    )
    outcomes = []
    for outcome in memo.outcomes:
        changes: dict[str, Any] = {"parties": tuple(map(moved, outcome.parties))}
        if isinstance(outcome, m.FollowUpAction):
            changes["proposer"] = moved(outcome.proposer)
            changes["responsible"] = tuple(map(moved, outcome.responsible))
        if isinstance(outcome, m.StrategyItem):
            changes["responsible"] = tuple(map(moved, outcome.responsible))
        if isinstance(outcome, m.Decision):
            changes["decided_by"] = moved(outcome.decided_by)
        if isinstance(outcome, m.Agreement | m.InterfacePlan):
            changes["approvals"] = tuple(
                attrs.evolve(a, organisation=county if a.organisation in gone else a.organisation)
                for a in outcome.approvals
            )
        outcomes.append(attrs.evolve(outcome, **changes))
    memo = attrs.evolve(
        memo, municipalities=(), participants=participants, outcomes=tuple(outcomes)
    )
    for path, section in memo.walk_sections():
        content = tuple(
            attrs.evolve(
                item,
                on_behalf_of=attrs.evolve(item.on_behalf_of, organisation=county),
            )
            if isinstance(item, m.Statement)
            and item.on_behalf_of is not None
            and item.on_behalf_of.organisation in gone
            else item
            for item in section.content
        )
        memo = attrs.evolve(memo, sections=edit_section(memo.sections, path, _with(content)))
    if memo.record is not None and memo.record.author_organisation in gone:
        memo = attrs.evolve(memo, record=attrs.evolve(memo.record, author_organisation=county))
    return memo


# References (HN-R)


def break_speaker(_draw: Draw, memo: m.Negotiation) -> m.Negotiation:
    return replace_statement(memo, speaker=unused(memo))


def break_spoken_for(_draw: Draw, memo: m.Negotiation) -> m.Negotiation:
    # A speaker declared for no organisation and no leadership, so only the ghost is wrong.
    speaker = unused(memo, "speaker")
    memo = new_participant(memo, id=speaker)
    behalf = m.OnBehalfOf(organisation=unused(memo))
    point = m.Point(text=fi("Sanottiin jotakin."))
    return append_content(memo, m.Statement(speaker=speaker, on_behalf_of=behalf, points=(point,)))


def break_participant_organisation(_draw: Draw, memo: m.Negotiation) -> m.Negotiation:
    return new_participant(memo, organisation=unused(memo))


def break_outcome_party(draw: Draw, memo: m.Negotiation) -> m.Negotiation:
    index = draw(st.integers(0, len(memo.outcomes) - 1))
    parties = list(memo.outcomes[index].parties)
    parties.insert(draw(st.integers(0, len(parties))), unused(memo))
    return replace_outcome(memo, index, parties=tuple(parties))


def break_follow_up_party(draw: Draw, memo: m.Negotiation) -> m.Negotiation:
    index = follow_up_index(memo)
    action = memo.outcomes[index]
    assert isinstance(action, m.FollowUpAction)
    if draw(st.booleans()):
        return replace_outcome(memo, index, proposer=unused(memo))
    return replace_outcome(memo, index, responsible=(*action.responsible, unused(memo)))


def break_author_organisation(_draw: Draw, memo: m.Negotiation) -> m.Negotiation:
    record = attrs.evolve(record_of(memo), author_organisation=unused(memo))
    return attrs.evolve(memo, record=record)


def break_repeated_id(draw: Draw, memo: m.Negotiation) -> m.Negotiation:
    namespace = draw(st.sampled_from(["party", "participant", "outcome", "point"]))
    if namespace == "party":
        # A participant whose id is an organisation's: proposers may name either.
        organisation = draw(st.sampled_from(memo.organisations))
        return new_participant(memo, id=organisation.id, organisation=organisation.id)
    if namespace == "participant":
        other = draw(st.sampled_from(memo.participants))
        return new_participant(memo, id=other.id, organisation=other.organisation)
    if namespace == "outcome":
        return attrs.evolve(memo, outcomes=(*memo.outcomes, draw(st.sampled_from(memo.outcomes))))
    taken = sorted(
        {p.id for _, s in memo.walk_sections() for p in m.section_points(s) if p.id is not None}
    )
    repeated = draw(st.sampled_from(taken)) if taken else unused(memo, "p")
    points = [m.Point(id=repeated, text=fi("Toistettu kohta."))]
    if not taken:
        points.append(points[0])
    return append_content(memo, m.PointList(points=tuple(points)))


def break_spoken_for_another(draw: Draw, memo: m.Negotiation) -> m.Negotiation:
    speaker = representative(memo, memo.county.id)
    municipality = draw(st.sampled_from(memo.municipalities))
    if speaker.leadership is not None and draw(st.booleans()):
        other = draw(st.sampled_from([k for k in m.LeadershipKind if k != speaker.leadership]))
        behalf = m.OnBehalfOf(organisation=memo.county.id, leadership=other)
    else:
        behalf = m.OnBehalfOf(organisation=municipality.id)
    point = m.Point(text=fi("Puhuttiin toisen puolesta."))
    return append_content(
        memo, m.Statement(speaker=speaker.id, on_behalf_of=behalf, points=(point,))
    )


# Structure (HN-S)


def _paragraph_section(number: str) -> m.Section:
    return m.Section(
        number=number, title=fi("Lisäkohta"), content=(m.Paragraph(text=fi("Teksti.")),)
    )


def break_repeated_number(_draw: Draw, memo: m.Negotiation) -> m.Negotiation:
    last = memo.sections[-1].number
    return attrs.evolve(memo, sections=(*memo.sections, _paragraph_section(last)))


def break_order(draw: Draw, memo: m.Negotiation) -> m.Negotiation:
    index = draw(st.integers(0, len(memo.sections) - 2))
    sections = list(memo.sections)
    sections[index], sections[index + 1] = sections[index + 1], sections[index]
    return attrs.evolve(memo, sections=tuple(sections))


def break_subsection_number(draw: Draw, memo: m.Negotiation) -> m.Negotiation:
    index = draw(st.integers(0, len(memo.sections) - 1))
    stray = _paragraph_section("1000")
    return attrs.evolve(
        memo,
        sections=edit_section(
            memo.sections,
            (index,),
            lambda s: attrs.evolve(s, subsections=(*s.subsections, stray)),
        ),
    )


def break_statement_without_points(_draw: Draw, memo: m.Negotiation) -> m.Negotiation:
    _, _, statement = first_statement(memo)
    return append_content(memo, m.Statement(speaker=statement.speaker))


def _without_kind(memo: m.Negotiation, kind: m.SectionKind) -> m.Negotiation:
    for path, section in memo.walk_sections():
        if section.kind is kind:
            memo = attrs.evolve(
                memo,
                sections=edit_section(
                    memo.sections, path, lambda s: attrs.evolve(s, kind=m.SectionKind.OTHER)
                ),
            )
    return memo


def break_no_opening(_draw: Draw, memo: m.Negotiation) -> m.Negotiation:
    return _without_kind(memo, m.SectionKind.OPENING)


def break_no_closing(_draw: Draw, memo: m.Negotiation) -> m.Negotiation:
    return _without_kind(memo, m.SectionKind.CLOSING)


def break_no_sections(_draw: Draw, memo: m.Negotiation) -> m.Negotiation:
    # Outcomes trace back to sections, so they go with them.
    return attrs.evolve(memo, sections=(), outcomes=())


def break_empty_section(_draw: Draw, memo: m.Negotiation) -> m.Negotiation:
    after = str(int(memo.sections[-1].number.split(".")[0]) + 1)
    empty = m.Section(number=after, title=fi("Tyhjä"))
    return attrs.evolve(memo, sections=(*memo.sections, empty))


def break_empty_content(draw: Draw, memo: m.Negotiation) -> m.Negotiation:
    empty: m.Content = draw(st.sampled_from([m.PointList(points=()), m.Finding()]))
    return append_content(memo, empty)


# Law and dates (HN-L)


def break_wrong_provision(draw: Draw, memo: m.Negotiation) -> m.Negotiation:
    right = {
        m.NegotiationKind.COUNCIL_TERM: {(611, 2021, "14")},
        m.NegotiationKind.WELLBEING_PROMOTION: {(612, 2021, "6"), (612, 2021, "7")},
    }[memo.kind]
    basis = []
    for reference in memo.legal_basis:
        if (reference.statute_number, reference.statute_year, reference.section) in right:
            mistake: dict[str, Any] = draw(
                st.sampled_from(
                    [
                        {"section": "15"},  # the right act, the wrong section
                        {"section": None},  # the act without a section
                        {"statute_year": reference.statute_year - 1},  # the wrong year
                        {"statute_number": reference.statute_number + 1},  # another act
                    ]
                )
            )
            basis.append(attrs.evolve(reference, **mistake))
        else:
            basis.append(reference)
    return attrs.evolve(memo, legal_basis=tuple(basis))


def break_no_basis(_draw: Draw, memo: m.Negotiation) -> m.Negotiation:
    return attrs.evolve(memo, legal_basis=())


def break_date_before_counties(draw: Draw, memo: m.Negotiation) -> m.Negotiation | None:
    if memo.date is None:
        return None  # due and approval dates may then lie anywhere: no earlier date is safe
    # 1.8.2021-28.2.2022 lies in the municipal term 2021-2025 only; before, in none.
    early = draw(st.dates(dt.date(2000, 1, 1), dt.date(2022, 2, 28)))
    term = "2021-2025" if early >= dt.date(2021, 8, 1) and memo.council_term else None
    return attrs.evolve(memo, date=early, council_term=term)


def break_term_name(draw: Draw, memo: m.Negotiation) -> m.Negotiation:
    names = ["2023-2027", "2025-2028", "2024-2028", "2021-2026", "0000-0000", "2029-2032"]
    return attrs.evolve(memo, council_term=draw(st.sampled_from(names)))


def break_term_against_date(_draw: Draw, memo: m.Negotiation) -> m.Negotiation | None:
    if memo.date is None:
        return None
    # Neither in force nor next: the term after next, or one that has ended.
    term = "2029-2033" if memo.date < dt.date(2025, 6, 1) else "2022-2025"
    return attrs.evolve(memo, council_term=term)


def break_times(draw: Draw, memo: m.Negotiation) -> m.Negotiation:
    # The meeting ends at least a second before it starts.
    later = draw(st.integers(1, 24 * 3600 - 1))
    earlier = draw(st.integers(0, later - 1))
    start, end = (dt.time(s // 3600, s // 60 % 60, s % 60) for s in (later, earlier))
    return attrs.evolve(memo, start_time=start, end_time=end)


def break_due_date(draw: Draw, memo: m.Negotiation) -> m.Negotiation | None:
    if memo.date is None:
        return None
    due = draw(st.dates(max_value=memo.date - dt.timedelta(days=1)))
    return replace_outcome(memo, follow_up_index(memo), due_date=due)


def break_approved(draw: Draw, memo: m.Negotiation) -> m.Negotiation | None:
    if memo.date is None:
        return None
    approved = draw(st.dates(max_value=memo.date - dt.timedelta(days=1)))
    return attrs.evolve(memo, record=attrs.evolve(record_of(memo), approved=approved))


def _later(value: Any, days: int) -> Any:
    """``value`` (a date or a date-time) ``days`` later, or None for None."""
    return None if value is None else value + dt.timedelta(days=days)


def break_held_in_future(draw: Draw, memo: m.Negotiation) -> m.Negotiation | None:
    """The meeting moved after AS_OF, with every later date moved alike; someone attended."""
    if memo.date is None:
        return None
    new = draw(st.dates(AS_OF + dt.timedelta(days=1), dt.date(2099, 12, 31)))
    days = (new - memo.date).days
    outcomes = tuple(
        attrs.evolve(o, due_date=_later(o.due_date, days))
        if isinstance(o, m.FollowUpAction) and o.due_date is not None
        else o
        for o in memo.outcomes
    )
    record = memo.record
    if record is not None:
        record = attrs.evolve(
            record, created=_later(record.created, days), approved=_later(record.approved, days)
        )
    participants = list(memo.participants)
    participants[0] = attrs.evolve(participants[0], presence=m.Presence.PRESENT)
    terms = terms_containing(new)
    return attrs.evolve(
        memo,
        date=new,
        council_term=draw(st.sampled_from(terms)) if memo.council_term else None,
        outcomes=outcomes,
        record=record,
        participants=tuple(participants),
    )


def _at(day: dt.date, draw: Draw) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(draw(st.integers(0, 23))), dt.UTC)


def break_created_before_meeting(draw: Draw, memo: m.Negotiation) -> m.Negotiation | None:
    if memo.date is None:
        return None
    day = draw(st.dates(dt.date(2000, 1, 1), memo.date - dt.timedelta(days=1)))
    return attrs.evolve(memo, record=attrs.evolve(record_of(memo), created=_at(day, draw)))


def break_approved_before_created(draw: Draw, memo: m.Negotiation) -> m.Negotiation | None:
    approved = record_of(memo).approved
    if approved is None or approved >= dt.date(9999, 1, 1):
        return None
    day = draw(st.dates(approved + dt.timedelta(days=1), dt.date(9999, 12, 31)))
    return attrs.evolve(memo, record=attrs.evolve(record_of(memo), created=_at(day, draw)))


def break_wellbeing_promotion_in_2022(draw: Draw, memo: m.Negotiation) -> m.Negotiation | None:
    """A HYTE negotiation dated in 2022, when the regional councils sat but the counties did
    not yet answer for wellbeing and health promotion."""
    if memo.date is None:
        return None
    latest = min(dt.date(2022, 12, 31), memo.date)  # never later: later dates stay after it
    date = draw(st.dates(dt.date(2022, 3, 1), latest))
    basis = tuple(
        attrs.evolve(r, statute_number=612, section="7")
        if (r.statute_number, r.statute_year, r.section) == (611, 2021, "14")
        else r
        for r in memo.legal_basis
    )
    term = draw(st.sampled_from(terms_containing(date))) if memo.council_term else None
    return attrs.evolve(
        memo,
        kind=m.NegotiationKind.WELLBEING_PROMOTION,
        legal_basis=basis,
        date=date,
        council_term=term,
    )


#: Quotation headings naming an act, and a reference to another act.
_MISQUOTED = [
    ("Laki sosiaali- ja terveydenhuollon järjestämisestä 7 §", (611, 2021, "14")),
    ("Lag om ordnandet av social- och hälsovård", (611, 2021, "14")),
    ("Laki hyvinvointialueesta 14 §", (612, 2021, "7")),
    ("Laki hyvinvointialueesta (611/2021) 14 §", (612, 2021, "6")),
    ("Kuntalaki (410/2015) 8 §", (611, 2021, "14")),
]


def break_misquoted_act(draw: Draw, memo: m.Negotiation) -> m.Negotiation:
    heading, (number, year, section) = draw(st.sampled_from(_MISQUOTED))
    reference = m.LegalReference(statute_number=number, statute_year=year, section=section)
    quotation = m.Quotation(title=fi(heading), reference=reference, text=fi("Lainattu teksti."))
    return append_content(memo, quotation)


# Text (HN-T)


def break_text(text: st.SearchStrategy[str]) -> Change:
    def apply(draw: Draw, memo: m.Negotiation) -> m.Negotiation:
        where = draw(st.sampled_from(["place", "title", "paragraph", "name"]))
        if where == "name" and memo.record and memo.record.personal_data == "none":
            where = "place"  # a name is personal data: HN-A014 for a memo that claims none
        bad = draw(text)
        if where == "name" and any(
            _composed(p.name) == _composed(bad) for p in memo.participants[1:] if p.name
        ):
            where = "place"  # another participant of that name: HN-P021 would fire too
        if where == "place":
            return attrs.evolve(memo, place=m.LocalizedText(sv=bad))
        if where == "title":
            return attrs.evolve(memo, title=attrs.evolve(memo.title, en=bad))
        if where == "paragraph":
            return append_content(memo, m.Paragraph(text=m.LocalizedText(fi=bad)))
        participants = list(memo.participants)
        participants[0] = attrs.evolve(participants[0], name=bad)
        return attrs.evolve(memo, participants=tuple(participants))

    return apply


def _composed(name: str) -> str:
    """A name as a reader compares two: composed, without case or extra spaces."""
    return " ".join(unicodedata.normalize("NFC", name).casefold().split())


def break_placeholder(draw: Draw, memo: m.Negotiation) -> m.Negotiation:
    # A place or a paragraph: a title or a name has rules of its own on its words.
    bad = draw(st.sampled_from(["TÄYTÄ: neuvottelun paikka", "Lohja TÄYTÄ: kohdan teksti"]))
    if draw(st.booleans()):
        return attrs.evolve(memo, place=m.LocalizedText(sv=bad))
    return append_content(memo, m.Paragraph(text=m.LocalizedText(fi=bad)))


# Outcomes (HN-O)


def break_source_section(draw: Draw, memo: m.Negotiation) -> m.Negotiation:
    index = draw(st.integers(0, len(memo.outcomes) - 1))
    numbers = {s.number for _, s in memo.walk_sections()}
    missing = draw(st.sampled_from([n for n in ("1000", "999.1", "0.0") if n not in numbers]))
    source = m.SourceRef(section=missing, point=draw(st.none() | st.just("p1")))
    return replace_outcome(memo, index, sources=(*memo.outcomes[index].sources, source))


def break_source_point(draw: Draw, memo: m.Negotiation) -> m.Negotiation:
    index = draw(st.integers(0, len(memo.outcomes) - 1))
    section = draw(st.sampled_from([s.number for _, s in memo.walk_sections()]))
    source = m.SourceRef(section=section, point=unused(memo))
    return replace_outcome(memo, index, sources=(*memo.outcomes[index].sources, source))


def break_unsourced(draw: Draw, memo: m.Negotiation) -> m.Negotiation:
    return replace_outcome(memo, draw(st.integers(0, len(memo.outcomes) - 1)), sources=())


def new_outcome(memo: m.Negotiation, cls: type, **fields: Any) -> m.Negotiation:
    """``memo`` with one more outcome of ``cls``, sourced where its follow-up is."""
    source = memo.outcomes[follow_up_index(memo)].sources
    fields = {"status": STATUSES[cls][0], **fields}
    outcome = cls(id=unused(memo, "uusi"), title=fi("Uusi tulos"), sources=source, **fields)
    return attrs.evolve(memo, outcomes=(*memo.outcomes, outcome))


def break_status_fit(draw: Draw, memo: m.Negotiation) -> m.Negotiation:
    index = draw(st.integers(0, len(memo.outcomes) - 1))
    cls = type(memo.outcomes[index])
    wrong = [status for status in m.OutcomeStatus if status not in STATUSES[cls]]
    return replace_outcome(memo, index, status=draw(st.sampled_from(wrong)))


def break_validity(draw: Draw, memo: m.Negotiation) -> m.Negotiation:
    cls = draw(st.sampled_from([m.Agreement, m.InterfacePlan]))
    start = draw(st.dates(min_value=dt.date(1, 1, 2)))
    until = draw(st.dates(max_value=start - dt.timedelta(days=1)))
    return new_outcome(memo, cls, valid_from=start, valid_until=until)


def break_approval(draw: Draw, memo: m.Negotiation) -> m.Negotiation:
    cls = draw(st.sampled_from([m.Agreement, m.InterfacePlan]))
    approval = m.Approval(organisation=unused(memo), body=fi("Kunnanhallitus"))
    return new_outcome(memo, cls, approvals=(approval,))


def break_person_or_attachment_id(draw: Draw, memo: m.Negotiation) -> m.Negotiation:
    if draw(st.booleans()):
        attachment = m.Attachment(id="liite", kind=m.AttachmentKind.ANNEX, title=fi("Liite"))
        return attrs.evolve(memo, attachments=(attachment, attachment))
    taken = draw(st.sampled_from([*memo.organisations, *memo.participants]))
    return attrs.evolve(memo, people=(m.Person(id=taken.id),))


def break_person_organisation(_draw: Draw, memo: m.Negotiation) -> m.Negotiation:
    person = m.Person(id=unused(memo, "henkilo"), organisation=unused(memo))
    return attrs.evolve(memo, people=(person,))


def break_sentence(draw: Draw, memo: m.Negotiation) -> m.Negotiation:
    point = m.Point(id=unused(memo, "lause"), text=fi("Ensimmäinen virke. Toinen virke!"))
    memo = append_content(memo, m.PointList(points=(point,)))
    section = memo.sections[0].number  # where append_content puts it
    sentence = draw(st.integers(3, 10**6))
    source = m.SourceRef(section=section, point=point.id, sentence=sentence)
    index = draw(st.integers(0, len(memo.outcomes) - 1))
    return replace_outcome(memo, index, sources=(*memo.outcomes[index].sources, source))


def break_decider(draw: Draw, memo: m.Negotiation) -> m.Negotiation:
    if draw(st.booleans()):
        return new_outcome(memo, m.Decision, decided_by=unused(memo))
    return new_outcome(
        memo, m.StrategyItem, level=m.StrategyLevel.MEASURE, responsible=(unused(memo),)
    )


def break_strategy_parent(draw: Draw, memo: m.Negotiation) -> m.Negotiation:
    way = draw(st.sampled_from(["missing", "follow-up", "narrower"]))
    if way == "missing":
        return new_outcome(memo, m.StrategyItem, level=m.StrategyLevel.GOAL, parent=unused(memo))
    if way == "follow-up":
        parent = memo.outcomes[follow_up_index(memo)].id
        return new_outcome(memo, m.StrategyItem, level=m.StrategyLevel.GOAL, parent=parent)
    memo = new_outcome(memo, m.StrategyItem, level=m.StrategyLevel.MEASURE)
    parent = memo.outcomes[-1].id
    level = draw(st.sampled_from([m.StrategyLevel.GOAL, m.StrategyLevel.MEASURE]))
    return new_outcome(memo, m.StrategyItem, level=level, parent=parent)


def break_follows_itself(draw: Draw, memo: m.Negotiation) -> m.Negotiation | None:
    own = memo.record.identifier if memo.record else None
    if own is None:
        return None
    index = draw(st.integers(0, len(memo.outcomes) - 1))
    earlier = m.EarlierOutcome(record=own, outcome=memo.outcomes[index].id)
    return replace_outcome(memo, index, follows=earlier)


def break_record_attachment(draw: Draw, memo: m.Negotiation) -> m.Negotiation:
    complete = {
        "file_name": "liite.pdf",
        "media_type": "application/pdf",
        "sha256": "0" * 64,
    }
    missing = draw(st.sampled_from(sorted(complete)))
    del complete[missing]
    attachment = m.Attachment(
        id="liite",
        kind=m.AttachmentKind.AGREEMENT_TEXT,
        title=fi("Sopimusteksti"),
        part_of_record=True,
        **complete,
    )
    return attrs.evolve(memo, attachments=(attachment,))


#: Breaks checked with the ``draft`` profile, on memos that pass it.
DRAFT_BREAKS: dict[str, Break] = {
    "HN-P001": break_county_unknown,
    "HN-P002": break_party_kind,
    "HN-P003": break_municipality_unknown,
    "HN-P004": break_municipality_of_another_county,
    "HN-P005": break_name_against_code,
    "HN-P006": break_business_id,
    "HN-P007": break_municipality_twice,
    "HN-P008": break_party_absent,
    "HN-P010": break_no_chair,
    "HN-P011": break_no_municipality,
    "HN-P020": break_second_chair,
    "HN-P021": break_person_twice,
    "HN-P022": break_title_against_leadership,
    "HN-R001": break_speaker,
    "HN-R002": break_spoken_for,
    "HN-R003": break_participant_organisation,
    "HN-R004": break_outcome_party,
    "HN-R005": break_follow_up_party,
    "HN-R006": break_author_organisation,
    "HN-R007": break_repeated_id,
    "HN-R008": break_spoken_for_another,
    "HN-S001": break_repeated_number,
    "HN-S002": break_order,
    "HN-S003": break_subsection_number,
    "HN-S004": break_statement_without_points,
    "HN-S005": break_no_opening,
    "HN-S006": break_no_closing,
    "HN-S007": break_no_sections,
    "HN-S008": break_empty_section,
    "HN-S009": break_empty_content,
    "HN-L001": break_wrong_provision,
    "HN-L002": break_no_basis,
    "HN-L003": break_date_before_counties,
    "HN-L004": break_term_name,
    "HN-L005": break_term_against_date,
    "HN-L006": break_times,
    "HN-L007": break_due_date,
    "HN-L008": break_approved,
    "HN-L020": break_held_in_future,
    "HN-L021": break_created_before_meeting,
    "HN-L022": break_approved_before_created,
    "HN-L023": break_wellbeing_promotion_in_2022,
    "HN-L024": break_misquoted_act,
    "HN-T001": break_text(st.sampled_from(["", " ", "\t\n", "\u3000", "\r\n "])),
    "HN-T002": break_text(
        st.builds(
            lambda before, bad, after: before + bad + after,
            st.sampled_from(["Lohja", "a"]),  # not blank alone: a blank text is HN-T001
            st.sampled_from(["\x00", "\x01", "\x08", "\x0b", "\x0c", "\x1b", "\x1f", "\ufffe"]),
            st.sampled_from(["", " kaupunki"]),
        )
    ),
    "HN-T003": break_text(st.sampled_from(["La\u0308hde", "A\u030a", "e\u0301", "\u212b"])),
    "HN-T004": break_placeholder,
    "HN-O001": break_source_section,
    "HN-O002": break_source_point,
    "HN-O003": break_unsourced,
    "HN-O004": break_status_fit,
    "HN-O005": break_validity,
    "HN-O006": break_approval,
    "HN-O007": break_person_or_attachment_id,
    "HN-O008": break_person_organisation,
    "HN-O009": break_sentence,
    "HN-O010": break_decider,
    "HN-O011": break_strategy_parent,
    "HN-O012": break_record_attachment,
    "HN-O013": break_follows_itself,
    **MEETING_DRAFT_BREAKS,
    "HN-A040": break_name_in_statement,
}


# The archive's metadata (HN-A), and the one party rule only the archive runs


def without(**changes: Any) -> Change:
    """A break that changes the record's fields: ``without(author=None)``."""

    def apply(_draw: Draw, memo: m.Negotiation) -> m.Negotiation:
        return attrs.evolve(memo, record=attrs.evolve(record_of(memo), **changes))

    return apply


def break_title_names_nobody(_draw: Draw, memo: m.Negotiation) -> m.Negotiation:
    title = m.LocalizedText(**{language: "14 §" for language, _ in memo.title.items()})
    return attrs.evolve(memo, title=title)


def break_publicity(ground: str | None, years: int | None) -> Change:
    def apply(draw: Draw, memo: m.Negotiation) -> m.Negotiation:
        secret = draw(st.sampled_from([c for c in m.PublicityClass if c != "public"]))
        publicity = m.Publicity(publicity_class=secret, legal_ground=ground, period_years=years)
        return without(publicity=publicity)(draw, memo)

    return apply


def break_retention(**fields: Any) -> Change:
    def apply(draw: Draw, memo: m.Negotiation) -> m.Negotiation:
        retention = {"reason": fi("Arkistonmuodostussuunnitelma"), **fields}
        return without(retention=m.Retention(**retention))(draw, memo)

    return apply


def break_language(draw: Draw, memo: m.Negotiation) -> m.Negotiation:
    record = record_of(memo)
    missing = draw(
        st.sampled_from(
            [
                "se",
                "de",
                *(
                    lang
                    for lang in ("fi", "sv", "en")
                    if memo.title.get(lang, fallback=False) is None
                ),
            ]
        )
    )
    return without(languages=(*record.languages, missing))(draw, memo)


def break_chair_unnamed(_draw: Draw, memo: m.Negotiation) -> m.Negotiation:
    participants = tuple(
        attrs.evolve(p, name=None) if m.MeetingRole.CHAIR in p.roles else p
        for p in memo.participants
    )
    return attrs.evolve(memo, participants=participants)


def break_no_attendance(_draw: Draw, memo: m.Negotiation) -> m.Negotiation:
    participants = tuple(attrs.evolve(p, presence=None) for p in memo.participants)
    return attrs.evolve(memo, participants=participants)


def break_reader_limits(draw: Draw, memo: m.Negotiation) -> m.Negotiation:
    """Something the readers would refuse: a text, a number, the nesting or the XML too large."""
    way = draw(st.sampled_from(["text", "number", "depth", "size"]))
    if way == "text":
        return attrs.evolve(memo, place=fi("a" * (MAX_TEXT + 1)))
    if way == "number":
        basis = list(memo.legal_basis)
        basis[0] = attrs.evolve(basis[0], subsection=10**MAX_INTEGER_DIGITS)
        return attrs.evolve(memo, legal_basis=tuple(basis))
    if way == "size":
        # Texts within the limit, together larger than the XML reader takes.
        parts = MAX_XML_BYTES // MAX_TEXT + 1
        paragraphs = tuple(m.Paragraph(text=fi("b" * MAX_TEXT)) for _ in range(parts))
        return _with_paragraphs(memo, paragraphs)
    # Subsections, each with a number extending its parent's, deeper than XML may nest.
    number = str(int(memo.sections[-1].number.split(".")[0]) + 1)
    numbers = [number + ".1" * level for level in range(MAX_DEPTH // 2 + 1)]
    deepest = _paragraph_section(numbers[-1])
    for inner in reversed(numbers[:-1]):
        deepest = m.Section(number=inner, title=fi("Alakohta"), subsections=(deepest,))
    return attrs.evolve(memo, sections=(*memo.sections, deepest))


def _with_paragraphs(memo: m.Negotiation, paragraphs: tuple[m.Paragraph, ...]) -> m.Negotiation:
    for paragraph in paragraphs:
        memo = append_content(memo, paragraph)
    return memo


#: Breaks checked with the ``archive`` profile, on memos that pass it.
ARCHIVE_BREAKS: dict[str, Break] = {
    "HN-P009": lambda _draw, memo: new_participant(memo, name="Vieras"),
    "HN-A001": lambda _draw, memo: attrs.evolve(memo, date=None),
    "HN-A002": lambda _draw, memo: attrs.evolve(memo, place=None),
    "HN-A003": without(identifier=None),
    "HN-A004": without(case_id=None),
    "HN-A005": break_title_names_nobody,
    "HN-A006": without(author=None),
    "HN-A007": lambda draw, memo: without(
        status=draw(st.sampled_from([None, m.RecordStatus.DRAFT]))
    )(draw, memo),
    "HN-A008": without(approved=None),
    "HN-A009": without(approver=None),
    "HN-A010": without(publicity=None),
    "HN-A011": break_publicity(None, 25),
    "HN-A012": break_publicity("JulkL 24 § 1 mom. 8 k", None),
    "HN-A013": without(personal_data=None),
    "HN-A014": without(personal_data=m.PersonalDataClass.NONE),
    "HN-A015": without(retention=None),
    "HN-A016": break_retention(permanent=False),
    "HN-A017": break_retention(permanent=True, period_years=10),
    "HN-A018": break_retention(permanent=True, reason=None),
    "HN-A019": without(function_code=None),
    "HN-A020": without(languages=()),
    "HN-A021": break_language,
    "HN-A022": without(document_type=None),
    "HN-A023": without(created=None),
    "HN-A024": break_chair_unnamed,
    "HN-A025": break_no_attendance,
    "HN-A026": break_reader_limits,
    **MEETING_ARCHIVE_BREAKS,
    "HN-A041": lambda draw, memo: without(
        languages=(*record_of(memo).languages, draw(st.sampled_from(["fin", "smn", "swe"])))
    )(draw, memo),
    "HN-A042": lambda draw, memo: without(function_code=draw(st.sampled_from(["00", "00 01"])))(
        draw, memo
    ),
}

#: Rules no break of a memo can fire, and why; each is tested elsewhere.
NOT_BROKEN_HERE: dict[str, str] = {
    "HN-D001": (
        "reported by the readers, not by check(): test_rules_properties breaks the JSON and "
        "the XML of a valid memo instead"
    ),
    "HN-D002": "about a file that cannot be opened, not about a memo: tests/rule_cases.py",
    "HN-A043": (
        "about the memo and the SÄHKE2 version of the transfer settings together: "
        "tests/test_rules_sahke2.py"
    ),
}
