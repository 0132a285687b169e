"""The generated XML tree reader and the detailed one agree: same trees accepted, equal models."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

import hyvaneuvottelu as hn
from hyvaneuvottelu import examples
from hyvaneuvottelu import model as m
from hyvaneuvottelu.errors import DocumentError
from hyvaneuvottelu.xmlformat import _reader
from hyvaneuvottelu.xmlformat._fast import fast_read, fast_source
from hyvaneuvottelu.xmlformat._parse import parse

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
        "def xml_SourceRef(el):\n"
        "    # hyvaneuvottelu.model._outcomes.SourceRef\n"
        "    f_section = f_point = f_sentence = _MISSING\n"
        "    for c in el:\n"
        "        t = c.tag\n"
        "        if t == '{urn:hyvaneuvottelu:schema:1}section':\n"
        "            f_section = (c.text or '')\n"
    )
    assert "    if f_section is _MISSING:\n        raise _Refused\n" in source
