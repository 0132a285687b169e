"""Rules on text: present, carriable by XML 1.0, normalised."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from ._context import Context
from ._registry import Hit, Severity, rule

__all__: list[str] = []

#: Characters XML 1.0 cannot carry: C0 controls but tab, LF, CR; surrogates; U+FFFE, U+FFFF.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


@rule(
    "HN-T001",
    Severity.ERROR,
    fi="Teksti on tyhjä",
    en="The text is empty",
    rationale="An empty text is a field someone meant to fill.",
)
def text_not_empty(ctx: Context) -> Iterator[Hit]:
    for path, text in ctx.strings:
        if not text or text.isspace():
            yield path, {}


@rule(
    "HN-T002",
    Severity.ERROR,
    fi="Tekstissä on merkki U+{codepoint}, jota XML 1.0 ei voi esittää",
    en="The text contains U+{codepoint}, which XML 1.0 cannot carry",
    rationale="The archive transfer is XML; such a character makes the whole record unreadable.",
)
def text_xml_safe(ctx: Context) -> Iterator[Hit]:
    for path, text in ctx.strings:
        found = _NOT_XML.search(text)
        if found is not None:
            yield path, {"codepoint": f"{ord(found.group()):04X}"}


@rule(
    "HN-T003",
    Severity.WARNING,
    fi="Teksti ei ole Unicode-normalisoitu (NFC)",
    en="The text is not in Unicode normal form C (NFC)",
    rationale='"ä" as "a" plus a combining mark looks the same but searches and sorts apart.',
)
def text_nfc(ctx: Context) -> Iterator[Hit]:
    for path, text in ctx.strings:
        if not text.isascii() and not unicodedata.is_normalized("NFC", text):
            yield path, {}
