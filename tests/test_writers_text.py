"""The JSON text writers write what the data writers and the standard library write, byte for byte."""

from __future__ import annotations

import itertools
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
from hyvaneuvottelu.jsonformat import _text_runtime
from hyvaneuvottelu.jsonformat._codec import encode_stdlib
from hyvaneuvottelu.jsonformat._converter import fast_converter
from hyvaneuvottelu.jsonformat._text_runtime import Escaped
from hyvaneuvottelu.jsonformat._writers import _compiled, writer_source
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
    # A few optional fields: each tested once, one expression for each combination.
    assert writer_source(m.SourceRef, kind="compact") == (
        "def json_SourceRef(obj):\n"
        "    # hyvaneuvottelu.model._outcomes.SourceRef\n"
        "    if obj.point is not None:\n"
        "        if obj.sentence is not None:\n"
        '            return f\'{{"section":{_str(obj.section)},"point":{_str(obj.point)},'
        '"sentence":{_ints[obj.sentence]}}}\'\n'
        '        return f\'{{"section":{_str(obj.section)},"point":{_str(obj.point)}}}\'\n'
        "    if obj.sentence is not None:\n"
        '        return f\'{{"section":{_str(obj.section)},"sentence":{_ints[obj.sentence]}}}\'\n'
        "    return f'{{\"section\":{_str(obj.section)}}}'\n"
    )
    # No required field: "{}" where none is present.
    source = writer_source(m.LocalizedText, kind="indented")
    assert source.startswith(
        "def json_LocalizedText(obj, nl, st):\n"
        "    # hyvaneuvottelu.model._text.LocalizedText\n"
        "    n = nl + st\n"
        "    if obj.fi is not None:\n"
        "        if obj.sv is not None:\n"
        "            if obj.en is not None:\n"
        '                return f\'{{{n}"fi": {_str(obj.fi)},{n}"sv": {_str(obj.sv)},'
        '{n}"en": {_str(obj.en)}{nl}}}\'\n'
    )
    assert source.endswith(
        "    if obj.en is not None:\n"
        "        return f'{{{n}\"en\": {_str(obj.en)}{nl}}}'\n"
        "    return '{}'\n"
    )
    # Many optional fields: a few at a time, added in place; codes looked up.
    source = writer_source(m.Participant, kind="compact")
    assert source.startswith(
        "def json_Participant(obj):\n"
        "    # hyvaneuvottelu.model._parties.Participant\n"
        "    if obj.name is not None:\n"
        "        if obj.title is not None:\n"
        "            if obj.organisation is not None:\n"
        '                s = f\'{{"id":{_str(obj.id)},"name":{_str(obj.name)},'
    )
    assert (
        "    if obj.leadership is not None:\n"
        "        if obj.roles:\n"
        "            if obj.presence is not None:\n"
        '                s += f\',"leadership":{_codes'
    ) in source
    assert ',"roles":[{_join(map(_codes' in source
    assert source.endswith(
        "    if obj.municipality_group is not None:\n"
        "        s += f',\"municipalityGroup\":{_str(obj.municipality_group)}}}'\n"
        "    else:\n"
        "        s += '}'\n"
        "    return s\n"
    )
    # An object that may be empty, with many optional fields: one at a time.
    source = writer_source(m.RecordMetadata, kind="compact")
    assert source.startswith(
        "def json_RecordMetadata(obj):\n"
        "    # hyvaneuvottelu.model._record.RecordMetadata\n"
        "    s = ''\n"
        "    if obj.identifier is not None:\n"
        "        s = f'{{\"identifier\":{_str(obj.identifier)}'\n"
        "    if obj.case_id is not None:\n"
        "        s = f'{s},\"caseId\":{_str(obj.case_id)}' if s else "
        "f'{{\"caseId\":{_str(obj.case_id)}'\n"
    )
    assert source.endswith("    if not s:\n        return '{}'\n    s += '}'\n    return s\n")


@pytest.mark.parametrize("indent", [None, 2])
def test_every_combination_of_optional_fields_is_written_as_before(indent: int | None) -> None:
    # A tree of three fields, and three groups of them (seven fields): all 7 + 128.
    texts = [
        m.LocalizedText(**{k: v for k, v in zip(("fi", "sv", "en"), values, strict=True) if v})
        for values in itertools.product(("", "ä"), ("", "å"), ("", "e"))
        if any(values)  # the model holds no text without a language
    ]
    participants = [
        m.Participant(
            id="p",
            **{
                name: value
                for name, value, present in zip(_PARTICIPANT, _VALUES, bits, strict=True)
                if present
            },
        )
        for bits in itertools.product((False, True), repeat=len(_PARTICIPANT))
    ]
    memo = attrs.evolve(examples.load(), objectives=tuple(texts), participants=tuple(participants))
    assert hn.to_json(memo, indent=indent) == _reference(memo, indent)


_PARTICIPANT = [
    "name",
    "title",
    "organisation",
    "leadership",
    "roles",
    "presence",
    "municipality_group",
]
_VALUES: list[Any] = [
    "N",
    m.LocalizedText(fi="T"),
    "o",
    next(iter(m.LeadershipKind)),
    tuple(m.MeetingRole),
    next(iter(m.Presence)),
    "g",
]


def test_integers_past_the_limit_are_refused_and_the_table_stays_small(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(_text_runtime, "_KEPT_INTEGERS", 3)
    table = _text_runtime.Integers()
    assert [table[i] for i in (7, -7, 10**MAX_INTEGER_DIGITS - 1, 8, 7)] == [
        "7",
        "-7",
        "9" * MAX_INTEGER_DIGITS,
        "8",
        "7",
    ]
    assert table == {7: "7", -7: "-7", 10**MAX_INTEGER_DIGITS - 1: "9" * MAX_INTEGER_DIGITS}
    for refused in (10**MAX_INTEGER_DIGITS, -(10**MAX_INTEGER_DIGITS)):
        with pytest.raises(
            ValueError, match=f"^an integer of more than {MAX_INTEGER_DIGITS} digits$"
        ):
            table[refused]


def test_the_document_writer_writes_the_version_first_and_a_newline_last() -> None:
    source = writer_source(m.Negotiation, kind="compact")
    assert source.startswith(
        "def document_Negotiation(obj):\n"
        "    # hyvaneuvottelu.model._negotiation.Negotiation\n"
        "    if obj.legal_basis:\n"
        "        if obj.other_organisations:\n"
        "            if obj.participants:\n"
        '                s = f\'{{"schemaVersion":"1.1","kind":{_codes'
    )
    assert source.endswith("        else:\n            s += '}\\n'\n    return s\n")
    assert writer_source(m.Negotiation, kind="indented").endswith(
        "        else:\n            s += f'{nl}}}\\n'\n    return s\n"
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
    table = Escaped({"a": '"a"'})
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
