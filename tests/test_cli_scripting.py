"""Options for scripts and terminals: --quiet, --color, --format json of archive and verify, progress."""

from __future__ import annotations

import json
import os
import pty
import subprocess
import sys
from pathlib import Path

import pytest

from hyvaneuvottelu import examples
from hyvaneuvottelu.cli import main
from hyvaneuvottelu.cli._style import Style, wants_color

from .documents import minimal_document
from .terminal import read_all

CREATED = "2025-02-05T10:00:00+02:00"
GREEN, RED, YELLOW, RESET = "\033[32m", "\033[1;31m", "\033[33m", "\033[0m"


@pytest.fixture
def memos(tmp_path: Path) -> Path:
    """A valid memo, one with a warning, one with an error."""
    folder = tmp_path / "memos"
    folder.mkdir()
    (folder / "a.json").write_bytes(examples.read_bytes(examples.ARCHIVE))
    (folder / "b.json").write_text(json.dumps(minimal_document()), "utf-8")
    (folder / "c.json").write_text("{}", "utf-8")
    return folder


def test_quiet_prints_only_problems_and_the_summary(
    memos: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["validate", "--lang", "en", str(memos)]) == 1
    loud = capsys.readouterr().out.splitlines()
    assert main(["validate", "--lang", "en", "-q", str(memos)]) == 1
    quiet = capsys.readouterr().out.splitlines()
    assert loud[0] == f"{memos}/a.json: valid"
    assert quiet == loud[1:]
    assert quiet[0].startswith(f"{memos}/b.json: valid (")
    assert quiet[-1] == loud[-1]


@pytest.mark.parametrize(
    ("choice", "environ", "tty", "expected"),
    [
        ("always", {"NO_COLOR": "1"}, False, True),
        ("never", {"FORCE_COLOR": "1"}, True, False),
        ("auto", {}, True, True),
        ("auto", {}, False, False),
        ("auto", {"NO_COLOR": "1"}, True, False),
        ("auto", {"NO_COLOR": ""}, True, True),
        ("auto", {"NO_COLOR": "1", "FORCE_COLOR": "1"}, False, False),
        ("auto", {"FORCE_COLOR": "1"}, False, True),
        ("auto", {"FORCE_COLOR": ""}, False, False),
        ("auto", {"TERM": "dumb"}, True, False),
        ("auto", {"TERM": "dumb", "FORCE_COLOR": "1"}, False, True),
    ],
)
def test_when_to_colour(choice: str, environ: dict[str, str], tty: bool, expected: bool) -> None:
    class Stream:
        def isatty(self) -> bool:
            return tty

    assert wants_color(choice, Stream(), environ) is expected


def test_colour_never_lets_the_input_s_escapes_through() -> None:
    line = Style(color=True).line("\033[2Jmemo.json: ", ("valid", "good"))
    assert line == f"\\x1b[2Jmemo.json: {GREEN}valid{RESET}"
    assert Style(color=False).line("\033[2Jx ", ("valid", "good")) == "\\x1b[2Jx valid"


def test_validate_in_colour(memos: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", "--lang", "en", "--color", "always", str(memos / "a.json")]) == 0
    assert capsys.readouterr().out == (
        f"{memos}/a.json: {GREEN}valid{RESET}\n1 file: 1 valid, 0 invalid\n"
    )
    assert main(["validate", "--lang", "en", "--color", "always", str(memos / "b.json")]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[1].startswith(f"  {YELLOW}warning{RESET} HN-")
    # Captured output is no terminal: auto means no colour.
    assert main(["validate", "--lang", "en", str(memos / "a.json")]) == 0
    assert "\033" not in capsys.readouterr().out


def test_no_color_in_the_environment_wins_over_a_terminal(memos: Path) -> None:
    """NO_COLOR, through a real terminal; FORCE_COLOR through a pipe."""
    command = [
        sys.executable,
        "-m",
        "hyvaneuvottelu",
        "validate",
        "--lang",
        "en",
        str(memos / "a.json"),
    ]
    environ = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR")}
    forced = subprocess.run(
        command,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        env={**environ, "FORCE_COLOR": "1"},
    )
    assert forced.stdout.splitlines()[0] == f"{memos}/a.json: {GREEN}valid{RESET}"
    for extra, coloured in (({}, True), ({"NO_COLOR": "1"}, False)):
        leader, follower = pty.openpty()
        try:
            process = subprocess.run(
                command,
                stdout=follower,
                stderr=subprocess.DEVNULL,
                timeout=60,
                check=False,
                env={**environ, "TERM": "xterm", **extra},
            )
            os.close(follower)
            shown = read_all(leader)
        finally:
            os.close(leader)
        assert process.returncode == 0
        assert (GREEN in shown) is coloured, shown


def test_progress_shows_on_a_terminal_only_and_never_when_quiet(tmp_path: Path) -> None:
    data = json.dumps(minimal_document())
    for index in range(50):
        (tmp_path / f"{index:02}.json").write_text(data, "utf-8")
    command = [sys.executable, "-m", "hyvaneuvottelu", "validate", "--lang", "en", str(tmp_path)]
    piped = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
    assert (piped.returncode, piped.stderr) == (0, "")
    for extra, expected in (([], "\rchecked 50\r\033[K"), (["-q"], "")):
        leader, follower = pty.openpty()
        try:
            process = subprocess.run(
                [*command, *extra],
                stdout=subprocess.DEVNULL,
                stderr=follower,
                timeout=120,
                check=False,
            )
            os.close(follower)
            shown = read_all(leader)
        finally:
            os.close(leader)
        assert process.returncode == 0
        # The terminal turns \n into \r\n; the count's own \r stays as it is.
        assert shown == expected


@pytest.fixture
def completed(tmp_path: Path) -> Path:
    memo = tmp_path / "memo.json"
    memo.write_bytes(examples.read_bytes(examples.ARCHIVE))
    (tmp_path / "archive-settings.json").write_bytes(examples.settings_bytes())
    return memo


def test_archive_and_verify_in_json(
    completed: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "p"
    args = ["archive", str(completed), "--out", str(target), "--created", CREATED]
    assert main([*args, "--format", "json"]) == 0
    captured = capsys.readouterr()
    written = json.loads(captured.out)
    assert captured.err == ""
    files = written.pop("files")
    assert written == {
        "status": "ok",
        "package": str(target),
        "sahke2Version": "2019",
        "created": "2025-02-05T08:00:00+00:00",
        "memos": 1,
        "manifest": "manifest.json",
        "errors": [],
    }
    assert [f["path"] for f in files] == ["case-001/memo.html", "case-001/memo.xml", "sahke2.xml"]
    assert [f["size"] for f in files] == [(target / f["path"]).stat().st_size for f in files]

    assert main(["verify", str(target), "--format", "json"]) == 0
    verified = json.loads(capsys.readouterr().out)
    notes = verified.pop("notes")
    assert verified == {
        "status": "ok",
        "package": str(target),
        "files": 4,
        "sahke2Version": "2019",
        "errors": [],
    }
    assert isinstance(notes, list)

    (target / "case-001" / "memo.html").unlink()
    assert main(["verify", str(target), "--format", "json"]) == 1
    failed = json.loads(capsys.readouterr().out)
    assert (failed["status"], failed["files"]) == ("fail", 3)
    assert failed["errors"] == [
        {
            "filename": "case-001/memo.html",
            "message": "listed in the manifest but missing from the package",
        },
        {
            "filename": "sahke2.xml",
            "message": "CaseFile[1]: Document names case-001/memo.html, which is not in the package",
        },
    ]


def test_a_refused_archive_in_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    memo = tmp_path / "memo.json"
    memo.write_text(json.dumps(minimal_document()), "utf-8")
    (tmp_path / "archive-settings.json").write_bytes(examples.settings_bytes())
    args = ["archive", str(memo), "--out", str(tmp_path / "p"), "--format", "json", "--lang", "en"]
    assert main(args) == 1
    captured = capsys.readouterr()
    refused = json.loads(captured.out)
    assert captured.err == ""
    assert refused["status"] == "fail"
    assert refused["errors"]
    assert {e["filename"] for e in refused["errors"]} == {str(memo)}
    assert not (tmp_path / "p").exists()


def test_verify_quiet_and_in_colour(
    completed: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "p"
    assert main(["archive", str(completed), "--out", str(target), "--created", CREATED, "-q"]) == 0
    assert capsys.readouterr().out == (f"{target}: SÄHKE2 2019 package written: 1 memo, 4 files\n")
    assert main(["verify", str(target), "--color", "always", "-q"]) == 0
    # The verdict line is coloured whole: its words and their order depend on the language.
    assert capsys.readouterr().out == f"{GREEN}{target}: verified: 4 files, SÄHKE2 2019{RESET}\n"
    (target / "case-001" / "memo.html").unlink()
    assert main(["verify", str(target), "--color", "always", "-q"]) == 1
    assert (
        capsys.readouterr().out.splitlines()[0] == f"{RED}{target}: NOT verified: 2 problems{RESET}"
    )
