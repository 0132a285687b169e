"""The generated JSON writers give what cattrs' unstructuring gives, byte for byte."""

from __future__ import annotations

import json

import attrs
from hypothesis import HealthCheck, given, settings

import hyvaneuvottelu as hn
from hyvaneuvottelu import examples
from hyvaneuvottelu import model as m
from hyvaneuvottelu.jsonformat._converter import fast_converter
from hyvaneuvottelu.jsonformat._encode import encode_stdlib
from hyvaneuvottelu.jsonformat._writers import fast_writer, writer_source

from .rule_cases import GOOD
from .strategies import negotiations


def _both(memo: m.Negotiation) -> tuple[bytes, bytes]:
    ours = fast_writer(m.Negotiation)(memo)
    reference = fast_converter.unstructure(memo, m.Negotiation)
    return encode_stdlib(ours, 2), encode_stdlib(reference, 2)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(negotiations())
def test_the_generated_writer_writes_what_cattrs_writes(memo: m.Negotiation) -> None:
    ours, reference = _both(memo)
    assert ours == reference
    assert fast_writer(m.Negotiation)(memo) == fast_converter.unstructure(memo, m.Negotiation)


def test_the_examples_are_written_as_before() -> None:
    for memo in (GOOD, examples.load()):
        ours, reference = _both(memo)
        assert ours == reference
        assert json.loads(ours) == {
            k: v for k, v in json.loads(hn.to_json(memo)).items() if k != "schemaVersion"
        }


def test_the_generated_writer_can_be_read() -> None:
    source = writer_source(m.Section)
    assert source.startswith(
        "def write_Section(obj):\n    # hyvaneuvottelu.model._content.Section\n"
    )
    assert "    d['number'] = obj.number\n" in source
    assert "        d['subsections'] = [write_Section(i) for i in v]\n" in source
    assert "    if v != _default" in source
    assert writer_source(m.Paragraph) == (
        "def write_Paragraph_tagged(obj):\n"
        "    # hyvaneuvottelu.model._content.Paragraph\n"
        "    d = {'type': 'paragraph'}\n"
        "    d['text'] = write_LocalizedText(obj.text)\n"
        "    return d\n"
    )


@attrs.frozen(kw_only=True)
class _Both:
    """A class holding a paragraph both in a tagged union and on its own."""

    content: m.Content
    paragraph: m.Paragraph


def test_a_union_member_s_source_is_its_own_writer_where_it_also_has_one() -> None:
    # The union's writer is written first, with its tag; the untagged one is shown.
    assert writer_source(m.Paragraph, root=_Both) == (
        "def write_Paragraph(obj):\n"
        "    # hyvaneuvottelu.model._content.Paragraph\n"
        "    d = {}\n"
        "    d['text'] = write_LocalizedText(obj.text)\n"
        "    return d\n"
    )
    assert writer_source(m.Paragraph, root=_Both, kind="compact") == (
        "def json_Paragraph(obj):\n"
        "    # hyvaneuvottelu.model._content.Paragraph\n"
        """    return f'{{"text":{json_LocalizedText(obj.text)}}}'\n"""
    )


def test_the_dict_writer_writes_days_and_code_lists_itself() -> None:
    # Not through cattrs' hooks: a day is written by its isoformat(), a tuple of
    # codes by list(), where a reader of the source sees it.
    source = writer_source(m.Negotiation).splitlines()
    assert "        d['date'] = v.isoformat()" in source
    assert "        d['startTime'] = _time(v)" in source
    assert "        d['topics'] = list(v)" in source
    assert not [line for line in source if "_hook" in line]
    assert "        d['roles'] = list(v)" in writer_source(m.Participant).splitlines()
