"""verify's own messages, exactly, and the size limits of the files it keeps, at the edge."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest

from hyvaneuvottelu import limits
from hyvaneuvottelu.archive import (
    MANIFEST_FILE,
    SAHKE2_FILE,
    Discrepancy,
    Sahke2Version,
    verify_package,
    write_package,
)

from .archive_support import completed_memo, settings

CREATED = datetime(2025, 2, 5, 8, 0, tzinfo=UTC)
MEMO = "case-001/memo.xml"
HTML = "case-001/memo.html"


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("pristine") / "package"
    write_package([completed_memo()], target, settings(), created=CREATED)
    return target


@pytest.fixture
def package(pristine: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "package"
    shutil.copytree(pristine, copy)
    return copy


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def manifest_of(package: Path) -> dict[str, object]:
    manifest: dict[str, object] = json.loads((package / MANIFEST_FILE).read_bytes())
    return manifest


def write_manifest(package: Path, manifest: dict[str, object]) -> None:
    text = json.dumps(manifest, ensure_ascii=False, indent=2) + "\n"
    (package / MANIFEST_FILE).write_bytes(text.encode("utf-8"))


def problems(package: Path) -> list[str]:
    return [str(p) for p in verify_package(package).problems]


def test_a_sound_package_reports_what_it_holds(package: Path) -> None:
    report = verify_package(package)
    assert report.ok is True
    assert report.problems == ()
    assert report.problem_files() == ()
    assert report.files == 4
    assert report.sahke2_version is Sahke2Version.V2019
    assert report.path == package


def test_sahke2_of_exactly_the_limit_is_checked_and_one_byte_more_is_not(
    package: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    size = (package / SAHKE2_FILE).stat().st_size
    monkeypatch.setattr(limits, "MAX_SAHKE2_BYTES", size)
    assert verify_package(package).ok
    monkeypatch.setattr(limits, "MAX_SAHKE2_BYTES", size - 1)
    report = verify_package(package)
    assert [str(p) for p in report.problems] == [
        f"sahke2.xml: {size} bytes; the SÄHKE2 metadata of a package hold at most "
        f"{size - 1} bytes; not checked"
    ]
    assert report.sahke2_version is None


def test_a_manifest_of_exactly_the_limit_is_read_and_one_byte_more_is_not(
    package: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    size = (package / MANIFEST_FILE).stat().st_size
    monkeypatch.setattr(limits, "MAX_MANIFEST_BYTES", size)
    assert verify_package(package).ok
    monkeypatch.setattr(limits, "MAX_MANIFEST_BYTES", size - 1)
    assert problems(package) == [
        f"manifest.json: {size} bytes; a manifest holds at most {size - 1} bytes"
    ]


def test_a_memo_of_exactly_the_limit_is_read_and_one_byte_more_is_not(
    package: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    size = (package / MEMO).stat().st_size
    monkeypatch.setattr(limits, "MAX_XML_BYTES", size)
    assert verify_package(package).ok
    monkeypatch.setattr(limits, "MAX_XML_BYTES", size - 1)
    assert problems(package) == [
        f"case-001/memo.xml: not a valid memo: {size} bytes; a memo's XML holds at most "
        f"{size - 1} bytes"
    ]


def test_a_file_listed_twice_in_the_manifest(package: Path) -> None:
    manifest = manifest_of(package)
    files = manifest["files"]
    assert isinstance(files, list)
    [html] = [entry for entry in files if entry["path"] == HTML]
    manifest["files"] = [*files, dict(html)]
    write_manifest(package, manifest)
    assert problems(package) == ["manifest.json: lists case-001/memo.html more than once"]


def test_a_manifest_wrong_about_a_file_is_reported_with_both_sizes_and_hashes(
    package: Path,
) -> None:
    data = (package / HTML).read_bytes()
    manifest = manifest_of(package)
    files = manifest["files"]
    assert isinstance(files, list)
    [html] = [entry for entry in files if entry["path"] == HTML]
    html["size"] = len(data) + 1
    html["sha256"] = "0" * 64
    write_manifest(package, manifest)
    assert problems(package) == [
        f"case-001/memo.html: {len(data)} bytes; the manifest says {len(data) + 1} bytes",
        f"case-001/memo.html: SHA-256 {digest(data)}; the manifest says {'0' * 64} (altered)",
    ]


def test_sahke2_wrong_about_a_file_is_reported_with_both_hashes(package: Path) -> None:
    data = (package / HTML).read_bytes()
    sahke2 = (package / SAHKE2_FILE).read_text("utf-8")
    assert sahke2.count(digest(data)) == 1
    forged = sahke2.replace(digest(data), "f" * 64).encode("utf-8")
    (package / SAHKE2_FILE).write_bytes(forged)
    manifest = manifest_of(package)
    files = manifest["files"]
    assert isinstance(files, list)
    [entry] = [entry for entry in files if entry["path"] == SAHKE2_FILE]
    entry["size"], entry["sha256"] = len(forged), digest(forged)
    write_manifest(package, manifest)
    report = verify_package(package)
    assert report.problems == (
        Discrepancy(
            file=HTML, message=f"SHA-256 {digest(data)}; sahke2.xml says {'f' * 64} (altered)"
        ),
    )
    assert report.problem_files() == (HTML,)


def test_problem_files_are_named_once_in_report_order(package: Path) -> None:
    (package / HTML).write_bytes(b"changed")
    (package / "extra.txt").write_bytes(b"x")
    report = verify_package(package)
    assert report.ok is False
    assert report.problem_files() == (HTML, "extra.txt")


@pytest.mark.parametrize("name", [SAHKE2_FILE, MANIFEST_FILE, MEMO, HTML])
def test_a_file_that_fails_while_read_is_the_one_problem(
    monkeypatch: pytest.MonkeyPatch, package: Path, name: str
) -> None:
    real_open = os.open
    broken = str(package / name)

    def failing_open(path: str | os.PathLike[str], flags: int, *args: int) -> int:
        if os.fspath(path) == broken:
            raise OSError(5, "Input/output error")
        return real_open(path, flags, *args)

    monkeypatch.setattr(os, "open", failing_open)
    assert problems(package) == [f"{name}: cannot be read from the folder: Input/output error"]


def test_a_file_no_document_describes_is_still_hashed_against_the_manifest(
    package: Path,
) -> None:
    (package / "extra.txt").write_bytes(b"extra")
    manifest = manifest_of(package)
    files = manifest["files"]
    assert isinstance(files, list)
    files.append({"path": "extra.txt", "size": 5, "sha256": "0" * 64})
    write_manifest(package, manifest)
    assert problems(package) == [
        f"extra.txt: SHA-256 {digest(b'extra')}; the manifest says {'0' * 64} (altered)",
        "extra.txt: not described by any Document in sahke2.xml",
    ]


def test_every_document_is_checked_after_one_that_is_missing(package: Path) -> None:
    html = (package / HTML).read_bytes()
    (package / MEMO).unlink()
    sahke2 = (package / SAHKE2_FILE).read_text("utf-8")
    forged = sahke2.replace(digest(html), "f" * 64).encode("utf-8")
    assert forged.index(b"case-001/memo.xml") < forged.index(b"case-001/memo.html")
    (package / SAHKE2_FILE).write_bytes(forged)
    manifest = manifest_of(package)
    files = manifest["files"]
    assert isinstance(files, list)
    manifest["files"] = [entry for entry in files if entry["path"] != MEMO]
    [entry] = [entry for entry in files if entry["path"] == SAHKE2_FILE]
    entry["size"], entry["sha256"] = len(forged), digest(forged)
    write_manifest(package, manifest)
    assert problems(package) == [
        "sahke2.xml: CaseFile[1]: Document names case-001/memo.xml, which is not in the package",
        f"case-001/memo.html: SHA-256 {digest(html)}; sahke2.xml says {'f' * 64} (altered)",
    ]


def _forge_sahke2(package: Path, old: str, new: str) -> None:
    """Change sahke2.xml once, and bring the manifest in line with it."""
    sahke2 = (package / SAHKE2_FILE).read_text("utf-8")
    assert old in sahke2
    forged = sahke2.replace(old, new, 1).encode("utf-8")
    (package / SAHKE2_FILE).write_bytes(forged)
    manifest = manifest_of(package)
    files = manifest["files"]
    assert isinstance(files, list)
    [entry] = [entry for entry in files if entry["path"] == SAHKE2_FILE]
    entry["size"], entry["sha256"] = len(forged), digest(forged)
    write_manifest(package, manifest)


def test_a_hash_of_another_algorithm_is_named_and_not_compared(package: Path) -> None:
    memo = digest((package / MEMO).read_bytes())
    _forge_sahke2(
        package,
        f"<HashAlgorithm>SHA-256</HashAlgorithm>\n          <HashValue>{memo}</HashValue>",
        f"<HashAlgorithm>MD5</HashAlgorithm>\n          <HashValue>{'0' * 32}</HashValue>",
    )
    assert problems(package) == [
        "sahke2.xml: CaseFile[1]: case-001/memo.xml: HashAlgorithm 'MD5', expected 'SHA-256'"
    ]
