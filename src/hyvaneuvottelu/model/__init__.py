"""The domain model: immutable attrs classes, knowing nothing of formats."""

from enum import Enum

from ._attachments import Attachment, AttachmentKind
from ._codes import (
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
from ._legal import LegalReference
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
    StrategyLevel,
)
from ._parties import Organisation, Participant
from ._people import Person
from ._record import Publicity, RecordMetadata, Retention
from ._text import LANGUAGES, LocalizedText

#: Every controlled vocabulary of the model.
CODE_LISTS: tuple[type[Enum], ...] = (
    AttachmentKind,
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
    SectionKind,
    Topic,
    StrategyLevel,
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
    "LANGUAGES",
    "OUTCOME_TAGS",
    "Agreement",
    "AgreementReference",
    "Approval",
    "Attachment",
    "AttachmentKind",
    "Challenge",
    "Content",
    "CooperationStructure",
    "Decision",
    "DocumentType",
    "EarlierOutcome",
    "Finding",
    "FollowUpAction",
    "InformationFlow",
    "InterfacePlan",
    "LeadershipKind",
    "LegalReference",
    "LocalizedText",
    "MatterToAgree",
    "MeetingRole",
    "Negotiation",
    "NegotiationKind",
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
    "Retention",
    "Section",
    "SectionKind",
    "SourceRef",
    "Statement",
    "StrategyItem",
    "StrategyLevel",
    "Topic",
    "section_points",
]
