"""The command ``validate``: profiles, languages, folders, JSON output, exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import attrs
import pytest

from hyvaneuvottelu import SectionKind, examples, to_json
from hyvaneuvottelu.cli import main
from hyvaneuvottelu.cli._validate import default_language

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
        "  error HN-D001 line 1, column 2: Not a valid memo: expected JSON, "
        "found Expecting property name enclosed in double quotes\n"
        "3 files: 1 valid, 2 invalid; 2 errors\n"
    )


def test_folder_text_output_in_swedish(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", "--lang", "sv", str(folder)]) == 1
    assert capsys.readouterr().out == (
        f"{folder / 'good.json'}: giltig\n"
        f"{folder / 'sub' / 'bad.json'}: ogiltig (1 fel)\n"
        "  fel HN-S001 /sections/2/number: Punktnumret 2 förekommer flera gånger\n"
        f"{folder / 'sub' / 'broken.json'}: ogiltig (1 fel)\n"
        "  fel HN-D001 line 1, column 2: Inte en giltig promemoria: väntade JSON, "
        "hittade Expecting property name enclosed in double quotes\n"
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
        "  varning HN-S005 /sections: Promemorian saknar en punkt om öppnandet (opening)\n"
        "1 fil: 1 giltig, 0 ogiltiga; 1 varning\n"
    )


def test_missing_file_exits_2_and_is_reported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = tmp_path / "good.json"
    good.write_bytes(to_json(GOOD))
    missing = tmp_path / "missing.json"
    assert main(["validate", "--format", "json", str(good), str(missing)]) == 2
    document = json.loads(capsys.readouterr().out)
    assert document[1] == {
        "file": str(missing),
        "valid": False,
        "findings": [
            {
                "code": "HN-D002",
                "severity": "error",
                "path": "",
                "message": "Tiedostoa ei voi lukea: No such file or directory",
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
