"""The domain model: immutable attrs classes, knowing nothing of formats."""

from enum import Enum

from ._codes import (
    DocumentGenre,
    DocumentType,
    LeadershipKind,
    MeetingRole,
    NegotiationKind,
    OrganisationKind,
    OutcomeStatus,
    PersonalDataClass,
    Presence,
    PublicityClass,
    RecordStatus,
    RoundKind,
    ScopeKind,
    SectionKind,
    Topic,
)
from ._content import (
    Content,
    Finding,
    OnBehalfOf,
    Paragraph,
    Point,
    PointList,
    Quotation,
    Section,
    Statement,
)
from ._labels import LABEL_LANGUAGES, LabelLanguage, code_label
from ._legal import LegalReference
from ._meeting import DecisionItem, Invitation, NegotiationRound
from ._negotiation import Negotiation, section_points
from ._outcomes import (
    Agreement,
    Challenge,
    CooperationStructure,
    FollowUpAction,
    InformationFlow,
    MatterToAgree,
    OperatingModel,
    Outcome,
    SourceRef,
)
from ._parties import AttendanceGroup, MunicipalityGroup, Organisation, Participant
from ._record import Publicity, RecordMetadata, Registration, Retention
from ._text import LANGUAGES, LocalizedText

#: Every controlled vocabulary of the model.
CODE_LISTS: tuple[type[Enum], ...] = (
    DocumentGenre,
    DocumentType,
    LeadershipKind,
    MeetingRole,
    NegotiationKind,
    OrganisationKind,
    OutcomeStatus,
    PersonalDataClass,
    Presence,
    PublicityClass,
    RecordStatus,
    RoundKind,
    ScopeKind,
    SectionKind,
    Topic,
)

#: Wire tag of each content type (the ``type`` key in JSON, the element in XML).
CONTENT_TAGS: dict[type, str] = {
    Paragraph: "paragraph",
    PointList: "pointList",
    Statement: "statement",
    Finding: "finding",
    Quotation: "quotation",
}

#: Wire tag of each outcome type.
OUTCOME_TAGS: dict[type, str] = {
    CooperationStructure: "cooperationStructure",
    OperatingModel: "operatingModel",
    InformationFlow: "informationFlow",
    Agreement: "agreement",
    Challenge: "challenge",
    MatterToAgree: "matterToAgree",
    FollowUpAction: "followUpAction",
}

__all__ = [
    "CODE_LISTS",
    "CONTENT_TAGS",
    "LABEL_LANGUAGES",
    "LANGUAGES",
    "OUTCOME_TAGS",
    "Agreement",
    "AttendanceGroup",
    "Challenge",
    "Content",
    "CooperationStructure",
    "DecisionItem",
    "DocumentGenre",
    "DocumentType",
    "Finding",
    "FollowUpAction",
    "InformationFlow",
    "Invitation",
    "LabelLanguage",
    "LeadershipKind",
    "LegalReference",
    "LocalizedText",
    "MatterToAgree",
    "MeetingRole",
    "MunicipalityGroup",
    "Negotiation",
    "NegotiationKind",
    "NegotiationRound",
    "OnBehalfOf",
    "OperatingModel",
    "Organisation",
    "OrganisationKind",
    "Outcome",
    "OutcomeStatus",
    "Paragraph",
    "Participant",
    "PersonalDataClass",
    "Point",
    "PointList",
    "Presence",
    "Publicity",
    "PublicityClass",
    "Quotation",
    "RecordMetadata",
    "RecordStatus",
    "Registration",
    "Retention",
    "RoundKind",
    "ScopeKind",
    "Section",
    "SectionKind",
    "SourceRef",
    "Statement",
    "Topic",
    "code_label",
    "section_points",
]
