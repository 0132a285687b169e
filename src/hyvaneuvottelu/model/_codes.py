"""Controlled vocabularies of the model, as enums whose values are wire codes.

The values are stable: they appear in JSON and XML documents and never change
meaning. New members may be added in a minor schema version.
"""

from __future__ import annotations

from enum import StrEnum

__all__ = [
    "AttachmentKind",
    "DocumentGenre",
    "DocumentType",
    "LeadershipKind",
    "MeetingRole",
    "NegotiationKind",
    "OrganisationKind",
    "OutcomeStatus",
    "PersonalDataClass",
    "Presence",
    "PublicityClass",
    "RecordStatus",
    "RoundKind",
    "ScopeKind",
    "SectionKind",
    "StrategyLevel",
    "Topic",
]


class NegotiationKind(StrEnum):
    """Which statutory negotiation this is (neuvottelun laji)."""

    #: Laki hyvinvointialueesta (611/2021) 14 §: at least once per council term.
    COUNCIL_TERM = "councilTerm"
    #: Laki sosiaali- ja terveydenhuollon järjestämisestä (612/2021) 7 §:
    #: yearly negotiation on wellbeing and health promotion (HYTE).
    WELLBEING_PROMOTION = "wellbeingPromotion"


class OrganisationKind(StrEnum):
    """What kind of organisation a party or third party is."""

    COUNTY = "county"  #: hyvinvointialue
    MUNICIPALITY = "municipality"  #: kunta, kaupunki
    JOINT_AUTHORITY = "jointAuthority"  #: kuntayhtymä, e.g. HUS-yhtymä
    RESCUE_DEPARTMENT = "rescueDepartment"  #: pelastuslaitos
    EMPLOYMENT_AREA = "employmentArea"  #: työllisyysalue
    STATE_AUTHORITY = "stateAuthority"  #: valtion viranomainen
    ASSOCIATION = "association"  #: yhdistys, järjestö
    PARISH = "parish"  #: seurakunta
    COMPANY = "company"  #: yhtiö
    OTHER = "other"


class LeadershipKind(StrEnum):
    """Whose leadership a person belongs to or speaks for (johto)."""

    ELECTED = "elected"  #: luottamushenkilöjohto
    OFFICIAL = "official"  #: viranhaltijajohto
    OTHER = "other"


class MeetingRole(StrEnum):
    """A participant's role in the meeting."""

    CHAIR = "chair"  #: puheenjohtaja
    SECRETARY = "secretary"  #: sihteeri
    MEMBER = "member"  #: jäsen, osallistuja
    EXPERT = "expert"  #: asiantuntija
    GUEST = "guest"  #: vieras


class Presence(StrEnum):
    """Whether and how a participant attended."""

    PRESENT = "present"  #: paikalla
    REMOTE = "remote"  #: etäyhteydellä
    PARTIAL = "partial"  #: osan aikaa
    ABSENT = "absent"  #: poissa


class SectionKind(StrEnum):
    """What an agenda section does. The memo format is local practice, not law."""

    OPENING = "opening"  #: avaus
    OPENING_STATEMENTS = "openingStatements"  #: avauspuheenvuorot
    DISCUSSION = "discussion"  #: keskustelu
    OTHER_MATTERS = "otherMatters"  #: muut asiat
    CLOSING = "closing"  #: päätös
    OTHER = "other"


class OutcomeStatus(StrEnum):
    """Where an outcome stands according to the memo."""

    EXISTING = "existing"  #: on olemassa
    CONTINUES = "continues"  #: jatkuu
    NEW = "new"  #: uusi, otettu käyttöön
    PLANNED = "planned"  #: suunnitteilla
    PROPOSED = "proposed"  #: ehdotettu
    PENDING = "pending"  #: vireillä, esim. allekirjoitusta odottava
    AGREED = "agreed"  #: sovittu
    DECIDED = "decided"  #: päätetty
    OPEN = "open"  #: avoin (haaste, tehtävä)
    DONE = "done"  #: tehty, ratkaistu
    ENDED = "ended"  #: päättynyt


class Topic(StrEnum):
    """Recurring subjects of negotiations, so a county can compare memos."""

    EMPLOYMENT_SERVICES = "employmentServices"  #: työllisyyspalvelut, TE-palvelut
    PREMISES = "premises"  #: tilat ja vuokrasopimukset
    PUBLIC_TRANSPORT = "publicTransport"  #: joukkoliikenne
    SERVICE_NETWORK = "serviceNetwork"  #: palveluverkko
    RESIDENT_COMMUNICATION = "residentCommunication"  #: asukasviestintä
    SERVICE_GUIDANCE = "serviceGuidance"  #: palveluohjaus
    RESCUE_SERVICES = "rescueServices"  #: pelastustoimi
    CIVIL_DEFENCE = "civilDefence"  #: väestönsuojelu
    STUDENT_WELFARE = "studentWelfare"  #: opiskeluhuolto
    DIGITAL_SERVICES = "digitalServices"  #: digitaaliset palvelut
    PRIMARY_CARE = "primaryCare"  #: perusterveydenhuolto, terveysasemat
    WELLBEING_PROMOTION = "wellbeingPromotion"  #: hyvinvoinnin ja terveyden edistäminen
    SOCIAL_SERVICES = "socialServices"  #: sosiaalipalvelut
    ELDERLY_SERVICES = "elderlyServices"  #: ikääntyneiden palvelut
    CHILD_AND_FAMILY_SERVICES = "childAndFamilyServices"  #: lapsi- ja perhepalvelut
    SUBSTANCE_ABUSE_AND_MENTAL_HEALTH = (
        "substanceAbuseAndMentalHealth"  #: päihde- ja mielenterveyspalvelut
    )
    CRIME_PREVENTION = "crimePrevention"  #: rikosten ennaltaehkäisy, esim. Ankkuri-toiminta
    PREPAREDNESS = "preparedness"  #: varautuminen
    COOPERATION_STRUCTURES = "cooperationStructures"  #: yhteistyörakenteet
    FINANCE = "finance"  #: talous ja talousarvio
    IMPACT_ASSESSMENT = "impactAssessment"  #: päätösten vaikutusten arviointi
    VITALITY = "vitality"  #: elinvoima
    ADVOCACY = "advocacy"  #: edunvalvonta
    PARTICIPATION = "participation"  #: osallisuus
    STRATEGY = "strategy"  #: strategia
    EMPLOYMENT = "employment"  #: työllisyys
    IMMIGRANT_INTEGRATION = "immigrantIntegration"  #: maahanmuuttajien kotoutuminen
    KNOWLEDGE_MANAGEMENT = "knowledgeManagement"  #: tietojohtaminen
    RESEARCH_AND_INNOVATION = "researchAndInnovation"  #: tutkimus ja innovaatiot
    OTHER = "other"


class DocumentType(StrEnum):
    """The record's document type (asiakirjatyyppi)."""

    MEMO = "memo"  #: muistio
    MINUTES = "minutes"  #: pöytäkirja
    AGREEMENT = "agreement"  #: sopimus
    OTHER = "other"


class RecordStatus(StrEnum):
    """The record's life-cycle status (tila)."""

    DRAFT = "draft"  #: luonnos
    APPROVED = "approved"  #: hyväksytty


class PublicityClass(StrEnum):
    """Publicity class (julkisuusluokka)."""

    PUBLIC = "public"  #: Julkinen
    PARTIALLY_CONFIDENTIAL = "partiallyConfidential"  #: Osittain salassapidettävä
    CONFIDENTIAL = "confidential"  #: Salassa pidettävä


class PersonalDataClass(StrEnum):
    """Whether the record holds personal data (henkilötiedot)."""

    NONE = "none"  #: ei sisällä henkilötietoja
    PERSONAL = "personal"  #: sisältää henkilötietoja
    SENSITIVE = "sensitive"  #: sisältää arkaluontoisia henkilötietoja
    SPECIAL_CATEGORIES = "specialCategories"  #: sisältää erityisiä henkilötietoryhmiä
    CRIMINAL = "criminal"  #: sisältää rikostuomioihin ja rikkomuksiin liittyviä henkilötietoja


class DocumentGenre(StrEnum):
    """What kind of document records the negotiation (asiakirjan laji).

    Only a meeting memo and minutes record a meeting that took place.
    """

    MEETING_MEMO = "meetingMemo"  #: neuvottelumuistio
    MINUTES = "minutes"  #: pöytäkirja
    NOTICE = "notice"  #: kokouskutsu: the meeting is planned, not held
    ROUND_REPORT = "roundReport"  #: raportti neuvottelukierroksesta, not a meeting memo
    DECISION_ITEM = "decisionItem"  #: osapuolen toimielimen päätöspykälä


class RoundKind(StrEnum):
    """What kind of round of negotiations a meeting belongs to (neuvottelukierros)."""

    #: The county's 611/2021 14 § round of a council term.
    COUNCIL_TERM = "councilTerm"
    #: The yearly 612/2021 7 § round on wellbeing and health promotion (HYTE).
    YEARLY_WELLBEING_PROMOTION = "yearlyWellbeingPromotion"
    OTHER = "other"


class ScopeKind(StrEnum):
    """Which municipalities a negotiation concerns (neuvottelun laajuus)."""

    #: The municipalities listed in the memo.
    LISTED = "listed"
    #: Every municipality of the county's area, resolved through the reference data.
    ALL_OF_COUNTY = "allOfCounty"


class AttachmentKind(StrEnum):
    """What an attachment is to the memo (liitteen laji)."""

    PRE_MATERIAL = "preMaterial"  #: ennakkomateriaali
    AGREEMENT_TEXT = "agreementText"  #: sopimusteksti
    ANNEX = "annex"  #: liite
    PRESENTATION = "presentation"  #: esitysaineisto
    OTHER = "other"


class StrategyLevel(StrEnum):
    """The level of a strategy item, broadest first (strategian taso)."""

    GOAL = "goal"  #: päämäärä
    OBJECTIVE = "objective"  #: tavoite
    MEASURE = "measure"  #: toimenpide
    INDICATOR = "indicator"  #: mittari, indikaattori
