"""What :func:`from_json` would refuse, refused before it is written.

One set of limits (:mod:`hyvaneuvottelu.limits`) for the writer and the
reader. The checks cost next to nothing for ordinary memos: the nesting is
bounded from the sections alone, and the texts and numbers are looked for
only when the written bytes show they may be there.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from .._naming import pointer
from ..errors import LimitError
from ..limits import MAX_DEPTH, MAX_INTEGER_DIGITS, MAX_TEXT
from ..model import Negotiation

__all__ = ["SECTION_SLACK", "digits", "refuse_deep_sections", "refuse_unreadable"]

Path = tuple[str | int, ...]

#: How much deeper than a section's own object its content nests in JSON (content,
#: an item, its points, a point, its text: 5), with room to spare. Nothing
#: outside the sections nests deeper than the first level of them.
SECTION_SLACK = 8
_BOUND = 10**MAX_INTEGER_DIGITS
#: Integers of up to this many bits are turned into text to count their digits
#: (Python refuses more than 4,300 digits).
_EXACT_BITS = 10_000
_LOG10_2 = 0.30102999566398120
#: Digits as "0" and everything else as " ": a run of "0" longer than an
#: integer may be is then found by a plain search, much faster than a pattern.
_DIGITS = bytes(ord("0") if chr(i).isdigit() and i < 128 else ord(" ") for i in range(256))
_LONG_RUN = b"0" * (MAX_INTEGER_DIGITS + 1)


def _refused(path: Path, what: str, *, limit: str, found: int) -> LimitError:
    return LimitError(
        f"{pointer(path) or '/'}: cannot be written as JSON: {what}", limit=limit, found=found
    )


def refuse_deep_sections(negotiation: Negotiation) -> int:
    """The depth of the deepest section's object in JSON; LimitError past :data:`MAX_DEPTH`.

    Looks at the sections only, level by level, and no deeper than the limit:
    a model nested ten thousand deep costs no more than one nested fifty deep.
    """
    level: list[tuple[Path, Any]] = [
        (("sections", index), section) for index, section in enumerate(negotiation.sections)
    ]
    depth = 1
    while level:
        # The root object, then an array and an object for each level of sections.
        depth += 2
        if depth > MAX_DEPTH:
            raise _refused(
                level[0][0],
                f"an object at depth {depth}, deeper than the {MAX_DEPTH} the readers accept",
                limit="MAX_DEPTH",
                found=depth,
            )
        level = [
            ((*path, "subsections", index), sub)
            for path, section in level
            for index, sub in enumerate(section.subsections)
        ]
    return depth


def refuse_unreadable(document: Any, data: bytes | None, *, section_depth: int) -> None:
    """Raise LimitError at the first place of ``document`` the reader would refuse.

    ``data`` is the encoded document (None when encoding failed); the walk runs
    only when it, or ``section_depth``, shows that something may be refused.
    """
    texts = data is None or len(data) > MAX_TEXT
    numbers = data is None or _LONG_RUN in data.translate(_DIGITS)
    deep = section_depth + SECTION_SLACK > MAX_DEPTH
    if not (texts or numbers or deep):
        return
    for path, value, depth in _walk(document):
        kind = type(value)
        if (kind is dict or kind is list) and depth > MAX_DEPTH:
            raise _refused(
                path,
                f"{'an object' if kind is dict else 'an array'} at depth {depth}, "
                f"deeper than the {MAX_DEPTH} the readers accept",
                limit="MAX_DEPTH",
                found=depth,
            )
        if kind is str and len(value) > MAX_TEXT:
            raise _refused(
                path,
                f"the text has {len(value)} characters, more than the {MAX_TEXT} "
                "the readers accept",
                limit="MAX_TEXT",
                found=len(value),
            )
        if kind is int and not -_BOUND < value < _BOUND:
            raise _refused(
                path,
                f"the number has {digits(value)} digits, more than the "
                f"{MAX_INTEGER_DIGITS} the readers accept",
                limit="MAX_INTEGER_DIGITS",
                found=digits(value),
            )


def digits(value: int) -> int:
    """How many digits ``value`` has, also past the length Python turns into text."""
    if value.bit_length() <= _EXACT_BITS:
        return len(str(abs(value)))
    # Exact but for a possible off-by-one right at a power of ten.
    return int(value.bit_length() * _LOG10_2) + 1


def _walk(document: Any) -> Iterator[tuple[Path, Any, int]]:
    """Every value with its path and depth, in document order, not below the limit."""
    stack: list[tuple[Path, Any, int]] = [((), document, 1)]
    while stack:
        path, value, depth = stack.pop()
        yield path, value, depth
        if depth > MAX_DEPTH:
            continue
        if type(value) is dict:
            items = [((*path, key), item, depth + 1) for key, item in value.items()]
        elif type(value) is list:
            items = [((*path, index), item, depth + 1) for index, item in enumerate(value)]
        else:
            continue
        stack.extend(reversed(items))
