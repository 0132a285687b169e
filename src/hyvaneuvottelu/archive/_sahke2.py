"""The SÄHKE2 transfer metadata: a walk over the model, one builder per element.

``Metadata`` > ``TransferInformation``, ``ContactInformation``, then one
``CaseFile`` per negotiation > ``Action`` (the meeting) > ``Record`` (the
memo) > one ``Document`` per file. Element order follows the schemas'
sequences, which the two supported versions share.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from datetime import date, datetime

from lxml import etree

from ..model import Negotiation, Organisation, Publicity, RecordStatus, Retention
from . import _vocabulary as v
from ._contents import ArchivedMemo, Representation
from ._mapping import (
    alternative_titles,
    attending_organisations,
    case_created,
    function_levels,
    parties,
    record_of,
    subjects,
    title,
    wording,
)
from ._settings import TransferSettings

__all__ = [
    "DEFAULT_TRANSFER_TITLE",
    "SAHKE2_END",
    "RecordDigest",
    "build_sahke2",
    "case_file_xml",
    "sahke2_head",
    "transfer_id",
    "untitled_functions",
]

DEFAULT_TRANSFER_TITLE = "Hyvinvointialueen ja kuntien neuvottelujen muistiot"
_AUTHENTICITY = "Muistion hyväksyntä; tiedostojen eheys todettu SHA-256-tiivisteillä"
#: The end of the metadata file, after the last case file.
SAHKE2_END = b"</Metadata>\n"


class _Builder:
    """Appends namespaced SÄHKE2 elements; holds only the namespace."""

    def __init__(self, namespace: str) -> None:
        self.namespace = namespace

    def root(self) -> etree._Element:
        # The SÄHKE2 namespace is the default one, as in the National Archives' examples.
        return etree.fromstring(f'<Metadata xmlns="{self.namespace}"/>')

    def add(self, parent: etree._Element, name: str, text: str | None = None) -> etree._Element:
        element = etree.SubElement(parent, f"{{{self.namespace}}}{name}")
        if text is not None:
            element.text = text
        return element

    def add_date(self, parent: etree._Element, name: str, value: date) -> None:
        self.add(parent, name, value.isoformat())


# The metadata file is written in pieces, so that a transfer of many memos
# never holds more than one case file in memory: the head (declaration,
# root start tag, transfer and contact information), one piece per case
# file, and the end tag. Each piece is cut from a pretty-printed document
# whose root has only element children, so the pieces put together are
# byte for byte what pretty-printing the whole document gives.


def sahke2_head(settings: TransferSettings, created: datetime, records: str) -> bytes:
    """The metadata file up to its first case file.

    ``records`` is the digest of the record identifiers (:class:`RecordDigest`),
    from which the transfer's NativeId is derived when not set.
    """
    b = _Builder(settings.sahke2_version.namespace)
    root = b.root()
    _transfer_information(b, root, settings, created, records)
    _contact_information(b, root, settings)
    text = etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)
    return _cut(text, keep_start=True)


def case_file_xml(memo: ArchivedMemo, settings: TransferSettings) -> bytes:
    """One memo's ``CaseFile``, indented as a child of the root."""
    b = _Builder(settings.sahke2_version.namespace)
    root = b.root()
    _case_file(b, root, memo, settings)
    text = etree.tostring(root, xml_declaration=False, encoding="UTF-8", pretty_print=True)
    return _cut(text, keep_start=False)


def _cut(text: bytes, *, keep_start: bool) -> bytes:
    """The document without its end tag and, unless ``keep_start``, its root start tag."""
    if not text.endswith(SAHKE2_END):
        raise AssertionError("a pretty-printed SÄHKE2 document ends with its end tag")
    body = text[: -len(SAHKE2_END)]
    return body if keep_start else body[body.index(b">\n") + 2 :]


def build_sahke2(
    memos: Sequence[ArchivedMemo], settings: TransferSettings, created: datetime
) -> bytes:
    """The transfer's SÄHKE2 metadata file, UTF-8, pretty-printed, in one piece."""
    records = RecordDigest()
    for memo in memos:
        records.add(record_of(memo.negotiation).identifier or "")
    cases = b"".join(case_file_xml(memo, settings) for memo in memos)
    return sahke2_head(settings, created, records.hexdigest()) + cases + SAHKE2_END


class RecordDigest:
    """The SHA-256 of the transfer's record identifiers, one per line, fed one by one."""

    def __init__(self) -> None:
        self._hash = hashlib.sha256()
        self._empty = True

    def add(self, identifier: str) -> None:
        if not self._empty:
            self._hash.update(b"\n")
        self._hash.update(identifier.encode("utf-8"))
        self._empty = False

    def hexdigest(self) -> str:
        return self._hash.hexdigest()


def transfer_id(settings: TransferSettings, created: datetime, records: str) -> str:
    """The transfer's NativeId: set, or derived from contract, date and records."""
    if settings.transfer_id:
        return settings.transfer_id
    return f"{settings.transfer_contract_id}-{created:%Y%m%d}-{records[:12]}"


def _transfer_information(
    b: _Builder,
    root: etree._Element,
    settings: TransferSettings,
    created: datetime,
    records: str,
) -> None:
    info = b.add(root, "TransferInformation")
    b.add(info, "NativeId", transfer_id(settings, created, records))
    b.add(info, "Title", settings.transfer_title or DEFAULT_TRANSFER_TITLE)
    b.add(info, "TransferContractId", settings.transfer_contract_id)
    b.add(info, "MetadataSchema", settings.sahke2_version.namespace)


def _contact_information(b: _Builder, root: etree._Element, settings: TransferSettings) -> None:
    contact = b.add(root, "ContactInformation")
    organisation = b.add(contact, "Organisation")
    b.add(organisation, "Name", settings.organisation)
    person = b.add(contact, "ContactPerson")
    b.add(person, "Name", settings.contact_person.name)
    b.add(person, "Address", settings.contact_person.address)
    b.add(person, "PhoneNumber", settings.contact_person.phone)
    b.add(person, "Email", settings.contact_person.email)


def _case_file(
    b: _Builder, root: etree._Element, memo: ArchivedMemo, settings: TransferSettings
) -> None:
    negotiation = memo.negotiation
    record = record_of(negotiation)
    case = b.add(root, "CaseFile")
    for subject in subjects(negotiation):
        b.add(case, "Subject", subject).set("scheme", "hyvaneuvottelu:Topic")
    b.add_date(case, "Created", case_created(negotiation))
    b.add(case, "NativeId", record.case_id)
    _languages(b, case, negotiation)
    if negotiation.theme is not None:
        b.add(case, "Description", wording(negotiation.theme, negotiation))
    _restriction(b, case, negotiation)
    b.add(case, "Title", title(negotiation))
    _retention(b, case, negotiation, settings)
    closed = record.status is RecordStatus.APPROVED
    b.add(case, "Status", v.CASE_STATUS_CLOSED if closed else v.CASE_STATUS_OPEN)
    _classification_scheme(b, case, negotiation, settings)
    b.add(case, "Function", record.function_code)
    for organisation in parties(negotiation):
        _agent(b, case, v.ROLE_PARTY, corporate=_name(organisation, negotiation))
    for organisation in negotiation.other_organisations:
        _agent(b, case, v.ROLE_OTHER_ORGANISATION, corporate=_name(organisation, negotiation))
    b.add(case, "Type", v.NEGOTIATION_TYPES[negotiation.kind])
    _action(b, case, memo, settings)


def _languages(b: _Builder, parent: etree._Element, negotiation: Negotiation) -> None:
    for language in record_of(negotiation).languages:
        b.add(parent, "Language", language)


def _restriction(b: _Builder, parent: etree._Element, negotiation: Negotiation) -> None:
    record = record_of(negotiation)
    publicity: Publicity | None = record.publicity
    restriction = b.add(parent, "Restriction")
    if publicity is not None:
        b.add(restriction, "PublicityClass", v.PUBLICITY_CLASSES[publicity.publicity_class])
        if publicity.period_years is not None:
            b.add(restriction, "SecurityPeriod", str(publicity.period_years))
        if publicity.legal_ground is not None:
            b.add(restriction, "SecurityReason", publicity.legal_ground)
    if record.personal_data is not None:
        b.add(restriction, "PersonalData", v.PERSONAL_DATA[record.personal_data][0])


def _retention(
    b: _Builder, parent: etree._Element, negotiation: Negotiation, settings: TransferSettings
) -> None:
    retention: Retention | None = record_of(negotiation).retention
    if retention is None:  # checked before building
        return
    period = settings.permanent_retention_period if retention.permanent else retention.period_years
    b.add(parent, "RetentionPeriod", str(period))
    if retention.reason is not None:
        b.add(parent, "RetentionReason", wording(retention.reason, negotiation))


def untitled_functions(negotiation: Negotiation, settings: TransferSettings) -> tuple[str, ...]:
    """The function classes of the memo that the settings give no title.

    SÄHKE2 requires a title for each; the code stands in for it, which the
    archivist must be told (``functionTitles`` in the settings).
    """
    record = negotiation.record
    code = record.function_code if record is not None else None
    if not code:
        return ()  # refused for the missing code; nothing to title
    return tuple(level for level in function_levels(code) if level not in settings.function_titles)


def _classification_scheme(
    b: _Builder, parent: etree._Element, negotiation: Negotiation, settings: TransferSettings
) -> None:
    code = record_of(negotiation).function_code or ""
    scheme = b.add(parent, "ClassificationScheme")
    names = ("MainFunction", "FunctionClassification")
    level_parent = scheme
    for depth, level in enumerate(function_levels(code)):
        element = b.add(level_parent, names[depth] if depth < len(names) else "SubFunction")
        b.add(element, "Title", settings.function_titles.get(level, level))
        b.add(element, "FunctionCode", level)
        level_parent = element


def _agent(
    b: _Builder,
    parent: etree._Element,
    role: str,
    *,
    person: str | None = None,
    corporate: str | None = None,
) -> None:
    agent = b.add(parent, "Agent")
    b.add(agent, "Role", role)
    if person is not None:
        b.add(agent, "Name", person)
    if corporate is not None:
        b.add(agent, "CorporateName", corporate)


def _name(organisation: Organisation, negotiation: Negotiation) -> str:
    return wording(organisation.name, negotiation)


def _action(
    b: _Builder, parent: etree._Element, memo: ArchivedMemo, settings: TransferSettings
) -> None:
    negotiation = memo.negotiation
    action = b.add(parent, "Action")
    if negotiation.date is not None:
        b.add_date(action, "Created", negotiation.date)
    if negotiation.place is not None:
        b.add(action, "Description", f"Paikka: {wording(negotiation.place, negotiation)}")
    b.add(action, "Title", title(negotiation))
    for organisation in attending_organisations(negotiation):
        _agent(
            b, action, v.ROLE_PARTICIPANT_ORGANISATION, corporate=_name(organisation, negotiation)
        )
    b.add(action, "Type", v.ACTION_TYPE)
    _record(b, action, memo, settings)


def _record(
    b: _Builder, parent: etree._Element, memo: ArchivedMemo, settings: TransferSettings
) -> None:
    negotiation = memo.negotiation
    record = record_of(negotiation)
    element = b.add(parent, "Record")
    if record.created is not None:
        b.add_date(element, "Created", record.created.date())
    b.add(element, "NativeId", record.identifier)
    _languages(b, element, negotiation)
    _restriction(b, element, negotiation)
    b.add(element, "Title", title(negotiation))
    _retention(b, element, negotiation, settings)
    if record.status is not None:
        b.add(element, "Status", v.RECORD_STATUSES[record.status])
    b.add(element, "Function", record.function_code)
    if record.document_type is not None:
        b.add(element, "Type", v.DOCUMENT_TYPES[record.document_type])
    if record.approved is not None:
        b.add_date(element, "Accepted", record.approved)
    _authenticity(b, element, negotiation)
    _coverage(b, element, negotiation)
    for alternative in alternative_titles(negotiation):
        b.add(element, "AlternativeTitle", alternative)
    for representation in memo.representations:
        _document(b, element, representation)
    _record_agents(b, element, negotiation)


def _authenticity(b: _Builder, parent: etree._Element, negotiation: Negotiation) -> None:
    record = record_of(negotiation)
    authenticity = b.add(parent, "Authenticity")
    b.add(authenticity, "Checker", record.approver or record.author)
    checked = record.approved or (record.created.date() if record.created else None)
    if checked is not None:
        b.add_date(authenticity, "Date", checked)
    b.add(authenticity, "Description", _AUTHENTICITY)


def _coverage(b: _Builder, parent: etree._Element, negotiation: Negotiation) -> None:
    coverage = b.add(parent, "Coverage")
    for organisation in parties(negotiation):
        b.add(coverage, "Spatial", _name(organisation, negotiation))
    if negotiation.council_term is not None:
        b.add(coverage, "Temporal", f"valtuustokausi {negotiation.council_term}")


def _document(b: _Builder, parent: etree._Element, representation: Representation) -> None:
    file = representation.file
    document = b.add(parent, "Document")
    b.add(document, "NativeId", file.path)
    b.add(document, "UseType", representation.use_type)
    file_element = b.add(document, "File")
    b.add(file_element, "Name", file.name)
    b.add(file_element, "Path", file.folder)
    format_element = b.add(document, "Format")
    b.add(format_element, "Name", representation.format_name)
    b.add(format_element, "Version", representation.format_version)
    b.add(document, "HashAlgorithm", v.HASH_ALGORITHM)
    b.add(document, "HashValue", file.sha256)


def _record_agents(b: _Builder, parent: etree._Element, negotiation: Negotiation) -> None:
    record = record_of(negotiation)
    if record.author is not None:
        organisation = (
            negotiation.organisation(record.author_organisation)
            if record.author_organisation is not None
            else None
        )
        corporate = _name(organisation, negotiation) if organisation is not None else None
        _agent(b, parent, v.ROLE_AUTHOR, person=record.author, corporate=corporate)
    if record.approver is not None:
        _agent(b, parent, v.ROLE_APPROVER, person=record.approver)
