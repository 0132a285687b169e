"""Attachments that are part of the record: taken from beside the memo, archived, verified."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import zipfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import attrs
import pytest
from lxml import etree

from hyvaneuvottelu import (
    Attachment,
    AttachmentKind,
    FollowUpAction,
    LocalizedText,
    Negotiation,
    Person,
    to_json,
)
from hyvaneuvottelu.archive import (
    MANIFEST_FILE,
    SAHKE2_FILE,
    ArchiveRefusedError,
    Sahke2Version,
    TransferTooLargeError,
    _package,
    verify_package,
    write_package,
)
from hyvaneuvottelu.archive._attachments import AttachmentChangedError, attachment_files
from hyvaneuvottelu.archive._package import package_files
from hyvaneuvottelu.cli import main

from .archive_support import completed_memo, official_schema, schema_folder, settings

CREATED = datetime(2025, 2, 5, 8, 0, tzinfo=UTC)
CONTENT = b"%PDF-1.7\n% ESIMERKKI: sopimusteksti\n"
SHA = hashlib.sha256(CONTENT).hexdigest()
PATH = "case-001/attachments/sopimus.pdf"


def annex(**changes: Any) -> Attachment:
    base = Attachment(
        id="sopimusteksti",
        kind=AttachmentKind.AGREEMENT_TEXT,
        title=LocalizedText(fi="Sopimusteksti"),
        file_name="sopimus.pdf",
        media_type="application/pdf",
        sha256=SHA,
        part_of_record=True,
    )
    return attrs.evolve(base, **changes)


def memo_with(*attachments: Attachment) -> Negotiation:
    return attrs.evolve(completed_memo(), attachments=attachments)


@pytest.fixture
def beside(tmp_path: Path) -> Path:
    folder = tmp_path / "memos"
    folder.mkdir()
    (folder / "sopimus.pdf").write_bytes(CONTENT)
    return folder


def refusal(memo: Negotiation, folder: Path | None, tmp_path: Path) -> list[str]:
    with pytest.raises(ArchiveRefusedError) as caught:
        write_package([memo], tmp_path / "p", settings(), created=CREATED, attachment_dirs=[folder])
    assert not (tmp_path / "p").exists()
    (refused,) = caught.value.refusals
    return list(refused.reasons)


@pytest.mark.parametrize("zipped", [False, True])
@pytest.mark.parametrize("version", list(Sahke2Version))
def test_an_attachment_goes_into_the_package_sahke2_and_manifest(
    beside: Path, tmp_path: Path, zipped: bool, version: Sahke2Version
) -> None:
    target = tmp_path / ("p.zip" if zipped else "p")
    package = write_package(
        [memo_with(annex())],
        target,
        settings(sahke2_version=version),
        created=CREATED,
        zip=zipped,
        attachment_dirs=[beside],
    )
    assert [(e.path, e.size, e.sha256) for e in package.files if e.path == PATH] == [
        (PATH, len(CONTENT), SHA)
    ]
    if zipped:
        with zipfile.ZipFile(target) as archive:
            assert archive.read(PATH) == CONTENT
            sahke2 = archive.read(SAHKE2_FILE)
            manifest = json.loads(archive.read(MANIFEST_FILE))
    else:
        assert (target / PATH).read_bytes() == CONTENT
        sahke2 = (target / SAHKE2_FILE).read_bytes()
        manifest = json.loads((target / MANIFEST_FILE).read_bytes())
    assert {"path": PATH, "size": len(CONTENT), "sha256": SHA} in manifest["files"]
    tree = etree.fromstring(sahke2)
    official_schema(version).assertValid(tree)
    ns = {"s": version.namespace}
    (document,) = tree.xpath("//s:Document[s:File/s:Name='sopimus.pdf']", namespaces=ns)
    assert [
        document.findtext(f"s:{name}", namespaces=ns)
        for name in ("NativeId", "UseType", "File/s:Path", "Format/s:Name", "HashAlgorithm")
    ] == [PATH, "Arkisto", "case-001/attachments", "application/pdf", "SHA-256"]
    assert document.findtext("s:HashValue", namespaces=ns) == SHA
    report = verify_package(target, sahke2_schema_dir=schema_folder())
    assert report.ok, report.problems
    assert report.files == 5


def test_background_material_stays_out_of_the_package(beside: Path, tmp_path: Path) -> None:
    memo = memo_with(annex(part_of_record=False))
    package = write_package(
        [memo], tmp_path / "p", settings(), created=CREATED, attachment_dirs=[beside]
    )
    assert [e.path for e in package.files] == [
        "case-001/memo.html",
        "case-001/memo.xml",
        SAHKE2_FILE,
    ]


def test_a_missing_file_refuses_the_memo_and_writes_nothing(beside: Path, tmp_path: Path) -> None:
    (beside / "sopimus.pdf").unlink()
    assert refusal(memo_with(annex()), beside, tmp_path) == [
        '/attachments/0/fileName: expected the file "sopimus.pdf" beside the memo, found none'
    ]


def test_a_file_that_differs_refuses_the_memo(beside: Path, tmp_path: Path) -> None:
    (beside / "sopimus.pdf").write_bytes(CONTENT + b"x")
    actual = hashlib.sha256(CONTENT + b"x").hexdigest()
    assert refusal(memo_with(annex()), beside, tmp_path) == [
        f'/attachments/0/sha256: expected "{actual}", the SHA-256 of sopimus.pdf beside the '
        f'memo, found "{SHA}"'
    ]


def test_no_folder_to_look_in_refuses_the_memo(tmp_path: Path) -> None:
    assert refusal(memo_with(annex()), None, tmp_path) == [
        '/attachments/0/fileName: expected a folder to find the file "sopimus.pdf" in, found none'
    ]


def test_two_attachments_of_one_file_name_refuse_the_memo(beside: Path, tmp_path: Path) -> None:
    second = annex(id="toinen", file_name="SOPIMUS.pdf")
    assert refusal(memo_with(annex(), second), beside, tmp_path) == [
        "/attachments/1/fileName: expected a file name no other attachment has, found "
        '"SOPIMUS.pdf" (also attachment 0)'
    ]


@pytest.mark.skipif(sys.platform == "win32", reason="symbolic links and FIFOs are POSIX here")
def test_a_link_or_a_fifo_is_not_taken(beside: Path, tmp_path: Path) -> None:
    secret = tmp_path / "secret.pdf"
    secret.write_bytes(CONTENT)
    (beside / "sopimus.pdf").unlink()
    (beside / "sopimus.pdf").symlink_to(secret)
    assert refusal(memo_with(annex()), beside, tmp_path) == [
        '/attachments/0/fileName: expected the file "sopimus.pdf" beside the memo, found a '
        "symbolic link"
    ]
    (beside / "sopimus.pdf").unlink()
    os.mkfifo(beside / "sopimus.pdf")
    # Opened without blocking: no writer is needed for the refusal.
    assert refusal(memo_with(annex()), beside, tmp_path) == [
        '/attachments/0/fileName: expected the file "sopimus.pdf" beside the memo, found '
        "something that is not a regular file"
    ]


def test_a_file_changed_after_its_check_stops_the_transfer(beside: Path) -> None:
    (file,), reasons = attachment_files(memo_with(annex()), beside, "case-001")
    assert reasons == ()
    (beside / "sopimus.pdf").write_bytes(CONTENT.upper())
    with pytest.raises(AttachmentChangedError) as caught:
        b"".join(file.chunks())
    assert str(caught.value) == (
        f"{beside / 'sopimus.pdf'}: changed while the package was written; nothing was written"
    )


def test_verify_finds_an_attachment_altered_in_the_package(beside: Path, tmp_path: Path) -> None:
    target = tmp_path / "p"
    write_package(
        [memo_with(annex())], target, settings(), created=CREATED, attachment_dirs=[beside]
    )
    (target / PATH).write_bytes(CONTENT.upper())
    problems = [str(p) for p in verify_package(target).problems]
    altered = hashlib.sha256(CONTENT.upper()).hexdigest()
    assert problems == [
        f"{PATH}: SHA-256 {altered}; the manifest says {SHA} (altered)",
        f"{PATH}: SHA-256 {altered}; sahke2.xml says {SHA} (altered)",
    ]


def test_verify_finds_an_attachment_missing_or_undeclared(beside: Path, tmp_path: Path) -> None:
    target = tmp_path / "p"
    write_package(
        [memo_with(annex())], target, settings(), created=CREATED, attachment_dirs=[beside]
    )
    (target / PATH).unlink()
    problems = [str(p) for p in verify_package(target).problems]
    assert problems == [
        f"{PATH}: listed in the manifest but missing from the package",
        f"sahke2.xml: CaseFile[1]: Document names {PATH}, which is not in the package",
    ]


def _verified_with_format(beside: Path, tmp_path: Path, name: bytes) -> list[str]:
    """verify's problems with a package whose sahke2.xml gives the attachment ``name``."""
    target = tmp_path / "p"
    write_package(
        [memo_with(annex())], target, settings(), created=CREATED, attachment_dirs=[beside]
    )
    sahke2 = target / SAHKE2_FILE
    sahke2.write_bytes(sahke2.read_bytes().replace(b"<Name>application/pdf</Name>", name))
    return [str(p) for p in verify_package(target).problems]


def test_verify_finds_sahke2_and_memo_disagreeing_on_an_attachment(
    beside: Path, tmp_path: Path
) -> None:
    problems = _verified_with_format(beside, tmp_path, b"<Name>text/plain</Name>")
    assert (
        f"sahke2.xml: CaseFile[1]: {PATH}: Format text/plain; the memo case-001/memo.xml says "
        "application/pdf"
    ) in problems


def test_verify_finds_an_attachment_the_memo_does_not_declare(beside: Path, tmp_path: Path) -> None:
    # The package of a memo with the attachment, its memo swapped for one without.
    target = tmp_path / "p"
    write_package(
        [memo_with(annex())], target, settings(), created=CREATED, attachment_dirs=[beside]
    )
    plain = tmp_path / "q"
    write_package([memo_with()], plain, settings(), created=CREATED)
    shutil.copy(plain / "case-001" / "memo.xml", target / "case-001" / "memo.xml")
    problems = [str(p) for p in verify_package(target).problems]
    assert (
        f"sahke2.xml: CaseFile[1]: {PATH} is not an attachment of the memo case-001/memo.xml"
    ) in problems


def test_verify_checks_every_attachment_after_one_missing_from_sahke2(
    beside: Path, tmp_path: Path
) -> None:
    (beside / "liite.pdf").write_bytes(CONTENT)
    second = annex(id="liite", file_name="liite.pdf", title=LocalizedText(fi="Liite"))
    target = tmp_path / "p"
    write_package(
        [memo_with(annex(), second)],
        target,
        settings(),
        created=CREATED,
        attachment_dirs=[beside],
    )
    sahke2 = target / SAHKE2_FILE
    tree = etree.fromstring(sahke2.read_bytes())
    ns = {"s": tree.nsmap[None]}
    (first,) = tree.xpath("//s:Document[s:File/s:Name='sopimus.pdf']", namespaces=ns)
    first.getparent().remove(first)
    (name,) = tree.xpath("//s:Document[s:File/s:Name='liite.pdf']/s:Format/s:Name", namespaces=ns)
    name.text = "text/plain"
    sahke2.write_bytes(etree.tostring(tree, xml_declaration=True, encoding="UTF-8"))
    problems = [str(p) for p in verify_package(target).problems]
    # Each attachment is looked at, the one after a missing one too.
    assert [p for p in problems if p.startswith("sahke2.xml: CaseFile[1]")] == [
        f"sahke2.xml: CaseFile[1]: no Document for {PATH}; the memo case-001/memo.xml holds it "
        "as part of its record (attachment 0)",
        "sahke2.xml: CaseFile[1]: case-001/attachments/liite.pdf: Format text/plain; "
        "the memo case-001/memo.xml says application/pdf",
    ]


def test_verify_finds_an_attachment_without_a_format_in_sahke2(
    beside: Path, tmp_path: Path
) -> None:
    problems = _verified_with_format(beside, tmp_path, b"<Name></Name>")
    assert [p for p in problems if p.startswith("sahke2.xml: CaseFile[1]")] == [
        f"sahke2.xml: CaseFile[1]: {PATH}: Format missing; the memo case-001/memo.xml says "
        "application/pdf"
    ]


def test_the_command_line_takes_attachments_from_beside_the_memo(
    beside: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    memo = beside / "muistio.json"
    memo.write_bytes(to_json(memo_with(annex()), indent=2))
    shutil.copy(
        Path(__file__).resolve().parents[1] / "examples" / "archive-settings.json",
        beside / "archive-settings.json",
    )
    out = tmp_path / "package"
    assert main(["archive", str(memo), "--out", str(out), "--created", "2025-02-05T08:00:00Z"]) == 0
    assert (out / PATH).read_bytes() == CONTENT
    assert main(["verify", str(out)]) == 0
    (beside / "sopimus.pdf").unlink()
    capsys.readouterr()
    assert main(["archive", str(memo), "--out", str(tmp_path / "other")]) != 0
    err = capsys.readouterr().err
    assert (
        '/attachments/0/fileName: expected the file "sopimus.pdf" beside the memo, found none'
    ) in err
    assert "Traceback" not in err
    assert not (tmp_path / "other").exists()


_PEAK_MEMORY = """
import hashlib, resource, sys
from pathlib import Path
import attrs
from tests.archive_support import completed_memo, settings
from hyvaneuvottelu import Attachment, AttachmentKind, LocalizedText
from hyvaneuvottelu.archive import write_package

folder, size, target, form = Path(sys.argv[1]), int(sys.argv[2]), sys.argv[3], sys.argv[4]
path = folder / "liite.bin"
digest = hashlib.sha256()
with path.open("wb") as stream:
    block = bytes(range(256)) * 4096
    for _ in range(size // len(block)):
        stream.write(block)
        digest.update(block)
attachment = Attachment(
    id="liite", kind=AttachmentKind.ANNEX, title=LocalizedText(fi="Liite"),
    file_name="liite.bin", media_type="application/octet-stream",
    sha256=digest.hexdigest(), part_of_record=True,
)
memo = attrs.evolve(completed_memo(), attachments=(attachment,))
write_package([memo], target, settings(), zip=form == "zip", attachment_dirs=[folder])
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


@pytest.mark.skipif(sys.platform != "linux", reason="ru_maxrss is in KiB on Linux")
@pytest.mark.parametrize("form", ["folder", "zip"])
def test_memory_does_not_grow_with_the_size_of_an_attachment(tmp_path: Path, form: str) -> None:
    def peak_kib(mib: int) -> int:
        folder = tmp_path / f"{mib}"
        folder.mkdir()
        done = subprocess.run(
            [
                sys.executable,
                "-c",
                _PEAK_MEMORY,
                str(folder),
                str(mib * 1024 * 1024),
                str(tmp_path / f"{mib}-{form}"),
                form,
            ],
            capture_output=True,
            check=True,
            cwd=Path(__file__).resolve().parents[1],
            text=True,
            timeout=300,
        )
        return int(done.stdout)

    # A file of 32 MiB more costs less than 8 MiB more memory: it is copied in chunks.
    assert peak_kib(33) - peak_kib(1) < 8 * 1024


def test_people_named_in_outcomes_are_not_exported_as_attendees() -> None:
    memo = completed_memo()
    person = Person(
        id="virtanen",
        name="Anna Virtanen",
        title=LocalizedText(fi="Hyte-koordinaattori"),
        organisation_name=LocalizedText(fi="Kansaneläkelaitos"),
    )
    follow_up = next(o for o in memo.outcomes if isinstance(o, FollowUpAction))
    named = attrs.evolve(follow_up, responsible=(*follow_up.responsible, "virtanen"))
    outcomes = tuple(named if o is follow_up else o for o in memo.outcomes)
    with_person = attrs.evolve(memo, people=(person,), outcomes=outcomes)
    files = {f.path: f.data for f in package_files([with_person], settings(), CREATED)}
    plain = {f.path: f.data for f in package_files([memo], settings(), CREATED)}
    # The memo carries the person; the SÄHKE2 metadata are those of the memo without.
    assert b"Anna Virtanen" in files["case-001/memo.xml"]
    assert b"Virtanen" not in files[SAHKE2_FILE]
    assert b"Kansanel" not in files[SAHKE2_FILE]
    assert _agents(files[SAHKE2_FILE]) == _agents(plain[SAHKE2_FILE])


def _agents(sahke2: bytes) -> list[str]:
    tree = etree.fromstring(sahke2)
    return [" ".join(agent.itertext()).strip() for agent in tree.iter("{*}Agent")]


def test_more_files_than_a_reader_accepts_are_refused_with_nothing_written(
    beside: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Three files of the memo and the two metadata files: one more than a limit of 4.
    monkeypatch.setattr(_package, "MAX_PACKAGE_ENTRIES", 4)
    with pytest.raises(TransferTooLargeError) as caught:
        write_package(
            [memo_with(annex())],
            tmp_path / "p",
            settings(),
            created=CREATED,
            attachment_dirs=[beside],
        )
    assert str(caught.value) == (
        "the memos' files are more than 2, more than a package reader accepts; split the memos "
        "into several transfers; nothing was written"
    )
    assert list(tmp_path.iterdir()) == [beside]
