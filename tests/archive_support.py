"""Shared helpers of the archive tests: memos, settings, the official schemas."""

from __future__ import annotations

import os
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import attrs
import pytest
from lxml import etree

from hyvaneuvottelu import (
    LocalizedText,
    Negotiation,
    Presence,
    Publicity,
    RecordMetadata,
    Retention,
    examples,
    from_json,
)
from hyvaneuvottelu.archive import ContactPerson, Sahke2Version, TransferSettings
from hyvaneuvottelu.model import DocumentType, PersonalDataClass, PublicityClass, RecordStatus

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
COMPLETED_EXAMPLE = EXAMPLES / "lohja-archive-example.json"
SAHKE2_SCHEMAS = ROOT.parent / "shared" / "schemas-external" / "sahke2"


def official_schema(version: Sahke2Version) -> etree.XMLSchema:
    """The official SÄHKE2 XSD; skip without it, but fail under CI=true."""
    path = SAHKE2_SCHEMAS / version.schema_file
    if not path.is_file():
        reason = f"the official SÄHKE2 schema {path} is not present beside this checkout"
        if os.environ.get("CI") == "true":
            pytest.fail(f"{reason}, and CI=true requires it")
        pytest.skip(reason)
    return etree.XMLSchema(etree.parse(str(path)))


def schema_folder() -> Path:
    """The folder of the official SÄHKE2 XSDs (skip or fail as above)."""
    official_schema(Sahke2Version.V2019)
    return SAHKE2_SCHEMAS


def completed_memo() -> Negotiation:
    """The completed example: the Lohja memo with illustrative archival metadata."""
    return from_json(COMPLETED_EXAMPLE.read_bytes())


def record(**changes: Any) -> RecordMetadata:
    """Complete record metadata, with ``changes``."""
    base = RecordMetadata(
        identifier="TEST-1",
        case_id="1/00.01.02/2025",
        document_type=DocumentType.MEMO,
        status=RecordStatus.APPROVED,
        created=datetime(2025, 1, 28, 12, 0, tzinfo=UTC),
        approved=date(2025, 2, 4),
        author="Aino Kirjoittaja",
        author_organisation="lohja",
        approver="Eero Hyväksyjä",
        publicity=Publicity(publicity_class=PublicityClass.PUBLIC),
        personal_data=PersonalDataClass.PERSONAL,
        retention=Retention(permanent=True, reason=LocalizedText(fi="Pysyvä säilytys")),
        function_code="00 01 02",
        languages=("fi",),
    )
    return attrs.evolve(base, **changes)


def ready_memo(**record_changes: Any) -> Negotiation:
    """The bundled example completed for the archive, with ``record_changes``."""
    memo = examples.load("lohja")
    return attrs.evolve(
        memo,
        date=date(2025, 1, 21),
        place=LocalizedText(fi="Lohja"),
        participants=tuple(attrs.evolve(p, presence=Presence.PRESENT) for p in memo.participants),
        record=record(**record_changes),
    )


def settings(**changes: Any) -> TransferSettings:
    base = TransferSettings(
        transfer_contract_id="SOPIMUS-1",
        organisation="Länsi-Uudenmaan hyvinvointialue",
        contact_person=ContactPerson(
            name="Arkistonhoitaja", address="Katu 1", phone="+358 1", email="a@example.invalid"
        ),
    )
    return attrs.evolve(base, **changes)
