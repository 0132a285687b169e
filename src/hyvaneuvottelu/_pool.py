"""A bounded process pool: a function of each item, in order, in several processes.

Validating files and reading a collection spread their work this way: only a
bounded number of items in flight, so memory does not grow with their
number, and a process that dies costing only the item it was working on.
The pool is imported when more than one process is used: one process (the
default) needs no multiprocessing.
"""

from __future__ import annotations

import math
import os
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from itertools import chain, islice
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from concurrent.futures import Future, ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

__all__ = ["available_cpus", "map_in_processes"]

#: Items (files) a worker process takes at a time, and batches in flight per
#: worker: enough to keep workers busy, few enough that memory stays flat.
_BATCH = 32
_IN_FLIGHT_PER_WORKER = 4
#: Whether the workers' pipes can be waited on together (:mod:`._workers`):
#: everywhere but Windows, whose ``select`` takes sockets only.
_SELECTABLE_PIPES = sys.platform != "win32"

_Item = TypeVar("_Item")
_Result = TypeVar("_Result")


def available_cpus() -> int:
    """The CPUs this process may run on."""
    counted: int | None
    if hasattr(os, "process_cpu_count"):  # Python 3.13
        counted = os.process_cpu_count()
    elif hasattr(os, "sched_getaffinity"):
        counted = len(os.sched_getaffinity(0))
    else:
        counted = os.cpu_count()
    return max(1, counted or 1)


def map_in_processes(
    function: Callable[[_Item], _Result],
    items: Iterable[_Item],
    *,
    jobs: int,
    crashed: Callable[[_Item, str], _Result],
    weight: Callable[[_Item], int] | None = None,
    max_batch_weight: int = 0,
    prepare: Callable[[], object] | None = None,
) -> Iterator[_Result]:
    """``function`` of each item, in order, as results become ready.

    With ``jobs`` above 1 the items are taken in several processes: never
    more than ``jobs``, than the CPUs available, or than there are items.
    ``function`` must be picklable (a top-level function, or a
    :func:`functools.partial` of one), and so must the items and results.
    Only a bounded number of items is in flight (batches of at most
    ``_BATCH`` items, or of ``max_batch_weight`` by ``weight``, when given),
    so memory does not grow with their number. A process that dies costs
    only the item it was working on: that item's result is
    ``crashed(item, reason)``.

    ``prepare``, when there are workers and they are forked, runs once in
    this process before they start: what each worker would otherwise do for
    itself on its first item (compiling the generated readers, the XSD),
    done once and inherited.
    """
    entries = iter(items)
    workers = min(jobs, available_cpus())
    batch_size = _BATCH
    if workers > 1:
        # Enough items to give each worker a full batch; fewer than that are
        # all the items there are, shared out among fewer workers in smaller
        # batches.
        head = list(islice(entries, workers * _BATCH))
        if len(head) < workers * _BATCH:
            workers = min(workers, len(head))
            batch_size = math.ceil(len(head) / max(workers, 1))
        entries = chain(head, entries)
    if workers <= 1:
        for entry in entries:
            yield function(entry)
        return
    batches = _batches(entries, batch_size, weight, max_batch_weight)
    if prepare is not None and _forked():
        prepare()
    yield from _in_processes(batches, function, crashed, workers)


def _forked() -> bool:
    """Whether the workers are forked from this process, inheriting what it has made."""
    import multiprocessing  # noqa: PLC0415 - only with workers, as _load_pool

    return multiprocessing.get_start_method() == "fork"


def _in_processes(
    batches: Iterator[list[_Item]],
    function: Callable[[_Item], _Result],
    crashed: Callable[[_Item, str], _Result],
    workers: int,
) -> Iterator[_Result]:
    """The results of ``batches``, in order, from ``workers`` worker processes.

    No thread and no future: this process writes each worker its batches
    and reads back their results through a pipe of each worker's, all
    without blocking, waiting in one ``select`` on all of them. At most
    ``_IN_FLIGHT_PER_WORKER`` batches are a worker's at a time; the results
    of a batch are kept until those of every batch before it are given out.
    """
    if not _SELECTABLE_PIPES:
        yield from _in_executor(batches, function, crashed, workers)
        return
    from . import _workers  # noqa: PLC0415 - only with workers, as _load_pool

    yield from _workers.run(
        batches, function, crashed, workers, in_flight=_IN_FLIGHT_PER_WORKER, alone=_alone
    )


def _in_executor(
    batches: Iterator[list[_Item]],
    function: Callable[[_Item], _Result],
    crashed: Callable[[_Item, str], _Result],
    workers: int,
) -> Iterator[_Result]:
    """As :func:`_in_processes`, through the standard library's process pool.

    Where pipes cannot be waited on together (Windows): every batch in flight
    is lost with a worker that dies, and the pool's threads wake for each.
    """
    _load_pool()
    pool = ProcessPoolExecutor(max_workers=workers)
    pending: deque[tuple[list[_Item], Future[list[_Result]]]] = deque()

    def submit(count: int) -> None:
        for batch in islice(batches, count):
            pending.append((batch, pool.submit(_apply_batch, function, batch)))

    try:
        submit(workers * _IN_FLIGHT_PER_WORKER)
        while pending:
            batch, future = pending.popleft()
            try:
                results = future.result()
            except BrokenProcessPool:
                # A worker died (killed for memory, or a crash in a C
                # library): which item did it is unknown, and every batch in
                # flight is lost. Each of their items is taken again in a
                # process of its own, so that only the culprit is reported as
                # such, and a new pool takes on the rest.
                lost = [batch, *(entry for entry, _ in pending)]
                pending.clear()
                pool.shutdown(wait=True, cancel_futures=True)
                for entry in chain.from_iterable(lost):
                    yield _alone(entry, function, crashed)
                pool = ProcessPoolExecutor(max_workers=workers)
                submit(workers * _IN_FLIGHT_PER_WORKER)
                continue
            submit(1)
            yield from results
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _load_pool() -> None:
    """Import the process pool, once: one process (--jobs 1) needs no multiprocessing.

    The names are this module's, as if imported at the top (a test may replace them).
    """
    if "ProcessPoolExecutor" not in globals():
        from concurrent.futures import ProcessPoolExecutor  # noqa: PLC0415 - see above
        from concurrent.futures.process import BrokenProcessPool  # noqa: PLC0415 - as above

        globals().update(
            ProcessPoolExecutor=ProcessPoolExecutor, BrokenProcessPool=BrokenProcessPool
        )


def __getattr__(name: str) -> Any:
    if name in ("ProcessPoolExecutor", "BrokenProcessPool"):
        _load_pool()
        return globals()[name]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _alone(
    entry: _Item, function: Callable[[_Item], _Result], crashed: Callable[[_Item, str], _Result]
) -> _Result:
    """``function`` of one item in a process of its own; ``crashed`` if the process dies."""
    _load_pool()
    with ProcessPoolExecutor(max_workers=1) as pool:
        try:
            return pool.submit(function, entry).result()
        except BrokenProcessPool as exc:
            return crashed(
                entry, f"{type(exc).__name__}: the process checking the file ended abruptly"
            )


def _apply_batch(function: Callable[[_Item], _Result], batch: list[_Item]) -> list[_Result]:
    return [function(entry) for entry in batch]


def _batches(
    entries: Iterator[_Item], size: int, weight: Callable[[_Item], int] | None, most: int
) -> Iterator[list[_Item]]:
    if weight is None:
        while batch := list(islice(entries, size)):
            yield batch
        return
    batch, total = [], 0
    for entry in entries:
        batch.append(entry)
        total += weight(entry)
        if len(batch) >= size or total >= most:
            yield batch
            batch, total = [], 0
    if batch:
        yield batch
