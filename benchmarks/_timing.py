"""Timing helpers shared by the benchmark scripts."""

from __future__ import annotations

import statistics
import time
import timeit
from collections.abc import Callable
from typing import Any


def best_of(function: Callable[[], Any], *, repeat: int = 7, min_time: float = 0.2) -> float:
    """Seconds per call: the best of ``repeat`` runs, each at least ``min_time`` long."""
    timer = timeit.Timer(function)
    number, _ = timer.autorange()
    while number * _per_call(timer, number) < min_time:
        number *= 2
    return min(timer.repeat(repeat=repeat, number=number)) / number


def _per_call(timer: timeit.Timer, number: int) -> float:
    return timer.timeit(number) / number


def row(name: str, seconds: float, reference: float | None = None, label: str = "") -> str:
    """One printed line: name, time per call, ratio to a reference."""
    ratio = f"{seconds / reference:6.2f}x {label}" if reference else ""
    return f"  {name:<44} {seconds * 1e3:10.3f} ms   {ratio}"


def paired(
    contenders: dict[str, Callable[[], Any]],
    *,
    batches: int = 21,
    batch_seconds: float = 0.02,
) -> dict[str, list[float]]:
    """Seconds per call of each contender, one entry per batch, measured in turns.

    Trustworthy on a shared machine: every batch runs each contender for a
    short while, one after the other (the order rotating), so a burst of load
    from elsewhere falls on all of them alike; CPU time of this process, not
    wall time; the garbage collector left on, as users run. Compare two
    contenders with :func:`ratio`, the median of their ratios batch by batch.
    """
    names = list(contenders)
    counts = {}
    for name, function in contenders.items():
        # Calls per batch: enough to last about batch_seconds.
        function()
        number = 1
        while _cpu(function, number) < batch_seconds / 4:
            number *= 2
        counts[name] = max(1, int(number * batch_seconds / max(_cpu(function, number), 1e-9)))
    times: dict[str, list[float]] = {name: [] for name in names}
    for batch in range(batches):
        turn = batch % len(names)
        for name in names[turn:] + names[:turn]:
            number = counts[name]
            times[name].append(_cpu(contenders[name], number) / number)
    return times


def _cpu(function: Callable[[], Any], number: int) -> float:
    start = time.process_time()
    for _ in range(number):
        function()
    return time.process_time() - start


def median_time(times: list[float]) -> float:
    """The median seconds per call over the batches."""
    return statistics.median(times)


def ratio(times: dict[str, list[float]], name: str, reference: str) -> float:
    """The median over the batches of ``name``'s time divided by ``reference``'s."""
    return statistics.median(a / b for a, b in zip(times[name], times[reference], strict=True))


def ratio_row(
    times: dict[str, list[float]],
    name: str,
    reference: str | None = None,
    goal: float | None = None,
) -> str:
    """One printed line: the contender, its median time, its paired ratio to ``reference``."""
    line = f"  {name:<48} {median_time(times[name]) * 1e3:10.3f} ms"
    if reference is not None:
        line += f"   {ratio(times, name, reference):6.2f}x {reference}"
        if goal is not None:
            line += f"  (goal <= {goal}x)"
    return line


Runs = list[dict[str, list[float]]]


def paired_runs(contenders: dict[str, Callable[[], Any]], *, runs: int = 3) -> Runs:
    """:func:`paired`, ``runs`` times over: a ratio is then the median of the runs' ratios."""
    return [paired(contenders) for _ in range(runs)]


def run_ratio(times: Runs, name: str, reference: str) -> float:
    """The median over the runs of each run's :func:`ratio`."""
    return statistics.median(ratio(run, name, reference) for run in times)


def runs_row(
    times: Runs, name: str, reference: str | None = None, goal: float | None = None
) -> str:
    """:func:`ratio_row` over runs: the median time of all batches, and the
    median of the runs' ratios (each run's shown too)."""
    line = f"  {name:<48} {statistics.median(t for run in times for t in run[name]) * 1e3:10.3f} ms"
    if reference is not None:
        ratios = sorted(ratio(run, name, reference) for run in times)
        line += f"   {statistics.median(ratios):6.2f}x {reference}"
        line += f" (runs {', '.join(f'{r:.2f}' for r in ratios)})"
        if goal is not None:
            line += f"  (goal <= {goal}x)"
    return line


def tree_peak_rss(command: list[str], *, interval: float = 0.1) -> tuple[int, float, int]:
    """Run ``command``; its exit status, wall seconds, and the peak of the resident memory
    (KiB) of the whole process tree at once, the process and all its descendants, sampled
    from /proc every ``interval`` seconds (Linux): workers count, not only the largest.
    A sample reads a line per process of the machine: sparse, so as not to slow the run.
    """
    import subprocess  # noqa: PLC0415 - only the memory measurements need it

    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL)
    peak = 0
    while process.poll() is None:
        peak = max(peak, _tree_rss(process.pid))
        time.sleep(interval)
    return process.returncode, time.perf_counter() - start, peak


def _tree_rss(root: int) -> int:
    """The resident memory (KiB) of ``root`` and its descendants now."""
    import os  # noqa: PLC0415 - see tree_peak_rss

    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as stat:
                    parent = int(stat.read().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue  # gone meanwhile
            children.setdefault(parent, []).append(int(entry))
    total = 0
    pending = [root]
    while pending:
        pid = pending.pop()
        pending.extend(children.get(pid, ()))
        try:
            with open(f"/proc/{pid}/statm") as statm:
                total += int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") // 1024
        except (OSError, IndexError, ValueError):
            continue
    return total
