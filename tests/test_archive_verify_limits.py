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
from lxml import etree

from hyvaneuvottelu import limits
from hyvaneuvottelu.archive import SAHKE2_FILE, verify_package, write_package

from .archive_support import completed_memo, schema_folder, settings
from .test_archive_verify_hostile import forge
from .zip_support import RawEntry, raw_zip

MiB = 1024 * 1024
NAMESPACE = b"http://www.arkisto.fi/skeemat/Sahke2/2019/08/29"
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


# --- what parsing sahke2.xml would hold ---------------------------------------------------


def nodes(data: bytes) -> int:
    """Elements, attributes and namespace declarations, counted on lxml's whole tree."""
    count = 0
    for element in etree.fromstring(data).iter():
        parent = element.getparent()
        inherited = set(parent.nsmap.items()) if parent is not None else set()
        count += 1 + len(element.attrib) + len(set(element.nsmap.items()) - inherited)
    return count


def test_sahke2_at_the_node_limit_is_checked_and_one_node_past_it_is_not(
    package: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    limit = nodes((package / SAHKE2_FILE).read_bytes())
    monkeypatch.setattr(limits, "MAX_SAHKE2_NODES", limit)
    assert sahke2_problems(package, sahke2_schema_dir=schema_folder()) == []
    monkeypatch.setattr(limits, "MAX_SAHKE2_NODES", limit - 1)
    (problem,) = verify_package(package, sahke2_schema_dir=schema_folder()).problems
    # The last element of the file, the record approver's name, is the one past it.
    where = "/Metadata/CaseFile[1]/Action[1]/Record[1]/Agent[2]/Name[1]"
    lines = (package / SAHKE2_FILE).read_text("utf-8").splitlines()
    line = lines.index("          <Name>ESIMERKKI Muistion Hyväksyjä</Name>")
    assert [problem.render(language) for language in ("fi", "sv", "en")] == [
        f"sahke2.xml: rivi {line + 1}: {where}: odotettiin paketin SÄHKE2-metatietoihin enintään "
        f"{limit - 1} elementtiä, attribuuttia ja nimiavaruuden määrittelyä, löytyi enemmän; "
        "jätetty tarkistamatta",
        f"sahke2.xml: rad {line + 1}: {where}: högst {limit - 1} element, attribut och "
        "namnrymdsdeklarationer förväntades i ett pakets SÄHKE2-metadata, fler hittades; "
        "kontrollerades inte",
        f"sahke2.xml: line {line + 1}: {where}: expected at most {limit - 1} elements, "
        "attributes and namespace declarations in the SÄHKE2 metadata of a package, found "
        "more; not checked",
    ]


def test_a_start_tag_of_too_many_attributes_is_found_before_it_is_parsed(
    package: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A parser holds a whole start tag before it tells of it: the bytes say first.
    monkeypatch.setattr(limits, "MAX_SAHKE2_NODES", 1000)
    text = (package / SAHKE2_FILE).read_text("utf-8")
    attributes = " ".join(f'a{i}=""' for i in range(1001))
    forge(package, SAHKE2_FILE, text.replace("<Title>", f"<Title {attributes}>", 1).encode())
    assert sahke2_problems(package, sahke2_schema_dir=schema_folder()) == [
        "sahke2.xml: line 5: .../Title: expected at most 1000 elements, attributes and "
        "namespace declarations in the SÄHKE2 metadata of a package, found more; not checked"
    ]


#: verify in a fresh process under an address-space limit: its problems and its peak
#: memory. The peak is the process's own (VmHWM): ru_maxrss would count the memory of
#: the test process it was started from as well.
_REFUSING = """
import json, resource, sys
resource.setrlimit(resource.RLIMIT_AS, ({limit}, {limit}))
from hyvaneuvottelu.archive import verify_package
report = verify_package(sys.argv[1])
with open("/proc/self/status", encoding="ascii") as status:
    (peak,) = [int(line.split()[1]) for line in status if line.startswith("VmHWM:")]
print(json.dumps({{"peak_kib": peak, "problems": [str(p) for p in report.problems]}}))
"""


def test_sahke2_of_tiny_elements_is_refused_in_bounded_memory(
    small_package: Path, tmp_path: Path
) -> None:
    # 32 MiB of <a/>: 8 million elements, a tree of about 1.2 GB had it been parsed.
    package = tmp_path / "package"
    shutil.copytree(small_package, package)
    head = b'<?xml version="1.0" encoding="UTF-8"?>\n<Metadata xmlns="' + NAMESPACE + b'">'
    tail = b"</Metadata>\n"
    count = (limits.MAX_SAHKE2_BYTES - len(head) - len(tail)) // len(b"<a/>")
    forge(package, SAHKE2_FILE, head + b"<a/>" * count + tail)
    result = subprocess.run(
        [sys.executable, "-c", _REFUSING.format(limit=400 * MiB), str(package)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    measured = json.loads(result.stdout)
    # Metadata and its namespace declaration are two; each <a/> one more.
    assert measured["problems"] == [
        f"sahke2.xml: line 2: /Metadata/a[{limits.MAX_SAHKE2_NODES - 1}]: expected at most "
        f"{limits.MAX_SAHKE2_NODES} elements, attributes and namespace declarations in the "
        "SÄHKE2 metadata of a package, found more; not checked"
    ]
    # The file itself, read whole, is 32 MiB of it.
    assert measured["peak_kib"] < 160 * 1024, measured["peak_kib"]
