"""The collection page: in the guides' table of contents, its examples run as doctests."""

from __future__ import annotations

import doctest

from .documents import REPO

PAGE = (REPO / "docs" / "collection.md").read_text(encoding="utf-8")


def test_the_page_is_in_the_guides() -> None:
    index = (REPO / "docs" / "index.md").read_text(encoding="utf-8")
    guides = index.split(":caption: Guides", 1)[1].split("```", 1)[0]
    assert "\ncollection\n" in guides


def test_the_page_shows_each_function_at_work() -> None:
    # pytest runs the examples (--doctest-glob=*.md); here: that there are some of each.
    examples = doctest.DocTestParser().get_examples(PAGE)
    sources = "".join(example.source for example in examples)
    for call in ("read_memos(", "extract=", "council_term_of(", "select("):
        assert call in sources, call
