"""Rules on text: present, carriable by XML 1.0, normalised, no template placeholder left."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from ._context import Context
from ._registry import Hit, Severity, rule

__all__: list[str] = []

#: Characters XML 1.0 cannot carry: C0 controls but tab, LF, CR; surrogates; U+FFFE, U+FFFF.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_NOT_XML_BUT_NUL = re.compile("[\x01-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
#: An empty or blank string among the NUL-separated strings of a memo.
_EMPTY = re.compile(r"\x00\s*(?=\x00)")
#: What begins each placeholder of the memo template (``hyvaneuvottelu new``): "fill in".
PLACEHOLDER = "TÄYTÄ:"
#: The longest part of a placeholder a message quotes.
_QUOTED = 80


@rule(
    "HN-T001",
    Severity.ERROR,
    fi="Teksti on tyhjä",
    sv="Texten är tom",
    en="The text is empty",
    rationale="An empty text is a field someone meant to fill.",
)
def text_not_empty(ctx: Context) -> Iterator[Hit]:
    if _EMPTY.search(ctx.joined_strings):
        for path, _ in ctx.strings_where(_empty):
            yield path, {}


@rule(
    "HN-T002",
    Severity.ERROR,
    fi="Tekstissä on merkki U+{codepoint}, jota XML 1.0 ei voi esittää",
    sv="Texten innehåller tecknet U+{codepoint}, som XML 1.0 inte kan återge",
    en="The text contains U+{codepoint}, which XML 1.0 cannot carry",
    rationale="The archive transfer is XML; such a character makes the whole record unreadable.",
)
def text_xml_safe(ctx: Context) -> Iterator[Hit]:
    # One search over all the text; the walk with paths only when it finds something.
    joined = ctx.joined_strings
    # NUL separates the strings, so count it rather than search for it.
    if _NOT_XML_BUT_NUL.search(joined) or joined.count("\x00") != len(ctx.strings) + 1:
        for path, text in ctx.strings_where(_NOT_XML.search):
            found = _NOT_XML.search(text)
            yield path, {"codepoint": f"{ord(found.group()):04X}" if found else ""}


@rule(
    "HN-T003",
    Severity.WARNING,
    fi="Teksti ei ole Unicode-normalisoitu (NFC)",
    sv="Texten är inte Unicode-normaliserad (NFC)",
    en="The text is not in Unicode normal form C (NFC)",
    rationale='"ä" as "a" plus a combining mark looks the same but searches and sorts apart.',
)
def text_nfc(ctx: Context) -> Iterator[Hit]:
    # NUL never composes, so the joined text is NFC exactly when every part is.
    if not unicodedata.is_normalized("NFC", ctx.joined_strings):
        for path, _ in ctx.strings_where(_not_nfc):
            yield path, {}


def _empty(text: str) -> bool:
    return not text or text.isspace()


def _not_nfc(text: str) -> bool:
    return not unicodedata.is_normalized("NFC", text)


@rule(
    "HN-T004",
    Severity.ERROR,
    fi='Pohjan täyttöohje on jäänyt paikalleen: "{placeholder}"',
    sv='Mallens ifyllnadsanvisning står kvar: "{placeholder}"',
    en='A placeholder of the template is still in place: "{placeholder}"',
    rationale=(
        "A memo started from the template is finished only when every TÄYTÄ: "
        "placeholder is replaced; an error in both profiles, as such text is never the memo's."
    ),
)
def no_template_placeholder(ctx: Context) -> Iterator[Hit]:
    if PLACEHOLDER in ctx.joined_strings:
        for path, text in ctx.strings_where(_placeholder):
            start = text.index(PLACEHOLDER)
            # Enough of a long text to fill the quote even where its spaces collapse.
            yield path, {"placeholder": _quoted(text[start : start + 4 * _QUOTED])}


def _placeholder(text: str) -> bool:
    return PLACEHOLDER in text


def _quoted(text: str) -> str:
    """The placeholder's text, on one line and at most :data:`_QUOTED` characters."""
    line = " ".join(text.split())
    return line if len(line) <= _QUOTED else line[: _QUOTED - 1] + "…"
