"""Rules on the memo's structure: sections, their numbers, their content."""

from __future__ import annotations

from collections.abc import Iterator

from ..model import Finding, PointList, Section, SectionKind
from ._context import Context, Path, person
from ._registry import Hit, Severity, rule

__all__: list[str] = []


def _number_key(number: str) -> tuple[tuple[int, str], ...]:
    """``"4.10"`` sorts after ``"4.9"``: each part by its value, compared without int().

    A part may have thousands of digits, which int() refuses; leading zeros
    aside, a longer part is the larger number.
    """
    parts = (part.lstrip("0") for part in number.split("."))
    return tuple((len(part), part) for part in parts)


@rule(
    "HN-S001",
    Severity.ERROR,
    fi="Asiakohdan numero {number} toistuu",
    sv="Punktnumret {number} förekommer flera gånger",
    en="The section number {number} is repeated",
    rationale="Sections are cited and outcomes traced by number.",
)
def section_numbers_unique(ctx: Context) -> Iterator[Hit]:
    seen: set[str] = set()
    for path, section in ctx.sections:
        if section.number in seen:
            yield (*path, "number"), {"number": section.number}
        seen.add(section.number)


def _siblings(ctx: Context) -> Iterator[tuple[Path, tuple[Section, ...]]]:
    yield ("sections",), ctx.negotiation.sections
    for path, section in ctx.sections:
        if section.subsections:
            yield (*path, "subsections"), section.subsections


@rule(
    "HN-S002",
    Severity.ERROR,
    fi="Asiakohta {number} on kohdan {previous} jälkeen: numerot eivät ole järjestyksessä",
    sv="Punkt {number} kommer efter punkt {previous}: numren är inte i ordning",
    en="Section {number} comes after section {previous}: the numbers are out of order",
    rationale="A memo's sections are numbered in the order they were handled.",
)
def section_numbers_ordered(ctx: Context) -> Iterator[Hit]:
    for path, sections in _siblings(ctx):
        for index in range(1, len(sections)):
            previous, current = sections[index - 1].number, sections[index].number
            if _number_key(current) < _number_key(previous):
                yield (*path, index, "number"), {"number": current, "previous": previous}


@rule(
    "HN-S003",
    Severity.WARNING,
    fi="Alakohdan numero {number} ei ala pääkohdan numerolla {parent}",
    sv="Underpunktens nummer {number} börjar inte med huvudpunktens nummer {parent}",
    en="The subsection number {number} does not extend its section's number {parent}",
    rationale="Subsection 4.2 belongs under section 4; another number misplaces it.",
)
def subsection_numbers(ctx: Context) -> Iterator[Hit]:
    for path, section in ctx.sections:
        prefix = section.number + "."
        for index, sub in enumerate(section.subsections):
            if not sub.number.startswith(prefix):
                yield (
                    (*path, "subsections", index, "number"),
                    {"number": sub.number, "parent": section.number},
                )


@rule(
    "HN-S004",
    Severity.WARNING,
    fi='Osallistujan "{speaker}" puheenvuorosta ei ole kirjattu yhtään kohtaa',
    sv='Ingen punkt har antecknats ur anförandet av "{speaker}"',
    en='The statement by "{speaker}" records no point',
    rationale="A memo records what was said; an introduction alone says only that someone spoke.",
)
def statements_have_points(ctx: Context) -> Iterator[Hit]:
    for path, statement in ctx.statements:
        if not statement.points:
            yield (*path, "points"), _speaker(ctx, statement.speaker)


def _speaker(ctx: Context, speaker: str) -> dict[str, str]:
    """The speaker as people are named in messages; the id only when nobody has it."""
    participants = ctx.negotiation.participants
    index = next((i for i, p in enumerate(participants) if p.id == speaker), None)
    return {"speaker": speaker} if index is None else person("speaker", participants[index], index)


@rule(
    "HN-S005",
    Severity.WARNING,
    fi="Muistiossa ei ole avauskohtaa",
    sv="Promemorian saknar en punkt om öppnandet",
    en="The memo has no opening section",
    rationale="A negotiation is opened by its chair; the memo records the opening.",
)
def has_opening(ctx: Context) -> Iterator[Hit]:
    if ctx.negotiation.sections and not _has_kind(ctx, SectionKind.OPENING):
        yield ("sections",), {}


@rule(
    "HN-S006",
    Severity.WARNING,
    fi="Muistiossa ei ole päätöskohtaa",
    sv="Promemorian saknar en punkt om avslutandet",
    en="The memo has no closing section",
    rationale="The closing shows the memo is complete, not cut short.",
)
def has_closing(ctx: Context) -> Iterator[Hit]:
    if ctx.negotiation.sections and not _has_kind(ctx, SectionKind.CLOSING):
        yield ("sections",), {}


def _has_kind(ctx: Context, kind: SectionKind) -> bool:
    return any(section.kind is kind for _, section in ctx.sections)


@rule(
    "HN-S007",
    Severity.ERROR,
    fi="Muistiossa ei ole yhtään asiakohtaa",
    sv="Promemorian har inga punkter",
    en="The memo has no sections",
    rationale="A memo without sections records nothing of the negotiation.",
)
def has_sections(ctx: Context) -> Iterator[Hit]:
    if not ctx.negotiation.sections:
        yield ("sections",), {}


@rule(
    "HN-S008",
    Severity.WARNING,
    fi="Asiakohta {number} on tyhjä",
    sv="Punkt {number} är tom",
    en="Section {number} is empty",
    rationale="An empty section is usually text lost in conversion.",
)
def sections_not_empty(ctx: Context) -> Iterator[Hit]:
    for path, section in ctx.sections:
        if not section.content and not section.subsections:
            yield path, {"number": section.number}


#: What S009 calls an empty item, in each language.
_CONTENT_WORDS: dict[type, dict[str, str]] = {
    PointList: {"type": "kohtaluettelo", "type@sv": "en punktlista", "type@en": "point list"},
    Finding: {"type": "toteamus", "type@sv": "ett konstaterande", "type@en": "finding"},
}


@rule(
    "HN-S009",
    Severity.WARNING,
    fi="Asiakohdan {number} {type} on tyhjä",
    sv="Punkt {number} har {type} utan innehåll",
    en="Section {number} has an empty {type}",
    rationale="A list without points or a finding without text is usually text lost in conversion.",
)
def content_not_empty(ctx: Context) -> Iterator[Hit]:
    for path, section in ctx.sections:
        for index, item in enumerate(section.content):
            if isinstance(item, PointList):
                empty = not item.points
            elif isinstance(item, Finding):
                empty = item.text is None and not item.points
            else:
                continue
            if empty:
                yield (
                    (*path, "content", index),
                    {"number": section.number, **_CONTENT_WORDS[type(item)]},
                )
