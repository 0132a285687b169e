"""One set of limits: what the archive profile accepts is written, and read back; the
writers refuse, naming the place, what the readers would refuse.
"""

from __future__ import annotations

import json
import re
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from lxml import etree

import hyvaneuvottelu as hn
from hyvaneuvottelu import LocalizedText, Negotiation, Paragraph, Section, check, schemas
from hyvaneuvottelu.errors import LimitError
from hyvaneuvottelu.jsonformat._limits import SECTION_SLACK, refuse_deep_sections
from hyvaneuvottelu.limits import MAX_DEPTH, MAX_TEXT, MAX_XML_BYTES
from hyvaneuvottelu.rules._limits import _measure, _within

from .rule_cases import GOOD, changed, fi
from .strategies import negotiations
from .xml_samples import every_kind


def chain(levels: int) -> Negotiation:
    """The good memo with one section holding subsections ``levels`` deep."""
    section = Section(number="1", title=fi("Kohta"))
    for _ in range(levels - 1):
        section = Section(number="1", title=fi("Kohta"), subsections=(section,))
    return changed(sections=(section,), outcomes=())


def reads_back(negotiation: Negotiation) -> None:
    assert hn.from_xml(hn.to_xml(negotiation)) == negotiation
    assert hn.from_json(hn.to_json(negotiation)) == negotiation


def a026(negotiation: Negotiation) -> list[tuple[str, str]]:
    return [(f.path, f.message("en")) for f in check(negotiation, "archive") if f.code == "HN-A026"]


def test_a_text_at_the_limit_is_accepted_written_and_read_back() -> None:
    negotiation = changed(place=fi("a" * MAX_TEXT))
    assert check(negotiation, "archive").findings == ()
    reads_back(negotiation)


def test_a_text_past_the_limit_is_refused_by_the_profile_and_both_writers() -> None:
    negotiation = changed(place=fi("a" * (MAX_TEXT + 1)))
    assert a026(negotiation) == [
        (
            "/place/fi",
            "The memo could not be read back from the archive: "
            "the text has 1000001 characters, at most 1000000",
        )
    ]
    with pytest.raises(LimitError) as xml:
        hn.to_xml(negotiation)
    assert str(xml.value) == (
        "/negotiation/place/text: cannot be written as XML: "
        "the fi text has 1000001 characters, more than the 1000000 the readers accept"
    )
    assert (xml.value.limit, xml.value.found) == ("MAX_TEXT", MAX_TEXT + 1)
    with pytest.raises(LimitError) as json_:
        hn.to_json(negotiation)
    assert str(json_.value) == (
        "/place/fi: cannot be written as JSON: "
        "the text has 1000001 characters, more than the 1000000 the readers accept"
    )


def test_a_plain_text_past_the_limit_is_refused_where_it_is() -> None:
    participants = (
        attrs.evolve(GOOD.participants[0], name="a" * (MAX_TEXT + 1)),
        *GOOD.participants[1:],
    )
    negotiation = changed(participants=participants)
    assert [path for path, _ in a026(negotiation)] == ["/participants/0/name"]
    with pytest.raises(LimitError) as xml:
        hn.to_xml(negotiation)
    assert str(xml.value) == (
        "/negotiation/participants/participant[1]/name: cannot be written as XML: "
        "the text has 1000001 characters, more than the 1000000 the readers accept"
    )
    with pytest.raises(LimitError) as json_:
        hn.to_json(negotiation)
    assert str(json_.value).startswith("/participants/0/name: cannot be written as JSON: ")


def _statute_number(number: int) -> Negotiation:
    reference = attrs.evolve(GOOD.legal_basis[0], statute_number=number)
    return changed(legal_basis=(reference,))


def test_an_integer_of_twenty_digits_is_accepted_written_and_read_back() -> None:
    negotiation = _statute_number(10**20 - 1)
    assert "HN-A026" not in check(negotiation, "archive").codes
    reads_back(negotiation)


@pytest.mark.parametrize("fast", [True, False])
def test_an_integer_past_the_limit_is_refused_by_the_profile_and_both_writers(
    monkeypatch: pytest.MonkeyPatch, fast: bool
) -> None:
    if not fast:
        monkeypatch.setattr(hn.jsonformat._encode, "orjson", None)
    for number, digits in ((10**20, 21), (10**5000, 5001)):
        negotiation = _statute_number(number)
        assert a026(negotiation) == [
            (
                "/legalBasis/0/statuteNumber",
                "The memo could not be read back from the archive: "
                "the number has more than 20 digits",
            )
        ]
        with pytest.raises(LimitError) as xml:
            hn.to_xml(negotiation)
        assert str(xml.value) == (
            "/negotiation/legalBasis/legalReference/statuteNumber: cannot be written as XML: "
            "the number has more than 20 digits, more than the readers accept"
        )
        with pytest.raises(LimitError) as json_:
            hn.to_json(negotiation)
        assert str(json_.value) == (
            f"/legalBasis/0/statuteNumber: cannot be written as JSON: the number has {digits} "
            "digits, more than the 20 the readers accept"
        )


def test_an_integer_past_64_bits_is_written_as_json_without_orjson() -> None:
    # orjson holds integers to 64 bits; the limit allows twenty digits.
    negotiation = _statute_number(2**64 + 1)
    assert hn.from_json(hn.to_json(negotiation)) == negotiation


def test_sections_nested_to_the_xml_limit_are_accepted_written_and_read_back() -> None:
    # A section at level L is the element at depth 2L + 1; its title's text is 2 deeper.
    negotiation = chain(48)
    assert _measure(negotiation).depth == 99
    assert "HN-A026" not in check(negotiation, "archive").codes
    reads_back(negotiation)


def test_sections_one_level_deeper_are_refused_by_the_profile_and_the_xml_writer() -> None:
    negotiation = chain(49)
    deepest = "/sections/0" + "/subsections/0" * 48
    assert a026(negotiation) == [
        (
            f"{deepest}/title/fi",
            "The memo could not be read back from the archive: "
            "XML elements nested more than 100 deep",
        )
    ]
    with pytest.raises(LimitError) as xml:
        hn.to_xml(negotiation)
    assert str(xml.value) == (
        "/negotiation/sections/section"
        + "/subsections/section" * 48
        + "/title/text: cannot be written as XML: "
        "elements nested 101 deep, deeper than the 100 the readers accept"
    )
    # In JSON the title is an object at depth 100 and its text no container: still readable.
    assert hn.from_json(hn.to_json(negotiation)) == negotiation


def test_sections_nested_past_the_json_limit_are_refused_by_the_json_writer() -> None:
    with pytest.raises(LimitError) as json_:
        hn.to_json(chain(50))
    assert str(json_.value) == (
        "/sections/0"
        + "/subsections/0" * 49
        + ": cannot be written as JSON: an object at depth 101, deeper than the 100 the "
        "readers accept"
    )


def test_a_model_nested_thousands_deep_is_refused_not_a_recursion_error() -> None:
    negotiation = chain(5000)
    with pytest.raises(LimitError, match="elements nested 101 deep"):
        hn.to_xml(negotiation)
    with pytest.raises(LimitError, match="an object at depth 101"):
        hn.to_json(negotiation)
    assert _measure(negotiation).depth == MAX_DEPTH + 1


def _paragraphs(count: int) -> Negotiation:
    content = tuple(Paragraph(text=fi("a" * MAX_TEXT)) for _ in range(count))
    section = attrs.evolve(GOOD.sections[0], content=content)
    return changed(sections=(section, *GOOD.sections[1:]))


def test_a_memo_whose_xml_fits_the_reader_is_accepted_written_and_read_back() -> None:
    negotiation = _paragraphs(8)
    assert check(negotiation, "archive").findings == ()
    data = hn.to_xml(negotiation)
    assert 8 * MAX_TEXT < len(data) <= MAX_XML_BYTES
    assert hn.from_xml(data) == negotiation


def test_a_memo_whose_xml_is_larger_than_the_reader_accepts_is_refused() -> None:
    negotiation = _paragraphs(9)
    with pytest.raises(LimitError) as xml:
        hn.to_xml(negotiation)
    size = xml.value.found
    assert 9 * MAX_TEXT < size < 9 * MAX_TEXT + 20_000
    assert str(xml.value) == (
        f"/negotiation: cannot be written as XML: it would be {size} bytes, "
        "more than the 8388608 the readers accept"
    )
    assert a026(negotiation) == [
        (
            "",
            "The memo could not be read back from the archive: "
            f"as XML the memo would be {size} bytes, at most 8388608",
        )
    ]
    # JSON is not the archive's format and has no such limit.
    assert hn.from_json(hn.to_json(negotiation)) == negotiation


def test_the_rule_speaks_each_language() -> None:
    [finding] = [f for f in check(_paragraphs(9), "archive") if f.code == "HN-A026"]
    size = re.search(r"[0-9]{7,}", finding.message("en"))
    assert size is not None
    assert finding.message("fi") == (
        f"Muistiota ei voisi lukea arkistosta takaisin: XML-muodossa muistio olisi "
        f"{size.group()} tavua, enintään 8388608"
    )
    assert finding.message("sv") == (
        f"Promemorian skulle inte kunna läsas tillbaka ur arkivet: i XML-format vore "
        f"promemorian {size.group()} byte, högst 8388608"
    )


def _xml_depth(data: bytes) -> int:
    root = etree.fromstring(data)
    deepest = 0
    stack: list[tuple[Any, int]] = [(root, 1)]
    while stack:
        element, depth = stack.pop()
        deepest = max(deepest, depth)
        stack.extend((child, depth + 1) for child in element)
    return deepest


def _json_depth(value: Any, depth: int = 0) -> int:
    if isinstance(value, dict):
        return max([_json_depth(v, depth + 1) for v in value.values()], default=depth + 1)
    if isinstance(value, list):
        return max([_json_depth(v, depth + 1) for v in value], default=depth + 1)
    return depth


@settings(max_examples=100, deadline=None)
@given(negotiations())
def test_the_rule_measures_the_xml_as_the_writer_writes_it(negotiation: Negotiation) -> None:
    try:
        data = hn.to_xml(negotiation)
    except hn.OutputError:
        return
    extent = _measure(negotiation)
    assert extent.depth == _xml_depth(data)
    assert extent.size_bound >= len(data)


@pytest.mark.parametrize("negotiation", [every_kind(), GOOD, chain(40)])
def test_the_rule_measures_every_kind_of_content_as_the_writer_writes_it(
    negotiation: Negotiation,
) -> None:
    data = hn.to_xml(negotiation)
    assert _measure(negotiation).depth == _xml_depth(data)
    assert _measure(negotiation).size_bound >= len(data)


@settings(max_examples=100, deadline=None)
@given(negotiations())
def test_nothing_nests_deeper_in_json_than_the_sections_allow_for(
    negotiation: Negotiation,
) -> None:
    depth = _json_depth(json.loads(hn.to_json(negotiation)))
    assert depth <= refuse_deep_sections(negotiation) + SECTION_SLACK


def test_every_content_type_nests_within_the_slack_below_its_section() -> None:
    negotiation = every_kind()
    depth = _json_depth(json.loads(hn.to_json(negotiation)))
    assert depth <= refuse_deep_sections(negotiation) + SECTION_SLACK


def test_no_element_name_of_the_format_is_longer_than_the_rule_allows_for() -> None:
    names = re.findall(rb'<xs:element name="([^"]+)"', schemas.xsd_bytes())
    assert names
    assert max(len(name) for name in names) <= 64


def test_localized_text_is_a_wrapper_of_texts_in_both_measures() -> None:
    negotiation = changed(title=LocalizedText(fi="a", sv="b", en="c"))
    reads_back(negotiation)
    assert _measure(negotiation).depth == _xml_depth(hn.to_xml(negotiation))


@settings(max_examples=100, deadline=None)
@given(negotiations())
def test_the_fast_walk_vouches_only_for_what_the_measure_passes(negotiation: Negotiation) -> None:
    extent = _measure(negotiation)
    clean = not (extent.long_texts or extent.large_numbers or extent.too_deep)
    if _within(negotiation):
        assert clean
        assert extent.size_bound <= MAX_XML_BYTES


@pytest.mark.parametrize(
    "negotiation",
    [
        changed(place=fi("a" * (MAX_TEXT + 1))),
        changed(participants=(attrs.evolve(GOOD.participants[0], id="a" * (MAX_TEXT + 1)),)),
        _statute_number(10**20),
        chain(49),
        _paragraphs(9),
    ],
)
def test_the_fast_walk_doubts_every_memo_past_a_limit(negotiation: Negotiation) -> None:
    assert not _within(negotiation)
