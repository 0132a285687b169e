"""SÄHKE2 validation in bounded pieces: the verdict of the whole, at bounded cost."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from hyvaneuvottelu.archive import Sahke2Version, write_package
from hyvaneuvottelu.archive._schemas import sahke2_schema, schema_errors

from .archive_support import official_schema, ready_memo, schema_folder, settings

NS = Sahke2Version.V2019.namespace


@pytest.fixture(scope="module")
def document(tmp_path_factory: pytest.TempPathFactory) -> str:
    """The SÄHKE2 file of a package of 20 memos: more case files than are kept in place."""
    target = tmp_path_factory.mktemp("many") / "p"
    memos = [ready_memo(identifier=f"ID-{i}") for i in range(20)]
    write_package(memos, target, settings())
    return (target / "sahke2.xml").read_text("utf-8")


def errors(text: str, limit: int = 50) -> tuple[list[str], bool]:
    schema = sahke2_schema(Sahke2Version.V2019, schema_folder())
    assert schema is not None
    return schema_errors(schema, etree.fromstring(text.encode()), NS, limit=limit)


def whole(text: str) -> bool:
    """The official schema's verdict on the whole document, validated at once."""
    return official_schema(Sahke2Version.V2019).validate(etree.fromstring(text.encode()))


def nth(text: str, needle: str, n: int) -> int:
    at = -1
    for _ in range(n):
        at = text.index(needle, at + 1)
    return at


def test_a_valid_document_is_valid_in_pieces(document: str) -> None:
    assert whole(document)
    assert errors(document) == ([], True)


def test_an_error_in_a_case_file_validated_on_its_own_is_located(document: str) -> None:
    # The 19th case file is past the 16 kept in place: it is validated on its own.
    at = nth(document, "<PublicityClass>Julkinen</PublicityClass>", 2 * 19 - 1)
    broken = document[:at] + "<PublicityClass>Avoin</PublicityClass>" + document[at + 41 :]
    line = broken.count("\n", 0, at) + 1
    assert not whole(broken)
    assert errors(broken) == (
        [
            f"line {line}: Element '{{{NS}}}PublicityClass': [facet 'enumeration'] The value "
            "'Avoin' is not an element of the set {'Julkinen', 'Osittain salassapidettävä', "
            "'Salassa pidettävä'}."
        ],
        True,
    )


def test_a_run_too_long_for_an_element_that_occurs_once_stays_an_error(document: str) -> None:
    at = document.index("<Title>")
    broken = document[:at] + "<TransferContractId>x</TransferContractId>" * 40 + document[at:]
    assert not whole(broken)
    found, complete = errors(broken)
    assert complete
    assert len(found) == 1
    assert "TransferContractId': This element is not expected." in found[0]


def test_text_between_cut_elements_keeps_the_parent_invalid(document: str) -> None:
    # Text after the 18th case file: a case file that is cut and validated on its own.
    at = nth(document, "</CaseFile>", 18) + len("</CaseFile>")
    broken = document[:at] + "stray text" + document[at:]
    assert not whole(broken)
    found, complete = errors(broken)
    assert complete
    assert found == [
        "line 2: Element '{http://www.arkisto.fi/skeemat/Sahke2/2019/08/29}Metadata': "
        "Character content other than whitespace is not allowed because the content type "
        "is 'element-only'."
    ]


def test_validation_stops_past_the_limit(document: str) -> None:
    broken = document.replace("<Created>2025-01-21</Created>", "<Created>x</Created>")
    found, complete = errors(broken, limit=3)
    assert not complete
    assert len(found) == 4


def test_attributes_outside_custom_are_reported_and_inside_custom_are_not(document: str) -> None:
    broken = document.replace("<Title>", '<Title lang="fi">', 1).replace(
        "<Metadata ",
        f'<Metadata xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        f'xsi:schemaLocation="{NS} Sahke2_2019_03.xsd" ',
        1,
    )
    assert not whole(broken)
    assert errors(broken) == (
        [
            f"line 5: Element '{{{NS}}}Title', attribute 'lang': "
            "The attribute 'lang' is not allowed."
        ],
        True,
    )


def test_no_schema_in_the_folder_is_none(tmp_path: Path) -> None:
    assert sahke2_schema(Sahke2Version.V2019, tmp_path) is None
