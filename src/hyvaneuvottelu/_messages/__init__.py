"""Messages for people, in Finnish, Swedish and English: one catalogue per language.

A :class:`Message` is a message id and its arguments; it is rendered in a
language from that language's catalogue (:mod:`.fi`, :mod:`.sv`, :mod:`.en`),
so that whatever carries one (a reader's problem, a verify finding, a
summary line) can be shown in any of the three. An argument is shown as it
is when it is a string (a name, a quoted value, a path: the user's own
words), as a number when it is an integer, as its label in the language when
it is a code of the model (:func:`~hyvaneuvottelu.model.code_label`), and
rendered in the same language when it is a message itself.

English texts made elsewhere (a model validator's description, a location
such as ``line 12, column 3``) are recognised against the English catalogue
(:func:`recognise`, :func:`localized_location`), so that they too can be
shown in Finnish and Swedish; a text the catalogue does not know stays as it
is, and a test over the readers' problems keeps that from happening.
"""

from __future__ import annotations

import errno
import re
import string
from collections.abc import Mapping
from enum import Enum
from functools import cache
from typing import Final, Literal, NamedTuple, Union

from . import en, fi, sv

__all__ = [
    "CATALOGUES",
    "LANGUAGES",
    "Language",
    "Location",
    "Message",
    "byte_error",
    "json_error",
    "localized_location",
    "message",
    "os_error",
    "placeholders",
    "plural",
    "recognise",
    "recognise_found",
    "render",
    "system_text",
]

#: A language messages are written in.
Language = Literal["fi", "sv", "en"]

#: The message languages, Finnish first: it is the default.
LANGUAGES: Final[tuple[Language, ...]] = ("fi", "sv", "en")

#: Each language's catalogue: message id -> template with ``{name}`` placeholders.
CATALOGUES: Final[Mapping[str, Mapping[str, str]]] = {
    "fi": fi.MESSAGES,
    "sv": sv.MESSAGES,
    "en": en.MESSAGES,
}

#: A placeholder whose name starts with this holds a message of its own, which
#: :func:`recognise` looks for inside a recognised text.
_NESTED = "what"
#: A nested placeholder whose name ends with this holds a message, or else a system's text.
_OR_SYSTEM = "_or_system"
#: Placeholders of these names hold a system's own text (an operating system's error,
#: zlib's, a parser's): shown as the system wrote it, framed in the message's language.
_SYSTEM = frozenset({"reason", "detail", "system"})
#: Nested messages of a kind may also be of these kinds (a file's kind in a command's error).
_NESTED_KINDS = {"cli": ("cli", "verify")}
#: A placeholder of this name holds a reader's problem ("where: expected ..., found ...").
_PROBLEM = "problem"
_PROBLEM_TEXT = re.compile(r"(?P<where>.*): expected (?P<expected>.*?), found (?P<found>.*)", re.S)

Arg = Union[str, int, Enum, "Message"]


class Location(str):
    """A reader's location (``line 12, column 3``), shown in the message's language."""

    __slots__ = ()


class Message(NamedTuple):
    """A message id of the catalogues and the values of its placeholders.

    A named tuple rather than an attrs class: the command line imports this
    module before it needs attrs.
    """

    id: str
    args: tuple[tuple[str, Arg], ...] = ()

    def render(self, language: str = "en") -> str:
        """The message in ``language`` (``fi``, ``sv`` or ``en``; Finnish for others)."""
        catalogue = CATALOGUES.get(language) or CATALOGUES["fi"]
        template = catalogue[self.id]
        values = {name: _shown(value, language) for name, value in self.args}
        return template.format_map(values)

    def __str__(self) -> str:
        return self.render("en")


def message(id: str, /, **args: Arg) -> Message:
    """``Message(id, args)``; ``id`` must be in the catalogues."""
    if id not in CATALOGUES["en"]:
        raise KeyError(f"no message {id!r} in the catalogues")
    return Message(id, tuple(args.items()))


def plural(id: str, count: int, /, **args: Arg) -> Message:
    """The message ``id.one`` or ``id.other`` for ``count``, with ``n`` set to it."""
    return message(f"{id}.one" if count == 1 else f"{id}.other", n=count, **args)


def render(text: Message | str, language: str = "en") -> str:
    """A message in ``language``; a plain text as it is."""
    return text.render(language) if isinstance(text, Message) else text


def _shown(value: Arg, language: str) -> str:
    if isinstance(value, Message):
        return value.render(language)
    if isinstance(value, Location):
        return localized_location(value, language)
    if isinstance(value, Enum):
        # Imported here: the model imports errors, which imports this package.
        from ..model import code_label  # noqa: PLC0415 - see the comment above

        try:
            return code_label(value, language if language in LANGUAGES else "fi")
        except KeyError:
            return str(value.value)
    return str(value)


def placeholders(template: str) -> frozenset[str]:
    """The placeholder names of a template."""
    return frozenset(name for _, name, _, _ in string.Formatter().parse(template) if name)


@cache
def _patterns(kind: str) -> tuple[tuple[re.Pattern[str], str], ...]:
    """The English templates of ids ``kind.*`` and ``problems.*`` as patterns,
    the most specific (the most literal text) first."""
    compiled = []
    texts = [*CATALOGUES["en"].items(), *(en.FOREIGN.items() if kind == "found" else ())]
    for id, template in texts:
        if not id.startswith((f"{kind}.", "problems.")):
            continue
        parts = []
        literal = 0
        seen: set[str] = set()
        for text, name, _, _ in string.Formatter().parse(template):
            parts.append(re.escape(text))
            literal += len(text)
            if name in seen:
                parts.append(f"(?P={name})")
            elif name:
                parts.append(f"(?P<{name}>.+?)")
                seen.add(name)
        if literal:
            compiled.append((literal, id, re.compile("".join(parts), re.DOTALL)))
    compiled.sort(key=lambda entry: -entry[0])
    return tuple((pattern, id) for _, id, pattern in compiled)


#: Texts recognised at most this long; a longer one is shown as it is.
_LONGEST_RECOGNISED = 2_000


def recognise(english: str, kind: str) -> Message | str:
    """The message ``kind.*`` of the English catalogue that renders as ``english``,
    or ``english`` itself.

    ``kind`` is ``"expected"`` or ``"found"`` (a Finnish expected value is in
    another case than a found one). Placeholders named ``what...`` are
    recognised in turn; the others are taken as they are (names, values,
    numbers).
    """
    if len(english) > _LONGEST_RECOGNISED:
        return english
    for pattern, id in _patterns(kind):
        match = pattern.fullmatch(english)
        if match is None:
            continue
        args: list[tuple[str, Arg]] = []
        for name, value in match.groupdict().items():
            if name in _SYSTEM:
                args.append((name, system_text(value)))
            elif name.startswith(_NESTED):
                args.append((name, _nested(value, kind, system=name.endswith(_OR_SYSTEM))))
            elif name == _PROBLEM:
                args.append((name, _problem(value)))
            else:
                args.append((name, value))
        return Message(id, tuple(args))
    return english


def _nested(text: str, kind: str, *, system: bool) -> Message | str:
    for nested_kind in _NESTED_KINDS.get(kind, (kind,)):
        recognised = recognise(text, nested_kind)
        if isinstance(recognised, Message):
            return recognised
    return system_text(text) if system else text


def _problem(text: str) -> Message | str:
    """A reader's problem, as ``Problem.message`` writes it, as a message."""
    match = _PROBLEM_TEXT.fullmatch(text)
    if match is None:
        return text
    return Message(
        "problem",
        (
            ("where", Location(match["where"])),
            ("expected", recognise(match["expected"], "expected")),
            ("found", recognise_found(match["found"], match["expected"])),
        ),
    )


#: What a reader expected when what it found is its parser's own message (the JSON
#: decoder's, libxml2's as a parser or as the validator of the format's XSD).
_PARSED = frozenset({"JSON", "well-formed XML", "what the format's XSD allows"})


def recognise_found(found: str, expected: str) -> Message | str:
    """What a reader found (:func:`recognise`), or, where a parser's message stands for
    it (libxml2's, the JSON decoder's), that message framed as the parser's."""
    recognised = recognise(found, "found")
    if isinstance(recognised, str) and expected in _PARSED:
        return Message("system.parser", (("text", found),))
    return recognised


@cache
def _strerrors() -> dict[str, str]:
    """The English words of the errors ``os.*``, which are the system's own: id by text."""
    return {text: id for id, text in CATALOGUES["en"].items() if id.startswith("os.")}


def system_text(text: str) -> Message:
    """A system's text (an OS error's, zlib's, a library's): its words where the
    catalogue has them (``No such file or directory``), else the text as it is,
    framed as the system's message in each language but English."""
    id = _strerrors().get(text)
    return Message(id) if id is not None else Message("system.text", (("text", text),))


def json_error(msg: str, line: int, column: int) -> Message:
    """The JSON decoder's complaint (``JSONDecodeError.msg``, ``.lineno``, ``.colno``)
    in words of each language, at its line and column; a complaint the
    catalogue does not know is framed as the parser's."""
    found = recognise(msg, "found")
    what = found if isinstance(found, Message) else Message("system.parser", (("text", msg),))
    return message("json.at", location=Location(f"line {line}, column {column}"), found=what)


def byte_error(error: UnicodeDecodeError) -> Message:
    """A byte that is not UTF-8, in words of each language, at its line and column
    (and byte offset, from 0), as the memo readers locate it."""
    before = error.object[: error.start]
    line = before.count(b"\n") + 1
    column = error.start - (before.rfind(b"\n") + 1) + 1
    where = Location(f"line {line}, column {column} (byte {error.start})")
    byte = f"0x{error.object[error.start]:02x}"
    return message("json.at", location=where, found=message("found.byte", byte=byte))


def os_error(error: OSError) -> Message:
    """Why an operation failed, in words of each language for the common errors
    (no such file, no permission, no space, ...), else the system's text, framed."""
    name = errno.errorcode.get(error.errno) if error.errno is not None else None
    if name is not None and f"os.{name}" in CATALOGUES["en"]:
        return Message(f"os.{name}")
    return system_text(str(error.strerror or error))


_LOCATION = re.compile(
    r"^line (?P<line>[0-9]+)"
    r"(?:, column (?P<column>[0-9]+))?"
    r"(?: \(byte (?P<inner>[0-9]+)\)|, byte (?P<byte>[0-9]+))?"
    r"(?P<rest>: .*)?$",
    re.DOTALL,
)


def localized_location(location: str, language: str) -> str:
    """A reader's location in ``language``: ``line 12, column 3`` -> ``rivi 12, sarake 3``.

    A JSON pointer is the same in every language; the element path after a
    line number is the document's own; only ``: before the root element``
    is a phrase, and is translated too.
    """
    match = _LOCATION.match(location)
    if match is None or language == "en":
        return location
    parts = [message("location.line", n=match["line"]).render(language)]
    if match["column"]:
        parts.append(message("location.column", n=match["column"]).render(language))
    if match["byte"]:
        parts.append(message("location.byte", n=match["byte"]).render(language))
    text = ", ".join(parts)
    if match["inner"]:
        text += " (" + message("location.byte", n=match["inner"]).render(language) + ")"
    rest = match["rest"] or ""
    if rest == ": before the root element":
        rest = ": " + message("location.before_root").render(language)
    return text + rest
