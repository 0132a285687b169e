"""Verifying packages made by someone who wants a false "verified".

Each test forges a package as a careful attacker would (recomputing every
hash and the manifest) and asserts the located problem that must stop it.
Tests that could hang or take memory run the command in a subprocess with a
timeout and an address-space limit.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import struct
import subprocess
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import attrs
import pytest
from hypothesis import given, strategies
from hypothesis import settings as settings_of_hypothesis

from hyvaneuvottelu import from_json, to_xml
from hyvaneuvottelu.archive import MANIFEST_FILE, SAHKE2_FILE, verify_package, write_package
from hyvaneuvottelu.cli import main

from .archive_support import EXAMPLES, completed_memo, settings
from .zip_support import RawEntry, deflate, package_entries, raw_zip

CREATED = datetime(2025, 2, 5, 8, 0, tzinfo=UTC)
MEMO = "case-001/memo.xml"
MiB = 1024 * 1024


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


def remanifest(package: Path) -> None:
    """A manifest of every file now in the package, as a careful forger writes it."""
    manifest = json.loads((package / MANIFEST_FILE).read_bytes())
    files = sorted(p for p in package.rglob("*") if p.is_file() and p.name != MANIFEST_FILE)
    manifest["files"] = [
        {
            "path": p.relative_to(package).as_posix(),
            "size": p.stat().st_size,
            "sha256": digest(p.read_bytes()),
        }
        for p in files
    ]
    text = json.dumps(manifest, ensure_ascii=False, indent=2) + "\n"
    (package / MANIFEST_FILE).write_bytes(text.encode("utf-8"))


def forge(package: Path, name: str, data: bytes, *, sahke2: dict[str, str] | None = None) -> None:
    """Replace a file, and bring sahke2.xml and the manifest in line with it."""
    old = digest((package / name).read_bytes())
    (package / name).write_bytes(data)
    text = (package / SAHKE2_FILE).read_text("utf-8").replace(old, digest(data))
    for before, after in (sahke2 or {}).items():
        assert before in text
        text = text.replace(before, after)
    (package / SAHKE2_FILE).write_text(text, "utf-8")
    remanifest(package)


def problems(package: Path) -> list[str]:
    return [str(p) for p in verify_package(package).problems]


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out + err


# --- a memo swapped for another ---------------------------------------------------------


def test_a_memo_swapped_for_one_without_record_metadata_is_found(package: Path) -> None:
    plain = from_json((EXAMPLES / "lohja-neuvottelumuistio.json").read_bytes())
    forge(package, MEMO, to_xml(plain))
    found = problems(package)
    has_none = "the memo case-001/memo.xml has none"
    assert found[:6] == [
        f'sahke2.xml: CaseFile[1]/Created is "2025-01-21"; {has_none}',
        f'sahke2.xml: CaseFile[1]/NativeId is "ESIMERKKI-12/00.01.02/2025"; {has_none}',
        f'sahke2.xml: CaseFile[1]/Language is "fi"; {has_none}',
        f'sahke2.xml: CaseFile[1]/Restriction/PublicityClass is "Julkinen"; {has_none}',
        f'sahke2.xml: CaseFile[1]/Restriction/PersonalData is "sisältää henkilötietoja"; '
        f"{has_none}",
        f'sahke2.xml: CaseFile[1]/RetentionReason is "ESIMERKKI: hyvinvointialueen ja kuntien '
        f"lakisääteisten neuvottelujen muistiot säilytetään pysyvästi tiedonohjaussuunnitelman "
        f'mukaan"; {has_none}',
    ]
    assert (
        f'sahke2.xml: CaseFile[1]/Action/Record/NativeId is "ESIMERKKI-LUHA-2025-0001"; {has_none}'
        in found
    )
    assert (
        "case-001/memo.xml: not ready for the archive: /date: HN-A001: "
        "The date of the negotiation is missing"
    ) in found


def test_a_memo_that_lacks_what_the_metadata_claims_is_a_mismatch(package: Path) -> None:
    memo = completed_memo()
    assert memo.record is not None
    unapproved = attrs.evolve(memo, record=attrs.evolve(memo.record, approved=None))
    forge(package, MEMO, to_xml(unapproved))
    found = problems(package)
    assert (
        'sahke2.xml: CaseFile[1]/Action/Record/Accepted is "2025-02-04"; '
        "the memo case-001/memo.xml has none"
    ) in found


def test_a_memo_of_other_parties_is_found(package: Path) -> None:
    memo = completed_memo()
    other = attrs.evolve(memo, other_organisations=(), title=memo.title)
    county = attrs.evolve(memo.county, name=attrs.evolve(memo.county.name, fi="Toinen alue"))
    forge(package, MEMO, to_xml(attrs.evolve(other, county=county)))
    found = problems(package)
    assert (
        "sahke2.xml: CaseFile[1]/Agent[Role='Osapuoli']/CorporateName is "
        '"Länsi-Uudenmaan hyvinvointialue", "Lohja"; the memo case-001/memo.xml says '
        '"Toinen alue", "Lohja"'
    ) in found


# --- every case holds one readable memo in the project's format -------------------------


def test_a_memo_that_is_not_xml_named_memo_dat_is_refused(package: Path) -> None:
    (package / MEMO).rename(package / "case-001" / "memo.dat")
    forge(
        package,
        "case-001/memo.dat",
        b"this is not a memo",
        sahke2={"<Name>memo.xml</Name>": "<Name>memo.dat</Name>"},
    )
    assert problems(package) == [
        "case-001/memo.dat: not a valid memo: line 1, column 1: expected well-formed XML, "
        "found Start tag expected, '<' not found"
    ]


def test_a_case_whose_memo_is_described_as_another_format_has_no_memo(package: Path) -> None:
    forge(
        package,
        MEMO,
        b"\x00\x01binary",
        sahke2={"<Name>text/xml</Name>": "<Name>application/octet-stream</Name>"},
    )
    assert problems(package) == [
        "sahke2.xml: CaseFile[1]: case-001/memo.xml: Format application/octet-stream 1.0; "
        "a package holds files of Format text/xml 1.0 or text/html 5",
        "sahke2.xml: CaseFile[1]: expected exactly one memo (a Document of Format "
        "text/xml 1.0), found 0",
    ]


def test_a_case_with_two_memos_is_refused(package: Path) -> None:
    forge(
        package,
        "case-001/memo.html",
        (package / MEMO).read_bytes(),
        sahke2={
            "<Name>text/html</Name>\n            <Version>5</Version>": (
                "<Name>text/xml</Name>\n            <Version>1.0</Version>"
            ),
            "<UseType>Julkaisu</UseType>": "<UseType>Arkisto</UseType>",
        },
    )
    assert problems(package) == [
        "sahke2.xml: CaseFile[1]: expected exactly one memo (a Document of Format "
        "text/xml 1.0), found 2",
    ]


def test_a_memo_larger_than_the_reader_reads_is_refused(package: Path) -> None:
    padding = b"<!--" + b"x" * 8 * MiB + b"-->"
    data = (package / MEMO).read_bytes().replace(b"<kind>", padding + b"<kind>", 1)
    forge(package, MEMO, data)
    assert problems(package) == [
        f"case-001/memo.xml: not a valid memo: {len(data)} bytes; a memo's XML holds at most "
        f"{8 * MiB} bytes"
    ]


# --- bytes outside any hashed file ------------------------------------------------------


FOLDER_ENTRY = RawEntry(name="case-001/", data=b"a hidden memo", method=0)


@pytest.mark.parametrize(
    ("build", "expected"),
    [
        (
            lambda entries: raw_zip([FOLDER_ENTRY, *entries]),
            ["case-001/: a folder entry holding 13 bytes, which no hash covers"],
        ),
        (
            lambda entries: raw_zip(entries, prefix=b"HIDDEN"),
            ["p.zip: 6 bytes before its first entry case-001/memo.html, in no file"],
        ),
        (
            lambda entries: raw_zip(entries, prefix=b"HIDDEN", adjust_offsets=False),
            [
                "p.zip: its central directory starts at byte {start}, not at byte {recorded} "
                "as its end record says: bytes were added before its entries",
                "p.zip: 6 bytes before its first entry case-001/memo.html, in no file",
            ],
        ),
        (
            lambda entries: raw_zip(entries, trailing=b"HIDDEN"),
            ["p.zip: 6 bytes after its end record, in no file"],
        ),
        (
            lambda entries: raw_zip(entries, comment=b"HIDDEN"),
            ["p.zip: a zip comment of 6 bytes, which no hash covers"],
        ),
        (
            lambda entries: raw_zip(entries, before_directory=b"HIDDEN"),
            ["p.zip: 6 bytes between its last entry and its central directory, in no file"],
        ),
    ],
    ids=["folder-entry", "prefix", "shifted", "trailing", "comment", "before-directory"],
)
def test_bytes_in_no_file_of_a_zip_package_are_reported(
    pristine: Path,
    tmp_path: Path,
    build: Callable[[list[RawEntry]], bytes],
    expected: list[str],
) -> None:
    target = tmp_path / "p.zip"
    data = build(package_entries(pristine))
    target.write_bytes(data)
    # Where the central directory is, and where the end record says it is.
    size, recorded = struct.unpack_from("<2L", data, data.rindex(b"PK\x05\x06") + 12)
    start = data.rindex(b"PK\x05\x06") - size
    assert problems(target) == [e.format(start=start, recorded=recorded) for e in expected]


def test_a_clean_rezip_of_a_package_verifies(pristine: Path, tmp_path: Path) -> None:
    target = tmp_path / "p.zip"
    target.write_bytes(raw_zip(package_entries(pristine)))
    assert problems(target) == []


def test_data_hidden_after_a_deflate_stream_is_reported(pristine: Path, tmp_path: Path) -> None:
    entries = package_entries(pristine)
    html = next(e for e in entries if e.name == "case-001/memo.html")
    html.payload = deflate(html.data) + b"hidden"
    target = tmp_path / "p.zip"
    target.write_bytes(raw_zip(entries))
    assert problems(target) == [
        "case-001/memo.html: cannot be read from the zip file: compressed bytes after the end "
        "of its deflate stream, which no hash covers (6+)"
    ]


def test_a_local_header_that_disagrees_with_the_directory_is_reported(
    pristine: Path, tmp_path: Path
) -> None:
    entries = package_entries(pristine)
    html = next(e for e in entries if e.name == "case-001/memo.html")
    html.local = {"method": 0}
    target = tmp_path / "p.zip"
    target.write_bytes(raw_zip(entries))
    assert problems(target) == [
        "case-001/memo.html: its local header says method 0; the central directory says 8"
    ]


# --- entries verify cannot read: a located problem, never a crash ----------------------


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        ({"flags": 1}, "encrypted; verify reads no encrypted entries"),
        (
            {"method": 6, "payload": b"imploded?"},
            "compressed with method 6 (implode); verify reads stored (0) and deflated (8) "
            "entries only",
        ),
    ],
    ids=["encrypted", "implode"],
)
def test_unreadable_entries_are_located_problems_with_exit_1(
    capsys: pytest.CaptureFixture[str],
    pristine: Path,
    tmp_path: Path,
    change: dict[str, object],
    reason: str,
) -> None:
    entries = package_entries(pristine)
    html = next(e for e in entries if e.name == "case-001/memo.html")
    for key, value in change.items():
        setattr(html, key, value)
    target = tmp_path / "p.zip"
    target.write_bytes(raw_zip(entries))
    code, out = run(capsys, "verify", str(target))
    assert code == 1
    assert out.splitlines() == [
        f"{target}: NOT verified: 1 problem",
        f"  case-001/memo.html: cannot be read from the zip file: {reason}",
    ]


@pytest.mark.parametrize(
    ("manifest", "message"),
    [
        (
            b"[" * 100_000 + b"]" * 100_000,
            "expected JSON nested 3 deep (a manifest), found JSON nested deeper than the "
            "reader follows",
        ),
        (
            b'{"format": ' + b"7" * 5000 + b"}",
            "expected an integer of at most 20 digits, found one of 5000 digits",
        ),
    ],
    ids=["deep", "long-integer"],
)
def test_a_hostile_manifest_is_a_located_problem(
    capsys: pytest.CaptureFixture[str], package: Path, manifest: bytes, message: str
) -> None:
    (package / MANIFEST_FILE).write_bytes(manifest)
    code, out = run(capsys, "verify", str(package))
    assert code == 1
    assert out.splitlines() == [
        f"{package}: NOT verified: 1 problem",
        f"  manifest.json: {message}",
    ]


# --- special and unreadable files in a package folder -----------------------------------


def verify_command(*args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "hyvaneuvottelu", "verify", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="the platform has no FIFOs")
def test_a_fifo_in_a_package_folder_is_reported_and_never_opened(package: Path) -> None:
    os.mkfifo(package / "case-001" / "memo.json")
    # A reader that opened the FIFO would wait for a writer for ever.
    result = verify_command(str(package), timeout=60)
    assert result.returncode == 1
    assert result.stdout.splitlines() == [
        f"{package}: NOT verified: 1 problem",
        "  case-001/memo.json: a FIFO, not a file; not read",
    ]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="the platform has no FIFOs")
def test_a_fifo_given_as_the_package_is_refused_without_waiting(tmp_path: Path) -> None:
    fifo = tmp_path / "package.zip"
    os.mkfifo(fifo)
    result = verify_command(str(fifo), timeout=60)
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr == (
        f"hyvaneuvottelu: {fifo}: not a package folder or zip file (a FIFO); not read\n"
    )


def test_a_symbolic_link_in_a_package_folder_is_not_followed(package: Path) -> None:
    (package / "case-001" / "link.xml").symlink_to(package / MEMO)
    assert problems(package) == ["case-001/link.xml: a symbolic link, not a file; not read"]


def without_root_privilege() -> list[str]:
    """A command prefix under which root, too, is refused an unreadable file."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("root reads any file, and setpriv, which can prevent it, is missing")
    dropped = "-dac_override,-dac_read_search"
    return [setpriv, f"--inh-caps={dropped}", f"--bounding-set={dropped}"]


def test_an_unreadable_file_in_a_package_folder_is_a_located_problem(package: Path) -> None:
    (package / "case-001" / "memo.html").chmod(0)
    command = [sys.executable, "-m", "hyvaneuvottelu", "verify", str(package)]
    result = subprocess.run(
        [*without_root_privilege(), *command],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert (result.returncode, result.stderr) == (1, "")
    assert result.stdout.splitlines() == [
        f"{package}: NOT verified: 1 problem",
        "  case-001/memo.html: cannot be read from the folder: Permission denied",
    ]


def test_an_unreadable_folder_in_a_package_folder_is_a_located_problem(package: Path) -> None:
    (package / "case-001").chmod(0)
    command = [sys.executable, "-m", "hyvaneuvottelu", "verify", str(package)]
    try:
        result = subprocess.run(
            [*without_root_privilege(), *command],
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
    finally:
        (package / "case-001").chmod(0o755)
    assert (result.returncode, result.stderr) == (1, "")
    assert result.stdout.splitlines() == [
        f"{package}: NOT verified: 5 problems",
        "  case-001: a folder that cannot be read: Permission denied",
        "  case-001/memo.html: listed in the manifest but missing from the package",
        "  case-001/memo.xml: listed in the manifest but missing from the package",
        "  sahke2.xml: CaseFile[1]: Document names case-001/memo.xml, which is not in the package",
        "  sahke2.xml: CaseFile[1]: Document names case-001/memo.html, which is not in the package",
    ]


def test_an_unreadable_package_folder_is_an_io_error(package: Path) -> None:
    package.chmod(0)
    command = [sys.executable, "-m", "hyvaneuvottelu", "verify", str(package)]
    try:
        result = subprocess.run(
            [*without_root_privilege(), *command],
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
    finally:
        package.chmod(0o755)
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr == f"hyvaneuvottelu: {package}: cannot be read: Permission denied\n"


def test_a_package_given_through_a_symbolic_link_is_read(pristine: Path, tmp_path: Path) -> None:
    target = tmp_path / "p.zip"
    target.write_bytes(raw_zip(package_entries(pristine)))
    (tmp_path / "link.zip").symlink_to(target)
    (tmp_path / "link").symlink_to(pristine)
    assert problems(tmp_path / "link.zip") == []
    assert problems(tmp_path / "link") == []


def test_a_file_that_fails_while_read_is_a_located_problem(
    monkeypatch: pytest.MonkeyPatch, package: Path
) -> None:
    real_open = os.open
    broken = str(package / "case-001" / "memo.html")

    def failing_open(path: str | os.PathLike[str], flags: int, *args: int) -> int:
        if os.fspath(path) == broken:
            raise OSError(5, "Input/output error")
        return real_open(path, flags, *args)

    monkeypatch.setattr(os, "open", failing_open)
    assert problems(package) == [
        "case-001/memo.html: cannot be read from the folder: Input/output error"
    ]


# --- what reaches the terminal ----------------------------------------------------------


def test_control_characters_in_names_are_shown_escaped(pristine: Path, tmp_path: Path) -> None:
    entries = [
        *package_entries(pristine),
        RawEntry(name="\x1b[2J\x1b[32mALL GOOD\x1b[0m", data=b"x"),
    ]
    target = tmp_path / "p.zip"
    target.write_bytes(raw_zip(entries))
    result = verify_command(str(target))
    assert result.returncode == 1
    assert result.stdout.splitlines()[1:] == [
        "  \\x1b[2J\\x1b[32mALL GOOD\\x1b[0m: in the package but not listed in the manifest",
        "  \\x1b[2J\\x1b[32mALL GOOD\\x1b[0m: not described by any Document in sahke2.xml",
    ]


@pytest.mark.skipif(sys.platform == "darwin", reason="macOS file names must be UTF-8")
def test_a_file_name_that_is_not_utf8_is_shown_escaped(package: Path) -> None:
    name = os.fsencode(package / "case-001") + b"/bad\xff.txt"
    with open(name, "wb") as stream:
        stream.write(b"x")
    result = verify_command(str(package))
    assert (result.returncode, result.stderr) == (1, "")
    assert result.stdout.splitlines()[1:] == [
        "  case-001/bad\\xff.txt: in the package but not listed in the manifest",
        "  case-001/bad\\xff.txt: not described by any Document in sahke2.xml",
    ]


# --- whatever the bytes, a report -------------------------------------------------------


@pytest.fixture(scope="module")
def pristine_zip(pristine: Path, tmp_path_factory: pytest.TempPathFactory) -> bytes:
    target = tmp_path_factory.mktemp("zipped") / "p.zip"
    write_package([completed_memo()], target, settings(), zip=True, created=CREATED)
    return target.read_bytes()


@settings_of_hypothesis(max_examples=150, deadline=None)
@given(data=strategies.data())
def test_a_damaged_zip_package_gives_a_report_never_a_crash(
    pristine_zip: bytes, tmp_path_factory: pytest.TempPathFactory, data: strategies.DataObject
) -> None:
    damaged = bytearray(pristine_zip)
    for _ in range(data.draw(strategies.integers(1, 4), label="changes")):
        at = data.draw(strategies.integers(0, len(damaged) - 1), label="at")
        replacement = data.draw(strategies.binary(max_size=32), label="bytes")
        length = data.draw(strategies.integers(0, 32), label="length")
        damaged[at : at + length] = replacement
    target = tmp_path_factory.mktemp("damaged") / "p.zip"
    target.write_bytes(bytes(damaged))
    report = verify_package(target)
    # Some bytes of a zip file's headers (times, permissions) are in no hash.
    assert all(p.file and p.message for p in report.problems)
