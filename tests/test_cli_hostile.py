"""Hostile names and contents on the command line: no escape sequence reaches the terminal,
no character breaks the output, whatever the locale; no special file blocks a run.

Every run is a subprocess with a timeout of its own, so that a regression
that blocks (a FIFO opened for reading) fails the test instead of hanging it.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import attrs
import pytest

from hyvaneuvottelu import to_json

from .rule_cases import GOOD, fi

#: Seconds any one run may take; the runs here take about one.
TIMEOUT = 60

#: Locale settings and stream encodings the output must survive: the C locale
#: (Python's UTF-8 mode, surrogateescape), UTF-8 locales (fi_FI.UTF-8 falls
#: back to C where it is not installed; PYTHONIOENCODING=utf-8:strict is what
#: it gives where it is), plain ASCII, Latin-1.
ENVIRONMENTS = {
    "C": {"LANG": "C"},
    "C.UTF-8": {"LANG": "C.UTF-8"},
    "fi_FI.UTF-8": {"LANG": "fi_FI.UTF-8"},
    "fi_FI.UTF-8 strict": {"LANG": "fi_FI.UTF-8", "PYTHONIOENCODING": "utf-8:strict"},
    "ASCII": {"LC_ALL": "C", "PYTHONUTF8": "0", "PYTHONCOERCECLOCALE": "0"},
    "PYTHONIOENCODING=ascii": {"LANG": "C.UTF-8", "PYTHONIOENCODING": "ascii"},
    "PYTHONIOENCODING=latin-1": {"LANG": "C.UTF-8", "PYTHONIOENCODING": "latin-1"},
}
#: Where file names are not decoded as UTF-8 but as ASCII: each byte of
#: U+202E in a name is then a byte that the encoding cannot decode.
ASCII_NAMES = {"ASCII"}

#: Bytes that must never reach a terminal raw: ESC, CSI (C1, raw and in
#: UTF-8), a carriage return, RIGHT-TO-LEFT OVERRIDE in UTF-8, and a byte of
#: a file name that is not UTF-8.
RAW = (b"\x1b", b"\x9b", b"\xc2\x9b", b"\r", b"\xe2\x80\xae", b"\xff")

ESCAPE_NAME = "\x1b[2J\x1b[32mALL GOOD\x1b[0m\u202e.json"
BAD_BYTE_NAME = os.fsdecode(b"bad\xff.json")


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[bytes]:
    environment = {"PATH": os.environ.get("PATH", ""), **(env or {"LANG": "C.UTF-8"})}
    return subprocess.run(
        [sys.executable, "-m", "hyvaneuvottelu", *args],
        capture_output=True,
        check=False,
        env=environment,
        timeout=TIMEOUT,
    )


@pytest.fixture
def hostile(tmp_path: Path) -> Path:
    """A folder of memos whose names and keys are hostile."""
    folder = tmp_path / "memos"
    folder.mkdir()
    (folder / ESCAPE_NAME).write_bytes(to_json(GOOD))
    (folder / BAD_BYTE_NAME).write_bytes(to_json(GOOD))
    document = json.loads(to_json(GOOD))
    document["\ud800x"] = 1
    (folder / "key.json").write_bytes(json.dumps(document).encode())
    return folder


@pytest.mark.parametrize("environment", sorted(ENVIRONMENTS))
def test_text_output_escapes_hostile_names_and_keys_in_every_locale(
    hostile: Path, environment: str
) -> None:
    result = run("validate", "--lang", "en", str(hostile), env=ENVIRONMENTS[environment])
    assert result.returncode == 1, result.stderr
    assert result.stderr == b""
    for raw in RAW:
        assert raw not in result.stdout
    lines = result.stdout.decode("ascii", "backslashreplace").splitlines()
    override = "\\xe2\\x80\\xae" if environment in ASCII_NAMES else "\\u202e"
    assert lines[0] == f"{hostile}/\\x1b[2J\\x1b[32mALL GOOD\\x1b[0m{override}.json: valid"
    assert lines[1] == f"{hostile}/bad\\xff.json: valid"
    assert lines[2] == f"{hostile}/key.json: invalid (1 error)"
    # The reader refuses a key holding a lone surrogate at the object that holds it.
    assert lines[3] == (
        "  error HN-D001 /: The memo is not valid: expected keys of Unicode characters, "
        "found a key holding the lone surrogate U+D800"
    )
    assert lines[-1] == "3 files: 2 valid, 1 invalid; 1 error"


@pytest.mark.parametrize("environment", sorted(ENVIRONMENTS))
def test_json_output_is_one_utf8_json_document_in_every_locale(
    hostile: Path, environment: str
) -> None:
    result = run(
        "validate", "--format", "json", "--lang", "fi", str(hostile),
        env=ENVIRONMENTS[environment],
    )  # fmt: skip
    assert result.returncode == 1, result.stderr
    assert result.stderr == b""
    for raw in RAW:
        assert raw not in result.stdout
    document = json.loads(result.stdout.decode("utf-8"))
    escape_name = ESCAPE_NAME
    if environment in ASCII_NAMES:
        escape_name = escape_name.replace("\u202e", "\udce2\udc80\udcae")
    assert [(entry["file"], entry["valid"]) for entry in document] == [
        (str(hostile / escape_name), True),
        (str(hostile / BAD_BYTE_NAME), True),
        (str(hostile / "key.json"), False),
    ]
    # The name's bytes come back exactly.
    assert os.fsencode(document[1]["file"]) == os.fsencode(hostile) + b"/bad\xff.json"
    [finding] = document[2]["findings"]
    assert (finding["code"], finding["path"]) == ("HN-D001", "")
    assert finding["message"].startswith("Muistio ei ole kelvollinen: odotettiin ")


def test_values_quoted_in_messages_are_escaped(tmp_path: Path) -> None:
    path = tmp_path / "memo.json"
    path.write_bytes(to_json(attrs.evolve(GOOD, title=fi("\x1b[2J\x1b[32mALL GOOD\x1b[0m\u202e"))))
    result = run("validate", "--profile", "archive", "--lang", "en", str(path))
    assert result.returncode == 1
    assert result.stdout.decode() == (
        f"{path}: invalid (1 error, 1 warning)\n"
        '  warning HN-A005 /title: The title "\\x1b[2J\\x1b[32mALL GOOD\\x1b[0m\\u202e" '
        "names neither party\n"
        "  error HN-T002 /title/fi: The text contains U+001B, which XML 1.0 cannot carry\n"
        "1 file: 0 valid, 1 invalid; 1 error, 1 warning\n"
    )


def test_error_messages_of_convert_escape_the_name(tmp_path: Path) -> None:
    path = tmp_path / "\x1b[2J\r\x9b.json"
    path.write_bytes(b"{")
    result = run("convert", str(path), "--lang", "en")
    assert result.returncode == 1
    assert result.stderr.decode() == (
        f"{tmp_path}/\\x1b[2J\\r\\x9b.json: 1 problem in the document\n"
        "  line 1, column 2: expected JSON, found something other than a name in double "
        "quotes where a key should be\n"
    )


def test_a_missing_file_named_with_escapes_is_named_escaped(tmp_path: Path) -> None:
    result = run("convert", str(tmp_path / "\x1b]0;owned\x07.json"), "--lang", "en")
    assert result.returncode == 2
    assert result.stderr.decode() == (
        f"hyvaneuvottelu: {tmp_path}/\\x1b]0;owned\\x07.json: no such file\n"
    )


@pytest.mark.parametrize(
    ("environment", "shown"),
    [("ASCII", b"S\\xc4HKE2 transfer"), ("PYTHONIOENCODING=latin-1", b"S\xc4HKE2 transfer")],
)
def test_help_is_printed_whatever_the_encoding(environment: str, shown: bytes) -> None:
    result = run("archive", "--help", env=ENVIRONMENTS[environment])
    assert result.returncode == 0, result.stderr
    assert shown in result.stdout


# Special files: never opened for a read that could block.


@pytest.fixture
def fifo(tmp_path: Path) -> Path:
    path = tmp_path / "memo.json"
    os.mkfifo(path)
    return path


def test_validate_refuses_a_fifo_named_on_the_command_line(fifo: Path) -> None:
    result = run("validate", "--lang", "en", str(fifo))
    assert result.returncode == 2
    assert result.stdout.decode() == (
        f"{fifo}: invalid (1 error)\n"
        "  error HN-D002 /: The file cannot be read: not a regular file but a named pipe (FIFO)\n"
        "1 file: 0 valid, 1 invalid; 1 error\n"
    )


@pytest.mark.parametrize(
    ("language", "message"),
    [
        ("fi", "Tiedostoa ei voi lukea: ei tavallinen tiedosto vaan nimetty putki (FIFO)"),
        ("sv", "Filen kan inte läsas: inte en vanlig fil utan en namngiven pipe (FIFO)"),
    ],
)
def test_the_fifo_refusal_is_in_the_chosen_language(
    fifo: Path, language: str, message: str
) -> None:
    result = run("validate", "--format", "json", "--lang", language, str(fifo))
    assert result.returncode == 2
    [entry] = json.loads(result.stdout)
    assert entry["findings"][0]["message"] == message


def test_validate_skips_a_fifo_in_a_folder_with_a_warning(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "a.json")
    (tmp_path / "b.json").write_bytes(to_json(GOOD))
    for jobs in ("1", "2"):
        result = run("validate", "--lang", "en", "--jobs", jobs, str(tmp_path))
        assert result.returncode == 0
        assert result.stderr.decode() == (
            f"hyvaneuvottelu: warning: {tmp_path}/a.json: skipped: not a regular file "
            "but a named pipe (FIFO)\n"
        )
        assert result.stdout.decode() == (f"{tmp_path}/b.json: valid\n1 file: 1 valid, 0 invalid\n")


def test_validate_skips_a_socket_in_a_folder_in_finnish(tmp_path: Path) -> None:
    listener = socket.socket(socket.AF_UNIX)
    try:
        listener.bind(str(tmp_path / "s.xml"))
        result = run("validate", "--lang", "fi", str(tmp_path))
    finally:
        listener.close()
    assert result.returncode == 0
    assert result.stderr.decode() == (
        f"hyvaneuvottelu: varoitus: {tmp_path}/s.xml: ohitettu: ei tavallinen tiedosto "
        "vaan pistoke (socket)\n"
        f"hyvaneuvottelu: varoitus: {tmp_path}: kansiossa ei ole muistioita (*.json, *.xml)\n"
    )
    assert result.stdout.decode() == "0 tiedostoa: 0 kelvollista, 0 virheellistä\n"


def test_convert_refuses_a_fifo(fifo: Path) -> None:
    result = run("convert", str(fifo))
    assert result.returncode == 2
    assert result.stderr.decode() == (
        f"hyvaneuvottelu: {fifo}: ei tavallinen tiedosto vaan nimetty putki (FIFO)\n"
    )


def test_archive_skips_a_fifo_among_the_memos_with_a_warning(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "a.json")
    (tmp_path / "b.json").write_bytes(to_json(GOOD))
    result = run("archive", str(tmp_path), "--out", str(tmp_path / "package"), "--lang", "en")
    assert result.stderr.decode().startswith(
        f"hyvaneuvottelu: warning: {tmp_path}/a.json: skipped: not a regular file "
        "but a named pipe (FIFO)\n"
    )


def test_a_file_replaced_by_a_fifo_after_the_check_is_still_refused(fifo: Path) -> None:
    # The race: the file is a regular one when its type is checked, and a
    # FIFO when it is opened. The open must not block, and the type is
    # checked again on what was opened.
    script = (
        "import os, stat, sys\n"
        "from hyvaneuvottelu import _files\n"
        "class Regular:\n"
        "    st_mode = stat.S_IFREG | 0o644\n"
        "os.stat = lambda *args, **kwargs: Regular()\n"
        "try:\n"
        "    _files.read_limited(sys.argv[1])\n"
        "except _files.NotRegularFileError as exc:\n"
        "    print(exc.kind, exc.strerror)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script, str(fifo)],
        capture_output=True,
        check=False,
        timeout=TIMEOUT,
    )
    assert result.stdout.decode() == "fifo not a regular file but a named pipe (FIFO)\n"


# Folders that cannot be read.


def _without_permission_override(command: list[str]) -> list[str]:
    """``command``, run so that file permissions apply to it even when the tests run as root."""
    if os.geteuid() != 0:
        return command
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root, without setpriv to drop the capability to ignore permissions")
    capabilities = "-dac_override,-dac_read_search"
    return [setpriv, f"--inh-caps={capabilities}", f"--bounding-set={capabilities}", *command]


def test_an_unreadable_folder_is_an_io_error(tmp_path: Path) -> None:
    locked = tmp_path / "memos" / "locked"
    locked.mkdir(parents=True)
    (locked / "memo.json").write_bytes(to_json(GOOD))
    (tmp_path / "memos" / "good.json").write_bytes(to_json(GOOD))
    command = [sys.executable, "-m", "hyvaneuvottelu", "validate", "--lang", "en"]
    locked.chmod(0)
    try:
        result = subprocess.run(
            _without_permission_override([*command, str(tmp_path / "memos")]),
            capture_output=True,
            check=False,
            timeout=TIMEOUT,
        )
    finally:
        locked.chmod(0o755)
    assert result.returncode == 2, result.stderr
    assert result.stdout.decode() == (
        f"{tmp_path}/memos/good.json: valid\n"
        f"{locked}: invalid (1 error)\n"
        "  error HN-D002 /: The file cannot be read: the folder cannot be listed: "
        "permission denied\n"
        "2 files: 1 valid, 1 invalid; 1 error\n"
    )
