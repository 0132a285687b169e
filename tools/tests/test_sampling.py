"""The mutation runner's seeded sample and its confidence interval."""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path
from typing import Any

import pytest

from tools._mutants import Mutant
from tools._mutation_report import Equivalent, Sample, sample_line
from tools._sampling import sample, wilson_interval
from tools._selection import coverage_map
from tools.mutate import Job, _Cache, _jobs, _run_part, _sampled, _set_aside, main


@pytest.mark.parametrize(
    ("successes", "trials", "low", "high"),
    [
        # z² / (n + z²) and n / (n + z²), with z² = 3.8415: the closed forms at the ends.
        (0, 10, 0.0, 0.2775),
        (10, 10, 0.7225, 1.0),
        # centre 0.5, half width 1.96 / 1.38415 * sqrt(0.025 + 0.0096037) = 0.2634
        (5, 10, 0.2366, 0.7634),
        (0, 0, 0.0, 1.0),
    ],
)
def test_the_wilson_interval_matches_its_closed_form(
    successes: int, trials: int, low: float, high: float
) -> None:
    found = wilson_interval(successes, trials)
    assert found == pytest.approx((low, high), abs=5e-5)


def test_the_wilson_interval_refuses_more_successes_than_trials() -> None:
    with pytest.raises(ValueError, match=r"^successes must be between 0 and 10, not 11$"):
        wilson_interval(11, 10)


def test_a_sample_is_the_same_whatever_order_the_mutants_come_in() -> None:
    items = [f"m{number:03}" for number in range(300)]
    shuffled = items[::-1]
    random.Random(5).shuffle(shuffled)
    first = sample(items, 40, 7, "src/x", key=str)
    assert sample(shuffled, 40, 7, "src/x", key=str) == first
    assert len(set(first)) == 40
    assert set(first) <= set(items)
    assert sample(items, 10, 7, "src/x", key=str) == first[:10]
    assert sample(items, 40, 8, "src/x", key=str) != first
    assert sample(items, 40, 7, "src/y", key=str) != first


def test_a_sample_no_smaller_than_the_target_is_the_whole_target() -> None:
    assert sorted(sample(["b", "a", "c"], 3, 1, "t", key=str)) == ["a", "b", "c"]
    assert sorted(sample(["b", "a", "c"], 10, 1, "t", key=str)) == ["a", "b", "c"]


def _job(status: str) -> Job:
    mutant = Mutant(1, 0, 1, 1, "1", "0 -> 1")
    return Job("src/m.py", mutant, "", ["t"], 30.0, "k", status=status)


def test_a_sample_line_gives_size_score_and_interval() -> None:
    jobs = [_job("killed")] * 4 + [_job("timeout"), _job("survived")] + [_job("no tests")] * 4
    line = sample_line(Sample("src/m.py", 1000, 3, jobs))
    assert line == (
        "`src/m.py`: 10 of 1000 mutants (seed 3): 5 of 10 caught, 50.0 %"
        " (95 % interval 23.7 % to 76.3 %)"
    )


def test_a_sample_of_no_mutants_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["--sample", "0", "--list", "src/hyvaneuvottelu/limits.py"])
    assert caught.value.code == "mutate: --sample must be at least 1"


KILLER = (
    "tools/tests/test_sampling.py::test_a_sample_no_smaller_than_the_target_is_the_whole_target"
)


def _keyed(key: str, source: str, tests: list[str], status: str = "", detail: str = "") -> Job:
    mutant = Mutant(1, 0, 1, 1, "1", "0 -> 1")
    return Job("src/m.py", mutant, "", tests, 30.0, key, source, status=status, detail=detail)


def test_a_mutant_killed_before_by_a_test_still_chosen_is_not_run_again(tmp_path: Path) -> None:
    path = tmp_path / "results.jsonl"
    _Cache(path).add(_keyed("k1", "s1", ["a::t", KILLER], "killed", f"FAILED {KILLER}"))
    cache = _Cache(path)  # read back from the file
    assert cache.killed_before(_keyed("k2", "s1", ["new::t", "a::t", KILLER])) == KILLER
    assert cache.killed_before(_keyed("k2", "s1", ["a::t"])) is None
    assert cache.killed_before(_keyed("k2", "s2", [KILLER])) is None


def test_a_survivor_or_an_unnamed_failure_gives_no_killer(tmp_path: Path) -> None:
    path = tmp_path / "results.jsonl"
    _Cache(path).add(_keyed("k1", "s1", [KILLER], "survived"))
    _Cache(path).add(_keyed("k2", "s2", [KILLER], "killed", "FAILED other::test"))
    cache = _Cache(path)
    assert cache.killed_before(_keyed("k3", "s1", [KILLER])) is None
    assert cache.killed_before(_keyed("k3", "s2", [KILLER])) is None


def test_added_tests_run_against_every_mutant_before_the_chosen_ones() -> None:
    testmap: dict[str, Any] = {"tests": {}, "failed": [], "lines": {}, "import_lines": {}}
    jobs = list(_jobs(["src/hyvaneuvottelu/limits.py"], testmap, 5.0, 30.0, ["tests/new.py"]))
    assert jobs
    assert {tuple(job.tests) for job in jobs} == {("tests/new.py",)}
    # Their time is unknown: 30 s is allowed for them, times the factor, plus 10 s.
    assert {job.timeout for job in jobs} == {160.0}


def test_kept_coverage_is_used_although_stale(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    recorded = {"fingerprint": "from another day", "tests": {"t": 1.0}}
    (tmp_path / "testmap.json").write_text(json.dumps(recorded), encoding="utf-8")
    assert coverage_map(tmp_path, fresh=False, keep=True) == recorded
    assert capsys.readouterr().out == (
        "note: the sources or tests changed since coverage was recorded; using it still\n"
    )


def test_a_drawn_mutant_listed_as_equivalent_is_set_aside_and_the_draw_stays() -> None:
    jobs = [_keyed(f"k{n}", f"s{n}", ["t"]) for n in range(20)]
    for number, job in enumerate(jobs):
        job.mutant = Mutant(number + 1, 0, number + 1, 1, "1", "0 -> 1")
    args = argparse.Namespace(
        targets=["src/hyvaneuvottelu/limits.py"], exclude=[], sample=5, seed=2
    )
    for job in jobs:
        job.module = "src/hyvaneuvottelu/limits.py"
    kept, [drawn] = _sampled(jobs, args)
    first = [job.key for job in drawn.jobs]
    drawn.jobs[0].status = "equivalent"
    outside = next(job for job in jobs if job.key not in first)
    outside.status = "equivalent"
    kept, [again] = _sampled(jobs, args)
    assert [job.key for job in again.jobs] == first
    assert outside in kept
    for job in again.jobs[1:]:
        job.status = "killed"
    assert sample_line(again) == (
        "`src/hyvaneuvottelu/limits.py`: 5 of 20 mutants (seed 2), 1 equivalent set aside:"
        " 4 of 4 caught, 100.0 % (95 % interval 51.0 % to 100.0 %)"
    )


def test_a_run_stopped_early_reports_the_beginning_of_each_draw_that_was_run() -> None:
    drawn = [_keyed(f"k{n}", f"s{n}", ["t"]) for n in range(5)]
    for job, status in zip(drawn, ["killed", "survived", "killed", "", "killed"], strict=True):
        job.status = status
    other = _keyed("x", "x", ["t"], "equivalent")
    jobs, [part] = _run_part([*drawn, other], [Sample("src/m.py", 40, 1, drawn)])
    assert part.jobs == drawn[:3]
    assert jobs == [*drawn[:3], other]


def test_an_equivalent_entry_with_a_column_names_one_of_two_mutants_alike() -> None:
    first = Mutant(7, 33, 7, 34, "0", "1 -> 0")
    second = Mutant(7, 79, 7, 80, "0", "1 -> 0")
    lines = [""] * 6 + ["    x = f(1) + g(1)"]
    anywhere = Equivalent("src/m.py", 7, "x = f(1) + g(1)", "1 -> 0", "why")
    at_33 = Equivalent("src/m.py", 7, "x = f(1) + g(1)", "1 -> 0", "why", column=33)
    assert anywhere.named([first, second], lines) == [first, second]
    assert at_33.named([first, second], lines) == [first]


def test_only_the_mutant_an_entry_names_is_set_aside_and_a_stale_entry_is_said(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "m.py").write_text("\n\nx = f(1) + g(1)\n", encoding="utf-8")
    jobs = [_keyed(f"k{n}", "s", ["t"]) for n in range(3)]
    jobs[0].mutant = Mutant(3, 6, 3, 7, "0", "1 -> 0")
    jobs[1].mutant = Mutant(3, 13, 3, 14, "0", "1 -> 0")
    jobs[2].mutant = Mutant(3, 4, 3, 15, "(f(1) - g(1))", "+ -> -")
    entries = [
        Equivalent("src/m.py", 1, "x = f(1) + g(1)", "1 -> 0", "why", column=13),
        Equivalent("src/m.py", 3, "x = f(1) + g(2)", "+ -> -", "why"),
        Equivalent("src/other.py", 3, "y = 1", "1 -> 0", "why"),
    ]
    _set_aside(jobs, entries, tmp_path, "eq.toml")
    assert [job.status for job in jobs] == ["", "equivalent", ""]
    assert capsys.readouterr().err == (
        "mutate: eq.toml: src/m.py:3: + -> - on `x = f(1) + g(2)`: no such mutant now (stale)\n"
    )
