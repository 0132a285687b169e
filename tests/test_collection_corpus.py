"""The benchmark corpus: deterministic, within each county's own area, varied, a few errors."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from benchmarks.corpus import memos, write_corpus

from hyvaneuvottelu import documents
from hyvaneuvottelu.collection import read_memos
from hyvaneuvottelu.refdata import region_table


def test_the_same_seed_gives_the_same_bytes_and_another_seed_others() -> None:
    first = [(m.name, m.data) for m in memos(42, seed=7)]
    assert first == [(m.name, m.data) for m in memos(42, seed=7)]
    assert first != [(m.name, m.data) for m in memos(42, seed=8)]


def test_every_county_negotiates_with_municipalities_of_its_own_area() -> None:
    table = region_table()
    counties: Counter[str] = Counter()
    shapes: Counter[tuple[str, bool]] = Counter()
    for memo in memos(420, errors=0):
        negotiation = documents.read_bytes(memo.data)
        county = negotiation.county.statistics_code
        assert county == memo.county
        counties[county] += 1
        codes = [o.statistics_code for o in negotiation.municipalities]
        assert all(code and table.municipalities[code].area == county for code in codes)
        shapes[negotiation.kind.value, len(codes) > 1] += 1
    assert sorted(counties) == [f"{n:02d}" for n in range(1, 22)]
    assert set(counties.values()) == {20}
    assert set(shapes) == {
        ("councilTerm", False),
        ("councilTerm", True),
        ("wellbeingPromotion", False),
        ("wellbeingPromotion", True),
    }


def test_the_corpus_is_valid_but_for_the_errors_asked_for(tmp_path: Path) -> None:
    assert write_corpus(tmp_path, 300, errors=6) == 300
    entries = list(read_memos([str(tmp_path)]))
    assert len(entries) == 300
    failing = [(e.path.rsplit("/", 1)[1], e.report.codes) for e in entries if not e.ok]
    # Memos 49, 99, ... (every 50th) break, in turn: a municipality of another county,
    # not JSON, no municipalities. Memo n is of county n % 21 + 1, in XML when n % 5 == 4
    # (but for a file cut short, always .json). Entries come by county folder.
    assert failing == [
        ("memo-00149.xml", ("HN-P011", "HN-R004")),
        ("memo-00299.xml", ("HN-P011", "HN-R004")),
        ("memo-00049.xml", ("HN-P004", "HN-P008")),
        ("memo-00199.xml", ("HN-P004", "HN-P008")),
        ("memo-00099.json", ("HN-D001",)),
        ("memo-00249.json", ("HN-D001",)),
    ]
    assert sum(e.path.endswith(".xml") for e in entries) == 60 - 2
    assert all(not e.report.findings for e in entries if e.ok)


def test_xml_every_sets_how_many_memos_are_xml() -> None:
    assert [m.name for m in memos(4, errors=0, xml_every=0)] == [
        "memo-00000.json",
        "memo-00001.json",
        "memo-00002.json",
        "memo-00003.json",
    ]
    assert [m.name for m in memos(4, errors=0, xml_every=2)] == [
        "memo-00000.json",
        "memo-00001.xml",
        "memo-00002.json",
        "memo-00003.xml",
    ]
