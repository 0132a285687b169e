"""Small string predicates shared by the formats and the reference data."""

from __future__ import annotations

__all__ = ["ascii_digits"]


def ascii_digits(text: str) -> bool:
    """Whether ``text`` is one or more ASCII digits.

    ``str.isdigit`` also accepts characters such as "¹" that ``int`` refuses;
    input from users must not reach ``int`` through it.

    >>> ascii_digits("2025"), ascii_digits("¹"), ascii_digits("")
    (True, False, False)
    """
    return text.isascii() and text.isdigit()
