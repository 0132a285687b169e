"""validate, coverage and followup on the same bad inputs: the same exit code, the same words.

docs/cli.md: 1 for invalid input (a file larger than the limit, a package
that does not verify), 2 for an I/O error (a file that cannot be read, a
missing path). Every expected message is written by hand.
"""

from __future__ import annotations

import errno
import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from hyvaneuvottelu import limits
from hyvaneuvottelu.cli import main

_COMMANDS = ("validate", "coverage", "followup")


def _too_large(folder: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    path = folder / "large.json"
    with path.open("wb") as stream:
        stream.truncate(limits.MAX_INPUT_BYTES + 1)  # sparse: no disk space, and never read
    return str(path)


def _unreadable(folder: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    # As chmod 000 would, even to root, who ignores permissions.
    path = folder / "locked.json"
    path.write_text("{}", "utf-8")
    real = os.open

    def refusing(name: Any, flags: int, *args: Any, **kwargs: Any) -> int:
        if os.fspath(name) == str(path):
            raise PermissionError(errno.EACCES, "Permission denied", os.fspath(name))
        return real(name, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", refusing)
    return str(path)


def _missing(folder: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    return str(folder / "gone.json")


def _damaged_package(folder: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    path = folder / "damaged.zip"
    path.write_bytes(b"PK\x03\x04" + b"\x00" * 100)
    return str(path)


_INPUTS: dict[str, Callable[[Path, pytest.MonkeyPatch], str]] = {
    "too large": _too_large,
    "unreadable": _unreadable,
    "missing": _missing,
    "damaged package": _damaged_package,
}


def _message(command: str, document: Any) -> str:
    """The one message each command's JSON gives for the one bad input."""
    if command == "validate":
        (result,) = document
        (finding,) = result["findings"]
        # A package's findings are verify's, without a rule code.
        return f"{finding['code'] or 'package'} {finding['message']}"
    (error,) = document["errors"]
    if command == "coverage":
        return f"{error['code']} {error['message']}"
    return f"{error['kind']} {error['message']}"


@pytest.mark.parametrize("command", _COMMANDS)
@pytest.mark.parametrize(
    ("name", "code", "messages"),
    [
        (
            "too large",
            1,
            {
                "validate": "HN-D002 The file cannot be read: "
                "the file is larger than the limit of 64 MiB",
                "coverage": "HN-D002 /: The file cannot be read: "
                "the file is larger than the limit of 64 MiB",
                "followup": "unreadable the file could not be read: HN-D002 /: "
                "The file cannot be read: the file is larger than the limit of 64 MiB",
            },
        ),
        (
            "unreadable",
            2,
            {
                "validate": "HN-D002 The file cannot be read: permission denied",
                "coverage": "HN-D002 /: The file cannot be read: permission denied",
                "followup": "unreadable the file could not be read: HN-D002 /: "
                "The file cannot be read: permission denied",
            },
        ),
        (
            "missing",
            2,
            {
                "validate": "HN-D002 The file cannot be read: no such file",
                # coverage looks for the paths first, as a usage error.
                "coverage": "hyvaneuvottelu: {path}: no such file or folder\n",
                "followup": "unreadable the file could not be read: HN-D002 /: "
                "The file cannot be read: no such file",
            },
        ),
        (
            "damaged package",
            1,
            {
                "validate": "package cannot be verified: "
                "not a zip file (no end of central directory record)",
                "coverage": "HN-D002 /: The file cannot be read: the archive package cannot be "
                "read: not a zip file (no end of central directory record)",
                "followup": "unreadable the file could not be read: HN-D002 /: The file cannot "
                "be read: the archive package cannot be read: "
                "not a zip file (no end of central directory record)",
            },
        ),
    ],
)
def test_each_command_gives_the_same_exit_code_for_the_same_bad_input(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    command: str,
    name: str,
    code: int,
    messages: dict[str, str],
) -> None:
    path = _INPUTS[name](tmp_path, monkeypatch)
    assert main([command, path, "--format", "json", "--lang", "en"]) == code
    out, err = capsys.readouterr()
    if messages[command].startswith("hyvaneuvottelu: "):
        assert (out, err) == ("", messages[command].format(path=path))
    else:
        assert _message(command, json.loads(out)) == messages[command]
