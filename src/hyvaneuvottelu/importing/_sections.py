"""Sections and what they hold: paragraphs, statements, findings, quotations, points.

Units become content in memo order. A statement's introducing sentence opens
it and the points after it are its points; a finding ("Todettiin ...",
"Keskustelussa todettiin seuraavaa:") likewise; points after anything else
form a point list. A line citing a provision ("Laki hyvinvointialueesta
14 §: ...") followed by a paragraph is a quotation of that provision.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from ..model import (
    Content,
    Finding,
    LocalizedText,
    Paragraph,
    Point,
    PointList,
    Quotation,
    Section,
    SectionKind,
    Statement,
)
from ._legal import references_in
from ._parties import PartyFinder
from ._people import People
from ._statements import introduction
from ._structure import RawSection, Unit, UnitKind

__all__ = ["Passage", "SectionsRead", "read_sections"]

_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[\"“”'(]?[A-ZÅÄÖ0-9])")
_FINDING = re.compile(
    r"^(?:\S+\s+){0,2}?"
    r"(?:todettiin|todetaan|merkittiin tiedoksi|konstaterades|antecknades|noterades)\b",
    re.IGNORECASE,
)
_CHAIR = re.compile(r"(?:^|[.!?:]\s+)(?:Puheenjohtaja|Ordföranden?)\b(?!\s+[A-ZÅÄÖ])")
_CITES = re.compile(r"\d+\s*§|§\s*\d+")
_KINDS = (
    (re.compile(r"puheenvuor|anförande", re.I), SectionKind.OPENING_STATEMENTS),
    (
        re.compile(r"\bavaa\b|\bavaus\b|avaaminen|\bavataan\b|öppna|öppnande", re.I),
        SectionKind.OPENING,
    ),
    (
        re.compile(r"muut asiat|muita asioita|övriga (?:ärenden|frågor)", re.I),
        SectionKind.OTHER_MATTERS,
    ),
    (
        re.compile(r"päätös|päättäminen|lopetus|avslutande|avslutning|avslutas|avslutar", re.I),
        SectionKind.CLOSING,
    ),
    (re.compile(r"keskustelu|diskussion", re.I), SectionKind.DISCUSSION),
)


@attrs.frozen
class Passage:
    """A text of the draft that outcomes can be traced to."""

    text: str
    where: str
    section: str
    point: str | None
    pointer: str


@attrs.frozen
class SectionsRead:
    sections: tuple[Section, ...]
    passages: tuple[Passage, ...]
    #: The memo mentions the chair by role ("Puheenjohtaja avasi ...").
    mentions_chair: bool
    #: Section kinds judged by content, not title: number -> kind.
    judged_kinds: dict[str, SectionKind]


def read_sections(
    raw: Sequence[RawSection], finder: PartyFinder, people: People, language: str
) -> SectionsRead:
    builder = _Builder(finder, people, language)
    flat = [builder.section(section) for section in raw]
    return SectionsRead(
        sections=_nest(flat),
        passages=tuple(builder.passages),
        mentions_chair=builder.mentions_chair,
        judged_kinds=builder.judged,
    )


def _nest(flat: list[Section]) -> tuple[Section, ...]:
    top: list[Section] = []
    for section in flat:
        if "." in section.number and top:
            parent = top[-1]
            top[-1] = attrs.evolve(parent, subsections=(*parent.subsections, section))
        else:
            top.append(section)
    return tuple(top)


def _pointer_prefix(index: int, sub: int | None) -> str:
    if sub is None:
        return f"/sections/{index}"
    return f"/sections/{index}/subsections/{sub}"


class _Builder:
    def __init__(self, finder: PartyFinder, people: People, language: str) -> None:
        self.finder = finder
        self.people = people
        self.language = language
        self.passages: list[Passage] = []
        self.mentions_chair = False
        self.judged: dict[str, SectionKind] = {}
        self._top = -1
        self._sub: int | None = None

    def _text(self, text: str) -> LocalizedText:
        return LocalizedText(**{self.language: text})

    def section(self, raw: RawSection) -> Section:
        if "." in raw.number:
            self._sub = 0 if self._sub is None else self._sub + 1
        else:
            self._top, self._sub = self._top + 1, None
        self.mentions_chair |= bool(_CHAIR.search(raw.title))
        prefix = _pointer_prefix(self._top, self._sub)
        content = self._content(raw, prefix)
        kind = _kind_by_title(raw.title)
        if kind is None:
            kind = _kind_by_content(content)
            self.judged[raw.number] = kind
        return Section(number=raw.number, title=self._text(raw.title), kind=kind, content=content)

    def _content(self, raw: RawSection, prefix: str) -> tuple[Content, ...]:
        items: list[Content] = []
        #: Items that take the points after them: statements and findings.
        open_item = False
        point_count = 0
        units = list(raw.units)
        index = 0
        while index < len(units):
            unit = units[index]
            index += 1
            self.mentions_chair |= bool(_CHAIR.search(unit.text))
            if unit.kind is not UnitKind.PARAGRAPH:
                point_count += 1
                point = Point(id=f"s{raw.number}-p{point_count}", text=self._text(unit.text))
                if not (open_item and items):
                    items.append(PointList(points=()))
                last = items[-1]
                assert isinstance(last, Statement | Finding | PointList)
                pointer = f"{prefix}/content/{len(items) - 1}/points/{len(last.points)}/text"
                items[-1] = attrs.evolve(last, points=(*last.points, point))
                self._passage(unit, raw.number, point.id, pointer)
                open_item = True
                continue
            following = units[index] if index < len(units) else None
            if (
                _quotation_title(unit.text)
                and following is not None
                and following.kind is UnitKind.PARAGRAPH
            ):
                index += 1
                references = references_in(unit.text, self.language)
                items.append(
                    Quotation(
                        title=self._text(unit.text),
                        reference=references[0] if references else None,
                        text=self._text(following.text),
                    )
                )
                open_item = False
                continue
            intro = introduction(unit.text, self.finder, self.people, self.language)
            if intro is not None:
                where_items = f"{prefix}/content/{len(items)}"
                points: tuple[Point, ...] = ()
                if intro.rest:
                    point_count += 1
                    points = (
                        Point(id=f"s{raw.number}-p{point_count}", text=self._text(intro.rest)),
                    )
                    self._passage(
                        Unit(UnitKind.PARAGRAPH, intro.rest, unit.where),
                        raw.number,
                        points[0].id,
                        f"{where_items}/points/0/text",
                    )
                items.append(
                    Statement(
                        speaker=intro.speaker.id,
                        on_behalf_of=intro.on_behalf_of,
                        text=self._text(intro.sentence),
                        points=points,
                    )
                )
                open_item = True
                continue
            open_item = False
            for group, is_finding in _groups(unit.text):
                pointer = f"{prefix}/content/{len(items)}/text"
                if is_finding:
                    items.append(Finding(text=self._text(group)))
                    open_item = True
                else:
                    items.append(Paragraph(text=self._text(group)))
                    open_item = False
                self._passage(Unit(unit.kind, group, unit.where), raw.number, None, pointer)
        return tuple(items)

    def _passage(self, unit: Unit, section: str, point: str | None, pointer: str) -> None:
        self.passages.append(Passage(unit.text, unit.where, section, point, pointer))


def _groups(text: str) -> list[tuple[str, bool]]:
    """The paragraph's sentences, grouped: each finding alone, other sentences together."""
    groups: list[tuple[str, bool]] = []
    for sentence in _SENTENCE.split(text):
        finding = bool(_FINDING.match(sentence))
        if groups and not finding and not groups[-1][1]:
            groups[-1] = (f"{groups[-1][0]} {sentence}", False)
        else:
            groups.append((sentence, finding))
    return groups


def _quotation_title(text: str) -> bool:
    return bool(_CITES.search(text)) and not text.endswith((".", "!", "?", ",", ";"))


def _kind_by_title(title: str) -> SectionKind | None:
    return next((kind for pattern, kind in _KINDS if pattern.search(title)), None)


def _kind_by_content(content: Sequence[Content]) -> SectionKind:
    if any(isinstance(item, Finding) for item in content):
        return SectionKind.DISCUSSION
    if content and all(isinstance(item, Statement) for item in content):
        return SectionKind.OPENING_STATEMENTS
    return SectionKind.OTHER
