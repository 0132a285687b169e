"""The command line: example, convert, schema, and its error story."""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

import pytest

import hyvaneuvottelu as hn
from hyvaneuvottelu import documents, examples, schemas
from hyvaneuvottelu.cli import _parser, main
from hyvaneuvottelu.limits import MAX_INPUT_BYTES

from .documents import minimal_document


def run(*args: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "hyvaneuvottelu", *args], capture_output=True, check=False
    )


@pytest.fixture
def memo(tmp_path: Path) -> Path:
    path = tmp_path / "memo.json"
    path.write_text(json.dumps(minimal_document(), ensure_ascii=False), encoding="utf-8")
    return path


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["--version"])
    assert exited.value.code == 0
    assert capsys.readouterr().out == f"hyvaneuvottelu {hn.__version__}\n"


def test_help_lists_the_commands() -> None:
    result = run("--help")
    assert result.returncode == 0
    for command in (b"example", b"validate", b"convert", b"schema"):
        assert command in result.stdout


def test_help_lists_every_command_with_its_help_line_in_order() -> None:
    result = run("--help")
    assert result.returncode == 0
    assert result.stdout.decode("utf-8").split("\ncommands:\n")[1] == (
        "  COMMAND\n"
        "    example   print the bundled example memo\n"
        "    new       start a memo from a template\n"
        "    convert   convert a memo between formats\n"
        "    schema    print or write the published schema\n"
        "    validate  check memos against the rule catalogue\n"
        "    archive   write a SÄHKE2 transfer package of memos\n"
        "    verify    verify an archive package\n"
        "    import    import existing memos (text, Word, PDF) into drafts\n"
        "    coverage  which municipalities each county has negotiated with, per term\n"
        "              and year\n"
        "    followup  list follow-up actions and matters to agree across memos, with\n"
        "              their status\n"
    )


def test_every_command_listed_is_filled_in_by_its_module() -> None:
    (commands,) = (a for a in _parser()._actions if isinstance(a, argparse._SubParsersAction))
    assert list(commands.choices) == [a.dest for a in commands._get_subactions()]
    for name, parser in commands.choices.items():
        assert parser.prog == f"hyvaneuvottelu {name}"
        assert parser.description, name
        assert callable(parser.get_default("run")), name


def test_no_command_is_a_usage_error() -> None:
    result = run()
    assert result.returncode == 2
    assert b"Traceback" not in result.stderr


def test_example_prints_the_bundled_example(capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    assert main(["example"]) == 0
    out = capsysbinary.readouterr().out
    assert out == examples.read_bytes()
    assert hn.from_json(out) == examples.load()


def test_example_then_validate_then_convert_reproduces_it(tmp_path: Path) -> None:
    example = run("example")
    assert example.returncode == 0
    path = tmp_path / "ex.json"
    path.write_bytes(example.stdout)
    assert run("validate", str(path)).returncode == 0
    again = run("convert", str(path))
    assert (again.returncode, again.stdout) == (0, example.stdout)


def test_convert_writes_canonical_json(memo: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.json"
    assert main(["convert", str(memo), str(out), "--indent", "0"]) == 0
    assert out.read_bytes() == hn.to_json(hn.from_json(memo.read_bytes()))


def test_convert_never_overwrites_without_force(memo: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.json"
    out.write_bytes(b"precious")
    result = run("convert", str(memo), str(out))
    assert result.returncode == 2
    assert result.stderr.decode() == (
        f"hyvaneuvottelu: {out}: already exists; not overwritten (use --force to replace it)\n"
    )
    assert out.read_bytes() == b"precious"
    assert run("convert", str(memo), str(out), "--force").returncode == 0
    assert hn.from_json(out.read_bytes()) == hn.from_json(memo.read_bytes())


def test_convert_bad_input_exits_1_with_located_problems(tmp_path: Path) -> None:
    document = minimal_document()
    document["kind"] = "hyte"
    del document["title"]
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(document), encoding="utf-8")
    out = tmp_path / "out.json"
    result = run("convert", str(bad), str(out))
    assert result.returncode == 1
    assert result.stderr.decode() == (
        f"{bad}: 2 problems in the document\n"
        '  /kind: expected one of "councilTerm", "wellbeingPromotion", found the string "hyte"\n'
        "  /title: expected a value (the field is required), found nothing\n"
    )
    assert not out.exists()
    assert list(tmp_path.iterdir()) == [bad]


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"\xff\xfe\x00", "expected UTF-8 text"),
        (b"not json", "expected JSON"),
        (b"[1, 2]", "expected a JSON object (a negotiation)"),
    ],
)
def test_not_a_memo_exits_1_without_traceback(
    tmp_path: Path, content: bytes, expected: str
) -> None:
    path = tmp_path / "x.json"
    path.write_bytes(content)
    result = run("convert", str(path))
    assert result.returncode == 1
    assert expected in result.stderr.decode()
    assert b"Traceback" not in result.stderr


def test_missing_input_file_exits_2(tmp_path: Path) -> None:
    result = run("convert", str(tmp_path / "nope.json"))
    assert result.returncode == 2
    assert result.stderr.decode() == f"hyvaneuvottelu: {tmp_path / 'nope.json'}: no such file\n"


def test_folder_as_input_file_exits_2(tmp_path: Path) -> None:
    result = run("convert", str(tmp_path))
    assert result.returncode == 2
    assert result.stderr.decode() == f"hyvaneuvottelu: {tmp_path}: is a folder, not a file\n"


def test_unknown_output_extension_asks_for_to(memo: Path, tmp_path: Path) -> None:
    result = run("convert", str(memo), str(tmp_path / "memo.txt"))
    assert result.returncode == 2
    assert "cannot tell the format from the extension" in result.stderr.decode()


@pytest.mark.parametrize(
    ("name", "to", "named"),
    [("memo.json", "xml", "json"), ("out.json", "html", "json"), ("out.xml", "json", "xml")],
)
def test_convert_refuses_an_extension_that_names_another_format(
    capsys: pytest.CaptureFixture[str], memo: Path, name: str, to: str, named: str
) -> None:
    before = memo.read_bytes()
    out = memo.parent / name
    code = main(["convert", str(memo), str(out), "--to", to, "--force"])
    assert code == 2
    assert capsys.readouterr().err == (
        f"hyvaneuvottelu: {out}: the extension names {named}, but --to asks for {to}; "
        f"nothing written (give a file name ending in .{to}, or leave out --to)\n"
    )
    assert memo.read_bytes() == before
    assert sorted(p.name for p in memo.parent.iterdir()) == ["memo.json"]


@pytest.mark.parametrize(
    ("name", "to", "start"),
    [
        ("out.xml", None, b"<?xml"),
        ("out.xml", "xml", b"<?xml"),
        ("out.HTM", "html", b"<!DOCTYPE html>"),
        ("out.htm", None, b"<!DOCTYPE html>"),
        ("out.json", "json", b"{"),
        ("out.txt", "xml", b"<?xml"),
        ("out", "html", b"<!DOCTYPE html>"),
    ],
)
def test_convert_writes_the_format_asked_for_or_named(
    memo: Path, name: str, to: str | None, start: bytes
) -> None:
    out = memo.parent / name
    assert main(["convert", str(memo), str(out), *(["--to", to] if to else [])]) == 0
    assert out.read_bytes().startswith(start)


def test_convert_reads_standard_input(memo: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "hyvaneuvottelu", "convert", "-"],
        input=memo.read_bytes(),
        capture_output=True,
        check=False,
    )
    assert result.returncode == 0
    assert hn.from_json(result.stdout) == hn.from_json(memo.read_bytes())


def test_schema_prints_the_published_schema(capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    assert main(["schema"]) == 0
    assert capsysbinary.readouterr().out == schemas.json_schema_bytes()


def test_schema_writes_a_file(tmp_path: Path) -> None:
    out = tmp_path / "schema.json"
    assert main(["schema", str(out)]) == 0
    assert out.read_bytes() == schemas.json_schema_bytes()


@pytest.mark.parametrize("command", [["example"], ["convert", "-"]])
@pytest.mark.parametrize("indent", ["17", "-1", "1e3", "٣", "9" * 5000, ""])
def test_indent_out_of_range_is_a_usage_error(
    command: list[str], indent: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exited:
        main([*command, f"--indent={indent}"])
    assert exited.value.code == 2
    shown = repr(indent) if len(indent) < 10 else "'" + "9" * 5000 + "'"
    assert capsys.readouterr().err.endswith(
        f"error: argument --indent: expected a whole number of spaces from 0 to 16, found {shown}\n"
    )


def test_indent_up_to_the_maximum(capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    assert main(["example", "--indent", "16"]) == 0
    lines = capsysbinary.readouterr().out.splitlines()
    assert lines[1].startswith(b" " * 16 + b'"schemaVersion"')
    assert main(["example", "--indent", "0"]) == 0
    assert capsysbinary.readouterr().out.count(b"\n") == 1


def test_convert_refuses_a_file_too_large_as_invalid_input(tmp_path: Path) -> None:
    path = tmp_path / "large.json"
    with path.open("wb") as stream:
        stream.truncate(MAX_INPUT_BYTES + 1)  # sparse, and never read
    result = run("convert", str(path))
    assert result.returncode == 1
    assert result.stderr.decode() == f"hyvaneuvottelu: {path}: larger than 64 MiB; refused\n"


def test_an_internal_error_is_a_message_not_a_traceback(
    memo: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def fail(data: bytes, *, format: str | None = None) -> hn.Negotiation:
        raise ZeroDivisionError("division by zero")

    monkeypatch.setattr(documents, "read_bytes", fail)
    assert main(["convert", str(memo)]) == 1
    assert capsys.readouterr().err == (
        "hyvaneuvottelu: internal error (ZeroDivisionError: division by zero); please report "
        "it to the developers, with the input that caused it\n"
    )
