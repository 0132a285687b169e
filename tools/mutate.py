"""Mutation testing: change the code one small step at a time and see whether a test notices.

    python -m tools.mutate                      # the default targets, 2 mutants at a time
    python -m tools.mutate src/hyvaneuvottelu/jsonformat --jobs 1
    python -m tools.mutate --list src/hyvaneuvottelu/rules/_text.py

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
import ast
import contextlib
import functools
import hashlib
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
from collections import defaultdict
from collections.abc import Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ._mutants import Mutant, mutants
from ._mutation_report import Equivalent, load_equivalents, write_report

__all__ = ["main"]

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_TARGETS = (
    "src/hyvaneuvottelu/rules",
    "src/hyvaneuvottelu/jsonformat",
    "src/hyvaneuvottelu/xmlformat/_parse.py",
    "src/hyvaneuvottelu/archive/_verify.py",
)
#: What the tests read: a change to any of these makes the recorded coverage stale.
_INPUTS = ("src", "tests", "docs", "examples", "schemas", "README.md", "pyproject.toml")
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
    status: str = ""
    seconds: float = 0.0
    detail: str = ""


@dataclass
class Run:
    """Everything a run decided, for the report."""

    jobs: list[Job] = field(default_factory=list)
    equivalents: list[Equivalent] = field(default_factory=list)
    seconds: float = 0.0


def _fingerprint(paths: Sequence[str]) -> str:
    digest = hashlib.sha256()
    for name in paths:
        path = ROOT / name
        files = sorted(path.rglob("*")) if path.is_dir() else [path]
        for file in files:
            if file.is_file() and "__pycache__" not in file.parts and file.suffix != ".pyc":
                digest.update(file.relative_to(ROOT).as_posix().encode())
                digest.update(hashlib.sha256(file.read_bytes()).digest())
    return digest.hexdigest()


def _test_map(cache: Path, fresh: bool) -> dict[str, Any]:
    """The recorded coverage per test, re-recorded when any test input changed."""
    fingerprint = _fingerprint(_INPUTS)
    path = cache / "testmap.json"
    if not fresh and path.is_file():
        recorded: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
        if recorded.get("fingerprint") == fingerprint:
            return recorded
    print("recording which tests run which lines (the whole suite once, under coverage) ...")
    started = time.monotonic()
    partial = cache / "testmap.partial.json"
    subprocess.run([sys.executable, "-m", "tools._testmap", str(partial)], cwd=ROOT, check=True)
    recorded = json.loads(partial.read_text(encoding="utf-8"))
    recorded["fingerprint"] = fingerprint
    path.write_text(json.dumps(recorded), encoding="utf-8")
    partial.unlink()
    print(f"recorded in {time.monotonic() - started:.0f} s")
    if recorded["failed"]:
        print(f"note: {len(recorded['failed'])} tests fail without any mutant; they are not used:")
        for name in recorded["failed"]:
            print(f"  {name}")
    return recorded


def _modules(targets: Sequence[str]) -> list[str]:
    found: list[str] = []
    for target in targets:
        path = (ROOT / target).resolve()
        if path.is_dir():
            found.extend(p.relative_to(ROOT).as_posix() for p in sorted(path.rglob("*.py")))
        elif path.suffix == ".py" and path.is_file():
            found.append(path.relative_to(ROOT).as_posix())
        else:
            raise SystemExit(f"mutate: {target}: not a Python file or folder in the repository")
    return [m for m in dict.fromkeys(found) if "__pycache__" not in m]


def _select_tests(testmap: dict[str, Any], module: str, mutant: Mutant) -> tuple[list[str], float]:
    """The tests that run the mutant's lines, fastest first, and their baseline seconds."""
    names = sorted(testmap["tests"])
    lines = testmap["lines"].get(module, {})
    chosen: set[int] = set()
    for line in range(mutant.line, mutant.end_line + 1):
        chosen.update(lines.get(str(line), ()))
    at_import = set(testmap["import_lines"].get(module, ()))
    if not chosen and at_import.intersection(range(mutant.line, mutant.end_line + 1)):
        for file, line in _users(module, mutant.line):
            chosen.update(testmap["lines"].get(file, {}).get(str(line), ()))
        if not chosen:
            # Run at import and used nowhere we can tell: every test of the module may see it.
            for indexes in lines.values():
                chosen.update(indexes)
    failed = set(testmap["failed"])
    tests = [names[i] for i in chosen if names[i] not in failed]
    tests.sort(key=lambda name: (testmap["tests"][name], name))
    return tests, sum(testmap["tests"][name] for name in tests)


@functools.cache
def _package_names() -> dict[str, list[tuple[str, int]]]:
    """Every name the package's modules read, and where (file, line)."""
    found: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for path in sorted((ROOT / "src").rglob("*.py")):
        file = path.relative_to(ROOT).as_posix()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Load):
                found[node.id].append((file, node.lineno))
            elif isinstance(node, ast.Attribute) and isinstance(node.ctx, ast.Load):
                found[node.attr].append((file, node.lineno))
    return found


@functools.cache
def _statements(module: str) -> list[ast.stmt]:
    return ast.parse((ROOT / module).read_text(encoding="utf-8")).body


def _users(module: str, line: int) -> list[tuple[str, int]]:
    """For a line run only at import, the lines that use what it makes.

    A module constant (or table) is used where its name is read, anywhere in
    the package; a default of a function, by that function's body. None for
    a decorator: the caller then runs every test of the module.
    """
    for statement in _statements(module):
        end = statement.end_lineno or statement.lineno
        first = min([statement.lineno, *(d.lineno for d in _decorators(statement))])
        if not first <= line <= end:
            continue
        if isinstance(statement, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            if line < statement.lineno:
                return []  # a decorator: what it registers is read in ways we cannot follow
            body = statement.body[0].lineno
            return [(module, n) for n in range(body, end + 1)]
        if isinstance(statement, ast.Assign | ast.AnnAssign):
            targets = statement.targets if isinstance(statement, ast.Assign) else [statement.target]
            names = [n.id for t in targets for n in ast.walk(t) if isinstance(n, ast.Name)]
            return [place for name in names for place in _package_names().get(name) or []]
    return []


def _decorators(statement: ast.stmt) -> list[ast.expr]:
    if isinstance(statement, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
        return statement.decorator_list
    return []


def _test_files_digest(tests: Sequence[str]) -> str:
    digest = hashlib.sha256()
    for file in sorted({name.split("::", 1)[0] for name in tests}):
        digest.update(file.encode())
        path = ROOT / file
        digest.update(path.read_bytes() if path.is_file() else b"")
    return digest.hexdigest()


def _jobs(
    modules: Sequence[str], testmap: dict[str, Any], factor: float, minimum: float
) -> Iterator[Job]:
    for module in modules:
        source = (ROOT / module).read_text(encoding="utf-8")
        for mutant in mutants(source):
            mutated = mutant.apply(source)
            try:
                compile(mutated, module, "exec")
            except SyntaxError:
                continue
            tests, seconds = _select_tests(testmap, module, mutant)
            settings = f"{_RUNNER_VERSION} {os.environ.get('MUTATION_HYPOTHESIS_EXAMPLES', '20')}"
            key = hashlib.sha256(
                "\0".join([settings, module, mutated, *tests, _test_files_digest(tests)]).encode()
            ).hexdigest()
            yield Job(module, mutant, mutated, tests, max(minimum, factor * seconds + 10), key)


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
        if path.is_file():
            for line in path.read_text(encoding="utf-8").splitlines():
                try:
                    entry = json.loads(line)
                except json.JSONDecodeError:
                    continue  # a line cut short by an interrupted run
                self.results[entry["key"]] = entry
        self.lock = threading.Lock()

    def add(self, job: Job) -> None:
        entry = {
            "key": job.key,
            "status": job.status,
            "seconds": round(job.seconds, 2),
            "detail": job.detail,
        }
        with self.lock, self.path.open("a", encoding="utf-8") as out:
            out.write(json.dumps(entry) + "\n")
            self.results[job.key] = entry


def _execute(pending: list[Job], jobs: int, cache: _Cache, total: int) -> None:
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
            if stop.is_set():
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


def _module_tests(testmap: dict[str, Any], module: str) -> list[str]:
    """Every test that runs any line of ``module``, fastest first."""
    names = sorted(testmap["tests"])
    chosen = {i for indexes in testmap["lines"].get(module, {}).values() for i in indexes}
    failed = set(testmap["failed"])
    tests = [names[i] for i in chosen if names[i] not in failed]
    return sorted(tests, key=lambda name: (testmap["tests"][name], name))


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
        tests = _module_tests(testmap, job.module)
        if len(tests) <= len(job.tests):
            continue
        seconds = sum(testmap["tests"][name] for name in tests)
        timeout = max(args.min_timeout, args.timeout_factor * seconds + 10)
        key = hashlib.sha256(
            f"confirm\0{job.key}\0{_test_files_digest(tests)}".encode()
        ).hexdigest()
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
    parser.add_argument("--list", action="store_true", help="list the mutants, run nothing")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if not 1 <= args.jobs <= (os.cpu_count() or 1):
        raise SystemExit(f"mutate: --jobs must be between 1 and {os.cpu_count() or 1}")
    modules = _modules(args.targets)
    if args.list:
        for module in modules:
            for mutant in mutants((ROOT / module).read_text(encoding="utf-8")):
                print(f"{module}:{mutant.line}: {mutant.description}")
        return 0
    started = time.monotonic()
    args.cache.mkdir(parents=True, exist_ok=True)
    testmap = _test_map(args.cache, args.fresh)
    run = Run(equivalents=load_equivalents(args.equivalent))
    run.jobs = list(_jobs(modules, testmap, args.timeout_factor, args.min_timeout))
    cache = _Cache(args.cache / "results.jsonl")
    equivalent = {(e.module, e.line, e.mutation) for e in run.equivalents}
    pending: list[Job] = []
    for job in run.jobs:
        cached = None if args.fresh else cache.results.get(job.key)
        if (job.module, job.mutant.line, job.mutant.description) in equivalent:
            job.status = "equivalent"
        elif cached is not None and cached["status"] != "error":
            job.status, job.seconds, job.detail = (
                cached["status"],
                cached["seconds"],
                cached["detail"],
            )
        elif not job.tests:
            job.status = "no tests"
        else:
            pending.append(job)
    print(
        f"{len(run.jobs)} mutants in {len(modules)} modules: {len(run.jobs) - len(pending)}"
        f" known, {len(pending)} to run, {args.jobs} at a time"
    )
    _execute(pending, args.jobs, cache, len(run.jobs))
    if args.confirm_survivors:
        _confirm(run.jobs, testmap, args, cache)
    run.seconds = time.monotonic() - started
    report = args.report or args.cache / "report.md"
    summary = write_report(run.jobs, run.equivalents, report, ROOT, run.seconds)
    print(summary)
    print(f"report: {report}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
