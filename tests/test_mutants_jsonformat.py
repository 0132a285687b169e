"""Edges of the JSON reader that mutation testing found untested. Expected values by hand."""

from __future__ import annotations

import json

import pytest

import hyvaneuvottelu as hn
from hyvaneuvottelu import DocumentError, examples
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
