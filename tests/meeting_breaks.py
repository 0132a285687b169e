"""Breaks of the meeting-context rules (HN-G), for ``rule_breaks``: one thing wrong each.

Each break makes a memo that passes every rule fire its own rule and only it;
expected values are written by hand from the rule catalogue.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import attrs
from hypothesis import strategies as st

from hyvaneuvottelu import model as m

__all__ = ["MEETING_ARCHIVE_BREAKS", "MEETING_DRAFT_BREAKS"]

Draw = Callable[..., Any]
Break = Callable[[Draw, m.Negotiation], m.Negotiation | None]


def fi(text: str) -> m.LocalizedText:
    return m.LocalizedText(fi=text)


def _free_id(memo: m.Negotiation, stem: str) -> str:
    taken = {o.id for o in memo.organisations} | {p.id for p in memo.participants}
    taken |= {o.id for o in memo.outcomes}
    while stem in taken:
        stem += "_"
    return stem


def _record(memo: m.Negotiation, **changes: Any) -> m.Negotiation:
    return attrs.evolve(memo, record=attrs.evolve(memo.record or m.RecordMetadata(), **changes))


def _as_notice(memo: m.Negotiation, **changes: Any) -> m.Negotiation:
    """A notice of a planned meeting: no attendance, no outcomes, convened by the county."""
    participants = tuple(attrs.evolve(p, presence=None) for p in memo.participants)
    fields: dict[str, Any] = {
        "genre": m.DocumentGenre.NOTICE,
        "invitation": m.Invitation(convener=memo.county.id),
        "participants": participants,
        "outcomes": (),
    }
    return attrs.evolve(memo, **(fields | changes))


def break_notice_attended(draw: Draw, memo: m.Negotiation) -> m.Negotiation:
    notice = _as_notice(memo)
    index = draw(st.integers(0, len(notice.participants) - 1))
    presence = draw(st.sampled_from([m.Presence.PRESENT, m.Presence.REMOTE, m.Presence.PARTIAL]))
    participants = list(notice.participants)
    participants[index] = attrs.evolve(participants[index], presence=presence)
    return attrs.evolve(notice, participants=tuple(participants))


def break_notice_outcomes(_draw: Draw, memo: m.Negotiation) -> m.Negotiation | None:
    return _as_notice(memo, outcomes=memo.outcomes) if memo.outcomes else None


def break_invitation_after(draw: Draw, memo: m.Negotiation) -> m.Negotiation | None:
    if memo.date is None or memo.date == dt.date.max:
        return None
    late = memo.date + dt.timedelta(days=draw(st.integers(1, 30)))
    late = min(late, dt.date.max)
    return attrs.evolve(memo, invitation=m.Invitation(convener=memo.county.id, date=late))


def break_notice_without_convener(draw: Draw, memo: m.Negotiation) -> m.Negotiation:
    invitation = draw(st.sampled_from([None, m.Invitation(date=None)]))
    return _as_notice(memo, invitation=invitation)


def break_decision_item_undescribed(_draw: Draw, memo: m.Negotiation) -> m.Negotiation:
    return attrs.evolve(memo, genre=m.DocumentGenre.DECISION_ITEM)


def break_undeclared_reference(draw: Draw, memo: m.Negotiation) -> m.Negotiation:
    ghost = _free_id(memo, "ghost")
    way = draw(st.sampled_from(["decision", "group", "registration", "member", "convener"]))
    if way == "decision":
        return attrs.evolve(memo, decision_item=m.DecisionItem(organisation=ghost, body=fi("Kh")))
    if way == "group":
        attending = m.AttendanceGroup(id="g", description=fi("Edustajat"), organisation=ghost)
        return attrs.evolve(memo, attendance_groups=(attending,))
    if way == "registration":
        return _record(memo, registrations=(m.Registration(organisation=ghost),))
    if way == "member":
        members = m.MunicipalityGroup(id="ryhma", name=fi("Kunnat"), municipalities=(ghost,))
        return attrs.evolve(memo, municipality_groups=(members,))
    return attrs.evolve(memo, invitation=m.Invitation(convener=ghost))


def break_group_tied_twice(draw: Draw, memo: m.Negotiation) -> m.Negotiation:
    organisation = draw(st.sampled_from([memo.county, *memo.municipalities]))
    group = m.AttendanceGroup(
        id="g",
        description=fi("Edustajat"),
        organisation=organisation.id,
        organisation_kind=organisation.kind,
    )
    return attrs.evolve(memo, attendance_groups=(group,))


def break_mentioned_attends(draw: Draw, memo: m.Negotiation) -> m.Negotiation:
    mentioned = m.Organisation(
        id=_free_id(memo, "mainittu"), kind=m.OrganisationKind.ASSOCIATION, name=fi("Yhdistys")
    )
    person = m.Participant(
        id=_free_id(memo, "henkilo"),
        organisation=mentioned.id,
        presence=draw(st.sampled_from([None, m.Presence.PRESENT])),
    )
    return attrs.evolve(
        memo,
        mentioned_organisations=(mentioned,),
        participants=(*memo.participants, person),
    )


def break_partial_date(draw: Draw, memo: m.Negotiation) -> m.Negotiation | None:
    if memo.date is None:
        return None
    other_month = draw(st.sampled_from([n for n in range(1, 13) if n != memo.date.month]))
    other_year = draw(st.sampled_from([y for y in (1999, 2024, 2030) if y != memo.date.year]))
    partial = draw(
        st.sampled_from([f"{memo.date.year:04d}-{other_month:02d}", f"{other_year:04d}"])
    )
    return attrs.evolve(memo, partial_date=partial)


def break_day_missing(draw: Draw, memo: m.Negotiation) -> m.Negotiation | None:
    if memo.date is None:
        return None
    partial = draw(st.sampled_from([memo.date.strftime("%Y-%m"), f"{memo.date.year:04d}"]))
    return attrs.evolve(memo, date=None, partial_date=partial)


def break_round_part(draw: Draw, memo: m.Negotiation) -> m.Negotiation:
    parts = draw(st.integers(1, 20))
    part = parts + draw(st.integers(1, 5))
    return attrs.evolve(
        memo, negotiation_round=m.NegotiationRound(identifier="K", part=part, parts=parts)
    )


def break_round_self(draw: Draw, memo: m.Negotiation) -> m.Negotiation | None:
    own = memo.record.identifier if memo.record else None
    if own is None:
        return None
    linked = draw(
        st.sampled_from(
            [
                m.NegotiationRound(identifier="K", previous_record=own),
                m.NegotiationRound(identifier="K", next_record=own),
            ]
        )
    )
    return attrs.evolve(memo, negotiation_round=linked)


def break_registered_twice(draw: Draw, memo: m.Negotiation) -> m.Negotiation:
    organisation = draw(st.sampled_from(memo.organisations)).id
    twice = (m.Registration(organisation=organisation), m.Registration(organisation=organisation))
    return _record(memo, registrations=twice)


def break_own_registration(draw: Draw, memo: m.Negotiation) -> m.Negotiation | None:
    record = memo.record
    if record is None or record.author_organisation is None or record.case_id is None:
        return None
    other = draw(st.sampled_from(["1/00.00/1999", "LOH 1/2024"]))
    if other == record.case_id:
        other += "-2"
    registration = m.Registration(organisation=record.author_organisation, case_id=other)
    return _record(memo, registrations=(registration,))


def break_repeated_kind(draw: Draw, memo: m.Negotiation) -> m.Negotiation:
    # The primary kind again: another kind would also ask for its own basis (HN-G017).
    repeated = draw(st.sampled_from([(memo.kind,), (memo.kind, memo.kind)]))
    return attrs.evolve(memo, additional_kinds=repeated)


def break_group_id_twice(draw: Draw, memo: m.Negotiation) -> m.Negotiation:
    if draw(st.booleans()):
        groups = tuple(
            m.MunicipalityGroup(id="ryhma", name=fi(name)) for name in ("Pohjoiset", "Eteläiset")
        )
        return attrs.evolve(memo, municipality_groups=groups)
    attending = tuple(
        m.AttendanceGroup(id="g", description=fi(text)) for text in ("Johtajat", "Valtuutetut")
    )
    return attrs.evolve(memo, attendance_groups=attending)


def break_other_basis_uncited(_draw: Draw, memo: m.Negotiation) -> m.Negotiation | None:
    if not memo.legal_basis:
        return None
    other = next(k for k in m.NegotiationKind if k is not memo.kind)
    cited = {(r.statute_number, r.statute_year, r.section) for r in memo.legal_basis}
    # 611/2021 14 § for a council-term round, 612/2021 6 § or 7 § for a HYTE one.
    other_sections = {
        m.NegotiationKind.COUNCIL_TERM: {(611, 2021, "14")},
        m.NegotiationKind.WELLBEING_PROMOTION: {(612, 2021, "6"), (612, 2021, "7")},
    }[other]
    if cited & other_sections:
        return None
    return attrs.evolve(memo, additional_kinds=(other,))


MEETING_DRAFT_BREAKS: dict[str, Break] = {
    "HN-G001": break_notice_attended,
    "HN-G002": break_notice_outcomes,
    "HN-G003": break_invitation_after,
    "HN-G004": break_notice_without_convener,
    "HN-G005": break_decision_item_undescribed,
    "HN-G006": break_undeclared_reference,
    "HN-G007": break_group_tied_twice,
    "HN-G008": break_mentioned_attends,
    "HN-G009": break_partial_date,
    "HN-G011": break_round_part,
    "HN-G013": break_registered_twice,
    "HN-G015": break_repeated_kind,
    "HN-G016": break_group_id_twice,
    "HN-G017": break_other_basis_uncited,
    "HN-G018": lambda _draw, memo: attrs.evolve(memo, genre=m.DocumentGenre.ROUND_REPORT),
}

MEETING_ARCHIVE_BREAKS: dict[str, Break] = {
    "HN-G010": break_day_missing,
    "HN-G012": break_round_self,
    "HN-G014": break_own_registration,
}
