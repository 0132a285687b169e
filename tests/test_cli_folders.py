"""``validate`` on folders: the project's own files passed over, packages verified as packages."""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from hyvaneuvottelu import examples
from hyvaneuvottelu.archive import _manifest, _settings
from hyvaneuvottelu.cli import _walk, main
from hyvaneuvottelu.errors import HyvaneuvotteluError

CREATED = "2025-02-05T10:00:00+02:00"


@pytest.fixture
def folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """Memos as the archivist's guide lays them out: a memo, its settings, a package of it."""
    memos = tmp_path / "muistiot"
    memos.mkdir()
    (memos / "a.json").write_bytes(examples.read_bytes(examples.ARCHIVE))
    (memos / "archive-settings.json").write_bytes(examples.settings_bytes())
    assert (
        main(
            ["archive", str(memos / "a.json"), "--out", str(tmp_path / "pkg"), "--created", CREATED]
        )
        == 0
    )
    shutil.move(tmp_path / "pkg", memos / "siirto")
    capsys.readouterr()
    return memos


def test_settings_are_passed_over_and_a_package_is_verified(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["validate", "--lang", "en", str(folder)]) == 0
    captured = capsys.readouterr()
    assert captured.out == (
        f"{folder}/a.json: valid\n"
        f"{folder}/siirto: package verified (4 files, SÄHKE2 2019)\n"
        "2 files: 2 valid, 0 invalid\n"
    )
    assert captured.err == (
        f"hyvaneuvottelu: note: {folder}/archive-settings.json: "
        "skipped: transfer settings, not a memo\n"
    )


def test_notes_in_finnish_and_swedish(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", "--lang", "fi", str(folder)]) == 0
    captured = capsys.readouterr()
    assert captured.out.splitlines()[1] == (
        f"{folder}/siirto: siirtopaketti todennettu (4 tiedostoa, SÄHKE2 2019)"
    )
    assert captured.err == (
        f"hyvaneuvottelu: huomautus: {folder}/archive-settings.json: "
        "ohitettu: siirron asetukset, ei muistio\n"
    )
    assert main(["validate", "--lang", "sv", str(folder)]) == 0
    captured = capsys.readouterr()
    assert captured.out.splitlines()[1] == (
        f"{folder}/siirto: överföringspaketet verifierat (4 filer, SÄHKE2 2019)"
    )
    assert captured.err == (
        f"hyvaneuvottelu: anmärkning: {folder}/archive-settings.json: "
        "hoppades över: överföringsinställningar, inte en promemoria\n"
    )


def test_a_damaged_package_is_invalid_with_verify_s_problems(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    html = folder / "siirto" / "case-001" / "memo.html"
    size = html.stat().st_size
    html.write_bytes(html.read_bytes() + b"\n")
    assert main(["validate", "--lang", "en", "--quiet", str(folder)]) == 1
    captured = capsys.readouterr()
    lines = captured.out.splitlines()
    assert lines[0] == f"{folder}/siirto: package NOT verified (3 errors)"
    assert lines[1] == (
        f"  error case-001/memo.html: {size + 1} bytes; the manifest says {size} bytes"
    )
    assert all(line.startswith("  error case-001/memo.html: SHA-256 ") for line in lines[2:4])
    assert lines[4:] == ["2 files: 1 valid, 1 invalid; 3 errors"]
    # Quiet: the valid memo's line and the note are left out.
    assert captured.err == ""


def test_a_package_named_as_a_folder_or_a_zip(
    folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    zipped = tmp_path / "siirto.zip"
    args = ["archive", str(folder / "a.json"), "--out", str(zipped), "--zip", "--created", CREATED]
    assert main(args) == 0
    capsys.readouterr()
    assert (
        main(["validate", "--lang", "en", "--format", "json", str(folder / "siirto"), str(zipped)])
        == 0
    )
    entries = json.loads(capsys.readouterr().out)
    assert entries == [
        {"file": str(folder / "siirto"), "valid": True, "package": True, "findings": []},
        {"file": str(zipped), "valid": True, "package": True, "findings": []},
    ]


def test_a_package_in_json_lists_its_problems_as_findings(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (folder / "siirto" / "case-001" / "memo.html").unlink()
    assert main(["validate", "--lang", "en", "--format", "json", str(folder / "siirto")]) == 1
    (entry,) = json.loads(capsys.readouterr().out)
    assert entry["file"] == str(folder / "siirto")
    assert (entry["valid"], entry["package"]) == (False, True)
    assert entry["findings"] == [
        {
            "code": None,
            "severity": "error",
            "path": "case-001/memo.html",
            "message": "listed in the manifest but missing from the package",
        },
        {
            "code": None,
            "severity": "error",
            "path": "sahke2.xml",
            "message": "CaseFile[1]: Document names case-001/memo.html, which is not in the package",
        },
    ]


def test_a_zip_that_is_no_package_is_invalid(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = tmp_path / "broken.zip"
    broken.write_bytes(b"not a zip")
    code = main(["validate", "--lang", "en", str(broken)])
    out = capsys.readouterr().out
    assert out.startswith(f"{broken}: package NOT verified")
    assert out.endswith("1 file: 0 valid, 1 invalid; 1 error\n")
    assert code == 1


@pytest.mark.parametrize("name", ["manifest.json", "sahke2.xml", "archive-settings.json"])
def test_stray_project_files_are_passed_over_named_or_found(
    tmp_path: Path, name: str, capsys: pytest.CaptureFixture[str]
) -> None:
    stray = tmp_path / name
    stray.write_bytes(b"{}")
    what = {
        "manifest.json": "the file list of a transfer package",
        "sahke2.xml": "the SÄHKE2 metadata of a transfer package",
        "archive-settings.json": "transfer settings",
    }[name]
    for path in (stray, tmp_path):
        assert main(["validate", "--lang", "en", str(path)]) == 0
        captured = capsys.readouterr()
        assert captured.err == f"hyvaneuvottelu: note: {stray}: skipped: {what}, not a memo\n"
        assert captured.out == "0 files: 0 valid, 0 invalid\n"


def test_memos_inside_a_package_are_never_read_as_memos(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # The package's memo.xml is a valid memo; it is counted once, in its package.
    assert main(["validate", "--lang", "en", "--format", "json", str(folder)]) == 0
    files = [e["file"] for e in json.loads(capsys.readouterr().out)]
    assert files == [str(folder / "a.json"), str(folder / "siirto")]


def test_archive_never_archives_an_earlier_package_again(
    folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "toinen"
    args = ["archive", str(folder), "--out", str(target), "--created", CREATED]
    assert main(args) == 0
    captured = capsys.readouterr()
    assert captured.out == f"{target}: SÄHKE2 2019 package written: 1 memo, 4 files\n"
    assert captured.err == (
        f"hyvaneuvottelu: note: {folder}/siirto: skipped: an archive package, not a memo\n"
    )
    assert main([*args, "--force", "-q"]) == 0
    captured = capsys.readouterr()
    assert (captured.out, captured.err) == (
        f"{target}: SÄHKE2 2019 package written: 1 memo, 4 files\n",
        "",
    )


def test_archive_of_a_package_alone_has_nothing_to_archive(
    folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["archive", str(folder / "siirto"), "--out", str(tmp_path / "x")]) == 2
    assert capsys.readouterr().err == (
        f"hyvaneuvottelu: note: {folder}/siirto: skipped: an archive package, not a memo\n"
        f"hyvaneuvottelu: {folder}/siirto: the folder holds no memo (*.json, *.xml)\n"
    )
    assert not (tmp_path / "x").exists()


def test_a_package_that_cannot_be_opened_is_an_i_o_error(
    folder: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def refuse(path: str) -> None:
        raise HyvaneuvotteluError(f"{path}: permission denied; not read")

    monkeypatch.setattr(_walk, "verify_package", refuse)
    package = folder / "siirto"
    assert main(["validate", "--lang", "en", str(package)]) == 2
    assert capsys.readouterr().out == (
        f"{package}: package NOT verified (cannot be opened)\n"
        f"  error {package}: permission denied; not read\n"
        "1 file: 0 valid, 1 invalid; 1 error\n"
    )


def test_a_zip_in_a_folder_is_named_in_a_note_not_opened(
    folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    zipped = folder / "vanhat" / "siirto.zip"
    zipped.parent.mkdir()
    zipped.write_bytes(b"not even a zip")
    # A zip inside a package is the package's business (verify reports it), not a note.
    (folder / "siirto" / "liite.zip").write_bytes(b"")
    assert main(["validate", "--lang", "en", "-q", str(folder)]) == 1
    captured = capsys.readouterr()
    assert captured.out.splitlines()[0] == f"{folder}/siirto: package NOT verified (2 errors)"
    assert captured.err == ""
    assert main(["validate", "--lang", "en", str(folder)]) == 1
    captured = capsys.readouterr()
    assert captured.err == (
        f"hyvaneuvottelu: note: {folder}/archive-settings.json: "
        "skipped: transfer settings, not a memo\n"
        f"hyvaneuvottelu: note: {zipped}: skipped: a zip file in a folder is not opened; "
        "name it as a path if it is a transfer package\n"
    )


def test_a_package_deeper_in_a_folder_named_with_a_trailing_slash(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    deeper = folder / "2025" / "helmikuu"
    deeper.mkdir(parents=True)
    shutil.move(folder / "siirto", deeper / "siirto")
    assert main(["validate", "--lang", "en", f"{folder}/"]) == 0
    assert capsys.readouterr().out == (
        f"{folder}/a.json: valid\n"
        f"{folder}/2025/helmikuu/siirto: package verified (4 files, SÄHKE2 2019)\n"
        "2 files: 2 valid, 0 invalid\n"
    )


def test_a_package_inside_a_package_is_verified_in_its_place_too(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # What the walk met before it went through a folder once: the innermost
    # package around each file, in the place of its first file, once.
    shutil.copytree(folder / "siirto", folder / "siirto" / "aiempi")
    (folder / "siirto" / "aiempi" / "b.json").write_bytes(b"{}")
    assert main(["validate", "--lang", "en", "--format", "json", str(folder)]) == 1
    entries = json.loads(capsys.readouterr().out)
    assert [(e["file"], e["valid"]) for e in entries] == [
        (str(folder / "a.json"), True),
        # The outer package holds files its manifest does not list.
        (str(folder / "siirto"), False),
        (str(folder / "siirto" / "aiempi"), False),
    ]


def test_the_walk_lists_each_folder_once(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("2024", "2025"):
        (folder / name).mkdir()
        (folder / name / "b.json").write_bytes(b"{}")
    folders = [str(p) for p in (folder, *folder.rglob("*")) if p.is_dir()]
    listed: list[str] = []
    scandir = os.scandir

    def counted(path: str) -> Iterator[os.DirEntry[str]]:
        listed.append(os.fspath(path))
        return scandir(path)

    monkeypatch.setattr(os, "scandir", counted)
    passed_over: list[_walk.ProjectFile] = []
    entries = list(_walk.walk_entries([str(folder)], print, passed_over.append))
    assert entries == [
        str(folder / "a.json"),
        str(folder / "2024" / "b.json"),
        str(folder / "2025" / "b.json"),
        _walk.Package(path=str(folder / "siirto")),
    ]
    assert [p.path for p in passed_over] == [str(folder / "archive-settings.json")]
    # Each folder once, not once more to look for zip files; the package's
    # folders too (a file in them that is no regular file is warned about).
    assert sorted(listed) == sorted(folders)
    assert len(folders) > 4


def test_the_walk_knows_the_archive_s_file_names() -> None:
    assert (_walk.MANIFEST_FILE, _walk.SAHKE2_FILE, _walk.SETTINGS_FILE) == (
        _manifest.MANIFEST_FILE,
        _manifest.SAHKE2_FILE,
        _settings.SETTINGS_FILE,
    )


@pytest.mark.parametrize(
    ("path", "name"),
    [
        ("muistiot/archive-settings.json", "archive-settings.json"),
        ("archive-settings.json/", "archive-settings.json"),
        ("siirto/manifest.json/.", "manifest.json"),
        ("siirto//sahke2.xml//", "sahke2.xml"),
        ("muistiot/a.json", "a.json"),
        ("muistiot/..", ".."),
    ],
)
def test_a_path_named_is_known_by_its_last_part(path: str, name: str) -> None:
    passed_over: list[_walk.ProjectFile] = []
    entries = list(_walk.walk_entries([path], print, passed_over.append))
    if name in ("archive-settings.json", "manifest.json", "sahke2.xml"):
        assert (entries, passed_over) == ([], [_walk.ProjectFile(path=path, kind=name)])
    else:
        assert (entries, passed_over) == ([path], [])
