"""Text that can be written in Finnish, Swedish or both (and English)."""

from __future__ import annotations

import attrs

from ..errors import InvalidValueError
from . import _checks

__all__ = ["LANGUAGES", "LocalizedText"]

#: Language codes a :class:`LocalizedText` can carry, in wire order.
LANGUAGES = ("fi", "sv", "en")


@attrs.frozen(kw_only=True, field_transformer=_checks.protect)
class LocalizedText:
    """A text in one or more languages (kieliversiot).

    Bilingual municipalities write memos in Finnish and Swedish; at least one
    language is always present.

    >>> LocalizedText(fi="Muistio", sv="Promemoria").get("sv")
    'Promemoria'
    >>> str(LocalizedText(sv="Promemoria"))
    'Promemoria'
    """

    fi: str | None = None
    sv: str | None = None
    en: str | None = None

    def __attrs_post_init__(self) -> None:
        if self.fi is None and self.sv is None and self.en is None:
            raise InvalidValueError(
                "", "text in at least one of fi, sv, en", "none of them", owner="LocalizedText"
            )

    def get(self, language: str, *, fallback: bool = True) -> str | None:
        """The text in ``language``; else, with ``fallback``, the first one present."""
        value: str | None = getattr(self, language, None) if language in LANGUAGES else None
        if value is None and fallback:
            return self.first()
        return value

    def first(self) -> str:
        """The text in the first language present, in the order fi, sv, en."""
        return next(v for v in (self.fi, self.sv, self.en) if v is not None)

    def items(self) -> tuple[tuple[str, str], ...]:
        """``(language, text)`` pairs for the languages present."""
        return tuple((lang, v) for lang in LANGUAGES if (v := getattr(self, lang)) is not None)

    def __str__(self) -> str:
        return self.first()


def fi(text: str) -> LocalizedText:
    """Shorthand for a Finnish-only text."""
    return LocalizedText(fi=text)
