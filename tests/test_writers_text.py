"""The JSON text writers write what the data writers and the standard library write, byte for byte."""

from __future__ import annotations

import json
from enum import StrEnum
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import hyvaneuvottelu as hn
import hyvaneuvottelu.jsonformat as jsonformat
from hyvaneuvottelu import examples
from hyvaneuvottelu import model as m
from hyvaneuvottelu.errors import LimitError
from hyvaneuvottelu.jsonformat._codec import encode_stdlib
from hyvaneuvottelu.jsonformat._converter import fast_converter
from hyvaneuvottelu.jsonformat._writers import _compiled, _Escaped, writer_source
from hyvaneuvottelu.limits import MAX_INTEGER_DIGITS

from .rule_cases import GOOD
from .strategies import negotiations

#: Every code list of the model.
CODE_LISTS = sorted(
    (
        value
        for value in vars(m).values()
        if isinstance(value, type) and issubclass(value, StrEnum) and value is not StrEnum
    ),
    key=lambda code_list: code_list.__name__,
)


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
    # Without an optional field, the object is written in one expression.
    assert writer_source(m.Paragraph, kind="compact") == (
        "def json_Paragraph_tagged(obj):\n"
        "    # hyvaneuvottelu.model._content.Paragraph\n"
        '    return f\'{{"type":"paragraph","text":{json_LocalizedText(obj.text)}}}\'\n'
    )
    # A code is looked up, escaped already; an integer read twice is read once.
    source = writer_source(m.AttendanceGroup, kind="compact")
    assert "    if obj.organisation_kind is not None:\n" in source
    assert '        s += f\',"organisationKind":{_codes' in source
    assert "[obj.organisation_kind]}'\n" in source
    assert (
        "    if obj.count is not None:\n"
        "        v = obj.count\n"
        "        s += f',\"count\":{(_int(v) if _LOW < v < _BOUND else _too_long(v))}'\n"
    ) in source
    assert source.endswith("    s += '}'\n    return s\n")
    # No required field: the object opens with the first field present, or is "{}".
    assert writer_source(m.LocalizedText, kind="indented") == (
        "def json_LocalizedText(obj, nl, st):\n"
        "    # hyvaneuvottelu.model._text.LocalizedText\n"
        "    n = nl + st\n"
        "    s = ''\n"
        "    if obj.fi is not None:\n"
        "        s = f'{{{n}\"fi\": {_str(obj.fi)}'\n"
        "    if obj.sv is not None:\n"
        "        s = f'{s},{n}\"sv\": {_str(obj.sv)}' if s else f'{{{n}\"sv\": {_str(obj.sv)}'\n"
        "    if obj.en is not None:\n"
        "        s = f'{s},{n}\"en\": {_str(obj.en)}' if s else f'{{{n}\"en\": {_str(obj.en)}'\n"
        "    if not s:\n"
        "        return '{}'\n"
        "    s += f'{nl}}}'\n"
        "    return s\n"
    )


def test_the_document_writer_writes_the_version_first_and_a_newline_last() -> None:
    source = writer_source(m.Negotiation, kind="compact")
    assert source.startswith(
        "def document_Negotiation(obj):\n"
        "    # hyvaneuvottelu.model._negotiation.Negotiation\n"
        '    s = f\'{{"schemaVersion":"1.1","kind":{_codes'
    )
    assert source.endswith("    s += '}\\n'\n    return s\n")
    assert writer_source(m.Negotiation, kind="indented").endswith(
        "    s += nl + '}\\n'\n    return s\n"
    )


@pytest.mark.parametrize("kind", ["compact", "indented"])
def test_every_code_is_written_as_the_standard_library_writes_it(kind: str) -> None:
    writer_source(m.Negotiation, kind=kind)
    (writers,) = [
        writers
        for (root, compiled_kind, _), (writers, _) in _compiled.items()
        if root is m.Negotiation and compiled_kind == kind
    ]
    namespace = writers[m.Negotiation].__globals__
    tables = {
        type(next(iter(table))): table
        for name, table in namespace.items()
        if name.startswith("_codes")
    }
    assert sorted(tables, key=lambda code_list: code_list.__name__) == CODE_LISTS
    for code_list, table in tables.items():
        assert table == {code: json.dumps(code.value, ensure_ascii=False) for code in code_list}, (
            code_list
        )


def test_a_text_missing_from_a_table_of_codes_is_escaped_when_looked_up() -> None:
    table = _Escaped({"a": '"a"'})
    assert table["a"] == '"a"'
    assert table['b"\\\n\u00e4'] == '"b\\"\\\\\\n\u00e4"'
    assert list(map(table.__getitem__, ["a", "c"])) == ['"a"', '"c"']


@pytest.mark.parametrize("indent", [None, 2])
def test_an_optional_integer_is_written_to_the_limit_and_refused_past_it(
    indent: int | None,
) -> None:
    def attending(count: int) -> m.Negotiation:
        group = m.AttendanceGroup(id="g", description=m.LocalizedText(fi="Yleisö"), count=count)
        return attrs.evolve(examples.load(), attendance_groups=(group,))

    largest = attending(10**MAX_INTEGER_DIGITS - 1)
    assert hn.to_json(largest, indent=indent) == _reference(largest, indent)
    with pytest.raises(LimitError) as caught:
        hn.to_json(attending(10**MAX_INTEGER_DIGITS), indent=indent)
    assert str(caught.value) == (
        "/attendanceGroups/0/count: cannot be written as JSON: the number has 21 digits, "
        "more than the 20 the readers accept"
    )
