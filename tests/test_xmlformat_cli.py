"""The command line with XML and HTML: convert, validate, schema --xsd."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import hyvaneuvottelu as hn
from hyvaneuvottelu import examples, schemas
from hyvaneuvottelu.cli import main


def run(*args: str, stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "hyvaneuvottelu", *args],
        capture_output=True,
        input=stdin,
        check=False,
    )


@pytest.fixture
def memo_json(tmp_path: Path) -> Path:
    path = tmp_path / "memo.json"
    path.write_bytes(examples.read_bytes())
    return path


def test_convert_json_to_xml_to_json_by_extension(memo_json: Path, tmp_path: Path) -> None:
    xml = tmp_path / "memo.xml"
    back = tmp_path / "back.json"
    assert main(["convert", str(memo_json), str(xml)]) == 0
    assert xml.read_bytes() == hn.to_xml(examples.load())
    assert main(["convert", str(xml), str(back)]) == 0
    assert back.read_bytes() == examples.read_bytes()


def test_convert_to_html_by_extension(memo_json: Path, tmp_path: Path) -> None:
    page = tmp_path / "memo.html"
    assert main(["convert", str(memo_json), str(page)]) == 0
    assert page.read_bytes() == hn.to_html(examples.load())


def test_convert_with_to_writes_standard_output(memo_json: Path) -> None:
    result = run("convert", str(memo_json), "--to", "xml")
    assert result.returncode == 0
    assert result.stdout == hn.to_xml(examples.load())


def test_xml_on_standard_input_is_recognised() -> None:
    result = run("convert", "-", "--to", "json", "--indent", "2", stdin=hn.to_xml(examples.load()))
    assert result.returncode == 0, result.stderr
    assert result.stdout == examples.read_bytes()


def test_reading_html_is_a_usage_error(tmp_path: Path) -> None:
    page = tmp_path / "memo.html"
    page.write_bytes(hn.to_html(examples.load()))
    result = run("convert", str(page), "--to", "json")
    assert result.returncode == 2
    assert result.stderr == b"hyvaneuvottelu: reading html is not supported\n"


def test_a_bad_xml_file_exits_1_with_a_located_message(tmp_path: Path) -> None:
    bad = tmp_path / "bad.xml"
    bad.write_bytes(hn.to_xml(examples.load()).replace(b"councilTerm", b"term", 1))
    result = run("convert", str(bad), str(tmp_path / "out.json"))
    assert result.returncode == 1
    assert result.stderr.decode() == (
        f"{bad}: 1 problem in the document\n"
        '  line 3: /negotiation/kind: expected one of "councilTerm", "wellbeingPromotion", '
        'found "term"\n'
    )
    assert not (tmp_path / "out.json").exists()


def test_validate_reads_xml(tmp_path: Path) -> None:
    good = tmp_path / "memo.xml"
    good.write_bytes(hn.to_xml(examples.load()))
    (tmp_path / "memo.json").write_bytes(examples.read_bytes())
    json_result = run("validate", str(tmp_path / "memo.json"))
    result = run("validate", str(good))
    assert result.returncode == json_result.returncode == 0
    assert result.stdout.replace(b"memo.xml", b"memo.json") == json_result.stdout
    bad = tmp_path / "bad.xml"
    bad.write_bytes(b"<negotiation/>")
    result = run("validate", str(bad))
    assert result.returncode == 1
    assert b"Traceback" not in result.stdout + result.stderr
    assert b"line 1: /negotiation" in result.stdout + result.stderr


def test_schema_xsd_prints_the_xsd() -> None:
    result = run("schema", "--xsd")
    assert result.returncode == 0
    assert result.stdout == schemas.xsd_bytes()


def test_schema_xsd_writes_a_file(tmp_path: Path) -> None:
    target = tmp_path / "memo.xsd"
    assert main(["schema", "--xsd", str(target)]) == 0
    assert target.read_bytes() == schemas.xsd_bytes()
    assert main(["schema", "--xsd", str(target)]) == 2
