"""docs/coverage.md: its examples run, its JSON and its command's output are what the code gives."""

from __future__ import annotations

import datetime as dt
import doctest
import json
import re
from pathlib import Path

import pytest

from hyvaneuvottelu.cli import main
from hyvaneuvottelu.collection import read_memos
from hyvaneuvottelu.coverage import CSV_COLUMNS, as_json, coverage

from . import coverage_set
from .documents import REPO

PAGE = (REPO / "docs" / "coverage.md").read_text("utf-8")


def _blocks(language: str) -> list[str]:
    return re.findall(rf"^```{language}\n(.*?)^```$", PAGE, re.S | re.M)


@pytest.fixture
def memos(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    coverage_set.build(tmp_path / "memos")
    monkeypatch.chdir(tmp_path)
    return tmp_path / "memos"


def test_the_python_examples_run(monkeypatch: pytest.MonkeyPatch) -> None:
    # As pytest runs the page itself (--doctest-glob), from the checkout's root.
    monkeypatch.chdir(REPO)
    (block,) = _blocks("pycon")
    test = doctest.DocTestParser().get_doctest(block, {}, "coverage.md", "coverage.md", 0)
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    runner.run(test)
    assert (runner.summarize(verbose=False).failed, len(test.examples)) == (0, 13)


def test_the_json_example_is_what_the_code_writes(memos: Path) -> None:
    (block,) = _blocks("json")
    shown = json.loads(block)
    result = coverage(read_memos(["memos"]), year=2026, as_of=dt.date(2026, 11, 30))
    written = as_json(result, "en")
    # The page shows the last two municipalities.
    written["reports"][0]["municipalities"] = written["reports"][0]["municipalities"][-2:]
    assert shown == written


def test_the_csv_columns_are_documented_in_order() -> None:
    table = PAGE.split("| column | value |", 1)[1].split("\n\n", 1)[0]
    documented = [
        name for row in re.findall(r"^\| (.*?) \|", table, re.M) for name in row.split(", ")
    ]
    assert [name.strip("`") for name in documented] == list(CSV_COLUMNS)


def test_the_command_s_output_is_as_shown(memos: Path, capsys: pytest.CaptureFixture[str]) -> None:
    block = next(b for b in _blocks("console") if b.startswith("$ "))
    command, _, shown = block.partition("\n")
    arguments = command.removeprefix("$ hyvaneuvottelu ").split()
    assert main(arguments) == 1
    assert capsys.readouterr().out == shown
