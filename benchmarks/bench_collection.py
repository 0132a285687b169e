"""What reading a collection costs against validating the same folder.

Run: ``python -m benchmarks.bench_collection [--memos 10000] [--repeat 3] [--folder F]``.

Writes the corpus of :mod:`benchmarks.corpus` (``--memos`` memos over the 21
counties) into a temporary folder, or uses ``--folder``, then runs, each in a
fresh process and in turns (the order rotating, so that load from elsewhere
falls on all alike), ``--repeat`` times:

- ``validate``: :func:`~hyvaneuvottelu.validation.validate_files` over the
  folder's walk, as the ``validate`` command does;
- ``read_memos``: :func:`~hyvaneuvottelu.collection.read_memos`, whole models
  carried back from the workers;
- ``read_memos extract``: the same with ``extract``, a small summary of each
  memo made in the worker;
- ``coverage``: the whole coverage report (:func:`~hyvaneuvottelu.coverage.coverage`
  over ``read_memos(extract=memo_facts)``), as the ``coverage`` command makes it
  before printing: the issue's goal is at most 1.2x ``validate``;

each with one process and with one per CPU. It prints, per memo, the median
wall time and the median CPU time of the whole process tree (the process and
its workers), and the peak memory of the tree: the sum of the resident sizes
of the process and its workers, sampled every 20 ms.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from hyvaneuvottelu.validation import available_cpus

from .corpus import write_corpus

ROOT = Path(__file__).resolve().parents[1]

# Runs one contender in the child; prints the count and its times, from after
# the imports (the workers, forked or spawned later, are counted whole).
_CHILD = """
import json, resource, sys, time
mode, folder, jobs = sys.argv[1], sys.argv[2], int(sys.argv[3])
from hyvaneuvottelu.validation import validate_files, walk_memos
from hyvaneuvottelu.collection import read_memos
from hyvaneuvottelu.coverage import coverage, memo_facts
from benchmarks.bench_collection import summary
def used(who):
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime
wall, cpu = time.perf_counter(), used(resource.RUSAGE_SELF) + used(resource.RUSAGE_CHILDREN)
if mode == "validate":
    results = validate_files(walk_memos([folder]), jobs=jobs)
elif mode == "read_memos":
    results = read_memos([folder], jobs=jobs)
elif mode == "coverage":
    seen = []
    def counted(entries):
        for entry in entries:
            seen.append(None)
            yield entry
    result = coverage(counted(read_memos([folder], jobs=jobs, extract=memo_facts)))
    assert result.reports
    results = seen
else:
    results = read_memos([folder], jobs=jobs, extract=summary)
count = sum(1 for _ in results)
wall = time.perf_counter() - wall
cpu = used(resource.RUSAGE_SELF) + used(resource.RUSAGE_CHILDREN) - cpu
print(json.dumps({"count": count, "wall": wall, "cpu": cpu}))
"""

MODES = ("validate", "read_memos", "read_memos extract", "coverage")


def summary(entry: Any) -> tuple[str | None, tuple[str | None, ...], str | None]:
    """What coverage keeps of a memo: the county, the municipalities, the date."""
    memo = entry.memo
    return (
        memo.county.statistics_code,
        tuple(o.statistics_code for o in memo.municipalities),
        None if memo.date is None else memo.date.isoformat(),
    )


def _tree_rss(root: int) -> int:
    """Resident bytes of ``root`` and its descendants, from /proc (0 where it is gone)."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as stream:
                fields = stream.read().rsplit(b")", 1)[1].split()
        except OSError:
            continue
        children.setdefault(int(fields[1]), []).append(int(entry))
    total, pending = 0, [root]
    page = os.sysconf("SC_PAGE_SIZE")
    while pending:
        pid = pending.pop()
        pending.extend(children.get(pid, ()))
        try:
            with open(f"/proc/{pid}/statm", "rb") as stream:
                total += int(stream.read().split()[1]) * page
        except OSError:
            continue
    return total


def run(mode: str, folder: Path, jobs: int) -> dict[str, float]:
    """One contender in a fresh process: its times, and the tree's peak memory."""
    command = [sys.executable, "-c", _CHILD, mode.replace(" ", "_"), str(folder), str(jobs)]
    with subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, text=True) as child:
        peak = 0
        while child.poll() is None:
            peak = max(peak, _tree_rss(child.pid))
            time.sleep(0.02)
        out = child.stdout.read() if child.stdout else ""
    if child.returncode != 0:
        raise SystemExit(f"{mode} --jobs {jobs} failed ({child.returncode})")
    result: dict[str, float] = json.loads(out)
    result["peak"] = peak
    return result


def measure(folder: Path, repeat: int, jobs_list: list[int]) -> None:
    contenders = [(mode, jobs) for jobs in jobs_list for mode in MODES]
    runs: dict[tuple[str, int], list[dict[str, float]]] = {c: [] for c in contenders}
    for turn in range(repeat):
        shift = turn % len(contenders)
        for contender in contenders[shift:] + contenders[:shift]:
            mode, jobs = contender
            runs[contender].append(run(mode, folder, jobs))
    count = int(runs[contenders[0]][0]["count"])
    print(f"{count} memos in {folder}; medians of {repeat}; load: {os.getloadavg()[0]:.2f}")
    print(f"  {'contender':<30} {'wall/memo':>10} {'CPU/memo':>10} {'CPU x':>7} {'peak MiB':>9}")
    for jobs in jobs_list:
        reference = statistics.median(r["cpu"] for r in runs["validate", jobs])
        for mode in MODES:
            done = runs[mode, jobs]
            wall = statistics.median(r["wall"] for r in done) / count
            cpu = statistics.median(r["cpu"] for r in done)
            peak = statistics.median(r["peak"] for r in done) / 2**20
            name = f"{mode} --jobs {jobs}"
            print(
                f"  {name:<30} {wall * 1e3:8.3f}ms {cpu / count * 1e3:8.3f}ms "
                f"{cpu / reference:6.2f}x {peak:9.1f}"
            )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--memos", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--folder", type=Path, help="an existing corpus (not written)")
    arguments = parser.parse_args(argv)
    jobs_list = sorted({1, available_cpus()})
    if arguments.folder is not None:
        measure(arguments.folder, arguments.repeat, jobs_list)
        return 0
    with tempfile.TemporaryDirectory(prefix="bench-collection-") as temporary:
        folder = Path(temporary) / "corpus"
        started = time.perf_counter()
        write_corpus(folder, arguments.memos)
        print(f"corpus written in {time.perf_counter() - started:.1f} s")
        measure(folder, arguments.repeat, jobs_list)
    return 0


if __name__ == "__main__":
    sys.exit(main())
