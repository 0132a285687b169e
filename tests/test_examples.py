"""The bundled example: the Lohja memo, encoded by hand.

The encoding is checked against the memo's own text: every sentence of the
seed memo must appear exactly once, in order, in the sections' content.
"""

from __future__ import annotations

import json
import os
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

import attrs
import jsonschema
import pytest

from hyvaneuvottelu import (
    AttachmentKind,
    Decision,
    Finding,
    InformationFlow,
    LeadershipKind,
    LegalReference,
    LocalizedText,
    MeetingRole,
    Negotiation,
    NegotiationKind,
    OperatingModel,
    OutcomeStatus,
    Paragraph,
    Point,
    PointList,
    Quotation,
    Section,
    SectionKind,
    Statement,
    Topic,
    examples,
    from_json,
    schemas,
    to_json,
)

ROOT = Path(__file__).resolve().parents[1]
FILE_NAME = "lohja-neuvottelumuistio.json"
PACKAGE_COPY = ROOT / "src" / "hyvaneuvottelu" / "_data" / "examples" / FILE_NAME
REPOSITORY_COPY = ROOT / "examples" / FILE_NAME
SEED = ROOT.parent / "shared" / "seed" / "lohja-neuvottelumuistio.txt"

_BULLET = "•"
_HEADING = re.compile(r"^[0-9]+\.\s")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
_LINE_ENDS = (".", ",", ":", ";", "!", "?", "-")


@attrs.frozen
class SeedMemo:
    """The seed memo's text with the PDF's line breaks repaired."""

    title: str
    #: Section headings as printed, "1. Puheenjohtaja avaa neuvottelun".
    headings: tuple[str, ...]
    #: Paragraphs and bullet texts (without the bullet), in memo order.
    units: tuple[str, ...]
    #: Which of ``units`` are bullets.
    bullets: tuple[bool, ...]


def _blocks(text: str) -> Iterator[list[str]]:
    """Runs of non-blank lines, each line stripped."""
    block: list[str] = []
    for raw in text.splitlines():
        line = raw.strip()
        if line:
            block.append(line)
        elif block:
            yield block
            block = []
    if block:
        yield block


def _join(lines: list[str]) -> str:
    """Re-join wrapped lines; a line ending in a hyphen keeps it and joins tight."""
    text = lines[0]
    for line in lines[1:]:
        if text.endswith("-") and line[:1].islower():
            text += line
        else:
            text += " " + line
    return text


def _ends_heading(previous: str, line: str) -> bool:
    """A line without final punctuation before a capital is a heading.

    The quotation's heading line runs straight into the quoted text.
    """
    return not previous.endswith(_LINE_ENDS) and line[:1].isupper()


def read_seed(text: str) -> SeedMemo:
    """Title, headings and units of the memo as the PDF extraction left it."""
    blocks = list(_blocks(text))
    headings: list[str] = []
    units: list[list[str]] = []
    bullets: list[bool] = []
    for block in blocks[1:]:
        if _HEADING.match(block[0]):
            headings.append(_join(block))
            continue
        for index, line in enumerate(block):
            if line.startswith(_BULLET):
                units.append([line.removeprefix(_BULLET).strip()])
                bullets.append(True)
            elif index == 0 and line[:1].islower():
                # A bullet's text wrapped across a blank line.
                units[-1].append(line)
            elif index == 0 or _ends_heading(block[index - 1], line):
                units.append([line])
                bullets.append(False)
            else:
                units[-1].append(line)
    return SeedMemo(
        title=_join(blocks[0]),
        headings=tuple(headings),
        units=tuple(_join(unit) for unit in units),
        bullets=tuple(bullets),
    )


def sentences(texts: Iterable[str]) -> list[str]:
    """The sentences of each text, one text after another."""
    return [sentence for text in texts for sentence in _SENTENCE_END.split(text)]


def section_texts(section: Section) -> Iterator[str]:
    """Every text of a section's content, in memo order (Finnish)."""
    for item in section.content:
        match item:
            case Paragraph(text=text):
                yield _fi(text)
            case Quotation(title=title, text=text):
                if title is not None:
                    yield _fi(title)
                yield _fi(text)
            case Statement(text=text, points=points) | Finding(text=text, points=points):
                if text is not None:
                    yield _fi(text)
                yield from (_fi(point.text) for point in points)
            case PointList(points=points):
                yield from (_fi(point.text) for point in points)
    for subsection in section.subsections:
        yield from section_texts(subsection)


def all_points(negotiation: Negotiation) -> list[tuple[str, Point]]:
    """Every point with the number of its section, in memo order."""
    found: list[tuple[str, Point]] = []
    for _path, section in negotiation.walk_sections():
        for item in section.content:
            if isinstance(item, Statement | Finding | PointList):
                found.extend((section.number, point) for point in item.points)
    return found


def _fi(text: LocalizedText) -> str:
    assert text.fi is not None, f"no Finnish text in {text!r}"
    return text.fi


@pytest.fixture(scope="module")
def example() -> Negotiation:
    return examples.load("lohja")


@pytest.fixture(scope="module")
def seed() -> SeedMemo:
    if not SEED.is_file():
        if os.environ.get("CI") == "true":
            pytest.fail(f"the seed memo {SEED} is missing, and CI=true requires it")
        pytest.skip(f"the seed memo {SEED} is not present beside this checkout")
    return read_seed(SEED.read_text(encoding="utf-8"))


# Loading and canonical form


def test_the_example_is_bundled_by_name() -> None:
    assert "lohja" in examples.names()
    assert examples.DEFAULT == "lohja"
    assert examples.read_bytes("lohja") == PACKAGE_COPY.read_bytes()


def test_the_example_loads(example: Negotiation) -> None:
    assert example.kind is NegotiationKind.COUNCIL_TERM
    assert example.title == LocalizedText(fi="Neuvottelu")
    assert example.county.statistics_code == "03"
    assert example.county.business_id == "3221347-3"
    assert example.county.name == LocalizedText(
        fi="Länsi-Uudenmaan hyvinvointialue", sv="Västra Nylands välfärdsområde"
    )
    assert [(m.statistics_code, m.name) for m in example.municipalities] == [
        ("444", LocalizedText(fi="Lohja", sv="Lojo"))
    ]
    assert [s.kind for s in example.sections] == [
        SectionKind.OPENING,
        SectionKind.OPENING_STATEMENTS,
        SectionKind.OPENING_STATEMENTS,
        SectionKind.DISCUSSION,
        SectionKind.OTHER_MATTERS,
        SectionKind.CLOSING,
    ]
    assert [s.number for s in example.sections] == ["1", "2", "3", "4", "5", "6"]


def test_the_example_is_canonical() -> None:
    data = PACKAGE_COPY.read_bytes()
    assert to_json(from_json(data), indent=2) == data
    assert data.endswith(b"}\n")


def test_the_two_copies_are_identical() -> None:
    assert REPOSITORY_COPY.read_bytes() == PACKAGE_COPY.read_bytes()


def test_the_example_validates_against_the_json_schema() -> None:
    validator = jsonschema.Draft202012Validator(
        schemas.json_schema(), format_checker=jsonschema.FormatChecker()
    )
    errors = [
        error.message for error in validator.iter_errors(json.loads(PACKAGE_COPY.read_bytes()))
    ]
    assert errors == []


# What the memo does not say stays absent


def test_nothing_the_memo_lacks_is_invented(example: Negotiation) -> None:
    assert example.record is None
    assert example.date is None
    assert example.start_time is None
    assert example.end_time is None
    assert example.place is None
    assert example.council_term is None
    assert example.other_organisations == ()
    assert all(p.presence is None for p in example.participants)


def test_the_law_is_quoted_as_data(example: Negotiation) -> None:
    law = LegalReference(
        statute_number=611,
        statute_year=2021,
        section="14",
        statute_title=LocalizedText(fi="Laki hyvinvointialueesta"),
    )
    assert example.legal_basis == (law,)
    quotations = [item for item in example.sections[0].content if isinstance(item, Quotation)]
    assert [q.reference for q in quotations] == [law]
    assert law.citation() == "Laki hyvinvointialueesta (611/2021) 14 §"


def test_theme_and_objectives_are_extracts_of_section_1(example: Negotiation) -> None:
    opening = " ".join(section_texts(example.sections[0]))
    assert example.theme is not None
    extracts = [example.theme, *example.objectives]
    assert len(extracts) == 3
    for extract in extracts:
        assert _fi(extract) in opening
        assert not _fi(extract).endswith(".")


# The text of the memo, sentence by sentence


def test_the_seed_splits_into_known_sentences(seed: SeedMemo) -> None:
    seed_sentences = sentences(seed.units)
    assert len(seed_sentences) == 43
    assert seed_sentences[0] == (
        "Neuvottelujen teemana ovat hyvinvointialueen ja kunnan yhteistyön rakenteet."
    )
    assert (
        "Karjalohja-Sammatti-Pusula-alueen palveluverkon osalta suunnitellaan aktiivisesti, "
        "miten palvelut turvataan."
    ) in seed_sentences
    assert seed_sentences[2] == (
        "Laki hyvinvointialueesta 14 §: Hyvinvointialueen ja kuntien neuvottelu"
    )
    assert seed_sentences[-1] == "Puheenjohtaja päätti neuvottelun."
    assert all(count == 1 for count in Counter(seed_sentences).values())


def test_every_sentence_of_the_memo_appears_exactly_once(
    example: Negotiation, seed: SeedMemo
) -> None:
    texts = [text for section in example.sections for text in section_texts(section)]
    model_sentences = sentences(texts)
    assert model_sentences == sentences(seed.units)
    assert all(count == 1 for count in Counter(model_sentences).values())


def test_headings_are_the_title_and_section_titles(example: Negotiation, seed: SeedMemo) -> None:
    assert seed.title == _fi(example.title)
    assert seed.headings == tuple(f"{s.number}. {_fi(s.title)}" for s in example.sections)


def test_every_bullet_is_one_point(example: Negotiation, seed: SeedMemo) -> None:
    seed_bullets = [unit for unit, bullet in zip(seed.units, seed.bullets, strict=True) if bullet]
    assert len(seed_bullets) == 15
    assert [_fi(point.text) for _number, point in all_points(example)] == seed_bullets


# References inside the document


def test_every_point_has_a_unique_id(example: Negotiation) -> None:
    ids = [point.id for _number, point in all_points(example)]
    assert None not in ids
    assert len(set(ids)) == len(ids)


def test_every_outcome_source_exists(example: Negotiation) -> None:
    points = {(number, point.id) for number, point in all_points(example)}
    assert len(example.outcomes) == 22
    for outcome in example.outcomes:
        assert outcome.sources, f"{outcome.id} has no source"
        for source in outcome.sources:
            assert (source.section, source.point) in points, f"{outcome.id}: {source}"


def test_a_point_of_several_sentences_is_cited_by_sentence(example: Negotiation) -> None:
    texts = {(number, point.id): _fi(point.text) for number, point in all_points(example)}
    for outcome in example.outcomes:
        for source in outcome.sources:
            count = len(sentences([texts[(source.section, source.point)]]))
            if count > 1:
                assert source.sentence is not None, (outcome.id, source)
            if source.sentence is not None:
                assert 1 <= source.sentence <= count, (outcome.id, source)


def test_the_eight_sentence_point_is_the_source_of_five_outcomes_by_sentence(
    example: Negotiation,
) -> None:
    cited = sorted(
        (source.sentence or 0, outcome.id)
        for outcome in example.outcomes
        for source in outcome.sources
        if source.point == "s4-p1"
    )
    assert cited == [
        (3, "tym-sopimus"),
        (5, "digitaalinen-asiointi"),
        (6, "ksp-palveluverkko"),
        (7, "ammatinharjoittajalaakaritoiminta"),
        (8, "pusulan-lahiterveysasema"),
    ]


def test_resident_communication_is_not_information_flow(example: Negotiation) -> None:
    # In 14 § tiedonkulku is the flow between the county and the municipality.
    for outcome in example.outcomes:
        if isinstance(outcome, InformationFlow):
            assert Topic.RESIDENT_COMMUNICATION not in outcome.topics, outcome.id
    communication = next(
        o for o in example.outcomes if o.id == "asukasviestinta-palveluohjauksesta"
    )
    assert type(communication).__name__ == "MatterToAgree"
    assert communication.status is OutcomeStatus.OPEN


def test_the_countys_own_decisions_are_its_decisions(example: Negotiation) -> None:
    decisions = {o.id: o for o in example.outcomes if isinstance(o, Decision)}
    assert sorted(decisions) == ["digitaalinen-asiointi", "pusulan-lahiterveysasema"]
    assert [(d.decided_by, d.status, d.parties) for d in decisions.values()] == [
        ("lansi-uusimaa", OutcomeStatus.PLANNED, ("lansi-uusimaa",)),
        ("lansi-uusimaa", OutcomeStatus.PENDING, ("lansi-uusimaa",)),
    ]
    pusula = decisions["pusulan-lahiterveysasema"]
    assert pusula.body == LocalizedText(fi="Aluehallitus")
    assert pusula.timing == LocalizedText(fi="tämän vuoden aikana")
    # Nothing the county does alone is typed as agreed with the city.
    for outcome in example.outcomes:
        if isinstance(outcome, OperatingModel):
            assert "lohja" in outcome.parties, outcome.id


def test_the_pre_material_is_background_not_part_of_the_record(example: Negotiation) -> None:
    assert [(a.kind, a.title, a.file_name, a.part_of_record) for a in example.attachments] == [
        (AttachmentKind.PRE_MATERIAL, LocalizedText(fi="Ennakkomateriaali"), None, False)
    ]


def test_outcome_ids_are_unique_and_titles_are_short(example: Negotiation) -> None:
    ids = [outcome.id for outcome in example.outcomes]
    assert len(set(ids)) == len(ids)
    for outcome in example.outcomes:
        title = _fi(outcome.title)
        assert not title.endswith("."), title
        assert len(title.split()) <= 8, title


def test_outcomes_refer_to_declared_parties(example: Negotiation) -> None:
    organisations = {o.id for o in example.organisations}
    people = {p.id for p in example.participants}
    for outcome in example.outcomes:
        assert set(outcome.parties) <= organisations, outcome.id
        for reference in (
            getattr(outcome, "proposer", None),
            *getattr(outcome, "responsible", ()),
        ):
            assert reference is None or reference in organisations | people, outcome.id


def test_every_speaker_is_a_declared_participant(example: Negotiation) -> None:
    statements = [
        item
        for _path, section in example.walk_sections()
        for item in section.content
        if isinstance(item, Statement)
    ]
    assert [s.speaker for s in statements] == ["patinen", "peramaki", "laiho"]
    for statement in statements:
        speaker = example.participant(statement.speaker)
        assert speaker is not None, statement.speaker
        assert statement.on_behalf_of is not None
        assert statement.on_behalf_of.organisation == speaker.organisation
        assert statement.on_behalf_of.leadership is speaker.leadership
        assert speaker.name is not None
        assert statement.text is not None
        assert speaker.name in _fi(statement.text)
        assert speaker.title is not None
        assert _fi(statement.text).startswith(_fi(speaker.title) + " " + speaker.name)


def test_participants(example: Negotiation) -> None:
    organisations = {o.id for o in example.organisations}
    assert [(p.name, p.organisation, p.leadership, p.roles) for p in example.participants] == [
        (None, None, None, (MeetingRole.CHAIR,)),
        ("Jussi Patinen", "lohja", LeadershipKind.ELECTED, ()),
        ("Pasi Perämäki", "lohja", LeadershipKind.OFFICIAL, ()),
        ("Mia Laiho", "lansi-uusimaa", LeadershipKind.ELECTED, ()),
    ]
    assert all(
        p.organisation is None or p.organisation in organisations for p in example.participants
    )
