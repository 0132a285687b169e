"""Agenda sections and what they say: paragraphs, statements, findings, quotations."""

from __future__ import annotations

from typing import TypeAlias

import attrs

from . import _checks
from ._codes import LeadershipKind, SectionKind
from ._legal import LegalReference
from ._text import LocalizedText

__all__ = [
    "Content",
    "Finding",
    "OnBehalfOf",
    "Paragraph",
    "Point",
    "PointList",
    "Quotation",
    "Section",
    "Statement",
]


@attrs.frozen(kw_only=True, field_transformer=_checks.protect)
class Point:
    """One bullet point (kohta); ``id`` lets outcomes trace back to it."""

    id: str | None = attrs.field(default=None, validator=_checks.optional(_checks.identifier))
    text: LocalizedText


@attrs.frozen(kw_only=True, field_transformer=_checks.protect)
class Paragraph:
    """Running text (kappale)."""

    text: LocalizedText


@attrs.frozen(kw_only=True, field_transformer=_checks.protect)
class PointList:
    """Bullet points with no introducing sentence."""

    points: tuple[Point, ...]


@attrs.frozen(kw_only=True, field_transformer=_checks.protect)
class OnBehalfOf:
    """Whom a speaker represents: a party, and which of its leaderships."""

    #: The ``id`` of the organisation spoken for.
    organisation: str = attrs.field(validator=_checks.identifier)
    leadership: LeadershipKind | None = None


@attrs.frozen(kw_only=True, field_transformer=_checks.protect)
class Statement:
    """A statement (puheenvuoro) by a participant, with the points made."""

    #: The ``id`` of the participant speaking.
    speaker: str = attrs.field(validator=_checks.identifier)
    on_behalf_of: OnBehalfOf | None = None
    #: The memo's sentence introducing the statement, as written.
    text: LocalizedText | None = None
    points: tuple[Point, ...] = ()


@attrs.frozen(kw_only=True, field_transformer=_checks.protect)
class Finding:
    """What was noted (todettiin), optionally as points."""

    text: LocalizedText | None = None
    points: tuple[Point, ...] = ()


@attrs.frozen(kw_only=True, field_transformer=_checks.protect)
class Quotation:
    """A quoted provision of law or other source (lainaus)."""

    #: The heading line of the quotation, as written in the memo.
    title: LocalizedText | None = None
    reference: LegalReference | None = None
    text: LocalizedText


#: Everything a section can hold, in memo order.
Content: TypeAlias = Paragraph | PointList | Statement | Finding | Quotation


@attrs.frozen(kw_only=True, field_transformer=_checks.protect)
class Section:
    """An agenda section (asiakohta), possibly with subsections."""

    #: The section's number as printed: "1", "4", "4.2".
    number: str = attrs.field(
        validator=_checks.matches(r"^[0-9]+(\.[0-9]+)*$", "a section number such as '4' or '4.2'")
    )
    title: LocalizedText
    kind: SectionKind = SectionKind.OTHER
    content: tuple[Content, ...] = ()
    subsections: tuple[Section, ...] = ()
