"""Legal references as data: statute, section, subsection."""

from __future__ import annotations

import attrs

from . import _checks
from ._text import LocalizedText

__all__ = ["LegalReference"]

_FINLEX_ELI = "http://data.finlex.fi/eli/sd"


@attrs.frozen(kw_only=True, field_transformer=_checks.protect)
class LegalReference:
    """A reference to a provision of a Finnish statute (säädösviittaus).

    >>> ref = LegalReference(
    ...     statute_number=611, statute_year=2021, section="14",
    ...     statute_title=LocalizedText(fi="Laki hyvinvointialueesta"),
    ... )
    >>> ref.citation()
    'Laki hyvinvointialueesta (611/2021) 14 §'
    >>> ref.eli_uri()
    'http://data.finlex.fi/eli/sd/2021/611/pykala/14'
    """

    #: Number in the Statute Book (säädöskokoelman numero), 611 in 611/2021.
    statute_number: int = attrs.field(validator=_checks.positive)
    #: Year in the Statute Book, 2021 in 611/2021.
    statute_year: int = attrs.field(
        validator=_checks.matches_int(1734, 2999, "a year from 1734 to 2999")
    )
    #: Section (pykälä): "14", or with a letter, "14 a"; a range "6-7" is
    #: written as its own references, one per section.
    section: str | None = attrs.field(
        default=None,
        validator=_checks.optional(
            _checks.matches(r"^[1-9][0-9]*( ?[a-z])?$", "a section number such as '14' or '14 a'")
        ),
    )
    #: Subsection (momentti), counted from 1.
    subsection: int | None = attrs.field(default=None, validator=_checks.optional(_checks.positive))
    #: Chapter (luku), when the citation needs it.
    chapter: str | None = attrs.field(
        default=None,
        validator=_checks.optional(
            _checks.matches(r"^[1-9][0-9]*( ?[a-z])?$", "a chapter number such as '3' or '3 a'")
        ),
    )
    #: The statute's title, "Laki hyvinvointialueesta".
    statute_title: LocalizedText | None = None

    @property
    def statute_id(self) -> str:
        """``611/2021``."""
        return f"{self.statute_number}/{self.statute_year}"

    def citation(self, language: str = "fi") -> str:
        """A citation in the style of Finnish legal writing.

        Finnish: ``Laki hyvinvointialueesta (611/2021) 14 § 1 mom.``;
        Swedish: ``Lag om välfärdsområden (611/2021) 14 § 1 mom.``.
        """
        parts: list[str] = []
        if self.statute_title is not None:
            parts.append(f"{self.statute_title.get(language)} ({self.statute_id})")
        else:
            parts.append(self.statute_id)
        if self.chapter is not None:
            parts.append(f"{self.chapter} {'luku' if language == 'fi' else 'kap.'}")
        if self.section is not None:
            parts.append(f"{self.section} §")
        if self.subsection is not None:
            parts.append(f"{self.subsection} mom.")
        return " ".join(parts)

    def eli_uri(self) -> str:
        """The provision's European Legislation Identifier on Finlex.

        The statute part (``/eli/sd/2021/611``) is Finlex's; chapter, section
        and subsection follow as ``luku``, ``pykala`` and ``momentti`` steps.
        """
        uri = f"{_FINLEX_ELI}/{self.statute_year}/{self.statute_number}"
        if self.chapter is not None:
            uri += f"/luku/{self.chapter.replace(' ', '')}"
        if self.section is not None:
            uri += f"/pykala/{self.section.replace(' ', '')}"
            if self.subsection is not None:
                uri += f"/momentti/{self.subsection}"
        return uri
