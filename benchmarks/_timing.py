"""Timing helpers shared by the benchmark scripts."""

from __future__ import annotations

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
