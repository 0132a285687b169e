"""Mutation testing: change the code one small step at a time and see whether a test notices.

    python -m tools.mutate                      # the default targets, 2 mutants at a time
    python -m tools.mutate src/hyvaneuvottelu/jsonformat --jobs 1
    python -m tools.mutate --list src/hyvaneuvottelu/rules/_text.py
    python -m tools.mutate --jobs 1 --sample 200 --seed 1 src/hyvaneuvottelu/rules

Each mutant is written into a private copy of the repository (never into the
working tree) and only the tests that ran its line are run against it, fastest
first, stopping at the first failure. A test failure kills the mutant; a mutant
every covering test passes survives, and is a test worth writing (or an
equivalent mutant to list in ``tools/mutation-equivalent.toml``). Results are
cached by the mutated source and the tests that cover it, so a second run only
runs what changed. See docs/development.md.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import itertools
import json
import os
import queue
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ._mutants import Mutant, mutants
from ._mutation_report import (
    Equivalent,
    Sample,
    entry_problem,
    load_equivalents,
    named_mutants,
    write_report,
)
from ._sampling import sample
from ._selection import coverage_map, module_tests, select_tests, tests_digest

__all__ = ["main"]

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_TARGETS = (
    "src/hyvaneuvottelu/rules",
    "src/hyvaneuvottelu/jsonformat",
    "src/hyvaneuvottelu/xmlformat/_parse.py",
    "src/hyvaneuvottelu/xmlformat/_parsers.py",
    "src/hyvaneuvottelu/xmlformat/_counting.py",
    "src/hyvaneuvottelu/archive/_verify.py",
)
_COPY_IGNORE = shutil.ignore_patterns(
    ".venv", ".git", "__pycache__", ".mutation", ".hypothesis", "*_cache", "_build", "fuzz-crashes"
)
#: Changes when a change of the runner makes cached results stale.
_RUNNER_VERSION = "2"
#: pytest's exit codes that mean the run itself was wrong, not the mutant caught.
_RUN_ERRORS = {3: "internal error", 4: "usage error", 5: "no tests collected"}


@dataclass
class Job:
    """One mutant of one module, and the tests to run against it."""

    module: str
    mutant: Mutant
    source: str
    tests: list[str]
    timeout: float
    key: str
    #: Identifies the mutated module alone, whatever tests are chosen.
    source_key: str = ""
    status: str = ""
    seconds: float = 0.0
    detail: str = ""


@dataclass
class Run:
    """Everything a run decided, for the report."""

    jobs: list[Job] = field(default_factory=list)
    equivalents: list[Equivalent] = field(default_factory=list)
    samples: list[Sample] = field(default_factory=list)
    seconds: float = 0.0


def _modules(targets: Sequence[str], exclude: Sequence[str] = ()) -> list[str]:
    left_out = {(ROOT / name).resolve().relative_to(ROOT).as_posix() for name in exclude}
    found: list[str] = []
    for target in targets:
        path = (ROOT / target).resolve()
        if path.is_dir():
            found.extend(p.relative_to(ROOT).as_posix() for p in sorted(path.rglob("*.py")))
        elif path.suffix == ".py" and path.is_file():
            found.append(path.relative_to(ROOT).as_posix())
        else:
            raise SystemExit(f"mutate: {target}: not a Python file or folder in the repository")
    return [m for m in dict.fromkeys(found) if "__pycache__" not in m and m not in left_out]


def _jobs(
    modules: Sequence[str],
    testmap: dict[str, Any],
    factor: float,
    minimum: float,
    extra: Sequence[str] = (),
) -> Iterator[Job]:
    for module in modules:
        source = (ROOT / module).read_text(encoding="utf-8")
        for mutant in mutants(source):
            mutated = mutant.apply(source)
            try:
                compile(mutated, module, "exec")
            except SyntaxError:
                continue
            tests, seconds = select_tests(testmap, module, mutant)
            if extra:
                # Tests not in the coverage map, written for the survivors: run first.
                tests = [*extra, *(name for name in tests if name not in extra)]
                seconds += 30
            settings = f"{_RUNNER_VERSION} {os.environ.get('MUTATION_HYPOTHESIS_EXAMPLES', '20')}"
            key = hashlib.sha256(
                "\0".join([settings, module, mutated, *tests, tests_digest(tests)]).encode()
            ).hexdigest()
            source_key = hashlib.sha256("\0".join([settings, module, mutated]).encode()).hexdigest()
            timeout = max(minimum, factor * seconds + 10)
            yield Job(module, mutant, mutated, tests, timeout, key, source_key)


class _Workspace:
    """A private copy of the repository, where one mutant at a time is written and tested."""

    def __init__(self, base: Path, number: int) -> None:
        self.root = base / f"worker{number}" / ROOT.name
        shutil.copytree(ROOT, self.root, ignore=_COPY_IGNORE, symlinks=True)
        shared = ROOT.parent / "shared"
        if shared.exists():
            # Tests read the official schemas from ../shared beside the checkout.
            (self.root.parent / "shared").symlink_to(shared)
        env = {**os.environ, "PYTHONPATH": str(self.root / "src")}
        env.pop("CI", None)
        self.server = subprocess.Popen(
            [sys.executable, "-m", "tools._mutation_server"],
            cwd=self.root,
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            start_new_session=True,
            text=True,
        )
        self._answer()

    def _answer(self) -> dict[str, Any]:
        assert self.server.stdout is not None
        line = self.server.stdout.readline()
        if not line:
            raise RuntimeError("the mutation test server stopped")
        answer: dict[str, Any] = json.loads(line)
        return answer

    def close(self) -> None:
        if self.server.poll() is not None:
            return
        self.server.terminate()  # the server ends the test run it has started
        try:
            self.server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.server.pid, signal.SIGKILL)
            self.server.wait()

    def _forget_bytecode(self, module: Path) -> None:
        for cached in (module.parent / "__pycache__").glob(f"{module.stem}.*.pyc"):
            cached.unlink()

    def run(self, job: Job) -> None:
        module = self.root / job.module
        original = module.read_bytes()
        module.write_text(job.source, encoding="utf-8")
        self._forget_bytecode(module)
        started = time.monotonic()
        try:
            code, output = self._pytest(job.tests, job.timeout)
            if code == 4 and "ERROR: not found" in output:
                # The mutant renamed a parametrized case (a rule's code names its cases):
                # run the whole test functions instead.
                whole = list(dict.fromkeys(name.split("[", 1)[0] for name in job.tests))
                code, output = self._pytest(whole, job.timeout)
            if code is None:
                job.status = "timeout"
            elif code == 0:
                job.status = "survived"
            elif code in _RUN_ERRORS:
                job.status = "error"
                job.detail = f"{_RUN_ERRORS[code]}: {output[-400:]}"
            else:
                job.status = "killed"
                job.detail = _first_failure(output)
        finally:
            module.write_bytes(original)
            self._forget_bytecode(module)
            job.seconds = time.monotonic() - started

    def _pytest(self, tests: Sequence[str], timeout: float) -> tuple[int | None, str]:
        """pytest's exit status (None after a timeout) and its output."""
        ids = self.root.parent / "tests.txt"
        ids.write_text("".join(f"{name}\n" for name in tests), encoding="utf-8")
        output = self.root.parent / "output.txt"
        args = ["-x", "-q", "-p", "no:cacheprovider", "-p", "tools._mutation_plugin"]
        # The server imported pytest's plugins before pytest could rewrite their asserts.
        args += ["-W", "ignore::pytest.PytestAssertRewriteWarning"]
        request = {"args": [*args, "--no-header", f"@{ids}"], "timeout": timeout}
        assert self.server.stdin is not None
        self.server.stdin.write(json.dumps({**request, "output": str(output)}) + "\n")
        self.server.stdin.flush()
        code = self._answer()["code"]
        text = output.read_text(encoding="utf-8", errors="replace") if output.exists() else ""
        return (None if code is None else int(code)), text


def _first_failure(output: str) -> str:
    for line in output.splitlines():
        if line.startswith(("FAILED ", "ERROR ")):
            return line.split(" - ", 1)[0]
    return ""


class _Cache:
    """Results by mutant key, appended as they come so that an interrupted run resumes."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.results: dict[str, dict[str, Any]] = {}
        #: The test that killed a mutated module, by its source key, and that test file's digest.
        self.killers: dict[str, tuple[str, str]] = {}
        if path.is_file():
            for line in path.read_text(encoding="utf-8").splitlines():
                try:
                    entry = json.loads(line)
                except json.JSONDecodeError:
                    continue  # a line cut short by an interrupted run
                self.results[entry["key"]] = entry
                if entry.get("killer"):
                    self.killers[entry["source"]] = (entry["killer"], entry["killer_digest"])
        self.lock = threading.Lock()

    def killed_before(self, job: Job) -> str | None:
        """The test that killed this very mutant before, if it is still chosen and unchanged.

        Adding a test elsewhere changes a mutant's key but cannot make the test
        that killed it pass: the mutant need not run again.
        """
        found = self.killers.get(job.source_key)
        if found is None:
            return None
        test, digest = found
        return test if test in job.tests and tests_digest([test]) == digest else None

    def add(self, job: Job) -> None:
        entry = {
            "key": job.key,
            "status": job.status,
            "seconds": round(job.seconds, 2),
            "detail": job.detail,
        }
        killer = job.detail.split(" ", 1)[1] if job.status == "killed" and job.detail else ""
        digest = tests_digest([killer]) if killer in job.tests else ""
        if digest:
            entry |= {"source": job.source_key, "killer": killer, "killer_digest": digest}
        with self.lock, self.path.open("a", encoding="utf-8") as out:
            out.write(json.dumps(entry) + "\n")
            self.results[job.key] = entry
            if digest:
                self.killers[job.source_key] = (killer, digest)


def _execute(
    pending: list[Job], jobs: int, cache: _Cache, total: int, deadline: float = float("inf")
) -> None:
    """Run ``pending`` in order; none is started after ``deadline`` (its status stays empty)."""
    done = total - len(pending)
    lock = threading.Lock()
    stop = threading.Event()
    with tempfile.TemporaryDirectory(prefix="mutate-") as base:
        spaces: queue.Queue[_Workspace] = queue.Queue()
        every = [_Workspace(Path(base), number) for number in range(jobs)]
        for space in every:
            spaces.put(space)

        def one(job: Job) -> None:
            nonlocal done
            if stop.is_set() or time.monotonic() > deadline:
                return
            space = spaces.get()
            try:
                space.run(job)
            finally:
                spaces.put(space)
            cache.add(job)
            with lock:
                done += 1
                if job.status != "killed":
                    print(
                        f"[{done}/{total}] {job.status}: {job.module}:{job.mutant.line}"
                        f" {job.mutant.description}",
                        flush=True,
                    )
                elif done % 25 == 0:
                    print(f"[{done}/{total}] ...", flush=True)

        try:
            with ThreadPoolExecutor(max_workers=jobs) as pool:
                futures = [pool.submit(one, job) for job in pending]
                try:
                    for future in futures:
                        future.result()
                except KeyboardInterrupt:
                    stop.set()
                    for space in every:
                        space.close()  # ends the mutant being tested; its result is dropped
                    raise
        finally:
            for space in every:
                space.close()


def _confirm(
    jobs: list[Job], testmap: dict[str, Any], args: argparse.Namespace, cache: _Cache
) -> None:
    """Run each survivor again against every test of its module.

    Coverage credits a line run once per process (a cached parser, a table
    built on first use) to the first test that ran it; a survivor may still be
    killed by a test that relies on the line without running it.
    """
    again: list[tuple[Job, Job]] = []
    for job in jobs:
        if job.status != "survived":
            continue
        tests = module_tests(testmap, job.module)
        if len(tests) <= len(job.tests):
            continue
        seconds = sum(testmap["tests"][name] for name in tests)
        timeout = max(args.min_timeout, args.timeout_factor * seconds + 10)
        key = hashlib.sha256(f"confirm\0{job.key}\0{tests_digest(tests)}".encode()).hexdigest()
        check = Job(job.module, job.mutant, job.source, tests, timeout, key)
        cached = None if args.fresh else cache.results.get(key)
        if cached is not None and cached["status"] != "error":
            check.status, check.detail = cached["status"], cached["detail"]
        again.append((job, check))
    pending = [check for _, check in again if not check.status]
    print(f"confirming {len(again)} survivors against every test of their module ...")
    _execute(pending, args.jobs, cache, len(again))
    for job, check in again:
        if check.status in {"killed", "timeout"}:
            job.status = check.status
            job.detail = f"{check.detail} (a test that does not run the line)"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m tools.mutate",
        description="Mutation testing of the library against its own test suite.",
    )
    parser.add_argument(
        "targets",
        nargs="*",
        default=list(DEFAULT_TARGETS),
        help="modules or folders, relative to the repository (default: %(default)s)",
    )
    parser.add_argument("--jobs", type=int, default=2, help="mutants at a time (default 2)")
    parser.add_argument(
        "--timeout-factor",
        type=float,
        default=5.0,
        help="a mutant's tests may take this many times their baseline time, plus 10 s",
    )
    parser.add_argument(
        "--min-timeout", type=float, default=30.0, help="the least time a mutant gets, in seconds"
    )
    parser.add_argument(
        "--cache", type=Path, default=ROOT / ".mutation", help="cache folder (default .mutation/)"
    )
    parser.add_argument(
        "--equivalent",
        type=Path,
        default=ROOT / "tools" / "mutation-equivalent.toml",
        help="the mutants known to be equivalent",
    )
    parser.add_argument("--report", type=Path, help="report file (default CACHE/report.md)")
    parser.add_argument("--fresh", action="store_true", help="ignore cached results")
    parser.add_argument(
        "--confirm-survivors",
        action="store_true",
        help="run each survivor again against every test of its module (slower, surer)",
    )
    parser.add_argument(
        "--exclude",
        action="append",
        default=[],
        metavar="MODULE",
        help="leave this module out of the targets (may be repeated)",
    )
    parser.add_argument(
        "--sample",
        type=int,
        metavar="N",
        help="run a random sample of N mutants of each target and report the caught share"
        " with its 95 %% confidence interval",
    )
    parser.add_argument("--seed", type=int, default=0, help="the sample's random seed (default 0)")
    parser.add_argument(
        "--stop-after",
        type=float,
        metavar="MINUTES",
        help="start no mutant after this many minutes; with --sample, each target's sample is"
        " then the beginning of its draw that was run",
    )
    parser.add_argument(
        "--keep-coverage",
        action="store_true",
        help="use the recorded coverage even if sources or tests changed since (no new recording)",
    )
    parser.add_argument(
        "--add-tests",
        action="append",
        default=[],
        metavar="TESTS",
        help="a test file or test id to run against every mutant before the tests coverage"
        " chooses (may be repeated): a new test, before coverage is recorded again",
    )
    parser.add_argument("--list", action="store_true", help="list the mutants, run nothing")
    return parser


def _set_aside(
    jobs: Sequence[Job], equivalents: Sequence[Equivalent], root: Path, name: str
) -> None:
    """Mark the jobs of the mutants ``equivalents`` name as equivalent.

    An entry that names no mutant or several sets nothing aside (its mutants
    count, and the report marks it); one of a module being run is named on
    stderr as well.
    """
    modules = {job.module for job in jobs}
    equivalent: set[tuple[str, str]] = set()
    for entry, named in zip(equivalents, named_mutants(equivalents, root), strict=True):
        problem = entry_problem(entry, named)
        if problem is None:
            equivalent.add((entry.module, named[0].key))
        elif entry.module in modules:
            print(f"mutate: {name}: {problem}", file=sys.stderr)
    for job in jobs:
        if (job.module, job.mutant.key) in equivalent:
            job.status = "equivalent"


def _sampled(jobs: list[Job], args: argparse.Namespace) -> tuple[list[Job], list[Sample]]:
    """A seeded sample of each target's mutants, and every equivalent mutant.

    The sample is drawn from all the target's mutants, equivalent ones too, so
    that listing a mutant as equivalent does not change which are drawn; an
    equivalent mutant drawn is set aside, as in a whole run.
    """
    kept = [job for job in jobs if job.status == "equivalent"]
    samples: list[Sample] = []
    for target in args.targets:
        inside = set(_modules([target], args.exclude))
        population = [job for job in jobs if job.module in inside]
        chosen = sample(
            population,
            args.sample,
            args.seed,
            target,
            key=lambda job: f"{job.module}\0{job.mutant.key}",
        )
        kept.extend(chosen)
        samples.append(Sample(target, len(population), args.seed, chosen))
    # Overlapping targets may draw the same mutant twice: run and count it once.
    unique = list({id(job): job for job in kept}.values())
    return unique, samples


def _run_part(jobs: list[Job], samples: list[Sample]) -> tuple[list[Job], list[Sample]]:
    """After a run stopped early: of each sample, the beginning that was run, itself a sample."""
    kept: list[Sample] = []
    for drawn in samples:
        run = list(itertools.takewhile(lambda job: bool(job.status), drawn.jobs))
        if len(run) < len(drawn.jobs):
            print(f"{drawn.target}: stopped after {len(run)} of the {len(drawn.jobs)} drawn")
        kept.append(Sample(drawn.target, drawn.population, drawn.seed, run))
    counted = {id(job) for drawn in kept for job in drawn.jobs}
    return [job for job in jobs if id(job) in counted or job.status == "equivalent"], kept


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if not 1 <= args.jobs <= (os.cpu_count() or 1):
        raise SystemExit(f"mutate: --jobs must be between 1 and {os.cpu_count() or 1}")
    if args.sample is not None and args.sample < 1:
        raise SystemExit("mutate: --sample must be at least 1")
    modules = _modules(args.targets, args.exclude)
    if args.list:
        for module in modules:
            for mutant in mutants((ROOT / module).read_text(encoding="utf-8")):
                print(f"{module}:{mutant.line}:{mutant.col}: {mutant.description}")
        return 0
    started = time.monotonic()
    args.cache.mkdir(parents=True, exist_ok=True)
    testmap = coverage_map(args.cache, args.fresh, keep=args.keep_coverage)
    run = Run(equivalents=load_equivalents(args.equivalent))
    run.jobs = list(_jobs(modules, testmap, args.timeout_factor, args.min_timeout, args.add_tests))
    cache = _Cache(args.cache / "results.jsonl")
    _set_aside(run.jobs, run.equivalents, ROOT, args.equivalent.name)
    if args.sample is not None:
        run.jobs, run.samples = _sampled(run.jobs, args)
    pending: list[Job] = []
    for job in run.jobs:
        cached = None if args.fresh else cache.results.get(job.key)
        if job.status == "equivalent":
            pass
        elif cached is not None and cached["status"] != "error":
            job.status, job.seconds, job.detail = (
                cached["status"],
                cached["seconds"],
                cached["detail"],
            )
        elif not args.fresh and (killer := cache.killed_before(job)) is not None:
            job.status, job.detail = "killed", f"FAILED {killer} (in an earlier run)"
        elif not job.tests:
            job.status = "no tests"
        else:
            pending.append(job)
    print(
        f"{len(run.jobs)} mutants in {len(modules)} modules: {len(run.jobs) - len(pending)}"
        f" known, {len(pending)} to run, {args.jobs} at a time"
    )
    deadline = started + 60 * args.stop_after if args.stop_after else float("inf")
    _execute(pending, args.jobs, cache, len(run.jobs), deadline)
    if run.samples:
        run.jobs, run.samples = _run_part(run.jobs, run.samples)
    else:
        run.jobs = [job for job in run.jobs if job.status]  # those not started in time
    if args.confirm_survivors:
        _confirm(run.jobs, testmap, args, cache)
    run.seconds = time.monotonic() - started
    report = args.report or args.cache / "report.md"
    summary = write_report(run.jobs, run.equivalents, report, ROOT, run.seconds, run.samples)
    print(summary)
    print(f"report: {report}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
