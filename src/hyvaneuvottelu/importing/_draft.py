"""From a memo's lines to a draft negotiation and the notes a person needs to check it."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from ..limits import MAX_IMPORT_BYTES
from ..model import (
    OUTCOME_TAGS,
    LocalizedText,
    Negotiation,
    NegotiationKind,
    SectionKind,
    Topic,
)
from ._aims import Aims, aims_in
from ._header import read_header
from ._ids import Identifiers
from ._joining import Joiner
from ._language import language_of
from ._legal import cites_known_statute, references_in
from ._lines import Line, text_lines
from ._outcomes import propose_outcomes
from ._parties import PartyFinder
from ._people import People
from ._result import ImportNote, ImportRefusedError, ImportResult, NoteKind
from ._sections import read_sections
from ._structure import Layout, read_layout
from ._topics import topics_in

__all__ = ["draft_from_lines", "import_text"]

#: The title of a memo that has none: the document type, in its language.
_UNTITLED = {"fi": "Muistio", "sv": "Promemoria"}


def import_text(text: str, *, source: str | None = None) -> ImportResult:
    """A draft negotiation from a memo's plain text, such as the text extracted from a PDF.

    Raises :class:`ImportRefusedError` for a text too large to be one memo.
    """
    size = len(text.encode("utf-8", "surrogatepass"))
    if size > MAX_IMPORT_BYTES:
        raise ImportRefusedError(
            source or "",
            f"the text is {size // 1024} KiB; a memo to import is at most "
            f"{MAX_IMPORT_BYTES // (1024 * 1024)} MiB",
        )
    lines, notes = text_lines(text)
    return draft_from_lines(lines, notes, source=source)


def draft_from_lines(
    lines: Sequence[Line], notes: Sequence[ImportNote] = (), *, source: str | None = None
) -> ImportResult:
    """A draft from lines already cleaned (see ``_lines``), with the notes made so far."""
    found = list(notes)
    language = language_of(" ".join(line.text for line in lines))
    joiner = Joiner(line.text for line in lines)
    layout = read_layout(lines, joiner)
    finder = PartyFinder(_all_texts(layout), language)
    taken = Identifiers({finder.county.id, *(m.id for m in finder.municipalities)})
    people = People(language, taken)
    header = read_header(layout.fields, finder, people, found)
    read = read_sections(layout.sections, finder, people, language)
    if read.mentions_chair and people.chair() is None:
        people.nameless_chair()
    for passage in read.passages:
        if passage.point:
            taken.add(passage.point)
    references = [
        reference
        for text in _all_texts(layout)
        for reference in references_in(text, language)
        if cites_known_statute(reference)
    ]
    basis = tuple(dict.fromkeys(references))
    kind = (
        NegotiationKind.WELLBEING_PROMOTION
        if basis and all(r.statute_number == 612 for r in basis)
        else NegotiationKind.COUNCIL_TERM
    )
    aims = aims_in(((p.text, p.where) for p in read.passages if p.point is None), language)
    proposals = propose_outcomes(read.passages, finder, language, taken)
    topics = _topics([*(aims.theme or "",), *(p.text for p in read.passages)])
    title = layout.title.text if layout.title is not None else _UNTITLED[language]

    def text(value: str) -> LocalizedText:
        return LocalizedText(**{language: value})

    negotiation = Negotiation(
        kind=kind,
        title=text(title),
        legal_basis=basis,
        county=finder.county,
        municipalities=finder.municipalities,
        participants=people.participants(),
        date=header.date,
        start_time=header.start_time,
        end_time=header.end_time,
        place=header.place,
        theme=None if aims.theme is None else text(aims.theme),
        objectives=tuple(text(o) for o in aims.objectives),
        topics=topics,
        sections=read.sections,
        outcomes=tuple(p.outcome for p in proposals),
    )
    found.extend(_layout_notes(layout, joiner, lines))
    found.extend(_party_notes(finder))
    found.extend(
        ImportNote(
            kind=NoteKind.CONFIRM,
            location=where,
            pointer=pointer,
            message=message,
        )
        for where, pointer, message in _proposal_notes(negotiation, read.judged_kinds, aims, kind)
    )
    for index, proposal in enumerate(proposals):
        outcome = proposal.outcome
        found.append(
            ImportNote(
                kind=NoteKind.CONFIRM,
                location=proposal.passage.where,
                pointer=f"/outcomes/{index}",
                message=(
                    f'{OUTCOME_TAGS[type(outcome)]} "{outcome.title.first()}" '
                    f"({outcome.status.value}) is the importer's proposal: confirm or remove it"
                ),
            )
        )
    found.extend(_absent_notes(negotiation, layout))
    return ImportResult(negotiation=negotiation, notes=tuple(found), source=source)


def _all_texts(layout: Layout) -> Iterator[str]:
    if layout.title is not None:
        yield layout.title.text
    for field in layout.fields:
        yield from (line.text for line in field.values)
    for section in layout.sections:
        yield section.title
        yield from (unit.text for unit in section.units)


def _topics(texts: Sequence[str]) -> tuple[Topic, ...]:
    found: dict[Topic, None] = {}
    for text in texts:
        found.update(dict.fromkeys(topics_in(text)))
    return tuple(found)


def _layout_notes(layout: Layout, joiner: Joiner, lines: Sequence[Line]) -> Iterator[ImportNote]:
    if layout.dropped_label is not None:
        yield ImportNote(
            kind=NoteKind.REMOVED,
            location=layout.dropped_label.where,
            message=f'document type label above the title removed: "{layout.dropped_label.text}"',
        )
    for unit in layout.preamble:
        yield ImportNote(
            kind=NoteKind.UNREAD,
            location=unit.where,
            message=f'text outside any numbered section is not in the draft: "{_short(unit.text)}"',
        )
    if not layout.sections:
        first = next((line.where for line in lines if line.text), "")
        yield ImportNote(
            kind=NoteKind.UNREAD,
            location=first,
            pointer="/sections",
            message=(
                "no numbered sections found (headings such as '1. Avaus', '1) Avaus' or "
                "'§ 1 Avaus'); the draft has none"
            ),
        )
    for word in dict.fromkeys(joiner.unsure):
        before = word.split("-")[0]
        where = next((line.where for line in lines if line.text.endswith(before + "-")), "")
        yield ImportNote(
            kind=NoteKind.CONFIRM,
            location=where,
            message=(
                f'a hyphen at a line end was kept in "{word}": check whether the word has '
                "a hyphen or was split"
            ),
        )


def _party_notes(finder: PartyFinder) -> Iterator[ImportNote]:
    if not finder.recognised_county:
        yield ImportNote(
            kind=NoteKind.UNREAD,
            pointer="/county",
            message=(
                "no wellbeing services county and no municipality of one was recognised; "
                f'the county "{finder.county.name.first()}" is a placeholder to replace'
            ),
        )
    elif finder.inferred_county is not None:
        yield ImportNote(
            kind=NoteKind.CONFIRM,
            pointer="/county",
            message=(
                f'the memo does not name the county: "{finder.county.name.get(finder.language)}" '
                "is the county of the municipality it names"
            ),
        )
    if not finder.municipalities:
        yield ImportNote(
            kind=NoteKind.ABSENT,
            pointer="/municipalities",
            message="no municipality recognised in the text",
        )


def _proposal_notes(
    negotiation: Negotiation, judged: dict[str, SectionKind], aims: Aims, kind: NegotiationKind
) -> Iterator[tuple[str, str, str]]:
    for path, section in negotiation.walk_sections():
        if section.number in judged:
            pointer = "/sections/" + "/subsections/".join(str(i) for i in path) + "/kind"
            yield (
                "",
                pointer,
                f'the kind of section {section.number} ("{section.kind.value}") is judged '
                "from its content, not its title",
            )
    if aims.theme is not None:
        yield aims.theme_where, "/theme", "the theme is taken from the sentence that states it"
    if aims.objectives:
        yield (
            aims.objectives_where,
            "/objectives",
            f"the objectives ({len(aims.objectives)}) are split from the sentence that states them",
        )
    if negotiation.topics:
        yield "", "/topics", "the topics are proposed from the words of the text"
    if not negotiation.legal_basis:
        yield (
            "",
            "/kind",
            f'the memo cites no negotiation statute; the kind "{kind.value}" is assumed',
        )


def _absent_notes(negotiation: Negotiation, layout: Layout) -> Iterator[ImportNote]:
    def absent(pointer: str, message: str) -> ImportNote:
        return ImportNote(kind=NoteKind.ABSENT, pointer=pointer, message=message)

    if layout.title is None:
        yield absent("/title", f'the memo has no title line; the draft says "{negotiation.title}"')
    if negotiation.date is None:
        yield absent("/date", "the memo states no date")
    if negotiation.place is None:
        yield absent("/place", "the memo states no place")
    if not any(p.presence is not None for p in negotiation.participants):
        yield absent("/participants", "the memo lists no attendees")
    for index, participant in enumerate(negotiation.participants):
        if participant.name is None:
            yield absent(f"/participants/{index}/name", "the memo does not name this participant")
    yield absent(
        "/record",
        "record metadata (identifier, case id, author, approval, publicity, personal data, "
        "retention, function code, language, document type, creation time) is not in the text; "
        "an archive needs it",
    )


def _short(text: str, limit: int = 80) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
