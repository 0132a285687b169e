"""When a large document is validated as a tree at once rather than counted first.

An error's path costs about as much as the siblings on it, and a document has
at most as many errors as elements and attributes: a document of at most
40,000 "<" and "=", none of whose elements has as many children as the largest
power of two in 10,000,000 divided by that number, is validated at once.
"""

from __future__ import annotations

import pytest
from lxml import etree

from hyvaneuvottelu.xmlformat import _counting
from hyvaneuvottelu.xmlformat._parsers import parser


def _document(children: int, equals: int) -> bytes:
    # "<r>" and "</r>" are two "<", each child one more; the text's "=" count too.
    return b"<r>" + b"<a/>" * children + b"=" * equals + b"</r>"


def test_the_bounds_are_those_the_table_below_is_worked_out_for() -> None:
    assert (_counting.DIRECT_ITEMS, _counting.DIRECT_COST) == (40_000, 10_000_000)


@pytest.mark.parametrize(
    ("children", "equals", "bounded"),
    [
        # 40,000 items: 10,000,000 // 40,000 = 250, so 128 children are too many.
        (0, 39_998, True),
        (0, 39_999, False),
        (127, 39_871, True),
        (128, 39_870, False),
        # 10,000 items: 1,000 a piece, so 512 children are too many.
        (511, 9_487, True),
        (512, 9_486, False),
        # 100 items: 100,000 a piece, so 65,536 children would be too many,
        # but no document of 100 items has them.
        (98, 0, True),
    ],
)
def test_a_document_is_validated_at_once_within_both_bounds(
    children: int, equals: int, bounded: bool
) -> None:
    data = _document(children, equals)
    assert data.count(b"<") + data.count(b"=") == children + equals + 2
    root = etree.fromstring(data, parser())
    assert _counting.errors_are_bounded(data, root) is bounded


def test_children_anywhere_in_the_tree_count() -> None:
    # 511 children of a grandchild, among 10,000 items: still bounded; 512 are not.
    for children, bounded in ((511, True), (512, False)):
        data = b"<r><b><c>" + b"<a/>" * children + b"</c></b>" + b"=" * (9_994 - children) + b"</r>"
        assert data.count(b"<") + data.count(b"=") == 10_000
        root = etree.fromstring(data, parser())
        assert _counting.errors_are_bounded(data, root) is bounded


def test_attributes_count_as_items() -> None:
    # Each attribute has its "=": 39,998 of them with "<r" and "/>" is 39,999 items.
    attributes = b"".join(b' a%d="1"' % i for i in range(39_998))
    within = b"<r" + attributes + b"/>"
    assert within.count(b"<") + within.count(b"=") == 39_999
    assert _counting.errors_are_bounded(within, etree.fromstring(within, parser())) is True
    beyond = b"<r" + attributes + b' b="1" c="2"/>'
    assert _counting.errors_are_bounded(beyond, etree.fromstring(beyond, parser())) is False


def test_a_few_paths_are_compiled_for_any_number_of_documents() -> None:
    _counting._nth_child.cache_clear()
    for equals in [*range(200), *range(200, 39_998, 97)]:
        data = _document(3, equals)
        _counting.errors_are_bounded(data, etree.fromstring(data, parser()))
    # One path for each power of two from 2**7 (40,000 items: 250 a piece)
    # to 2**20 (5 items: 2,000,000 a piece).
    assert _counting._nth_child.cache_info().currsize == 14
