"""A memo that every rule passes, and for each rule a change that makes it fire."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs

from hyvaneuvottelu import (
    Agreement,
    Approval,
    Attachment,
    AttachmentKind,
    AttendanceGroup,
    Decision,
    DecisionItem,
    DocumentGenre,
    DocumentType,
    EarlierOutcome,
    FollowUpAction,
    Invitation,
    LeadershipKind,
    LocalizedText,
    MeetingRole,
    Negotiation,
    NegotiationKind,
    NegotiationRound,
    OnBehalfOf,
    Organisation,
    OrganisationKind,
    Outcome,
    OutcomeStatus,
    Paragraph,
    Participant,
    Person,
    PersonalDataClass,
    Point,
    PointList,
    Presence,
    Publicity,
    PublicityClass,
    Quotation,
    RecordMetadata,
    RecordStatus,
    Registration,
    Report,
    Retention,
    Section,
    SectionKind,
    SourceRef,
    Statement,
    StrategyItem,
    StrategyLevel,
    check,
)
from hyvaneuvottelu.limits import MAX_TEXT
from hyvaneuvottelu.refdata import ORGANISATION_ACT_7, WELLBEING_COUNTY_ACT_14
from hyvaneuvottelu.validation import validate_bytes, validate_file


def fi(text: str) -> LocalizedText:
    return LocalizedText(fi=text)


COUNTY = Organisation(
    id="lu",
    kind=OrganisationKind.COUNTY,
    name=LocalizedText(fi="Länsi-Uudenmaan hyvinvointialue", sv="Västra Nylands välfärdsområde"),
    statistics_code="03",
    business_id="3221347-3",
)
LOHJA = Organisation(
    id="lohja",
    kind=OrganisationKind.MUNICIPALITY,
    name=LocalizedText(fi="Lohja", sv="Lojo"),
    statistics_code="444",
)
CHAIR = Participant(
    id="laiho",
    name="Mia Laiho",
    title=fi("Aluehallituksen puheenjohtaja"),
    organisation="lu",
    leadership=LeadershipKind.ELECTED,
    roles=(MeetingRole.CHAIR,),
    presence=Presence.PRESENT,
)
SPEAKER = Participant(
    id="patinen",
    name="Jussi Patinen",
    organisation="lohja",
    leadership=LeadershipKind.ELECTED,
    presence=Presence.PRESENT,
)
STATEMENT = Statement(
    speaker="patinen",
    on_behalf_of=OnBehalfOf(organisation="lohja", leadership=LeadershipKind.ELECTED),
    text=fi("Jussi Patinen esitti puheenvuoron kaupungin luottamushenkilöjohdon puolesta."),
    points=(Point(id="p1", text=fi("Yhteistyö on kehittynyt.")),),
)
FOLLOW_UP = FollowUpAction(
    id="tapaaminen",
    title=fi("Yhteinen tapaaminen"),
    status=OutcomeStatus.PROPOSED,
    parties=("lohja", "lu"),
    sources=(SourceRef(section="2", point="p1"),),
    proposer="lohja",
    responsible=("lu",),
    due_date=dt.date(2026, 1, 15),
)
RECORD = RecordMetadata(
    identifier="LU-2025-123",
    case_id="5146/01.04.00/2025",
    document_type=DocumentType.MEMO,
    status=RecordStatus.APPROVED,
    created=dt.datetime(2025, 10, 2, 9, 0, tzinfo=dt.UTC),
    approved=dt.date(2025, 10, 20),
    author="Aino Aaltonen",
    author_organisation="lu",
    approver="Mia Laiho",
    publicity=Publicity(publicity_class=PublicityClass.PUBLIC),
    personal_data=PersonalDataClass.PERSONAL,
    retention=Retention(permanent=True, reason=fi("Arkistolaitoksen päätös")),
    function_code="00 01 02",
    languages=("fi",),
)
GOOD = Negotiation(
    kind=NegotiationKind.COUNCIL_TERM,
    title=fi("Lohjan kaupungin ja Länsi-Uudenmaan hyvinvointialueen neuvottelu"),
    legal_basis=(WELLBEING_COUNTY_ACT_14,),
    county=COUNTY,
    municipalities=(LOHJA,),
    participants=(CHAIR, SPEAKER),
    council_term="2025-2029",
    date=dt.date(2025, 10, 1),
    start_time=dt.time(10, 0),
    end_time=dt.time(12, 0),
    place=fi("Lohjan kaupungintalo"),
    sections=(
        Section(
            number="1",
            title=fi("Avaus"),
            kind=SectionKind.OPENING,
            content=(Paragraph(text=fi("Puheenjohtaja avasi neuvottelun.")),),
        ),
        Section(
            number="2",
            title=fi("Avauspuheenvuorot"),
            kind=SectionKind.OPENING_STATEMENTS,
            content=(STATEMENT,),
            subsections=(
                Section(
                    number="2.1",
                    title=fi("Keskustelu"),
                    content=(Paragraph(text=fi("Todettiin ennakkomateriaali.")),),
                ),
            ),
        ),
        Section(
            number="3",
            title=fi("Päätös"),
            kind=SectionKind.CLOSING,
            content=(Paragraph(text=fi("Puheenjohtaja päätti neuvottelun.")),),
        ),
    ),
    outcomes=(FOLLOW_UP,),
    record=RECORD,
)


def changed(**changes: Any) -> Negotiation:
    return attrs.evolve(GOOD, **changes)


def record(**changes: Any) -> Negotiation:
    return changed(record=attrs.evolve(RECORD, **changes))


def section(index: int, **changes: Any) -> Negotiation:
    sections = list(GOOD.sections)
    sections[index] = attrs.evolve(sections[index], **changes)
    return changed(sections=tuple(sections))


def statement(**changes: Any) -> Negotiation:
    return section(1, content=(attrs.evolve(STATEMENT, **changes),))


def follow_up(**changes: Any) -> Negotiation:
    return changed(outcomes=(attrs.evolve(FOLLOW_UP, **changes),))


def speaker(**changes: Any) -> Negotiation:
    return changed(participants=(CHAIR, attrs.evolve(SPEAKER, **changes)))


def municipality(**changes: Any) -> Negotiation:
    return changed(municipalities=(attrs.evolve(LOHJA, **changes),))


#: The day a check is made as of, where a message names that day.
AS_OF = dt.date(2026, 1, 1)


def archive(negotiation: Negotiation) -> Callable[[], Report]:
    return lambda: check(negotiation, "archive")


VIHTI = Organisation(
    id="vihti", kind=OrganisationKind.MUNICIPALITY, name=fi("Vihti"), statistics_code="927"
)
SECRET = Publicity(publicity_class=PublicityClass.CONFIDENTIAL, legal_ground="JulkL 24 §")


def with_outcome(outcome: Outcome) -> Negotiation:
    """The good memo with one more outcome."""
    return changed(outcomes=(FOLLOW_UP, outcome))


AGREEMENT = Agreement(
    id="sopimus",
    title=fi("Yhteistyösopimus"),
    status=OutcomeStatus.AGREED,
    parties=("lohja", "lu"),
    sources=(SourceRef(section="2", point="p1"),),
)
ANNEX = Attachment(id="liite-1", kind=AttachmentKind.ANNEX, title=fi("Liite 1"))

#: For each rule code: how to make it fire, and the path it reports.
CASES: dict[str, tuple[Callable[[], Report], str]] = {
    "HN-D001": (lambda: validate_bytes(b"not json"), "line 1, column 1"),
    "HN-D002": (lambda: validate_file(str(Path("/nonexistent/memo.json"))).report, ""),
    "HN-P001": (
        archive(changed(county=attrs.evolve(COUNTY, statistics_code="90"))),
        "/county/statisticsCode",
    ),
    "HN-P002": (
        archive(changed(county=attrs.evolve(COUNTY, kind=OrganisationKind.MUNICIPALITY))),
        "/county/kind",
    ),
    "HN-P003": (archive(municipality(statistics_code="999")), "/municipalities/0/statisticsCode"),
    "HN-P004": (
        archive(municipality(name=fi("Tampere"), statistics_code="837")),
        "/municipalities/0",
    ),
    "HN-P005": (archive(municipality(name=fi("Vihti"))), "/municipalities/0/name/fi"),
    "HN-P006": (
        archive(changed(county=attrs.evolve(COUNTY, business_id="3221347-4"))),
        "/county/businessId",
    ),
    "HN-P007": (
        archive(changed(municipalities=(LOHJA, attrs.evolve(LOHJA, id="lojo")))),
        "/municipalities/1",
    ),
    "HN-P008": (archive(changed(municipalities=(LOHJA, VIHTI))), "/municipalities/1"),
    "HN-P009": (archive(speaker(organisation=None)), "/participants/1"),
    "HN-P010": (
        archive(changed(participants=(attrs.evolve(CHAIR, roles=()), SPEAKER))),
        "/participants",
    ),
    "HN-P011": (archive(changed(municipalities=())), "/municipalities"),
    "HN-R001": (archive(statement(speaker="ghost")), "/sections/1/content/0/speaker"),
    "HN-R002": (
        archive(statement(on_behalf_of=OnBehalfOf(organisation="ghost"))),
        "/sections/1/content/0/onBehalfOf/organisation",
    ),
    "HN-R003": (archive(speaker(organisation="ghost")), "/participants/1/organisation"),
    "HN-R004": (archive(follow_up(parties=("ghost",))), "/outcomes/0/parties/0"),
    "HN-R005": (archive(follow_up(proposer="ghost")), "/outcomes/0/proposer"),
    "HN-R006": (archive(record(author_organisation="ghost")), "/record/authorOrganisation"),
    "HN-R007": (archive(speaker(id="lohja")), "/participants/1/id"),
    "HN-R008": (
        archive(statement(on_behalf_of=OnBehalfOf(organisation="lu"))),
        "/sections/1/content/0/onBehalfOf",
    ),
    "HN-S001": (archive(section(2, number="2")), "/sections/2/number"),
    "HN-S002": (archive(section(2, number="0")), "/sections/2/number"),
    "HN-S003": (
        archive(
            section(1, subsections=(attrs.evolve(GOOD.sections[1].subsections[0], number="3.1"),))
        ),
        "/sections/1/subsections/0/number",
    ),
    "HN-S004": (archive(statement(points=())), "/sections/1/content/0/points"),
    "HN-S005": (archive(section(0, kind=SectionKind.OTHER)), "/sections"),
    "HN-S006": (archive(section(2, kind=SectionKind.OTHER)), "/sections"),
    "HN-S007": (archive(changed(sections=())), "/sections"),
    "HN-S008": (archive(section(2, content=())), "/sections/2"),
    "HN-S009": (
        archive(section(0, content=(*GOOD.sections[0].content, PointList(points=())))),
        "/sections/0/content/1",
    ),
    "HN-L001": (archive(changed(kind=NegotiationKind.WELLBEING_PROMOTION)), "/legalBasis"),
    "HN-L002": (archive(changed(legal_basis=())), "/legalBasis"),
    "HN-L003": (archive(changed(date=dt.date(2022, 1, 15), council_term=None)), "/date"),
    "HN-L004": (archive(changed(council_term="2023-2027")), "/councilTerm"),
    "HN-L005": (archive(changed(council_term="2021-2025")), "/councilTerm"),
    "HN-L006": (archive(changed(end_time=dt.time(9, 0))), "/endTime"),
    "HN-L007": (archive(follow_up(due_date=dt.date(2025, 9, 1))), "/outcomes/0/dueDate"),
    "HN-L008": (archive(record(approved=dt.date(2025, 9, 1))), "/record/approved"),
    "HN-T001": (archive(changed(place=fi("  "))), "/place/fi"),
    "HN-T002": (archive(changed(place=fi("Lohja\x0b"))), "/place/fi"),
    "HN-T003": (archive(changed(place=fi("La\u0308hde"))), "/place/fi"),
    "HN-T004": (archive(changed(place=fi("TÄYTÄ: neuvottelun paikka"))), "/place/fi"),
    "HN-O001": (
        archive(follow_up(sources=(SourceRef(section="9"),))),
        "/outcomes/0/sources/0/section",
    ),
    "HN-O002": (
        archive(follow_up(sources=(SourceRef(section="2", point="p9"),))),
        "/outcomes/0/sources/0/point",
    ),
    "HN-O003": (archive(follow_up(sources=())), "/outcomes/0/sources"),
    "HN-O004": (archive(follow_up(status=OutcomeStatus.EXISTING)), "/outcomes/0/status"),
    "HN-O005": (
        archive(
            with_outcome(
                attrs.evolve(
                    AGREEMENT, valid_from=dt.date(2026, 1, 1), valid_until=dt.date(2025, 12, 31)
                )
            )
        ),
        "/outcomes/1/validUntil",
    ),
    "HN-O006": (
        archive(with_outcome(attrs.evolve(AGREEMENT, approvals=(Approval(organisation="vihti"),)))),
        "/outcomes/1/approvals/0/organisation",
    ),
    "HN-O007": (archive(changed(attachments=(ANNEX, ANNEX))), "/attachments/1/id"),
    "HN-O008": (
        archive(changed(people=(Person(id="virtanen", organisation="kela"),))),
        "/people/0/organisation",
    ),
    "HN-O009": (
        archive(follow_up(sources=(SourceRef(section="2", point="p1", sentence=2),))),
        "/outcomes/0/sources/0/sentence",
    ),
    "HN-O010": (
        archive(
            with_outcome(
                Decision(
                    id="paatos",
                    title=fi("Päätös"),
                    status=OutcomeStatus.DECIDED,
                    decided_by="vihti",
                    sources=(SourceRef(section="2", point="p1"),),
                )
            )
        ),
        "/outcomes/1/decidedBy",
    ),
    "HN-O011": (
        archive(
            with_outcome(
                StrategyItem(
                    id="tavoite",
                    title=fi("Tavoite"),
                    status=OutcomeStatus.AGREED,
                    level=StrategyLevel.OBJECTIVE,
                    parent="tapaaminen",
                    sources=(SourceRef(section="2", point="p1"),),
                )
            )
        ),
        "/outcomes/1/parent",
    ),
    "HN-O012": (
        archive(changed(attachments=(attrs.evolve(ANNEX, part_of_record=True),))),
        "/attachments/0/fileName",
    ),
    "HN-O013": (
        archive(follow_up(follows=EarlierOutcome(record="LU-2025-123", outcome="tapaaminen"))),
        "/outcomes/0/follows/record",
    ),
    "HN-A001": (archive(changed(date=None)), "/date"),
    "HN-A002": (archive(changed(place=None)), "/place"),
    "HN-A003": (archive(record(identifier=None)), "/record/identifier"),
    "HN-A004": (archive(record(case_id=None)), "/record/caseId"),
    "HN-A005": (archive(changed(title=fi("Neuvottelu"))), "/title"),
    "HN-A006": (archive(record(author=None)), "/record/author"),
    "HN-A007": (archive(record(status=RecordStatus.DRAFT)), "/record/status"),
    "HN-A008": (archive(record(approved=None)), "/record/approved"),
    "HN-A009": (archive(record(approver=None)), "/record/approver"),
    "HN-A010": (archive(record(publicity=None)), "/record/publicity"),
    "HN-A011": (
        archive(record(publicity=attrs.evolve(SECRET, legal_ground=None, period_years=25))),
        "/record/publicity/legalGround",
    ),
    "HN-A012": (archive(record(publicity=SECRET)), "/record/publicity/periodYears"),
    "HN-A013": (archive(record(personal_data=None)), "/record/personalData"),
    "HN-A014": (archive(record(personal_data=PersonalDataClass.NONE)), "/record/personalData"),
    "HN-A015": (archive(record(retention=None)), "/record/retention"),
    "HN-A016": (
        archive(record(retention=Retention(reason=fi("Päätös")))),
        "/record/retention",
    ),
    "HN-A017": (
        archive(record(retention=Retention(permanent=True, period_years=10, reason=fi("Päätös")))),
        "/record/retention/periodYears",
    ),
    "HN-A018": (archive(record(retention=Retention(permanent=True))), "/record/retention/reason"),
    "HN-A019": (archive(record(function_code=None)), "/record/functionCode"),
    "HN-A020": (archive(record(languages=())), "/record/languages"),
    "HN-A021": (archive(record(languages=("fi", "sv"))), "/record/languages/1"),
    "HN-A022": (archive(record(document_type=None)), "/record/documentType"),
    "HN-A023": (archive(record(created=None)), "/record/created"),
    "HN-A024": (
        archive(changed(participants=(attrs.evolve(CHAIR, name=None), SPEAKER))),
        "/participants/0/name",
    ),
    "HN-A025": (
        archive(
            changed(
                participants=(
                    attrs.evolve(CHAIR, presence=None),
                    attrs.evolve(SPEAKER, presence=None),
                )
            )
        ),
        "/participants",
    ),
    "HN-A026": (archive(changed(place=fi("a" * (MAX_TEXT + 1)))), "/place/fi"),
    # The meeting in its context (1.1)
    "HN-G001": (
        archive(changed(genre=DocumentGenre.NOTICE, invitation=Invitation(convener="lu"))),
        "/participants/0/presence",
    ),
    "HN-G002": (
        archive(
            changed(
                genre=DocumentGenre.NOTICE,
                invitation=Invitation(convener="lu"),
                participants=(
                    attrs.evolve(CHAIR, presence=None),
                    attrs.evolve(SPEAKER, presence=None),
                ),
            )
        ),
        "/outcomes/0",
    ),
    "HN-G003": (
        archive(changed(invitation=Invitation(convener="lu", date=dt.date(2025, 10, 2)))),
        "/invitation/date",
    ),
    "HN-G004": (archive(changed(genre=DocumentGenre.NOTICE)), "/genre"),
    "HN-G005": (archive(changed(genre=DocumentGenre.DECISION_ITEM)), "/genre"),
    "HN-G006": (
        archive(
            changed(decision_item=DecisionItem(organisation="ghost", body=fi("Kaupunginhallitus")))
        ),
        "/decisionItem/organisation",
    ),
    "HN-G007": (
        archive(
            changed(
                attendance_groups=(
                    AttendanceGroup(
                        id="johtajat",
                        description=fi("Kunnanjohtajat"),
                        organisation="lohja",
                        organisation_kind=OrganisationKind.MUNICIPALITY,
                    ),
                )
            )
        ),
        "/attendanceGroups/0/organisationKind",
    ),
    "HN-G008": (
        archive(
            changed(
                municipalities=(LOHJA,),
                mentioned_organisations=(VIHTI,),
                participants=(CHAIR, SPEAKER, attrs.evolve(SPEAKER, id="v", organisation="vihti")),
            )
        ),
        "/participants/2/organisation",
    ),
    "HN-G009": (archive(changed(partial_date="2025-09")), "/partialDate"),
    "HN-G010": (archive(changed(date=None, partial_date="2025-10")), "/date"),
    "HN-G011": (
        archive(changed(negotiation_round=NegotiationRound(identifier="K", part=3, parts=2))),
        "/negotiationRound/part",
    ),
    "HN-G012": (
        archive(
            changed(
                negotiation_round=NegotiationRound(identifier="K", previous_record="LU-2025-123")
            )
        ),
        "/negotiationRound/previousRecord",
    ),
    "HN-G013": (
        archive(
            record(
                registrations=(
                    Registration(organisation="lohja", identifier="A"),
                    Registration(organisation="lohja", identifier="B"),
                )
            )
        ),
        "/record/registrations/1",
    ),
    "HN-G014": (
        archive(record(registrations=(Registration(organisation="lu", case_id="1/00.00/2025"),))),
        "/record/registrations/0/caseId",
    ),
    "HN-G015": (
        archive(changed(additional_kinds=(NegotiationKind.COUNCIL_TERM,))),
        "/additionalKinds/0",
    ),
    "HN-G016": (
        archive(
            changed(
                attendance_groups=(
                    AttendanceGroup(id="g", description=fi("Kunnanjohtajat")),
                    AttendanceGroup(id="g", description=fi("Valtuutetut")),
                )
            )
        ),
        "/attendanceGroups/1/id",
    ),
    "HN-G017": (
        archive(changed(additional_kinds=(NegotiationKind.WELLBEING_PROMOTION,))),
        "/additionalKinds/0",
    ),
    "HN-G018": (archive(changed(genre=DocumentGenre.ROUND_REPORT)), "/genre"),
    "HN-A040": (
        archive(
            changed(
                participants=(attrs.evolve(CHAIR, name=None), attrs.evolve(SPEAKER, name=None)),
                record=attrs.evolve(RECORD, personal_data=PersonalDataClass.NONE),
            )
        ),
        "/sections/1/content/0/text/fi",
    ),
    "HN-A041": (archive(record(languages=("fin",))), "/record/languages/0"),
    "HN-A042": (archive(record(function_code="00 01")), "/record/functionCode"),
    "HN-A043": (
        lambda: check(
            record(personal_data=PersonalDataClass.CRIMINAL), "archive", sahke2_version="2011"
        ),
        "/record/personalData",
    ),
    # Checked as of a fixed day, so that the message, which names it, is the same every day.
    "HN-L020": (
        lambda: check(
            changed(date=dt.date(2099, 1, 15), council_term=None), "archive", as_of=AS_OF
        ),
        "/date",
    ),
    "HN-L021": (
        archive(record(created=dt.datetime(2025, 9, 30, 9, 0, tzinfo=dt.UTC))),
        "/record/created",
    ),
    "HN-L022": (
        archive(record(created=dt.datetime(2025, 10, 21, 9, 0, tzinfo=dt.UTC))),
        "/record/approved",
    ),
    "HN-L023": (
        archive(
            changed(
                kind=NegotiationKind.WELLBEING_PROMOTION,
                legal_basis=(ORGANISATION_ACT_7,),
                date=dt.date(2022, 9, 1),
                council_term=None,
            )
        ),
        "/date",
    ),
    "HN-L024": (
        archive(
            section(
                0,
                content=(
                    *GOOD.sections[0].content,
                    Quotation(
                        title=fi("Laki sosiaali- ja terveydenhuollon järjestämisestä 7 §"),
                        reference=WELLBEING_COUNTY_ACT_14,
                        text=fi("Hyvinvointialueen ja sen alueen kuntien on neuvoteltava."),
                    ),
                ),
            )
        ),
        "/sections/0/content/1/reference",
    ),
    "HN-P020": (
        archive(changed(participants=(CHAIR, attrs.evolve(SPEAKER, roles=(MeetingRole.CHAIR,))))),
        "/participants/1/roles",
    ),
    "HN-P021": (
        archive(changed(participants=(CHAIR, SPEAKER, attrs.evolve(SPEAKER, id="patinen2")))),
        "/participants/2/name",
    ),
    "HN-P022": (archive(speaker(title=fi("Kaupunginjohtaja"))), "/participants/1/leadership"),
}
