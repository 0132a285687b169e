"""Verify's findings about real broken packages, in Finnish and Swedish as well as English."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import zipfile
from collections.abc import Callable
from pathlib import Path

import attrs
import pytest

from hyvaneuvottelu import to_xml
from hyvaneuvottelu._messages import CATALOGUES, Message, message, placeholders, recognise
from hyvaneuvottelu.archive import (
    MANIFEST_FILE,
    SAHKE2_FILE,
    VerificationReport,
    verify_package,
    write_package,
)
from hyvaneuvottelu.model import Topic, code_label

from .archive_support import completed_memo, settings


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("pristine") / "package"
    write_package([completed_memo()], target, settings())
    return target


def _rendered(report: VerificationReport, language: str, file: str) -> list[str]:
    return [p.render(language) for p in report.problems if p.file == file]


def test_a_damaged_zip_package(tmp_path: Path) -> None:
    target = tmp_path / "p.zip"
    write_package([completed_memo()], target, settings(), zip=True)
    data = bytearray(target.read_bytes())
    with zipfile.ZipFile(target) as archive:
        info = archive.getinfo("case-001/memo.xml")
    # Inside the entry's compressed data (past its local header), and after the end record.
    data[info.header_offset + 30 + len(info.filename) + 10] ^= 0xFF
    target.write_bytes(bytes(data) + b"tail")
    report = verify_package(target)
    zlib = "Error -3 while decompressing data: invalid bit length repeat)"
    # zlib's own words are kept, framed as the system's in Finnish and Swedish.
    assert [p.render("fi") for p in report.problems[:2]] == [
        "p.zip: 4 tavua loppumerkinnän jälkeen, mihinkään tiedostoon kuulumatta",
        "case-001/memo.xml: ei voi lukea zip-tiedostosta: sen pakatut tiedot ovat vioittuneet "
        "(järjestelmän virheilmoitus: " + zlib,
    ]
    assert [p.render("sv") for p in report.problems[:2]] == [
        "p.zip: 4 byte efter dess slutpost, i ingen fil",
        "case-001/memo.xml: kan inte läsas från zip-filen: dess komprimerade data är skadade "
        "(systemets felmeddelande: " + zlib,
    ]
    assert [p.render("en") for p in report.problems[:2]] == [
        "p.zip: 4 bytes after its end record, in no file",
        "case-001/memo.xml: cannot be read from the zip file: its compressed data are damaged ("
        + zlib,
    ]


def test_a_file_that_is_not_a_zip_file(tmp_path: Path) -> None:
    (tmp_path / "not.zip").write_bytes(b"nope")
    (problem,) = verify_package(tmp_path / "not.zip").problems
    assert problem.render("fi") == (
        "not.zip: ei voi tarkistaa: ei zip-tiedosto (keskushakemiston loppumerkintä puuttuu)"
    )
    assert problem.render("sv") == (
        "not.zip: kan inte verifieras: ingen zip-fil (posten för den centrala katalogens slut"
        " saknas)"
    )


def test_unsafe_and_repeated_zip_entries(tmp_path: Path) -> None:
    path = tmp_path / "evil.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("../escape.txt", b"x")
        archive.writestr("twice.txt", b"1")
        with pytest.warns(UserWarning, match="Duplicate name"):
            archive.writestr("twice.txt", b"2")
    problems = verify_package(path).problems
    assert [p.render("fi") for p in problems[:2]] == [
        "../escape.txt: vaarallinen merkinnän nimi (tyhjä, absoluuttinen, sisältää '..', "
        "kenoviivan tai NUL-merkin); jätetty lukematta",
        "twice.txt: esiintyy zip-tiedostossa 2 kertaa; jätetty lukematta",
    ]
    assert [p.render("sv") for p in problems[:2]] == [
        "../escape.txt: ett osäkert postnamn (tomt, absolut, med '..', ett omvänt snedstreck "
        "eller NUL); lästes inte",
        "twice.txt: förekommer 2 gånger i zip-filen; lästes inte",
    ]


def test_a_folder_package_with_a_link_a_plain_html_and_a_memo_not_ready(
    pristine: Path, tmp_path: Path
) -> None:
    package = tmp_path / "package"
    shutil.copytree(pristine, package)
    (package / "case-001" / "memo.html").write_bytes(b"plain text")
    os.symlink(package / "manifest.json", package / "link")
    memo = completed_memo()
    record = memo.record
    assert record is not None
    assert record.retention is not None
    retention = attrs.evolve(record.retention, permanent=False)
    not_ready = attrs.evolve(memo, record=attrs.evolve(record, retention=retention))
    (package / "case-001" / "memo.xml").write_bytes(to_xml(not_ready))
    report = verify_package(package)

    assert _rendered(report, "fi", "link") == [
        "link: symbolinen linkki, ei tiedosto; jätetty lukematta"
    ]
    assert _rendered(report, "sv", "link") == ["link: en symbolisk länk, ingen fil; lästes inte"]
    assert _rendered(report, "en", "link") == ["link: a symbolic link, not a file; not read"]

    html = "case-001/memo.html"
    assert _rendered(report, "fi", html)[2] == (
        f"{html}: ei kelpaa text/html 5 -esitysmuodoksi: odotettiin HTML:ää, joka alkaa "
        "<!DOCTYPE html>, löytyi 'plain text'"
    )
    assert _rendered(report, "sv", html)[2] == (
        f"{html}: ingen text/html 5-återgivning: väntade HTML som börjar med <!DOCTYPE html>, "
        "hittade 'plain text'"
    )

    memo_file = "case-001/memo.xml"
    assert _rendered(report, "fi", memo_file)[2] == (
        f"{memo_file}: ei valmis arkistoon: /record/retention: HN-A016: Säilytysaikaa ei ole "
        "merkitty pysyväksi eikä vuosina"
    )
    assert _rendered(report, "sv", memo_file)[2] == (
        f"{memo_file}: inte klar för arkivet: /record/retention: HN-A016: Förvaringstiden har "
        "varken angetts som varaktig eller i år"
    )
    assert _rendered(report, "en", memo_file)[2] == (
        f"{memo_file}: not ready for the archive: /record/retention: HN-A016: The retention "
        "period is given neither as permanent nor in years"
    )


_VERIFY_IDS = sorted(
    id for id in CATALOGUES["en"] if id.startswith(("verify.zip.", "verify.read.", "verify.kind."))
)


@pytest.mark.parametrize("id", _VERIFY_IDS)
def test_each_zip_and_reader_text_is_recognised_as_its_own_message(id: str) -> None:
    template = CATALOGUES["en"][id]
    english = message(id, **{name: f"[{name}]" for name in placeholders(template)}).render("en")
    recognised = recognise(english, "verify")
    assert isinstance(recognised, Message)
    assert recognised.id == id


def test_bytes_added_before_the_entries_of_a_zip_file(tmp_path: Path) -> None:
    path = tmp_path / "shifted.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("a.txt", b"x")
    data = path.read_bytes()
    # The end record (22 bytes, no comment) ends with the central directory's offset and the
    # comment length.
    said = int.from_bytes(data[-6:-2], "little")
    path.write_bytes(b"junk" + data)
    problems = verify_package(path).problems
    assert [p.render("fi") for p in problems[:2]] == [
        f"shifted.zip: sen keskushakemisto alkaa tavusta {said + 4} eikä loppumerkinnän "
        f"mukaisesta tavusta {said}: merkintöjen eteen on lisätty tavuja",
        "shifted.zip: 4 tavua ennen ensimmäistä merkintää a.txt, mihinkään tiedostoon kuulumatta",
    ]
    assert [p.render("sv") for p in problems[:2]] == [
        f"shifted.zip: dess centrala katalog börjar vid byte {said + 4}, inte vid byte {said} "
        "som dess slutpost anger: byte har lagts till före dess poster",
        "shifted.zip: 4 byte före dess första post a.txt, i ingen fil",
    ]
    assert problems[0].render("en") == (
        f"shifted.zip: its central directory starts at byte {said + 4}, not at byte {said} "
        "as its end record says: bytes were added before its entries"
    )


def _with_subjects(package: Path, subject: Callable[[Topic], str]) -> None:
    """Rewrite sahke2.xml's subjects as ``subject`` of each topic, and its manifest entry."""
    sahke2 = package / SAHKE2_FILE
    text = sahke2.read_text(encoding="utf-8")
    for topic in completed_memo().topics:
        element = '<Subject scheme="hyvaneuvottelu:Topic">{}</Subject>'
        written = element.format(code_label(topic, "fi"))
        assert written in text
        text = text.replace(written, element.format(subject(topic)))
    sahke2.write_text(text, encoding="utf-8")
    manifest = json.loads((package / MANIFEST_FILE).read_bytes())
    data = sahke2.read_bytes()
    for entry in manifest["files"]:
        if entry["path"] == SAHKE2_FILE:
            entry["size"] = len(data)
            entry["sha256"] = hashlib.sha256(data).hexdigest()
    (package / MANIFEST_FILE).write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")


def test_a_package_with_topic_codes_as_subjects_verifies(pristine: Path, tmp_path: Path) -> None:
    # Packages written before SÄHKE2 subjects were Finnish words hold the topic codes.
    package = tmp_path / "package"
    shutil.copytree(pristine, package)
    _with_subjects(package, lambda topic: topic.value)
    report = verify_package(package)
    assert report.problems == ()


def test_subjects_neither_labels_nor_codes_are_reported(pristine: Path, tmp_path: Path) -> None:
    package = tmp_path / "package"
    shutil.copytree(pristine, package)
    _with_subjects(package, lambda topic: topic.value.upper())
    topics = completed_memo().topics
    found = ", ".join(f'"{topic.value.upper()}"' for topic in topics)
    expected = ", ".join(f'"{code_label(topic, "fi")}"' for topic in topics)
    assert [str(p) for p in verify_package(package).problems] == [
        f"{SAHKE2_FILE}: CaseFile[1]/Subject is {found}; the memo case-001/memo.xml says {expected}"
    ]
