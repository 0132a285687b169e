"""Writing XML: golden bytes, determinism, escapes, and text XML 1.0 cannot carry."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import attrs
import pytest

import hyvaneuvottelu as hn
from hyvaneuvottelu import OutputError, examples
from hyvaneuvottelu import model as m

from .xml_samples import every_kind

GOLDEN = Path(__file__).parent / "golden" / "lohja-neuvottelumuistio.xml"


def test_the_example_matches_its_golden_file() -> None:
    assert hn.to_xml(examples.load()) == GOLDEN.read_bytes()


def test_output_is_utf8_with_a_declaration_and_a_final_newline() -> None:
    data = hn.to_xml(every_kind())
    assert data.startswith(b'<?xml version="1.0" encoding="UTF-8"?>\n<negotiation ')
    assert data.endswith(b"</negotiation>\n")
    assert b'xmlns="urn:hyvaneuvottelu:schema:1" schemaVersion="1.1"' in data
    data.decode("utf-8")


def test_markup_and_carriage_returns_are_escaped() -> None:
    data = hn.to_xml(every_kind())
    assert b"yhteisty\xc3\xb6 &amp; &lt;ty\xc3\xb6njako&gt;&#13;\nrivi ]]&gt; loppu" in data


def test_fields_equal_to_their_default_are_left_out_but_required_ones_stay() -> None:
    memo = attrs.evolve(every_kind(), municipalities=(), sections=(), outcomes=(), record=None)
    data = hn.to_xml(memo)
    assert b"  <municipalities/>\n" in data
    assert b"<sections" not in data
    assert b"<record" not in data


def test_times_are_written_as_xsd_times() -> None:
    data = hn.to_xml(every_kind())
    assert b"<startTime>09:00:00</startTime>" in data
    assert b"<created>2025-02-03T14:30:05.000120+02:00</created>" in data


def _with_title(text: str) -> m.Negotiation:
    return attrs.evolve(every_kind(), title=m.LocalizedText(fi="Neuvottelu", sv=text))


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("a\x00b", "U+0000 at character 2"),
        ("\x1bescape", "U+001B at character 1"),
        ("lone \ud800", "U+D800 at character 6"),
        ("ab\ufffe", "U+FFFE at character 3"),
        ("\uffff", "U+FFFF at character 1"),
    ],
)
def test_text_xml_cannot_carry_is_refused_naming_the_element(text: str, shown: str) -> None:
    with pytest.raises(OutputError) as caught:
        hn.to_xml(_with_title(text))
    assert str(caught.value) == (
        f"/negotiation/title/text[2]: cannot be written as XML: the sv text: the text holds "
        f"{shown}, which XML 1.0 cannot carry"
    )


def test_a_bad_character_deep_in_the_memo_is_located() -> None:
    memo = every_kind()
    finding = memo.sections[2].content[0]
    assert isinstance(finding, m.Finding)
    bad_point = attrs.evolve(finding.points[1], text=m.LocalizedText(fi="x\x07"))
    bad_finding = attrs.evolve(finding, points=(finding.points[0], bad_point))
    section = attrs.evolve(memo.sections[2], content=(bad_finding, *memo.sections[2].content[1:]))
    memo = attrs.evolve(memo, sections=(*memo.sections[:2], section, memo.sections[3]))
    with pytest.raises(OutputError) as caught:
        hn.to_xml(memo)
    assert str(caught.value) == (
        "/negotiation/sections/section[3]/content/finding/points/point[2]/text/text: "
        "cannot be written as XML: the fi text: the text holds U+0007 at character 2, "
        "which XML 1.0 cannot carry"
    )


def test_a_bad_character_in_a_plain_string_field_is_located() -> None:
    memo = attrs.evolve(every_kind(), council_term=None)
    participant = attrs.evolve(memo.participants[0], name="Jussi\x0cPatinen")
    memo = attrs.evolve(memo, participants=(participant, memo.participants[1]))
    with pytest.raises(OutputError, match=r"^/negotiation/participants/participant\[1\]/name: "):
        hn.to_xml(memo)


def test_a_time_with_an_offset_is_refused_before_anything_is_written() -> None:
    # Refused by the model when made, so that JSON cannot drop what XML refuses.
    with pytest.raises(hn.InvalidValueError) as caught:
        attrs.evolve(every_kind(), start_time=dt.time(9, 0, tzinfo=dt.UTC))
    assert str(caught.value) == (
        "Negotiation.startTime: expected a time of day in whole seconds, without a UTC offset, "
        'found "09:00:00+00:00"'
    )


def test_only_a_negotiation_can_be_written() -> None:
    with pytest.raises(OutputError, match="expected a Negotiation, found str"):
        hn.to_xml("memo")  # type: ignore[arg-type]
