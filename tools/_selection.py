"""Which tests to run against a mutant: coverage per test, recorded once, and its use.

See :mod:`tools._testmap` for the recording and docs/development.md for the rules.
"""

from __future__ import annotations

import ast
import functools
import hashlib
import json
import subprocess
import sys
import time
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ._mutants import Mutant

__all__ = ["coverage_map", "fingerprint", "module_tests", "select_tests", "tests_digest"]

ROOT = Path(__file__).resolve().parents[1]
#: What the tests read: a change to any of these makes the recorded coverage stale.
_INPUTS = ("src", "tests", "docs", "examples", "schemas", "README.md", "pyproject.toml")


def fingerprint(paths: Sequence[str]) -> str:
    """One hash over the names and contents of every file under ``paths``."""
    digest = hashlib.sha256()
    for name in paths:
        path = ROOT / name
        files = sorted(path.rglob("*")) if path.is_dir() else [path]
        for file in files:
            if file.is_file() and "__pycache__" not in file.parts and file.suffix != ".pyc":
                digest.update(file.relative_to(ROOT).as_posix().encode())
                digest.update(hashlib.sha256(file.read_bytes()).digest())
    return digest.hexdigest()


def coverage_map(cache: Path, fresh: bool, keep: bool = False) -> dict[str, Any]:
    """The recorded coverage per test, re-recorded when any test input changed.

    With ``keep``, a recorded map is used even when it is stale (tests added
    since are then not chosen by it), and it is recorded only when there is none.
    """
    current = fingerprint(_INPUTS)
    path = cache / "testmap.json"
    if not fresh and path.is_file():
        recorded: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
        if recorded.get("fingerprint") == current:
            return recorded
        if keep:
            print("note: the sources or tests changed since coverage was recorded; using it still")
            return recorded
    print("recording which tests run which lines (the whole suite once, under coverage) ...")
    started = time.monotonic()
    partial = cache / "testmap.partial.json"
    subprocess.run([sys.executable, "-m", "tools._testmap", str(partial)], cwd=ROOT, check=True)
    recorded = json.loads(partial.read_text(encoding="utf-8"))
    recorded["fingerprint"] = current
    path.write_text(json.dumps(recorded), encoding="utf-8")
    partial.unlink()
    print(f"recorded in {time.monotonic() - started:.0f} s")
    if recorded["failed"]:
        print(f"note: {len(recorded['failed'])} tests fail without any mutant; they are not used:")
        for name in recorded["failed"]:
            print(f"  {name}")
    return recorded


def select_tests(testmap: dict[str, Any], module: str, mutant: Mutant) -> tuple[list[str], float]:
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


def tests_digest(tests: Sequence[str]) -> str:
    digest = hashlib.sha256()
    for file in sorted({name.split("::", 1)[0] for name in tests}):
        digest.update(file.encode())
        path = ROOT / file
        digest.update(path.read_bytes() if path.is_file() else b"")
    return digest.hexdigest()


def module_tests(testmap: dict[str, Any], module: str) -> list[str]:
    """Every test that runs any line of ``module``, fastest first."""
    names = sorted(testmap["tests"])
    chosen = {i for indexes in testmap["lines"].get(module, {}).values() for i in indexes}
    failed = set(testmap["failed"])
    tests = [names[i] for i in chosen if names[i] not in failed]
    return sorted(tests, key=lambda name: (testmap["tests"][name], name))
