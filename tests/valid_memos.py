"""Strategies for memos that pass every rule: :func:`draft_memos` and :func:`archive_memos`.

Each requirement of the rule catalogue is met here by construction, written by
hand from the catalogue and not by calling the rules; the parties come from
the shipped Statistics Finland table, with the names it gives them. A draft
memo passes the ``draft`` profile with no finding at all, an archive memo the
``archive`` profile; ``test_rules_properties.py`` then breaks one thing at a
time.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Iterable
from typing import Any

import attrs
from hypothesis import strategies as st

from hyvaneuvottelu import model as m
from hyvaneuvottelu.refdata import Area, Municipality, region_table

from .strategies import text_pieces, times

__all__ = [
    "AS_OF",
    "COUNTIES",
    "STATUSES",
    "TABLE",
    "archive_memos",
    "business_id",
    "draft_memos",
    "terms_containing",
    "valid_texts",
]

TABLE = region_table()
#: Identifiers of the model's pattern, short: a memo holds dozens.
_identifiers = st.from_regex(r"\A[A-Za-z_][A-Za-z0-9_.-]{0,6}\Z")
COUNTIES: tuple[Area, ...] = tuple(a for a in TABLE.areas.values() if a.is_county)
_LANGUAGES = ("fi", "sv", "en")
#: Provisions a negotiation of each kind may rest on, written out by hand.
_BASIS = {
    m.NegotiationKind.COUNCIL_TERM: ((611, 2021, "14"),),
    m.NegotiationKind.WELLBEING_PROMOTION: ((612, 2021, "6"), (612, 2021, "7")),
}
_PRESENT = (None, m.Presence.PRESENT, m.Presence.REMOTE, m.Presence.PARTIAL)
_FIRST_DAY = dt.date(2022, 3, 1)  # the first regional councils' term begins
#: The counties answer for wellbeing and health promotion from this day (HN-L023).
_FIRST_HYTE_DAY = dt.date(2023, 1, 1)
#: Meetings lie in the past (HN-L020): checks are made as of AS_OF.
_LAST_DAY = dt.date(2025, 12, 31)
AS_OF = dt.date(2026, 1, 1)
#: The latest day a record is created or approved, a due date falls: far enough
#: from the calendar's end that a break may move them decades on.
_LAST_RECORD_DAY = dt.date(2999, 12, 31)
_OFFSETS = st.integers(-14 * 60, 14 * 60).map(lambda n: dt.timezone(dt.timedelta(minutes=n)))
#: Titles whose words say the leadership (HN-P022), by the leadership they fit.
_TITLES = {
    m.LeadershipKind.ELECTED: (
        "Kaupunginhallituksen puheenjohtaja",
        "Aluehallituksen varapuheenjohtaja",
        "Ordförande för stadsstyrelsen",
        "Chair of the county board",
    ),
    m.LeadershipKind.OFFICIAL: (
        "Kaupunginjohtaja",
        "Hyvinvointialuejohtaja",
        "Stadsdirektör",
        "City manager",
    ),
}


def _not_blank(text: str) -> str:
    return text if text and not text.isspace() else text + "x"


#: Text no text rule objects to: NFC, not blank (pieces never hold what XML cannot carry).
valid_texts = (
    st.lists(text_pieces, min_size=1, max_size=6)
    .map("".join)
    .map(lambda text: _not_blank(unicodedata.normalize("NFC", text)))
)


def business_id(digits: str) -> str | None:
    """The Y-tunnus with its check digit (weights 7 9 10 5 8 4 2, mod 11); None if none fits."""
    remainder = sum(int(d) * w for d, w in zip(digits, (7, 9, 10, 5, 8, 4, 2), strict=True)) % 11
    if remainder == 1:
        return None
    return f"{digits}-{0 if remainder == 0 else 11 - remainder}"


_business_ids = st.from_regex(r"\A[0-9]{7}\Z").map(business_id).filter(bool)


def terms_containing(day: dt.date) -> list[str]:
    """The council terms in force on ``day``, from the table in the domain brief."""
    found = []
    if dt.date(2021, 8, 1) <= day <= dt.date(2025, 5, 31):
        found.append("2021-2025")
    if dt.date(2022, 3, 1) <= day <= dt.date(2025, 5, 31):
        found.append("2022-2025")
    if day >= dt.date(2025, 6, 1):
        first = 2025 + (day.year - 2025 - (1 if (day.month, day.day) < (6, 1) else 0)) // 4 * 4
        found.append(f"{first}-{first + 4}")
    return found


@attrs.define
class _Memo:
    """What the memo being drawn declares so far."""

    archive: bool
    used_ids: set[str] = attrs.Factory(set)
    participants: list[m.Participant] = attrs.Factory(list)
    organisations: list[str] = attrs.Factory(list)
    #: Point ids directly in each section's content, by section number.
    points: dict[str, list[str]] = attrs.Factory(dict)

    def new_id(self, draw: st.DrawFn) -> str:
        """An identifier not used yet (a suffix makes a repeat unique, not a filter)."""
        new = draw(_identifiers)
        while new in self.used_ids:
            new += "_"
        self.used_ids.add(new)
        return new


def _localized(draw: st.DrawFn, languages: Iterable[str] | None = None) -> m.LocalizedText:
    chosen = (
        draw(st.sets(st.sampled_from(_LANGUAGES), min_size=1)) if languages is None else languages
    )
    return m.LocalizedText(**{language: draw(valid_texts) for language in chosen})


def _maybe(draw: st.DrawFn, value: Any) -> Any:
    return value if draw(st.booleans()) else None


def _official(draw: st.DrawFn, name: m.LocalizedText) -> m.LocalizedText:
    """The table's name in Finnish, Swedish or both, perhaps with an English name of any text."""
    local = [(lang, text) for lang, text in name.items() if lang in ("fi", "sv")]
    kept = draw(st.lists(st.sampled_from(local), min_size=1, unique=True))
    english = {"en": draw(valid_texts)} if draw(st.booleans()) else {}
    return m.LocalizedText(**dict(kept), **english)


def _party(
    draw: st.DrawFn, memo: _Memo, kind: m.OrganisationKind, entry: Area | Municipality
) -> m.Organisation:
    organisation = m.Organisation(
        id=memo.new_id(draw),
        kind=kind,
        name=_official(draw, entry.name),
        statistics_code=_maybe(draw, entry.code),
        business_id=draw(st.none() | _business_ids),
    )
    memo.organisations.append(organisation.id)
    return organisation


def _other(draw: st.DrawFn, memo: _Memo) -> m.Organisation:
    organisation = m.Organisation(
        id=memo.new_id(draw),
        kind=draw(st.sampled_from(m.OrganisationKind)),
        name=_localized(draw),
        statistics_code=draw(st.none() | st.from_regex(r"\A[0-9]{2,3}\Z")),
        business_id=draw(st.none() | _business_ids),
    )
    memo.organisations.append(organisation.id)
    return organisation


def _participant(
    draw: st.DrawFn, memo: _Memo, organisation: str | None, presence: Any
) -> m.Participant:
    leadership = draw(st.none() | st.sampled_from(m.LeadershipKind))
    titles = _TITLES.get(leadership) if leadership is not None else None
    title = (
        m.LocalizedText(fi=draw(st.sampled_from(titles)))
        if titles is not None
        else _localized(draw)
    )
    return m.Participant(
        id=memo.new_id(draw),
        name=draw(st.none() | valid_texts),
        title=_maybe(draw, title),
        organisation=organisation,
        leadership=leadership,
        # One chair (HN-P020), chosen below.
        roles=tuple(
            draw(
                st.lists(
                    st.sampled_from([r for r in m.MeetingRole if r is not m.MeetingRole.CHAIR]),
                    max_size=3,
                )
            )
        ),
        presence=draw(presence),
    )


def _person_key(name: str) -> str:
    """How HN-P021 compares names, written out: NFC, case folded, spacing and hyphens evened."""
    return " ".join(unicodedata.normalize("NFC", name).casefold().replace("-", " - ").split())


def _participants(draw: st.DrawFn, memo: _Memo, parties: list[m.Organisation]) -> None:
    # Every party is represented by someone not absent (HN-P008).
    people = [_participant(draw, memo, p.id, st.sampled_from(_PRESENT)) for p in parties]
    for _ in range(draw(st.integers(0, 2))):
        organisation = st.sampled_from(memo.organisations)
        people.append(
            _participant(
                draw,
                memo,
                draw(organisation if memo.archive else st.none() | organisation),
                st.none() | st.sampled_from(m.Presence),
            )
        )
    chair = draw(st.integers(0, len(people) - 1))
    roles = people[chair].roles
    if m.MeetingRole.CHAIR not in roles:
        people[chair] = attrs.evolve(people[chair], roles=(*roles, m.MeetingRole.CHAIR))
    if memo.archive:
        # The archive wants every chair named (HN-A024).
        people = [
            attrs.evolve(p, name=draw(valid_texts))
            if m.MeetingRole.CHAIR in p.roles and not p.name
            else p
            for p in people
        ]
    if memo.archive and all(p.presence is None for p in people):
        people[0] = attrs.evolve(people[0], presence=m.Presence.PRESENT)
    # Each person once (HN-P021): a repeated name gets a number.
    seen: set[str] = set()
    for index, person in enumerate(people):
        if person.name:
            name = person.name
            while _person_key(name) in seen:
                name += " 2"
            seen.add(_person_key(name))
            people[index] = attrs.evolve(person, name=name)
    memo.participants = people


def _points(draw: st.DrawFn, memo: _Memo, number: str, at_least: int) -> tuple[m.Point, ...]:
    points = []
    for _ in range(draw(st.integers(at_least, 2))):
        point_id = memo.new_id(draw) if draw(st.booleans()) else None
        if point_id is not None:
            memo.points[number].append(point_id)
        points.append(m.Point(id=point_id, text=_localized(draw)))
    return tuple(points)


def _statement(draw: st.DrawFn, memo: _Memo, number: str) -> m.Statement:
    speaker = draw(st.sampled_from(memo.participants))
    # Spoken for the speaker's own organisation and leadership (HN-R008).
    organisation = speaker.organisation or draw(st.sampled_from(memo.organisations))
    leadership = (
        draw(st.none() | st.just(speaker.leadership))
        if speaker.leadership is not None
        else draw(st.none() | st.sampled_from(m.LeadershipKind))
    )
    behalf = m.OnBehalfOf(organisation=organisation, leadership=leadership)
    # In small letters: no word in it is written like a person's name (HN-A040).
    text = m.LocalizedText(
        **{
            lang: _not_blank(unicodedata.normalize("NFC", t.lower()))
            for lang, t in _localized(draw).items()
        }
    )
    return m.Statement(
        speaker=speaker.id,
        on_behalf_of=_maybe(draw, behalf),
        text=_maybe(draw, text),
        points=_points(draw, memo, number, 1),
    )


def _reference(draw: st.DrawFn, number: int, year: int, section: str) -> m.LegalReference:
    return m.LegalReference(
        statute_number=number,
        statute_year=year,
        section=section,
        subsection=draw(st.none() | st.integers(1, 4)),
        statute_title=_maybe(draw, _without_statutes(draw)),
    )


def _without_statutes(draw: st.DrawFn) -> m.LocalizedText:
    """Text naming no statute by number (HN-L024): without a slash."""
    return m.LocalizedText(
        **{lang: text.replace("/", "-") for lang, text in _localized(draw).items()}
    )


def _content(draw: st.DrawFn, memo: _Memo, number: str) -> m.Content:
    kind = draw(st.sampled_from(["paragraph", "pointList", "statement", "finding", "quotation"]))
    if kind == "paragraph":
        return m.Paragraph(text=_localized(draw))
    if kind == "pointList":
        return m.PointList(points=_points(draw, memo, number, 1))
    if kind == "statement":
        return _statement(draw, memo, number)
    if kind == "finding":
        text = _maybe(draw, _localized(draw))
        return m.Finding(text=text, points=_points(draw, memo, number, 1 if text is None else 0))
    return m.Quotation(
        title=_maybe(draw, _without_statutes(draw)),
        reference=_maybe(draw, _reference(draw, 611, 2021, "14")),
        text=_localized(draw),
    )


def _section(
    draw: st.DrawFn, memo: _Memo, number: str, depth: int, kind: m.SectionKind | None = None
) -> m.Section:
    memo.points[number] = []
    children = sorted(draw(st.sets(st.integers(0, 12), max_size=2 if depth < 1 else 0)))
    subsections = tuple(_section(draw, memo, f"{number}.{c}", depth + 1) for c in children)
    content = [
        _content(draw, memo, number) for _ in range(draw(st.integers(0 if subsections else 1, 2)))
    ]
    return m.Section(
        number=number,
        title=_localized(draw),
        kind=kind or draw(st.sampled_from(m.SectionKind)),
        content=tuple(content),
        subsections=subsections,
    )


def _sections(draw: st.DrawFn, memo: _Memo) -> tuple[m.Section, ...]:
    numbers = sorted(draw(st.sets(st.integers(0, 99), min_size=2, max_size=3)))
    # Opened first, closed last (HN-S005, HN-S006); other kinds anywhere.
    kinds = [m.SectionKind.OPENING, *([None] * (len(numbers) - 2)), m.SectionKind.CLOSING]
    sections = [
        _section(draw, memo, str(n), 0, kind) for n, kind in zip(numbers, kinds, strict=True)
    ]
    # At least one statement, so that the rules on statements have one to break.
    first = sections[0]
    statement = _statement(draw, memo, first.number)
    sections[0] = attrs.evolve(first, content=(statement, *first.content))
    return tuple(sections)


def _outcome(draw: st.DrawFn, memo: _Memo, date: dt.date | None, cls: type) -> m.Outcome:
    numbers = sorted(memo.points)
    sources = []
    for number in draw(st.lists(st.sampled_from(numbers), min_size=1, max_size=2)):
        ids = memo.points[number]
        point = draw(st.none() | st.sampled_from(ids)) if ids else None
        sources.append(m.SourceRef(section=number, point=point))
    fields: dict[str, Any] = {
        "id": memo.new_id(draw),
        "title": _localized(draw),
        "description": _maybe(draw, _localized(draw)),
        "status": draw(st.sampled_from(STATUSES[cls])),
        "topics": tuple(draw(st.lists(st.sampled_from(m.Topic), max_size=2))),
        "parties": tuple(draw(st.lists(st.sampled_from(memo.organisations), max_size=3))),
        "sources": tuple(sources),
    }
    if cls is m.Agreement:
        fields["signed"] = draw(st.none() | st.dates())
    everyone = [*memo.organisations, *(p.id for p in memo.participants)]
    if cls is m.FollowUpAction:
        earliest = date or dt.date.min
        fields |= {
            "proposer": draw(st.none() | st.sampled_from(everyone)),
            "responsible": tuple(draw(st.lists(st.sampled_from(everyone), max_size=2))),
            "due_date": draw(st.none() | st.dates(min_value=earliest, max_value=_LAST_RECORD_DAY)),
            "due_text": _maybe(draw, _localized(draw)),
        }
    if cls in (m.Agreement, m.InterfacePlan):
        start, until = sorted([draw(st.dates()), draw(st.dates())])
        fields |= {
            "valid_from": _maybe(draw, start),
            "valid_until": _maybe(draw, until),
            "approvals": tuple(
                m.Approval(organisation=organisation, section=_maybe(draw, "45"))
                for organisation in draw(st.lists(st.sampled_from(memo.organisations), max_size=2))
            ),
        }
    if cls is m.Decision:
        fields["decided_by"] = draw(st.none() | st.sampled_from(memo.organisations))
    if cls is m.StrategyItem:
        fields |= {
            "level": draw(st.sampled_from(m.StrategyLevel)),
            "responsible": tuple(draw(st.lists(st.sampled_from(everyone), max_size=2))),
        }
    outcome: m.Outcome = cls(**fields)
    return outcome


_S = m.OutcomeStatus
_BUILT = (_S.EXISTING, _S.CONTINUES, _S.NEW, _S.PLANNED, _S.PROPOSED, _S.AGREED, _S.ENDED)
_BINDING = (
    _S.PLANNED,
    _S.PROPOSED,
    _S.PENDING,
    _S.AGREED,
    _S.NEW,
    _S.EXISTING,
    _S.CONTINUES,
    _S.ENDED,
)
#: The statuses that fit each outcome type (HN-O004), written out by hand.
STATUSES: dict[type, tuple[m.OutcomeStatus, ...]] = {
    m.CooperationStructure: _BUILT,
    m.OperatingModel: _BUILT,
    m.InformationFlow: _BUILT,
    m.Agreement: _BINDING,
    m.InterfacePlan: _BINDING,
    m.Challenge: (_S.OPEN, _S.CONTINUES, _S.DONE),
    m.MatterToAgree: (_S.PROPOSED, _S.OPEN, _S.PENDING, _S.AGREED),
    m.FollowUpAction: (_S.PROPOSED, _S.PLANNED, _S.AGREED, _S.OPEN, _S.PENDING, _S.DONE),
    m.Decision: (_S.PROPOSED, _S.PENDING, _S.DECIDED, _S.PLANNED, _S.DONE, _S.ENDED),
    m.StrategyItem: (*_BUILT, _S.OPEN, _S.DONE),
}


_OUTCOME_CLASSES = (
    m.CooperationStructure,
    m.OperatingModel,
    m.InformationFlow,
    m.Agreement,
    m.Challenge,
    m.MatterToAgree,
    m.FollowUpAction,
    m.Decision,
    m.InterfacePlan,
    m.StrategyItem,
)


def _title(draw: st.DrawFn, memo: _Memo, parties: list[m.Organisation]) -> m.LocalizedText:
    if not memo.archive:
        return _localized(draw)
    # The archive asks the title to name a party (HN-A005).
    party = draw(st.sampled_from(parties))
    name = party.name.fi or party.name.sv
    languages = draw(st.sets(st.sampled_from(_LANGUAGES), min_size=1))
    return m.LocalizedText(**{lang: f"{draw(valid_texts)} {name}" for lang in languages})


def _record(
    draw: st.DrawFn, memo: _Memo, date: dt.date | None, title: m.LocalizedText
) -> m.RecordMetadata:
    archive = memo.archive

    def given(strategy: st.SearchStrategy[Any]) -> Any:
        return draw(strategy if archive else st.none() | strategy)

    publicity_class = draw(st.sampled_from(m.PublicityClass))
    secret = publicity_class is not m.PublicityClass.PUBLIC
    publicity = m.Publicity(
        publicity_class=publicity_class,
        # A ground whenever secret (HN-A011); a period too for the archive (HN-A012).
        legal_ground=draw(valid_texts) if secret else draw(st.none() | valid_texts),
        period_years=draw(st.integers(1, 100)) if secret and archive else None,
    )
    named = any(p.name for p in memo.participants)
    personal = [c for c in m.PersonalDataClass if not (named and c is m.PersonalDataClass.NONE)]
    permanent = draw(st.booleans())
    retention = m.Retention(
        # Permanent or a number of years, never both (HN-A016, HN-A017).
        permanent=permanent,
        period_years=None if permanent else given(st.integers(1, 120)),
        reason=_localized(draw) if archive or draw(st.booleans()) else None,
    )
    languages = [lang for lang, _ in title.items()]
    # Created at the meeting or after it (HN-L021), approved after that (HN-L022).
    created = given(
        st.builds(
            dt.datetime.combine,
            st.dates(min_value=date or dt.date.min, max_value=_LAST_RECORD_DAY),
            times,
            _OFFSETS,
        )
    )
    created_day = created.date() if created is not None else dt.date.min
    return m.RecordMetadata(
        identifier=given(valid_texts),
        case_id=given(valid_texts),
        document_type=given(st.sampled_from(m.DocumentType)),
        status=m.RecordStatus.APPROVED
        if archive
        else draw(st.none() | st.sampled_from(m.RecordStatus)),
        created=created,
        approved=given(
            st.dates(min_value=max(date or dt.date.min, created_day), max_value=_LAST_RECORD_DAY)
        ),
        author=given(valid_texts),
        author_organisation=draw(st.none() | st.sampled_from(memo.organisations)),
        approver=given(valid_texts),
        publicity=given(st.just(publicity)),
        personal_data=given(st.sampled_from(personal)),
        retention=given(st.just(retention)),
        function_code=given(st.from_regex(r"\A[0-9]{2}( [0-9]{2}){2,3}\Z")),
        languages=tuple(draw(st.lists(st.sampled_from(languages), min_size=1 if archive else 0))),
    )


@st.composite
def _memos(draw: st.DrawFn, archive: bool) -> m.Negotiation:
    memo = _Memo(archive=archive)
    area = draw(st.sampled_from(COUNTIES))
    county = _party(draw, memo, m.OrganisationKind.COUNTY, area)
    candidates = TABLE.municipalities_of(area.code)
    chosen = draw(st.lists(st.sampled_from(candidates), min_size=1, max_size=3, unique=True))
    municipalities = [_party(draw, memo, m.OrganisationKind.MUNICIPALITY, c) for c in chosen]
    others = [_other(draw, memo) for _ in range(draw(st.integers(0, 2)))]
    _participants(draw, memo, [county, *municipalities])
    kind = draw(st.sampled_from(m.NegotiationKind))
    basis = [_reference(draw, *draw(st.sampled_from(_BASIS[kind])))]
    if draw(st.booleans()):
        basis.insert(draw(st.integers(0, 1)), _reference(draw, 434, 2003, "45"))
    first = _FIRST_HYTE_DAY if kind is m.NegotiationKind.WELLBEING_PROMOTION else _FIRST_DAY
    dates = st.dates(first, _LAST_DAY)
    date = draw(dates if archive else st.none() | dates)
    terms = terms_containing(date) if date else ["2021-2025", "2022-2025", "2025-2029", "2029-2033"]
    term = draw(st.none() | st.sampled_from(terms))
    start, end = sorted([draw(times), draw(times)])
    sections = _sections(draw, memo)
    follow_up = _outcome(draw, memo, date, m.FollowUpAction)
    outcomes = [
        _outcome(draw, memo, date, draw(st.sampled_from(_OUTCOME_CLASSES)))
        for _ in range(draw(st.integers(0, 3)))
    ]
    outcomes.insert(draw(st.integers(0, len(outcomes))), follow_up)
    title = _title(draw, memo, [county, *municipalities])
    return m.Negotiation(
        kind=kind,
        title=title,
        legal_basis=tuple(basis),
        county=county,
        municipalities=tuple(municipalities),
        other_organisations=tuple(others),
        participants=tuple(memo.participants),
        council_term=term,
        date=date,
        start_time=_maybe(draw, start),
        end_time=_maybe(draw, end),
        place=_localized(draw) if archive else _maybe(draw, _localized(draw)),
        theme=_maybe(draw, _localized(draw)),
        objectives=tuple(_localized(draw) for _ in range(draw(st.integers(0, 2)))),
        topics=tuple(draw(st.lists(st.sampled_from(m.Topic), max_size=3))),
        sections=sections,
        outcomes=tuple(outcomes),
        record=_record(draw, memo, date, title) if archive or draw(st.booleans()) else None,
    )


def draft_memos() -> st.SearchStrategy[m.Negotiation]:
    """Memos on which the ``draft`` profile finds nothing."""
    return _memos(archive=False)


def archive_memos() -> st.SearchStrategy[m.Negotiation]:
    """Memos on which the ``archive`` profile finds nothing."""
    return _memos(archive=True)
