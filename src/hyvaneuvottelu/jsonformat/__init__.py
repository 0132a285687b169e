"""JSON interchange: ``from_json`` and ``to_json``.

The wire format: camelCase keys, a top-level ``schemaVersion``, ISO 8601
dates, enums as their codes, tagged unions with a ``type`` key, UTF-8, keys
in a fixed order (an object's required fields first, then its optional ones,
each group in the model's order), unknown keys rejected.
"""

from __future__ import annotations

import contextlib
import gc
from typing import Any

from .._input import BinaryReadable, json_input
from .._strings import ascii_digits
from ..errors import DocumentError, Problem
from ..limits import MAX_DEPTH, MAX_INPUT_BYTES, MAX_INTEGER_DIGITS, MAX_TEXT
from ..model import Negotiation
from ._budget import problem_budget
from ._converter import detailed_converter
from ._decode import decode, fast_decode, refuse_deep
from ._encode import encode
from ._generated import fast_reader
from ._limits import SECTION_SLACK, refuse_deep_sections, refuse_unreadable
from ._problems import Tally, pointer, problems_of
from ._wire import describe
from ._writers import fast_writer, write_json

__all__ = ["SCHEMA_VERSION", "from_json", "structure", "to_json", "unstructure"]

#: The version of the wire format this release writes. It reads 1.x up to it.
SCHEMA_VERSION = "1.1"
_MAJOR, _MINOR = (int(part) for part in SCHEMA_VERSION.split("."))
_VERSION_KEY = "schemaVersion"
#: The versions as written ("1.0" to SCHEMA_VERSION): known at a glance, where
#: _check_version parses any other ("01.1" is read too).
_VERSIONS = frozenset(f"{_MAJOR}.{minor}" for minor in range(_MINOR + 1))


def to_json(negotiation: Negotiation, *, indent: int | None = None) -> bytes:
    """The negotiation as canonical JSON, UTF-8, ending in a newline.

    ``indent=None`` writes one compact line; an integer pretty-prints.
    Raises :class:`~hyvaneuvottelu.errors.LimitError`, naming the place, for
    what :func:`from_json` would refuse: a text longer than
    :data:`~hyvaneuvottelu.limits.MAX_TEXT`, an integer of more than
    :data:`~hyvaneuvottelu.limits.MAX_INTEGER_DIGITS` digits, nesting deeper
    than :data:`~hyvaneuvottelu.limits.MAX_DEPTH`.
    """
    section_depth = refuse_deep_sections(negotiation)
    # Written directly when nothing can be refused; integers past the limit
    # raise. Else the path below says where.
    if section_depth + SECTION_SLACK <= MAX_DEPTH:
        try:
            head = (_VERSION_KEY, SCHEMA_VERSION)
            data = write_json(negotiation, Negotiation, indent, head)
        except ValueError:
            pass  # a lone surrogate, or an integer of more digits than the reader accepts
        else:
            if len(data) <= MAX_TEXT:
                return data
    document = {_VERSION_KEY: SCHEMA_VERSION, **unstructure(negotiation)}
    try:
        data = encode(document, indent)
    except ValueError:
        # The standard library refuses integers of thousands of digits: say where.
        refuse_unreadable(document, None, section_depth=section_depth)
        raise
    refuse_unreadable(document, data, section_depth=section_depth)
    return data


def from_json(data: bytes | bytearray | memoryview | str | BinaryReadable) -> Negotiation:
    """Read a negotiation from JSON: bytes, str, or a file opened in binary mode.

    A file is read to its end, at most :data:`~hyvaneuvottelu.limits.MAX_INPUT_BYTES`.
    Raises :class:`~hyvaneuvottelu.errors.DocumentError` listing every problem
    found, each located by a JSON pointer in the wire names, and ``TypeError``
    for anything else than those inputs (a path, a parsed ``dict``, a text file).
    """
    raw = json_input(data, limit=MAX_INPUT_BYTES)
    # Parsing and building make thousands of objects that hold no cycles: the
    # cyclic collector has nothing to find meanwhile.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _read(raw)
    finally:
        if collecting:
            gc.enable()


def _read(raw: bytes | str) -> Negotiation:
    data: bytes | None = None
    if isinstance(raw, bytes):
        data = raw
    else:
        # A lone surrogate cannot be encoded: decode below says where it is.
        with contextlib.suppress(UnicodeEncodeError):
            data = raw.encode()
    if data is not None:
        document = fast_decode(data)
        if type(document) is dict and _VERSION_KEY in document:
            # The fast parser and reader, accepting only what is valid; on any
            # doubt the document is read again below, which says what and where.
            try:
                version = document[_VERSION_KEY]
                if type(version) is not str or version not in _VERSIONS:
                    _check_version(version, True)
                refuse_deep(document)
                body = dict(document)
                del body[_VERSION_KEY]
                return fast_reader(Negotiation)(body)  # type: ignore[no-any-return]  # compiled code
            except Exception:  # noqa: BLE001, S110 - read again below, where problems are located
                pass
    document = decode(raw)
    if type(document) is not dict:
        raise DocumentError(
            [
                Problem(
                    location="/", expected="a JSON object (a negotiation)", found=describe(document)
                )
            ]
        )
    _check_version(document.get(_VERSION_KEY, None), _VERSION_KEY in document)
    refuse_deep(document)
    body = dict(document)
    del body[_VERSION_KEY]
    return structure(body)


def unstructure(negotiation: Negotiation) -> dict[str, Any]:
    """The negotiation as JSON-ready Python data, without ``schemaVersion``."""
    # The data built holds no cycles: the cyclic collector has nothing to find meanwhile.
    collecting = gc.isenabled()
    gc.disable()
    try:
        result: dict[str, Any] = fast_writer(Negotiation)(negotiation)
    finally:
        if collecting:
            gc.enable()
    return result


def structure(body: dict[str, Any]) -> Negotiation:
    """A negotiation from JSON-ready data (without ``schemaVersion``).

    Raises :class:`~hyvaneuvottelu.errors.DocumentError` listing the problems
    found; past :data:`~hyvaneuvottelu.limits.MAX_PROBLEMS` it stops looking.
    """
    # The generated reader builds thousands of objects that hold no cycles:
    # the cyclic collector has nothing to find meanwhile.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return fast_reader(Negotiation)(body)  # type: ignore[no-any-return]  # compiled code
    except Exception:  # noqa: BLE001, S110 - any failure is re-run to locate the problems
        pass
    finally:
        if collecting:
            gc.enable()
    with problem_budget() as budget:
        try:
            return detailed_converter.structure(body, Negotiation)
        except Exception as exc:  # noqa: BLE001 - problems_of re-raises what it cannot locate
            tally = Tally()
            # Bounded: the budget stopped the arrays, the tally counts unknown keys.
            problems = list(problems_of(exc, tally=tally))
    raise DocumentError(problems, more=tally.skipped, stopped=budget.stopped)


def _check_version(version: Any, present: bool) -> None:
    expected = f'a schema version this release reads ("{_MAJOR}.0" to "{SCHEMA_VERSION}")'
    if not present:
        raise DocumentError(
            [Problem(location=pointer([_VERSION_KEY]), expected=expected, found="nothing")]
        )
    major, _, minor = version.partition(".") if type(version) is str else ("", "", "")
    if not (_version_part(major) and _version_part(minor)):
        raise DocumentError(
            [Problem(location=pointer([_VERSION_KEY]), expected=expected, found=describe(version))]
        )
    if int(major) != _MAJOR or int(minor) > _MINOR:
        newer = (int(major), int(minor)) > (_MAJOR, _MINOR)
        found = describe(version) + (" (a newer version: upgrade hyvaneuvottelu)" if newer else "")
        raise DocumentError(
            [Problem(location=pointer([_VERSION_KEY]), expected=expected, found=found)]
        )


def _version_part(text: str) -> bool:
    # int() refuses thousands of digits, and no version needs more than a few.
    return ascii_digits(text) and len(text) <= MAX_INTEGER_DIGITS
