"""Values SÄHKE2 takes from a memo, computed once for writing and verifying.

The builder writes them; the verifier reads them back from a package and
compares them with the same values computed from the packaged memo, so the
two can never disagree about what "agree" means.
"""

from __future__ import annotations

from datetime import date

from ..model import LocalizedText, Negotiation, RecordMetadata

__all__ = [
    "agreed_values",
    "alternative_titles",
    "case_created",
    "function_levels",
    "record_of",
    "title",
    "wording",
]


def record_of(negotiation: Negotiation) -> RecordMetadata:
    """The record metadata, which :func:`sahke2_problems` has made sure of."""
    if negotiation.record is None:
        raise ValueError("the negotiation has no record metadata")
    return negotiation.record


def _main_language(negotiation: Negotiation) -> str:
    languages = record_of(negotiation).languages
    return languages[0] if languages else "fi"


def wording(text: LocalizedText, negotiation: Negotiation) -> str:
    """A text in the record's main language, else the first one present."""
    return text.get(_main_language(negotiation)) or text.first()


def title(negotiation: Negotiation) -> str:
    """Nimeke: the title in the record's main language."""
    return wording(negotiation.title, negotiation)


def alternative_titles(negotiation: Negotiation) -> tuple[str, ...]:
    """Vaihtoehtoinen nimeke: the title in every other language present."""
    main = title(negotiation)
    return tuple(text for _, text in negotiation.title.items() if text != main)


def case_created(negotiation: Negotiation) -> date:
    """The case file's Created: the earlier of the meeting and the record."""
    record = record_of(negotiation)
    known = [d for d in (negotiation.date, record.created.date() if record.created else None) if d]
    return min(known)


def function_levels(code: str) -> tuple[str, ...]:
    """``"00 01 02"`` -> ``("00", "00 01", "00 01 02")``: one code per level."""
    parts = code.split(" ")
    return tuple(" ".join(parts[: i + 1]) for i in range(len(parts)))


def agreed_values(negotiation: Negotiation) -> dict[str, str]:
    """What the SÄHKE2 metadata must say about this memo, by element path.

    Paths are relative to the memo's ``CaseFile``; the verifier compares each
    with the element it finds there. Titles, dates and identifiers.
    """
    record = record_of(negotiation)
    values = {
        "NativeId": record.case_id or "",
        "Title": title(negotiation),
        "Created": case_created(negotiation).isoformat(),
        "Function": record.function_code or "",
        "Action/Title": title(negotiation),
        "Action/Created": negotiation.date.isoformat() if negotiation.date else "",
        "Action/Record/NativeId": record.identifier or "",
        "Action/Record/Title": title(negotiation),
        "Action/Record/Created": record.created.date().isoformat() if record.created else "",
        "Action/Record/Function": record.function_code or "",
    }
    if record.approved is not None:
        values["Action/Record/Accepted"] = record.approved.isoformat()
    return values
