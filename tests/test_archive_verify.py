"""Verifying a package: every byte of every file, every schema, metadata against memo."""

from __future__ import annotations

import hashlib
import json
import shutil
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import attrs
import pytest

from hyvaneuvottelu import (
    HyvaneuvotteluError,
    LocalizedText,
    Organisation,
    Presence,
    Publicity,
    Retention,
)
from hyvaneuvottelu.archive import (
    MANIFEST_FILE,
    SAHKE2_FILE,
    Discrepancy,
    Sahke2Version,
    verify_package,
    write_package,
)
from hyvaneuvottelu.model import OrganisationKind, PublicityClass

from .archive_support import completed_memo, ready_memo, schema_folder, settings

CREATED = datetime(2025, 2, 5, 8, 0, tzinfo=UTC)
FILES = ["case-001/memo.xml", "case-001/memo.html", SAHKE2_FILE, MANIFEST_FILE]


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


def rehash(package: Path, name: str) -> None:
    """Bring the manifest in line with a changed file, as a careful forger would."""
    manifest_path = package / MANIFEST_FILE
    manifest = json.loads(manifest_path.read_bytes())
    data = (package / name).read_bytes()
    for entry in manifest["files"]:
        if entry["path"] == name:
            entry["size"] = len(data)
            entry["sha256"] = hashlib.sha256(data).hexdigest()
    text = json.dumps(manifest, ensure_ascii=False, indent=2) + "\n"
    manifest_path.write_bytes(text.encode("utf-8"))


@pytest.mark.parametrize("version", list(Sahke2Version))
def test_a_fresh_package_verifies_against_the_official_schema(
    tmp_path: Path, version: Sahke2Version
) -> None:
    target = tmp_path / "p"
    write_package([completed_memo()], target, settings(sahke2_version=version))
    report = verify_package(target, sahke2_schema_dir=schema_folder())
    assert report.ok, report.problems
    assert report.notes == ()
    assert report.files == 4
    assert report.sahke2_version is version


def test_the_default_schema_folder_is_the_shared_one(package: Path) -> None:
    schema_folder()
    assert verify_package(package).notes == ()


def test_without_the_schema_the_structure_is_checked_and_that_is_said(
    package: Path, tmp_path: Path
) -> None:
    report = verify_package(package, sahke2_schema_dir=tmp_path / "none")
    assert report.ok
    assert report.notes == (
        "sahke2.xml: SÄHKE2 schema validation was not possible (Sahke2_2019_03.xsd not found; "
        "give --sahke2-schema DIR); its structure was checked instead",
    )


@pytest.mark.parametrize("name", FILES)
@pytest.mark.parametrize("where", ["start", "middle", "end"])
def test_flipping_one_byte_of_any_file_is_found_and_names_the_file(
    package: Path, name: str, where: str
) -> None:
    path = package / name
    data = bytearray(path.read_bytes())
    index = {"start": 0, "middle": len(data) // 2, "end": len(data) - 1}[where]
    data[index] ^= 0x01
    path.write_bytes(bytes(data))
    report = verify_package(package)
    assert not report.ok
    assert name in report.problem_files()


@pytest.mark.parametrize("name", FILES[:3])
def test_flipping_one_byte_in_a_zip_entry_is_found(tmp_path: Path, name: str) -> None:
    target = tmp_path / "p.zip"
    write_package([completed_memo()], target, settings(), zip=True)
    with zipfile.ZipFile(target) as archive:
        contents = {i.filename: archive.read(i) for i in archive.infolist()}
    changed = bytearray(contents[name])
    changed[len(changed) // 2] ^= 0x20
    contents[name] = bytes(changed)
    forged = tmp_path / "forged.zip"
    with zipfile.ZipFile(forged, "w") as archive:
        for entry, data in contents.items():
            archive.writestr(entry, data)
    report = verify_package(forged)
    assert name in report.problem_files()


def test_a_damaged_zip_entry_is_named(tmp_path: Path) -> None:
    target = tmp_path / "p.zip"
    write_package([completed_memo()], target, settings(), zip=True)
    data = bytearray(target.read_bytes())
    with zipfile.ZipFile(target) as archive:
        info = archive.getinfo("case-001/memo.xml")
    # Inside the entry's compressed data: past its local header.
    data[info.header_offset + 30 + len(info.filename) + 10] ^= 0xFF
    target.write_bytes(bytes(data))
    report = verify_package(target)
    assert "case-001/memo.xml" in report.problem_files()
    assert "cannot be read from the zip file" in str(report.problems[0])


def test_a_changed_file_is_reported_with_both_hashes(package: Path) -> None:
    (package / "case-001" / "memo.html").write_bytes(b"<p>changed</p>")
    report = verify_package(package)
    expected = hashlib.sha256(b"<p>changed</p>").hexdigest()
    assert report.problems[0] == Discrepancy(
        file="case-001/memo.html",
        message=f"14 bytes; the manifest says {_listed(package, 'case-001/memo.html')[0]} bytes",
    )
    assert report.problems[1].message.startswith(f"SHA-256 {expected}; the manifest says ")
    # The SÄHKE2 Document hash catches it too, even with the manifest forged.
    rehash(package, "case-001/memo.html")
    (rendition, problem) = verify_package(package).problems
    assert str(rendition) == (
        "case-001/memo.html: not a text/html 5 rendition: expected HTML opening with "
        "<!DOCTYPE html>, found '<p>changed</p>'"
    )
    assert problem.file == "case-001/memo.html"
    assert problem.message.startswith(f"SHA-256 {expected}; sahke2.xml says ")


def _listed(package: Path, name: str) -> tuple[int, str]:
    manifest = json.loads((package / MANIFEST_FILE).read_bytes())
    (entry,) = [e for e in manifest["files"] if e["path"] == name]
    return entry["size"], entry["sha256"]


def test_missing_and_extra_files(package: Path) -> None:
    (package / "case-001" / "memo.html").unlink()
    (package / "extra.txt").write_bytes(b"x")
    assert [str(p) for p in verify_package(package).problems] == [
        "case-001/memo.html: listed in the manifest but missing from the package",
        "extra.txt: in the package but not listed in the manifest",
        "sahke2.xml: CaseFile[1]: Document names case-001/memo.html, which is not in the package",
        "extra.txt: not described by any Document in sahke2.xml",
    ]


def test_a_file_no_document_describes(package: Path) -> None:
    (package / "case-001" / "memo.xml").rename(package / "case-001" / "other.xml")
    manifest = (package / MANIFEST_FILE).read_text(encoding="utf-8")
    (package / MANIFEST_FILE).write_text(manifest.replace("memo.xml", "other.xml"), "utf-8")
    assert [str(p) for p in verify_package(package).problems] == [
        "sahke2.xml: CaseFile[1]: Document names case-001/memo.xml, which is not in the package",
        "case-001/other.xml: not described by any Document in sahke2.xml",
    ]


def test_a_missing_manifest_and_sahke2(package: Path) -> None:
    (package / MANIFEST_FILE).unlink()
    (package / SAHKE2_FILE).unlink()
    assert [str(p) for p in verify_package(package).problems] == [
        "manifest.json: missing: the package has no manifest",
        "sahke2.xml: missing: the package has no SÄHKE2 metadata",
    ]


def test_sahke2_disagreeing_with_the_memo_is_reported_precisely(package: Path) -> None:
    path = package / SAHKE2_FILE
    text = path.read_text(encoding="utf-8")
    text = text.replace(
        "<NativeId>ESIMERKKI-LUHA-2025-0001</NativeId>", "<NativeId>OTHER-1</NativeId>"
    ).replace("<Accepted>2025-02-04</Accepted>", "<Accepted>2025-02-05</Accepted>")
    path.write_text(text, encoding="utf-8")
    rehash(package, SAHKE2_FILE)
    assert [str(p) for p in verify_package(package).problems] == [
        'sahke2.xml: CaseFile[1]/Action/Record/NativeId is "OTHER-1"; '
        'the memo case-001/memo.xml says "ESIMERKKI-LUHA-2025-0001"',
        'sahke2.xml: CaseFile[1]/Action/Record/Accepted is "2025-02-05"; '
        'the memo case-001/memo.xml says "2025-02-04"',
    ]


def test_a_value_of_the_memo_missing_from_sahke2_is_reported(package: Path) -> None:
    path = package / SAHKE2_FILE
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("<Accepted>2025-02-04</Accepted>", ""), encoding="utf-8")
    rehash(package, SAHKE2_FILE)
    assert [str(p) for p in verify_package(package).problems] == [
        "sahke2.xml: CaseFile[1]/Action/Record/Accepted is missing; "
        'the memo case-001/memo.xml says "2025-02-04"',
    ]


def test_sahke2_invalid_against_the_schema(package: Path) -> None:
    path = package / SAHKE2_FILE
    text = path.read_text(encoding="utf-8").replace(
        "<PublicityClass>Julkinen</PublicityClass>", "<PublicityClass>Avoin</PublicityClass>", 1
    )
    path.write_text(text, encoding="utf-8")
    rehash(package, SAHKE2_FILE)
    problem, disagreement = verify_package(package, sahke2_schema_dir=schema_folder()).problems
    assert str(problem) == (
        "sahke2.xml: not valid against the SÄHKE2 2019 schema: line 40: Element "
        "'{http://www.arkisto.fi/skeemat/Sahke2/2019/08/29}PublicityClass': [facet "
        "'enumeration'] The value 'Avoin' is not an element of the set {'Julkinen', "
        "'Osittain salassapidettävä', 'Salassa pidettävä'}."
    )
    assert str(disagreement) == (
        'sahke2.xml: CaseFile[1]/Restriction/PublicityClass is "Avoin"; '
        'the memo case-001/memo.xml says "Julkinen"'
    )


def test_structure_problems_without_the_schema(package: Path, tmp_path: Path) -> None:
    path = package / SAHKE2_FILE
    text = path.read_text(encoding="utf-8")
    start, end = text.index("<TransferContractId>"), text.index("</TransferContractId>")
    path.write_text(text[:start] + text[end + len("</TransferContractId>") :], encoding="utf-8")
    rehash(package, SAHKE2_FILE)
    problems = verify_package(package, sahke2_schema_dir=tmp_path).problems
    assert [str(p) for p in problems] == [
        "sahke2.xml: Metadata/TransferInformation[1] has no TransferContractId element"
    ]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (
            b"<Metadata",
            "sahke2.xml: line 1, column 10: expected well-formed XML, "
            "found Couldn't find end of Start Tag Metadata line 1",
        ),
        (
            b'<!DOCTYPE x [<!ENTITY a "b">]><x/>',
            "sahke2.xml: line 1: before the root element: expected no document type "
            "declaration (DTDs and entities are refused), found <!DOCTYPE ...>",
        ),
        (b'<Metadata xmlns="urn:other"/>', "sahke2.xml: expected a SÄHKE2 Metadata element"),
    ],
)
def test_a_sahke2_file_that_is_not_sahke2(package: Path, content: bytes, message: str) -> None:
    (package / SAHKE2_FILE).write_bytes(content)
    rehash(package, SAHKE2_FILE)
    (problem,) = verify_package(package).problems
    assert str(problem).startswith(message)


def test_a_memo_that_is_not_valid_is_reported(package: Path) -> None:
    path = package / "case-001" / "memo.xml"
    path.write_bytes(path.read_bytes().replace(b"<kind>", b"<kindx>", 1))
    rehash(package, "case-001/memo.xml")
    text = (package / SAHKE2_FILE).read_text(encoding="utf-8")
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    old = text.split("<HashValue>")[1].split("</HashValue>")[0]
    (package / SAHKE2_FILE).write_text(text.replace(old, digest), encoding="utf-8")
    rehash(package, SAHKE2_FILE)
    problems = verify_package(package).problems
    assert problems
    assert {p.file for p in problems} == {"case-001/memo.xml"}
    assert problems[0].message.startswith("not a valid memo: ")


def test_two_memos_verify(tmp_path: Path) -> None:
    memos = [ready_memo(), attrs.evolve(ready_memo(identifier="TEST-2"))]
    write_package(memos, tmp_path / "p", settings())
    assert verify_package(tmp_path / "p").ok


def test_no_package_at_all_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(HyvaneuvotteluError, match="no such package"):
        verify_package(tmp_path / "none")


def test_a_file_that_is_not_a_zip_file_is_not_verified(tmp_path: Path) -> None:
    (tmp_path / "not.zip").write_bytes(b"nope")
    report = verify_package(tmp_path / "not.zip")
    assert [str(p) for p in report.problems] == [
        "not.zip: cannot be verified: not a zip file (no end of central directory record)"
    ]
    assert report.files == 0


def test_unsafe_and_repeated_zip_entries_are_not_read(tmp_path: Path) -> None:
    path = tmp_path / "evil.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("../escape.txt", b"x")
        archive.writestr("/absolute.txt", b"x")
        archive.writestr("twice.txt", b"1")
        with pytest.warns(UserWarning, match="Duplicate name"):
            archive.writestr("twice.txt", b"2")
    problems = [str(p) for p in verify_package(path).problems]
    unsafe = "an unsafe entry name (empty, absolute, with '..', a backslash or NUL); not read"
    assert problems[:3] == [
        f"../escape.txt: {unsafe}",
        f"/absolute.txt: {unsafe}",
        "twice.txt: appears 2 times in the zip file; not read",
    ]


HUS = Organisation(
    id="hus",
    kind=OrganisationKind.JOINT_AUTHORITY,
    name=LocalizedText(fi="HUS-yhtymä", sv="HUS-sammanslutningen"),
)

#: Memos that pass the archive profile, each exercising what SÄHKE2 takes from it.
ARCHIVABLE = {
    "example": completed_memo(),
    "plain": ready_memo(),
    "two-languages": attrs.evolve(
        ready_memo(languages=("fi", "sv")),
        title=LocalizedText(fi="Neuvottelu", sv="Förhandling"),
    ),
    "confidential": ready_memo(
        publicity=Publicity(
            publicity_class=PublicityClass.PARTIALLY_CONFIDENTIAL,
            legal_ground="JulkL 24 § 1 mom. 8 k",
            period_years=25,
        )
    ),
    "retained-10-years": ready_memo(
        retention=Retention(permanent=False, period_years=10, reason=LocalizedText(fi="TOS"))
    ),
    "no-approver": ready_memo(approver=None),
    "council-term": attrs.evolve(ready_memo(), council_term="2021-2025"),
    "third-party": attrs.evolve(ready_memo(), other_organisations=(HUS,)),
    "nobody-present": attrs.evolve(
        ready_memo(),
        participants=tuple(
            attrs.evolve(p, presence=Presence.ABSENT) for p in ready_memo().participants
        ),
    ),
}


@pytest.mark.parametrize("zipped", [False, True], ids=["folder", "zip"])
@pytest.mark.parametrize("version", list(Sahke2Version))
@pytest.mark.parametrize("name", list(ARCHIVABLE))
def test_every_package_archive_writes_verifies(
    tmp_path: Path, name: str, version: Sahke2Version, zipped: bool
) -> None:
    target = tmp_path / ("p.zip" if zipped else "p")
    write_package([ARCHIVABLE[name]], target, settings(sahke2_version=version), zip=zipped)
    report = verify_package(target, sahke2_schema_dir=schema_folder())
    assert report.problems == ()
    assert report.files == 4


def test_a_package_of_many_memos_verifies(tmp_path: Path) -> None:
    memos = [
        attrs.evolve(m, record=attrs.evolve(m.record, identifier=f"ID-{i}"))
        for i, m in enumerate(ARCHIVABLE.values())
        if m.record is not None
    ]
    memos = [*memos, *(ready_memo(identifier=f"MORE-{i}") for i in range(16))]
    write_package(memos, tmp_path / "p.zip", settings(), zip=True)
    report = verify_package(tmp_path / "p.zip", sahke2_schema_dir=schema_folder())
    assert report.problems == ()
    assert report.files == 2 * len(memos) + 2
