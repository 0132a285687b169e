"""The JSON reader's two converters: a valid document is read by the fast one alone;
anything the fast one refuses goes to the detailed one, which locates the problems.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, given, settings

import hyvaneuvottelu.jsonformat as jsonformat
from hyvaneuvottelu import DocumentError, from_json, to_json
from hyvaneuvottelu.jsonformat._converter import detailed_converter, fast_converter
from hyvaneuvottelu.jsonformat._wire import WireError
from hyvaneuvottelu.model import LocalizedText, Negotiation

from .rule_cases import GOOD
from .valid_memos import draft_memos

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


class _Spy:
    """Stands in for a converter: counts the calls of ``structure`` and passes them on."""

    def __init__(self, converter: Any) -> None:
        self.converter = converter
        self.calls = 0

    def structure(self, value: Any, cls: type) -> Any:
        self.calls += 1
        return self.converter.structure(value, cls)


@pytest.fixture
def detailed(monkeypatch: pytest.MonkeyPatch) -> _Spy:
    spy = _Spy(detailed_converter)
    monkeypatch.setattr(jsonformat, "detailed_converter", spy)
    return spy


def read(document: dict[str, Any]) -> Negotiation:
    return from_json(json.dumps(document, ensure_ascii=False).encode("utf-8"))


def good() -> dict[str, Any]:
    document: dict[str, Any] = json.loads(to_json(GOOD))
    return document


@pytest.mark.parametrize("name", ["lohja-neuvottelumuistio.json", "lohja-archive-example.json"])
def test_the_examples_are_read_by_the_fast_converter_alone(name: str, detailed: _Spy) -> None:
    data = (EXAMPLES / name).read_bytes()
    memo = from_json(data)
    assert detailed.calls == 0
    assert to_json(memo, indent=2) == data


def test_a_memo_of_every_kind_of_field_is_read_by_the_fast_converter_alone(
    detailed: _Spy,
) -> None:
    assert from_json(to_json(GOOD)) == GOOD
    assert detailed.calls == 0


@settings(
    max_examples=30,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    deadline=None,
)
@given(draft_memos())
def test_valid_memos_are_read_by_the_fast_converter_alone(
    detailed: _Spy, memo: Negotiation
) -> None:
    before = detailed.calls
    assert from_json(to_json(memo)) == memo
    assert detailed.calls == before


def _invalid(change: str) -> dict[str, Any]:
    document = good()
    if change == "text-key":
        document["place"] = {"fi": "Lohja", "de": "Lohja"}
    elif change == "text-not-text":
        document["place"] = {"fi": "Lohja", "sv": 1}
    elif change == "text-en-not-text":
        document["place"] = {"en": ["Lohja"]}
    elif change == "text-fi-not-text":
        document["place"] = {"fi": None, "sv": "Lojo", "en": True}
    elif change == "text-not-object":
        document["place"] = "Lohja"
    elif change == "content-key":
        document["sections"][0]["content"][0]["colour"] = "red"
    elif change == "outcome-key":
        document["outcomes"][0]["colour"] = "red"
    elif change == "array-not-array":
        document["sections"][0]["content"] = {"type": "paragraph"}
    elif change == "optional-text":
        document["councilTerm"] = 2025
    return document


INVALID = {
    "text-key": '/place/de: expected only the fields "fi", "sv", "en", found the unknown field "de"',
    "text-not-text": "/place/sv: expected a string, found the number 1",
    "text-en-not-text": "/place/en: expected a string, found an array",
    "text-fi-not-text": "/place/en: expected a string, found true",
    "text-not-object": '/place: expected an object, found the string "Lohja"',
    "content-key": '/sections/0/content/0/colour: expected only the fields "text", '
    'found the unknown field "colour"',
    "outcome-key": '/outcomes/0/colour: expected only the fields "id", "title", "description", '
    '"status", "topics", "parties", "sources", "follows", "proposer", "responsible", "dueDate", "dueText", '
    'found the unknown field "colour"',
    "array-not-array": "/sections/0/content: expected an array, found an object",
    "optional-text": "/councilTerm: expected a string, found the number 2025",
}


@pytest.mark.parametrize("change", sorted(INVALID))
def test_what_the_fast_converter_refuses_the_detailed_one_locates(
    change: str, detailed: _Spy
) -> None:
    with pytest.raises(DocumentError) as caught:
        read(_invalid(change))
    assert detailed.calls == 1
    assert [str(p) for p in caught.value.problems] == [INVALID[change]]


@pytest.mark.parametrize(
    ("value", "found"),
    [
        ({"fi": "a", "de": "b"}, "an object"),
        ({"fi": 1}, "an object"),
        ({"sv": None, "en": 2}, "an object"),
        (["fi"], "an array"),
        (None, "null"),
    ],
)
def test_the_fast_text_hook_refuses_what_is_not_a_text_object(value: Any, found: str) -> None:
    with pytest.raises(WireError) as caught:
        fast_converter.structure(value, LocalizedText)
    assert str(caught.value) == f"expected an object of texts in fi, sv, en, found {found}"


def test_the_fast_text_hook_reads_every_language() -> None:
    text = {"fi": "Lohja", "sv": "Lojo", "en": "Lohja town"}
    assert fast_converter.structure(text, LocalizedText) == LocalizedText(**text)
    assert fast_converter.structure({"sv": "Lojo"}, LocalizedText) == LocalizedText(sv="Lojo")


def test_the_fast_optional_text_hook() -> None:
    optional_text: Any = str | None
    assert fast_converter.structure(None, optional_text) is None
    assert fast_converter.structure("x", optional_text) == "x"
    with pytest.raises(WireError) as caught:
        fast_converter.structure(1, optional_text)
    assert str(caught.value) == "expected a string, found the number 1"


def test_the_fast_array_hook_refuses_what_is_not_an_array() -> None:
    with pytest.raises(WireError) as caught:
        fast_converter.structure("ab", tuple[str, ...])
    assert str(caught.value) == 'expected an array, found the string "ab"'
    assert fast_converter.structure(["a", "b"], tuple[str, ...]) == ("a", "b")


def test_the_fast_union_hook_refuses_unknown_fields() -> None:
    content = good()["sections"][0]["content"][0]
    union = attrs.fields(type(GOOD.sections[0])).content.type
    assert fast_converter.structure([content], union) == GOOD.sections[0].content
    with pytest.raises(WireError) as caught:
        fast_converter.structure([{**content, "x": 1}], union)
    assert str(caught.value) == "expected known fields, found unknown fields"


def test_optional_fields_given_as_null_are_read_by_the_fast_converter_alone(
    detailed: _Spy,
) -> None:
    # A null is read as absent: the reader counts fewer keys than the object has,
    # and looks at the keys themselves, which it knows.
    document = good()
    document["place"] = None
    document["councilTerm"] = None
    document["outcomes"][0]["description"] = None
    expected = attrs.evolve(GOOD, place=None, council_term=None)
    assert read(document) == expected
    assert detailed.calls == 0
    document["outcomes"][0]["colour"] = None
    with pytest.raises(DocumentError) as caught:
        read(document)
    assert detailed.calls == 1
    assert [str(p) for p in caught.value.problems] == [INVALID["outcome-key"]]


@pytest.mark.parametrize("version", ["1.0", "1.1", "01.1", "1.01"])
def test_every_version_this_release_reads_is_read_by_the_fast_converter_alone(
    version: str, detailed: _Spy
) -> None:
    assert read({**good(), "schemaVersion": version}) == GOOD
    assert detailed.calls == 0


@pytest.mark.parametrize("version", ["1.2", "2.0", "0.9", "1.", "1", 1.1])
def test_a_version_this_release_does_not_read_is_refused(version: Any) -> None:
    with pytest.raises(DocumentError) as caught:
        read({**good(), "schemaVersion": version})
    [problem] = caught.value.problems
    assert problem.location == "/schemaVersion"
