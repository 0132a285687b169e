"""JSON interchange: round trips, canonical bytes, and located errors."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from typing import Any

import attrs
import pytest
from hypothesis import given, settings

import hyvaneuvottelu as hn
from hyvaneuvottelu import DocumentError
from hyvaneuvottelu.jsonformat import _encode, unstructure

from .documents import minimal_document
from .strategies import negotiations


def dump(document: dict[str, Any]) -> bytes:
    return json.dumps(document, ensure_ascii=False).encode("utf-8")


def problems(data: bytes | str) -> list[str]:
    with pytest.raises(DocumentError) as caught:
        hn.from_json(data)
    return [p.message for p in caught.value.problems]


@settings(max_examples=150, deadline=None)
@given(negotiations())
def test_model_to_json_to_model_is_equal(negotiation: hn.Negotiation) -> None:
    assert hn.from_json(hn.to_json(negotiation)) == negotiation


@settings(max_examples=100, deadline=None)
@given(negotiations())
def test_canonical_json_is_reproduced_byte_for_byte(negotiation: hn.Negotiation) -> None:
    for indent in (None, 2):
        canonical = hn.to_json(negotiation, indent=indent)
        assert hn.to_json(hn.from_json(canonical), indent=indent) == canonical


def test_minimal_document_reads_and_writes_back_identically() -> None:
    data = json.dumps(minimal_document(), ensure_ascii=False, indent=2).encode() + b"\n"
    assert hn.to_json(hn.from_json(data), indent=2) == data


def test_output_is_utf8_with_final_newline_and_no_escapes() -> None:
    data = hn.to_json(hn.from_json(dump(minimal_document())))
    assert data.endswith(b"}\n")
    assert "Länsi-Uudenmaan".encode() in data
    assert data.startswith(b'{"schemaVersion":"1.1","kind":"councilTerm"')


def test_string_input_is_accepted() -> None:
    negotiation = hn.from_json(dump(minimal_document()).decode())
    assert negotiation.municipalities[0].name.sv == "Lojo"


def test_utf8_byte_order_mark_is_tolerated() -> None:
    negotiation = hn.from_json(b"\xef\xbb\xbf" + dump(minimal_document()))
    assert negotiation.county.statistics_code == "03"


def test_null_means_absent() -> None:
    document = minimal_document()
    document["place"] = None
    assert hn.from_json(dump(document)).place is None


Mutation = Callable[[dict[str, Any]], None]


def _set(path: str, value: Any) -> Mutation:
    def mutate(document: dict[str, Any]) -> None:
        *parents, last = path.strip("/").split("/")
        target: Any = document
        for token in parents:
            target = target[int(token)] if isinstance(target, list) else target[token]
        if isinstance(target, list):
            target[int(last)] = value
        else:
            target[last] = value

    return mutate


def _delete(path: str) -> Mutation:
    def mutate(document: dict[str, Any]) -> None:
        *parents, last = path.strip("/").split("/")
        target: Any = document
        for token in parents:
            target = target[int(token)] if isinstance(target, list) else target[token]
        del target[last]

    return mutate


#: Broken documents: one mutation of the minimal document and the exact message.
BROKEN: dict[str, tuple[Mutation, str]] = {
    "wrong type for a string": (
        _set("/sections/0/content/1/speaker", 5),
        "/sections/0/content/1/speaker: expected a string, found the number 5",
    ),
    "unknown key": (
        _set("/county/colour", "blue"),
        '/county/colour: expected only the fields "id", "kind", "name", "statisticsCode", '
        '"businessId", found the unknown field "colour"',
    ),
    "missing required field": (
        _delete("/title"),
        "/title: expected a value (the field is required), found nothing",
    ),
    "bad date": (
        _set("/date", "2025-02-30"),
        '/date: expected a calendar date that exists, found the string "2025-02-30"',
    ),
    "date in the Finnish style": (
        _set("/date", "3.2.2025"),
        '/date: expected a date as YYYY-MM-DD, found the string "3.2.2025"',
    ),
    "wrong enum code": (
        _set("/kind", "hyte"),
        '/kind: expected one of "councilTerm", "wellbeingPromotion", found the string "hyte"',
    ),
    "unknown union tag": (
        _set("/sections/0/content/0/type", "speech"),
        '/sections/0/content/0/type: expected one of "paragraph", "pointList", "statement", '
        '"finding", "quotation", found the string "speech"',
    ),
    "missing union tag": (
        _delete("/outcomes/0/type"),
        '/outcomes/0/type: expected one of "cooperationStructure", "operatingModel", '
        '"informationFlow", "agreement", "challenge", "matterToAgree", "followUpAction", '
        '"decision", "interfacePlan", "strategyItem", found nothing',
    ),
    "naive datetime": (
        _set("/record", {"created": "2025-02-03T10:00:00"}),
        "/record/created: expected a date-time with a UTC offset, such as "
        '2025-02-03T10:00:00+02:00, found the string "2025-02-03T10:00:00" (no offset)',
    ),
    "bad time": (
        _set("/startTime", "25:00"),
        '/startTime: expected a time of day as HH:MM or HH:MM:SS, found the string "25:00"',
    ),
    "string where an array belongs": (
        _set("/municipalities", "lohja"),
        '/municipalities: expected an array, found the string "lohja"',
    ),
    "array where an object belongs": (
        _set("/title", ["Neuvottelu"]),
        "/title: expected an object, found an array",
    ),
    "empty localized text": (
        _set("/title", {}),
        "/title: expected text in at least one of fi, sv, en, found none of them",
    ),
    "identifier with a space": (
        _set("/participants/0/id", "jussi patinen"),
        "/participants/0/id: expected an identifier (a letter or '_', then letters, digits, "
        """'_', '.', '-'), found "jussi patinen\"""",
    ),
    "identifier with a trailing newline": (
        _set("/participants/0/id", "jp\n"),
        "/participants/0/id: expected an identifier (a letter or '_', then letters, digits, "
        """'_', '.', '-'), found "jp\n\"""",
    ),
    "boolean where an integer belongs": (
        _set("/record", {"retention": {"periodYears": True}}),
        "/record/retention/periodYears: expected an integer, found true",
    ),
    "fraction where an integer belongs": (
        _set("/legalBasis", [{"statuteNumber": 611.5, "statuteYear": 2021}]),
        "/legalBasis/0/statuteNumber: expected an integer, found the number 611.5",
    ),
    "statistics code too long": (
        _set("/municipalities/0/statisticsCode", "4444"),
        "/municipalities/0/statisticsCode: expected a Statistics Finland code of 2 or 3 digits, "
        'found "4444"',
    ),
    "council term in the wrong form": (
        _set("/councilTerm", "2025–2029"),
        """/councilTerm: expected a council term such as '2025-2029', found "2025–2029\"""",
    ),
    "missing schema version": (
        _delete("/schemaVersion"),
        '/schemaVersion: expected a schema version this release reads ("1.0" to "1.1"), '
        "found nothing",
    ),
    "newer schema version": (
        _set("/schemaVersion", "1.7"),
        '/schemaVersion: expected a schema version this release reads ("1.0" to "1.1"), '
        'found the string "1.7" (a newer version: upgrade hyvaneuvottelu)',
    ),
}


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_broken_document_is_rejected_with_a_located_message(case: str) -> None:
    mutate, message = BROKEN[case]
    document = minimal_document()
    mutate(document)
    assert problems(dump(document)) == [message]


def test_every_problem_is_listed_not_only_the_first() -> None:
    document = minimal_document()
    for case in ("wrong type for a string", "unknown key", "bad date", "wrong enum code"):
        BROKEN[case][0](document)
    assert problems(dump(document)) == [
        '/kind: expected one of "councilTerm", "wellbeingPromotion", found the string "hyte"',
        '/county/colour: expected only the fields "id", "kind", "name", "statisticsCode", '
        '"businessId", found the unknown field "colour"',
        '/date: expected a calendar date that exists, found the string "2025-02-30"',
        "/sections/0/content/1/speaker: expected a string, found the number 5",
    ]


def test_pointer_escapes_slash_and_tilde_in_unknown_keys() -> None:
    document = minimal_document()
    document["a/b~c"] = 1
    (message,) = problems(dump(document))
    assert message.startswith("/a~1b~0c: expected only the fields")


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (
            b"\xff{}",
            "line 1, column 1 (byte 0): expected UTF-8 text, found the byte 0xff, which is not UTF-8",
        ),
        (
            b'{\n"a": "\xe4"}',
            "line 2, column 7 (byte 8): expected UTF-8 text, found the byte 0xe4, which is not UTF-8",
        ),
        (b"", "line 1, column 1: expected JSON, found something else where a value should be"),
        (
            b"<negotiation/>",
            "line 1, column 1: expected JSON, found something else where a value should be",
        ),
        (
            b'{"a": 1,}',
            "line 1, column 9: expected JSON, found something other than a name in double quotes where a key should be",
        ),
        (b"[]", "/: expected a JSON object (a negotiation), found an array"),
        (b'"memo"', '/: expected a JSON object (a negotiation), found the string "memo"'),
        (
            b"[" * 100_000,
            "line 1, column 101: expected arrays and objects nested at most 100 deep, "
            "found an array at depth 101",
        ),
    ],
)
def test_input_that_is_not_a_json_object(data: bytes, message: str) -> None:
    assert problems(data) == [message]


def test_duplicate_keys_are_refused_with_their_place() -> None:
    text = (
        dump(minimal_document())
        .decode()
        .replace(
            '"name": {"fi": "Lohja", "sv": "Lojo"}',
            '"name": {"fi": "Lohja", "sv": "Lojo", "fi": "Lohjan kaupunki"}',
        )
    )
    assert problems(text) == [
        "/municipalities/0/name/fi: expected each key once in an object, "
        'found the key "fi" more than once'
    ]


def test_document_error_summarises_and_names_the_source() -> None:
    document = minimal_document()
    del document["title"]
    with pytest.raises(DocumentError) as caught:
        hn.from_json(dump(document))
    assert str(caught.value.with_source("memo.json")) == (
        "memo.json: 1 problem in the document\n"
        "  /title: expected a value (the field is required), found nothing"
    )


def test_an_integral_float_is_an_integer_as_json_schema_says() -> None:
    document = minimal_document()
    document["legalBasis"] = [{"statuteNumber": 611.0, "statuteYear": 2021}]
    (reference,) = hn.from_json(dump(document)).legal_basis
    assert (reference.statute_number, type(reference.statute_number)) == (611, int)


def test_dates_and_times_are_iso_8601() -> None:
    document = minimal_document()
    document["date"] = "2025-02-03"
    document["startTime"] = "09:30"
    document["record"] = {"created": "2025-02-03T10:00:00Z"}
    negotiation = hn.from_json(dump(document))
    assert negotiation.date == date(2025, 2, 3)
    written = json.loads(hn.to_json(negotiation))
    assert (written["date"], written["startTime"]) == ("2025-02-03", "09:30")
    assert written["record"]["created"] == "2025-02-03T10:00:00+00:00"


@settings(max_examples=100, deadline=None)
@given(negotiations())
def test_the_fast_encoder_writes_the_same_bytes_as_the_standard_library(
    negotiation: hn.Negotiation,
) -> None:
    pytest.importorskip("orjson", reason="orjson (the 'fast' extra) is not installed")
    document = {"schemaVersion": hn.SCHEMA_VERSION, **unstructure(negotiation)}
    for indent in (None, 2):
        assert _encode.encode(document, indent) == _encode.encode_stdlib(document, indent)


def test_lone_surrogates_are_refused_when_reading() -> None:
    text = dump(minimal_document()).decode().replace("Neuvottelu", "Neuvo\\ud800ttelu")
    assert problems(text.encode()) == [
        "/title/fi: expected text of Unicode characters, found the lone surrogate U+D800"
    ]


def test_escaped_surrogate_pairs_are_characters() -> None:
    text = dump(minimal_document()).decode().replace("Neuvottelu", "\\ud83d\\ude00")
    assert hn.from_json(text.encode()).title.fi == "\U0001f600"


@pytest.mark.parametrize("fast", [True, False])
def test_lone_surrogates_are_refused_when_writing(
    monkeypatch: pytest.MonkeyPatch, fast: bool
) -> None:
    if fast:
        pytest.importorskip("orjson", reason="orjson (the 'fast' extra) is not installed")
    else:
        monkeypatch.setattr(_encode, "orjson", None)
    negotiation = attrs.evolve(
        hn.from_json(dump(minimal_document())), title=hn.LocalizedText(fi="a\ud800")
    )
    with pytest.raises(hn.OutputError) as caught:
        hn.to_json(negotiation)
    assert str(caught.value) == (
        "/title/fi: text cannot be written as UTF-8: it holds the lone surrogate U+D800"
    )


def test_a_version_of_unicode_digits_is_refused_not_crashed_on() -> None:
    document = minimal_document()
    document["schemaVersion"] = "¹.0"
    assert problems(dump(document)) == [
        '/schemaVersion: expected a schema version this release reads ("1.0" to "1.1"), '
        'found the string "¹.0"'
    ]


def test_every_invalid_field_of_one_object_is_listed() -> None:
    document = minimal_document()
    document["municipalities"][0]["id"] = "444 lohja"
    document["municipalities"][0]["statisticsCode"] = "4444"
    document["municipalities"][0]["businessId"] = "123"
    assert problems(dump(document)) == [
        "/municipalities/0/id: expected an identifier (a letter or '_', then letters, digits, "
        """'_', '.', '-'), found "444 lohja\"""",
        "/municipalities/0/statisticsCode: expected a Statistics Finland code of 2 or 3 digits, "
        'found "4444"',
        '/municipalities/0/businessId: expected a business ID of the form 1234567-8, found "123"',
    ]
