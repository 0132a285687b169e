"""The commands ``archive`` and ``verify``: exit codes and messages, no tracebacks."""

from __future__ import annotations

import json
import os
import shutil
import zipfile
from pathlib import Path

import pytest

from hyvaneuvottelu.archive import MANIFEST_FILE, SETTINGS_FILE, _package
from hyvaneuvottelu.cli import main

from .archive_support import COMPLETED_EXAMPLE, EXAMPLES, schema_folder
from .generated_memos import write_numbered_memos

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
    lines = err.splitlines()
    assert lines[:3] == [
        "not archived: the memos are not ready for the archive; nothing was written",
        f"{memo}:",
        "  cannot be read: 1 problem in the document",
    ]
    assert lines[3].startswith("  line 1, column 2: expected JSON, found ")
    assert len(lines) == 4
    assert sorted(p.name for p in tmp_path.iterdir()) == ["broken.json"]


def test_every_memo_is_checked_and_every_refusal_listed(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    memos = tmp_path / "memos"
    memos.mkdir()
    broken = memos / "a-broken.json"
    broken.write_text("{", encoding="utf-8")
    shutil.copy(PLAIN_EXAMPLE, memos / "b-plain.json")
    shutil.copy(COMPLETED_EXAMPLE, memos / "c-ready.json")
    code, _, err = run(
        capsys, "archive", str(memos), "--out", str(tmp_path / "p"),
        "--settings", str(EXAMPLES / SETTINGS_FILE), "--lang", "en",
    )  # fmt: skip
    assert code == 1
    sources = [line for line in err.splitlines() if not line.startswith("  ")]
    assert sources == [
        "not archived: the memos are not ready for the archive; nothing was written",
        f"{broken}:",
        f"{memos / 'b-plain.json'}:",
    ]
    assert "  /date: HN-A001: The date of the negotiation is missing" in err.splitlines()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["memos"]


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


def files_under(root: Path) -> dict[str, bytes]:
    """Every file under ``root`` with its bytes (symlinks as where they point)."""
    found: dict[str, bytes] = {}
    for path in sorted(root.rglob("*")):
        name = path.relative_to(root).as_posix()
        if path.is_symlink():
            found[name] = os.fsencode(os.readlink(path))
        elif path.is_file():
            found[name] = path.read_bytes()
        else:
            found[name] = b"<folder>"
    return found


@pytest.fixture
def inputs(folder: Path) -> Path:
    """The memos folder of ``folder`` with an unrelated file beside the memo."""
    (folder / "notes.txt").write_bytes(b"unrelated, precious")
    return folder


ADVICE = "choose a target outside the inputs; nothing was written"


@pytest.mark.parametrize("as_zip", [False, True], ids=["folder", "zip"])
def test_the_input_folder_as_target_is_refused_and_left_alone(
    capsys: pytest.CaptureFixture[str], inputs: Path, as_zip: bool
) -> None:
    before = files_under(inputs.parent)
    zipped = ["--zip"] if as_zip else []
    code, out, err = run(capsys, "archive", str(inputs), "--out", str(inputs), "--force", *zipped)
    assert (code, out) == (2, "")
    assert err == f"hyvaneuvottelu: {inputs}: the target is the input {inputs}; {ADVICE}\n"
    assert files_under(inputs.parent) == before


def test_a_target_above_an_input_is_refused(
    capsys: pytest.CaptureFixture[str], inputs: Path
) -> None:
    above = inputs.parent
    before = files_under(above)
    memo = inputs / COMPLETED_EXAMPLE.name
    code, _, err = run(capsys, "archive", str(memo), "--out", str(above), "--force")
    assert code == 2
    assert err == f"hyvaneuvottelu: {above}: the target holds the input {memo}; {ADVICE}\n"
    assert files_under(above) == before


def test_the_memo_as_its_own_zip_is_refused(
    capsys: pytest.CaptureFixture[str], inputs: Path
) -> None:
    before = files_under(inputs)
    memo = inputs / COMPLETED_EXAMPLE.name
    code, _, err = run(capsys, "archive", str(memo), "--out", str(memo), "--zip", "--force")
    assert code == 2
    assert err == f"hyvaneuvottelu: {memo}: the target is the input {memo}; {ADVICE}\n"
    assert files_under(inputs) == before


def test_a_target_inside_an_input_folder_is_refused(
    capsys: pytest.CaptureFixture[str], inputs: Path
) -> None:
    before = files_under(inputs)
    target = inputs / "package"
    code, _, err = run(capsys, "archive", str(inputs), "--out", str(target))
    assert code == 2
    assert err == (
        f"hyvaneuvottelu: {target}: the target lies inside the input folder {inputs}; {ADVICE}\n"
    )
    assert files_under(inputs) == before


@pytest.mark.parametrize("given", [False, True], ids=["found", "--settings"])
def test_the_settings_file_as_target_is_refused(
    capsys: pytest.CaptureFixture[str], inputs: Path, tmp_path: Path, given: bool
) -> None:
    memo = tmp_path / "memo.json"
    shutil.move(inputs / COMPLETED_EXAMPLE.name, memo)
    settings = inputs / SETTINGS_FILE
    if not given:
        shutil.move(settings, tmp_path / SETTINGS_FILE)
        settings = tmp_path / SETTINGS_FILE
    before = files_under(tmp_path)
    chosen = ["--settings", str(settings)] if given else []
    code, _, err = run(
        capsys, "archive", str(memo), "--out", str(settings), "--zip", "--force", *chosen
    )
    assert code == 2
    assert err == f"hyvaneuvottelu: {settings}: the target is the input {settings}; {ADVICE}\n"
    assert files_under(tmp_path) == before


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symlinks")
def test_a_symlink_to_the_input_folder_as_target_is_refused(
    capsys: pytest.CaptureFixture[str], inputs: Path, tmp_path: Path
) -> None:
    link = tmp_path / "link"
    link.symlink_to(inputs, target_is_directory=True)
    before = files_under(tmp_path)
    code, _, err = run(capsys, "archive", str(inputs), "--out", str(link), "--force")
    assert code == 2
    assert err == f"hyvaneuvottelu: {link}: the target is the input {inputs}; {ADVICE}\n"
    assert files_under(tmp_path) == before


@pytest.mark.parametrize("target", [".", ".."])
def test_dot_and_dot_dot_as_target_are_refused_around_an_input(
    capsys: pytest.CaptureFixture[str],
    inputs: Path,
    monkeypatch: pytest.MonkeyPatch,
    target: str,
) -> None:
    monkeypatch.chdir(inputs)
    before = files_under(inputs.parent)
    memo = COMPLETED_EXAMPLE.name
    code, _, err = run(capsys, "archive", memo, "--out", target, "--force")
    assert code == 2
    assert err == f"hyvaneuvottelu: {target}: the target holds the input {memo}; {ADVICE}\n"
    assert files_under(inputs.parent) == before


def test_dot_as_target_elsewhere_is_an_existing_folder_not_a_crash(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    here = tmp_path / "here"
    here.mkdir()
    (here / "notes.txt").write_bytes(b"precious")
    monkeypatch.chdir(here)
    code, _, err = run(capsys, "archive", str(COMPLETED_EXAMPLE), "--out", ".")
    assert code == 2
    assert err == (
        f"hyvaneuvottelu: {here}: already exists; not overwritten (use --force to replace it)\n"
    )
    code, _, err = run(capsys, "archive", str(COMPLETED_EXAMPLE), "--out", ".", "--force")
    assert code == 2
    assert err == (
        f"hyvaneuvottelu: {here}: is a folder that holds no package (no manifest.json); "
        "not replaced, even with --force\n"
    )
    assert files_under(tmp_path) == {"here": b"<folder>", "here/notes.txt": b"precious"}


def test_more_memos_than_one_transfer_holds_exit_2_before_any_is_read(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    memos = tmp_path / "memos"
    memos.mkdir()
    for number in range(1001):
        (memos / f"memo-{number:04d}.json").write_bytes(b"not read")
    code, out, err = run(
        capsys, "archive", str(memos), "--out", str(tmp_path / "p"),
        "--settings", str(EXAMPLES / SETTINGS_FILE),
    )  # fmt: skip
    assert (code, out) == (2, "")
    assert err == (
        "hyvaneuvottelu: 1001 memos: one transfer holds at most 1000; "
        "split the memos into several transfers; nothing was written\n"
    )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["memos"]


def test_a_transfer_too_large_for_its_metadata_exits_2(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_numbered_memos(tmp_path / "memos", 3)
    monkeypatch.setattr(_package, "MAX_SAHKE2_BYTES", 8 * 1024)
    code, out, err = run(capsys, "archive", str(tmp_path / "memos"), "--out", str(tmp_path / "p"))
    assert (code, out) == (2, "")
    assert err == (
        "hyvaneuvottelu: sahke2.xml would take more than 8192 bytes, more than a package "
        "reader accepts; split the memos into several transfers; nothing was written\n"
    )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["memos"]


def test_a_folder_of_many_memos_archives_and_verifies(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    write_numbered_memos(tmp_path / "memos", 12)
    target = tmp_path / "package.zip"
    code, out, _ = run(capsys, "archive", str(tmp_path / "memos"), "--out", str(target), "--zip")
    assert code == 0
    assert out == f"{target}: SÄHKE2 2019 package written: 12 memos, 26 files\n"
    code, out, _ = run(capsys, "verify", str(target))
    assert code == 0, out
