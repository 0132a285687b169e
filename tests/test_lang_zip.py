"""verify's findings about a zip file's layout and entries, in Finnish, Swedish and English.

Each finding is a message of the catalogues: the layout and the entry reader
make it from an id and arguments, and verify shows it in the chosen language,
in text and in JSON. The expected texts are written by hand.
"""

from __future__ import annotations

import io
import json
import shutil
import struct
from pathlib import Path

import pytest

from hyvaneuvottelu._messages import LANGUAGES, Message
from hyvaneuvottelu.archive import write_package
from hyvaneuvottelu.archive._findings import Discrepancy
from hyvaneuvottelu.archive._zipentry import EntryError, read_entry
from hyvaneuvottelu.archive._zipscan import ZipEntry, ZipLayout, ZipStructureError, scan
from hyvaneuvottelu.cli import main

from .archive_support import completed_memo, settings
from .zip_support import RawEntry, deflate, package_entries, raw_zip


def _layout(data: bytes) -> ZipLayout:
    return scan(io.BytesIO(data), len(data), label="p.zip", max_entries=10)


def _in_each_language(message: str) -> list[str]:
    """A finding as verify shows it in fi, sv and en."""
    return [Discrepancy(file="a", message=message).message_in(language) for language in LANGUAGES]


def _entry(data: bytes, name: str) -> ZipEntry:
    (found,) = [e for e in _layout(data).entries if e.name == name]
    return found


LOCAL_HEADERS = [
    (
        {"method": 0},
        [
            "sen paikallisen otsakkeen mukaan pakkausmenetelmä on 0; keskushakemiston mukaan 8",
            "enligt dess lokala huvud är komprimeringsmetoden 0; enligt den centrala katalogen 8",
            "its local header says method 0; the central directory says 8",
        ],
    ),
    (
        {"size": 5},
        [
            "sen paikallisen otsakkeen mukaan koko on 5; keskushakemiston mukaan 1",
            "enligt dess lokala huvud är storleken 5; enligt den centrala katalogen 1",
            "its local header says size 5; the central directory says 1",
        ],
    ),
    (
        {"compressed": 9},
        [
            "sen paikallisen otsakkeen mukaan pakattu koko on 9; keskushakemiston mukaan 3",
            "enligt dess lokala huvud är den komprimerade storleken 9; enligt den centrala "
            "katalogen 3",
            "its local header says compressed size 9; the central directory says 3",
        ],
    ),
    (
        {"crc": 7},
        [
            "sen paikallisen otsakkeen mukaan CRC-32-tarkiste on 7; keskushakemiston mukaan "
            "2363233923",
            "enligt dess lokala huvud är CRC-32-summan 7; enligt den centrala katalogen 2363233923",
            "its local header says CRC-32 7; the central directory says 2363233923",
        ],
    ),
    (
        {"flags": 0x0800},
        [
            "sen paikallisen otsakkeen mukaan liput ovat 0x0800; keskushakemiston mukaan 0x0000",
            "enligt dess lokala huvud är flaggorna 0x0800; enligt den centrala katalogen 0x0000",
            "its local header says flags 0x0800; the central directory says 0x0000",
        ],
    ),
]


@pytest.mark.parametrize(("local", "said"), LOCAL_HEADERS, ids=lambda v: str(v)[:20])
def test_a_local_header_field_is_named_in_words(local: dict[str, int], said: list[str]) -> None:
    (finding,) = _layout(raw_zip([RawEntry(name="a", data=b"x", local=local)])).problems
    assert finding[0] == "a"
    assert _in_each_language(finding[1]) == said


def test_a_name_in_the_local_header_is_quoted() -> None:
    data = bytearray(raw_zip([RawEntry(name="a", data=b"x")]))
    data[30:31] = b"b"  # the local header's copy of the name
    problems = _layout(bytes(data)).problems
    assert _in_each_language(problems[0][1]) == [
        "sen paikallisen otsakkeen mukaan nimi on 'b'; keskushakemiston mukaan 'a'",
        "enligt dess lokala huvud är namnet 'b'; enligt den centrala katalogen 'a'",
        "its local header says name 'b'; the central directory says 'a'",
    ]


def test_the_layout_carries_each_finding_as_a_message() -> None:
    layout = _layout(raw_zip([RawEntry(name="a", data=b"x")], trailing=b"tail"))
    assert layout.findings == (("p.zip", Message("verify.zip.after_end", (("n", 4),))),)
    assert layout.problems == (("p.zip", "4 bytes after its end record, in no file"),)


def test_an_unknown_compression_method() -> None:
    data = raw_zip([RawEntry(name="e", data=b"x", method=7, payload=b"??")])
    assert _in_each_language(_entry(data, "e").unreadable) == [
        "pakattu tuntemattomalla menetelmällä 7; tarkistus lukee vain pakkaamattomia (0) ja "
        "deflate-pakattuja (8) merkintöjä",
        "komprimerad med en okänd metod 7; verifieringen läser bara okomprimerade (0) och "
        "deflate-komprimerade (8) poster",
        "compressed with an unknown method 7; verify reads stored (0) and deflated (8) "
        "entries only",
    ]


def test_overlapping_data() -> None:
    data = bytearray(raw_zip([RawEntry(name="a", data=b"alpha"), RawEntry(name="b", data=b"b")]))
    start = data.rindex(b"PK\x01\x02")
    data[start + 42 : start + 46] = struct.pack("<L", 0)
    assert _in_each_language(_entry(bytes(data), "b").unreadable) == [
        "sen tiedot ovat osittain samoissa tavuissa kuin toisen merkinnän tiedot",
        "dess data överlappar en annan posts data",
        "its data overlap another entry's",
    ]


def test_a_local_header_that_is_not_there() -> None:
    data = bytearray(raw_zip([RawEntry(name="a", data=b"x")]))
    data[0:4] = b"XXXX"
    assert _in_each_language(_entry(bytes(data), "a").unreadable) == [
        "sen paikallinen otsake puuttuu tai on vioittunut",
        "dess lokala huvud saknas eller är skadat",
        "its local header is missing or damaged",
    ]


def test_data_running_into_the_central_directory() -> None:
    data = bytearray(raw_zip([RawEntry(name="a", data=b"x")]))
    start = data.rindex(b"PK\x01\x02")
    # The central directory's compressed size of a, far past its data.
    data[start + 20 : start + 24] = struct.pack("<L", 1000)
    layout = _layout(bytes(data))
    assert _in_each_language(layout.entries[0].unreadable) == [
        "sen tiedot ulottuvat keskushakemiston päälle",
        "dess data når in i den centrala katalogen",
        "its data run into the central directory",
    ]


def test_a_data_descriptor_that_disagrees() -> None:
    data = raw_zip([RawEntry(name="a", data=b"x", flags=0x0008), RawEntry(name="b", data=b"b")])
    said = [_in_each_language(text) for file, text in _layout(data).problems if file == "a"]
    assert said == [
        [
            "sen datakuvaaja (data descriptor) on ristiriidassa keskushakemiston kanssa",
            "dess databeskrivning (data descriptor) stämmer inte med den centrala katalogen",
            "its data descriptor disagrees with the central directory",
        ]
    ]


def test_a_data_descriptor_that_is_missing() -> None:
    # Only a zip file that ends inside an entry's descriptor lacks one, and its
    # central directory must then lie before: the finding is shown as verify shows it.
    assert _in_each_language("its data descriptor is missing") == [
        "sen datakuvaaja (data descriptor) puuttuu",
        "dess databeskrivning (data descriptor) saknas",
        "its data descriptor is missing",
    ]


def test_an_entry_error_carries_its_message() -> None:
    data = raw_zip([RawEntry(name="e", data=b"safe", file_size=9)])
    with pytest.raises(EntryError) as caught:
        list(read_entry(io.BytesIO(data), _entry(data, "e")))
    assert caught.value.text == Message("verify.zip.length", (("n", 4), ("expected", 9)))
    assert str(caught.value) == "holds 4 bytes; its record says 9"


def test_a_structure_error_carries_its_message() -> None:
    with pytest.raises(ZipStructureError) as caught:
        _layout(b"no zip here")
    assert caught.value.text == Message("verify.zip.not_zip")
    assert str(caught.value) == "not a zip file (no end of central directory record)"


def test_zlibs_words_are_framed_as_the_systems() -> None:
    data = raw_zip([RawEntry(name="e", data=b"safe", payload=b"\xff\xff\xff")])
    with pytest.raises(EntryError) as caught:
        list(read_entry(io.BytesIO(data), _entry(data, "e")))
    assert _in_each_language(str(caught.value)) == [
        "sen pakatut tiedot ovat vioittuneet (järjestelmän virheilmoitus: Error -3 while "
        "decompressing data: invalid block type)",
        "dess komprimerade data är skadade (systemets felmeddelande: Error -3 while "
        "decompressing data: invalid block type)",
        "its compressed data are damaged (Error -3 while decompressing data: invalid block type)",
    ]


@pytest.fixture(scope="module")
def broken_zip(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A package whose HTML's local header disagrees and whose memo has an unknown method."""
    folder = tmp_path_factory.mktemp("zip")
    write_package([completed_memo()], folder / "package", settings())
    entries = package_entries(folder / "package")
    shutil.rmtree(folder / "package")
    for entry in entries:
        if entry.name == "case-001/memo.html":
            entry.local = {"method": 0}
        elif entry.name == "case-001/memo.xml":
            entry.method, entry.payload = 7, deflate(b"??")
    (folder / "p.zip").write_bytes(raw_zip(entries))
    return folder / "p.zip"


VERIFY_SAYS = {
    "fi": (
        "sen paikallisen otsakkeen mukaan pakkausmenetelmä on 0; keskushakemiston mukaan 8",
        "ei voi lukea zip-tiedostosta: pakattu tuntemattomalla menetelmällä 7; tarkistus lukee "
        "vain pakkaamattomia (0) ja deflate-pakattuja (8) merkintöjä",
    ),
    "sv": (
        "enligt dess lokala huvud är komprimeringsmetoden 0; enligt den centrala katalogen 8",
        "kan inte läsas från zip-filen: komprimerad med en okänd metod 7; verifieringen läser "
        "bara okomprimerade (0) och deflate-komprimerade (8) poster",
    ),
}


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_verify_shows_the_zip_findings_in_the_language_in_text_and_json(
    broken_zip: Path, language: str, capsys: pytest.CaptureFixture[str]
) -> None:
    html, memo = VERIFY_SAYS[language]
    assert main(["verify", "--lang", language, str(broken_zip)]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines[1:] == [f"  case-001/memo.html: {html}", f"  case-001/memo.xml: {memo}"]
    assert main(["verify", "--lang", language, "--format", "json", str(broken_zip)]) == 1
    report = json.loads(capsys.readouterr().out)
    assert report["errors"] == [
        {"filename": "case-001/memo.html", "message": html},
        {"filename": "case-001/memo.xml", "message": memo},
    ]
