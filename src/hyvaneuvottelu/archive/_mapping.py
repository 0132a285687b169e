"""Values SÄHKE2 takes from a memo, computed once for writing and verifying.

The builder writes them; the verifier reads them back from a package and
compares them with the same values computed from the packaged memo, so the
two can never disagree about what "agree" means.
"""

from __future__ import annotations

from datetime import date

from ..model import (
    LocalizedText,
    Negotiation,
    Organisation,
    RecordMetadata,
    RecordStatus,
    code_label,
)
from ..refdata import scope_municipalities
from . import _vocabulary as v

__all__ = [
    "agreed_values",
    "alternative_titles",
    "attending_organisations",
    "case_created",
    "function_levels",
    "parties",
    "record_of",
    "subjects",
    "title",
    "wording",
]


def record_of(negotiation: Negotiation) -> RecordMetadata:
    """The record metadata, which :func:`sahke2_problems` has made sure of."""
    if negotiation.record is None:
        raise ValueError("the negotiation has no record metadata")
    return negotiation.record


def _main_language(negotiation: Negotiation) -> str:
    record = negotiation.record
    return record.languages[0] if record is not None and record.languages else "fi"


def wording(text: LocalizedText, negotiation: Negotiation) -> str:
    """A text in the record's main language, else the first one present."""
    return text.get(_main_language(negotiation)) or text.first()


def subjects(negotiation: Negotiation) -> tuple[str, ...]:
    """Asiasanat: the topics in Finnish words, as an archivist searches for them."""
    return tuple(code_label(topic, "fi") for topic in negotiation.topics)


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


def parties(negotiation: Negotiation) -> tuple[Organisation, ...]:
    """The county and every municipality the negotiation concerns, its scope resolved.

    A county-wide negotiation (scope ``allOfCounty``) names every municipality
    of the county on the memo's date; a county the reference data does not
    know (which the rules refuse) leaves the declared ones.
    """
    try:
        municipalities = scope_municipalities(negotiation)
    except LookupError:
        municipalities = negotiation.municipalities
    return (negotiation.county, *municipalities)


def attending_organisations(negotiation: Negotiation) -> tuple[Organisation, ...]:
    """Organisations whose people took part, named or in groups; the parties when none is.

    Organisations the memo only mentions are never among them.
    """
    attending = negotiation.attending_ids()
    found = tuple(o for o in negotiation.organisations if o.id in attending)
    return found or (negotiation.county, *negotiation.municipalities)


def _one(value: object | None) -> tuple[str, ...]:
    return () if value is None or value == "" else (str(value),)


def _names(organisations: tuple[Organisation, ...], negotiation: Negotiation) -> tuple[str, ...]:
    return tuple(wording(o.name, negotiation) for o in organisations)


def agreed_values(negotiation: Negotiation) -> dict[str, tuple[str, ...]]:
    """What the SÄHKE2 metadata must say about this memo, by element path.

    Paths are relative to the memo's ``CaseFile``, in the order the elements
    are written, with ``[Role='...']`` picking agents by role; each value is
    the texts of every element on the path, in order. It is empty where the
    memo holds nothing for the path, so that metadata the memo does not
    support is a disagreement too. Titles, identifiers, dates, parties,
    types, statuses, languages, publicity and people: everything but the
    transfer's settings (how permanence is encoded, function titles).
    """
    record = negotiation.record or RecordMetadata()
    has_record = negotiation.record is not None
    created = record.created.date() if record.created else None
    known = [d for d in (negotiation.date, created) if d]
    every_party = parties(negotiation)
    main_title = title(negotiation)
    status = record.status is RecordStatus.APPROVED
    checked = record.approved or created
    author_organisation = (
        negotiation.organisation(record.author_organisation)
        if record.author is not None and record.author_organisation is not None
        else None
    )
    return {
        "Subject": subjects(negotiation),
        "Created": _one(min(known).isoformat() if known and has_record else None),
        "NativeId": _one(record.case_id),
        "Language": record.languages,
        "Description": _one(negotiation.theme and wording(negotiation.theme, negotiation)),
        **_restriction(negotiation, ""),
        "Title": (main_title,),
        "RetentionReason": _retention_reason(negotiation),
        "Status": _one(has_record and (v.CASE_STATUS_CLOSED if status else v.CASE_STATUS_OPEN)),
        "ClassificationScheme//FunctionCode": function_levels(record.function_code)
        if record.function_code
        else (),
        "Function": _one(record.function_code),
        f"Agent[Role='{v.ROLE_PARTY}']/CorporateName": _names(every_party, negotiation),
        f"Agent[Role='{v.ROLE_OTHER_ORGANISATION}']/CorporateName": _names(
            negotiation.other_organisations, negotiation
        ),
        "Type": (v.NEGOTIATION_TYPES[negotiation.kind],),
        "Action/Created": _one(negotiation.date and negotiation.date.isoformat()),
        "Action/Description": _one(
            negotiation.place and f"Paikka: {wording(negotiation.place, negotiation)}"
        ),
        "Action/Title": (main_title,),
        f"Action/Agent[Role='{v.ROLE_PARTICIPANT_ORGANISATION}']/CorporateName": _names(
            attending_organisations(negotiation), negotiation
        ),
        "Action/Type": (v.ACTION_TYPE,),
        "Action/Record/Created": _one(created and created.isoformat()),
        "Action/Record/NativeId": _one(record.identifier),
        "Action/Record/Language": record.languages,
        **_restriction(negotiation, "Action/Record/"),
        "Action/Record/Title": (main_title,),
        "Action/Record/RetentionReason": _retention_reason(negotiation),
        "Action/Record/Status": _one(record.status and v.RECORD_STATUSES[record.status]),
        "Action/Record/Function": _one(record.function_code),
        "Action/Record/Type": _one(record.document_type and v.DOCUMENT_TYPES[record.document_type]),
        "Action/Record/Accepted": _one(record.approved and record.approved.isoformat()),
        "Action/Record/Authenticity/Checker": _one(record.approver or record.author),
        "Action/Record/Authenticity/Date": _one(checked and checked.isoformat()),
        "Action/Record/Coverage/Spatial": _names(every_party, negotiation),
        "Action/Record/Coverage/Temporal": _one(
            negotiation.council_term and f"valtuustokausi {negotiation.council_term}"
        ),
        "Action/Record/AlternativeTitle": alternative_titles(negotiation),
        f"Action/Record/Agent[Role='{v.ROLE_AUTHOR}']/Name": _one(record.author),
        f"Action/Record/Agent[Role='{v.ROLE_AUTHOR}']/CorporateName": _one(
            author_organisation and wording(author_organisation.name, negotiation)
        ),
        f"Action/Record/Agent[Role='{v.ROLE_APPROVER}']/Name": _one(record.approver),
    }


def _retention_reason(negotiation: Negotiation) -> tuple[str, ...]:
    retention = negotiation.record.retention if negotiation.record else None
    reason = retention.reason if retention else None
    return _one(reason and wording(reason, negotiation))


def _restriction(negotiation: Negotiation, prefix: str) -> dict[str, tuple[str, ...]]:
    record = negotiation.record or RecordMetadata()
    publicity = record.publicity
    return {
        f"{prefix}Restriction/PublicityClass": _one(
            publicity and v.PUBLICITY_CLASSES[publicity.publicity_class]
        ),
        f"{prefix}Restriction/SecurityPeriod": _one(publicity and publicity.period_years),
        f"{prefix}Restriction/SecurityReason": _one(publicity and publicity.legal_ground),
        f"{prefix}Restriction/PersonalData": _one(
            record.personal_data and v.PERSONAL_DATA[record.personal_data][0]
        ),
    }
