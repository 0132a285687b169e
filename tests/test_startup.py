"""Start-up: the command line and the package load what they use, when they use it."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

import hyvaneuvottelu as hn

_LOADED = """
import json, sys
{code}
print(json.dumps(sorted(sys.modules)))
"""


def loaded_by(code: str) -> list[str]:
    """The modules loaded in a fresh interpreter after ``code``."""
    result = subprocess.run(
        [sys.executable, "-c", _LOADED.format(code=code)],
        capture_output=True,
        check=True,
        timeout=120,
    )
    modules: list[str] = json.loads(result.stdout.decode().splitlines()[-1])
    return modules


def _heavy(modules: list[str]) -> list[str]:
    return [
        name
        for name in modules
        if name.split(".")[0] in {"attr", "attrs", "cattrs", "lxml", "multiprocessing"}
        or name.startswith(("hyvaneuvottelu.archive", "hyvaneuvottelu.importing"))
    ]


def test_the_version_is_answered_without_loading_the_library() -> None:
    code = (
        "from hyvaneuvottelu.cli import main\n"
        "try:\n    main(['--version'])\nexcept SystemExit as exc:\n    assert exc.code == 0"
    )
    assert _heavy(loaded_by(code)) == []


def test_importing_the_package_loads_nothing_heavy() -> None:
    assert _heavy(loaded_by("import hyvaneuvottelu")) == []


def test_a_name_is_loaded_on_first_use() -> None:
    modules = loaded_by("import hyvaneuvottelu as hn\nhn.Negotiation")
    assert "hyvaneuvottelu.model" in modules
    assert "hyvaneuvottelu.archive" not in modules
    assert "lxml" not in modules


def test_every_public_name_is_there() -> None:
    for name in hn.__all__:
        assert getattr(hn, name) is not None
    assert set(hn.__all__) <= set(dir(hn))


def test_an_unknown_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError) as caught:
        getattr(hn, "Nothing")  # noqa: B009 - a name mypy would refuse
    assert str(caught.value) == "module 'hyvaneuvottelu' has no attribute 'Nothing'"
