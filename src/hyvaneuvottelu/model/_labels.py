"""Finnish, Swedish and English labels of every code of the model's vocabularies.

A label is what a person reads where the wire code would otherwise show
("avaus" rather than ``opening``): in messages, renditions and archive metadata.
The topic labels match those of the HTML rendition's stylesheet.
"""

from __future__ import annotations

from enum import Enum
from typing import Final, Literal

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

__all__ = ["LABEL_LANGUAGES", "LabelLanguage", "code_label"]

#: A language in which every code has a label.
LabelLanguage = Literal["fi", "sv", "en"]

#: The label languages, Finnish first.
LABEL_LANGUAGES: Final[tuple[LabelLanguage, ...]] = ("fi", "sv", "en")

# Each entry: code -> (Finnish, Swedish, English). The codes are string
# enums, equal to their values across vocabularies ("other"), so the table
# is looked up by vocabulary and value (_BY_CODE).
_LABELS: Final[tuple[tuple[Enum, tuple[str, str, str]], ...]] = (
    (
        NegotiationKind.COUNCIL_TERM,
        (
            "valtuustokausittainen neuvottelu",
            "förhandling per fullmäktigeperiod",
            "council-term negotiation",
        ),
    ),
    (
        NegotiationKind.WELLBEING_PROMOTION,
        (
            "hyvinvoinnin ja terveyden edistämisen neuvottelu",
            "förhandling om främjande av välfärd och hälsa",
            "wellbeing and health promotion negotiation",
        ),
    ),
    (OrganisationKind.COUNTY, ("hyvinvointialue", "välfärdsområde", "wellbeing services county")),
    (OrganisationKind.MUNICIPALITY, ("kunta", "kommun", "municipality")),
    (OrganisationKind.JOINT_AUTHORITY, ("kuntayhtymä", "samkommun", "joint authority")),
    (OrganisationKind.RESCUE_DEPARTMENT, ("pelastuslaitos", "räddningsverk", "rescue department")),
    (
        OrganisationKind.EMPLOYMENT_AREA,
        ("työllisyysalue", "sysselsättningsområde", "employment area"),
    ),
    (
        OrganisationKind.STATE_AUTHORITY,
        (
            "valtion viranomainen",
            "statlig myndighet",
            "state authority",
        ),
    ),
    (OrganisationKind.ASSOCIATION, ("yhdistys", "förening", "association")),
    (OrganisationKind.PARISH, ("seurakunta", "församling", "parish")),
    (OrganisationKind.COMPANY, ("yhtiö", "bolag", "company")),
    (OrganisationKind.OTHER, ("muu organisaatio", "annan organisation", "other organisation")),
    (
        LeadershipKind.ELECTED,
        (
            "luottamushenkilöjohto",
            "förtroendevald ledning",
            "elected leadership",
        ),
    ),
    (
        LeadershipKind.OFFICIAL,
        (
            "viranhaltijajohto",
            "tjänsteinnehavarledning",
            "official leadership",
        ),
    ),
    (LeadershipKind.OTHER, ("muu", "annan", "other")),
    (MeetingRole.CHAIR, ("puheenjohtaja", "ordförande", "chair")),
    (MeetingRole.SECRETARY, ("sihteeri", "sekreterare", "secretary")),
    (MeetingRole.MEMBER, ("jäsen", "medlem", "member")),
    (MeetingRole.EXPERT, ("asiantuntija", "sakkunnig", "expert")),
    (MeetingRole.GUEST, ("vieras", "gäst", "guest")),
    (Presence.PRESENT, ("paikalla", "närvarande", "present")),
    (Presence.REMOTE, ("etäyhteydellä", "på distans", "remote")),
    (Presence.PARTIAL, ("osan aikaa", "delvis", "part of the time")),
    (Presence.ABSENT, ("poissa", "frånvarande", "absent")),
    (SectionKind.OPENING, ("avaus", "öppnande", "opening")),
    (
        SectionKind.OPENING_STATEMENTS,
        (
            "avauspuheenvuorot",
            "inledningsanföranden",
            "opening statements",
        ),
    ),
    (SectionKind.DISCUSSION, ("keskustelu", "diskussion", "discussion")),
    (SectionKind.OTHER_MATTERS, ("muut asiat", "övriga ärenden", "other matters")),
    (SectionKind.CLOSING, ("päättäminen", "avslutning", "closing")),
    (SectionKind.OTHER, ("muu kohta", "annan punkt", "other section")),
    (OutcomeStatus.EXISTING, ("olemassa", "befintlig", "existing")),
    (OutcomeStatus.CONTINUES, ("jatkuu", "fortsätter", "continues")),
    (OutcomeStatus.NEW, ("uusi", "ny", "new")),
    (OutcomeStatus.PLANNED, ("suunnitteilla", "planerad", "planned")),
    (OutcomeStatus.PROPOSED, ("ehdotettu", "föreslagen", "proposed")),
    (OutcomeStatus.PENDING, ("vireillä", "anhängig", "pending")),
    (OutcomeStatus.AGREED, ("sovittu", "överenskommen", "agreed")),
    (OutcomeStatus.DECIDED, ("päätetty", "beslutad", "decided")),
    (OutcomeStatus.OPEN, ("avoin", "öppen", "open")),
    (OutcomeStatus.DONE, ("tehty", "klar", "done")),
    (OutcomeStatus.ENDED, ("päättynyt", "avslutad", "ended")),
    (
        Topic.EMPLOYMENT_SERVICES,
        (
            "työllisyyspalvelut",
            "sysselsättningstjänster",
            "employment services",
        ),
    ),
    (Topic.PREMISES, ("tilat", "lokaler", "premises")),
    (Topic.PUBLIC_TRANSPORT, ("joukkoliikenne", "kollektivtrafik", "public transport")),
    (Topic.SERVICE_NETWORK, ("palveluverkko", "servicenät", "service network")),
    (
        Topic.RESIDENT_COMMUNICATION,
        (
            "asukasviestintä",
            "kommunikation till invånare",
            "communication to residents",
        ),
    ),
    (Topic.SERVICE_GUIDANCE, ("palveluohjaus", "servicehandledning", "service guidance")),
    (Topic.RESCUE_SERVICES, ("pelastustoimi", "räddningsväsendet", "rescue services")),
    (Topic.CIVIL_DEFENCE, ("väestönsuojelu", "befolkningsskydd", "civil defence")),
    (Topic.STUDENT_WELFARE, ("opiskeluhuolto", "elevvård", "student welfare")),
    (Topic.DIGITAL_SERVICES, ("digitaaliset palvelut", "digitala tjänster", "digital services")),
    (Topic.PRIMARY_CARE, ("perusterveydenhuolto", "primärvård", "primary care")),
    (
        Topic.WELLBEING_PROMOTION,
        (
            "hyvinvoinnin ja terveyden edistäminen",
            "främjande av välfärd och hälsa",
            "wellbeing and health promotion",
        ),
    ),
    (Topic.SOCIAL_SERVICES, ("sosiaalipalvelut", "socialservice", "social services")),
    (Topic.ELDERLY_SERVICES, ("ikääntyneiden palvelut", "äldreomsorg", "elderly services")),
    (
        Topic.CHILD_AND_FAMILY_SERVICES,
        (
            "lapsi- ja perhepalvelut",
            "barn- och familjetjänster",
            "child and family services",
        ),
    ),
    (
        Topic.SUBSTANCE_ABUSE_AND_MENTAL_HEALTH,
        (
            "päihde- ja mielenterveyspalvelut",
            "missbruks- och mentalvårdstjänster",
            "substance abuse and mental health services",
        ),
    ),
    (
        Topic.CRIME_PREVENTION,
        (
            "rikosten ennaltaehkäisy",
            "brottsförebyggande arbete",
            "crime prevention",
        ),
    ),
    (Topic.PREPAREDNESS, ("varautuminen", "beredskap", "preparedness")),
    (
        Topic.COOPERATION_STRUCTURES,
        (
            "yhteistyörakenteet",
            "samarbetsstrukturer",
            "cooperation structures",
        ),
    ),
    (Topic.FINANCE, ("talous ja talousarvio", "ekonomi och budget", "finance and budget")),
    (
        Topic.IMPACT_ASSESSMENT,
        (
            "päätösten vaikutusten arviointi",
            "konsekvensbedömning av beslut",
            "impact assessment of decisions",
        ),
    ),
    (Topic.VITALITY, ("elinvoima", "livskraft", "vitality")),
    (Topic.ADVOCACY, ("edunvalvonta", "intressebevakning", "advocacy")),
    (Topic.PARTICIPATION, ("osallisuus", "delaktighet", "participation")),
    (Topic.STRATEGY, ("strategia", "strategi", "strategy")),
    (Topic.EMPLOYMENT, ("työllisyys", "sysselsättning", "employment")),
    (
        Topic.IMMIGRANT_INTEGRATION,
        (
            "maahanmuuttajien kotoutuminen",
            "integration av invandrare",
            "integration of immigrants",
        ),
    ),
    (
        Topic.KNOWLEDGE_MANAGEMENT,
        ("tietojohtaminen", "kunskapsbaserad ledning", "knowledge-based management"),
    ),
    (
        Topic.RESEARCH_AND_INNOVATION,
        ("tutkimus ja innovaatiot", "forskning och innovation", "research and innovation"),
    ),
    (Topic.OTHER, ("muu", "annat", "other")),
    (DocumentType.MEMO, ("muistio", "promemoria", "memo")),
    (DocumentType.MINUTES, ("pöytäkirja", "protokoll", "minutes")),
    (DocumentType.AGREEMENT, ("sopimus", "avtal", "agreement")),
    (DocumentType.OTHER, ("muu", "annan", "other")),
    (RecordStatus.DRAFT, ("luonnos", "utkast", "draft")),
    (RecordStatus.APPROVED, ("hyväksytty", "godkänd", "approved")),
    (PublicityClass.PUBLIC, ("julkinen", "offentlig", "public")),
    (
        PublicityClass.PARTIALLY_CONFIDENTIAL,
        (
            "osittain salassapidettävä",
            "delvis sekretessbelagd",
            "partially confidential",
        ),
    ),
    (PublicityClass.CONFIDENTIAL, ("salassa pidettävä", "sekretessbelagd", "confidential")),
    (
        PersonalDataClass.NONE,
        (
            "ei sisällä henkilötietoja",
            "innehåller inga personuppgifter",
            "no personal data",
        ),
    ),
    (
        PersonalDataClass.PERSONAL,
        (
            "sisältää henkilötietoja",
            "innehåller personuppgifter",
            "personal data",
        ),
    ),
    (
        PersonalDataClass.SENSITIVE,
        (
            "sisältää arkaluontoisia henkilötietoja",
            "innehåller känsliga personuppgifter",
            "sensitive personal data",
        ),
    ),
    (
        PersonalDataClass.SPECIAL_CATEGORIES,
        (
            "sisältää erityisiä henkilötietoryhmiä",
            "innehåller särskilda kategorier av personuppgifter",
            "special categories of personal data",
        ),
    ),
    (
        PersonalDataClass.CRIMINAL,
        (
            "sisältää rikostuomioihin ja rikkomuksiin liittyviä henkilötietoja",
            "innehåller personuppgifter om brott",
            "personal data on convictions and offences",
        ),
    ),
    (
        DocumentGenre.MEETING_MEMO,
        ("neuvottelumuistio", "förhandlingspromemoria", "negotiation memo"),
    ),
    (DocumentGenre.MINUTES, ("pöytäkirja", "protokoll", "minutes")),
    (DocumentGenre.NOTICE, ("kokouskutsu", "kallelse", "notice of meeting")),
    (
        DocumentGenre.ROUND_REPORT,
        ("raportti neuvottelukierroksesta", "rapport om förhandlingsrundan", "round report"),
    ),
    (DocumentGenre.DECISION_ITEM, ("päätöspykälä", "beslutsparagraf", "decision item")),
    (
        RoundKind.COUNCIL_TERM,
        (
            "valtuustokauden neuvottelukierros",
            "förhandlingsrunda per fullmäktigeperiod",
            "council-term round",
        ),
    ),
    (
        RoundKind.YEARLY_WELLBEING_PROMOTION,
        (
            "vuosittainen hyvinvoinnin ja terveyden edistämisen neuvottelukierros",
            "årlig förhandlingsrunda om främjande av välfärd och hälsa",
            "yearly wellbeing and health promotion round",
        ),
    ),
    (RoundKind.OTHER, ("muu kierros", "annan runda", "other round")),
    (ScopeKind.LISTED, ("luetellut kunnat", "uppräknade kommuner", "listed municipalities")),
    (
        ScopeKind.ALL_OF_COUNTY,
        (
            "kaikki hyvinvointialueen kunnat",
            "alla kommuner i välfärdsområdet",
            "all municipalities of the county",
        ),
    ),
    (AttachmentKind.PRE_MATERIAL, ("ennakkomateriaali", "förhandsmaterial", "pre-material")),
    (AttachmentKind.AGREEMENT_TEXT, ("sopimusteksti", "avtalstext", "agreement text")),
    (AttachmentKind.ANNEX, ("liite", "bilaga", "annex")),
    (AttachmentKind.PRESENTATION, ("esitysaineisto", "presentationsmaterial", "presentation")),
    (AttachmentKind.OTHER, ("muu", "annat", "other")),
    (StrategyLevel.GOAL, ("päämäärä", "övergripande mål", "goal")),
    (StrategyLevel.OBJECTIVE, ("tavoite", "mål", "objective")),
    (StrategyLevel.MEASURE, ("toimenpide", "åtgärd", "measure")),
    (StrategyLevel.INDICATOR, ("mittari", "indikator", "indicator")),
)

_BY_CODE: Final[dict[tuple[type[Enum], str], tuple[str, str, str]]] = {
    (type(code), code.value): labels for code, labels in _LABELS
}

_INDEX: Final[dict[str, int]] = {"fi": 0, "sv": 1, "en": 2}


def code_label(code: Enum, language: str = "fi") -> str:
    """The label of ``code`` in ``language`` (``"fi"``, ``"sv"`` or ``"en"``).

    Raises ``ValueError`` for another language, and ``KeyError`` naming the
    code for a code of no vocabulary of the model.
    """
    index = _INDEX.get(language)
    if index is None:
        raise ValueError(f"no labels in language {language!r}: expected fi, sv or en")
    try:
        labels = _BY_CODE[type(code), code.value]
    except KeyError:
        raise KeyError(f"no label for {type(code).__name__}.{code.name}") from None
    return labels[index]
