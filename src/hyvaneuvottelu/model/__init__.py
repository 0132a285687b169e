"""The domain model: immutable attrs classes, knowing nothing of formats."""

from enum import Enum

from ._attachments import Attachment
from ._codes import (
    AttachmentKind,
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
    StrategyLevel,
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
    AgreementReference,
    Approval,
    Challenge,
    CooperationStructure,
    Decision,
    EarlierOutcome,
    FollowUpAction,
    InformationFlow,
    InterfacePlan,
    MatterToAgree,
    OperatingModel,
    Outcome,
    SourceRef,
    StrategyItem,
)
from ._parties import AttendanceGroup, MunicipalityGroup, Organisation, Participant
from ._people import Person
from ._record import Publicity, RecordMetadata, Registration, Retention
from ._text import LANGUAGES, LocalizedText

#: Every controlled vocabulary of the model.
CODE_LISTS: tuple[type[Enum], ...] = (
    AttachmentKind,
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
    StrategyLevel,
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
    Decision: "decision",
    InterfacePlan: "interfacePlan",
    StrategyItem: "strategyItem",
}

__all__ = [
    "CODE_LISTS",
    "CONTENT_TAGS",
    "LABEL_LANGUAGES",
    "LANGUAGES",
    "OUTCOME_TAGS",
    "Agreement",
    "AgreementReference",
    "Approval",
    "Attachment",
    "AttachmentKind",
    "AttendanceGroup",
    "Challenge",
    "Content",
    "CooperationStructure",
    "Decision",
    "DecisionItem",
    "DocumentGenre",
    "DocumentType",
    "EarlierOutcome",
    "Finding",
    "FollowUpAction",
    "InformationFlow",
    "InterfacePlan",
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
    "Person",
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
    "StrategyItem",
    "StrategyLevel",
    "Topic",
    "code_label",
    "section_points",
]
