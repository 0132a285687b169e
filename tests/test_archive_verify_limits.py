"""Verifying within the limits: bombs, entry counts, problem caps, bounded memory.

The package-sized tests run ``verify`` in a subprocess, under an
address-space limit and a timeout, and measure its peak resident memory.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys
import zlib
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from hyvaneuvottelu import limits
from hyvaneuvottelu.archive import SAHKE2_FILE, verify_package, write_package

from .archive_support import completed_memo, schema_folder, settings
from .test_archive_verify_hostile import forge
from .zip_support import RawEntry, raw_zip

MiB = 1024 * 1024
CREATED = datetime(2025, 2, 5, 8, 0, tzinfo=UTC)
#: Address space allowed to the measured process: far below what a
#: verifier that held the files would need, far above what streaming needs.
ADDRESS_SPACE = 768 * MiB

_MEASURE = """
import json, resource, sys
resource.setrlimit(resource.RLIMIT_AS, ({limit}, {limit}))
from hyvaneuvottelu.archive import verify_package
verify_package(sys.argv[2])  # warm up: imports, compiled schemas
start = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
report = verify_package(sys.argv[1])
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({{"start_kib": start, "peak_kib": peak,
                  "problems": [str(p) for p in report.problems]}}))
"""


def measured_verify(package: Path, warm_up: Path, timeout: float = 120) -> dict[str, Any]:
    """verify_package in a fresh process: its problems and its peak memory (KiB)."""
    result = subprocess.run(
        [sys.executable, "-c", _MEASURE.format(limit=ADDRESS_SPACE), str(package), str(warm_up)],
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    measured: dict[str, Any] = json.loads(result.stdout)
    return measured


@pytest.fixture(scope="module")
def small_package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("small") / "package"
    write_package([completed_memo()], target, settings(), created=CREATED)
    return target


def zeros_deflated(size: int) -> tuple[bytes, int]:
    """``size`` zero bytes, raw-deflated, and their CRC-32: built a MiB at a time."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = bytes(MiB)
    parts, crc = [], 0
    for _ in range(size // MiB):
        parts.append(compressor.compress(block))
        crc = zlib.crc32(block, crc)
    parts.append(compressor.flush())
    return b"".join(parts), crc


def bomb_entries(count: int, size: int) -> list[RawEntry]:
    payload, crc = zeros_deflated(size)
    return [
        RawEntry(name=f"bomb-{i:02d}.bin", payload=payload, crc=crc, file_size=size)
        for i in range(count)
    ]


def bomb(count: int, size: int) -> bytes:
    return raw_zip(bomb_entries(count, size))


def manifest_of(files: dict[str, tuple[int, str]]) -> bytes:
    """A manifest in the canonical form, written here by hand."""
    document = {
        "format": "hyvaneuvottelu-archive-manifest",
        "version": 1,
        "created": "2025-02-05T08:00:00Z",
        "algorithm": "SHA-256",
        "files": [{"path": p, "size": s, "sha256": h} for p, (s, h) in sorted(files.items())],
    }
    return (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def zeros_sha256(size: int) -> str:
    digest = hashlib.sha256()
    block = bytes(MiB)
    for _ in range(size // MiB):
        digest.update(block)
    return digest.hexdigest()


def test_the_zip_bomb_is_refused_before_anything_is_read(
    tmp_path: Path, small_package: Path
) -> None:
    # The bomb: 2.6 MB holding 40 files of 64 MiB each.
    target = tmp_path / "p.zip"
    target.write_bytes(bomb(40, 64 * MiB))
    assert target.stat().st_size < 3 * MiB
    measured = measured_verify(target, small_package, timeout=60)
    assert measured["problems"] == [
        f"p.zip: cannot be verified: its files hold {40 * 64 * MiB} bytes; a package holds "
        f"at most {limits.MAX_PACKAGE_TOTAL_BYTES} bytes; nothing was read"
    ]
    assert measured["peak_kib"] - measured["start_kib"] < 16 * 1024


def test_verify_streams_large_entries_in_bounded_memory(
    tmp_path: Path, small_package: Path
) -> None:
    # 24 files of 8 MiB each, 192 MiB in all: under every limit, so each is read,
    # and its hash must agree with the manifest's.
    size = 8 * MiB
    entries = bomb_entries(24, size)
    listed = {e.name: (size, zeros_sha256(size)) for e in entries}
    manifest = RawEntry(name="manifest.json", data=manifest_of(listed))
    target = tmp_path / "p.zip"
    target.write_bytes(raw_zip([*entries, manifest]))
    measured = measured_verify(target, small_package)
    assert measured["problems"] == ["sahke2.xml: missing: the package has no SÄHKE2 metadata"]
    # Holding the files would take 192 MiB; streaming them takes a few chunks.
    assert measured["peak_kib"] - measured["start_kib"] < 24 * 1024


def test_a_deflate_stream_longer_than_its_record_stops_at_the_record(
    tmp_path: Path, small_package: Path
) -> None:
    payload, _ = zeros_deflated(16 * MiB)
    entry = RawEntry(name="small.txt", payload=payload, crc=0, file_size=5)
    target = tmp_path / "p.zip"
    target.write_bytes(raw_zip([entry]))
    measured = measured_verify(target, small_package)
    assert (
        "small.txt: cannot be read from the zip file: holds more than the 5 bytes its record says"
    ) in measured["problems"]
    assert measured["peak_kib"] - measured["start_kib"] < 16 * 1024


def test_a_file_larger_than_a_package_file_may_be_is_not_read(tmp_path: Path) -> None:
    size = limits.MAX_PACKAGE_FILE_BYTES + 1
    entry = RawEntry(name="huge.bin", payload=b"", crc=0, file_size=size)
    target = tmp_path / "p.zip"
    target.write_bytes(raw_zip([entry]))
    assert [str(p) for p in verify_package(target).problems][:1] == [
        f"huge.bin: cannot be read from the zip file: {size} bytes; a file of a package holds "
        f"at most {limits.MAX_PACKAGE_FILE_BYTES} bytes; not read"
    ]


def test_a_zip_of_too_many_entries_is_refused(tmp_path: Path) -> None:
    count = limits.MAX_PACKAGE_ENTRIES + 1
    target = tmp_path / "p.zip"
    target.write_bytes(raw_zip([RawEntry(name=f"f{i}", method=0) for i in range(count)]))
    report = verify_package(target)
    assert [str(p) for p in report.problems] == [
        f"p.zip: cannot be verified: it holds {count} entries; a package holds at most "
        f"{limits.MAX_PACKAGE_ENTRIES}"
    ]
    assert report.files == 0


def test_a_folder_of_too_many_entries_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "package"
    folder.mkdir()
    for i in range(limits.MAX_PACKAGE_ENTRIES + 1):
        (folder / f"f{i}").touch()
    assert [str(p) for p in verify_package(folder).problems] == [
        f"package: cannot be verified: it holds more than {limits.MAX_PACKAGE_ENTRIES} "
        f"entries; a package holds at most {limits.MAX_PACKAGE_ENTRIES}"
    ]


# --- problem caps -----------------------------------------------------------------------


@pytest.fixture
def package(small_package: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "package"
    shutil.copytree(small_package, copy)
    return copy


def sahke2_problems(package: Path, **options: Any) -> list[str]:
    return [str(p) for p in verify_package(package, **options).problems if p.file == SAHKE2_FILE]


def test_sahke2_schema_errors_stop_at_the_cap_with_an_exact_count(package: Path) -> None:
    text = (package / SAHKE2_FILE).read_text("utf-8")
    attributes = " ".join(f'a{i}=""' for i in range(100_000))
    forged = text.replace("<Title>", f"<Title {attributes}>", 1)
    forge(package, SAHKE2_FILE, forged.encode("utf-8"))
    found = sahke2_problems(package, sahke2_schema_dir=schema_folder())
    assert len(found) == limits.MAX_PROBLEMS + 1
    assert found[0] == (
        "sahke2.xml: not valid against the SÄHKE2 2019 schema: line 5: Element "
        "'{http://www.arkisto.fi/skeemat/Sahke2/2019/08/29}Title', attribute 'a0': "
        "The attribute 'a0' is not allowed."
    )
    assert found[-1] == (
        "sahke2.xml: and 1 more problem; its checks stopped there, so there may be more"
    )


def test_sahke2_errors_that_libxml2_reports_slowly_stop_at_the_cap(package: Path) -> None:
    # Each bad Agent is one error, located at a cost that grows with the Agents before it:
    # validated whole, 20,000 of them take libxml2 several seconds.
    text = (package / SAHKE2_FILE).read_text("utf-8")
    forged = text.replace("<Agent>", "<Agent><x/></Agent>\n" * 20_000 + "<Agent>", 1)
    forge(package, SAHKE2_FILE, forged.encode("utf-8"))
    found = sahke2_problems(package, sahke2_schema_dir=schema_folder())
    assert len(found) == limits.MAX_PROBLEMS + 1
    assert found[0] == (
        "sahke2.xml: not valid against the SÄHKE2 2019 schema: line 78: Element "
        "'{http://www.arkisto.fi/skeemat/Sahke2/2019/08/29}x': This element is not expected. "
        "Expected is ( {http://www.arkisto.fi/skeemat/Sahke2/2019/08/29}Role )."
    )
    assert found[-1] == (
        "sahke2.xml: and 1 more problem; its checks stopped there, so there may be more"
    )


def test_the_structure_check_stops_at_the_cap_too(package: Path, tmp_path: Path) -> None:
    text = (package / SAHKE2_FILE).read_text("utf-8")
    forged = text.replace("<CaseFile>", "<CaseFile/>\n" * 500 + "<CaseFile>", 1)
    forge(package, SAHKE2_FILE, forged.encode("utf-8"))
    found = sahke2_problems(package, sahke2_schema_dir=tmp_path / "none")
    assert found[:2] == [
        "sahke2.xml: Metadata/CaseFile[1] has no NativeId element",
        "sahke2.xml: Metadata/CaseFile[2] has no NativeId element",
    ]
    # 51 from the structure check, which stopped; 2 for each case file without a memo.
    assert found[-1] == (
        "sahke2.xml: and 1001 more problems; its checks stopped there, so there may be more"
    )


def test_too_many_case_files_are_not_checked_one_by_one(package: Path, tmp_path: Path) -> None:
    text = (package / SAHKE2_FILE).read_text("utf-8")
    start, end = text.index("<CaseFile>"), text.index("</CaseFile>") + len("</CaseFile>")
    case = text[start:end]
    forged = text[:start] + case * (limits.MAX_PACKAGE_MEMOS + 1) + text[end:]
    forge(package, SAHKE2_FILE, forged.encode("utf-8"))
    report = verify_package(package, sahke2_schema_dir=schema_folder())
    assert [str(p) for p in report.problems] == [
        f"sahke2.xml: {limits.MAX_PACKAGE_MEMOS + 1} CaseFile elements; a package holds at "
        f"most {limits.MAX_PACKAGE_MEMOS} memos; its cases were not checked"
    ]
