"""Memos that use every field wire format 1.1 adds at the meeting level."""

from __future__ import annotations

import datetime as dt

import attrs

from hyvaneuvottelu import (
    AttendanceGroup,
    DecisionItem,
    DocumentGenre,
    Invitation,
    LocalizedText,
    MunicipalityGroup,
    NegotiationKind,
    NegotiationRound,
    Organisation,
    OrganisationKind,
    Presence,
    Registration,
    RoundKind,
    ScopeKind,
    Topic,
)
from hyvaneuvottelu.refdata import ORGANISATION_ACT_7, WELLBEING_COUNTY_ACT_14

from .rule_cases import GOOD, LOHJA, RECORD

__all__ = ["HUS", "SALO_AREA", "VIHTI", "WIDE", "fi"]


def fi(text: str) -> LocalizedText:
    return LocalizedText(fi=text)


VIHTI = Organisation(
    id="vihti", kind=OrganisationKind.MUNICIPALITY, name=fi("Vihti"), statistics_code="927"
)
HUS = Organisation(id="hus", kind=OrganisationKind.JOINT_AUTHORITY, name=fi("HUS-yhtymä"))
SALO_AREA = MunicipalityGroup(
    id="lohjan-alue", name=fi("Lohjan alueen kunnat"), municipalities=("lohja", "vihti")
)

#: A county-wide meeting of a round, serving both statutes, attended by groups.
WIDE = attrs.evolve(
    GOOD,
    municipalities=(LOHJA, VIHTI),
    genre=DocumentGenre.MEETING_MEMO,
    additional_kinds=(NegotiationKind.WELLBEING_PROMOTION,),
    legal_basis=(WELLBEING_COUNTY_ACT_14, ORGANISATION_ACT_7),
    scope=ScopeKind.ALL_OF_COUNTY,
    partial_date="2025-10",
    negotiation_round=NegotiationRound(
        identifier="LU-14-2025-2029",
        kind=RoundKind.COUNCIL_TERM,
        title=LocalizedText(fi="Valtuustokauden neuvottelukierros", sv="Förhandlingsrundan"),
        part=2,
        parts=10,
        previous_record="LU-2025-100",
        next_record="LU-2025-140",
    ),
    invitation=Invitation(convener="lu", date=dt.date(2025, 9, 15)),
    decision_item=DecisionItem(
        organisation="lohja",
        body=fi("Kaupunginhallitus"),
        meeting_date=dt.date(2025, 11, 3),
        section_number="123",
    ),
    municipality_groups=(SALO_AREA,),
    attendance_groups=(
        AttendanceGroup(
            id="osallistujat",
            description=fi("noin 180 osallistujaa"),
            count=180,
            approximate=True,
        ),
        AttendanceGroup(
            id="kuntaedustajat",
            description=fi("98 kuntaedustajaa"),
            count=98,
            organisation_kind=OrganisationKind.MUNICIPALITY,
            municipality_group="lohjan-alue",
            presence=Presence.PRESENT,
        ),
    ),
    mentioned_organisations=(HUS,),
    topics=(Topic.VITALITY, Topic.IMMIGRANT_INTEGRATION),
    record=attrs.evolve(
        RECORD,
        registrations=(
            Registration(
                organisation="lu",
                identifier="LU-2025-123",
                case_id="5146/01.04.00/2025",
                function_code="00 01 02",
            ),
            Registration(organisation="lohja", identifier="LOH/2025/77", case_id="LOH 12/2025"),
        ),
    ),
)
