"""The worker processes behind ``--jobs``: order, exceptions, deaths, large batches, shutdown.

What could hang (a run waiting for an answer that never comes, two
processes each waiting for the other to read) runs in a child process with a
timeout of its own, so that a defect fails the test instead of stopping the
suite.
"""

from __future__ import annotations

import functools
import multiprocessing
import os
import subprocess
import sys
import textwrap
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from hyvaneuvottelu import _pool

fork_only = pytest.mark.skipif(
    multiprocessing.get_start_method() != "fork",
    reason="the workers must inherit this test's function, which only fork gives",
)


@pytest.fixture
def two_cpus(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_pool, "available_cpus", lambda: 2)


@pytest.fixture(params=["pipes", "executor"])
def engine(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Both ways of running workers: pipes waited on together, and (on Windows)
    the standard library's process pool."""
    monkeypatch.setattr(_pool, "_SELECTABLE_PIPES", request.param == "pipes")
    return str(request.param)


def _crashed(item: Any, reason: str) -> tuple[str, Any, str]:
    return ("crashed", item, reason)


def _in_a_child(script: str, timeout: float = 120) -> str:
    """Run ``script`` in a fresh interpreter; its standard output. A hang fails the test."""
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(script)],
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


_MAP = """
    from hyvaneuvottelu import _pool
    _pool.available_cpus = lambda: 2
    def crashed(item, reason):
        return None
"""


def test_a_run_whose_workers_answered_everything_gives_out_more_work() -> None:
    # When this process is late to read (descheduled, or a slow consumer),
    # every batch in flight may be answered at once: all are given back, and
    # the run must give out more work before it waits for answers again.
    out = _in_a_child(
        _MAP
        + """
    import time
    from hyvaneuvottelu import _workers
    real = _workers._Crew.wait
    def late(crew):
        time.sleep(0.02)
        real(crew)
    _workers._Crew.wait = late
    got = list(_pool.map_in_processes(abs, range(-3000, 0), jobs=2, crashed=crashed))
    assert got == list(range(3000, 0, -1)), got[:10]
    print(len(got))
    """,
        timeout=60,
    )
    assert out == "3000\n"


def test_batches_and_results_larger_than_a_pipe_holds_cross_both_ways() -> None:
    # 320 items of 64 KiB each way, in batches of 32 (2 MiB), four of them
    # queued for each worker: neither process may wait on a full pipe while
    # the other waits on it, and a frame written in part is finished before
    # the next is begun.
    out = _in_a_child(
        _MAP
        + """
    alone = []
    real = _pool._alone
    def recorded(item, function, crashed):
        alone.append(item)
        return real(item, function, crashed)
    _pool._alone = recorded
    items = [bytes([97 + i % 26]) * (1 << 16) + str(i).encode() for i in range(320)]
    got = list(_pool.map_in_processes(bytes.upper, items, jobs=2, crashed=crashed))
    assert got == [item.upper() for item in items]
    # Nothing was taken again alone: no worker died of a garbled batch.
    print(len(got), sum(map(len, got)), len(alone))
    """
    )
    assert out == f"320 {(320 << 16) + sum(len(str(i)) for i in range(320))} 0\n"


def test_a_run_left_unfinished_does_not_keep_the_interpreter_from_ending() -> None:
    # The caller takes one result and exits without closing the run: the
    # workers, waiting for more, must not hold the interpreter's exit.
    out = _in_a_child(
        _MAP
        + """
    results = _pool.map_in_processes(abs, range(-1000, 0), jobs=2, crashed=crashed)
    print(next(results))
    """,
        timeout=60,
    )
    assert out == "1000\n"


def test_the_spawn_start_method_works_too() -> None:
    # macOS and Windows spawn their workers, and Python 3.14 starts them from
    # a server on Linux: nothing is inherited, the pipes are handed over.
    out = _in_a_child(
        _MAP
        + """
    import multiprocessing
    multiprocessing.set_start_method("spawn", force=True)
    got = list(_pool.map_in_processes(abs, range(-100, 0), jobs=2, crashed=crashed))
    assert got == list(range(100, 0, -1))
    print(multiprocessing.get_start_method(), len(got))
    """
    )
    assert out == "spawn 100\n"


def _fails_on_seven(item: int) -> int:
    if item == 7:
        raise LookupError(f"no such item: {item}")
    return item


class _UnpicklableError(Exception):
    def __init__(self, item: int, how: str) -> None:
        super().__init__(f"item {item} {how}")

    def __reduce__(self) -> Any:
        raise TypeError("not to be pickled")


def _fails_unpicklably(item: int) -> int:
    if item == 40:
        raise _UnpicklableError(item, "went wrong")
    return item


@fork_only
@pytest.mark.usefixtures("two_cpus", "engine")
def test_an_exception_in_a_worker_reaches_the_caller_with_its_traceback() -> None:
    results = _pool.map_in_processes(_fails_on_seven, range(100), jobs=2, crashed=_crashed)
    got: list[Any] = []
    with pytest.raises(LookupError, match=r"^no such item: 7$") as raised:
        got.extend(results)
    # Item 7 is in the first batch: nothing came before it.
    assert got == []
    cause = raised.value.__cause__
    assert type(cause).__name__ == "_RemoteTraceback"
    # Shown under the exception as the standard library's pool shows it.
    assert str(cause).startswith('\n"""\nTraceback (most recent call last):\n')
    assert str(cause).endswith('LookupError: no such item: 7\n"""')
    assert "in _fails_on_seven" in str(cause)
    assert 'raise LookupError(f"no such item: {item}")' in str(cause)
    assert multiprocessing.active_children() == []


@fork_only
@pytest.mark.usefixtures("two_cpus")
def test_an_exception_that_does_not_pickle_is_told_in_words() -> None:
    results = _pool.map_in_processes(_fails_unpicklably, range(100), jobs=2, crashed=_crashed)
    got: list[Any] = []
    with pytest.raises(RuntimeError, match=r"^_UnpicklableError: item 40 went wrong$"):
        got.extend(results)
    # Batches of 32 (the pool's size): the first is whole, the second raised.
    assert got == list(range(32))
    assert multiprocessing.active_children() == []


def _dies_on(victims: frozenset[int], item: int) -> int:
    if item in victims:
        os._exit(3)  # as the kernel's out-of-memory killer would end it
    return item * 10


@fork_only
@pytest.mark.usefixtures("two_cpus")
def test_a_worker_that_dies_costs_its_own_items_alone(
    monkeypatch: pytest.MonkeyPatch, engine: str
) -> None:
    alone: list[int] = []
    real = _pool._alone

    def recorded(item: int, function: Callable[[int], int], crashed: Any) -> Any:
        alone.append(item)
        return real(item, function, crashed)

    monkeypatch.setattr(_pool, "_alone", recorded)
    results = list(
        _pool.map_in_processes(
            functools.partial(_dies_on, frozenset({5, 300})), range(320), jobs=2, crashed=_crashed
        )
    )
    reason = "BrokenProcessPool: the process checking the file ended abruptly"
    expected: list[Any] = [item * 10 for item in range(320)]
    expected[5] = ("crashed", 5, reason)
    expected[300] = ("crashed", 300, reason)
    assert results == expected
    # Only batches in flight were taken again, an item at a time: with pipes,
    # those of the dead worker; with the standard pool, every batch in flight.
    assert {5, 300} <= set(alone)
    # Two deaths, each losing at most the 4 batches of 32 of its worker, or
    # the 2 x 4 of the whole pool.
    assert len(alone) <= 2 * (4 if engine == "pipes" else 8) * 32
    assert len(alone) % 32 == 0
    assert multiprocessing.active_children() == []


@fork_only
@pytest.mark.usefixtures("two_cpus", "engine")
def test_closing_early_stops_the_workers() -> None:
    results = _pool.map_in_processes(abs, range(-10_000, 0), jobs=2, crashed=_crashed)
    assert isinstance(results, Iterator)
    assert [next(results) for _ in range(5)] == [10_000, 9_999, 9_998, 9_997, 9_996]
    assert len(multiprocessing.active_children()) == 2
    results.close()  # type: ignore[attr-defined] # a generator
    assert multiprocessing.active_children() == []
