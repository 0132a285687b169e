"""The follow-up pages: the Finnish section's console examples are what the command prints,
it holds no Python, and the developer page is linked from the index."""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from hyvaneuvottelu.cli import main

from .documents import REPO
from .followup_set import write_set

PAGE = (REPO / "docs" / "_followup_fi.md").read_text(encoding="utf-8")
_BLOCK = re.compile(r"^```(\w+)\n(.*?)^```$", re.M | re.S)


def _blocks(kind: str) -> list[list[str]]:
    return [body.splitlines() for lang, body in _BLOCK.findall(PAGE) if lang == kind]


def test_the_finnish_section_holds_no_python() -> None:
    kinds = {lang for lang, _ in _BLOCK.findall(PAGE)}
    assert kinds <= {"console", "text", "json"}
    assert ">>>" not in PAGE
    assert "import " not in PAGE


def test_the_developer_page_is_in_the_index() -> None:
    assert "\nfollowup\n" in (REPO / "docs" / "index.md").read_text(encoding="utf-8")


def test_the_console_examples_are_what_the_command_prints(tmp_path: Path) -> None:
    """Each ``$ hyvaneuvottelu ...`` line runs, in order, in a folder holding the chain of
    tests/followup_set.py as ``muistiot/``, in a Finnish locale; the lines shown after it
    are the first lines of what it prints."""
    write_set(tmp_path / "muistiot")
    env = {"PATH": os.environ.get("PATH", ""), "LANG": "fi_FI.UTF-8"}
    ran = 0
    for block in _blocks("console"):
        commands: list[tuple[str, list[str]]] = []
        for line in block:
            if line.startswith("$ "):
                commands.append((line[2:], []))
            else:
                commands[-1][1].append(line)
        for command, shown in commands:
            argv = shlex.split(command)
            assert argv[0] == "hyvaneuvottelu"
            result = subprocess.run(
                [sys.executable, "-m", "hyvaneuvottelu", *argv[1:]],
                cwd=tmp_path,
                env=env,
                capture_output=True,
                text=True,
                timeout=300,
                check=False,
            )
            printed = (result.stdout + result.stderr).splitlines()
            assert printed[: len(shown)] == shown, command
            assert "Traceback" not in result.stderr
            ran += 1
    assert ran == 4


def test_the_summary_shown_is_the_reports(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (summary,) = _blocks("text")
    monkeypatch.chdir(tmp_path)
    write_set(tmp_path / "muistiot")
    main(["followup", "muistiot", "--as-of", "2026-01-15", "--lang", "fi"])
    assert capsys.readouterr().out.splitlines()[-1:] == summary
