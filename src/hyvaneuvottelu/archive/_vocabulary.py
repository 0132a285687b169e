"""The SÄHKE2 side of the mapping: namespaces and the Finnish code-list values.

The model's enums carry stable English wire codes; SÄHKE2 carries Finnish
values from its own code lists. This module is the one place they meet.
:class:`Sahke2Version`, which needs no model, is :mod:`._sahke2_version`'s,
and named here too.
"""

from __future__ import annotations

from ..model import (
    DocumentType,
    NegotiationKind,
    PersonalDataClass,
    PublicityClass,
    RecordStatus,
)
from ._sahke2_version import Sahke2Version

__all__ = [
    "ACTION_TYPE",
    "CASE_STATUS_CLOSED",
    "CASE_STATUS_OPEN",
    "DOCUMENT_TYPES",
    "HASH_ALGORITHM",
    "NEGOTIATION_TYPES",
    "PERSONAL_DATA",
    "PUBLICITY_CLASSES",
    "RECORD_STATUSES",
    "ROLE_APPROVER",
    "ROLE_AUTHOR",
    "ROLE_OTHER_ORGANISATION",
    "ROLE_PARTICIPANT_ORGANISATION",
    "ROLE_PARTY",
    "USE_ARCHIVE",
    "USE_PUBLICATION",
    "Sahke2Version",
]


#: The name SÄHKE2 ``HashAlgorithm`` carries for every file of a package.
HASH_ALGORITHM = "SHA-256"

#: Julkisuusluokka: the schema's PublicityClassType values.
PUBLICITY_CLASSES: dict[PublicityClass, str] = {
    PublicityClass.PUBLIC: "Julkinen",
    PublicityClass.PARTIALLY_CONFIDENTIAL: "Osittain salassapidettävä",
    PublicityClass.CONFIDENTIAL: "Salassa pidettävä",
}

#: Henkilötietoja: the schema's PersonalDataType values, and the schema
#: versions that have each. The 2011 schema lacks the last two.
PERSONAL_DATA: dict[PersonalDataClass, tuple[str, frozenset[Sahke2Version]]] = {
    PersonalDataClass.NONE: ("ei sisällä henkilötietoja", frozenset(Sahke2Version)),
    PersonalDataClass.PERSONAL: ("sisältää henkilötietoja", frozenset(Sahke2Version)),
    PersonalDataClass.SENSITIVE: (
        "sisältää arkaluontoisia henkilötietoja",
        frozenset(Sahke2Version),
    ),
    PersonalDataClass.SPECIAL_CATEGORIES: (
        "sisältää erityisiä henkilötietoryhmiä",
        frozenset({Sahke2Version.V2019}),
    ),
    PersonalDataClass.CRIMINAL: (
        "sisältää rikostuomioihin ja rikkomuksiin liittyviä henkilötietoja",
        frozenset({Sahke2Version.V2019}),
    ),
}

#: Tila of a record (asiakirja). SÄHKE2 leaves Status a free string.
RECORD_STATUSES: dict[RecordStatus, str] = {
    RecordStatus.DRAFT: "Luonnos",
    RecordStatus.APPROVED: "Hyväksytty",
}

#: Tyyppi of a record: the document type's Finnish name.
DOCUMENT_TYPES: dict[DocumentType, str] = {
    DocumentType.MEMO: "Muistio",
    DocumentType.MINUTES: "Pöytäkirja",
    DocumentType.AGREEMENT: "Sopimus",
    DocumentType.OTHER: "Muu asiakirja",
}

#: Tyyppi of a case file: which statutory negotiation it is.
NEGOTIATION_TYPES: dict[NegotiationKind, str] = {
    NegotiationKind.COUNCIL_TERM: (
        "Hyvinvointialueen ja kuntien valtuustokausittainen neuvottelu (611/2021 14 §)"
    ),
    NegotiationKind.WELLBEING_PROMOTION: (
        "Hyvinvoinnin ja terveyden edistämisen neuvottelu (612/2021 7 §)"
    ),
}

#: Tila of a case file: a negotiation whose memo is approved is over.
CASE_STATUS_CLOSED = "Päättynyt"
CASE_STATUS_OPEN = "Vireillä"
#: Tyyppi of the action: the meeting.
ACTION_TYPE = "Neuvottelukokous"
#: Agent roles (Toimija.Rooli).
ROLE_PARTY = "Osapuoli"
ROLE_OTHER_ORGANISATION = "Muu osallistuva organisaatio"
ROLE_PARTICIPANT_ORGANISATION = "Osallistuja"
ROLE_AUTHOR = "Laatija"
ROLE_APPROVER = "Hyväksyjä"
#: Käyttötarkoitus (UseType) of the package's files.
USE_ARCHIVE = "Arkisto"
USE_PUBLICATION = "Julkaisu"
