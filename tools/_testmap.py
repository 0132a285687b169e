"""Which tests run which lines: the whole suite once under coverage, one context per test.

Run as ``python -m tools._testmap OUT.json`` from the repository root (the
mutation runner does it for you). It writes::

    {"tests": {node id: seconds}, "failed": [node id, ...],
     "lines": {file: {line: [test index, ...]}}, "import_lines": {file: [line, ...]}}

where a test index points into the sorted list of ``tests``, and
``import_lines`` are the lines run outside any test (at import time).
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Generator
from pathlib import Path
from typing import Any

import coverage
import pytest

__all__ = ["main"]


class _Recorder:
    """A pytest plugin: switch the coverage context around each test, time it, note failures."""

    def __init__(self, cov: coverage.Coverage) -> None:
        self.cov = cov
        self.durations: dict[str, float] = {}
        self.failed: set[str] = set()

    @pytest.hookimpl(hookwrapper=True)
    def pytest_runtest_protocol(self, item: pytest.Item) -> Generator[None, None, None]:
        self.cov.switch_context(item.nodeid)
        start = time.perf_counter()
        yield
        self.durations[item.nodeid] = time.perf_counter() - start
        self.cov.switch_context("")

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        if report.failed:
            self.failed.add(report.nodeid)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    out = Path(args[0])
    package = Path("src/hyvaneuvottelu").resolve()
    cov = coverage.Coverage(
        data_file=None, include=[f"{package}/*"], branch=False, config_file=False
    )
    cov.start()
    recorder = _Recorder(cov)
    try:
        status = pytest.main(["-q", "-p", "no:cacheprovider", *args[1:]], plugins=[recorder])
    finally:
        cov.stop()
    data = cov.get_data()
    tests = sorted(recorder.durations)
    index = {name: i for i, name in enumerate(tests)}
    lines: dict[str, dict[str, list[int]]] = {}
    import_lines: dict[str, list[int]] = {}
    root = Path.cwd().resolve()
    for filename in sorted(data.measured_files()):
        relative = Path(filename).resolve().relative_to(root).as_posix()
        by_line = data.contexts_by_lineno(filename)
        lines[relative] = {
            str(line): sorted(index[c] for c in contexts if c in index)
            for line, contexts in sorted(by_line.items())
        }
        import_lines[relative] = sorted(
            line for line, contexts in by_line.items() if "" in contexts
        )
    result: dict[str, Any] = {
        "tests": {name: round(recorder.durations[name], 4) for name in tests},
        "failed": sorted(recorder.failed),
        "lines": lines,
        "import_lines": import_lines,
        "exit_status": int(status),
    }
    out.write_text(json.dumps(result), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
