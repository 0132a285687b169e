"""Rules that readers report: a file that is not a document cannot be checked further."""

from __future__ import annotations

from ._registry import DRAFT_AND_ARCHIVE, Rule, Severity, register

__all__ = ["NOT_A_DOCUMENT", "UNREADABLE_FILE"]

#: The file is read, but is not a valid memo in its format.
NOT_A_DOCUMENT = register(
    Rule(
        code="HN-D001",
        severity=Severity.ERROR,
        profiles=DRAFT_AND_ARCHIVE,
        messages={
            "fi": "Muistio ei ole kelvollinen: odotettiin {expected}, löytyi {found}",
            "sv": "Promemorian är inte giltig: förväntat {expected}, hittat {found}",
            "en": "The memo is not valid: expected {expected}, found {found}",
        },
        rationale="Rules can only check what could be read; the reader says what broke.",
    )
)

#: The file could not be read at all.
UNREADABLE_FILE = register(
    Rule(
        code="HN-D002",
        severity=Severity.ERROR,
        profiles=DRAFT_AND_ARCHIVE,
        messages={
            "fi": "Tiedostoa ei voi lukea: {reason}",
            "sv": "Filen kan inte läsas: {reason}",
            "en": "The file cannot be read: {reason}",
        },
        rationale="A file that cannot be opened cannot be checked.",
    )
)
