"""The generated XML tree reader and the detailed one agree: same trees accepted, equal models."""

from __future__ import annotations

import linecache
from collections import Counter
from collections.abc import Iterator
from types import FunctionType
from typing import Any, ClassVar

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

import hyvaneuvottelu as hn
from hyvaneuvottelu import examples
from hyvaneuvottelu import model as m
from hyvaneuvottelu.errors import DocumentError
from hyvaneuvottelu.xmlformat import _fast as fast_module
from hyvaneuvottelu.xmlformat import _reader, xml_schema
from hyvaneuvottelu.xmlformat._fast import _compile, fast_read, fast_source
from hyvaneuvottelu.xmlformat._fast_code import RefusedError, _has_children, _is_here, _rivals
from hyvaneuvottelu.xmlformat._parse import parse
from hyvaneuvottelu.xmlformat._plan import PLANS, FieldPlan

from .strategies import negotiations


def _tree(data: bytes) -> etree._Element:
    return parse(data, max_bytes=1 << 24, max_depth=100)


def _detailed(root: etree._Element) -> Any:
    """The detailed reader's negotiation, or None where it finds problems."""
    with pytest.MonkeyPatch.context() as patched:

        def refuse(root: etree._Element) -> Any:
            raise AssertionError("not the fast reader")

        patched.setattr(_reader, "fast_read", refuse)
        negotiation, problems, _ = _reader.read_tree(root)
    assert (negotiation is None) == bool(problems)
    return negotiation


def _fast(root: etree._Element) -> Any:
    try:
        return fast_read(root)
    except Exception:  # any refusal means: the detailed reader decides
        return None


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(negotiations())
def test_both_readers_build_the_memo_written(memo: m.Negotiation) -> None:
    root = _tree(hn.to_xml(memo))
    assert fast_read(root) == _detailed(root) == memo


#: Texts an element may be given instead of its own: each refused somewhere.
_hostile = st.sampled_from(
    [
        "",
        " ",
        "x",
        " fi ",
        "0",
        "-1",
        "1.5",
        "123456789012345678901234",
        "2025-02-30",
        "2025-02-03",
        "12:00:00",
        "2025-02-03T12:00:00+02:00",
        "true",
        "1",
        "kunta",
        "a b",
        "1.2.3",
    ]
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(negotiations(), st.integers(0, 10_000), _hostile, st.booleans())
def test_both_readers_accept_the_same_trees(
    memo: m.Negotiation, at: int, text: str, language: bool
) -> None:
    root = etree.fromstring(hn.to_xml(memo))
    elements = [e for e in root.iter() if len(e) == 0]
    element = elements[at % len(elements)]
    if language and element.get(_reader._XML_LANG) is not None:
        element.set(_reader._XML_LANG, text)
    else:
        element.text = text
    try:
        tree = _tree(etree.tostring(root, encoding="UTF-8", xml_declaration=True))
    except DocumentError:
        return  # the XSD refuses it: neither reader sees it
    assert _fast(tree) == _detailed(tree)


def test_the_example_is_read_by_the_fast_reader(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object) -> Any:
        raise AssertionError("the detailed reader read it")

    monkeypatch.setattr(_reader, "_OBJECT_READERS", {m.Negotiation: refuse})
    assert hn.from_xml(hn.to_xml(examples.load())) == examples.load()


def test_the_generated_reader_can_be_read() -> None:
    source = fast_source(m.SourceRef)
    assert source.startswith(
        "def xml_SourceRef(el, it):\n"
        "    # hyvaneuvottelu.model._outcomes.SourceRef\n"
        "    # n: the children less the optional ones taken; c: the next one, once fetched.\n"
        "    n = _len(el)\n"
        "    c = None\n"
        "    # section\n"
        "    c = _next(it)\n"
        "    f_section = (c.text or '')\n"
        "    c = None\n"
        "    # point (optional)\n"
        "    if n > 1:\n"
        "        c = _next(it)\n"
        "        if n == 3 or c.tag == '{urn:hyvaneuvottelu:schema:1}point':\n"
    )
    assert "    if n != 1:\n        raise _Refused\n" in source
    assert "    obj.section = f_section\n" in source
    assert source.endswith("    obj.__class__ = " + source.rsplit("obj.__class__ = ", 1)[1])


class _Counted:
    """An element that counts what the reader asks of it, and cannot be iterated."""

    __slots__ = ("element",)
    asked: ClassVar[Counter[str]] = Counter()

    def __init__(self, element: etree._Element) -> None:
        self.element = element

    @property
    def tag(self) -> Any:
        self.asked["tag"] += 1
        return self.element.tag

    @property
    def text(self) -> Any:
        return self.element.text

    def values(self) -> Any:
        return self.element.values()

    def __len__(self) -> int:
        return len(self.element)


def test_the_reader_takes_each_element_once_in_document_order() -> None:
    root = _tree(hn.to_xml(examples.load()))
    elements = list(root.iter())
    handed: list[etree._Element] = []

    def handing() -> Iterator[_Counted]:
        for element in elements[1:]:
            handed.append(element)
            yield _Counted(element)

    _Counted.asked.clear()
    assert _compile()["read"](_Counted(root), handing()) == examples.load()
    # No child iterator (an element here cannot be iterated), no element twice.
    assert handed == elements[1:]
    # A tag only where the count of children cannot tell which optional ones are there.
    assert 0 < _Counted.asked["tag"] < len(elements) / 2


def _objects(value: Any) -> list[Any]:
    """Every attrs object in ``value``, depth first."""
    if isinstance(value, tuple):
        return [o for item in value for o in _objects(item)]
    if not attrs.has(type(value)):
        return []
    return [value] + [
        o for f in attrs.fields(type(value)) for o in _objects(getattr(value, f.name))
    ]


def test_the_objects_read_are_of_the_model_classes_and_frozen() -> None:
    memo = hn.from_xml(hn.to_xml(examples.load()))
    objects = _objects(memo)
    assert {type(o).__module__.rsplit(".", 1)[0] for o in objects} == {"hyvaneuvottelu.model"}
    assert m.LocalizedText in {type(o) for o in objects}
    for obj in objects:
        name = attrs.fields(type(obj))[0].name
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            setattr(obj, name, getattr(obj, name))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(negotiations(), st.integers(0, 10_000))
def test_both_readers_agree_on_trees_missing_an_element(memo: m.Negotiation, at: int) -> None:
    # Optional elements left out in every combination the XSD allows: the fast
    # reader tells which are there from the count of children and their tags.
    root = etree.fromstring(hn.to_xml(memo))
    elements = list(root.iter())[1:]
    element = elements[at % len(elements)]
    parent = element.getparent()
    assert parent is not None
    parent.remove(element)
    try:
        tree = _tree(etree.tostring(root, encoding="UTF-8", xml_declaration=True))
    except DocumentError:
        return  # the XSD refuses it: neither reader sees it
    assert _fast(tree) == _detailed(tree)


def test_a_text_one_pattern_matched_is_still_refused_by_another() -> None:
    # Once the example is read, its section number "1" is remembered as a
    # section number; an identifier still may not be "1".
    data = hn.to_xml(examples.load())
    assert b"<number>1</number>" in data
    assert _fast(_tree(data)) == examples.load()
    tree = _tree(data.replace(b"<id>lansi-uusimaa</id>", b"<id>1</id>", 1))
    assert _fast(tree) is None
    assert _detailed(tree) is None


def test_a_text_with_another_attribute_is_read_by_its_language() -> None:
    # An xsi: attribute the XSD lets through, its namespace spelled with a
    # character reference: the text is Finnish whatever the other attribute says.
    data = hn.to_xml(examples.load()).replace(
        b'<text xml:lang="fi">Neuvottelu</text>',
        b'<text xmlns:x="http&#58;//www.w3.org/2001/XMLSchema-instance"'
        b' x:noNamespaceSchemaLocation="sv" xml:lang="fi">Neuvottelu</text>',
        1,
    )
    tree = etree.fromstring(data)
    assert xml_schema().validate(tree)
    assert _fast(tree) in (None, _detailed(tree))
    assert _detailed(tree).title == m.LocalizedText(fi="Neuvottelu")


@pytest.mark.parametrize("count", [0, 1, 2, 3, 4])
def test_wrappers_of_every_size_are_read_by_the_fast_reader(count: int) -> None:
    # One and two items are written out in the generated code, more in a loop:
    # codes (topics), union members in their order (outcomes), objects (sections).
    memo = examples.load()
    assert min(len(memo.topics), len(memo.outcomes), len(memo.sections)) >= 4
    outcomes = memo.outcomes[-count:] if count else ()
    changed = attrs.evolve(
        memo,
        topics=memo.topics[:count],
        outcomes=outcomes,
        sections=memo.sections[:count],
    )
    tree = _tree(hn.to_xml(changed))
    read = fast_read(tree)
    assert read == changed
    assert [type(o) for o in read.outcomes] == [type(o) for o in outcomes]
    assert len(read.topics) == len(read.sections) == count


def _example_with(old: bytes, new: bytes) -> etree._Element:
    """The example's tree, validated, with its first ``old`` replaced by ``new``."""
    data = hn.to_xml(examples.load())
    assert old in data
    return _tree(data.replace(old, new, 1))


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        ('<text xml:lang="sv">Förhandling</text>', m.LocalizedText(sv="Förhandling")),
        ('<text xml:lang="en">Negotiation</text>', m.LocalizedText(en="Negotiation")),
        ('<text xml:lang="fi"></text>', m.LocalizedText(fi="")),
        (
            '<text xml:lang="fi">Neuvottelu</text><text xml:lang="en">Negotiation</text>',
            m.LocalizedText(fi="Neuvottelu", en="Negotiation"),
        ),
        (
            '<text xml:lang="sv">Förhandling</text><text xml:lang="en"/>'
            '<text xml:lang="fi">Neuvottelu</text>',
            m.LocalizedText(fi="Neuvottelu", sv="Förhandling", en=""),
        ),
    ],
)
def test_a_text_in_each_language_is_read_by_the_fast_reader(
    texts: str, expected: m.LocalizedText
) -> None:
    # One language is read without a loop, the others set to None; more in a loop.
    tree = _example_with(b'<text xml:lang="fi">Neuvottelu</text>', texts.encode())
    assert fast_read(tree).title == expected
    assert _detailed(tree).title == expected


@pytest.mark.parametrize(
    "texts",
    [
        b'<text xml:lang="de">Verhandlung</text>',
        b'<text xml:lang="fi">a</text><text xml:lang="de">b</text>',
    ],
)
def test_a_text_in_another_language_is_refused_by_the_fast_reader(texts: bytes) -> None:
    data = hn.to_xml(examples.load()).replace(b'<text xml:lang="fi">Neuvottelu</text>', texts, 1)
    tree = etree.fromstring(data)
    with pytest.raises(RefusedError):
        fast_read(tree)


def test_a_code_with_spaces_around_it_is_read_by_the_fast_reader() -> None:
    # xs:token lets the XSD accept it: found once stripped.
    tree = _example_with(b"<status>open</status>", b"<status>\n  open </status>")
    read = fast_read(tree)
    assert read == _detailed(tree) == examples.load()
    codes = _compile()["read"].__globals__
    table = next(v for k, v in codes.items() if k.startswith("_codes") and "open" in v)
    with pytest.raises(KeyError) as caught:
        table["shut"]
    assert caught.value.args == ("shut",)
    with pytest.raises(KeyError) as caught:
        table[" shut "]
    assert caught.value.args == ("shut",)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        # Optional fields, checked where they are read.
        (b"<point>s2-p2</point>", b"<point>S2!</point>"),
        (b"<sentence>1</sentence>", b"<sentence>0</sentence>"),
        (b"<party>lohja</party>", b"<party>Lohja!</party>"),
        (b"<party>lansi-uusimaa</party>", b"<party>L\xc3\xa4nsi</party>"),
    ],
)
def test_an_optional_value_the_model_refuses_is_refused_by_the_fast_reader(
    old: bytes, new: bytes
) -> None:
    tree = _example_with(old, new)
    with pytest.raises(RefusedError):
        fast_read(tree)
    assert _detailed(tree) is None


def test_an_optional_element_is_told_from_its_rival_by_its_children() -> None:
    # A description holds texts, the status after it none: counted, not named.
    source = fast_source(m.MatterToAgree)
    assert "        if n == 8 or _len(c):\n            f_description = " in source
    assert "        if n == 7 or c.tag == '{urn:hyvaneuvottelu:schema:1}topics':\n" in source
    # A text of its own is a value, the rivals' (title, organisation, ...) may not be.
    assert "c.tag == '{urn:hyvaneuvottelu:schema:1}name'" in fast_source(m.Participant)
    described = _example_with(
        b"<status>open</status>",
        b'<description><text xml:lang="fi">Kuvaus</text></description><status>open</status>',
    )
    read = fast_read(described)
    (outcome,) = [o for o in read.outcomes if o.description is not None]
    assert outcome.description == m.LocalizedText(fi="Kuvaus")
    assert outcome.status is m.OutcomeStatus.OPEN
    assert read == _detailed(described)


def _plan(cls: type, name: str) -> FieldPlan:
    return next(f for f in PLANS[cls].fields if f.name == name)


def test_the_xsd_says_which_elements_hold_elements() -> None:
    negotiation = m.Negotiation
    assert _has_children(_plan(negotiation, "kind")) is False  # a code's text
    assert _has_children(_plan(negotiation, "title")) is True  # at least one text
    assert _has_children(_plan(negotiation, "county")) is True  # a required field
    assert _has_children(_plan(negotiation, "participants")) is None  # may be empty
    assert _has_children(_plan(negotiation, "record")) is None  # no required field
    assert _has_children(_plan(m.Section, "content")) is None  # union members, may be empty


def test_the_rivals_of_an_optional_field_end_at_the_next_required_one() -> None:
    fields = PLANS[m.MatterToAgree].fields
    assert [f.name for f in fields[:4]] == ["id", "title", "description", "status"]
    assert _rivals(fields[3:]) == (fields[3],)
    assert _rivals(fields[4:]) == fields[4:]
    assert _rivals(()) == ()


def test_an_element_is_told_from_its_rivals_by_its_children_or_its_tag() -> None:
    description, status = _plan(m.MatterToAgree, "description"), _plan(m.MatterToAgree, "status")
    topics = _plan(m.MatterToAgree, "topics")
    assert _is_here(description, (status,)) == "_len(c)"
    assert _is_here(status, (description,)) == "not _len(c)"
    assert _is_here(status, (status,)) == "c.tag == '{urn:hyvaneuvottelu:schema:1}status'"
    assert _is_here(description, (description,)) == (
        "c.tag == '{urn:hyvaneuvottelu:schema:1}description'"
    )
    assert _is_here(description, (status, topics)).startswith("c.tag == ")
    assert _is_here(topics, (status,)).startswith("c.tag == ")
    assert _is_here(status, (description, topics)).startswith("c.tag == ")


def test_the_readers_are_compiled_once_with_their_tables_of_members(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Compiled afresh here, by the first source shown or tree read: another
    # test may have compiled them first.
    monkeypatch.setattr(fast_module, "_compiled", {})
    assert fast_source(m.SourceRef).startswith("def xml_SourceRef(el, it):\n")
    compiled = fast_module._compiled
    assert fast_module._compile() is compiled
    monkeypatch.setattr(fast_module, "_compiled", {})
    assert fast_read(_tree(hn.to_xml(examples.load()))) == examples.load()
    assert fast_module._compile() is fast_module._compiled is not compiled
    compiled = fast_module._compiled
    source = linecache.getlines("<generated XML tree readers>")
    assert source[0] == "def xml_Negotiation(el, it):\n"
    assert "".join(source) == "\n\n".join(compiled["sources"].values())
    # A union's members by tag: their readers, not the names of their functions.
    members = [v for k, v in compiled["read"].__globals__.items() if k.startswith("_members")]
    assert len(members) == 2
    assert {type(read) for table in members for read in table.values()} == {FunctionType}


def test_an_optional_value_is_checked_once_where_it_is_read() -> None:
    source = fast_source(m.SourceRef)
    assert "            f_point = (c.text or '')\n            if f_point not in _matched" in source
    # The section's check and the point's, each once; none after the point's default.
    assert source.count("_mismatch") == 2
    assert "    obj.point = f_point\n    obj.sentence = f_sentence\n" in source
