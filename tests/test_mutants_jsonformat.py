"""Edges of the JSON reader and writer that mutation testing found untested. Expected values by hand."""

from __future__ import annotations

import gc
import json

import attrs
import pytest

import hyvaneuvottelu as hn
from hyvaneuvottelu import DocumentError, LocalizedText, Paragraph, Section, examples
from hyvaneuvottelu.errors import LimitError
from hyvaneuvottelu.limits import MAX_TEXT


def _example() -> dict[str, object]:
    document: dict[str, object] = json.loads(hn.to_json(examples.load()))
    return document


def test_a_too_long_text_beside_a_short_one_is_refused() -> None:
    document = _example()
    document["title"] = {"fi": "a" * (MAX_TEXT + 1), "sv": "b"}
    with pytest.raises(DocumentError) as caught:
        hn.from_json(json.dumps(document))
    assert [str(p) for p in caught.value.problems] == [
        "/title/fi: expected a text of at most 1000000 characters, found 1000001 characters"
    ]


def test_a_paragraph_below_the_deepest_section_the_limit_allows_is_not_written() -> None:
    # The root is at depth 1, and each level of sections adds an array and an
    # object: the 49th level's section is at depth 99, within the limit of 100,
    # its content array at 100 and the paragraph in it at 101.
    section = Section(
        number="1",
        title=LocalizedText(fi="Syvä"),
        content=(Paragraph(text=LocalizedText(fi="Teksti")),),
    )
    for _ in range(48):
        section = Section(number="1", title=LocalizedText(fi="Syvä"), subsections=(section,))
    memo = attrs.evolve(examples.load(), sections=(section,))
    with pytest.raises(LimitError) as caught:
        hn.to_json(memo)
    assert str(caught.value) == (
        "/sections/0" + "/subsections/0" * 48 + "/content/0: cannot be written as JSON: "
        "an object at depth 101, deeper than the 100 the readers accept"
    )


def test_reading_a_memo_leaves_the_cyclic_garbage_collector_on() -> None:
    assert gc.isenabled()
    hn.from_json(hn.to_json(examples.load()))
    assert gc.isenabled()
