"""From a memo's lines to a draft negotiation and the notes a person needs to check it."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from .._messages import Arg, Message, message
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
from ._result import ImportNote, ImportRefusedError, ImportResult, NoteKind, note_text
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
        ImportNote(kind=NoteKind.CONFIRM, location=where, pointer=pointer, text=text)
        for where, pointer, text in _proposal_notes(negotiation, read.judged_kinds, aims, kind)
    )
    for index, proposal in enumerate(proposals):
        outcome = proposal.outcome
        found.append(
            ImportNote(
                kind=NoteKind.CONFIRM,
                location=proposal.passage.where,
                pointer=f"/outcomes/{index}",
                text=note_text(
                    "outcome",
                    tag=message(f"import.outcome.{OUTCOME_TAGS[type(outcome)]}"),
                    title=outcome.title.first(),
                    status=outcome.status,
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
            text=note_text("dropped_label", text=layout.dropped_label.text),
        )
    for unit in layout.preamble:
        yield ImportNote(
            kind=NoteKind.UNREAD,
            location=unit.where,
            text=note_text("preamble", text=_short(unit.text)),
        )
    if not layout.sections:
        first = next((line.where for line in lines if line.text), "")
        yield ImportNote(
            kind=NoteKind.UNREAD,
            location=first,
            pointer="/sections",
            text=note_text("no_sections"),
        )
    for word in dict.fromkeys(joiner.unsure):
        before = word.split("-")[0]
        where = next((line.where for line in lines if line.text.endswith(before + "-")), "")
        yield ImportNote(
            kind=NoteKind.CONFIRM,
            location=where,
            text=note_text("hyphen", word=word),
        )


def _party_notes(finder: PartyFinder) -> Iterator[ImportNote]:
    if not finder.recognised_county:
        yield ImportNote(
            kind=NoteKind.UNREAD,
            pointer="/county",
            text=note_text("no_county", name=finder.county.name.first()),
        )
    elif finder.inferred_county is not None:
        yield ImportNote(
            kind=NoteKind.CONFIRM,
            pointer="/county",
            text=note_text("inferred_county", name=str(finder.county.name.get(finder.language))),
        )
    if not finder.municipalities:
        yield ImportNote(
            kind=NoteKind.ABSENT,
            pointer="/municipalities",
            text=note_text("no_municipality"),
        )


def _proposal_notes(
    negotiation: Negotiation, judged: dict[str, SectionKind], aims: Aims, kind: NegotiationKind
) -> Iterator[tuple[str, str, Message]]:
    for path, section in negotiation.walk_sections():
        if section.number in judged:
            pointer = "/sections/" + "/subsections/".join(str(i) for i in path) + "/kind"
            yield (
                "",
                pointer,
                note_text("judged_kind", number=section.number, kind=section.kind),
            )
    if aims.theme is not None:
        yield aims.theme_where, "/theme", note_text("theme")
    if aims.objectives:
        yield (
            aims.objectives_where,
            "/objectives",
            note_text("objectives", n=len(aims.objectives)),
        )
    if negotiation.topics:
        yield "", "/topics", note_text("topics")
    if not negotiation.legal_basis:
        yield (
            "",
            "/kind",
            note_text("no_statute", kind=kind),
        )


def _absent_notes(negotiation: Negotiation, layout: Layout) -> Iterator[ImportNote]:
    def absent(pointer: str, id: str, /, **args: Arg) -> ImportNote:
        return ImportNote(kind=NoteKind.ABSENT, pointer=pointer, text=note_text(id, **args))

    if layout.title is None:
        yield absent("/title", "no_title", title=str(negotiation.title))
    if negotiation.date is None:
        yield absent("/date", "no_date")
    if negotiation.place is None:
        yield absent("/place", "no_place")
    if not any(p.presence is not None for p in negotiation.participants):
        yield absent("/participants", "no_attendees")
    for index, participant in enumerate(negotiation.participants):
        if participant.name is None:
            yield absent(f"/participants/{index}/name", "unnamed")
    yield absent("/record", "no_record")


def _short(text: str, limit: int = 80) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
