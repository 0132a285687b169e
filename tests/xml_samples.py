"""A small memo that uses every kind of content and outcome, for the XML tests."""

from __future__ import annotations

import datetime as dt

from hyvaneuvottelu import model as m

T = m.LocalizedText


def every_kind() -> m.Negotiation:
    """A memo with every content type, every outcome type and full record metadata."""
    ref = m.LegalReference(
        statute_number=611,
        statute_year=2021,
        section="14",
        subsection=1,
        chapter="2",
        statute_title=T(fi="Laki hyvinvointialueesta", sv="Lag om välfärdsområden"),
    )
    sections = (
        m.Section(
            number="1",
            title=T(fi="Puheenjohtaja avaa neuvottelun"),
            kind=m.SectionKind.OPENING,
            content=(
                m.Paragraph(text=T(fi="Teema: yhteistyö & <työnjako>\r\nrivi ]]> loppu")),
                m.Quotation(
                    title=T(fi="Laki hyvinvointialueesta 14 §"),
                    reference=ref,
                    text=T(fi="Hyvinvointialueen ja sen alueen kuntien on neuvoteltava."),
                ),
            ),
        ),
        m.Section(
            number="2",
            title=T(fi="Avauspuheenvuorot", sv="Öppningsanföranden", en="Opening statements"),
            kind=m.SectionKind.OPENING_STATEMENTS,
            content=(
                m.Statement(
                    speaker="patinen",
                    on_behalf_of=m.OnBehalfOf(
                        organisation="lohja", leadership=m.LeadershipKind.ELECTED
                    ),
                    text=T(fi="Jussi Patinen esitti puheenvuoron."),
                    points=(m.Point(id="p2-1", text=T(fi="Yhteistyö toimii.")),),
                ),
            ),
            subsections=(m.Section(number="2.1", title=T(fi="Alakohta", en="Subsection")),),
        ),
        m.Section(
            number="4",
            title=T(fi="Yhteistyön rakenteet"),
            kind=m.SectionKind.DISCUSSION,
            content=(
                m.Finding(
                    text=T(fi="Keskustelussa todettiin seuraavaa:"),
                    points=(
                        m.Point(id="p4-1", text=T(fi="Ankkuri-toimintaa halutaan jatkaa.")),
                        m.Point(id="p4-2", text=T(fi="  välilyönnit säilyvät  ")),
                    ),
                ),
                m.PointList(points=(m.Point(text=T(fi="")),)),
            ),
        ),
        m.Section(number="6", title=T(fi="Neuvottelujen päätös"), kind=m.SectionKind.CLOSING),
    )
    outcomes: tuple[m.Outcome, ...] = (
        m.CooperationStructure(
            id="vastinparit", title=T(fi="Vastinparit"), status=m.OutcomeStatus.EXISTING
        ),
        m.OperatingModel(
            id="ankkuri",
            title=T(fi="Ankkuri-toiminta"),
            status=m.OutcomeStatus.CONTINUES,
            topics=(m.Topic.CRIME_PREVENTION,),
            parties=("lohja", "lansi-uusimaa"),
            sources=(m.SourceRef(section="4", point="p4-1"),),
        ),
        m.InformationFlow(
            id="viestinta", title=T(fi="Asukasviestintä"), status=m.OutcomeStatus.OPEN
        ),
        m.Agreement(
            id="tym",
            title=T(fi="TYM-sopimus"),
            status=m.OutcomeStatus.PENDING,
            signed=dt.date(2025, 3, 1),
        ),
        m.Challenge(
            id="hahmotus",
            title=T(fi="Vastuiden hahmottaminen"),
            description=T(fi="Asukkaiden on vaikea hahmottaa, kuka vastaa."),
            status=m.OutcomeStatus.OPEN,
        ),
        m.MatterToAgree(id="tilat", title=T(fi="Tilat"), status=m.OutcomeStatus.PROPOSED),
        m.FollowUpAction(
            id="tapaaminen",
            title=T(fi="Yhteinen tapaaminen"),
            status=m.OutcomeStatus.PROPOSED,
            proposer="patinen",
            responsible=("lansi-uusimaa",),
            due_date=dt.date(2025, 4, 30),
            due_text=T(fi="alkuvuoden aikana"),
        ),
    )
    record = m.RecordMetadata(
        identifier="muistio-1",
        case_id="5146/01.04.00/2023",
        document_type=m.DocumentType.MEMO,
        status=m.RecordStatus.APPROVED,
        created=dt.datetime(2025, 2, 3, 14, 30, 5, 120, tzinfo=dt.timezone(dt.timedelta(hours=2))),
        approved=dt.date(2025, 2, 10),
        author="Sihteeri",
        author_organisation="lohja",
        approver="Jussi Patinen",
        publicity=m.Publicity(
            publicity_class=m.PublicityClass.PARTIALLY_CONFIDENTIAL,
            legal_ground="JulkL 24 §",
            period_years=25,
        ),
        personal_data=m.PersonalDataClass.PERSONAL,
        retention=m.Retention(permanent=True, reason=T(fi="KuntaTOS")),
        function_code="00 01 02",
        languages=("fi", "sv"),
    )
    return m.Negotiation(
        kind=m.NegotiationKind.COUNCIL_TERM,
        title=T(fi="Neuvottelu", sv="Förhandling"),
        legal_basis=(ref,),
        county=m.Organisation(
            id="lansi-uusimaa",
            kind=m.OrganisationKind.COUNTY,
            name=T(fi="Länsi-Uudenmaan hyvinvointialue", sv="Västra Nylands välfärdsområde"),
            statistics_code="03",
            business_id="3221347-3",
        ),
        municipalities=(
            m.Organisation(
                id="lohja",
                kind=m.OrganisationKind.MUNICIPALITY,
                name=T(fi="Lohja", sv="Lojo"),
                statistics_code="444",
            ),
        ),
        other_organisations=(
            m.Organisation(
                id="hus", kind=m.OrganisationKind.JOINT_AUTHORITY, name=T(fi="HUS-yhtymä")
            ),
        ),
        participants=(
            m.Participant(
                id="patinen",
                name="Jussi Patinen",
                title=T(fi="Kaupunginhallituksen puheenjohtaja"),
                organisation="lohja",
                leadership=m.LeadershipKind.ELECTED,
                roles=(m.MeetingRole.CHAIR, m.MeetingRole.MEMBER),
                presence=m.Presence.PRESENT,
            ),
            m.Participant(id="sihteeri", roles=(m.MeetingRole.SECRETARY,)),
        ),
        council_term="2021-2025",
        date=dt.date(2025, 2, 3),
        start_time=dt.time(9, 0),
        end_time=dt.time(11, 30, 15),
        place=T(fi="Lohjan kaupungintalo"),
        theme=T(fi="Yhteistyö"),
        objectives=(T(fi="Tavoite 1"), T(fi="Tavoite 2", sv="Mål 2")),
        topics=(m.Topic.EMPLOYMENT_SERVICES, m.Topic.PREMISES),
        sections=sections,
        outcomes=outcomes,
        record=record,
    )
