"""Reading a collection: files, folders, archive packages and what is passed over, in order."""

from __future__ import annotations

import json
import multiprocessing
import os
import shutil
import subprocess
import sys
import tracemalloc
from collections.abc import Iterator
from pathlib import Path

import attrs
import pytest

from hyvaneuvottelu import Negotiation, _pool, from_json, limits, to_json, to_xml
from hyvaneuvottelu.archive import MANIFEST_FILE, SAHKE2_FILE, SETTINGS_FILE, write_package
from hyvaneuvottelu.collection import MemoEntry, Reasons, _walk, read_memos
from hyvaneuvottelu.rules import Profile, Report
from hyvaneuvottelu.validation import read_bytes_checked, walk_memos

from .archive_support import EXAMPLES, ready_memo, settings

ROOT = Path(__file__).resolve().parents[1]
JSON_MEMO = EXAMPLES / "lohja-neuvottelumuistio.json"


def summary(entry: MemoEntry, top: Path) -> tuple[str, str | None, bool, tuple[str, ...]]:
    package = None if entry.package is None else os.path.relpath(entry.package, top)
    return (os.path.relpath(entry.path, top), package, entry.ok, entry.report.codes)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """Memos in JSON and XML, packages (a folder and a zip), settings, a broken memo, subfolders."""
    top = tmp_path / "memos"
    (top / "nested" / "deeper").mkdir(parents=True)
    (top / "packages").mkdir()
    shutil.copy(JSON_MEMO, top / "a-memo.json")
    shutil.copy(EXAMPLES / SETTINGS_FILE, top / SETTINGS_FILE)
    (top / "b-memo.xml").write_bytes(to_xml(from_json(JSON_MEMO.read_bytes())))
    (top / "broken.json").write_text('{"kind": ', "utf-8")
    (top / "notes.txt").write_text("not a memo", "utf-8")
    shutil.copy(JSON_MEMO, top / "nested" / "deeper" / "d-memo.json")
    second = ready_memo(identifier="TEST-2", case_id="2/00.01.02/2025")
    write_package([ready_memo(), second], top / "packages" / "pk", settings())
    write_package([ready_memo()], top / "packages" / "pk.zip", settings(), zip=True)
    shutil.copy(top / "packages" / "pk.zip", top / "packages" / "copy.zip")
    (top / "packages" / "other.zip").write_bytes(_plain_zip(tmp_path))
    return top


def _plain_zip(tmp_path: Path) -> bytes:
    base = tmp_path / "plain"
    base.mkdir()
    (base / "readme.txt").write_text("hello", "utf-8")
    return Path(shutil.make_archive(str(tmp_path / "plain"), "zip", base)).read_bytes()


def test_a_folder_gives_every_memo_in_order_and_names_what_it_passes_over(folder: Path) -> None:
    skipped: list[tuple[str, str]] = []
    entries = list(read_memos([str(folder)], skipped=lambda p, r: skipped.append((p, r))))
    assert [summary(e, folder) for e in entries] == [
        ("a-memo.json", None, True, ()),
        ("b-memo.xml", None, True, ()),
        ("broken.json", None, False, ("HN-D001",)),
        ("nested/deeper/d-memo.json", None, True, ()),
        ("packages/copy.zip/case-001/memo.xml", "packages/copy.zip", True, ()),
        ("packages/pk.zip/case-001/memo.xml", "packages/pk.zip", True, ()),
        ("packages/pk/case-001/memo.xml", "packages/pk", True, ()),
        ("packages/pk/case-002/memo.xml", "packages/pk", True, ()),
    ]
    assert [(os.path.relpath(p, folder), r) for p, r in skipped] == [
        (SETTINGS_FILE, "transfer settings, not a memo"),
        ("packages/other.zip", "a zip file that is not an archive package"),
    ]
    assert entries[2].memo is None
    assert all(e.memo is not None for i, e in enumerate(entries) if i != 2)


def test_a_memo_in_a_package_is_the_memo_that_was_archived(folder: Path) -> None:
    entry = next(read_memos([str(folder / "packages" / "pk.zip")]))
    assert entry.memo == ready_memo()
    assert entry.report.profile.value == "draft"


def test_the_order_of_plain_memos_is_the_order_validate_uses(folder: Path) -> None:
    shutil.rmtree(folder / "packages")
    (folder / "broken.json").unlink()
    walked = [p for p in walk_memos([str(folder)]) if isinstance(p, str)]
    memos = [p for p in walked if not p.endswith(SETTINGS_FILE)]
    assert [e.path for e in read_memos([str(folder)])] == memos


def test_paths_keep_their_order_and_a_package_named_as_a_path_is_read(folder: Path) -> None:
    paths = [folder / "packages" / "pk", folder / "b-memo.xml", folder / "packages" / "pk.zip"]
    entries = list(read_memos([str(p) for p in paths], profile="archive"))
    # The example memo lacks its record metadata: not ready for the archive.
    assert [summary(e, folder)[:3] for e in entries] == [
        ("packages/pk/case-001/memo.xml", "packages/pk", True),
        ("packages/pk/case-002/memo.xml", "packages/pk", True),
        ("b-memo.xml", None, False),
        ("packages/pk.zip/case-001/memo.xml", "packages/pk.zip", True),
    ]
    assert {e.report.profile.value for e in entries} == {"archive"}


def test_a_missing_file_is_an_entry_with_the_reason(tmp_path: Path) -> None:
    missing = str(tmp_path / "missing.json")
    (entry,) = read_memos([missing])
    assert (entry.path, entry.package, entry.memo, entry.ok) == (missing, None, None, False)
    assert [f.message("en") for f in entry.report] == ["The file cannot be read: no such file"]


def test_a_zip_named_as_a_path_that_is_not_a_package_is_an_entry(folder: Path) -> None:
    other = str(folder / "packages" / "other.zip")
    (entry,) = read_memos([other])
    assert (entry.path, entry.package, entry.memo) == (other, other, None)
    assert [f.message("en") for f in entry.report] == [
        "The file cannot be read: not an archive package: manifest.json and sahke2.xml are missing"
    ]


def test_a_named_settings_file_and_an_empty_folder_are_passed_over(tmp_path: Path) -> None:
    shutil.copy(EXAMPLES / SETTINGS_FILE, tmp_path / SETTINGS_FILE)
    (tmp_path / "empty").mkdir()
    skipped: list[tuple[str, str]] = []
    paths = [str(tmp_path / SETTINGS_FILE), str(tmp_path / "empty")]
    assert list(read_memos(paths, skipped=lambda p, r: skipped.append((p, r)))) == []
    assert skipped == [
        (paths[0], "transfer settings, not a memo"),
        (paths[1], "no memos (*.json, *.xml) or packages (*.zip) in the folder"),
    ]


def test_progress_counts_the_entries_as_they_are_yielded(folder: Path) -> None:
    counted: list[int] = []
    entries = read_memos([str(folder)], progress=counted.append)
    first = next(entries)
    assert (first.path, counted) == (str(folder / "a-memo.json"), [1])
    rest = list(entries)
    assert counted == list(range(1, len(rest) + 2))


def test_an_unreadable_memo_in_a_package_is_an_entry_of_its_own(folder: Path) -> None:
    package = folder / "packages" / "pk"
    memo = package / "case-002" / "memo.xml"
    memo.write_bytes(b"<negotiation")
    entries = list(read_memos([str(package)]))
    assert [summary(e, folder) for e in entries] == [
        ("packages/pk/case-001/memo.xml", "packages/pk", True, ()),
        ("packages/pk/case-002/memo.xml", "packages/pk", False, ("HN-D001",)),
    ]


def test_a_memo_larger_than_a_package_memo_may_be_is_not_read(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(limits, "MAX_XML_BYTES", 1000)
    package = folder / "packages" / "pk"
    size = (package / "case-001" / "memo.xml").stat().st_size
    (entry, _) = read_memos([str(package)])
    assert [f.message("en") for f in entry.report] == [
        f"The file cannot be read: {size} bytes; a memo's XML holds at most 1000 bytes"
    ]


#: Prints each entry of the collection of the paths given as one JSON line.
_LIST_ENTRIES = """
import json, sys
from hyvaneuvottelu.collection import read_memos
for e in read_memos(sys.argv[1:]):
    print(json.dumps([e.path, e.memo is not None, [f.message("en") for f in e.report]]))
"""


def without_root_privilege() -> list[str]:
    """A command prefix under which root, too, is refused an unreadable file."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("root reads any file, and setpriv, which can prevent it, is missing")
    dropped = "-dac_override,-dac_read_search"
    return [setpriv, f"--inh-caps={dropped}", f"--bounding-set={dropped}"]


def test_an_unreadable_file_and_folder_are_entries_and_the_rest_is_read(folder: Path) -> None:
    shutil.rmtree(folder / "packages")
    (folder / "c-unreadable.json").write_bytes(JSON_MEMO.read_bytes())
    (folder / "c-unreadable.json").chmod(0)
    (folder / "nested").chmod(0)
    command = [sys.executable, "-c", _LIST_ENTRIES, str(folder)]
    try:
        result = subprocess.run(
            [*without_root_privilege(), *command],
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
    finally:
        (folder / "nested").chmod(0o755)
    assert (result.returncode, result.stderr) == (0, "")
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(os.path.relpath(p, folder), read, messages) for p, read, messages in lines] == [
        ("a-memo.json", True, []),
        ("b-memo.xml", True, []),
        (
            "broken.json",
            False,
            ["The memo is not valid: expected JSON, found something else where a value should be"],
        ),
        ("c-unreadable.json", False, ["The file cannot be read: permission denied"]),
        (
            "nested",
            False,
            ["The file cannot be read: the folder cannot be listed: permission denied"],
        ),
    ]


def test_an_internal_error_costs_only_its_memo(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def failing(
        data: bytes, *, format: str | None, profile: Profile, sahke2_version: str | None = None
    ) -> tuple[Negotiation | None, Report]:
        if b"TEST-2" in data:
            raise RuntimeError("boom")
        return read_bytes_checked(data, format=format, profile=profile)

    monkeypatch.setattr("hyvaneuvottelu.collection._read.read_bytes_checked", failing)
    entries = list(read_memos([str(folder / "packages" / "pk")]))
    assert [(summary(e, folder)[0], e.ok) for e in entries] == [
        ("packages/pk/case-001/memo.xml", True),
        ("packages/pk/case-002/memo.xml", False),
    ]
    assert [f.message("en") for f in entries[1].report] == [
        "The memo is not valid: expected a file this release can check, found an internal "
        "error (RuntimeError: boom); please report it to the developers"
    ]


def test_a_json_memo_and_its_xml_twin_are_the_same_memo(tmp_path: Path) -> None:
    memo = ready_memo()
    (tmp_path / "one.json").write_bytes(to_json(memo))
    write_package([memo], tmp_path / "pk", settings())
    first, second = read_memos([str(tmp_path / "one.json"), str(tmp_path / "pk")])
    assert first.memo == second.memo == memo
    assert attrs.evolve(first, path=second.path, package=second.package) == second


# Reading in several processes.


def _municipalities(entry: MemoEntry) -> tuple[str | None, ...]:
    """A small value from each memo, run where the memo was read."""
    assert entry.memo is not None
    return tuple(o.statistics_code for o in entry.memo.municipalities)


@pytest.fixture
def two_cpus(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_pool, "available_cpus", lambda: 2)


@pytest.mark.usefixtures("two_cpus")
def test_several_processes_give_the_same_entries_in_the_same_order(folder: Path) -> None:
    for number in range(70):  # more than two workers' first batches
        shutil.copy(JSON_MEMO, folder / "nested" / f"n{number:02d}.json")
    alone = list(read_memos([str(folder)], jobs=1))
    assert len(alone) == 78
    skipped: list[tuple[str, str]] = []
    together = list(read_memos([str(folder)], jobs=2, skipped=lambda p, r: skipped.append((p, r))))
    assert together == alone
    assert [os.path.relpath(p, folder) for p, _ in skipped] == [SETTINGS_FILE, "packages/other.zip"]
    assert list(read_memos([str(folder)], jobs=0)) == alone


@pytest.mark.usefixtures("two_cpus")
@pytest.mark.parametrize("jobs", [1, 2])
def test_extract_carries_a_value_instead_of_the_memo(folder: Path, jobs: int) -> None:
    entries = list(read_memos([str(folder)], jobs=jobs, extract=_municipalities))
    assert [(summary(e, folder)[0], e.ok, e.memo, e.value, e.extracted) for e in entries] == [
        ("a-memo.json", True, None, ("444",), True),
        ("b-memo.xml", True, None, ("444",), True),
        ("broken.json", False, None, None, False),
        ("nested/deeper/d-memo.json", True, None, ("444",), True),
        ("packages/copy.zip/case-001/memo.xml", True, None, ("444",), True),
        ("packages/pk.zip/case-001/memo.xml", True, None, ("444",), True),
        ("packages/pk/case-001/memo.xml", True, None, ("444",), True),
        ("packages/pk/case-002/memo.xml", True, None, ("444",), True),
    ]


def test_an_extracted_entry_keeps_every_other_field_of_the_entry(folder: Path) -> None:
    # The entry is rebuilt field by field for speed: a field added to
    # MemoEntry and forgotten there would be lost, and this would say so.
    plain = list(read_memos([str(folder)]))
    extracted = list(read_memos([str(folder)], extract=_municipalities))
    assert [f.name for f in attrs.fields(MemoEntry)] == [
        "path",
        "package",
        "report",
        "memo",
        "value",
        "extracted",
        "readable",
    ]
    assert extracted == [
        e if e.memo is None else attrs.evolve(e, memo=None, value=("444",), extracted=True)
        for e in plain
    ]
    assert {e.package for e in extracted} > {None}


def test_a_negative_number_of_jobs_is_refused() -> None:
    with pytest.raises(ValueError, match=r"^jobs: expected 0 \(one per CPU\) or more, found -1$"):
        read_memos(["x.json"], jobs=-1)


@pytest.mark.skipif(
    multiprocessing.get_start_method() != "fork",
    reason="the worker must inherit this test's stand-in for a crash, which only fork gives",
)
@pytest.mark.usefixtures("two_cpus")
def test_a_worker_that_dies_costs_only_its_own_memo(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def die_on_case_002(
        data: bytes, *, format: str | None, profile: Profile, sahke2_version: str | None = None
    ) -> tuple[Negotiation | None, Report]:
        if b"TEST-2" in data:
            os._exit(3)  # as the kernel's out-of-memory killer would end it
        return read_bytes_checked(data, format=format, profile=profile)

    monkeypatch.setattr("hyvaneuvottelu.collection._read.read_bytes_checked", die_on_case_002)
    entries = list(read_memos([str(folder)], jobs=2))
    assert [(summary(e, folder)[:3]) for e in entries] == [
        ("a-memo.json", None, True),
        ("b-memo.xml", None, True),
        ("broken.json", None, False),
        ("nested/deeper/d-memo.json", None, True),
        ("packages/copy.zip/case-001/memo.xml", "packages/copy.zip", True),
        ("packages/pk.zip/case-001/memo.xml", "packages/pk.zip", True),
        ("packages/pk/case-001/memo.xml", "packages/pk", True),
        ("packages/pk/case-002/memo.xml", "packages/pk", False),
    ]
    assert [f.message("en") for f in entries[-1].report] == [
        "The memo is not valid: expected a file this release can check, found an internal "
        "error (BrokenProcessPool: the process checking the file ended abruptly); please "
        "report it to the developers"
    ]


def test_an_unknown_profile_is_refused_at_once() -> None:
    with pytest.raises(ValueError, match=r"^'final' is not a valid Profile$"):
        read_memos(["x.json"], profile="final")


# Memory: a bounded number of memos in flight, whatever their number.


def _counted(names: list[str], pulled: list[int]) -> Iterator[str]:
    for name in names:
        pulled[0] += 1
        yield name


@pytest.mark.usefixtures("two_cpus")
@pytest.mark.parametrize(("jobs", "ahead"), [(1, 0), (2, 2 * 4 * 32 + 32)])
def test_only_a_bounded_number_of_paths_is_taken_ahead(
    tmp_path: Path, jobs: int, ahead: int
) -> None:
    # Missing files: each is an entry of its own, and cheap.
    names = [str(tmp_path / f"missing-{i:04d}.json") for i in range(1500)]
    pulled = [0]
    entries = read_memos(_counted(names, pulled), jobs=jobs)
    for done in range(1, 1001):
        assert next(entries).path == names[done - 1]
        assert done <= pulled[0] <= done + ahead
    entries.close()
    assert pulled[0] <= 1000 + ahead


def test_memory_does_not_grow_with_the_number_of_memos(tmp_path: Path) -> None:
    # The names are made with plain strings, not pathlib: pathlib interns each
    # part of a path, and a new interned name can make the interpreter's
    # table of interned strings grow (a one-off table of about 2 MB once
    # earlier tests have filled it), which tracemalloc counts as our peak.
    base = str(tmp_path)

    def peak(count: int) -> int:
        names = (f"{base}/missing-{i:05d}.json" for i in range(count))
        tracemalloc.start()
        try:
            for _ in read_memos(names):
                pass
            return tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()

    # A first run fills whatever is filled once (caches, lazily built tables),
    # so that the two measured runs differ only in the number of memos.
    peak(50)
    few, many = peak(200), peak(4000)
    assert many < few + 256 * 1024, (few, many)


# Hostile packages: refused whole, each an entry that says why.


def test_a_damaged_zip_in_a_folder_is_an_entry(folder: Path) -> None:
    damaged = folder / "packages" / "damaged.zip"
    damaged.write_bytes(b"PK\x03\x04" + b"\x00" * 100)
    entries = [e for e in read_memos([str(folder / "packages")]) if e.package == str(damaged)]
    assert [(e.path, e.memo) for e in entries] == [(str(damaged), None)]
    assert [f.message("en") for f in entries[0].report] == [
        "The file cannot be read: the archive package cannot be read: "
        "not a zip file (no end of central directory record)"
    ]


@pytest.mark.parametrize(
    ("name", "holds"),
    # A folder is listed until the limit is passed; a zip file's directory says how many.
    [("pk", "more than 3 entries"), ("pk.zip", "4 entries")],
)
def test_a_package_past_the_readers_limits_is_not_read(
    folder: Path, monkeypatch: pytest.MonkeyPatch, name: str, holds: str
) -> None:
    monkeypatch.setattr(limits, "MAX_PACKAGE_ENTRIES", 3)
    package = str(folder / "packages" / name)
    (entry,) = read_memos([package])
    assert (entry.path, entry.package, entry.memo) == (package, package, None)
    assert [f.message("en") for f in entry.report] == [
        "The file cannot be read: the archive package cannot be read: "
        f"it holds {holds}; a package holds at most 3"
    ]


def test_a_package_without_memos_is_an_entry(folder: Path) -> None:
    package = folder / "packages" / "pk"
    shutil.rmtree(package / "case-001")
    shutil.rmtree(package / "case-002")
    (entry,) = read_memos([str(package)])
    assert [f.message("en") for f in entry.report] == [
        "The file cannot be read: the archive package holds no memo (*/memo.xml)"
    ]


def test_a_memo_on_standard_input_is_read(tmp_path: Path) -> None:
    script = (
        "from hyvaneuvottelu.collection import read_memos\n"
        "for e in read_memos(['-'], jobs=2):\n"
        "    print(e.path, e.ok, e.memo.municipalities[0].statistics_code)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        input=JSON_MEMO.read_bytes(),
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert (result.returncode, result.stdout, result.stderr) == (0, b"- True 444\n", b"")


def _refuse_lohja(entry: MemoEntry) -> None:
    """An extract with a defect of its own."""
    raise LookupError(f"no value for {os.path.basename(entry.path)}")


@pytest.mark.usefixtures("two_cpus")
@pytest.mark.parametrize("jobs", [1, 2])
def test_an_exception_in_extract_is_the_callers_and_reaches_them(folder: Path, jobs: int) -> None:
    entries = read_memos([str(folder)], jobs=jobs, extract=_refuse_lohja)
    with pytest.raises(LookupError, match=r"^no value for a-memo\.json$"):
        next(entries)


#: Lists the entries and what was passed over, for the paths given.
_LIST_ALL = """
import sys
from hyvaneuvottelu.collection import read_memos
skipped = lambda path, reason: print("skipped", path, reason)
for e in read_memos(sys.argv[1:], skipped=skipped):
    print("entry", e.path, [f.message("en") for f in e.report])
"""


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_named_pipe_is_never_opened(tmp_path: Path) -> None:
    # Opening a FIFO for reading would wait for a writer: run apart, with a time limit.
    (tmp_path / "folder").mkdir()
    os.mkfifo(tmp_path / "folder" / "pipe.json")
    os.mkfifo(tmp_path / "named.json")
    paths = [str(tmp_path / "folder"), str(tmp_path / "named.json")]
    result = subprocess.run(
        [sys.executable, "-c", _LIST_ALL, *paths],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout.splitlines() == [
        f"skipped {paths[0]}/pipe.json not a regular file but a named pipe (FIFO)",
        f"skipped {paths[0]} no memos (*.json, *.xml) or packages (*.zip) in the folder",
        f"entry {paths[1]} ['The file cannot be read: not a regular file but a named pipe (FIFO)']",
    ]


def test_a_zip_in_a_folder_past_a_packages_limits_is_passed_over(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # No package holds so many entries: it is some other zip file. A package
    # folder that large is still reported: it has a package's metadata files.
    monkeypatch.setattr(limits, "MAX_PACKAGE_ENTRIES", 3)
    skipped: list[tuple[str, str]] = []
    packages = folder / "packages"
    entries = list(read_memos([str(packages)], skipped=lambda p, r: skipped.append((p, r))))
    assert [(summary(e, folder)[:3]) for e in entries] == [
        ("packages/pk", "packages/pk", False),
    ]
    assert [(os.path.relpath(p, folder), r) for p, r in skipped] == [
        ("packages/copy.zip", "a zip file that is not an archive package"),
        ("packages/other.zip", "a zip file that is not an archive package"),
        ("packages/pk.zip", "a zip file that is not an archive package"),
    ]


#: Why a path is passed over, in each language, written by hand.
REASON_WORDS = [
    (Reasons.SETTINGS, "fi", "siirron asetukset, ei muistio"),
    (Reasons.SETTINGS, "sv", "överföringsinställningar, inte en promemoria"),
    (Reasons.MANIFEST, "fi", "siirtopaketin tiedostoluettelo, ei muistio"),
    (Reasons.SAHKE2, "sv", "överföringspaketets SÄHKE2-metadata, inte en promemoria"),
    (Reasons.NO_MEMOS, "fi", "kansiossa ei ole muistioita (*.json, *.xml) eikä paketteja (*.zip)"),
    (Reasons.NOT_A_PACKAGE, "fi", "zip-tiedosto, joka ei ole siirtopaketti"),
    (Reasons.NOT_A_PACKAGE, "sv", "en zip-fil som inte är ett överföringspaket"),
    (Reasons.NOT_A_PACKAGE, "en", "a zip file that is not an archive package"),
    ("not a regular file but a fifo", "fi", "not a regular file but a fifo"),
]


@pytest.mark.parametrize(("reason", "language", "words"), REASON_WORDS)
def test_a_reason_in_each_language(reason: str, language: str, words: str) -> None:
    assert Reasons.words(reason, language) == words


def test_the_archive_s_file_names_are_the_archive_s() -> None:
    assert (_walk.MANIFEST_FILE, _walk.SAHKE2_FILE, _walk.SETTINGS_FILE) == (
        MANIFEST_FILE,
        SAHKE2_FILE,
        SETTINGS_FILE,
    )


def test_coverage_of_memo_files_loads_none_of_the_archive(tmp_path: Path) -> None:
    # The archive (its manifest, settings and hashlib) is loaded when a
    # package is met, not at start-up of every command that reads memos.
    memo = tmp_path / "example.json"
    shutil.copy(JSON_MEMO, memo)
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "hyvaneuvottelu", "coverage", str(memo)],
        capture_output=True,
        timeout=120,
        check=False,
        cwd=ROOT,
    )
    assert result.returncode == 1, result.stderr.decode()[-2000:]
    imported = {line.split("|")[-1].strip() for line in result.stderr.decode().splitlines()}
    assert "hyvaneuvottelu.collection" in imported
    assert (
        sorted(
            name
            for name in imported
            if name.startswith("hyvaneuvottelu.archive") or name == "hashlib"
        )
        == []
    )
