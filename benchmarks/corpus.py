"""A corpus of memos for benchmarks: N memos over the 21 counties, written to a folder.

Run: ``python -m benchmarks.corpus FOLDER [--memos 10000] [--seed 1] [--errors 10]
[--xml-every 5]``.

The memos are built from the model, deterministically from the seed: each
county negotiates with the municipalities of its own area (from the shipped
Statistics Finland table), one at a time or several together, for the
council term (611/2021 14 §) or for wellbeing and health promotion
(612/2021 7 §), with a few outcomes each. They pass the ``draft`` profile
with no error, except ``errors`` of them, which break in one of a few ways
(a municipality of another county, a file that is not JSON, a memo without
its municipalities). Every fifth memo is written in XML (every
``xml_every``-th; 0 for none), the rest in JSON, in one subfolder per county.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
from collections.abc import Iterator
from pathlib import Path

import attrs

from hyvaneuvottelu import model as m
from hyvaneuvottelu import to_json, to_xml
from hyvaneuvottelu.refdata import Area, Municipality, region_table

#: The day whose reference data the corpus follows.
_ON = dt.date(2025, 1, 1)
_FIRST_DAY = dt.date(2023, 1, 1)
_LAST_DAY = dt.date(2026, 10, 31)
_BASIS = {
    m.NegotiationKind.COUNCIL_TERM: (
        m.LegalReference(
            statute_number=611,
            statute_year=2021,
            section="14",
            statute_title=m.LocalizedText(fi="Laki hyvinvointialueesta"),
        ),
    ),
    m.NegotiationKind.WELLBEING_PROMOTION: (
        m.LegalReference(
            statute_number=612,
            statute_year=2021,
            section="7",
            statute_title=m.LocalizedText(fi="Laki sosiaali- ja terveydenhuollon järjestämisestä"),
        ),
    ),
}
_TITLES = {
    m.NegotiationKind.COUNCIL_TERM: "Hyvinvointialueen ja kunnan neuvottelu",
    m.NegotiationKind.WELLBEING_PROMOTION: "Hyvinvoinnin ja terveyden edistämisen neuvottelu",
}
_TOPICS = (
    m.Topic.EMPLOYMENT_SERVICES,
    m.Topic.PREMISES,
    m.Topic.PUBLIC_TRANSPORT,
    m.Topic.SERVICE_NETWORK,
    m.Topic.RESCUE_SERVICES,
    m.Topic.STUDENT_WELFARE,
    m.Topic.PRIMARY_CARE,
)
_FOLLOW_UP_STATUSES = (m.OutcomeStatus.OPEN, m.OutcomeStatus.PLANNED, m.OutcomeStatus.DONE)
#: The ways a memo of the corpus is broken, in turn.
BREAKS = ("outside", "not-json", "no-municipalities")


def _text(fi: str) -> m.LocalizedText:
    return m.LocalizedText(fi=fi)


@attrs.frozen(kw_only=True)
class CorpusMemo:
    """One memo of the corpus: its file name (inside the county's folder) and its bytes."""

    county: str
    name: str
    data: bytes
    broken: str | None = None


def counties() -> tuple[tuple[Area, tuple[Municipality, ...]], ...]:
    """Each county with the municipalities of its area, by code."""
    table = region_table(_ON)
    return tuple(
        (area, table.municipalities_of(area.code))
        for area in table.areas.values()
        if area.is_county
    )


def memos(
    count: int, *, seed: int = 1, errors: int = 10, xml_every: int = 5
) -> Iterator[CorpusMemo]:
    """``count`` memos over the 21 counties in turn; ``errors`` of them, spread out, broken;
    every ``xml_every``-th in XML (0: none)."""
    rng = random.Random(seed)
    areas = counties()
    every = count // errors if errors else 0
    for number in range(count):
        area, municipalities = areas[number % len(areas)]
        broken = (
            BREAKS[(number // every) % len(BREAKS)]
            if every and number % every == every - 1
            else None
        )
        negotiation = _memo(rng, number, area, municipalities)
        if broken == "outside":
            _, others = areas[(number + 1) % len(areas)]
            stranger = _municipality(others[0], "vieras")
            negotiation = attrs.evolve(
                negotiation, municipalities=(*negotiation.municipalities, stranger)
            )
        elif broken == "no-municipalities":
            negotiation = attrs.evolve(
                negotiation, municipalities=(), participants=negotiation.participants[:1]
            )
        xml = bool(xml_every) and number % xml_every == xml_every - 1
        data = to_xml(negotiation) if xml else to_json(negotiation)
        if broken == "not-json":
            data, xml = data[: len(data) // 2], False
        name = f"memo-{number:05d}.{'xml' if xml else 'json'}"
        yield CorpusMemo(county=area.code, name=name, data=data, broken=broken)


def _municipality(entry: Municipality, id: str) -> m.Organisation:
    return m.Organisation(
        id=id,
        kind=m.OrganisationKind.MUNICIPALITY,
        name=entry.name,
        statistics_code=entry.code,
    )


def _memo(
    rng: random.Random, number: int, area: Area, municipalities: tuple[Municipality, ...]
) -> m.Negotiation:
    kind = (
        m.NegotiationKind.WELLBEING_PROMOTION
        if rng.random() < 0.3
        else m.NegotiationKind.COUNCIL_TERM
    )
    joint = rng.random() < 0.25 and len(municipalities) > 1
    chosen = (
        rng.sample(municipalities, rng.randint(2, min(len(municipalities), 6)))
        if joint
        else [rng.choice(municipalities)]
    )
    chosen.sort(key=lambda entry: entry.code)
    county = m.Organisation(
        id="hva", kind=m.OrganisationKind.COUNTY, name=area.name, statistics_code=area.code
    )
    parties = tuple(_municipality(entry, f"k{entry.code}") for entry in chosen)
    day = _FIRST_DAY + dt.timedelta(days=rng.randrange((_LAST_DAY - _FIRST_DAY).days + 1))
    participants = (
        m.Participant(
            id="pj",
            name=f"Puheenjohtaja {number}",
            title=_text("Hyvinvointialuejohtaja"),
            organisation="hva",
            leadership=m.LeadershipKind.OFFICIAL,
            roles=(m.MeetingRole.CHAIR,),
            presence=m.Presence.PRESENT,
        ),
        *(
            m.Participant(
                id=f"j{party.statistics_code}",
                name=f"Kunnanjohtaja {party.statistics_code}",
                title=_text("Kunnanjohtaja"),
                organisation=party.id,
                leadership=m.LeadershipKind.OFFICIAL,
                roles=(m.MeetingRole.MEMBER,),
                presence=m.Presence.PRESENT,
            )
            for party in parties
        ),
    )
    topics = tuple(sorted(rng.sample(_TOPICS, rng.randint(1, 3)), key=_TOPICS.index))
    outcomes = (
        m.FollowUpAction(
            id="jatko-1",
            title=_text("Seuraava tapaaminen"),
            status=rng.choice(_FOLLOW_UP_STATUSES),
            topics=topics[:1],
            parties=("hva", parties[0].id),
            responsible=("hva",),
            due_date=day + dt.timedelta(days=rng.randint(30, 365)),
            sources=(m.SourceRef(section="2"),),
        ),
        m.Agreement(
            id="sopimus-1",
            title=_text("Yhteistyösopimus"),
            status=rng.choice((m.OutcomeStatus.PENDING, m.OutcomeStatus.AGREED)),
            topics=topics[-1:],
            parties=("hva", *(party.id for party in parties)),
            sources=(m.SourceRef(section="2"),),
        ),
    )
    sections = (
        m.Section(
            number="1",
            title=_text("Neuvottelun avaus"),
            kind=m.SectionKind.OPENING,
            content=(m.Paragraph(text=_text("Puheenjohtaja avasi neuvottelun.")),),
        ),
        m.Section(
            number="2",
            title=_text("Yhteistyö"),
            kind=m.SectionKind.DISCUSSION,
            content=(m.Paragraph(text=_text("Keskusteltiin yhteistyöstä ja sovittiin jatkosta.")),),
        ),
        m.Section(
            number="3",
            title=_text("Neuvottelun päätös"),
            kind=m.SectionKind.CLOSING,
            content=(m.Paragraph(text=_text("Puheenjohtaja päätti neuvottelun.")),),
        ),
    )
    return m.Negotiation(
        kind=kind,
        sections=sections,
        title=_text(_TITLES[kind]),
        legal_basis=_BASIS[kind],
        county=county,
        municipalities=parties,
        participants=participants,
        date=day,
        place=_text(parties[0].name.first()),
        topics=topics,
        outcomes=outcomes,
    )


def write_corpus(
    folder: Path, count: int, *, seed: int = 1, errors: int = 10, xml_every: int = 5
) -> int:
    """Write the corpus into ``folder`` (one subfolder per county); the number of files."""
    written = 0
    for memo in memos(count, seed=seed, errors=errors, xml_every=xml_every):
        target = folder / memo.county
        target.mkdir(parents=True, exist_ok=True)
        (target / memo.name).write_bytes(memo.data)
        written += 1
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--memos", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--errors", type=int, default=10)
    parser.add_argument(
        "--xml-every", type=int, default=5, help="every Nth memo in XML (0: all JSON)"
    )
    arguments = parser.parse_args(argv)
    if arguments.folder.exists() and any(arguments.folder.iterdir()):
        print(f"{arguments.folder}: not empty; not written", file=sys.stderr)
        return 2
    written = write_corpus(
        arguments.folder,
        arguments.memos,
        seed=arguments.seed,
        errors=arguments.errors,
        xml_every=arguments.xml_every,
    )
    print(f"{written} memos in {arguments.folder}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
