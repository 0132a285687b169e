"""Rules of the ``archive`` profile: the record metadata an archive requires (SÄHKE2).

What the memo itself must say for the archive is in :mod:`._archive_memo`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from ..model import (
    PersonalDataClass,
    Publicity,
    PublicityClass,
    RecordMetadata,
    RecordStatus,
)
from ._context import Context, label
from ._registry import ARCHIVE_ONLY, Hit, Severity, rule
from ._transfer import two_letter_language

__all__: list[str] = []


def _require(
    code: str,
    field: str,
    present: Callable[[RecordMetadata], object],
    *,
    fi: str,
    sv: str,
    en: str,
    rationale: str,
    severity: Severity = Severity.ERROR,
) -> None:
    """Register a rule that ``record.<field>`` is given."""

    def check(ctx: Context) -> Iterator[Hit]:
        record = ctx.negotiation.record
        if record is None or not present(record):
            yield ("record", field), {}

    check.__name__ = f"record_{field}_given"
    rule(code, severity, fi=fi, sv=sv, en=en, rationale=rationale, profiles=ARCHIVE_ONLY)(check)


_require(
    "HN-A003",
    "identifier",
    lambda r: r.identifier,
    fi="Asiakirjan tunniste puuttuu",
    sv="Handlingens identifierare saknas",
    en="The record's identifier is missing",
    rationale="An archived record is found and cited by its identifier.",
)
_require(
    "HN-A004",
    "caseId",
    lambda r: r.case_id,
    fi="Asianumero (diaarinumero) puuttuu",
    sv="Ärendenumret (diarienumret) saknas",
    en="The case identifier (asianumero) is missing",
    rationale="The record belongs to a case; the case id ties it to the rest of the case file.",
)


_require(
    "HN-A006",
    "author",
    lambda r: r.author,
    fi="Muistion laatija puuttuu",
    sv="Promemorians upprättare saknas",
    en="The memo's author is missing",
    rationale="Records management names who drew up a record.",
)


@rule(
    "HN-A007",
    Severity.ERROR,
    fi="Muistiota ei ole merkitty hyväksytyksi (tila: {status})",
    sv="Promemorian har inte markerats som godkänd (status: {status})",
    en="The memo is not marked approved (status: {status})",
    rationale="Only an approved memo is the record of the negotiation; a draft is not archived.",
    profiles=ARCHIVE_ONLY,
)
def status_approved(ctx: Context) -> Iterator[Hit]:
    record = ctx.negotiation.record
    status = None if record is None else record.status
    if status is not RecordStatus.APPROVED:
        yield ("record", "status"), {"status": "–"} if status is None else label("status", status)


_require(
    "HN-A008",
    "approved",
    lambda r: r.approved,
    fi="Muistion hyväksymispäivä puuttuu",
    sv="Promemorians godkännandedatum saknas",
    en="The memo's approval date is missing",
    rationale="The approval date is when the memo became the record.",
)
_require(
    "HN-A009",
    "approver",
    lambda r: r.approver,
    fi="Muistion hyväksyjä puuttuu",
    sv="Uppgift om vem som godkänt promemorian saknas",
    en="Who approved the memo is missing",
    rationale="An approval is worth what the approver's name makes it.",
    severity=Severity.WARNING,
)
_require(
    "HN-A010",
    "publicity",
    lambda r: r.publicity,
    fi="Julkisuusluokka puuttuu",
    sv="Offentlighetsklassen saknas",
    en="The publicity class is missing",
    rationale="An archive must know whether it may show the record to anyone who asks.",
)


def _secret(ctx: Context) -> Publicity | None:
    """The record's publicity when it is not public, else None."""
    record = ctx.negotiation.record
    publicity = None if record is None else record.publicity
    if publicity is None or publicity.publicity_class is PublicityClass.PUBLIC:
        return None
    return publicity


@rule(
    "HN-A011",
    Severity.ERROR,
    fi='Julkisuusluokka on "{publicity}", mutta salassapitoperuste puuttuu',
    sv='Offentlighetsklassen är "{publicity}", men sekretessgrunden saknas',
    en='The publicity class is "{publicity}" but the legal ground for secrecy is missing',
    rationale="Secrecy needs a ground in law (e.g. JulkL 24 §); without it the record is public.",
)
def secrecy_has_ground(ctx: Context) -> Iterator[Hit]:
    publicity = _secret(ctx)
    if publicity is not None and not publicity.legal_ground:
        yield (
            ("record", "publicity", "legalGround"),
            label("publicity", publicity.publicity_class),
        )


@rule(
    "HN-A012",
    Severity.WARNING,
    fi='Julkisuusluokka on "{publicity}", mutta salassapitoaika puuttuu',
    sv='Offentlighetsklassen är "{publicity}", men sekretesstiden saknas',
    en='The publicity class is "{publicity}" but the secrecy period is missing',
    rationale="Without a period the archive cannot tell when the record becomes public.",
    profiles=ARCHIVE_ONLY,
)
def secrecy_has_period(ctx: Context) -> Iterator[Hit]:
    publicity = _secret(ctx)
    if publicity is not None and publicity.period_years is None:
        yield (
            ("record", "publicity", "periodYears"),
            label("publicity", publicity.publicity_class),
        )


_require(
    "HN-A013",
    "personalData",
    lambda r: r.personal_data,
    fi="Henkilötietoluokka puuttuu",
    sv="Personuppgiftsklassen saknas",
    en="The personal data class is missing",
    rationale="The GDPR obligations of the archive depend on it.",
)


@rule(
    "HN-A014",
    Severity.ERROR,
    fi="Muistion mukaan siinä ei ole henkilötietoja, mutta siinä nimetään henkilöitä ({count})",
    sv=(
        "Enligt promemorian innehåller den inga personuppgifter, men personer nämns vid namn "
        "({count})"
    ),
    en="The memo claims no personal data but names people ({count})",
    rationale="A name is personal data; a memo naming people cannot be classed as having none.",
)
def personal_data_honest(ctx: Context) -> Iterator[Hit]:
    record = ctx.negotiation.record
    if record is not None and record.personal_data is PersonalDataClass.NONE:
        negotiation = ctx.negotiation
        named = sum(1 for p in negotiation.participants if p.name) + sum(
            1 for p in negotiation.people if p.name
        )
        if named:
            yield ("record", "personalData"), {"count": str(named)}


_require(
    "HN-A015",
    "retention",
    lambda r: r.retention,
    fi="Säilytysaika puuttuu",
    sv="Förvaringstiden saknas",
    en="The retention period is missing",
    rationale="An archive keeps a record as long as its retention period says, no longer.",
)


@rule(
    "HN-A016",
    Severity.ERROR,
    fi="Säilytysaikaa ei ole merkitty pysyväksi eikä vuosina",
    sv="Förvaringstiden har varken angetts som varaktig eller i år",
    en="The retention period is given neither as permanent nor in years",
    rationale="A retention without a length cannot be acted on.",
    profiles=ARCHIVE_ONLY,
)
def retention_has_length(ctx: Context) -> Iterator[Hit]:
    record = ctx.negotiation.record
    retention = None if record is None else record.retention
    if retention is not None and not retention.permanent and retention.period_years is None:
        yield ("record", "retention"), {}


@rule(
    "HN-A017",
    Severity.ERROR,
    fi="Säilytysaika on sekä pysyvä että {years} vuotta",
    sv="Förvaringstiden är både varaktig och {years} år",
    en="The retention is both permanent and {years} years",
    rationale="Permanent and a number of years contradict each other.",
)
def retention_consistent(ctx: Context) -> Iterator[Hit]:
    record = ctx.negotiation.record
    retention = None if record is None else record.retention
    if retention is not None and retention.permanent and retention.period_years is not None:
        yield ("record", "retention", "periodYears"), {"years": str(retention.period_years)}


@rule(
    "HN-A018",
    Severity.ERROR,
    fi="Säilytysajan peruste puuttuu",
    sv="Grunden för förvaringstiden saknas",
    en="The reason for the retention period is missing",
    rationale="Retention follows a decision (the archive's, the law's); the record names it.",
    profiles=ARCHIVE_ONLY,
)
def retention_has_reason(ctx: Context) -> Iterator[Hit]:
    record = ctx.negotiation.record
    retention = None if record is None else record.retention
    if retention is not None and retention.reason is None:
        yield ("record", "retention", "reason"), {}


_require(
    "HN-A019",
    "functionCode",
    lambda r: r.function_code,
    fi="Tehtäväluokka puuttuu",
    sv="Uppgiftsklassen saknas",
    en="The function classification code is missing",
    rationale="Records are filed, retained and found by their function class (KuntaTOS).",
)
_require(
    "HN-A020",
    "languages",
    lambda r: r.languages,
    fi="Asiakirjan kieli puuttuu",
    sv="Handlingens språk saknas",
    en="The record's language is missing",
    rationale="The archive describes each record's language.",
)


@rule(
    "HN-A021",
    Severity.WARNING,
    fi="Kieleksi on merkitty {language}, mutta otsikkoa ei ole sillä kielellä",
    sv="Som språk har angetts {language}, men rubriken finns inte på det språket",
    en="The record's language includes {language} but the title is not in it",
    rationale="A declared language the memo is not written in misleads the archive's users.",
    profiles=ARCHIVE_ONLY,
)
def languages_agree(ctx: Context) -> Iterator[Hit]:
    record = ctx.negotiation.record
    if record is None:
        return
    title = ctx.negotiation.title
    for index, language in enumerate(record.languages):
        # A code SÄHKE2 cannot carry is HN-A041's; one mistake is reported once.
        if two_letter_language(language) and title.get(language, fallback=False) is None:
            yield ("record", "languages", index), {"language": language}


_require(
    "HN-A022",
    "documentType",
    lambda r: r.document_type,
    fi="Asiakirjatyyppi puuttuu",
    sv="Handlingstypen saknas",
    en="The document type is missing",
    rationale="The archive files memos, minutes and agreements apart.",
)
_require(
    "HN-A023",
    "created",
    lambda r: r.created,
    fi="Asiakirjan laatimisaika puuttuu",
    sv="Tidpunkten då handlingen upprättades saknas",
    en="When the record was created is missing",
    rationale="SÄHKE2 requires the creation time of every record.",
)
