"""The generated JSON readers: readable, and in agreement with the detailed path."""

from __future__ import annotations

import datetime as dt
import json
import re
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import hyvaneuvottelu as hn
from hyvaneuvottelu import model as m
from hyvaneuvottelu.jsonformat._converter import detailed_converter
from hyvaneuvottelu.jsonformat._generated import (
    ReaderRefusedError,
    fast_reader,
    reader_source,
)
from hyvaneuvottelu.jsonformat._reader_code import ReaderGenerator
from hyvaneuvottelu.jsonformat._wire import WireError
from hyvaneuvottelu.model import _checks

from .rule_cases import GOOD
from .strategies import negotiations

#: Values put in place of what a document holds: every JSON type, and near misses.
_ODD_VALUES = st.sampled_from(
    [
        None,
        True,
        0,
        1,
        -1,
        2.0,
        1.5,
        "",
        "x",
        "1",
        "4.2",
        "p1",
        "councilTerm",
        "paragraph",
        "agreement",
        "2025-02-03",
        "2025-02-30",
        "10:00",
        "2025-02-03T10:00:00+02:00",
        "2025-02-03T10:00:00+23:00",
        [],
        ["x"],
        {},
        {"fi": "x"},
        {"type": "paragraph", "text": {"fi": "x"}},
    ]
)


def wire(memo: m.Negotiation) -> dict[str, Any]:
    """The memo's JSON data, without its schema version."""
    document: dict[str, Any] = json.loads(hn.to_json(memo))
    del document["schemaVersion"]
    return document


def _paths(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [path]
    if isinstance(value, dict):
        for key, item in value.items():
            found.extend(_paths(item, (*path, key)))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found.extend(_paths(item, (*path, index)))
    return found


def _container(document: Any, path: tuple[Any, ...]) -> Any:
    for token in path:
        document = document[token]
    return document


@st.composite
def changed_documents(draw: st.DrawFn) -> dict[str, Any]:
    """A valid memo's JSON data with up to three things changed: a value replaced, a key
    dropped or added, an item dropped or repeated."""
    document = wire(draw(negotiations()))
    for _ in range(draw(st.integers(0, 3))):
        path = draw(st.sampled_from(_paths(document)))
        if not path:
            continue
        parent = _container(document, path[:-1])
        how = draw(st.sampled_from(["replace", "drop", "add", "repeat"]))
        if how == "replace":
            parent[path[-1]] = draw(_ODD_VALUES)
        elif how == "drop":
            del parent[path[-1]]
        elif how == "add" and isinstance(parent, dict):
            parent[draw(st.sampled_from(["x", "type", "fi", "id", "text"]))] = draw(_ODD_VALUES)
        elif how == "repeat" and isinstance(parent, list):
            parent.append(parent[path[-1]])
    return document


def _outcome(read: Any, document: dict[str, Any]) -> tuple[str, Any]:
    try:
        return "read", read(document)
    except Exception as exc:  # either path refusing is the outcome compared
        return "refused", type(exc).__name__


def _detailed(document: dict[str, Any]) -> Any:
    return detailed_converter.structure(document, m.Negotiation)


@settings(
    max_examples=100,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(changed_documents())
def test_the_fast_and_the_detailed_path_agree(document: dict[str, Any]) -> None:
    fast_kind, fast = _outcome(fast_reader(m.Negotiation), document)
    detailed_kind, detailed = _outcome(_detailed, document)
    assert fast_kind == detailed_kind
    if fast_kind == "read":
        assert fast == detailed
        assert hash(fast) == hash(detailed)


def _classes(value: Any) -> set[type]:
    """The classes of the attrs objects in ``value``, ``value``'s own included."""
    if isinstance(value, tuple):
        return set().union(*map(_classes, value))
    if not attrs.has(type(value)):
        return set()
    found = {type(value)}
    for field in attrs.fields(type(value)):
        found |= _classes(getattr(value, field.name))
    return found


@pytest.mark.parametrize("read", [hn.from_json, hn.from_xml], ids=["json", "xml"])
def test_every_object_read_is_of_its_own_frozen_class_not_the_twin_that_built_it(
    read: Any,
) -> None:
    text = hn.to_json(GOOD) if read is hn.from_json else hn.to_xml(GOOD)
    found = _classes(read(text))
    # The example's classes, by hand: a twin would show as its own class.
    assert {m.Negotiation, m.LocalizedText, m.Organisation, m.Section} <= found
    assert all(cls.__module__.startswith("hyvaneuvottelu.model.") for cls in found), found
    assert not any(cls.__name__.endswith("Twin") for cls in found)


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(negotiations())
def test_every_valid_memo_is_read_by_the_generated_reader_alone(
    negotiation: m.Negotiation,
) -> None:
    # Not handed to the detailed path: the generated reader neither refuses a valid
    # document (which would only be slower) nor builds anything else from it.
    read = fast_reader(m.Negotiation)(wire(negotiation))
    assert read == negotiation
    assert _classes(read) == _classes(negotiation)


def test_a_valid_memo_is_read_by_the_generated_reader_alone() -> None:
    document = wire(GOOD)
    assert fast_reader(m.Negotiation)(document) == GOOD
    assert hn.from_json(hn.to_json(GOOD)) == GOOD


@pytest.mark.parametrize(
    ("change", "where"),
    [
        ({"kind": "hyte"}, "kind"),
        ({"councilTerm": "2025"}, "councilTerm"),
        ({"title": {}}, "title"),
        ({"title": {"fi": "x", "de": "y"}}, "title"),
        ({"municipalities": "lohja"}, "municipalities"),
        ({"colour": "red"}, "colour"),
        ({"sections": [{"number": "1.", "title": {"fi": "x"}}]}, "sections"),
        ({"record": {"created": "2025-02-03T10:00:00+23:00"}}, "record"),
        ({"record": {"languages": ["FI"]}}, "record"),
        ({"legalBasis": [{"statuteNumber": 0, "statuteYear": 2021}]}, "legalBasis"),
        ({"legalBasis": [{"statuteNumber": 1, "statuteYear": 3000}]}, "legalBasis"),
        ({"legalBasis": [{"statuteNumber": True, "statuteYear": 2021}]}, "legalBasis"),
        ({"outcomes": [{"type": "wish", "id": "a"}]}, "outcomes"),
    ],
)
def test_the_generated_reader_refuses_what_the_model_refuses(
    change: dict[str, Any], where: str
) -> None:
    document = {**wire(GOOD), **change}
    with pytest.raises((ReaderRefusedError, WireError, KeyError, TypeError, ValueError)):
        fast_reader(m.Negotiation)(document)
    with pytest.raises(hn.DocumentError) as caught:
        hn.from_json(json.dumps({"schemaVersion": "1.0", **document}))
    assert caught.value.problems[0].location.startswith(f"/{where}")


def test_the_generated_source_can_be_read() -> None:
    source = reader_source(m.Section)
    assert source.startswith(
        "def read_Section(value):\n    # hyvaneuvottelu.model._content.Section\n"
    )
    assert "    v = value['number']\n" in source
    assert "        v = tuple([read_Section(i) for i in v])\n" in source
    assert "__init__" not in source
    union = reader_source(m.Content)  # type: ignore[arg-type]  # a union has a reader too
    assert union.startswith(
        "def read_one_of_Paragraph_PointList_Statement_Finding_Quotation(value):\n"
    )
    assert "obj.__attrs_post_init__()" in reader_source(m.LocalizedText)


# A class declared the way a later one will be: a converter and a validator the
# generator has never seen, a factory default and a type it cannot write inline.


def _two_digits(_instance: Any, attribute: attrs.Attribute[Any], value: str) -> None:
    if len(value) != 2:
        raise hn.InvalidValueError(attribute.name, "two characters", repr(value))


def _stripped(value: str) -> str:
    return value.strip()


@attrs.frozen(kw_only=True, field_transformer=_checks.protect)
class Later:
    code: str = attrs.field(converter=_stripped, validator=_two_digits)
    days: tuple[dt.date, ...] = attrs.field(factory=tuple)
    note: m.LocalizedText | None = None
    size: float = 0.0


@pytest.mark.parametrize(
    ("document", "expected"),
    [
        ({"code": " ab "}, Later(code="ab")),
        (
            {"code": "ab", "days": ["2025-02-03"], "note": {"sv": "x"}, "size": 2.5},
            Later(
                code="ab",
                days=(dt.date(2025, 2, 3),),
                note=m.LocalizedText(sv="x"),
                size=2.5,
            ),
        ),
        ({"code": "abc"}, None),
        ({"code": 1}, None),
        ({"code": "ab", "days": "2025-02-03"}, None),
        ({"code": "ab", "size": "big"}, None),
        ({"code": "ab", "extra": 1}, None),
    ],
)
def test_a_class_added_later_is_read_like_the_detailed_path_reads_it(
    document: dict[str, Any], expected: Later | None
) -> None:
    fast = _outcome(fast_reader(Later), document)
    detailed = _outcome(lambda d: detailed_converter.structure(d, Later), document)
    assert fast[0] == detailed[0] == ("refused" if expected is None else "read")
    if expected is not None:
        assert fast[1] == detailed[1] == expected


@pytest.mark.parametrize(
    ("document", "expected"),
    [
        ({"fi": "x", "sv": None}, m.LocalizedText(fi="x")),
        ({"fi": None, "sv": None, "en": "y"}, m.LocalizedText(en="y")),
        ({"fi": "x", "de": None}, None),
        ({"fi": None, "de": "x", "en": "y"}, None),
        ({"fi": "x", "sv": "y", "en": "z", "de": "w"}, None),
    ],
)
def test_a_null_does_not_hide_an_unknown_key_from_the_key_count(
    document: dict[str, Any], expected: m.LocalizedText | None
) -> None:
    # The reader counts the keys it reads; a null is read as absent, so the keys decide.
    fast = _outcome(fast_reader(m.LocalizedText), document)
    detailed = _outcome(lambda d: detailed_converter.structure(d, m.LocalizedText), document)
    assert fast[0] == detailed[0] == ("refused" if expected is None else "read")
    if expected is not None:
        assert fast[1] == detailed[1] == expected


def test_the_generated_source_counts_the_keys_it_reads() -> None:
    source = reader_source(m.Section)
    # Two required fields (number, title); kind, content and subsections are optional.
    assert "    seen = 2\n" in source
    assert source.count("        seen += 1\n") == 3
    assert "    if len(value) != seen and not value.keys() <= _keys" in source


def _unnumbered(source: str) -> list[str]:
    """The lines of ``source`` with its constants' numbers left out: ``_default156``
    is shown as ``_default``, whatever was numbered before it."""
    return [re.sub(r"\b(_[a-z]+)[0-9]+\b", r"\1", line) for line in source.splitlines()]


def test_an_optional_field_absent_or_null_is_read_in_one_test() -> None:
    # By hand: with no validator (a text), and with a pattern (an identifier).
    assert (
        "    # fi: str | None\n"
        "    v = value.get('fi')\n"
        "    if v is not None:\n"
        "        seen += 1\n"
        "        if type(v) is not str:\n"
        "            raise _Refused\n"
        "    obj.fi = v\n"
    ) in reader_source(m.LocalizedText)
    point = reader_source(m.Point)
    assert "    # id: str | None\n    v = value.get('id')\n    if v is not None:\n" in point
    assert "        if v not in _matched" in point
    assert "_MISSING" not in point


def test_a_field_read_by_the_general_path_shows_each_step_in_the_source() -> None:
    # An approval's date: optional, a date parsed from its text, and a validator
    # of the model's own (a calendar date, not a datetime), called as attrs calls it.
    steps = [
        "    # date: datetime.date | None",
        "    v = value.get('date', _MISSING)",
        "    if v is _MISSING:",
        "        v = _default",
        "    else:",
        "        seen += 1",
        "        if v is not None:",
        "            v = _date(v)",
        "        if v is not None:",
        "            _validator(None, _field, v)",
        "    obj.date = v",
    ]
    lines = _unnumbered(reader_source(m.Approval))
    start = lines.index(steps[0])
    assert lines[start : start + len(steps)] == steps
    # A tuple of codes: each looked up in the code list's table.
    assert "        v = tuple([_codes" in reader_source(m.Participant)


def test_a_tuple_of_dates_is_read_item_by_item_and_a_float_by_the_cattrs_hook() -> None:
    lines = _unnumbered(reader_source(Later, Later))
    # By hand: each date parsed from its text, in a loop (no comprehension can raise
    # mid-way as plainly); a float, which the generator does not write, by cattrs.
    start = lines.index("    # days: tuple[datetime.date, ...]")
    assert lines[start + 6 : start + 14] == [
        "        if type(v) is not list:",
        "            raise _Refused",
        "        items = []",
        "        for i in v:",
        "            i = _date(i)",
        "            items.append(i)",
        "        v = tuple(items)",
        "    obj.days = v",
    ]
    assert "        v = _hook(v, _type)" in lines


def test_a_tagged_class_counts_its_tag_among_the_keys_it_reads() -> None:
    generator = ReaderGenerator()
    generator.function(m.Negotiation)
    generator.run()
    source = generator.sources[generator.names[(m.Paragraph, True)]]
    # By hand: "type" and "text", the one field of a paragraph, each always read.
    assert "    seen = 2\n" in source
    assert "seen += 1" not in source
    assert "    if len(value) != seen and not value.keys() <= _keys" in source


def test_a_text_remembered_for_one_pattern_is_matched_by_another() -> None:
    reader = fast_reader(m.Negotiation)
    document = wire(GOOD)
    identifier = document["outcomes"][0]["id"]
    assert reader(document) == GOOD
    # The outcome's identifier is remembered by the identifiers' pattern: it is no
    # section of a statute all the same.
    document["legalBasis"] = [{"statuteNumber": 611, "statuteYear": 2021, "section": identifier}]
    with pytest.raises(ReaderRefusedError):
        reader(document)
    document["legalBasis"][0]["section"] = "4a"
    assert reader(document).legal_basis[0].section == "4a"


@attrs.frozen
class _Converted:
    """A class of plain attrs, one field with a converter the generator cannot call alone."""

    plain: str
    trimmed: str = attrs.field(converter=_stripped)


def test_a_class_with_a_converter_the_generator_does_not_know_is_built_by_cattrs() -> None:
    # Read whole by cattrs, through __init__, converter and all: not inline,
    # where the unknown converter would make the generated reader refuse.
    assert "built by cattrs" in reader_source(_Converted, _Converted)
    assert fast_reader(_Converted)({"plain": "a", "trimmed": " b "}) == _Converted("a", "b")


def _with_code(value: str, instance: Any) -> str:
    return f"{instance.code}:{value}"


@attrs.frozen(kw_only=True, field_transformer=_checks.protect)
class _TakesSelf:
    """A model class (under the type guard) whose converter takes the object being built."""

    code: str
    label: str = attrs.field(converter=attrs.Converter(_with_code, takes_self=True))  # type: ignore[misc]  # the attrs plugin knows no Converter


def test_a_converter_that_takes_the_object_makes_cattrs_build_the_class() -> None:
    # The generated reader builds an object without __init__: a converter that
    # needs the object is cattrs' to call, through __init__.
    assert "built by cattrs" in reader_source(_TakesSelf, _TakesSelf)
    read = fast_reader(_TakesSelf)({"code": "a", "label": "b"})
    assert read == _TakesSelf(code="a", label="b")
    assert read.label == "a:b"


@attrs.frozen(kw_only=True, field_transformer=_checks.protect)
class _OneOf:
    """A model class with one value of a tagged union, not a tuple of them."""

    item: m.Content


def test_one_value_of_a_tagged_union_is_read_by_the_unions_reader() -> None:
    source = reader_source(_OneOf, _OneOf)
    assert "    v = read_one_of_Paragraph_PointList_Statement_Finding_Quotation(v)\n" in source
    paragraph = {"type": "paragraph", "text": {"fi": "Teksti."}}
    read = fast_reader(_OneOf)({"item": paragraph})
    assert read == _OneOf(item=m.Paragraph(text=m.LocalizedText(fi="Teksti.")))
