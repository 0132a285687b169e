"""The XML reader: every failure a located DocumentError, the library's limits enforced."""

from __future__ import annotations

import pytest
from lxml import etree

import hyvaneuvottelu as hn
from hyvaneuvottelu import DocumentError, examples, limits, xmlformat
from hyvaneuvottelu.xmlformat._parsers import parser as hardened_parser
from hyvaneuvottelu.xmlformat._xsd_errors import attribute_problems

VALID = hn.to_xml(examples.load())
ROOT_OPEN = b'<negotiation xmlns="urn:hyvaneuvottelu:schema:1" schemaVersion="1.1"'
NUMBER = b"<statuteNumber>611</statuteNumber>"
NUMBER_LINE = VALID[: VALID.index(NUMBER)].count(b"\n") + 1
LARGE = VALID.replace(b"  <topics>", b"  <topics>" + b"<topic>other</topic>" * 8_000, 1)
# Cut where the outcomes end (the attachments follow them).
TRUNCATED = LARGE[: LARGE.index(b"\n  </outcomes>\n")]
assert TRUNCATED.endswith(b"\n    </followUpAction>")
OUTCOMES_LINE = LARGE[: LARGE.index(b"  <outcomes>")].count(b"\n") + 1
LAST_LINE = TRUNCATED.count(b"\n") + 1


def problems(data: bytes) -> list[str]:
    with pytest.raises(DocumentError) as caught:
        hn.from_xml(data)
    return [p.message for p in caught.value.problems]


def test_the_readers_limits_are_the_librarys() -> None:
    assert xmlformat.MAX_BYTES == limits.MAX_XML_BYTES == 8 * 1024 * 1024
    assert xmlformat.MAX_DEPTH == limits.MAX_DEPTH
    assert xmlformat.MAX_TEXT == limits.MAX_TEXT


@pytest.mark.parametrize("digits", [21, 5000])
def test_an_integer_longer_than_the_limit_is_a_located_problem(digits: int) -> None:
    data = VALID.replace(NUMBER, b"<statuteNumber>" + b"1" * digits + b"</statuteNumber>", 1)
    assert problems(data) == [
        f"line {NUMBER_LINE}: /negotiation/legalBasis/legalReference/statuteNumber: "
        f"expected an integer of at most 20 digits, found a number of {digits} digits"
    ]


def test_an_integer_of_twenty_digits_is_read() -> None:
    data = VALID.replace(NUMBER, b"<statuteNumber>" + b"9" * 20 + b"</statuteNumber>", 1)
    assert hn.from_xml(data).legal_basis[0].statute_number == 10**20 - 1


@pytest.mark.parametrize("version", ["1" * 5000 + ".0", "1." + "0" * 21])
def test_a_version_of_many_digits_is_refused_not_crashed_on(version: str) -> None:
    data = VALID.replace(b'schemaVersion="1.1"', f'schemaVersion="{version}"'.encode(), 1)
    shown = version[:57] + "..." if len(version) > 60 else version
    assert problems(data) == [
        'line 2: /negotiation/@schemaVersion: expected a schemaVersion this release reads ("1.0" '
        f'to "1.1"), found "{shown}"'
    ]


def test_a_namespace_of_many_digits_is_refused_not_crashed_on() -> None:
    namespace = "urn:hyvaneuvottelu:schema:" + "9" * 5000
    data = VALID.replace(b"urn:hyvaneuvottelu:schema:1", namespace.encode(), 1)
    assert problems(data) == [
        "line 2: /negotiation: expected the element <negotiation> in the namespace "
        f'"urn:hyvaneuvottelu:schema:1", found the element <negotiation> in the namespace '
        f'"{namespace}"'
    ]


def test_a_newer_major_version_is_still_named() -> None:
    data = VALID.replace(b"urn:hyvaneuvottelu:schema:1", b"urn:hyvaneuvottelu:schema:2", 1)
    assert problems(data) == [
        "line 2: /negotiation: expected the element <negotiation> in the namespace "
        '"urn:hyvaneuvottelu:schema:1", found the element <negotiation> in the namespace '
        '"urn:hyvaneuvottelu:schema:2" (a newer major version: upgrade hyvaneuvottelu)'
    ]


def test_attributes_counted_before_the_xsd_are_worded_as_the_xsd_words_them() -> None:
    attributes = b' a="1" xmlns:o="urn:other" o:b="2" xml:space="preserve"'
    data = VALID.replace(ROOT_OPEN, ROOT_OPEN + attributes, 1).replace(
        b'<text xml:lang="fi">', b'<text xml:lang="fi" c="3">', 1
    )
    from_xsd = problems(data)
    assert from_xsd == [
        "line 2: /negotiation/@a: expected no attribute a, found the attribute a",
        "line 2: /negotiation/@{urn:other}b: expected no attribute {urn:other}b, "
        "found the attribute {urn:other}b",
        "line 2: /negotiation/@xml:space: expected no attribute xml:space, "
        "found the attribute xml:space",
        "line 5: /negotiation/title/text/@c: expected no attribute c, found the attribute c",
    ]
    root = etree.fromstring(data, hardened_parser())
    assert [p.message for p in attribute_problems(root)] == from_xsd


def _many_attributes(base: bytes) -> bytes:
    attributes = b"".join(b' a%d="%d"' % (i, i) for i in range(60))
    # An earlier element's unknown attribute comes first, in document order.
    return base.replace(b"<kind>", b'<kind z="0">', 1).replace(
        b'<text xml:lang="fi">', b'<text xml:lang="fi"' + attributes + b">", 1
    )


def test_more_attributes_than_are_listed_in_a_small_document_are_counted() -> None:
    listed = problems(_many_attributes(VALID))
    assert listed[:2] == [
        "line 3: /negotiation/kind/@z: expected no attribute z, found the attribute z",
        "line 5: /negotiation/title/text/@a0: expected no attribute a0, found the attribute a0",
    ]
    assert listed[-1] == (
        "line 5: /negotiation/title/text/@a49: expected at most 50 problems listed, "
        "found 11 more problems from here on, not listed"
    )


def test_more_attributes_on_one_element_of_a_large_document_are_looked_at_first() -> None:
    data = _many_attributes(LARGE)
    assert len(data) > 128 * 1024
    listed = problems(data)
    assert listed[:2] == [
        "line 3: /negotiation/kind/@z: expected no attribute z, found the attribute z",
        "line 5: /negotiation/title/text/@a0: expected no attribute a0, found the attribute a0",
    ]
    assert listed[-1] == (
        "line 5: /negotiation/title/text/@a49: expected at most 50 problems listed, "
        "found more problems from here on (the reader stopped looking after 50)"
    )


def test_namespace_declarations_are_not_attributes() -> None:
    declarations = b"".join(b' xmlns:p%d="urn:p%d"' % (i, i) for i in range(60))
    data = VALID.replace(ROOT_OPEN, ROOT_OPEN + declarations, 1)
    assert hn.from_xml(data) == examples.load()


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (
            LARGE.replace(b"<kind>", b'<"kind>', 1),
            "line 3, column 4: expected well-formed XML, found StartTag: invalid element name",
        ),
        (
            TRUNCATED,
            f"line {LAST_LINE}, column 22: expected well-formed XML, "
            f"found Premature end of data in tag outcomes line {OUTCOMES_LINE}",
        ),
    ],
)
def test_a_large_document_that_is_not_well_formed_is_refused(data: bytes, message: str) -> None:
    # Large documents have their errors counted by a parser that validates as it
    # parses, which returns a tree even of these: the tree must come from elsewhere.
    assert len(data) > 128 * 1024
    assert problems(data) == [message]


def test_a_large_valid_document_is_read() -> None:
    assert len(LARGE) > 128 * 1024
    assert hn.from_xml(LARGE).topics[:2] == (hn.Topic.OTHER, hn.Topic.OTHER)


def test_a_large_document_validated_while_parsed_is_validated_again_if_it_cannot_be_read(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Should the validation while parsing ever pass what the XSD refuses, the
    # tree's own validation still names it, rather than a KeyError or TypeError.
    monkeypatch.setattr(xmlformat._parse, "count_errors", lambda data: (True, None))
    missing = LARGE.replace(b"<kind>councilTerm</kind>", b"", 1)
    assert problems(missing) == [
        "line 4: /negotiation/title: expected the element <kind>, found the element <title>"
    ]
    unknown = LARGE.replace(b"<kind>", b"<sort>councilTerm</sort><kind>", 1)
    assert problems(unknown) == [
        "line 3: /negotiation/sort: expected the element <kind>, found the element <sort>"
    ]


def test_a_text_full_of_equals_signs_in_a_large_document_is_read() -> None:
    # As many "=" in a row as a tag with too many attributes would have.
    data = LARGE.replace(b">Neuvottelu<", b">" + b"=" * 60 + b"<", 1)
    assert hn.from_xml(data).title.fi == "=" * 60
