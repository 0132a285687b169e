"""The Finnish archivist's guide (docs/arkistointi.md): its console examples are what
the command line prints, its quoted messages are the catalogue's, and it holds no Python."""

from __future__ import annotations

import shutil
from pathlib import Path

from hyvaneuvottelu._messages import message

from .docs_console import blocks, kinds, run_console_examples
from .documents import REPO

PAGE = (REPO / "docs" / "arkistointi.md").read_text(encoding="utf-8")


def test_the_guide_holds_no_python() -> None:
    assert kinds(PAGE) <= {"console", "text", "json"}
    assert ">>>" not in PAGE
    assert "import " not in PAGE


def test_the_guide_is_linked_from_the_index_and_the_english_guide() -> None:
    assert "\narkistointi\n" in (REPO / "docs" / "index.md").read_text(encoding="utf-8")
    assert "(arkistointi.md)" in (REPO / "docs" / "archiving.md").read_text(encoding="utf-8")


def test_the_console_examples_are_what_the_command_line_prints(tmp_path: Path) -> None:
    """Each ``$ hyvaneuvottelu ...`` line is run, in order, in a folder like the guide's,
    in a Finnish locale; the lines shown after it are the first lines of its output."""
    memos = tmp_path / "muistiot"
    memos.mkdir()
    for name in ("lohja-archive-example.json", "archive-settings.json"):
        shutil.copy(REPO / "examples" / name, memos)
    assert len(run_console_examples(PAGE, tmp_path)) >= 5


def test_the_quoted_messages_are_the_catalogues() -> None:
    lines = [
        line
        for block in blocks(PAGE, "text")
        for line in block
        if line.startswith("hyvaneuvottelu")
    ]
    settings = "muistiot/archive-settings.json"
    assert lines == [
        "hyvaneuvottelu: "
        + message(
            "settings.missing", key="'contactPerson.email'", option="--contact-email", file=settings
        ).render("fi"),
        "hyvaneuvottelu: "
        + message("cli.warning", text=message("archive.untitled", code="00 01")).render("fi"),
    ]
