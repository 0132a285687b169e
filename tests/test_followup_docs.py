"""The follow-up pages: the Finnish section's console examples are what the command prints,
it holds no Python, and the developer page is linked from the index."""

from __future__ import annotations

from pathlib import Path

import pytest

from hyvaneuvottelu.cli import main

from .docs_console import blocks, kinds, run_console_examples
from .documents import REPO
from .followup_set import write_set

PAGE = (REPO / "docs" / "_followup_fi.md").read_text(encoding="utf-8")


def test_the_finnish_section_holds_no_python() -> None:
    assert kinds(PAGE) <= {"console", "text", "json"}
    assert ">>>" not in PAGE
    assert "import " not in PAGE


def test_the_developer_page_is_in_the_index() -> None:
    assert "\nfollowup\n" in (REPO / "docs" / "index.md").read_text(encoding="utf-8")


def test_the_console_examples_are_what_the_command_prints(tmp_path: Path) -> None:
    """Each ``$ hyvaneuvottelu ...`` line runs, in order, in a folder holding the chain of
    tests/followup_set.py as ``muistiot/``, in a Finnish locale; the lines shown after it
    are the first lines of what it prints."""
    write_set(tmp_path / "muistiot")
    assert len(run_console_examples(PAGE, tmp_path)) == 4


def test_the_summary_shown_is_the_reports(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (summary,) = blocks(PAGE, "text")
    monkeypatch.chdir(tmp_path)
    write_set(tmp_path / "muistiot")
    main(["followup", "muistiot", "--as-of", "2026-01-15", "--lang", "fi"])
    assert capsys.readouterr().out.splitlines()[-1:] == summary
