"""``schema --xsd OUT``: the XSD with the xml.xsd it imports beside it, never over anything."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from lxml import etree

from hyvaneuvottelu import schemas
from hyvaneuvottelu.cli import main

from .archive_support import COMPLETED_EXAMPLE


def test_a_written_xsd_has_xml_xsd_beside_it_and_compiles_offline(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "memo.xsd"
    assert main(["schema", "--xsd", str(out)]) == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["memo.xsd", "xml.xsd"]
    assert out.read_bytes() == schemas.xsd_bytes()
    assert (tmp_path / "xml.xsd").read_bytes() == schemas.xml_namespace_xsd_bytes()
    # Plain lxml, no network, no resolver: the import is found beside the file.
    parser = etree.XMLParser(no_network=True, resolve_entities=False)
    schema = etree.XMLSchema(etree.parse(str(out), parser))
    xml = tmp_path / "memo.xml"
    assert main(["convert", str(COMPLETED_EXAMPLE), str(xml)]) == 0
    assert schema.validate(etree.parse(str(xml))), schema.error_log
    assert capsys.readouterr().err == ""


def test_the_xsd_on_standard_output_is_only_the_xsd(
    capsysbinary: pytest.CaptureFixture[bytes],
) -> None:
    assert main(["schema", "--xsd"]) == 0
    assert capsysbinary.readouterr().out == schemas.xsd_bytes()


def test_an_identical_xml_xsd_is_shared_by_two_xsds(tmp_path: Path) -> None:
    assert main(["schema", "--xsd", str(tmp_path / "a.xsd")]) == 0
    assert main(["schema", "--xsd", str(tmp_path / "b.xsd")]) == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.xsd", "b.xsd", "xml.xsd"]


@pytest.mark.parametrize(
    "mine",
    [
        b"mine",
        # The same size as the shipped file, its last bytes other.
        schemas.xml_namespace_xsd_bytes()[:-2] + b"X\n",
    ],
    ids=["other", "same size"],
)
def test_a_different_xml_xsd_is_not_overwritten_and_nothing_is_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], mine: bytes
) -> None:
    beside = tmp_path / "xml.xsd"
    beside.write_bytes(mine)
    out = tmp_path / "memo.xsd"
    assert main(["schema", "--xsd", str(out)]) == 2
    assert capsys.readouterr().err == (
        f"hyvaneuvottelu: {beside}: already exists; not overwritten "
        "(use --force to replace it); nothing written\n"
    )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["xml.xsd"]
    assert beside.read_bytes() == mine
    assert main(["schema", "--xsd", str(out), "--force"]) == 0
    assert beside.read_bytes() == schemas.xml_namespace_xsd_bytes()


def test_an_existing_xsd_is_not_overwritten_and_xml_xsd_not_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "memo.xsd"
    out.write_bytes(b"mine")
    assert main(["schema", "--xsd", str(out)]) == 2
    assert capsys.readouterr().err == (
        f"hyvaneuvottelu: {out}: already exists; not overwritten "
        "(use --force to replace it); nothing written\n"
    )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["memo.xsd"]


def test_the_xsd_cannot_be_named_xml_xsd(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "xml.xsd"
    assert main(["schema", "--xsd", str(out)]) == 2
    assert capsys.readouterr().err == (
        f"hyvaneuvottelu: {out}: is the name of the schema the XSD imports (xml.xsd), "
        "which is written beside it; give the XSD another name; nothing written\n"
    )
    assert list(tmp_path.iterdir()) == []


def test_xmllint_validates_against_the_written_xsd_offline(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    xmllint = shutil.which("xmllint")
    if xmllint is None:
        pytest.skip("xmllint is not installed (Debian: apt-get install libxml2-utils)")
    out = tmp_path / "schema" / "memo.xsd"
    out.parent.mkdir()
    memo = tmp_path / "memo.xml"
    assert main(["schema", "--xsd", str(out)]) == 0
    assert main(["convert", str(COMPLETED_EXAMPLE), str(memo)]) == 0
    result = subprocess.run(
        [xmllint, "--nonet", "--noout", "--schema", str(out), str(memo)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert (result.returncode, result.stderr) == (0, f"{memo} validates\n")


def test_xml_xsd_is_taken_back_when_the_xsd_cannot_be_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "memo.xsd"
    out.mkdir()  # a folder where the XSD should go: exists, so --force is needed to try
    assert main(["schema", "--xsd", str(out), "--force"]) == 2
    assert capsys.readouterr().err == f"hyvaneuvottelu: {out}: is a folder, not a file\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["memo.xsd"]


def test_the_help_says_what_schema_writes(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "200")  # argparse wraps to the terminal's width
    with pytest.raises(SystemExit) as exited:
        main(["schema", "--help"])
    assert exited.value.code == 0
    said = capsys.readouterr().out
    assert (
        "\nPrint or write the JSON Schema of the wire format, or with --xsd the XSD; "
        "a written XSD gets the xml.xsd it imports beside it.\n"
    ) in said
    assert "\n  output             output file (default: standard output)\n" in said
    assert "\n  --xsd              the XSD of the XML format instead\n" in said
    assert "\n  --force            replace an existing output file\n" in said


def test_the_xsd_to_a_dash_is_the_xsd_on_standard_output_and_no_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["schema", "--xsd", "-"]) == 0
    assert capsysbinary.readouterr().out == schemas.xsd_bytes()
    assert list(tmp_path.iterdir()) == []


def test_schema_says_its_messages_in_the_language_asked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "schema.json"
    out.write_bytes(b"mine")
    assert main(["schema", str(out), "--lang", "sv"]) == 2
    assert capsys.readouterr().err == (
        f"hyvaneuvottelu: {out}: finns redan; skrevs inte över (ersätt den med --force)\n"
    )
    assert out.read_bytes() == b"mine"


def test_an_xml_xsd_that_cannot_be_read_is_not_taken_for_the_shipped_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    beside = tmp_path / "xml.xsd"
    beside.write_bytes(schemas.xml_namespace_xsd_bytes())
    read_bytes = Path.read_bytes

    def unreadable(path: Path) -> bytes:
        if path == beside:
            raise PermissionError(13, "Permission denied", str(path))
        return read_bytes(path)

    # Root reads any file whatever its mode: the refusal to read is made here.
    monkeypatch.setattr(Path, "read_bytes", unreadable)
    out = tmp_path / "memo.xsd"
    assert main(["schema", "--xsd", str(out)]) == 2
    assert capsys.readouterr().err == (
        f"hyvaneuvottelu: {beside}: already exists; not overwritten "
        "(use --force to replace it); nothing written\n"
    )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["xml.xsd"]
