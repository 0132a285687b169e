"""Running a guide's console examples: each ``$ hyvaneuvottelu ...`` line, and what it shows.

The Finnish guides (docs/arkistointi.md, docs/koordinaattori.md and the
follow-up section docs/_followup_fi.md) show commands with the first lines
they print; the tests run them, in order, and compare.
"""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

__all__ = ["blocks", "kinds", "run", "run_console_examples"]

#: A fenced block: its language (``console``, ``text``, ``sh``...) and its body.
_BLOCK = re.compile(r"^```(\S+)\n(.*?)^```$", re.M | re.S)


def kinds(page: str) -> set[str]:
    """The languages of the page's fenced blocks."""
    return {kind for kind, _ in _BLOCK.findall(page)}


def blocks(page: str, kind: str) -> list[list[str]]:
    """The lines of each of the page's fenced blocks of language ``kind``, in order."""
    return [body.splitlines() for found, body in _BLOCK.findall(page) if found == kind]


def _finnish_environment() -> dict[str, str]:
    """A Finnish locale, and this interpreter's bin folder first on the path.

    The bin folder first, so that a script's ``hyvaneuvottelu`` is this
    installation's; nothing else of the caller's environment leaks in.
    """
    path = os.pathsep.join([str(Path(sys.executable).parent), os.environ.get("PATH", "")])
    return {"PATH": path, "LANG": "fi_FI.UTF-8"}


def run(argv: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    """Run ``argv`` in ``cwd`` in :func:`_finnish_environment`, its output captured as text."""
    return subprocess.run(
        argv,
        cwd=cwd,
        env=_finnish_environment(),
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def run_console_examples(page: str, cwd: Path) -> list[tuple[str, int]]:
    """Run each ``$ hyvaneuvottelu ...`` line of the page's console blocks, in order, in ``cwd``.

    The lines shown after a command are the first lines of what it prints
    (standard output, then standard error); a command shown with nothing
    after it prints nothing. No traceback, ever. Returns each command's name
    and exit code, in order.
    """
    ran: list[tuple[str, int]] = []
    for block in blocks(page, "console"):
        commands: list[tuple[str, list[str]]] = []
        for line in block:
            if line.startswith("$ "):
                commands.append((line[2:], []))
            else:
                commands[-1][1].append(line)
        for command, shown in commands:
            argv = shlex.split(command)
            assert argv[0] == "hyvaneuvottelu", command
            result = run([sys.executable, "-m", "hyvaneuvottelu", *argv[1:]], cwd)
            printed = (result.stdout + result.stderr).splitlines()
            if shown:
                assert printed[: len(shown)] == shown, command
            else:
                assert printed == [], command
            assert "Traceback" not in result.stderr, command
            ran.append((argv[1], result.returncode))
    return ran
