"""The XSD: generated from the model, committed, shipped, and met by everything written."""

from __future__ import annotations

import shutil
import socket
import subprocess
from importlib import resources
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

from .documents import shared_path
from .strategies import negotiations
from .xml_samples import every_kind

ROOT = Path(__file__).parents[1]
COMMITTED = ROOT / "schemas" / "hyvaneuvottelu.xsd"
XML_XSD = ROOT / "schemas" / schemas.XML_NAMESPACE_XSD_FILE
_W3C_NOTICE = (
    "This work is distributed under the W3C® Software License [1]\n"
    "  in the hope that it will be useful, but WITHOUT ANY WARRANTY;"
)


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


def _schema_locations(path: Path) -> list[str]:
    found = etree.parse(str(path)).xpath(
        "//xs:import/@schemaLocation | //xs:include/@schemaLocation",
        namespaces={"xs": "http://www.w3.org/2001/XMLSchema"},
    )
    assert isinstance(found, list)
    return [str(location) for location in found]


def test_the_xsd_imports_only_files_that_are_published_beside_it() -> None:
    assert _schema_locations(COMMITTED) == [schemas.XML_NAMESPACE_XSD_FILE]
    assert _schema_locations(XML_XSD) == []


def test_the_package_ships_the_published_xml_namespace_schema() -> None:
    assert schemas.xml_namespace_xsd_bytes() == XML_XSD.read_bytes()


def test_the_xml_namespace_schema_is_the_w3c_text_with_its_notice() -> None:
    official = shared_path("schemas-external", "akn", "xml.xsd").read_text(encoding="utf-8")
    ours = XML_XSD.read_text(encoding="utf-8")
    assert _W3C_NOTICE in ours
    head, _, body = ours.partition("-->\n")
    assert head.startswith("<?xml version='1.0'?>\n<!--\n")
    assert official == "<?xml version='1.0'?>\n" + body


def _compile(folder: Path) -> etree.XMLSchema:
    """The XSD as plain lxml compiles it from a file, without any resolver."""
    return etree.XMLSchema(etree.parse(str(folder / schemas.XSD_FILE)))


def test_plain_lxml_compiles_the_published_schemas_offline(tmp_path: Path) -> None:
    # A user's copy of the two published files, and nothing else.
    for name in (schemas.XSD_FILE, schemas.XML_NAMESPACE_XSD_FILE):
        shutil.copyfile(ROOT / "schemas" / name, tmp_path / name)
    schema = _compile(tmp_path)
    assert schema.validate(etree.fromstring(hn.to_xml(examples.load())))
    wrong = hn.to_xml(examples.load()).replace(b'xml:lang="fi"', b'xml:lang="fi fi"', 1)
    assert not schema.validate(etree.fromstring(wrong))
    first = next(iter(schema.error_log))
    assert (first.line, first.type_name) == (5, "SCHEMAV_CVC_DATATYPE_VALID_1_2_3")
    assert "XML/1998/namespace}lang': 'fi fi' is not a valid value" in first.message


def test_plain_lxml_compiles_the_installed_schemas() -> None:
    folder = resources.files("hyvaneuvottelu").joinpath("_data", "schemas")
    with resources.as_file(folder) as path:
        schema = _compile(path)
    assert schema.validate(etree.fromstring(hn.to_xml(every_kind())))


def test_xmllint_validates_the_example_against_the_published_xsd(tmp_path: Path) -> None:
    xmllint = shutil.which("xmllint")
    if xmllint is None:
        pytest.skip("xmllint is not installed (Debian: apt-get install libxml2-utils)")
    memo = tmp_path / "memo.xml"
    memo.write_bytes(hn.to_xml(examples.load()))
    result = subprocess.run(
        [xmllint, "--nonet", "--noout", "--schema", str(COMMITTED), str(memo)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert (result.returncode, result.stderr) == (0, f"{memo} validates\n")


def test_a_malformed_xml_lang_is_explained_as_a_language_code() -> None:
    data = hn.to_xml(examples.load()).replace(b'xml:lang="fi"', b'xml:lang="fi fi"', 1)
    with pytest.raises(hn.DocumentError) as caught:
        hn.from_xml(data)
    assert str(caught.value.problems[0]) == (
        "line 5: /negotiation/title/text/@xml:lang: expected a language code such as fi, "
        'found "fi fi"'
    )
