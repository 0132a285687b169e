"""Edges of the XML reader's counting of errors in large documents, found by mutation testing."""

from __future__ import annotations

import pytest
from lxml import etree

import hyvaneuvottelu as hn
from hyvaneuvottelu import DocumentError, examples
from hyvaneuvottelu.xmlformat import _counting
from hyvaneuvottelu.xmlformat._counting import cut_after

VALID = hn.to_xml(examples.load())
TITLE = b'<text xml:lang="fi">Neuvottelu</text>'


def test_a_large_document_with_one_schema_error_is_refused_with_that_error() -> None:
    # Over 128 KiB the errors are counted while the document is parsed; the
    # count's parser raises at its end for an invalid document, and that must
    # not pass for valid.
    start = VALID.index(b"  <topics>")
    end = VALID.index(b"  </topics>\n") + len(b"  </topics>\n")
    data = VALID[:start] + b"  <topics><topic>x</topic></topics>\n" + VALID[end:]
    padding = 200_000 - len(data) - len(b"<!---->")
    data = data.replace(b"</negotiation>", b"<!--" + b"p" * padding + b"--></negotiation>")
    assert len(data) == 200_000
    line = data[: data.index(b"<topic>x")].count(b"\n") + 1
    with pytest.raises(DocumentError) as caught:
        hn.from_xml(data)
    assert (caught.value.omitted, caught.value.stopped) == (0, False)
    [problem] = [str(p) for p in caught.value.problems]
    assert problem.startswith(f'line {line}: /negotiation/topics/topic: expected one of "')
    assert problem.endswith('"researchAndInnovation", "other", found "x"')


def test_a_tag_with_as_many_unknown_attributes_as_are_listed_is_not_cut_short() -> None:
    # 50 unknown attributes and xml:lang: the tag is looked at before the XSD
    # (51 attributes), but 50 problems are not more than are listed, so the
    # XSD lists them and says there are no more.
    topics = VALID.index(b"  <topics>") + len(b"  <topics>")
    large = VALID[:topics] + b"<topic>other</topic>" * 8_000 + VALID[topics:]
    attributes = b"".join(b' X%d="%d"' % (i, i) for i in range(50))
    data = large.replace(TITLE, TITLE.replace(b">", attributes + b">", 1), 1)
    assert len(data) > 128 * 1024
    with pytest.raises(DocumentError) as caught:
        hn.from_xml(data)
    assert (caught.value.omitted, caught.value.stopped) == (0, False)
    assert [str(p) for p in caught.value.problems][::49] == [
        "line 5: /negotiation/title/text/@X0: expected no attribute X0, found the attribute X0",
        "line 5: /negotiation/title/text/@X49: expected no attribute X49, found the attribute X49",
    ]


@pytest.mark.parametrize(
    ("counted", "omitted", "stopped", "first_line"),
    [
        (True, None, True, "50 problems in the document, and more: the reader stopped looking"),
        # Few items and 60 siblings: validated as a tree at once, every error counted.
        (False, 10, False, "50 problems in the document, and 10 more"),
    ],
)
def test_a_large_document_with_more_errors_than_listed_is_refused_though_the_reader_maps_it(
    monkeypatch: pytest.MonkeyPatch,
    counted: bool,
    omitted: int | None,
    stopped: bool,
    first_line: str,
) -> None:
    # Attributes the XSD refuses and the mapping ignores: only the validation,
    # or the count while the document is parsed, stands between them and a memo.
    if counted:
        monkeypatch.setattr(_counting, "DIRECT_ITEMS", 0)
    start = VALID.index(b"  <topics>")
    end = VALID.index(b"  </topics>\n") + len(b"  </topics>\n")
    topics = b'<topic bogus="1">other</topic>' * 60
    data = VALID[:start] + b"  <topics>" + topics + b"</topics>\n" + VALID[end:]
    padding = 200_000 - len(data) - len(b"<!---->")
    data = data.replace(b"</negotiation>", b"<!--" + b"p" * padding + b"--></negotiation>")
    line = data[: data.index(b"<topic bogus")].count(b"\n") + 1
    with pytest.raises(DocumentError) as caught:
        hn.from_xml(data)
    assert (caught.value.omitted, caught.value.stopped) == (omitted, stopped)
    assert str(caught.value).splitlines()[0] == first_line
    assert [str(p) for p in caught.value.problems][:50:49] == [
        f"line {line}: /negotiation/topics/topic[1]/@bogus: expected no attribute bogus,"
        " found the attribute bogus",
        f"line {line}: /negotiation/topics/topic[50]/@bogus: expected no attribute bogus,"
        " found the attribute bogus",
    ]


@pytest.mark.parametrize(
    ("extra", "omitted", "stopped", "said"),
    [
        (0, 10, False, "50 problems in the document, and 10 more"),
        (1, None, True, "50 problems in the document, and more: the reader stopped looking"),
    ],
)
def test_errors_in_the_last_piece_are_all_counted_and_not_cut(
    monkeypatch: pytest.MonkeyPatch, extra: int, omitted: int | None, stopped: bool, said: str
) -> None:
    # Errors are counted a piece of 16 KiB at a time, and past the last piece
    # nothing is cut: 60 errors in the last 16 KiB of a document of exactly 13
    # pieces are all counted; one byte more makes that byte the last piece, and
    # the errors, a piece before it, are cut where they pass the limit.
    # Few items: such a document is validated as a tree at once unless counting is asked for.
    monkeypatch.setattr(_counting, "DIRECT_ITEMS", 0)
    start = VALID.index(b"  <topics>")
    topics = b'<topic bogus="1">other</topic>' * 60
    data = VALID[:start] + b"<!--" + b"p" * 200_000 + b"-->\n  <topics>" + topics
    data += b"</topics>\n</negotiation>\n"
    data += b" " * (13 * 16 * 1024 - len(data) + extra)
    assert len(data) == 13 * 16 * 1024 + extra
    assert len(data) - extra - data.index(b"<topic bogus") < 16 * 1024
    with pytest.raises(DocumentError) as caught:
        hn.from_xml(data)
    assert (caught.value.omitted, caught.value.stopped) == (omitted, stopped)
    assert str(caught.value).splitlines()[0] == said


@pytest.mark.parametrize(
    ("count", "kept"),
    [
        (1, b"<r/>"),
        (4, b"<r><a><b/><c/></a></r>"),
        (5, b"<r><a><b/><c><d/></c></a></r>"),
        (7, b"<r><a><b/><c><d/></c><e/></a><f/></r>"),
        (8, b"<r><a><b/><c><d/></c><e/></a><f/><g/></r>"),
        (9, b"<r><a><b/><c><d/></c><e/></a><f/><g/></r>"),
    ],
)
def test_cut_after_keeps_the_first_elements_in_document_order(count: int, kept: bytes) -> None:
    root = etree.fromstring(b"<r><a><b/><c><d/></c><e/></a><f/><g/></r>")
    cut_after(root, count)
    assert etree.tostring(root) == kept
