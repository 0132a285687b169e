"""Record metadata that an archive needs (SÄHKE2 vocabulary)."""

from __future__ import annotations

from datetime import date, datetime

import attrs

from . import _checks
from ._codes import DocumentType, PersonalDataClass, PublicityClass, RecordStatus
from ._text import LocalizedText

__all__ = ["Publicity", "RecordMetadata", "Registration", "Retention"]


@attrs.frozen(kw_only=True, field_transformer=_checks.protect)
class Publicity:
    """Publicity class (julkisuusluokka) and, when not public, its grounds."""

    publicity_class: PublicityClass
    #: Legal ground for secrecy (salassapitoperuste), "JulkL 24 § 1 mom. 8 k".
    legal_ground: str | None = None
    #: Secrecy period in years (salassapitoaika).
    period_years: int | None = attrs.field(
        default=None, validator=_checks.optional(_checks.positive)
    )


@attrs.frozen(kw_only=True, field_transformer=_checks.protect)
class Retention:
    """Retention period (säilytysaika) and its reason (säilytysajan peruste).

    Permanent retention (pysyvä säilytys) is explicit: ``permanent=True``.
    How it is encoded in a transfer format is the format's setting.
    """

    permanent: bool = False
    period_years: int | None = attrs.field(
        default=None, validator=_checks.optional(_checks.positive)
    )
    reason: LocalizedText | None = None


_FUNCTION_CODE = _checks.matches(r"^[0-9]{2}( [0-9]{2})*$", "a function code such as '00 01 02'")


@attrs.frozen(kw_only=True, field_transformer=_checks.protect)
class Registration:
    """The memo as one organisation registered it (kirjaus).

    The county and a municipality often both register the memo, each in its
    own case-management system; each registration carries that
    organisation's identifiers.
    """

    #: The ``id`` of the registering organisation.
    organisation: str = attrs.field(validator=_checks.identifier)
    #: The record's identifier in that organisation.
    identifier: str | None = None
    #: The case's identifier there (asianumero, diaarinumero).
    case_id: str | None = None
    #: The function code there (tehtäväluokka).
    function_code: str | None = attrs.field(
        default=None, validator=_checks.optional(_FUNCTION_CODE)
    )


@attrs.frozen(kw_only=True, field_transformer=_checks.protect)
class RecordMetadata:
    """The memo as a record (asiakirja): what records management needs.

    Every field is optional in the model; the ``archive`` validation profile
    says which an archive requires.
    """

    #: The record's own identifier.
    identifier: str | None = None
    #: The case's identifier (asianumero, diaarinumero), "5146/01.04.00/2023".
    case_id: str | None = None
    document_type: DocumentType | None = None
    status: RecordStatus | None = None
    #: When the record was created, with its UTC offset (whole minutes within
    #: ±14:00). A zone is kept as the offset it had at that instant.
    created: datetime | None = attrs.field(
        default=None,
        converter=_checks.fixed_offset,
        validator=_checks.optional(_checks.aware_datetime),
    )
    #: When the memo was approved.
    approved: date | None = attrs.field(
        default=None, validator=_checks.optional(_checks.calendar_date)
    )
    #: Who wrote the memo: a person's name.
    author: str | None = None
    #: The ``id`` of the organisation the author wrote for.
    author_organisation: str | None = attrs.field(
        default=None, validator=_checks.optional(_checks.identifier)
    )
    #: Who approved the memo.
    approver: str | None = None
    publicity: Publicity | None = None
    personal_data: PersonalDataClass | None = None
    retention: Retention | None = None
    #: Function classification code (tehtäväluokka), KuntaTOS style "00 01 02".
    function_code: str | None = attrs.field(
        default=None, validator=_checks.optional(_FUNCTION_CODE)
    )
    #: Languages of the record, ISO 639-1: "fi", "sv".
    languages: tuple[str, ...] = attrs.field(
        default=(),
        validator=_checks.Each(
            _checks.matches(r"^[a-z]{2,3}$", "an ISO 639 language code such as 'fi'")
        ),
    )
    #: The memo's registrations, one per organisation. The fields above are the
    #: archiving organisation's own, which an archive transfer uses.
    registrations: tuple[Registration, ...] = ()
