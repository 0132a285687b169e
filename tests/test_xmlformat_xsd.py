"""The XSD: generated from the model, committed, shipped, and met by everything written."""

from __future__ import annotations

import socket
from pathlib import Path
from typing import Any

import pytest
import xmlschema
from hypothesis import given, settings
from lxml import etree

import hyvaneuvottelu as hn
from hyvaneuvottelu import examples, schemas
from hyvaneuvottelu import model as m
from hyvaneuvottelu.xmlformat import generate_xsd, xml_schema
from hyvaneuvottelu.xmlformat._plan import ITEM_NAMES, PLANS

from .strategies import negotiations
from .xml_samples import every_kind

ROOT = Path(__file__).parents[1]
COMMITTED = ROOT / "schemas" / "hyvaneuvottelu.xsd"


@pytest.fixture(scope="module")
def independent() -> Any:
    """The XSD as the independent ``xmlschema`` package reads it, offline."""
    return xmlschema.XMLSchema10(schemas.xsd_bytes().decode(), allow="none")


@pytest.fixture(autouse=True)
def _no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("the network was touched")

    monkeypatch.setattr(socket.socket, "connect", refuse)


def test_the_committed_xsd_is_the_generated_one_and_the_package_ships_it() -> None:
    generated = generate_xsd()
    assert COMMITTED.read_bytes() == generated, (
        "schemas/hyvaneuvottelu.xsd is stale: regenerate it with "
        "python -c 'from hyvaneuvottelu.xmlformat import generate_xsd; "
        "import sys; sys.stdout.buffer.write(generate_xsd())' and copy it to "
        "src/hyvaneuvottelu/_data/schemas/"
    )
    assert schemas.xsd_bytes() == generated


def test_the_committed_stylesheet_is_the_one_the_package_ships() -> None:
    assert (ROOT / "schemas" / "hyvaneuvottelu-html.xsl").read_bytes() == schemas.html_xslt_bytes()


def test_every_class_and_field_of_the_model_has_a_place_in_the_xsd() -> None:
    text = generate_xsd().decode()
    for cls, plan in PLANS.items():
        assert f'<xs:complexType name="{cls.__name__}">' in text
        for field in plan.fields:
            assert f'name="{field.wire}"' in text
    for enum in m.__dict__.values():
        if enum in m.CODE_LISTS:
            for member in enum:
                assert f'<xs:enumeration value="{member.value}"/>' in text


def test_item_names_are_all_used() -> None:
    used = {f.wire for plan in PLANS.values() for f in plan.fields if f.item}
    assert used == set(ITEM_NAMES)


def test_the_example_validates_with_lxml_and_with_xmlschema(independent: Any) -> None:
    data = hn.to_xml(examples.load())
    assert xml_schema().validate(etree.fromstring(data))
    independent.validate(data.decode())


def test_a_memo_with_every_kind_validates_with_xmlschema(independent: Any) -> None:
    independent.validate(hn.to_xml(every_kind()).decode())


@settings(max_examples=40, deadline=None)
@given(negotiations())
def test_everything_written_validates_with_xmlschema(
    independent: Any, negotiation: m.Negotiation
) -> None:
    independent.validate(hn.to_xml(negotiation).decode())


def test_xmlschema_also_refuses_what_the_library_refuses(independent: Any) -> None:
    data = hn.to_xml(examples.load()).replace(b"<kind>councilTerm</kind>", b"<kind>x</kind>", 1)
    assert not independent.is_valid(data.decode())
