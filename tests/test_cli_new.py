"""``new`` and ``example --archive|--settings|--template``: templates and examples shipped in the package."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from hyvaneuvottelu import documents, examples
from hyvaneuvottelu.cli import main

from .archive_support import COMPLETED_EXAMPLE, EXAMPLES

PACKAGE_DATA = Path(examples.__file__).parent / "_data" / "examples"
TEMPLATE = "neuvottelumuistio-pohja.json"

#: What a person fills in, by JSON pointer: every placeholder of the template.
COMPLETION: dict[str, Any] = {
    "/title/fi": "Lohjan kaupungin ja Länsi-Uudenmaan hyvinvointialueen neuvottelu",
    "/county/name/fi": "Länsi-Uudenmaan hyvinvointialue",
    "/county/name/sv": "Västra Nylands välfärdsområde",
    "/county/statisticsCode": "03",
    "/county/businessId": "3221347-3",
    "/municipalities/0/name/fi": "Lohja",
    "/municipalities/0/name/sv": "Lojo",
    "/municipalities/0/statisticsCode": "444",
    "/participants/0/name": "Mia Laiho",
    "/participants/0/title/fi": "Aluehallituksen puheenjohtaja",
    "/participants/1/name": "Jussi Patinen",
    "/participants/1/title/fi": "Kaupunginhallituksen puheenjohtaja",
    "/participants/2/name": "Pasi Perämäki",
    "/participants/2/title/fi": "Hyvinvointialuejohtaja",
    "/date": "2025-01-21",
    "/place/fi": "Lohjan kaupungintalo",
    "/theme/fi": "yhteistyön rakenteet",
    "/objectives/0/fi": "todeta yhteistyön rakenteet",
    "/sections/0/title/fi": "Avaus",
    "/sections/0/content/0/text/fi": "Puheenjohtaja avasi neuvottelun.",
    "/sections/0/content/1/points/0/text/fi": "Vastinparit toimivat.",
    "/sections/1/title/fi": "Päättäminen",
    "/sections/1/content/0/text/fi": "Puheenjohtaja päätti neuvottelun.",
    "/outcomes/0/title/fi": "Vastinparien yhteistyö",
    "/record/identifier": "LUHA-2025-0001",
    "/record/caseId": "12/00.01.02/2025",
    "/record/created": "2025-01-28T14:00:00+02:00",
    "/record/approved": "2025-02-04",
    "/record/author": "Muistion Laatija",
    "/record/approver": "Muistion Hyväksyjä",
    "/record/retention/reason/fi": "tiedonohjaussuunnitelman mukaan",
    "/record/functionCode": "00 01 02",
}


def placeholders(value: Any, pointer: str = "") -> list[str]:
    """The JSON pointers of every string that begins with the placeholder word."""
    if isinstance(value, dict):
        return [p for k, v in value.items() for p in placeholders(v, f"{pointer}/{k}")]
    if isinstance(value, list):
        return [p for i, v in enumerate(value) for p in placeholders(v, f"{pointer}/{i}")]
    return [pointer] if isinstance(value, str) and value.startswith("TÄYTÄ: ") else []


def completed(template: dict[str, Any]) -> dict[str, Any]:
    for pointer, value in COMPLETION.items():
        *parents, last = pointer.lstrip("/").split("/")
        node: Any = template
        for part in parents:
            node = node[int(part)] if isinstance(node, list) else node[part]
        node[int(last) if isinstance(node, list) else last] = value
    return template


def test_new_writes_the_template_for_its_owner_only(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "muistio.json"
    assert main(["new", "--out", str(out)]) == 0
    assert out.read_bytes() == (PACKAGE_DATA / TEMPLATE).read_bytes()
    assert stat.S_IMODE(out.stat().st_mode) == 0o600 & ~_umask()
    assert main(["new", "--out", str(out)]) == 2
    assert capsys.readouterr().err == (
        f"hyvaneuvottelu: {out}: already exists; not overwritten (use --force to replace it)\n"
    )


def test_new_prints_the_template_without_out(capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    assert main(["new"]) == 0
    assert capsysbinary.readouterr().out == examples.template_bytes()
    assert main(["example", "--template"]) == 0
    assert capsysbinary.readouterr().out == examples.template_bytes()


def test_every_placeholder_is_listed_here() -> None:
    template = json.loads(examples.template_bytes())
    assert placeholders(template) == list(COMPLETION)


def test_the_template_does_not_pass_until_completed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "muistio.json"
    assert main(["new", "--out", str(out)]) == 0
    capsys.readouterr()
    assert main(["validate", "--profile", "archive", "--lang", "en", str(out)]) == 1
    assert capsys.readouterr().out == (
        f"{out}: invalid (6 errors)\n"
        "  error HN-D001 /county/statisticsCode: Not a valid memo: expected a Statistics "
        'Finland code of 2 or 3 digits, found "TÄYTÄ: hyvinvointialueen tilastokoodi, kaksi '
        'numeroa"\n'
        "  error HN-D001 /county/businessId: Not a valid memo: expected a business ID of the "
        'form 1234567-8, found "TÄYTÄ: Y-tunnus, 1234567-8"\n'
        "  error HN-D001 /municipalities/0/statisticsCode: Not a valid memo: expected a "
        'Statistics Finland code of 2 or 3 digits, found "TÄYTÄ: kuntanumero, kolme numeroa"\n'
        "  error HN-D001 /date: Not a valid memo: expected a date as YYYY-MM-DD, found the "
        'string "TÄYTÄ: neuvottelun päivämäärä, VVVV-KK-PP"\n'
        "  error HN-D001 /record/created: Not a valid memo: expected a date-time as "
        "YYYY-MM-DDTHH:MM:SS with a UTC offset, found the string "
        '"TÄYTÄ: laatimisaika, VVVV-KK-PPTHH:MM:SS+02:00"\n'
        "  error HN-D001 /record/approved: Not a valid memo: expected a date as YYYY-MM-DD, "
        'found the string "TÄYTÄ: hyväksymispäivä, VVVV-KK-PP"\n'
        "1 file: 0 valid, 1 invalid; 6 errors\n"
    )


def test_the_completed_template_passes_the_archive_profile_and_archives(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    memo = tmp_path / "muistio.json"
    memo.write_text(json.dumps(completed(json.loads(examples.template_bytes()))), "utf-8")
    (tmp_path / "archive-settings.json").write_bytes(examples.settings_bytes())
    assert main(["validate", "--profile", "archive", "--lang", "en", str(memo)]) == 0
    assert capsys.readouterr().out == f"{memo}: valid\n1 file: 1 valid, 0 invalid\n"
    assert main(["archive", str(memo), "--out", str(tmp_path / "p")]) == 0
    assert main(["verify", str(tmp_path / "p")]) == 0


def test_the_completed_template_is_canonical_json() -> None:
    """Fields in the order every writer uses, so that a completed memo converts unchanged."""
    memo = json.dumps(
        completed(json.loads(examples.template_bytes())), ensure_ascii=False, indent=2
    )
    assert documents.render(
        documents.read_bytes(memo.encode(), format="json"), "json", indent=2
    ) == (memo.encode() + b"\n")


def test_the_package_ships_the_repository_s_examples_byte_for_byte() -> None:
    for name in ("lohja-archive-example.json", "archive-settings.json", TEMPLATE):
        assert (PACKAGE_DATA / name).read_bytes() == (EXAMPLES / name).read_bytes(), name


def test_example_archive_is_the_completed_example(
    capsysbinary: pytest.CaptureFixture[bytes],
) -> None:
    assert main(["example", "--archive"]) == 0
    assert capsysbinary.readouterr().out == COMPLETED_EXAMPLE.read_bytes()
    assert main(["example", "lohja-archive", "--to", "xml"]) == 0
    assert capsysbinary.readouterr().out == documents.render(
        documents.read_bytes(COMPLETED_EXAMPLE.read_bytes(), format="json"), "xml"
    )


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["--template", "--to", "xml"],
            "--template: is JSON as shipped; --to and --indent do not apply",
        ),
        (
            ["--settings", "--indent", "0"],
            "--settings: is JSON as shipped; --to and --indent do not apply",
        ),
        (["--settings", "lohja"], "--settings: give no example name with it"),
        (["--archive", "lohja"], "--archive: is the example lohja-archive, not lohja"),
    ],
)
def test_example_refuses_what_does_not_apply(
    args: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["example", *args]) == 2
    captured = capsys.readouterr()
    assert (captured.out, captured.err) == ("", f"hyvaneuvottelu: {message}\n")


def test_the_installed_package_archives_its_own_example(tmp_path: Path) -> None:
    """Outside the repository, with only what the package ships: example, settings, archive, verify."""

    def run(*args: str) -> subprocess.CompletedProcess[bytes]:
        return subprocess.run(
            [sys.executable, "-m", "hyvaneuvottelu", *args],
            cwd=tmp_path,
            capture_output=True,
            check=False,
            timeout=120,
            env={**os.environ, "PYTHONSAFEPATH": "1"},
        )

    memo, settings = run("example", "--archive"), run("example", "--settings")
    assert (memo.returncode, settings.returncode) == (0, 0)
    (tmp_path / "memo.json").write_bytes(memo.stdout)
    (tmp_path / "archive-settings.json").write_bytes(settings.stdout)
    archived = run(
        "archive", "memo.json", "--out", "package", "--created", "2025-02-05T10:00:00+02:00"
    )
    assert (archived.returncode, archived.stderr) == (0, b"")
    assert archived.stdout.decode() == "package: SÄHKE2 2019 package written: 1 memo, 4 files\n"
    verified = run("verify", "package")
    assert verified.returncode == 0, verified.stdout


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask
