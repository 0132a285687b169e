"""The JSON text writers write what the data writers and the standard library write, byte for byte."""

from __future__ import annotations

import itertools
import json
from datetime import date
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
from hyvaneuvottelu.jsonformat._converter import fast_converter
from hyvaneuvottelu.jsonformat._encode import encode_stdlib
from hyvaneuvottelu.jsonformat._text_runtime import Escaped, escape_controls
from hyvaneuvottelu.jsonformat._text_writer import _code, _in_literal
from hyvaneuvottelu.jsonformat._writers import _compiled, write_json, writer_source
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


#: Characters the JSON writers escape (every control character, the quote and the
#: backslash), and some that are written as they are but broke writers elsewhere.
_JSON_AWKWARD = [
    *map(chr, range(0x20)),
    '"',
    "\\",
    "/",
    "\x7f",
    "\x85",
    "\u2028",
    "\u2029",
    "\U0001f600",
    "\U0010fffd",
    "\u00e4",
    "\ud800",
    "\udfff",
]
_json_texts = st.lists(
    st.sampled_from(_JSON_AWKWARD) | st.characters(codec="utf-8"), max_size=8
).map("".join)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_json_texts, min_size=6, max_size=6), st.sampled_from([None, 0, 2]))
def test_any_text_is_written_as_the_standard_library_writes_it(
    texts: list[str], indent: int | None
) -> None:
    # Texts in every kind of place: a localized text, a required and an optional
    # field of a class of a few optional fields, and of one of many.
    fi, sv, en, name, id_, author = texts
    memo = examples.load()
    participant = attrs.evolve(memo.participants[0], name=name)
    object.__setattr__(participant, "id", id_)  # any text, past the model's pattern
    memo = attrs.evolve(
        memo,
        title=m.LocalizedText(fi=fi, sv=sv, en=en),
        participants=(participant, *memo.participants[1:]),
        record=m.RecordMetadata(author=author, case_id=fi),
    )
    if any("\ud800" <= c <= "\udfff" for c in "".join(texts)):
        with pytest.raises(hn.OutputError, match="lone surrogate"):
            hn.to_json(memo, indent=indent)
    else:
        assert hn.to_json(memo, indent=indent) == _reference(memo, indent)


def test_a_raw_text_s_control_characters_are_escaped_as_json_escapes_them() -> None:
    title = m.LocalizedText(fi="a\x00\x1f\n\t\x7f\u2028", sv='b"\n', en="c\\")
    written = hn.to_json(attrs.evolve(examples.load(), title=title))
    assert (
        b'"title":{"fi":"a\\u0000\\u001f\\n\\t\x7f\xe2\x80\xa8",'
        b'"sv":"b\\"\\n","en":"c\\\\"},"county"'
    ) in written
    assert written.endswith(b"}\n")
    written = hn.to_json(attrs.evolve(examples.load(), title=title), indent=2)
    assert (
        b'  "title": {\n    "fi": "a\\u0000\\u001f\\n\\t\x7f\xe2\x80\xa8",\n'
        b'    "sv": "b\\"\\n",\n    "en": "c\\\\"\n  },\n  "county"'
    ) in written


def test_escape_controls_escapes_control_characters_alone_and_keeps_the_final_newline() -> None:
    assert escape_controls(b'{"a":"x\ny\x01\x1f\r\x08\x0c","b":"\xc3\xa4"}\n') == (
        b'{"a":"x\\ny\\u0001\\u001f\\r\\b\\f","b":"\xc3\xa4"}\n'
    )
    plain = b'{"a":"\xc3\xa4 \x7f"}\n'
    assert escape_controls(plain) is plain
    # Indented, newlines are the document's own: a text's were escaped as it was written.
    assert escape_controls(b'{\n  "a": "x\ty\x00"\n}\n', indented=True) == (
        b'{\n  "a": "x\\ty\\u0000"\n}\n'
    )
    plain = b'{\n  "a": "\xc3\xa4"\n}\n'
    assert escape_controls(plain, indented=True) is plain


@attrs.frozen(kw_only=True)
class _Dated:
    """A class the model may gain: an optional date of a default, whose text is
    written with quotes in an expression, beside raw texts."""

    since: date | None = date(2020, 1, 1)
    note: str | None = None
    label: str = "-"


@pytest.mark.parametrize("text", ["a", 'a"b', "a\\b", "a\nb"])
@pytest.mark.parametrize("since", [None, date(2021, 2, 3)])
def test_a_raw_text_beside_an_expression_with_quotes_is_written_whole(
    text: str, since: date | None
) -> None:
    dated = _Dated(since=since, note=text, label=text)
    expected = encode_stdlib({"v": "1", **fast_converter.unstructure(dated, _Dated)}, None)
    assert write_json(dated, _Dated, None, ("v", "1")) == expected


def test_the_text_writer_can_be_read() -> None:
    # Without an optional field, the object is written in one expression.
    assert writer_source(m.Paragraph, kind="compact") == (
        "def json_Paragraph_tagged(obj):\n"
        "    # hyvaneuvottelu.model._content.Paragraph\n"
        '    return f\'{{"type":"paragraph","text":{json_LocalizedText(obj.text)}}}\'\n'
    )
    # A few optional fields: each tested once, one expression for each combination.
    # A text is written raw where it holds no quote and no backslash; an optional
    # one is read once, where it is tested.
    section = '"section":"{t if _q not in (t := obj.section) and _bs not in t else _str(t)[1:-1]}"'
    point = (
        '"point":"{v_point if _q not in v_point and _bs not in v_point else _str(v_point)[1:-1]}"'
    )
    assert writer_source(m.SourceRef, kind="compact") == (
        "def json_SourceRef(obj):\n"
        "    # hyvaneuvottelu.model._outcomes.SourceRef\n"
        "    # A text is written raw where it holds no quote and no backslash; "
        "write_json escapes its control characters.\n"
        "    if (v_point := obj.point) is not None:\n"
        "        if obj.sentence is not None:\n"
        f"            return f'{{{{{section},{point},\"sentence\":{{_ints[obj.sentence]}}}}}}'\n"
        f"        return f'{{{{{section},{point}}}}}'\n"
        "    if obj.sentence is not None:\n"
        f"        return f'{{{{{section},\"sentence\":{{_ints[obj.sentence]}}}}}}'\n"
        f"    return f'{{{{{section}}}}}'\n"
    )
    # No required field: "{}" where none is present.
    # Indented, a text holding a newline is escaped too.
    fi = "v_fi if _q not in v_fi and _bs not in v_fi and _nl not in v_fi else _str(v_fi)[1:-1]"
    en = "v_en if _q not in v_en and _bs not in v_en and _nl not in v_en else _str(v_en)[1:-1]"
    source = writer_source(m.LocalizedText, kind="indented")
    assert source.startswith(
        "def json_LocalizedText(obj, nl, st):\n"
        "    # hyvaneuvottelu.model._text.LocalizedText\n"
        "    # A text is written raw where it holds no quote, no backslash and no newline; "
        "write_json escapes its other control characters.\n"
        "    n = nl + st\n"
        "    if (v_fi := obj.fi) is not None:\n"
        "        if (v_sv := obj.sv) is not None:\n"
        "            if (v_en := obj.en) is not None:\n"
        f'                return f\'{{{{{{n}}"fi": "{{{fi}}}",'
    )
    assert source.endswith(
        "    if (v_en := obj.en) is not None:\n"
        f'        return f\'{{{{{{n}}"en": "{{{en}}}"{{nl}}}}}}\'\n'
        "    return '{}'\n"
    )
    # Many optional fields: a few at a time, added in place; codes looked up.
    source = writer_source(m.Participant, kind="compact")
    assert source.startswith(
        "def json_Participant(obj):\n"
        "    # hyvaneuvottelu.model._parties.Participant\n"
        "    # A text is written raw where it holds no quote and no backslash; "
        "write_json escapes its control characters.\n"
        "    if (v_name := obj.name) is not None:\n"
        "        if obj.title is not None:\n"
        "            if (v_organisation := obj.organisation) is not None:\n"
        '                s = f\'{{"id":"{t if _q not in (t := obj.id) and _bs not in t '
        'else _str(t)[1:-1]}","name":"{v_name if _q not in v_name and _bs not in v_name '
        'else _str(v_name)[1:-1]}",'
    )
    assert (
        "    if obj.leadership is not None:\n"
        "        if obj.roles:\n"
        "            if obj.presence is not None:\n"
        '                s += f\',"leadership":{_codes'
    ) in source
    assert ',"roles":[{_join(map(_codes' in source
    assert source.endswith(
        "    if (v_municipality_group := obj.municipality_group) is not None:\n"
        '        s += f\',"municipalityGroup":"{v_municipality_group if _q not in '
        "v_municipality_group and _bs not in v_municipality_group "
        "else _str(v_municipality_group)[1:-1]}\"}}'\n"
        "    else:\n"
        "        s += '}'\n"
        "    return s\n"
    )
    # An object that may be empty, with many optional fields: one at a time.
    # An array of texts (identifiers) is escaped item by item.
    source = writer_source(m.RecordMetadata, kind="compact")
    identifier = "v_identifier if _q not in v_identifier and _bs not in v_identifier"
    case = "v_case_id if _q not in v_case_id and _bs not in v_case_id"
    assert source.startswith(
        "def json_RecordMetadata(obj):\n"
        "    # hyvaneuvottelu.model._record.RecordMetadata\n"
        "    # A text is written raw where it holds no quote and no backslash; "
        "write_json escapes its control characters.\n"
        "    s = ''\n"
        "    if (v_identifier := obj.identifier) is not None:\n"
        f'        s = f\'{{{{"identifier":"{{{identifier} else _str(v_identifier)[1:-1]}}"\'\n'
        "    if (v_case_id := obj.case_id) is not None:\n"
        f'        s = f\'{{s}},"caseId":"{{{case} else _str(v_case_id)[1:-1]}}"\' if s else '
        f'f\'{{{{"caseId":"{{{case} else _str(v_case_id)[1:-1]}}"\'\n'
    )
    assert (
        "    if obj.languages:\n"
        "        s = f'{s},\"languages\":[{_join(map(_str, obj.languages))}]' if s else "
    ) in source
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
        "    # A text is written raw where it holds no quote and no backslash; "
        "write_json escapes its control characters.\n"
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


def test_a_literal_piece_is_written_between_single_quotes_as_python_reads_it() -> None:
    assert _in_literal("a'b\\c\n\x00ä") == "a\\'b\\\\c\\n\\x00ä"
    # A key holding a quote, beside an expression: one f-string, the quote escaped.
    code = _code([repr('{"it\'s":'), "x", repr("}")])
    assert code == "f'{{\"it\\'s\":{x}}}'"
