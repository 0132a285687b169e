"""The JSON reader: every failure a located DocumentError, the library's limits enforced."""

from __future__ import annotations

import json
from typing import Any

import pytest

import hyvaneuvottelu as hn
from hyvaneuvottelu import DocumentError
from hyvaneuvottelu.jsonformat import _decode
from hyvaneuvottelu.limits import MAX_DEPTH, MAX_INTEGER_DIGITS, MAX_TEXT

from .documents import minimal_document


def dump(document: dict[str, Any]) -> bytes:
    return json.dumps(document, ensure_ascii=False).encode("utf-8")


def problems(data: bytes | str) -> list[str]:
    with pytest.raises(DocumentError) as caught:
        hn.from_json(data)
    return [p.message for p in caught.value.problems]


def with_raw(path: tuple[str | int, ...], raw: str) -> bytes:
    """The minimal document with the value at ``path`` replaced by the JSON text ``raw``."""
    document = minimal_document()
    target: Any = document
    for token in path[:-1]:
        target = target[token]
    target[path[-1]] = "@@RAW@@"
    return dump(document).replace(b'"@@RAW@@"', raw.encode())


REFERENCE = ("legalBasis",)


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (
            '[{"statuteNumber": ' + "1" * 5000 + ', "statuteYear": 2021}]',
            "/legalBasis/0/statuteNumber: expected an integer of at most 20 digits, "
            "found a number of 5000 digits",
        ),
        (
            '[{"statuteNumber": -' + "1" * 21 + ', "statuteYear": 2021}]',
            "/legalBasis/0/statuteNumber: expected an integer of at most 20 digits, "
            "found a number of 21 digits",
        ),
        (
            '[{"statuteNumber": NaN, "statuteYear": 2021}]',
            "/legalBasis/0/statuteNumber: expected a JSON value (NaN and Infinity are not "
            "JSON numbers), found NaN",
        ),
        (
            '[{"statuteNumber": -Infinity, "statuteYear": 2021}]',
            "/legalBasis/0/statuteNumber: expected a JSON value (NaN and Infinity are not "
            "JSON numbers), found -Infinity",
        ),
        (
            '[{"statuteNumber": 1e400, "statuteYear": 2021}]',
            "/legalBasis/0/statuteNumber: expected a number within the range of a 64-bit float, "
            "found the number 1e400",
        ),
        (
            '[{"statuteNumber": 1e300, "statuteYear": 2021}]',
            "/legalBasis/0/statuteNumber: expected an integer of at most 20 digits, "
            "found the number 1e+300",
        ),
        (
            '[{"statuteNumber": 1' + "0" * 400 + ".5, " + '"statuteYear": 2021}]',
            "/legalBasis/0/statuteNumber: expected a number within the range of a 64-bit float, "
            "found the number 10000000000000000000...00000000.5 (403 characters)",
        ),
    ],
)
def test_numbers_no_field_can_hold_are_located_problems(raw: str, message: str) -> None:
    assert problems(with_raw(REFERENCE, raw)) == [message]


def test_numbers_are_refused_wherever_they_are_even_under_unknown_keys() -> None:
    data = with_raw(("county", "colour"), "[Infinity, 1" + "0" * 30 + "]")
    assert problems(data) == [
        "/county/colour/0: expected a JSON value (NaN and Infinity are not JSON numbers), "
        "found Infinity",
        "/county/colour/1: expected an integer of at most 20 digits, found a number of 31 digits",
    ]


def test_an_integer_of_twenty_digits_is_read() -> None:
    largest = 10**MAX_INTEGER_DIGITS - 1
    data = with_raw(REFERENCE, f'[{{"statuteNumber": {largest}, "statuteYear": 2021}}]')
    assert hn.from_json(data).legal_basis[0].statute_number == largest


def test_a_text_longer_than_the_limit_is_refused_and_one_at_the_limit_read() -> None:
    document = minimal_document()
    document["place"] = {"fi": "a" * MAX_TEXT}
    assert hn.from_json(dump(document)).place == hn.LocalizedText(fi="a" * MAX_TEXT)
    document["place"] = {"fi": "a" * (MAX_TEXT + 1), "sv": "b" * (MAX_TEXT + 2)}
    assert problems(dump(document)) == [
        f"/place/fi: expected a text of at most {MAX_TEXT} characters, "
        f"found {MAX_TEXT + 1} characters",
        f"/place/sv: expected a text of at most {MAX_TEXT} characters, "
        f"found {MAX_TEXT + 2} characters",
    ]


def _nested(depth: int) -> str:
    return "[" * depth + "]" * depth


def test_deep_nesting_where_the_memo_has_none_is_refused_for_what_it_is() -> None:
    # The converter does not descend into an unknown field, so its depth costs nothing.
    too_deep = with_raw(("county", "colour"), _nested(MAX_DEPTH + 5))
    assert problems(too_deep) == [
        '/county/colour: expected only the fields "id", "kind", "name", "statisticsCode", '
        '"businessId", found the unknown field "colour"'
    ]
    assert problems(with_raw(("title",), _nested(MAX_DEPTH + 5))) == [
        "/title: expected an object, found an array"
    ]


def _sections(levels: int) -> list[dict[str, Any]]:
    section: dict[str, Any] = {"number": "1", "title": {"fi": "Kohta"}}
    for _ in range(levels - 1):
        section = {"number": "1", "title": {"fi": "Kohta"}, "subsections": [section]}
    return [section]


def test_nesting_near_sections_that_near_the_limit_is_refused_where_it_passes_it() -> None:
    document = minimal_document()
    document["sections"] = _sections(46)
    deepest = document["sections"][0]
    for _ in range(45):
        deepest = deepest["subsections"][0]
    # The 46th section's object is at depth 93; its title's language is 95 deep.
    deepest["title"] = {"fi": "Kohta", "colour": json.loads(_nested(7))}
    pointer = "/sections/0" + "/subsections/0" * 45 + "/title/colour" + "/0" * 6
    assert problems(dump(document)) == [
        f"{pointer}: expected arrays and objects nested at most {MAX_DEPTH} deep, "
        f"found an array at depth {MAX_DEPTH + 1}"
    ]


def test_sections_nested_too_deep_are_refused_where_the_limit_is_passed() -> None:
    document = minimal_document()
    document["sections"] = _sections(60)
    # The section object at level L is at depth 2L + 1: level 50 is the first too deep.
    pointer = "/sections/0" + "/subsections/0" * 49
    assert problems(dump(document)) == [
        f"{pointer}: expected arrays and objects nested at most {MAX_DEPTH} deep, "
        f"found an object at depth {MAX_DEPTH + 1}"
    ]


def test_nesting_too_deep_to_parse_is_located_by_line_and_column() -> None:
    # 600 levels of sections: deeper than the parser itself can follow.
    data = b'{"sections": ' + b'[{"subsections": ' * 600
    # Level k (from 0) opens "[" at column 14 + 17k and "{" one later, at depth 3 + 2k.
    assert problems(data) == [
        f"line 1, column 848: expected arrays and objects nested at most {MAX_DEPTH} deep, "
        f"found an object at depth {MAX_DEPTH + 1}"
    ]
    text = '{"title": {"fi": "[[[ {{{"},\n "x": ' + "[" * 5_000
    # Line 2 is ' "x": ' and then the arrays: the 100th of them is the 101st level.
    assert problems(text) == [
        f"line 2, column 106: expected arrays and objects nested at most {MAX_DEPTH} deep, "
        f"found an array at depth {MAX_DEPTH + 1}"
    ]


def test_a_lone_surrogate_in_a_key_is_refused_at_the_object_that_holds_it() -> None:
    text = dump(minimal_document()).decode().replace('"kind": "county"', '"ki\\udc00nd": "x"')
    assert problems(text.encode()) == [
        "/county: expected keys of Unicode characters, "
        "found a key holding the lone surrogate U+DC00"
    ]


def test_a_lone_surrogate_in_a_key_of_a_str_is_refused_too() -> None:
    text = dump(minimal_document()).decode().replace('"kind": "county"', '"\ud800": "x"')
    assert problems(text) == [
        "/county: expected keys of Unicode characters, "
        "found a key holding the lone surrogate U+D800"
    ]


@pytest.mark.parametrize(
    "version", ["1" * 5000 + ".0", "1." + "0" * 5000, "0" * (MAX_INTEGER_DIGITS + 1) + "1.0"]
)
def test_a_version_of_thousands_of_digits_is_refused_not_crashed_on(version: str) -> None:
    document = minimal_document()
    document["schemaVersion"] = version
    shown = version[:57] + "..." if len(version) > 60 else version
    assert problems(dump(document)) == [
        '/schemaVersion: expected a schema version this release reads ("1.0" to "1.1"), '
        f'found the string "{shown}"'
    ]


def test_a_document_larger_than_the_input_limit_is_refused(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(_decode, "MAX_INPUT_BYTES", 100)
    data = dump(minimal_document())
    assert problems(data) == [
        f"/: expected a document of at most 100 bytes, found {len(data)} bytes"
    ]
    assert problems(data.decode()) == [
        f"/: expected a document of at most 100 bytes, found {len(data.decode())} bytes"
    ]


def test_structure_reports_an_integer_python_cannot_print() -> None:
    body = minimal_document()
    del body["schemaVersion"]
    body["legalBasis"] = [{"statuteNumber": 10**5000, "statuteYear": 2021}]
    with pytest.raises(DocumentError) as caught:
        hn.jsonformat.structure(body)
    assert [p.message for p in caught.value.problems] == [
        "/legalBasis/0/statuteNumber: expected an integer of at most 20 digits, "
        "found a number of more than 20 digits"
    ]


def test_an_unknown_key_is_shown_shortened_and_quoted_but_located_exactly() -> None:
    document = minimal_document()
    key = 'a"' + "b" * 100
    document["county"][key] = 1
    [message] = problems(dump(document))
    assert message == (
        f"/county/{key}: expected only the fields "
        '"id", "kind", "name", "statisticsCode", "businessId", '
        'found the unknown field "a\\"' + "b" * 55 + '..."'
    )


def test_a_repeated_key_is_shown_shortened() -> None:
    key = "k" * 100
    text = dump(minimal_document()).decode()[:-1] + f', "{key}": 1, "{key}": 2}}'
    assert problems(text) == [
        f'/{key}: expected each key once in an object, found the key "{"k" * 57}..." more than once'
    ]


def test_an_escaped_lone_surrogate_in_a_str_is_refused_too() -> None:
    text = dump(minimal_document()).decode().replace("Neuvottelu", "Neuvo\\udfffttelu")
    assert problems(text) == [
        "/title/fi: expected text of Unicode characters, found the lone surrogate U+DFFF"
    ]
