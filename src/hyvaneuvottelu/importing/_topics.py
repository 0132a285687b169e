"""Topics a text touches, by the words it uses: a proposal for a person to confirm."""

from __future__ import annotations

from ..model import Topic

__all__ = ["topics_in"]

#: Word stems (Finnish and Swedish, lower case, "|" between) that name a topic.
_STEMS: tuple[tuple[Topic, str], ...] = (
    (
        Topic.COOPERATION_STRUCTURES,
        r"yhteistyön rakente|yhteistyörakente|yhteistoimintarakente|samarbetsstruktur",
    ),
    (Topic.EMPLOYMENT_SERVICES, r"te-palvel|te-toimin|työllisyy|tym-|sysselsättning|te-tjänst"),
    (Topic.PREMISES, r"kiinteistö|vuokrasopimu|toimitil|lokal|fastighet|hyresavtal"),
    (Topic.STUDENT_WELFARE, r"opiskeluhuol|elevhälsa|studerandevård"),
    (
        Topic.RESIDENT_COMMUNICATION,
        r"asukasviestin|asukkaille suunnattu viestin|viestintä asukkaille"
        r"|invånarkommunikation|kommunikation till invånar",
    ),
    (Topic.SERVICE_GUIDANCE, r"palveluohjau|ohjattua|servicehandledning"),
    (Topic.WELLBEING_PROMOTION, r"hyvinvoinnin ja terveyden edistä|hyte|främjande av välfärd"),
    (Topic.PRIMARY_CARE, r"terveysasem|perusterveyden|lääkäri|hälsostation|primärvård|läkare"),
    (Topic.PUBLIC_TRANSPORT, r"joukkoliikent|kollektivtrafik"),
    (Topic.SERVICE_NETWORK, r"palveluverk|servicenät"),
    (Topic.DIGITAL_SERVICES, r"digitaali|sähköinen asioin|sähköisen asioin|digital"),
    (Topic.CRIME_PREVENTION, r"ankkuri|rikosten ennaltaehkäi|brottsförebygg"),
    (Topic.RESCUE_SERVICES, r"pelastus|räddning"),
    (Topic.CIVIL_DEFENCE, r"väestönsuojel|befolkningsskydd"),
    (Topic.PREPAREDNESS, r"varautumi|beredskap"),
    (Topic.SOCIAL_SERVICES, r"sosiaalipalvel|socialservice|socialtjänst"),
    (Topic.ELDERLY_SERVICES, r"ikääntyneiden|vanhuspalvel|äldreomsorg"),
    (
        Topic.CHILD_AND_FAMILY_SERVICES,
        r"lapsiperhe|perhepalvel|lastensuojel|familjeservice|barnskydd",
    ),
    (Topic.SUBSTANCE_ABUSE_AND_MENTAL_HEALTH, r"mielenterveys|päihde|psykiatr|missbruk|mentalvård"),
)
_PLAIN = tuple((topic, tuple(stems.split("|"))) for topic, stems in _STEMS)


def topics_in(text: str) -> tuple[Topic, ...]:
    """The topics ``text`` names, in the order it first names them.

    >>> topics_in("Joukkoliikenteen yhteydet palveluverkkoon")
    (<Topic.PUBLIC_TRANSPORT: 'publicTransport'>, <Topic.SERVICE_NETWORK: 'serviceNetwork'>)
    """
    lower = text.casefold()
    found: list[tuple[int, Topic]] = []
    for topic, stems in _PLAIN:
        # str.find, not a pattern: memos are long and the stems many.
        first = min((at for stem in stems if (at := lower.find(stem)) >= 0), default=-1)
        if first >= 0:
            found.append((first, topic))
    return tuple(topic for _, topic in sorted(found, key=lambda pair: pair[0]))
