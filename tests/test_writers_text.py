"""The JSON text writers write what the data writers and the standard library write, byte for byte."""

from __future__ import annotations

from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import hyvaneuvottelu as hn
import hyvaneuvottelu.jsonformat as jsonformat
from hyvaneuvottelu import examples
from hyvaneuvottelu import model as m
from hyvaneuvottelu.jsonformat._codec import encode_stdlib
from hyvaneuvottelu.jsonformat._converter import fast_converter
from hyvaneuvottelu.jsonformat._writers import writer_source

from .rule_cases import GOOD
from .strategies import negotiations


def _reference(memo: m.Negotiation, indent: int | None) -> bytes:
    """What to_json wrote before the text writers: cattrs' data, then json.dumps."""
    document = {"schemaVersion": "1.1", **fast_converter.unstructure(memo, m.Negotiation)}
    return encode_stdlib(document, indent)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(negotiations(), st.sampled_from([None, 0, 1, 2, 4]))
def test_the_text_writer_writes_what_the_standard_library_writes(
    memo: m.Negotiation, indent: int | None
) -> None:
    assert hn.to_json(memo, indent=indent) == _reference(memo, indent)


@pytest.mark.parametrize("indent", [None, 0, 2, 7])
def test_the_examples_are_written_as_before(indent: int | None) -> None:
    for memo in (GOOD, examples.load(), m.Negotiation(**_minimal())):
        assert hn.to_json(memo, indent=indent) == _reference(memo, indent)


def _minimal() -> dict[str, Any]:
    organisation = m.Organisation(
        id="a", name=m.LocalizedText(fi="A"), kind=next(iter(m.OrganisationKind))
    )
    return {
        "kind": next(iter(m.NegotiationKind)),
        "title": m.LocalizedText(fi="T"),
        "county": organisation,
        "municipalities": (),
    }


def test_an_ordinary_memo_is_written_without_the_data_and_the_encoder(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def refuse(*args: object) -> bytes:
        raise AssertionError("the JSON-ready data was encoded")

    expected = _reference(examples.load(), 2)
    monkeypatch.setattr(jsonformat, "encode", refuse)
    assert hn.to_json(examples.load(), indent=2) == expected


def test_a_lone_surrogate_is_still_refused_where_it_is() -> None:
    memo = attrs.evolve(examples.load(), title=m.LocalizedText(fi="a\ud800"))
    for indent in (None, 2):
        with pytest.raises(hn.OutputError) as caught:
            hn.to_json(memo, indent=indent)
        assert str(caught.value) == (
            "/title/fi: text cannot be written as UTF-8: it holds the lone surrogate U+D800"
        )


def test_the_text_writer_can_be_read() -> None:
    assert writer_source(m.Paragraph, kind="compact") == (
        "def json_Paragraph_tagged(obj):\n"
        "    # hyvaneuvottelu.model._content.Paragraph\n"
        '    s = f\'{{"type":"paragraph","text":{json_LocalizedText(obj.text)}\'\n'
        "    return s + '}'\n"
    )
    # No required field: the object opens with the first field present, or is "{}".
    assert writer_source(m.LocalizedText, kind="indented") == (
        "def json_LocalizedText(obj, nl, st):\n"
        "    # hyvaneuvottelu.model._text.LocalizedText\n"
        "    n = nl + st\n"
        "    s = ''\n"
        "    if (v := obj.fi) is not None:\n"
        "        s = f'{{{n}\"fi\": {_str(v)}'\n"
        "    if (v := obj.sv) is not None:\n"
        "        s = f'{s},{n}\"sv\": {_str(v)}' if s else f'{{{n}\"sv\": {_str(v)}'\n"
        "    if (v := obj.en) is not None:\n"
        "        s = f'{s},{n}\"en\": {_str(v)}' if s else f'{{{n}\"en\": {_str(v)}'\n"
        "    return s + nl + '}' if s else '{}'\n"
    )
