"""What the tests import is declared: a fresh ``pip install -e . --group dev`` runs them all.

A package that comes only through another (Pillow through reportlab) is
declared too: the other may drop it.
"""

from __future__ import annotations

import ast
import re
import sys
import tomllib
from importlib.metadata import packages_distributions
from pathlib import Path

from .documents import REPO

#: Our own packages, and what the tests import only for type checking.
_OWN = {"hyvaneuvottelu", "tests", "tools", "benchmarks", "_typeshed"}


def _name(requirement: str) -> str:
    """A requirement's distribution name, normalised (PEP 503)."""
    return re.sub(r"[-_.]+", "-", re.split(r"[\[<>=!~;\s]", requirement, maxsplit=1)[0]).lower()


def _declared() -> set[str]:
    project = tomllib.loads((REPO / "pyproject.toml").read_text("utf-8"))
    tests = [r for r in project["dependency-groups"]["tests"] if isinstance(r, str)]
    return {_name(r) for r in [*project["project"]["dependencies"], *tests]}


def _imported(folder: Path) -> dict[str, set[str]]:
    """Each third-party top-level module imported in ``folder``'s Python files, and where."""
    found: dict[str, set[str]] = {}
    for path in sorted(folder.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            else:
                continue
            for name in names:
                top = name.partition(".")[0]
                if top not in sys.stdlib_module_names and top not in _OWN and top != "__future__":
                    found.setdefault(top, set()).add(path.name)
    return found


def test_the_names_of_requirements_are_normalised() -> None:
    assert [
        _name(r) for r in ["jsonschema[format]>=4.22", "python_docx>=1.2", "Pillow", "a.b ; x"]
    ] == ["jsonschema", "python-docx", "pillow", "a-b"]


def test_every_package_the_tests_import_is_a_dependency_or_in_the_tests_group() -> None:
    distributions = packages_distributions()
    declared = _declared()
    undeclared = {
        module: sorted(where)
        for module, where in _imported(REPO / "tests").items()
        if not {_name(d) for d in distributions.get(module, [module])} & declared
    }
    assert undeclared == {}
