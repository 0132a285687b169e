"""The command ``validate``: profiles, languages, folders, JSON output, exit codes."""

from __future__ import annotations

import errno
import json
import multiprocessing
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import attrs
import pytest

from hyvaneuvottelu import (
    Negotiation,
    SectionKind,
    _pool,
    _workers,
    documents,
    examples,
    to_json,
    validation,
)
from hyvaneuvottelu.cli import main
from hyvaneuvottelu.cli._validate import default_language
from hyvaneuvottelu.limits import MAX_INPUT_BYTES
from hyvaneuvottelu.rules import Profile

from .rule_cases import GOOD, section, statement


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "hyvaneuvottelu", *args],
        capture_output=True,
        text=True,
        check=False,
        env=env,
    )


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "sub").mkdir()
    (tmp_path / "good.json").write_bytes(to_json(GOOD))
    (tmp_path / "sub" / "bad.json").write_bytes(to_json(section(2, number="2")))
    (tmp_path / "sub" / "broken.json").write_bytes(b"{")
    (tmp_path / "notes.txt").write_text("not a memo")
    return tmp_path


def test_example_is_valid_under_draft(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "lohja.json"
    path.write_bytes(examples.read_bytes())
    assert main(["validate", "--lang", "en", str(path)]) == 0
    assert capsys.readouterr().out == f"{path}: valid\n1 file: 1 valid, 0 invalid\n"


def test_example_lists_its_gaps_under_archive(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "lohja.json"
    path.write_bytes(examples.read_bytes())
    assert main(["validate", "--profile", "archive", "--lang", "fi", str(path)]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == f"{path}: virheellinen (14 virhettä, 5 varoitusta)"
    assert lines[1] == "  virhe HN-A001 /date: Neuvottelun päivämäärä puuttuu"
    assert lines[-1] == "1 tiedosto: 0 kelvollista, 1 virheellinen; 14 virhettä, 5 varoitusta"


def test_example_lists_its_gaps_in_swedish(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "lohja.json"
    path.write_bytes(examples.read_bytes())
    assert main(["validate", "--profile", "archive", "--lang", "sv", str(path)]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == f"{path}: ogiltig (14 fel, 5 varningar)"
    assert lines[1] == "  fel HN-A001 /date: Förhandlingens datum saknas"
    assert lines[4] == "  fel HN-A004 /record/caseId: Ärendenumret (diarienumret) saknas"
    assert lines[5] == ('  varning HN-A005 /title: Rubriken "Neuvottelu" nämner ingen av parterna')
    assert lines[-1] == "1 fil: 0 giltiga, 1 ogiltig; 14 fel, 5 varningar"


def test_folder_text_output(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", "--lang", "en", str(folder)]) == 1
    assert capsys.readouterr().out == (
        f"{folder / 'good.json'}: valid\n"
        f"{folder / 'sub' / 'bad.json'}: invalid (1 error)\n"
        "  error HN-S001 /sections/2/number: The section number 2 is repeated\n"
        f"{folder / 'sub' / 'broken.json'}: invalid (1 error)\n"
        "  error HN-D001 line 1, column 2: The memo is not valid: expected JSON, "
        "found something other than a name in double quotes where a key should be\n"
        "3 files: 1 valid, 2 invalid; 2 errors\n"
    )


def test_folder_text_output_in_swedish(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", "--lang", "sv", str(folder)]) == 1
    assert capsys.readouterr().out == (
        f"{folder / 'good.json'}: giltig\n"
        f"{folder / 'sub' / 'bad.json'}: ogiltig (1 fel)\n"
        "  fel HN-S001 /sections/2/number: Punktnumret 2 förekommer flera gånger\n"
        f"{folder / 'sub' / 'broken.json'}: ogiltig (1 fel)\n"
        "  fel HN-D001 rad 1, kolumn 2: Promemorian är inte giltig: förväntat JSON-text, "
        "hittat något annat än ett namn inom citattecken där en nyckel skulle stå\n"
        "3 filer: 1 giltig, 2 ogiltiga; 2 fel\n"
    )


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_folder_json_output(folder: Path, jobs: str) -> None:
    result = run("validate", "--format", "json", "--lang", "en", "--jobs", jobs, str(folder))
    assert result.returncode == 1
    assert result.stderr == ""
    document = json.loads(result.stdout)
    assert [(e["file"], e["valid"]) for e in document] == [
        (str(folder / "good.json"), True),
        (str(folder / "sub" / "bad.json"), False),
        (str(folder / "sub" / "broken.json"), False),
    ]
    assert document[1]["findings"] == [
        {
            "code": "HN-S001",
            "severity": "error",
            "path": "/sections/2/number",
            "message": "The section number 2 is repeated",
        }
    ]


def test_undeclared_speaker_in_every_language(tmp_path: Path) -> None:
    path = tmp_path / "memo.json"
    path.write_bytes(to_json(statement(speaker="nobody")))
    messages = {}
    for language in ("fi", "sv", "en"):
        result = run("validate", "--format", "json", "--lang", language, str(path))
        assert result.returncode == 1
        [entry] = json.loads(result.stdout)
        messages[language] = [(f["code"], f["message"]) for f in entry["findings"]]
    assert messages == {
        "fi": [("HN-R001", 'Puhujaa "nobody" ei ole osallistujissa')],
        "sv": [("HN-R001", 'Talaren "nobody" finns inte bland deltagarna')],
        "en": [("HN-R001", 'The speaker "nobody" is not a declared participant')],
    }


def test_warnings_alone_exit_0(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "memo.json"
    path.write_bytes(to_json(section(0, kind=SectionKind.OTHER)))
    assert main(["validate", "--lang", "en", str(path)]) == 0
    assert capsys.readouterr().out == (
        f"{path}: valid (1 warning)\n"
        "  warning HN-S005 /sections: The memo has no opening section\n"
        "1 file: 1 valid, 0 invalid; 1 warning\n"
    )
    assert main(["validate", "--lang", "sv", str(path)]) == 0
    assert capsys.readouterr().out == (
        f"{path}: giltig (1 varning)\n"
        "  varning HN-S005 /sections: Promemorian saknar en punkt om öppnandet\n"
        "1 fil: 1 giltig, 0 ogiltiga; 1 varning\n"
    )


def test_missing_file_exits_2_and_is_reported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = tmp_path / "good.json"
    good.write_bytes(to_json(GOOD))
    missing = tmp_path / "missing.json"
    assert main(["validate", "--lang", "fi", "--format", "json", str(good), str(missing)]) == 2
    document = json.loads(capsys.readouterr().out)
    assert document[1] == {
        "file": str(missing),
        "valid": False,
        "findings": [
            {
                "code": "HN-D002",
                "severity": "error",
                "path": "",
                "message": "Tiedostoa ei voi lukea: tiedostoa ei ole",
            }
        ],
    }


def test_standard_input(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    class Stdin:
        buffer = __import__("io").BytesIO(to_json(GOOD))

    monkeypatch.setattr(sys, "stdin", Stdin)
    assert main(["validate", "--lang", "en", "--jobs", "2", "-"]) == 0
    assert capsys.readouterr().out == "-: valid\n1 file: 1 valid, 0 invalid\n"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--profile", "final"], "invalid choice: 'final'"),
        (["--lang", "de"], "invalid choice: 'de'"),
        (["--jobs", "0"], "--jobs: expected a positive number of processes"),
    ],
)
def test_usage_errors_exit_2(tmp_path: Path, args: list[str], message: str) -> None:
    result = run("validate", *args, str(tmp_path))
    assert result.returncode == 2
    assert message in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    ("environ", "language"),
    [
        ({}, "fi"),
        ({"LANG": "en_GB.UTF-8"}, "en"),
        ({"LANG": "fi_FI.UTF-8"}, "fi"),
        ({"LANG": "sv_FI.UTF-8"}, "sv"),
        ({"LANG": "sv_SE"}, "sv"),
        ({"LC_MESSAGES": "sv_FI.UTF-8", "LANG": "fi_FI.UTF-8"}, "sv"),
        ({"LC_ALL": "en_US.UTF-8", "LANG": "sv_FI.UTF-8"}, "en"),
        ({"LANG": "se_NO.UTF-8"}, "fi"),
        ({"LC_ALL": "en_US.UTF-8", "LANG": "fi_FI.UTF-8"}, "en"),
        ({"LC_MESSAGES": "C", "LANG": "en_US"}, "fi"),
        ({"LC_ALL": "", "LANG": "en_US"}, "en"),
    ],
)
def test_default_language_from_locale(environ: dict[str, str], language: str) -> None:
    assert default_language(environ) == language


def test_language_follows_the_locale(tmp_path: Path) -> None:
    path = tmp_path / "memo.json"
    path.write_bytes(to_json(attrs.evolve(GOOD, council_term="2023-2027")))
    env = {"PATH": "", "LANG": "en_US.UTF-8"}
    result = run("validate", str(path), env=env)
    assert result.returncode == 1
    assert '"2023-2027" is not a council term' in result.stdout


def test_swedish_locale_gives_swedish(tmp_path: Path) -> None:
    path = tmp_path / "memo.json"
    path.write_bytes(to_json(attrs.evolve(GOOD, council_term="2023-2027")))
    env = {"PATH": "", "LANG": "sv_FI.UTF-8"}
    result = run("validate", str(path), env=env)
    assert result.returncode == 1
    assert result.stdout == (
        f"{path}: ogiltig (1 fel)\n"
        '  fel HN-L004 /councilTerm: "2023-2027" är ingen fullmäktigeperiod\n'
        "1 fil: 0 giltiga, 1 ogiltig; 1 fel\n"
    )


# A batch never stops at one bad file.


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_reader_failure_does_not_stop_the_batch(tmp_path: Path, jobs: str) -> None:
    (tmp_path / "a.json").write_bytes(to_json(GOOD))
    # An integer of more digits than Python converts by default (4,300).
    (tmp_path / "b.json").write_bytes(b'{"schemaVersion": ' + b"9" * 5000 + b"}")
    (tmp_path / "c.json").write_bytes(to_json(GOOD))
    result = run("validate", "--format", "json", "--lang", "en", "--jobs", jobs, str(tmp_path))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    document = json.loads(result.stdout)
    assert [(e["file"], e["valid"]) for e in document] == [
        (str(tmp_path / "a.json"), True),
        (str(tmp_path / "b.json"), False),
        (str(tmp_path / "c.json"), True),
    ]
    assert [f["code"] for f in document[1]["findings"]] == ["HN-D001"]


def _crash_on(monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    """Make reading the file ``name`` fail as a defect of the library would."""
    real = documents.read_bytes

    def read_bytes(data: bytes, *, format: str | None = None) -> Negotiation:
        if data == name.encode():
            raise ZeroDivisionError("division by zero")
        return real(data, format=format)

    monkeypatch.setattr(documents, "read_bytes", read_bytes)


def test_an_unexpected_exception_is_a_finding_that_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _crash_on(monkeypatch, "crash")
    (tmp_path / "a.json").write_bytes(b"crash")
    (tmp_path / "b.json").write_bytes(to_json(GOOD))
    assert main(["validate", "--lang", "en", str(tmp_path)]) == 1
    out, err = capsys.readouterr()
    message = (
        "The memo is not valid: expected a file this release can check, found an internal error "
        "(ZeroDivisionError: division by zero); please report it to the developers"
    )
    assert out == (
        f"{tmp_path / 'a.json'}: invalid (1 error)\n"
        f"  error HN-D001 /: {message}\n"
        f"{tmp_path / 'b.json'}: valid\n"
        "2 files: 1 valid, 1 invalid; 1 error\n"
    )
    assert err == f"hyvaneuvottelu: {tmp_path / 'a.json'}: {message}\n"


def test_an_unexpected_exception_in_json_output_in_finnish(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _crash_on(monkeypatch, "crash")
    (tmp_path / "a.json").write_bytes(b"crash")
    assert main(["validate", "--format", "json", "--lang", "fi", str(tmp_path)]) == 1
    out, err = capsys.readouterr()
    message = (
        "Muistio ei ole kelvollinen: odotettiin tiedosto, jonka tämä versio pystyy tarkistamaan, "
        "löytyi sisäinen virhe (ZeroDivisionError: division by zero); "
        "ilmoitathan siitä kehittäjille"
    )
    assert json.loads(out) == [
        {
            "file": str(tmp_path / "a.json"),
            "valid": False,
            "findings": [{"code": "HN-D001", "severity": "error", "path": "", "message": message}],
        }
    ]
    assert err == f"hyvaneuvottelu: {tmp_path / 'a.json'}: {message}\n"


@pytest.mark.skipif(
    multiprocessing.get_start_method() != "fork",
    reason="the worker must inherit this test's stand-in for a crash, which only fork gives",
)
def test_a_worker_that_dies_costs_only_its_own_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    names = [str(tmp_path / f"m{i}.json") for i in range(6)]
    for name in names:
        Path(name).write_bytes(to_json(GOOD))
    real = validation._validate_file

    def die_on_m4(
        name: str, profile: Profile, sahke2_version: str | None = None
    ) -> validation.FileResult:
        if name.endswith("m4.json"):
            os._exit(3)  # as the kernel's out-of-memory killer would end it
        return real(name, profile, sahke2_version)

    monkeypatch.setattr(validation, "_validate_file", die_on_m4)
    monkeypatch.setattr(_pool, "available_cpus", lambda: 2)
    results = list(validation.validate_files(names, jobs=2))
    assert [r.file for r in results] == names
    assert [r.internal_error for r in results] == [None] * 4 + [
        "BrokenProcessPool: the process checking the file ended abruptly",
        None,
    ]
    assert [r.report.valid for r in results] == [True] * 4 + [False, True]


def _recording_run(started: list[int]) -> Callable[..., Iterator[Any]]:
    """A stand-in for the worker processes that records how many were asked for."""

    def run(
        batches: Iterator[list[Any]],
        function: Callable[[Any], Any],
        crashed: Callable[[Any, str], Any],
        workers: int,
        *,
        in_flight: int,
        alone: Callable[..., Any],
    ) -> Iterator[Any]:
        started.append(workers)
        for batch in batches:
            yield from map(function, batch)

    return run


@pytest.mark.parametrize(
    ("jobs", "files", "cpus", "workers"),
    [
        (1000, 1, 8, []),
        (1000, 3, 8, [3]),
        (1000, 100, 8, [8]),
        (2, 100, 8, [2]),
        (4, 100, 1, []),
    ],
)
def test_never_more_workers_than_files_or_cpus(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    jobs: int,
    files: int,
    cpus: int,
    workers: list[int],
) -> None:
    names = [str(tmp_path / f"m{i:03}.json") for i in range(files)]
    for name in names:
        Path(name).write_bytes(b"{")
    started: list[int] = []
    monkeypatch.setattr(_workers, "run", _recording_run(started))
    monkeypatch.setattr(_pool, "available_cpus", lambda: cpus)
    results = list(validation.validate_files(names, jobs=jobs))
    assert [r.file for r in results] == names
    assert started == workers


def test_available_cpus_are_those_this_process_may_use() -> None:
    if hasattr(os, "process_cpu_count"):
        assert validation.available_cpus() == os.process_cpu_count()
    else:
        assert validation.available_cpus() == len(os.sched_getaffinity(0))


# Files refused for their size, and folders.


@pytest.fixture
def too_large(tmp_path: Path) -> Path:
    path = tmp_path / "large.json"
    with path.open("wb") as stream:
        stream.truncate(MAX_INPUT_BYTES + 1)  # sparse: no disk space, and never read
    return path


@pytest.mark.parametrize(
    ("language", "message"),
    [
        ("fi", "Tiedostoa ei voi lukea: tiedosto on suurempi kuin enimmäiskoko 64 MiB"),
        ("sv", "Filen kan inte läsas: filen är större än maxstorleken 64 MiB"),
        ("en", "The file cannot be read: the file is larger than the limit of 64 MiB"),
    ],
)
def test_a_file_too_large_is_invalid_in_the_chosen_language(
    too_large: Path, capsys: pytest.CaptureFixture[str], language: str, message: str
) -> None:
    assert main(["validate", "--format", "json", "--lang", language, str(too_large)]) == 1
    assert json.loads(capsys.readouterr().out) == [
        {
            "file": str(too_large),
            "valid": False,
            "findings": [{"code": "HN-D002", "severity": "error", "path": "", "message": message}],
        }
    ]


@pytest.mark.parametrize(
    ("language", "warning", "summary"),
    [
        ("fi", "varoitus: {}: kansiossa ei ole muistioita (*.json, *.xml)", "0 tiedostoa: 0 kelvollista, 0 virheellistä"),
        ("sv", "varning: {}: mappen innehåller inga promemorior (*.json, *.xml)", "0 filer: 0 giltiga, 0 ogiltiga"),
        ("en", "warning: {}: no memos (*.json, *.xml) in the folder", "0 files: 0 valid, 0 invalid"),
    ],
)  # fmt: skip
def test_an_empty_folder_is_worth_a_warning(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], language: str, warning: str, summary: str
) -> None:
    (tmp_path / "notes.txt").write_text("not a memo")
    assert main(["validate", "--lang", language, str(tmp_path)]) == 0
    assert capsys.readouterr() == (f"{summary}\n", f"hyvaneuvottelu: {warning.format(tmp_path)}\n")


def _refuse_to_list(monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    """Make ``folder`` unreadable as chmod 000 would, even to root, who ignores permissions."""
    real = os.scandir

    def scandir(path: Any = ".") -> Any:
        if os.fspath(path) == str(folder):
            raise PermissionError(errno.EACCES, "Permission denied", os.fspath(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)


def test_an_unreadable_subfolder_is_an_io_error_and_the_walk_goes_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    for folder in ("a", "b", "c"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "memo.json").write_bytes(to_json(GOOD))
    _refuse_to_list(monkeypatch, tmp_path / "b")
    assert main(["validate", "--lang", "sv", str(tmp_path)]) == 2
    assert capsys.readouterr().out == (
        f"{tmp_path / 'a' / 'memo.json'}: giltig\n"
        f"{tmp_path / 'b'}: ogiltig (1 fel)\n"
        "  fel HN-D002 /: Filen kan inte läsas: mappens innehåll kan inte läsas: åtkomst nekad\n"
        f"{tmp_path / 'c' / 'memo.json'}: giltig\n"
        "3 filer: 2 giltiga, 1 ogiltig; 1 fel\n"
    )


def test_an_unreadable_folder_named_on_the_command_line_is_an_io_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _refuse_to_list(monkeypatch, tmp_path)
    assert main(["validate", "--format", "json", "--lang", "fi", str(tmp_path)]) == 2
    out, err = capsys.readouterr()
    assert json.loads(out) == [
        {
            "file": str(tmp_path),
            "valid": False,
            "findings": [
                {
                    "code": "HN-D002",
                    "severity": "error",
                    "path": "",
                    "message": "Tiedostoa ei voi lukea: kansion sisältöä ei voi lukea: "
                    "ei käyttöoikeutta",
                }
            ],
        }
    ]
    assert err == ""


def test_archive_refuses_a_folder_it_cannot_list_whole(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "memos" / "locked").mkdir(parents=True)
    (tmp_path / "memos" / "memo.json").write_bytes(to_json(GOOD))
    _refuse_to_list(monkeypatch, tmp_path / "memos" / "locked")
    out = tmp_path / "package"
    assert main(["archive", str(tmp_path / "memos"), "--out", str(out)]) == 2
    assert capsys.readouterr().err == (
        f"hyvaneuvottelu: {tmp_path / 'memos' / 'locked'}: Permission denied\n"
    )
    assert not out.exists()


def test_a_dangling_link_named_like_a_memo_is_reported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "gone.json").symlink_to(tmp_path / "nowhere.json")
    assert main(["validate", "--lang", "en", str(tmp_path)]) == 2
    assert capsys.readouterr().out == (
        f"{tmp_path / 'gone.json'}: invalid (1 error)\n"
        "  error HN-D002 /: The file cannot be read: no such file\n"
        "1 file: 0 valid, 1 invalid; 1 error\n"
    )
