"""The Finnish archivist's guide (docs/arkistointi.md): its console examples are what
the command line prints, its quoted messages are the catalogue's, and it holds no Python."""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

from hyvaneuvottelu._messages import message

from .documents import REPO

PAGE = (REPO / "docs" / "arkistointi.md").read_text(encoding="utf-8")
_BLOCK = re.compile(r"^```(\w+)\n(.*?)^```$", re.M | re.S)


def _blocks(kind: str) -> list[list[str]]:
    return [body.splitlines() for lang, body in _BLOCK.findall(PAGE) if lang == kind]


def test_the_guide_holds_no_python() -> None:
    kinds = {lang for lang, _ in _BLOCK.findall(PAGE)}
    assert kinds <= {"console", "text", "json"}
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
            ran += 1
    assert ran >= 5


def test_the_quoted_messages_are_the_catalogues() -> None:
    lines = [
        line for block in _blocks("text") for line in block if line.startswith("hyvaneuvottelu")
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
