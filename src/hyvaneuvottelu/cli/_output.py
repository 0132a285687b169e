"""Text for people and JSON for programs, safe whatever the input and the stream.

File names, keys and values of a memo reach the output inside messages, and
any of them can hold a character meant for the terminal rather than for the
reader: an escape sequence that clears the screen, a carriage return that
overwrites the line, a bidi override that shows the line reordered. In text
for people every such character is shown escaped (:func:`for_people`), and
every line printed for people goes through :func:`say`. JSON for programs
stays JSON (:func:`json_text`). Neither fails on a character that the
stream's encoding cannot hold, whatever the locale: such characters are
escaped too.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from typing import TYPE_CHECKING

from .._messages import LANGUAGES, Message, recognise, render

if TYPE_CHECKING:
    from _typeshed import SupportsWrite

__all__ = [
    "add_language_option",
    "default_language",
    "for_people",
    "json_text",
    "language_of",
    "localized",
    "say",
    "write_utf8",
]


def add_language_option(parser: argparse.ArgumentParser) -> None:
    """``--lang fi|sv|en``: the language of what the command prints for people."""
    parser.add_argument(
        "--lang",
        choices=LANGUAGES,
        default=None,
        help="language of the messages (default: from the locale, else fi)",
    )


def default_language(environ: dict[str, str] | os._Environ[str] = os.environ) -> str:
    """The messages' language from LC_ALL, LC_MESSAGES or LANG: sv*, en*, else Finnish."""
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(variable)
        if value:
            return next((lang for lang in ("sv", "en") if value.lower().startswith(lang)), "fi")
    return "fi"


def language_of(args: argparse.Namespace) -> str:
    """The language a command prints in: ``--lang``, else from the locale."""
    chosen = getattr(args, "lang", None)
    return str(chosen) if chosen else default_language()


def localized(text: str | Message, language: str) -> str:
    """A message in ``language``; an English text of the library's, recognised
    against the catalogue, in ``language`` too (else as it is)."""
    if isinstance(text, str):
        text = recognise(text, "cli")
    return render(text, language)


#: Characters never shown raw to people: C0 controls (newline and tab
#: included: a line is one line), DEL, C1 controls, the bidi marks,
#: embeddings, overrides and isolates (U+061C, U+200E, U+200F, U+202A-U+202E,
#: U+2066-U+2069), the line and paragraph separators U+2028 and U+2029, and
#: lone surrogates (which no encoding can write).
_NOT_FOR_PEOPLE = re.compile(
    "[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
)
#: The same characters, less the C0 controls, which ``json.dumps`` already
#: escapes: raw in a JSON string they are valid JSON, but a terminal showing
#: the output would act on them, and a lone surrogate cannot be encoded.
_NOT_RAW_IN_JSON = re.compile(
    "[\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
)
_SHORT_ESCAPES = {"\t": "\\t", "\n": "\\n", "\r": "\\r"}


def for_people(text: str) -> str:
    """``text`` with every control character, bidi control and lone surrogate escaped.

    Escapes look like Python's: ``\\n``, ``\\x1b``, ``\\u202e``. A lone
    surrogate U+DC80-U+DCFF, which is how a file name's byte that is not
    UTF-8 reaches Python, is shown as that byte (``\\xff``); another lone
    surrogate as ``\\ud800``. Printable text, backslashes included, is left
    as it is, so escaping twice changes nothing.

    >>> for_people("a\\x1b[2Jb\\u202ec\\udcffd")
    'a\\\\x1b[2Jb\\\\u202ec\\\\xffd'
    """
    return _NOT_FOR_PEOPLE.sub(_escape_for_people, text)


def _escape_for_people(match: re.Match[str]) -> str:
    character = match.group()
    code = ord(character)
    if character in _SHORT_ESCAPES:
        return _SHORT_ESCAPES[character]
    if code < 0x100:
        return f"\\x{code:02x}"
    if 0xDC80 <= code <= 0xDCFF:
        return f"\\x{code - 0xDC00:02x}"
    return f"\\u{code:04x}"


def say(text: str = "", *, file: SupportsWrite[str] | None = None, end: str = "\n") -> None:
    """Print ``text`` for people, on standard output unless ``file`` is given.

    Each line of ``text`` is printed with its control characters escaped
    (:func:`for_people`); a piece of a line that must not start a new line of
    its own, such as a file name, is passed through :func:`for_people` first.
    A character the stream's encoding cannot hold is written as a backslash
    escape instead of failing.
    """
    stream = file if file is not None else sys.stdout
    lines = "\n".join(for_people(line) for line in text.split("\n"))
    stream.write(_encodable(lines + end, stream))


def json_text(value: object) -> str:
    """``value`` as JSON text that any program can read, and no terminal acts on.

    DEL, C1 controls, bidi controls, U+2028, U+2029 and lone surrogates are
    written as ``\\uXXXX`` escapes (``json.dumps`` already escapes the C0
    controls), so the text encodes to UTF-8 whatever it holds. The JSON
    value is the same: a lone surrogate from a file name that is not UTF-8
    reads back as the same lone surrogate, which :func:`os.fsencode` turns
    into the name's bytes.
    """
    text = _JSON.encode(value)
    if _nothing_to_escape(text):
        return text
    return _NOT_RAW_IN_JSON.sub(_escape_for_json, text)


#: json.dumps(value, ensure_ascii=False), without making an encoder for each
#: value: validate writes one value for each of thousands of files.
_JSON = json.JSONEncoder(ensure_ascii=False)


def write_utf8(text: str, stream: SupportsWrite[str] | None = None) -> None:
    """Write ``text`` to ``stream`` (standard output if None) as UTF-8, whatever the locale.

    JSON between programs is UTF-8; a stream with a byte buffer gets the
    bytes, bypassing its encoding. ``text`` must hold no lone surrogate
    (:func:`json_text` escapes them).
    """
    target = stream if stream is not None else sys.stdout
    buffer = getattr(target, "buffer", None)
    if buffer is None:
        target.write(text)
        return
    flush = getattr(target, "flush", None)
    if flush is not None:
        flush()
    buffer.write(text.encode("utf-8"))
    buffer.flush()


#: DEL and the C1 controls, as Latin-1 bytes: of ``_NOT_RAW_IN_JSON``'s characters,
#: the only ones a text of Latin-1 characters can hold.
_LATIN1_NOT_RAW = bytes(range(0x7F, 0xA0))


def _nothing_to_escape(text: str) -> bool:
    """Whether ``text`` holds none of ``_NOT_RAW_IN_JSON``'s characters, found without
    the regular expression's slow step through every character when ``text`` is
    Latin-1 (Finnish and Swedish are): a coverage report's JSON is megabytes."""
    if text.isascii():
        return "\x7f" not in text
    try:
        data = text.encode("latin-1")
    except UnicodeEncodeError:
        return False
    return len(data.translate(None, _LATIN1_NOT_RAW)) == len(data)


def _escape_for_json(match: re.Match[str]) -> str:
    # These characters occur in JSON text only inside strings, never after
    # an unpaired backslash (json.dumps escapes every backslash), so an
    # escape can stand in for each without changing the value.
    return f"\\u{ord(match.group()):04x}"


def _encodable(text: str, stream: SupportsWrite[str]) -> str:
    encoding = getattr(stream, "encoding", None)
    if not encoding:
        return text
    try:
        text.encode(encoding)
    except UnicodeEncodeError:
        return text.encode(encoding, "backslashreplace").decode(encoding)
    except LookupError:
        return text
    return text
