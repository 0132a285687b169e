"""The SÄHKE2 metadata: valid against both official XSDs, and a faithful mapping."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import cast

import attrs
import pytest
from lxml import etree

from hyvaneuvottelu import LocalizedText, Negotiation, Publicity, Retention
from hyvaneuvottelu.archive import Sahke2Version, TransferSettings
from hyvaneuvottelu.archive._package import package_files
from hyvaneuvottelu.model import PersonalDataClass, PublicityClass, RecordStatus

from .archive_support import completed_memo, official_schema, ready_memo, settings

CREATED = datetime(2025, 2, 5, 8, 0, tzinfo=UTC)
NS = {version: {"s": version.namespace} for version in Sahke2Version}


def sahke2(memos: list[Negotiation], transfer: TransferSettings) -> etree._Element:
    files = {f.path: f.data for f in package_files(memos, transfer, CREATED)}
    return etree.fromstring(files["sahke2.xml"])


def texts(
    root: etree._Element, path: str, version: Sahke2Version = Sahke2Version.V2019
) -> list[str]:
    found = cast("list[etree._Element]", root.xpath(path, namespaces=NS[version]))
    return [e.text or "" for e in found]


VARIANTS = {
    "completed example": [completed_memo()],
    "confidential, bilingual, 10 years": [
        attrs.evolve(
            ready_memo(
                publicity=Publicity(
                    publicity_class=PublicityClass.PARTIALLY_CONFIDENTIAL,
                    legal_ground="JulkL 24 § 1 mom. 8 k",
                    period_years=25,
                ),
                retention=Retention(period_years=10, reason=LocalizedText(fi="TOS")),
                languages=("fi", "sv"),
                function_code="00 01 02 03",
            ),
            title=LocalizedText(fi="Neuvottelu", sv="Förhandling"),
        )
    ],
    "two memos": [ready_memo(), ready_memo(identifier="TEST-2", case_id="2/00.01.02/2025")],
}


@pytest.mark.parametrize("version", list(Sahke2Version))
@pytest.mark.parametrize("variant", list(VARIANTS))
def test_valid_against_the_official_schema(version: Sahke2Version, variant: str) -> None:
    schema = official_schema(version)
    root = sahke2(VARIANTS[variant], settings(sahke2_version=version))
    assert etree.QName(root).namespace == version.namespace
    assert schema.validate(root), schema.error_log


def test_transfer_and_contact_information() -> None:
    root = sahke2([ready_memo()], settings(transfer_id="SIIRTO-1", transfer_title="Siirto"))
    assert texts(root, "s:TransferInformation/*") == [
        "SIIRTO-1",
        "Siirto",
        "SOPIMUS-1",
        Sahke2Version.V2019.namespace,
    ]
    assert texts(root, "s:ContactInformation//s:Name") == [
        "Länsi-Uudenmaan hyvinvointialue",
        "Arkistonhoitaja",
    ]


def test_the_transfer_id_is_derived_when_not_set() -> None:
    root = sahke2([ready_memo()], settings())
    (native,) = texts(root, "s:TransferInformation/s:NativeId")
    assert native.startswith("SOPIMUS-1-20250205-")


def test_one_case_file_per_negotiation_with_action_record_and_documents() -> None:
    root = sahke2(VARIANTS["two memos"], settings())
    assert texts(root, "s:CaseFile/s:NativeId") == ["1/00.01.02/2025", "2/00.01.02/2025"]
    assert texts(root, "s:CaseFile/s:Action/s:Record/s:NativeId") == ["TEST-1", "TEST-2"]
    assert texts(root, "//s:Document/s:File/s:Path") == ["case-001"] * 2 + ["case-002"] * 2
    assert texts(root, "//s:Document/s:UseType") == ["Arkisto", "Julkaisu"] * 2
    assert texts(root, "//s:Document/s:HashAlgorithm") == ["SHA-256"] * 4


def test_record_metadata_maps_to_the_finnish_code_lists() -> None:
    root = sahke2(VARIANTS["confidential, bilingual, 10 years"], settings())
    record = "s:CaseFile/s:Action/s:Record"
    assert texts(root, f"{record}/s:Restriction/*") == [
        "Osittain salassapidettävä",
        "25",
        "JulkL 24 § 1 mom. 8 k",
        "sisältää henkilötietoja",
    ]
    assert texts(root, f"{record}/s:Language") == ["fi", "sv"]
    assert texts(root, f"{record}/s:Title") == ["Neuvottelu"]
    assert texts(root, f"{record}/s:AlternativeTitle") == ["Förhandling"]
    assert texts(root, f"{record}/s:RetentionPeriod") == ["10"]
    assert texts(root, f"{record}/s:RetentionReason") == ["TOS"]
    assert texts(root, f"{record}/s:Status") == ["Hyväksytty"]
    assert texts(root, f"{record}/s:Type") == ["Muistio"]
    assert texts(root, f"{record}/s:Function") == ["00 01 02 03"]
    assert texts(root, f"{record}/s:Created") == ["2025-01-28"]
    assert texts(root, f"{record}/s:Accepted") == ["2025-02-04"]
    assert texts(root, f"{record}/s:Authenticity/s:Checker") == ["Eero Hyväksyjä"]
    assert texts(root, f"{record}/s:Agent/s:Role") == ["Laatija", "Hyväksyjä"]
    assert texts(root, f"{record}/s:Agent/s:CorporateName") == ["Lohja"]


@pytest.mark.parametrize(
    ("personal", "value"),
    [
        (PersonalDataClass.NONE, "ei sisällä henkilötietoja"),
        (PersonalDataClass.SENSITIVE, "sisältää arkaluontoisia henkilötietoja"),
        (PersonalDataClass.SPECIAL_CATEGORIES, "sisältää erityisiä henkilötietoryhmiä"),
        (
            PersonalDataClass.CRIMINAL,
            "sisältää rikostuomioihin ja rikkomuksiin liittyviä henkilötietoja",
        ),
    ],
)
def test_personal_data_values(personal: PersonalDataClass, value: str) -> None:
    root = sahke2([ready_memo(personal_data=personal)], settings())
    assert texts(root, "//s:PersonalData") == [value, value]


def test_permanent_retention_is_the_configured_sentinel() -> None:
    assert texts(sahke2([ready_memo()], settings()), "//s:RetentionPeriod") == ["-1", "-1"]
    configured = settings(permanent_retention_period=0)
    assert texts(sahke2([ready_memo()], configured), "//s:RetentionPeriod") == ["0", "0"]


def test_the_classification_scheme_nests_every_level_with_titles() -> None:
    transfer = settings(function_titles={"00": "Hallinto", "00 01 02": "Neuvottelut"})
    root = sahke2([ready_memo()], transfer)
    scheme = "s:CaseFile/s:ClassificationScheme/s:MainFunction"
    assert texts(root, f"{scheme}/s:FunctionCode") == ["00"]
    assert texts(root, f"{scheme}/s:Title") == ["Hallinto"]
    assert texts(root, f"{scheme}/s:FunctionClassification/s:Title") == ["00 01"]
    assert texts(root, f"{scheme}/s:FunctionClassification/s:SubFunction/s:Title") == [
        "Neuvottelut"
    ]


def test_case_file_agents_are_the_parties_and_action_agents_the_attending() -> None:
    root = sahke2([completed_memo()], settings())
    assert texts(root, "s:CaseFile/s:Agent/s:CorporateName") == [
        "Länsi-Uudenmaan hyvinvointialue",
        "Lohja",
    ]
    assert texts(root, "s:CaseFile/s:Agent/s:Role") == ["Osapuoli", "Osapuoli"]
    assert texts(root, "s:CaseFile/s:Action/s:Agent/s:Role") == ["Osallistuja", "Osallistuja"]
    assert texts(root, "s:CaseFile/s:Action/s:Created") == ["2025-01-21"]
    assert texts(root, "s:CaseFile/s:Action/s:Description") == [
        "Paikka: ESIMERKKI: Lohjan kaupungintalo"
    ]


def test_a_draft_memo_is_an_open_case() -> None:
    root = sahke2([ready_memo(status=RecordStatus.DRAFT)], settings())
    assert texts(root, "s:CaseFile/s:Status") == ["Vireillä"]
    assert texts(root, "s:CaseFile/s:Action/s:Record/s:Status") == ["Luonnos"]


def test_the_2011_version_is_written_in_its_namespace() -> None:
    version = Sahke2Version.V2011
    root = sahke2([ready_memo()], settings(sahke2_version=version))
    assert texts(root, "s:TransferInformation/s:MetadataSchema", version) == [version.namespace]


def test_sahke2_version_of_namespace() -> None:
    for version in Sahke2Version:
        assert Sahke2Version.of_namespace(version.namespace) is version
    assert Sahke2Version.of_namespace("urn:other") is None
