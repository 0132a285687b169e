"""The commands ``archive`` and ``verify``: exit codes and messages, no tracebacks."""

from __future__ import annotations

import json
import shutil
import zipfile
from pathlib import Path

import pytest

from hyvaneuvottelu.archive import MANIFEST_FILE, SETTINGS_FILE
from hyvaneuvottelu.cli import main

from .archive_support import COMPLETED_EXAMPLE, EXAMPLES, schema_folder

PLAIN_EXAMPLE = EXAMPLES / "lohja-neuvottelumuistio.json"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """The completed example and its settings, copied."""
    copy = tmp_path / "memos"
    copy.mkdir()
    shutil.copy(COMPLETED_EXAMPLE, copy)
    shutil.copy(EXAMPLES / SETTINGS_FILE, copy)
    return copy


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_the_completed_example_archives_with_no_options_and_verifies(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    target = tmp_path / "package"
    code, out, err = run(capsys, "archive", str(COMPLETED_EXAMPLE), "--out", str(target))
    assert (code, err) == (0, "")
    assert out == f"{target}: SÄHKE2 2019 package written: 1 memo, 4 files\n"
    code, out, _ = run(capsys, "verify", str(target), "--sahke2-schema", str(schema_folder()))
    assert code == 0
    assert out == f"{target}: verified: 4 files, SÄHKE2 2019\n"


def test_the_real_memo_is_refused_with_exit_1(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    target = tmp_path / "package"
    args = ("archive", str(PLAIN_EXAMPLE), "--out", str(target), "--lang", "en")
    code, out, err = run(capsys, *args)
    assert code == 1
    assert out == ""
    lines = err.splitlines()
    assert lines[:3] == [
        "not archived: the memos are not ready for the archive; nothing was written",
        f"{PLAIN_EXAMPLE}:",
        "  /date: HN-A001: The date of the negotiation is missing",
    ]
    assert len(lines) == 16
    assert not target.exists()


def test_the_refusal_in_swedish(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    target = tmp_path / "package"
    args = ("archive", str(PLAIN_EXAMPLE), "--out", str(target), "--lang", "sv")
    code, _, err = run(capsys, *args)
    assert code == 1
    assert err.splitlines()[2] == "  /date: HN-A001: Förhandlingens datum saknas"
    assert not target.exists()


def test_a_folder_and_zip_and_2011(capsys: pytest.CaptureFixture[str], folder: Path) -> None:
    target = folder.parent / "package.zip"
    code, out, _ = run(
        capsys, "archive", str(folder), "--out", str(target), "--zip", "--sahke2-version", "2011"
    )
    assert code == 0, out
    assert "SÄHKE2 2011 package written" in out
    assert MANIFEST_FILE in zipfile.ZipFile(target).namelist()
    code, out, _ = run(capsys, "verify", str(target))
    assert code == 0, out


def test_a_memo_in_xml(capsys: pytest.CaptureFixture[str], folder: Path) -> None:
    memo = folder / "memo.xml"
    assert main(["convert", str(COMPLETED_EXAMPLE), str(memo)]) == 0
    (folder / COMPLETED_EXAMPLE.name).unlink()
    target = folder.parent / "package"
    code, out, _ = run(capsys, "archive", str(memo), "--out", str(target))
    assert code == 0, out
    assert (target / "case-001" / "memo.xml").read_bytes() == memo.read_bytes()


def test_missing_settings_are_named_with_exit_2(
    capsys: pytest.CaptureFixture[str], folder: Path
) -> None:
    (folder / SETTINGS_FILE).unlink()
    target = folder.parent / "package"
    code, out, err = run(
        capsys, "archive", str(folder), "--out", str(target),
        "--transfer-contract-id", "S-1", "--organisation", "Lohja",
        "--contact-name", "A", "--contact-address", "B", "--contact-phone", "C",
    )  # fmt: skip
    assert (code, out) == (2, "")
    assert err == (
        "hyvaneuvottelu: missing transfer setting 'contactPerson.email' "
        "(give --contact-email or set it in archive-settings.json)\n"
    )
    code, _, _ = run(
        capsys, "archive", str(folder), "--out", str(target),
        "--transfer-contract-id", "S-1", "--organisation", "Lohja",
        "--contact-name", "A", "--contact-address", "B", "--contact-phone", "C",
        "--contact-email", "d@example.invalid",
    )  # fmt: skip
    assert code == 0


def test_options_override_the_settings_file(
    capsys: pytest.CaptureFixture[str], folder: Path
) -> None:
    target = folder.parent / "package"
    code, _, _ = run(
        capsys, "archive", str(folder), "--out", str(target),
        "--transfer-contract-id", "OMA-1", "--permanent-retention-period", "0",
    )  # fmt: skip
    assert code == 0
    sahke2 = (target / "sahke2.xml").read_text(encoding="utf-8")
    assert "<TransferContractId>OMA-1</TransferContractId>" in sahke2
    assert "<RetentionPeriod>0</RetentionPeriod>" in sahke2


def test_an_explicit_settings_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    target = tmp_path / "package"
    code, _, err = run(
        capsys, "archive", str(COMPLETED_EXAMPLE), "--out", str(target),
        "--settings", str(EXAMPLES / SETTINGS_FILE),
    )  # fmt: skip
    assert (code, err) == (0, "")


def test_an_existing_target_exits_2_and_force_replaces_it(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    target = tmp_path / "package"
    target.mkdir()
    args = ["archive", str(COMPLETED_EXAMPLE), "--out", str(target)]
    code, _, err = run(capsys, *args)
    assert code == 2
    assert err == (
        f"hyvaneuvottelu: {target}: already exists; not overwritten (use --force to replace it)\n"
    )
    code, _, _ = run(capsys, *args, "--force")
    assert code == 0
    assert (target / MANIFEST_FILE).is_file()


def test_created_sets_the_manifest_time(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    target = tmp_path / "package"
    args = ["archive", str(COMPLETED_EXAMPLE), "--out", str(target)]
    code, _, _ = run(capsys, *args, "--created", "2025-03-01T12:00:00+02:00")
    assert code == 0
    manifest = json.loads((target / MANIFEST_FILE).read_bytes())
    assert manifest["created"] == "2025-03-01T10:00:00Z"


@pytest.mark.parametrize("value", ["tomorrow", "2025-03-01T12:00:00"])
def test_a_bad_created_exits_2(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, value: str
) -> None:
    code, _, err = run(
        capsys, "archive", str(COMPLETED_EXAMPLE), "--out", str(tmp_path / "p"), "--created", value
    )
    assert code == 2
    assert err == (
        "hyvaneuvottelu: --created: expected an ISO 8601 date-time with a UTC offset such as "
        f"2025-02-04T12:00:00+02:00, found {value!r}\n"
    )


def test_a_memo_that_cannot_be_read_exits_1(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    memo = tmp_path / "broken.json"
    memo.write_text("{", encoding="utf-8")
    code, _, err = run(
        capsys, "archive", str(memo), "--out", str(tmp_path / "p"),
        "--settings", str(EXAMPLES / SETTINGS_FILE),
    )  # fmt: skip
    assert code == 1
    assert err.startswith(f"{memo}: 1 problem in the document")
    assert err.endswith("hyvaneuvottelu: not archived: a memo cannot be read\n")


def test_an_empty_folder_exits_2(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = run(capsys, "archive", str(tmp_path), "--out", str(tmp_path / "p"))
    assert code == 2
    assert err == f"hyvaneuvottelu: {tmp_path}: the folder holds no memo (*.json, *.xml)\n"


def test_verify_a_tampered_package_exits_1_and_names_the_file(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    target = tmp_path / "package"
    assert main(["archive", str(COMPLETED_EXAMPLE), "--out", str(target)]) == 0
    memo = target / "case-001" / "memo.xml"
    data = bytearray(memo.read_bytes())
    data[100] ^= 0x01
    memo.write_bytes(bytes(data))
    capsys.readouterr()
    code, out, _ = run(capsys, "verify", str(target))
    assert code == 1
    # Without the official SÄHKE2 schemas (a clone without them) a note says so.
    lines = [line for line in out.splitlines() if not line.startswith("note: ")]
    assert lines[0] == f"{target}: NOT verified: 3 problems"
    assert lines[1].startswith("  case-001/memo.xml: SHA-256 ")
    assert lines[1].endswith(" (altered)")
    assert all(line.startswith("  case-001/memo.xml: ") for line in lines[1:])


def test_verify_without_the_schema_says_so(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    target = tmp_path / "package"
    assert main(["archive", str(COMPLETED_EXAMPLE), "--out", str(target)]) == 0
    capsys.readouterr()
    code, out, _ = run(capsys, "verify", str(target), "--sahke2-schema", str(tmp_path))
    assert code == 0
    assert out.startswith("note: sahke2.xml: SÄHKE2 schema validation was not possible")


def test_verify_no_package_exits_2(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = run(capsys, "verify", str(tmp_path / "none"))
    assert code == 2
    assert err == f"hyvaneuvottelu: {tmp_path / 'none'}: no such package (a folder or a zip file)\n"
