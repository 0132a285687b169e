"""The start-up benchmark reads ``python -X importtime`` as it is written."""

from __future__ import annotations

import sys

from benchmarks.bench_startup import _cpu_of_child, _imports


def test_the_top_level_imports_of_a_run_are_listed_with_their_cumulative_time() -> None:
    rows = _imports(["-c", "import json, xml.dom.minidom"], top=50)
    names = [name for _, name in rows]
    assert "json" in names
    assert "xml.dom.minidom" in names
    # Nested imports are inside their parent's time, not listed again.
    assert "json.decoder" not in names
    assert all(micros > 0 for micros, _ in rows)
    assert [micros for micros, _ in rows] == sorted((micros for micros, _ in rows), reverse=True)


def test_the_cpu_of_a_child_counts_its_work() -> None:
    idle = _cpu_of_child([sys.executable, "-c", "pass"])
    busy = _cpu_of_child([sys.executable, "-c", "sum(range(3_000_000))"])
    assert busy > idle
