"""A large, deterministic memo for benchmarks: many sections, statements and outcomes."""

from __future__ import annotations

from datetime import date
from typing import Any

from hyvaneuvottelu import model as m


def _t(text: str) -> m.LocalizedText:
    return m.LocalizedText(fi=text, sv=f"{text} (sv)")


def large_negotiation(sections: int = 200, outcomes: int = 200) -> m.Negotiation:
    """A negotiation with ``sections`` sections and ``outcomes`` outcomes."""
    county = m.Organisation(
        id="lansi-uusimaa",
        kind=m.OrganisationKind.COUNTY,
        name=_t("Länsi-Uudenmaan hyvinvointialue"),
        statistics_code="03",
    )
    lohja = m.Organisation(
        id="lohja", kind=m.OrganisationKind.MUNICIPALITY, name=_t("Lohja"), statistics_code="444"
    )
    participants = tuple(
        m.Participant(
            id=f"p{i}",
            name=f"Henkilö {i}",
            title=_t("Kaupunginjohtaja"),
            organisation="lohja" if i % 2 else "lansi-uusimaa",
            leadership=m.LeadershipKind.OFFICIAL,
            roles=(m.MeetingRole.MEMBER,),
            presence=m.Presence.PRESENT,
        )
        for i in range(20)
    )
    body = tuple(
        m.Section(
            number=str(i + 1),
            title=_t(f"Asiakohta {i + 1}"),
            kind=m.SectionKind.DISCUSSION,
            content=(
                m.Paragraph(text=_t("Puheenjohtaja avasi keskustelun yhteistyön rakenteista.")),
                m.Statement(
                    speaker=f"p{i % 20}",
                    on_behalf_of=m.OnBehalfOf(
                        organisation="lohja", leadership=m.LeadershipKind.OFFICIAL
                    ),
                    text=_t("Kaupunginjohtaja piti puheenvuoron viranhaltijajohdon puolesta."),
                    points=tuple(
                        m.Point(
                            id=f"s{i + 1}-p{j + 1}",
                            text=_t("Asukkaille suunnattu viestintä vaatii yhteistyötä."),
                        )
                        for j in range(3)
                    ),
                ),
                m.Finding(
                    text=_t("Keskustelussa todettiin seuraavaa:"),
                    points=(m.Point(text=_t("Ankkuri-toimintaa halutaan jatkaa.")),),
                ),
            ),
        )
        for i in range(sections)
    )
    kinds = (m.Agreement, m.CooperationStructure, m.Challenge, m.FollowUpAction)
    results: list[m.Outcome] = []
    for i in range(outcomes):
        kind = kinds[i % len(kinds)]
        common: dict[str, Any] = {
            "id": f"o{i}",
            "title": _t(f"Tulos {i}"),
            "status": m.OutcomeStatus.PLANNED,
            "topics": (m.Topic.EMPLOYMENT_SERVICES,),
            "parties": ("lohja", "lansi-uusimaa"),
            "sources": (m.SourceRef(section=str(i % sections + 1), point="s1-p1"),),
        }
        if kind is m.FollowUpAction:
            results.append(
                m.FollowUpAction(
                    **common,
                    proposer="lohja",
                    responsible=("lansi-uusimaa",),
                    due_date=date(2026, 3, 1),
                    due_text=_t("alkuvuoden aikana"),
                )
            )
        else:
            results.append(kind(**common))
    return m.Negotiation(
        kind=m.NegotiationKind.COUNCIL_TERM,
        title=_t("Neuvottelu"),
        county=county,
        municipalities=(lohja,),
        participants=participants,
        date=date(2025, 2, 3),
        council_term="2021-2025",
        sections=body,
        outcomes=tuple(results),
    )
