"""Writing a package: refusals, contents, determinism, the creation time."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import attrs
import pytest

from hyvaneuvottelu import (
    HyvaneuvotteluError,
    Negotiation,
    OutputError,
    examples,
    from_xml,
    limits,
    to_xml,
)
from hyvaneuvottelu.archive import (
    MANIFEST_FILE,
    SAHKE2_FILE,
    ArchiveRefusedError,
    Refusal,
    Sahke2Version,
    TransferTooLargeError,
    _package,
    verify_package,
    write_package,
)
from hyvaneuvottelu.archive._attachments import SourceFile
from hyvaneuvottelu.archive._contents import ArchivedMemo
from hyvaneuvottelu.archive._created import resolve_created
from hyvaneuvottelu.archive._package import package_files
from hyvaneuvottelu.limits import MAX_PACKAGE_MEMOS, MAX_SAHKE2_BYTES
from hyvaneuvottelu.model import PersonalDataClass

from .archive_support import ROOT, completed_memo, ready_memo, settings
from .generated_memos import numbered_memos
from .test_archive_verify_limits import nodes

CREATED = datetime(2025, 2, 5, 8, 0, tzinfo=UTC)


def tree(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def test_the_package_holds_memo_xml_html_sahke2_and_manifest(tmp_path: Path) -> None:
    target = tmp_path / "package"
    package = write_package([completed_memo()], target, settings(), created=CREATED)
    files = tree(target)
    assert sorted(files) == [
        "case-001/memo.html",
        "case-001/memo.xml",
        MANIFEST_FILE,
        SAHKE2_FILE,
    ]
    assert from_xml(files["case-001/memo.xml"]) == completed_memo()
    assert files["case-001/memo.html"].startswith(b"<!DOCTYPE html>")
    manifest = json.loads(files[MANIFEST_FILE])
    assert [(f["path"], f["size"], f["sha256"]) for f in manifest["files"]] == [
        (name, len(files[name]), hashlib.sha256(files[name]).hexdigest())
        for name in ("case-001/memo.html", "case-001/memo.xml", SAHKE2_FILE)
    ]
    assert package.path == target
    assert package.created == CREATED
    assert [e.path for e in package.files] == [f["path"] for f in manifest["files"]]


def test_the_real_memo_is_refused_with_what_is_missing(tmp_path: Path) -> None:
    target = tmp_path / "package"
    with pytest.raises(ArchiveRefusedError) as caught:
        write_package([examples.load()], target, settings(), language="en")
    assert caught.value.refusals == (
        Refusal(
            source="memo 1",
            reasons=(
                "/date: HN-A001: The date of the negotiation is missing",
                "/place: HN-A002: The place of the negotiation is missing",
                "/record/identifier: HN-A003: The record's identifier is missing",
                "/record/caseId: HN-A004: The case identifier (asianumero) is missing",
                "/record/author: HN-A006: The memo's author is missing",
                "/record/status: HN-A007: The memo is not marked approved (status: –)",
                "/record/approved: HN-A008: The memo's approval date is missing",
                "/record/publicity: HN-A010: The publicity class is missing",
                "/record/personalData: HN-A013: The personal data class is missing",
                "/record/retention: HN-A015: The retention period is missing",
                "/record/functionCode: HN-A019: The function classification code is missing",
                "/record/languages: HN-A020: The record's language is missing",
                "/record/documentType: HN-A022: The document type is missing",
                "/record/created: HN-A023: When the record was created is missing",
            ),
        ),
    )
    assert str(caught.value).startswith(
        "not archived: the memos are not ready for the archive; nothing was written\n"
        "memo 1:\n  /date: HN-A001: "
    )
    assert list(tmp_path.iterdir()) == []


def test_profile_messages_in_finnish_by_default(tmp_path: Path) -> None:
    with pytest.raises(ArchiveRefusedError) as caught:
        write_package([examples.load()], tmp_path / "p", settings())
    assert caught.value.refusals[0].reasons[0] == "/date: HN-A001: Neuvottelun päivämäärä puuttuu"


def test_sahke2_needs_are_said_once_by_the_profile_with_their_code(tmp_path: Path) -> None:
    memo = ready_memo(function_code="00 01")
    with pytest.raises(ArchiveRefusedError) as caught:
        write_package([memo], tmp_path / "p", settings(), sources=["a.json"])
    (refusal,) = caught.value.refusals
    assert refusal.source == "a.json"
    assert refusal.reasons == (
        '/record/functionCode: HN-A042: Tehtäväluokka "00 01" on liian yleinen: SÄHKE2 vaatii '
        'vähintään kolme tasoa, esimerkiksi "00 01 02"',
    )


def test_the_2011_version_refuses_special_category_data(tmp_path: Path) -> None:
    memo = ready_memo(personal_data=PersonalDataClass.SPECIAL_CATEGORIES)
    with pytest.raises(ArchiveRefusedError) as caught:
        write_package([memo], tmp_path / "p", settings(sahke2_version=Sahke2Version.V2011))
    # The transfer settings' version reaches the profile, which says it with its code.
    assert caught.value.refusals[0].reasons == (
        "/record/personalData: HN-A043: SÄHKE2:n vuoden 2011 skeemassa ei ole "
        'henkilötietoluokkaa "sisältää erityisiä henkilötietoryhmiä"; siirrä muistio vuoden 2019 '
        "skeeman mukaisena",
    )
    assert list(tmp_path.iterdir()) == []
    write_package([memo], tmp_path / "p", settings(), created=CREATED)


def test_one_refused_memo_refuses_the_whole_transfer(tmp_path: Path) -> None:
    with pytest.raises(ArchiveRefusedError) as caught:
        write_package([ready_memo(), examples.load()], tmp_path / "p", settings())
    assert [r.source for r in caught.value.refusals] == ["memo 2"]
    assert list(tmp_path.iterdir()) == []


def test_two_memos_with_one_identifier_are_refused(tmp_path: Path) -> None:
    with pytest.raises(ArchiveRefusedError) as caught:
        write_package([ready_memo(), ready_memo()], tmp_path / "p", settings())
    assert caught.value.refusals == (
        Refusal(
            source="memo 2",
            reasons=(
                "/record/identifier: expected an identifier no other memo of the transfer "
                'has, found "TEST-1" (also in memo 1)',
            ),
        ),
    )


def test_no_memos_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(HyvaneuvotteluError, match="no memos to archive"):
        write_package([], tmp_path / "p", settings())


def test_several_memos_make_one_case_file_each(tmp_path: Path) -> None:
    memos = [ready_memo(), ready_memo(identifier="TEST-2")]
    write_package(memos, tmp_path / "p", settings(), created=CREATED)
    assert sorted(tree(tmp_path / "p")) == [
        "case-001/memo.html",
        "case-001/memo.xml",
        "case-002/memo.html",
        "case-002/memo.xml",
        MANIFEST_FILE,
        SAHKE2_FILE,
    ]


@pytest.mark.parametrize("as_zip", [False, True])
def test_the_same_memo_and_options_give_the_same_bytes(tmp_path: Path, as_zip: bool) -> None:
    first, second = tmp_path / "a", tmp_path / "b"
    for target in (first, second):
        write_package([completed_memo()], target, settings(), zip=as_zip)
    if as_zip:
        assert first.read_bytes() == second.read_bytes()
    else:
        assert tree(first) == tree(second)


def test_another_creation_time_changes_only_what_carries_it(tmp_path: Path) -> None:
    write_package([completed_memo()], tmp_path / "a", settings(), created=CREATED)
    later = CREATED + timedelta(days=1)
    write_package([completed_memo()], tmp_path / "b", settings(), created=later)
    a, b = tree(tmp_path / "a"), tree(tmp_path / "b")
    assert [name for name in a if a[name] != b[name]] == [MANIFEST_FILE, SAHKE2_FILE]


def test_created_comes_from_the_argument_then_source_date_epoch_then_the_records() -> None:
    memos = [completed_memo(), ready_memo()]
    helsinki = timezone(timedelta(hours=2))
    given = datetime(2025, 3, 1, 12, 0, 0, 500, tzinfo=helsinki)
    assert resolve_created(given, memos, {}) == datetime(2025, 3, 1, 10, 0, tzinfo=UTC)
    epoch = {"SOURCE_DATE_EPOCH": "1740000000"}
    assert resolve_created(None, memos, epoch) == datetime.fromtimestamp(1740000000, UTC)
    assert resolve_created(given, memos, epoch).hour == 10
    # The completed example was created 2025-01-28 14:00 +02:00 = 12:00 UTC.
    assert resolve_created(None, memos, {}) == datetime(2025, 1, 28, 12, 0, tzinfo=UTC)


def test_source_date_epoch_is_honoured_by_write_package(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1740000000")
    package = write_package([completed_memo()], tmp_path / "p", settings())
    assert package.created == datetime.fromtimestamp(1740000000, UTC)
    manifest = json.loads((tmp_path / "p" / MANIFEST_FILE).read_bytes())
    assert manifest["created"] == "2025-02-19T21:20:00Z"


@pytest.mark.parametrize(
    ("created", "environ", "message"),
    [
        (datetime(2025, 1, 1), {}, "created: expected a date-time with a UTC offset, found "),
        (None, {"SOURCE_DATE_EPOCH": "soon"}, "SOURCE_DATE_EPOCH: expected whole seconds"),
    ],
)
def test_a_bad_creation_time_is_refused(
    created: datetime | None, environ: dict[str, str], message: str
) -> None:
    with pytest.raises(HyvaneuvotteluError, match=message):
        resolve_created(created, [completed_memo()], environ)


def test_without_any_creation_time_the_caller_is_asked_for_one() -> None:
    memo = attrs.evolve(completed_memo(), record=None)
    with pytest.raises(HyvaneuvotteluError, match="give --created"):
        resolve_created(None, [memo], {})


def test_a_target_over_its_inputs_is_refused_by_the_library(tmp_path: Path) -> None:
    memos = tmp_path / "memos"
    memos.mkdir()
    memo = memos / "memo.json"
    memo.write_bytes(b"precious")
    with pytest.raises(OutputError) as caught:
        write_package([completed_memo()], memos, settings(), force=True, inputs=[memo])
    assert str(caught.value) == (
        f"{memos}: the target holds the input {memo}; "
        "choose a target outside the inputs; nothing was written"
    )
    assert [p.name for p in tmp_path.iterdir()] == ["memos"]
    assert [p.name for p in memos.iterdir()] == ["memo.json"]
    assert memo.read_bytes() == b"precious"


def test_memos_are_taken_one_at_a_time_and_written_as_they_come(tmp_path: Path) -> None:
    target = tmp_path / "p"
    staging = tmp_path / f".p.{os.getpid()}.partial"
    seen: list[list[str]] = []

    def memos() -> Iterator[Negotiation]:
        for memo in numbered_memos(3):
            seen.append(sorted(p.relative_to(staging).as_posix() for p in staging.rglob("*")))
            yield memo

    write_package(memos(), target, settings(), created=CREATED)
    assert seen == [
        [],
        ["case-001", "case-001/memo.html", "case-001/memo.xml"],
        [
            "case-001",
            "case-001/memo.html",
            "case-001/memo.xml",
            "case-002",
            "case-002/memo.html",
            "case-002/memo.xml",
        ],
    ]
    assert len(tree(target)) == 8


def test_a_refused_memo_stops_the_writing_but_not_the_checking(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rendered: list[int] = []
    archived = _package._archived

    def render(
        negotiation: Negotiation, index: int, attachments: tuple[SourceFile, ...] = ()
    ) -> ArchivedMemo:
        rendered.append(index)
        return archived(negotiation, index, attachments)

    monkeypatch.setattr(_package, "_archived", render)
    memos = [
        ready_memo(identifier="A"),
        examples.load(),
        ready_memo(identifier="A"),
        ready_memo(identifier="C"),
    ]
    with pytest.raises(ArchiveRefusedError) as caught:
        write_package(memos, tmp_path / "p", settings(), language="en")
    assert [r.source for r in caught.value.refusals] == ["memo 2", "memo 3"]
    assert caught.value.refusals[1].reasons == (
        '/record/identifier: expected an identifier no other memo of the transfer has, found "A" '
        "(also in memo 1)",
    )
    assert rendered == [1]
    assert list(tmp_path.iterdir()) == []


def test_a_refusal_given_for_an_unreadable_memo_is_listed_with_the_others(
    tmp_path: Path,
) -> None:
    unreadable = Refusal(source="broken.json", reasons=("cannot be read: no JSON",))
    with pytest.raises(ArchiveRefusedError) as caught:
        write_package([unreadable, completed_memo()], tmp_path / "p", settings())
    assert caught.value.refusals == (unreadable,)
    assert list(tmp_path.iterdir()) == []


SPLIT = "split the memos into several transfers; nothing was written"


def test_more_memos_than_one_transfer_holds_are_refused_at_once(tmp_path: Path) -> None:
    memo = completed_memo()
    with pytest.raises(TransferTooLargeError) as caught:
        write_package([memo] * 1001, tmp_path / "p", settings())
    assert str(caught.value) == f"1001 memos: one transfer holds at most 1000; {SPLIT}"
    assert list(tmp_path.iterdir()) == []


def test_more_memos_than_one_transfer_holds_are_refused_from_a_generator(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(_package, "MAX_PACKAGE_MEMOS", 2)
    write_package(numbered_memos(2), tmp_path / "two", settings())
    with pytest.raises(TransferTooLargeError) as caught:
        write_package(numbered_memos(3), tmp_path / "three", settings())
    assert str(caught.value) == f"more than 2 memos: one transfer holds at most 2; {SPLIT}"
    assert [p.name for p in tmp_path.iterdir()] == ["two"]


def test_the_metadata_file_never_exceeds_what_the_reader_accepts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_package(numbered_memos(2), tmp_path / "measured", settings(), created=CREATED)
    size = len((tmp_path / "measured" / SAHKE2_FILE).read_bytes())
    monkeypatch.setattr(_package, "MAX_SAHKE2_BYTES", size)
    write_package(numbered_memos(2), tmp_path / "exactly", settings(), created=CREATED)
    monkeypatch.setattr(_package, "MAX_SAHKE2_BYTES", size - 1)
    with pytest.raises(TransferTooLargeError) as caught:
        write_package(numbered_memos(2), tmp_path / "over", settings(), created=CREATED)
    assert str(caught.value) == (
        f"sahke2.xml would take more than {size - 1} bytes, more than a package reader "
        f"accepts; {SPLIT}"
    )
    # Refused as soon as the case files alone are too large, before the last memo.
    monkeypatch.setattr(_package, "MAX_SAHKE2_BYTES", size // 2)
    taken: list[int] = []

    def memos() -> Iterator[Negotiation]:
        for number, memo in enumerate(numbered_memos(5), start=1):
            taken.append(number)
            yield memo

    with pytest.raises(TransferTooLargeError):
        write_package(memos(), tmp_path / "early", settings(), created=CREATED)
    assert taken == [1, 2]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["exactly", "measured"]


def test_the_metadata_never_hold_more_nodes_than_verify_parses(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_package(numbered_memos(2), tmp_path / "measured", settings(), created=CREATED)
    data = (tmp_path / "measured" / SAHKE2_FILE).read_bytes()
    # Archive counts as verify does (elements, attributes, namespace declarations),
    # and the XML declaration's "<" and two "=" besides.
    assert data.startswith(b"<?xml version='1.0' encoding='UTF-8'?>\n")
    counted = nodes(data) + 3
    monkeypatch.setattr(_package, "MAX_SAHKE2_NODES", counted)
    monkeypatch.setattr(limits, "MAX_SAHKE2_NODES", counted)
    write_package(numbered_memos(2), tmp_path / "exactly", settings(), created=CREATED)
    assert verify_package(tmp_path / "exactly").problems == ()
    monkeypatch.setattr(_package, "MAX_SAHKE2_NODES", counted - 1)
    with pytest.raises(TransferTooLargeError) as caught:
        write_package(numbered_memos(2), tmp_path / "over", settings(), created=CREATED)
    assert str(caught.value) == (
        f"sahke2.xml would hold more than {counted - 1} elements, attributes and namespace "
        f"declarations, more than a package reader accepts; {SPLIT}"
    )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["exactly", "measured"]


def test_the_files_together_never_exceed_what_the_reader_accepts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(_package, "MAX_PACKAGE_TOTAL_BYTES", 1000)
    with pytest.raises(TransferTooLargeError) as caught:
        write_package([completed_memo()], tmp_path / "p", settings())
    assert str(caught.value) == (
        f"the memos' files take more than 1000 bytes, more than a package reader accepts; {SPLIT}"
    )
    assert list(tmp_path.iterdir()) == []


def test_a_memo_whose_xml_the_reader_would_refuse_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(_package, "MAX_XML_BYTES", 1000)
    memo = completed_memo()
    with pytest.raises(ArchiveRefusedError) as caught:
        write_package([memo], tmp_path / "p", settings(), sources=["big.json"])
    assert caught.value.refusals == (
        Refusal(
            source="big.json",
            reasons=(
                "/: expected a memo whose memo.xml takes at most 1000 bytes (what a package "
                f"reader accepts), found {len(to_xml(memo))} bytes",
            ),
        ),
    )
    assert list(tmp_path.iterdir()) == []


def test_the_metadata_limit_holds_the_largest_transfer_with_a_wide_margin() -> None:
    def metadata_size(count: int) -> int:
        files = package_files(numbered_memos(count), settings(), CREATED)
        return next(f.size for f in files if f.path == SAHKE2_FILE)

    per_memo = (metadata_size(3) - metadata_size(1)) // 2
    assert 4000 < per_memo < 8000  # the completed example: about 5.3 kB
    assert MAX_PACKAGE_MEMOS * per_memo * 4 < MAX_SAHKE2_BYTES


_PEAK_MEMORY = """
import resource, sys
from tests.archive_support import EXAMPLES
from tests.generated_memos import numbered_memos
from hyvaneuvottelu.archive import load_settings, settings_from, write_package

settings = settings_from(load_settings(EXAMPLES / "archive-settings.json"))
write_package(numbered_memos(int(sys.argv[1])), sys.argv[2], settings, zip=sys.argv[3] == "zip")
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


@pytest.mark.skipif(sys.platform != "linux", reason="ru_maxrss is in KiB on Linux")
@pytest.mark.parametrize("form", ["folder", "zip"])
def test_memory_does_not_grow_with_the_number_of_memos(tmp_path: Path, form: str) -> None:
    def peak_kib(count: int) -> int:
        target = tmp_path / f"{count}-{form}"
        done = subprocess.run(
            [sys.executable, "-c", _PEAK_MEMORY, str(count), str(target), form],
            capture_output=True,
            check=True,
            cwd=ROOT,
            text=True,
            timeout=300,
        )
        return int(done.stdout)

    few, many = peak_kib(10), peak_kib(110)
    # Holding the memos and their files took about 125 kB more per memo.
    assert many - few < 4 * 1024, (few, many)
