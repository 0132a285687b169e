"""The hardened XML parser: its limits at the exact edge, and the parser's own flags.

The DOCTYPE refusal stops every document with a DTD before the parser sees
it, so the flags that keep a DTD harmless are tested on the parser itself.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

import hyvaneuvottelu as hn
from hyvaneuvottelu import DocumentError, examples
from hyvaneuvottelu.errors import Problem
from hyvaneuvottelu.limits import MAX_TEXT
from hyvaneuvottelu.xmlformat import _counting, _parse, _parsers, parse_untrusted
from hyvaneuvottelu.xmlformat._xsd_errors import attribute_problems

VALID = hn.to_xml(examples.load())
TITLE = b'<text xml:lang="fi">Neuvottelu</text>'
VERSION = b'schemaVersion="1.1"'
assert VERSION in VALID


def problems(data: bytes, **limits: int) -> list[str]:
    with pytest.raises(DocumentError) as caught:
        hn.from_xml(data, **limits)
    return [str(p) for p in caught.value.problems]


def test_a_document_of_exactly_max_bytes_is_read_and_one_byte_more_is_not() -> None:
    assert hn.from_xml(VALID, max_bytes=len(VALID)) == examples.load()
    assert problems(VALID, max_bytes=len(VALID) - 1) == [
        f"line 1: expected a document of at most {len(VALID) - 1} bytes, found {len(VALID)} bytes"
    ]


def test_elements_nested_exactly_max_depth_deep_are_read_and_one_level_more_is_not() -> None:
    # The example's deepest elements: negotiation, sections, section, content,
    # statement, points, point, text, text; the first of them is on line 156.
    assert hn.from_xml(VALID, max_depth=9) == examples.load()
    assert problems(VALID, max_depth=8) == [
        "line 156: /negotiation/sections/section[2]/.../text: expected elements nested at "
        "most 8 deep, found <text> at depth 9"
    ]


def test_a_text_of_exactly_max_text_characters_is_read_and_one_more_is_not() -> None:
    longest = VALID.replace(TITLE, b'<text xml:lang="fi">' + b"a" * MAX_TEXT + b"</text>", 1)
    assert hn.from_xml(longest).title.fi == "a" * MAX_TEXT
    too_long = longest.replace(b">aaa", b">aaaa", 1)
    assert problems(too_long) == [
        "line 5: /negotiation/title/text: expected a text of at most 1000000 characters, "
        "found 1000001 characters"
    ]


@pytest.mark.parametrize(
    ("version", "found"),
    [
        ("1.2", '"1.2" (a newer version: upgrade hyvaneuvottelu)'),
        ("2.0", '"2.0" (a newer version: upgrade hyvaneuvottelu)'),
        ("0.9", '"0.9"'),
        ("1.", '"1."'),
        (".0", '".0"'),
        ("1.0.0", '"1.0.0"'),
    ],
)
def test_versions_this_release_does_not_read(version: str, found: str) -> None:
    data = VALID.replace(VERSION, f'schemaVersion="{version}"'.encode(), 1)
    assert problems(data) == [
        'line 2: /negotiation/@schemaVersion: expected a schemaVersion this release reads ("1.0" '
        f'to "1.1"), found {found}'
    ]


def test_a_version_without_the_attribute() -> None:
    data = VALID.replace(b" " + VERSION, b"", 1)
    assert problems(data) == [
        'line 2: /negotiation/@schemaVersion: expected a schemaVersion this release reads ("1.0" '
        'to "1.1"), found nothing'
    ]


def test_a_minor_version_of_twenty_digits_is_a_number_and_of_twenty_one_is_not() -> None:
    twenty = VALID.replace(VERSION, b'schemaVersion="1.' + b"0" * 20 + b'"', 1)
    twenty_one = twenty.replace(b'schemaVersion="1.', b'schemaVersion="1.0', 1)
    expected = 'expected a schemaVersion this release reads ("1.0" to "1.1")'
    assert f"{expected}, found" not in " ".join(_messages(twenty))
    assert problems(twenty_one) == [
        f'line 2: /negotiation/@schemaVersion: {expected}, found "1.{"0" * 21}"'
    ]


def _messages(data: bytes) -> list[str]:
    try:
        hn.from_xml(data)
    except DocumentError as caught:
        return [str(p) for p in caught.problems]
    return []


@pytest.mark.parametrize(
    ("namespace", "found"),
    [
        ("urn:hyvaneuvottelu:schema:01", ""),
        ("urn:hyvaneuvottelu:schema:3", " (a newer major version: upgrade hyvaneuvottelu)"),
        ("urn:hyvaneuvottelu:schema:0", ""),
        ("urn:other", ""),
    ],
)
def test_the_root_in_another_namespace(namespace: str, found: str) -> None:
    data = VALID.replace(b"urn:hyvaneuvottelu:schema:1", namespace.encode(), 1)
    assert problems(data) == [
        "line 2: /negotiation: expected the element <negotiation> in the namespace "
        f'"urn:hyvaneuvottelu:schema:1", found the element <negotiation> in the namespace '
        f'"{namespace}"{found}'
    ]


def test_another_root_in_no_namespace() -> None:
    assert problems(b'<memo schemaVersion="1.0"/>') == [
        "line 1: /memo: expected the element <negotiation> in the namespace "
        '"urn:hyvaneuvottelu:schema:1", found the element <memo> in no namespace'
    ]


# The parser itself: reached only past the DOCTYPE refusal, so called directly.

WITH_DTD = (
    b'<?xml version="1.0"?>\n'
    b'<!DOCTYPE r [<!ENTITY e "EXPANDED"><!ATTLIST r d CDATA "default"><!ELEMENT r EMPTY>]>\n'
    b'<r xml:id="i1"><!--comment--><?pi data?><![CDATA[cdata]]>&e;</r>'
)


@pytest.fixture
def parser(monkeypatch: pytest.MonkeyPatch) -> etree.XMLParser:
    """The hardened parser, made afresh for this thread rather than taken from its cache."""
    monkeypatch.delattr(_parsers._local, "parser", raising=False)
    made = _parsers.parser()
    assert _parsers.parser() is made
    return made


def test_the_parser_expands_no_entity_applies_no_default_and_keeps_no_comment(
    parser: etree.XMLParser,
) -> None:
    root = etree.fromstring(WITH_DTD, parser)
    # Not validated against its DTD (r is declared EMPTY), nothing added from it,
    # the entity left a reference, comments and processing instructions dropped,
    # CDATA made text, xml:id not collected.
    assert etree.tostring(root) == b'<r xml:id="i1">cdata&e;</r>'
    assert root.text == "cdata"
    assert [type(child) for child in root] == [etree._Entity]
    # lxml's get() still answers from the DTD's defaults: hence the DTD refusal before all.
    assert root.keys() == ["{http://www.w3.org/XML/1998/namespace}id"]
    assert root.xpath("id('i1')") == []


def test_the_parser_loads_no_external_dtd(parser: etree.XMLParser, tmp_path: Path) -> None:
    dtd = tmp_path / "memo.dtd"
    dtd.write_text('<!ATTLIST r d CDATA "from-the-file">', encoding="utf-8")
    root = etree.fromstring(f'<!DOCTYPE r SYSTEM "{dtd.as_uri()}"><r/>'.encode(), parser)
    assert dict(root.attrib) == {}


def test_the_parser_keeps_libxml2_limits_and_does_not_recover(parser: etree.XMLParser) -> None:
    with pytest.raises(etree.XMLSyntaxError, match=r"^Excessive depth in document: 256"):
        etree.fromstring(b"<a>" * 300 + b"</a>" * 300, parser)
    with pytest.raises(etree.XMLSyntaxError, match=r"^Opening and ending tag mismatch"):
        etree.fromstring(b"<a><b></a>", parser)


@pytest.mark.parametrize(
    "data",
    [
        b"<!DOCTYPE r><r/>",
        b'<!DOCTYPE r SYSTEM "r.dtd"><r/>',
        b'<!DOCTYPE r PUBLIC "-//A//B" "r.dtd"><r/>',
        WITH_DTD,
    ],
)
def test_a_tree_with_a_dtd_is_refused(parser: etree.XMLParser, data: bytes) -> None:
    with pytest.raises(DocumentError) as caught:
        _parse._refuse_dtd(etree.fromstring(data, parser))
    assert [str(p) for p in caught.value.problems] == [
        "line 1: before the root element: expected no document type declaration "
        "(DTDs and entities are refused), found <!DOCTYPE ...>"
    ]


def test_a_tree_without_a_dtd_is_not_refused(parser: etree.XMLParser) -> None:
    _parse._refuse_dtd(etree.fromstring(b"<r/>", parser))


def _sixty_errors_in(size: int) -> bytes:
    start = VALID.index(b"  <topics>")
    end = VALID.index(b"  </topics>\n") + len(b"  </topics>\n")
    data = VALID[:start] + b"  <topics>" + b"<topic>x</topic>" * 60 + b"</topics>\n" + VALID[end:]
    padding = size - len(data) - len(b"<!---->")
    return data.replace(b"</negotiation>", b"<!--" + b"p" * padding + b"--></negotiation>")


@pytest.fixture
def counted(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every document over 128 KiB has its errors counted while it is parsed.

    A large document of few elements and attributes, none with many children,
    is validated as a tree at once; these tests are of the counting.
    """
    monkeypatch.setattr(_counting, "DIRECT_ITEMS", 0)


def test_errors_in_a_document_of_128_kib_are_all_counted_and_past_it_counting_stops(
    counted: None,
) -> None:
    at_most = _sixty_errors_in(128 * 1024)
    assert len(at_most) == 131_072
    with pytest.raises(DocumentError) as caught:
        hn.from_xml(at_most)
    assert (caught.value.omitted, caught.value.stopped) == (10, False)
    assert str(caught.value).splitlines()[0] == "50 problems in the document, and 10 more"
    larger = _sixty_errors_in(128 * 1024 + 1)
    assert len(larger) == 131_073
    with pytest.raises(DocumentError) as caught:
        hn.from_xml(larger)
    assert caught.value.stopped is True
    assert str(caught.value).splitlines()[0] == (
        "50 problems in the document, and more: the reader stopped looking"
    )


def test_errors_of_a_large_document_of_few_items_are_all_counted_at_once() -> None:
    # 128 KiB and a byte, but some 1,300 "<" and "=" and 60 topics in a row:
    # validated as a tree, every error counted, nothing cut.
    larger = _sixty_errors_in(128 * 1024 + 1)
    with pytest.raises(DocumentError) as caught:
        hn.from_xml(larger)
    assert (caught.value.omitted, caught.value.stopped) == (10, False)
    assert str(caught.value).splitlines()[0] == "50 problems in the document, and 10 more"


def test_errors_that_pass_the_limit_in_the_last_piece_but_one_are_cut_there(
    counted: None,
) -> None:
    # Errors are counted after each piece of 16 KiB but the last. The 51st error
    # here ends 52 bytes before the end of a document of 128 KiB and a byte, in
    # the eighth piece, which ends 1 byte before the document does: the count
    # passes the limit there, so the reader stops looking. With pieces a little
    # larger or smaller, the eighth would be the last, or end before the error.
    last = VALID.rindex(b"<topics>")
    errors = b"<topics>" + b"<topic>x</topic>" * 51
    tail = b"</topics></followUpAction></outcomes></negotiation>\n"
    padding = 128 * 1024 + 1 - last - len(errors) - len(tail) - len(b"<!---->")
    data = VALID[:last] + b"<!--" + b"p" * padding + b"-->" + errors + tail
    assert (len(data), data.index(tail)) == (131_073, 131_021)
    with pytest.raises(DocumentError) as caught:
        hn.from_xml(data)
    assert (caught.value.omitted, caught.value.stopped) == (None, True)
    line = data[: data.index(errors)].count(b"\n") + 1
    action = data[: data.index(errors)].count(b"<followUpAction>")
    assert str(caught.value.problems[-1]) == (
        f"line {line}: /negotiation/outcomes/followUpAction[{action}]/topics/topic[51]: "
        "expected at most "
        "50 problems listed, found more problems from here on (the reader stopped looking "
        "after 50)"
    )


def _large_with_attributes(count: int) -> bytes:
    topics = VALID.index(b"  <topics>") + len(b"  <topics>")
    large = VALID[:topics] + b"<topic>other</topic>" * 8_000 + VALID[topics:]
    # Named with an X: nothing but "<" and "=" must count when attributes are looked for.
    attributes = b"".join(b' X%d="%d"' % (i, i) for i in range(count))
    return large.replace(TITLE, TITLE.replace(b">", attributes + b">", 1), 1)


@pytest.mark.parametrize(("count", "looked_at"), [(49, 0), (50, 1)])
def test_a_tag_with_more_attributes_than_are_listed_is_looked_at_before_the_xsd(
    monkeypatch: pytest.MonkeyPatch, count: int, looked_at: int
) -> None:
    # With xml:lang, the tag has count + 1 attributes: 51 is more than the 50 listed.
    calls: list[int] = []

    def spy(root: etree._Element) -> list[Problem]:
        calls.append(1)
        return attribute_problems(root)

    monkeypatch.setattr(_parse, "attribute_problems", spy)
    data = _large_with_attributes(count)
    assert len(data) > 128 * 1024
    with pytest.raises(DocumentError) as caught:
        hn.from_xml(data)
    assert len(calls) == looked_at
    assert str(caught.value.problems[0]) == (
        "line 5: /negotiation/title/text/@X0: expected no attribute X0, found the attribute X0"
    )


@pytest.mark.parametrize("resolver", [_parsers.LoadNothing, _parsers.XmlNamespaceOnly])
def test_the_resolvers_answer_an_external_dtd_with_nothing(
    resolver: type[etree.Resolver], tmp_path: Path
) -> None:
    # Even a parser told to load DTDs and expand entities gets nothing through them.
    dtd = tmp_path / "memo.dtd"
    dtd.write_text('<!ENTITY e "from the file">', encoding="utf-8")
    parser = etree.XMLParser(load_dtd=True, no_network=True, resolve_entities=True)
    parser.resolvers.add(resolver())
    with pytest.raises(etree.XMLSyntaxError, match=r"^Entity 'e' not defined"):
        etree.fromstring(f'<!DOCTYPE r SYSTEM "{dtd.as_uri()}"><r>&e;</r>'.encode(), parser)


@pytest.mark.parametrize(
    ("data", "column"),
    [
        (b"<r>" + b"x" * 10_000_001 + b"</r>", 10_000_005),
        (b'<r a="' + b"x" * 10_000_001 + b'"/>', 10_000_002),
    ],
    ids=["text", "attribute"],
)
def test_a_text_longer_than_libxml2_reads_is_named_as_such(data: bytes, column: int) -> None:
    with pytest.raises(DocumentError) as caught:
        parse_untrusted(data, max_bytes=len(data))
    assert [str(p) for p in caught.value.problems] == [
        f"line 1, column {column}: expected a text of at most 1000000 characters, "
        "found a text longer than the parser's limit"
    ]


def test_the_untrusted_reader_reads_bytes_only() -> None:
    with pytest.raises(TypeError) as caught:
        parse_untrusted("<r/>")  # type: ignore[arg-type]  # the mistake under test
    assert str(caught.value) == "parse_untrusted reads bytes, not str"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (
            b"\xfe\xff" + "<r/>".encode("utf-16-be"),
            "line 1: expected UTF-8 text (the format is UTF-8 only), "
            "found a UTF-16 or UTF-32 byte order mark",
        ),
        (
            b"\xff\xfe" + "<r/>".encode("utf-16-le"),
            "line 1: expected UTF-8 text (the format is UTF-8 only), "
            "found a UTF-16 or UTF-32 byte order mark",
        ),
        (
            b"\n<r>\x00</r>",
            "line 2, byte 4: expected UTF-8 text (the format is UTF-8 only), "
            "found a NUL byte (is it UTF-16 or UTF-32?)",
        ),
        (
            "<r/>".encode("utf-16-le"),
            "line 1, byte 1: expected UTF-8 text (the format is UTF-8 only), "
            "found a NUL byte (is it UTF-16 or UTF-32?)",
        ),
        (
            "<r/>".encode("utf-16-be"),
            "line 1, byte 0: expected UTF-8 text (the format is UTF-8 only), "
            "found a NUL byte (is it UTF-16 or UTF-32?)",
        ),
        (
            b"\n\n<r>\xff</r>",
            "line 3, byte 5: expected UTF-8 text, found the byte 0xff, which is not UTF-8",
        ),
    ],
    ids=["utf-16-be", "utf-16-le", "nul", "le-no-mark", "be-no-mark", "not-utf-8"],
)
def test_bytes_that_are_not_utf8_are_refused_where_they_are(data: bytes, message: str) -> None:
    with pytest.raises(DocumentError) as caught:
        parse_untrusted(data)
    assert [str(p) for p in caught.value.problems] == [message]


@pytest.mark.parametrize(
    ("data", "column"),
    [
        (b"<r" + b"x" * 60_000 + b"/>", 60_003),
        (b"<r a" + b"x" * 60_000 + b'="1"/>', 60_005),
    ],
    ids=["element", "attribute"],
)
def test_a_name_longer_than_libxml2_reads_is_named_as_a_name(data: bytes, column: int) -> None:
    with pytest.raises(DocumentError) as caught:
        parse_untrusted(data, max_bytes=len(data))
    assert [str(p) for p in caught.value.problems] == [
        f"line 1, column {column}: expected a name of at most 50000 characters, "
        "found a name longer than the parser's limit"
    ]
