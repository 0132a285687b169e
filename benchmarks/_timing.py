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
