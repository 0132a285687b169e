"""``validate --profile archive --settings FILE``: the transfer settings archive will use.

The settings are checked whole (a bad file is a located usage error, exit 2,
never a traceback), and the memos are checked for the SÄHKE2 schema version
they name, so that validate and archive agree.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from hyvaneuvottelu import to_json
from hyvaneuvottelu.model import PersonalDataClass

from .archive_support import ready_memo

SETTINGS: dict[str, Any] = {
    "transferContractId": "SOPIMUS-1",
    "organisation": "Länsi-Uudenmaan hyvinvointialue",
    "contactPerson": {
        "name": "Arkistonhoitaja",
        "address": "Katu 1",
        "phone": "+358 1",
        "email": "a@example.invalid",
    },
}


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "hyvaneuvottelu", "validate", "--lang", "en", *args],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )


@pytest.fixture
def criminal(tmp_path: Path) -> Path:
    """A memo ready for the archive whose personal data class only the 2019 schema has."""
    path = tmp_path / "memo.json"
    path.write_bytes(to_json(ready_memo(personal_data=PersonalDataClass.CRIMINAL)))
    return path


def settings_file(tmp_path: Path, content: object, name: str = "settings.json") -> Path:
    path = tmp_path / name
    path.write_text(content if isinstance(content, str) else json.dumps(content), "utf-8")
    return path


def test_the_settings_version_decides_what_the_memo_may_say(tmp_path: Path, criminal: Path) -> None:
    for version, code in (("2019", 0), ("2011", 1)):
        given = settings_file(tmp_path, {**SETTINGS, "sahke2Version": version})
        result = run("--profile", "archive", "--settings", str(given), str(criminal))
        assert result.returncode == code, result.stdout
        assert result.stderr == ""
    error = (
        "  error HN-A043 /record/personalData: The SÄHKE2 schema of 2011 has no personal data "
        'class "personal data on criminal convictions and offences"; transfer the memo with the '
        "schema of 2019"
    )
    assert error in result.stdout.splitlines()
    # Without settings, the schema archive uses by default: 2019.
    assert run("--profile", "archive", str(criminal)).returncode == 0


@pytest.mark.parametrize(
    ("content", "lines"),
    [
        (
            {"organisation": "x"},
            [
                f"hyvaneuvottelu: missing transfer setting '{key}' (give {option} or set it in {{f}})"
                for key, option in (
                    ("transferContractId", "--transfer-contract-id"),
                    ("contactPerson.name", "--contact-name"),
                    ("contactPerson.address", "--contact-address"),
                    ("contactPerson.phone", "--contact-phone"),
                    ("contactPerson.email", "--contact-email"),
                )
            ],
        ),
        (
            {**SETTINGS, "organisation": 3},
            ["hyvaneuvottelu: {f}: setting 'organisation': expected a string, found 3"],
        ),
        (
            {**SETTINGS, "sahke2Versio": "2011"},
            [
                "hyvaneuvottelu: {f}: unknown setting 'sahke2Versio' (known: transferContractId, "
                "organisation, contactPerson.name, contactPerson.address, contactPerson.phone, "
                "contactPerson.email, transferId, transferTitle, sahke2Version, "
                "permanentRetentionPeriod, functionTitles)"
            ],
        ),
        (
            {**SETTINGS, "sahke2Version": "2020"},
            ['hyvaneuvottelu: setting \'sahke2Version\': expected "2019" or "2011", found "2020"'],
        ),
        (
            '{"organisation": "x",\n',
            [
                "hyvaneuvottelu: {f}: not a JSON document: line 2, column 1: something other "
                "than a name in double quotes where a key should be"
            ],
        ),
    ],
    ids=["missing", "wrong type", "unknown", "version", "not JSON"],
)
def test_a_bad_settings_file_is_a_located_usage_error(
    tmp_path: Path, criminal: Path, content: object, lines: list[str]
) -> None:
    given = settings_file(tmp_path, content)
    result = run("--profile", "archive", "--settings", str(given), str(criminal))
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.splitlines() == [line.format(f=given) for line in lines]


def test_no_settings_file(tmp_path: Path, criminal: Path) -> None:
    missing = tmp_path / "none.json"
    result = run("--profile", "archive", "--settings", str(missing), str(criminal))
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr == f"hyvaneuvottelu: {missing}: no such settings file\n"


def test_settings_only_with_the_archive_profile(tmp_path: Path, criminal: Path) -> None:
    given = settings_file(tmp_path, SETTINGS)
    result = run("--settings", str(given), str(criminal))
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr == (
        "hyvaneuvottelu: --settings: transfer settings are checked with --profile archive\n"
    )


def test_the_version_reaches_every_worker(tmp_path: Path) -> None:
    for index in range(3):
        memo = ready_memo(identifier=f"T-{index}", personal_data=PersonalDataClass.CRIMINAL)
        (tmp_path / f"m{index}.json").write_bytes(to_json(memo))
    given = settings_file(tmp_path, {**SETTINGS, "sahke2Version": "2011"}, "s.txt")
    result = run(
        "--profile",
        "archive",
        "--settings",
        str(given),
        "--jobs",
        "2",
        "--format",
        "json",
        str(tmp_path),
    )
    assert result.returncode == 1
    report = json.loads(result.stdout)
    assert [
        [f["code"] for f in entry["findings"] if f["severity"] == "error"] for entry in report
    ] == [["HN-A043"]] * 3
