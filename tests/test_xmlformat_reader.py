"""Reading XML: round trips, and exact, located messages for documents that are wrong."""

from __future__ import annotations

import pytest
from hypothesis import given, settings

import hyvaneuvottelu as hn
from hyvaneuvottelu import DocumentError, examples
from hyvaneuvottelu import model as m
from hyvaneuvottelu.jsonformat import SCHEMA_VERSION as JSON_SCHEMA_VERSION
from hyvaneuvottelu.xmlformat import SCHEMA_VERSION, parse_untrusted

from .strategies import negotiations
from .xml_samples import every_kind

EXAMPLE = hn.to_xml(examples.load())


def problems(data: bytes) -> list[str]:
    with pytest.raises(DocumentError) as caught:
        hn.from_xml(data)
    return [p.message for p in caught.value.problems]


@settings(max_examples=150, deadline=None)
@given(negotiations())
def test_model_to_xml_to_model_is_equal_and_bytes_are_stable(negotiation: m.Negotiation) -> None:
    data = hn.to_xml(negotiation)
    back = hn.from_xml(data)
    assert back == negotiation
    assert hn.to_xml(back) == data


@settings(max_examples=100, deadline=None)
@given(negotiations())
def test_json_to_xml_to_json_reproduces_the_json(negotiation: m.Negotiation) -> None:
    for indent in (None, 2):
        data = hn.to_json(negotiation, indent=indent)
        assert hn.to_json(hn.from_xml(hn.to_xml(hn.from_json(data))), indent=indent) == data


def test_the_example_json_survives_xml_byte_for_byte() -> None:
    data = examples.read_bytes()
    assert hn.to_json(hn.from_xml(hn.to_xml(hn.from_json(data))), indent=2) == data


def test_every_kind_of_content_round_trips() -> None:
    memo = every_kind()
    assert hn.from_xml(hn.to_xml(memo)) == memo


def test_xml_and_json_share_the_schema_version() -> None:
    assert SCHEMA_VERSION == JSON_SCHEMA_VERSION


def test_prefixes_comments_and_cdata_are_read_like_the_canonical_form() -> None:
    data = (
        b'<?xml version="1.0" encoding="utf-8"?>\n'
        b"<!-- a comment -->\n"
        b'<h:negotiation xmlns:h="urn:hyvaneuvottelu:schema:1" schemaVersion="1.0">'
        b"<h:kind>councilTerm</h:kind><?pi ignored?>"
        b'<h:title><h:text xml:lang="fi"><![CDATA[Neuvottelu & <muuta>]]></h:text></h:title>'
        b"<h:county><h:id>x</h:id><h:kind> county </h:kind>"
        b'<h:name><h:text xml:lang="fi">X</h:text></h:name></h:county>'
        b"<h:municipalities/></h:negotiation>"
    )
    memo = hn.from_xml(data)
    assert memo.title == m.LocalizedText(fi="Neuvottelu & <muuta>")
    assert memo.county.kind is m.OrganisationKind.COUNTY


def _replace(old: bytes, new: bytes) -> bytes:
    assert old in EXAMPLE
    return EXAMPLE.replace(old, new, 1)


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        pytest.param(
            _replace(b"<kind>councilTerm</kind>", b"<kind>councilTerm</kind><foo/>"),
            ["line 3: /negotiation/foo: expected the element <title>, found the element <foo>"],
            id="unknown element",
        ),
        pytest.param(
            _replace(b"<kind>councilTerm</kind>", b"<kind>term</kind>"),
            [
                'line 3: /negotiation/kind: expected one of "councilTerm", '
                '"wellbeingPromotion", found "term"'
            ],
            id="unknown code",
        ),
        pytest.param(
            _replace(b'<title>\n    <text xml:lang="fi">Neuvottelu</text>\n  </title>\n', b""),
            [
                "line 4: /negotiation/legalBasis: expected the element <title>, "
                "found the element <legalBasis>"
            ],
            id="missing element",
        ),
        pytest.param(
            _replace(b"<statisticsCode>03</statisticsCode>", b""),
            [],
            id="optional element left out",
        ),
        pytest.param(
            _replace(b"<id>lohja</id>", b"<id>9lohja</id>"),
            [
                "line 29: /negotiation/municipalities/municipality/id: expected an identifier "
                "(a letter or '_', then letters, digits, '_', '.', '-'), found \"9lohja\""
            ],
            id="model invariant",
        ),
        pytest.param(
            _replace(
                b'<text xml:lang="fi">Neuvottelu</text>',
                b'<text xml:lang="fi">Neuvottelu</text><text xml:lang="fi">x</text>',
            ),
            [
                "line 5: /negotiation/title/text[2]: expected each language at most once, "
                'found xml:lang="fi" again'
            ],
            id="language twice",
        ),
        pytest.param(
            _replace(b'<text xml:lang="fi">Neuvottelu</text>', b'<text xml:lang="de">N</text>'),
            [
                'line 5: /negotiation/title/text/@xml:lang: expected one of "fi", "sv", "en", '
                'found "de"'
            ],
            id="unknown language",
        ),
        pytest.param(
            _replace(b'<text xml:lang="fi">Neuvottelu</text>', b"<text>Neuvottelu</text>"),
            ["line 5: /negotiation/title/text: expected the attribute xml:lang, found nothing"],
            id="no language",
        ),
        pytest.param(
            _replace(b"<kind>councilTerm", b'<kind a="1">councilTerm'),
            ["line 3: /negotiation/kind/@a: expected no attribute a, found the attribute a"],
            id="unknown attribute",
        ),
        pytest.param(
            _replace(b"<county>", b"<county>hello"),
            ["line 17: /negotiation/county: expected only child elements in <county>, found text"],
            id="stray text",
        ),
        pytest.param(
            _replace(b"<statuteYear>2021</statuteYear>", b"<statuteYear>20x1</statuteYear>"),
            [
                "line 10: /negotiation/legalBasis/legalReference/statuteYear: expected an integer, "
                'found "20x1"'
            ],
            id="not an integer",
        ),
        pytest.param(
            _replace(b"</kind>", b"</kinds>"),
            [
                "line 3, column 28: expected well-formed XML, found Opening and ending tag "
                "mismatch: kind line 3 and kinds"
            ],
            id="not well-formed",
        ),
        pytest.param(
            _replace(b'schemaVersion="1.1"', b""),
            [
                "line 2: /negotiation/@schemaVersion: expected a schemaVersion this release reads "
                '("1.0" to "1.1"), found nothing'
            ],
            id="no version",
        ),
        pytest.param(
            _replace(b'schemaVersion="1.1"', b'schemaVersion="one"'),
            [
                "line 2: /negotiation/@schemaVersion: expected a schemaVersion this release reads "
                '("1.0" to "1.1"), found "one"'
            ],
            id="bad version",
        ),
        pytest.param(
            _replace(b"<number>4</number>", b"<number>4a</number>"),
            [
                "line 239: /negotiation/sections/section[4]/number: expected a section number "
                "such as '4' or '4.2', found \"4a\""
            ],
            id="section number",
        ),
    ],
)
def test_wrong_documents_get_exact_located_messages(data: bytes, expected: list[str]) -> None:
    if not expected:
        hn.from_xml(data)
        return
    assert problems(data) == expected


def test_every_problem_is_reported_not_only_the_first() -> None:
    data = _replace(b"<id>lohja</id>", b"<id>9lohja</id>").replace(
        b"<id>lansi-uusimaa</id>", b"<id>-lansi</id>", 1
    )
    assert [p.split(":")[1] for p in problems(data)] == [
        " /negotiation/county/id",
        " /negotiation/municipalities/municipality/id",
    ]


def test_a_date_that_does_not_exist_is_refused() -> None:
    data = _replace(b"<theme>", b"<date>2025-02-30</date><theme>")
    assert problems(data) == [
        "line 73: /negotiation/date: expected a calendar date that exists, as YYYY-MM-DD, "
        'found "2025-02-30"'
    ]


def test_from_xml_reads_bytes_only() -> None:
    with pytest.raises(TypeError, match="from_xml reads bytes or a binary file, not str"):
        hn.from_xml(EXAMPLE.decode())  # type: ignore[arg-type]


def test_parse_untrusted_reads_other_xml_safely() -> None:
    root = parse_untrusted(b'<Metadata xmlns="urn:other"><a>1</a></Metadata>')
    assert (root.tag, root[0].text) == ("{urn:other}Metadata", "1")


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (
            b'<!DOCTYPE m [<!ENTITY x SYSTEM "file:///etc/passwd">]><m>&x;</m>',
            "line 1: before the root element: expected no document type declaration "
            "(DTDs and entities are refused), found <!DOCTYPE ...>",
        ),
        (
            b"\x1f\x8b\x08\x00",
            "line 1: expected an XML document, found gzip-compressed data (decompress it first)",
        ),
        (
            b"<m>",
            "line 1, column 4: expected well-formed XML, found Premature end of data in tag m line 1",
        ),
    ],
)
def test_parse_untrusted_refuses_what_from_xml_refuses(data: bytes, message: str) -> None:
    with pytest.raises(DocumentError) as caught:
        parse_untrusted(data)
    assert [p.message for p in caught.value.problems] == [message]


def test_an_xsi_attribute_whose_namespace_is_spelled_with_character_references_is_refused() -> None:
    data = _replace(
        b'<text xml:lang="fi">Neuvottelu</text>',
        b'<text xmlns:x="http&#58;//www.w3.org/2001/XMLSchema-instance"'
        b' x:noNamespaceSchemaLocation="sv" xml:lang="fi">Neuvottelu</text>',
    )
    assert problems(data) == [
        "line 5: /negotiation/title/text/@xsi:noNamespaceSchemaLocation: expected no xsi: "
        "attributes (documents are validated against the format's own XSD only), found "
        'xsi:noNamespaceSchemaLocation="sv"'
    ]
