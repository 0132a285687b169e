"""Each command imports what it uses: validating memos loads neither multiprocessing
(with --jobs 1), nor the package writer and verifier, nor the importer, nor the
coverage report, nor (for JSON memos) the XML format and lxml; coverage and followup load none of these either (coverage its
HTML page only for --format html, followup no coverage report). A command loads
its own module of the command line, not the others'; --help loads none of them,
nor the library."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import hyvaneuvottelu as hn
from hyvaneuvottelu import examples

from .archive_support import COMPLETED_EXAMPLE

#: Modules validate --jobs 1 of a memo has no use for, written by hand.
_NOT_FOR_VALIDATE = [
    "multiprocessing",
    "concurrent.futures",
    "concurrent.futures.process",
    "hyvaneuvottelu.archive._package",
    "hyvaneuvottelu.archive._verify",
    "hyvaneuvottelu.archive._sahke2",
    "hyvaneuvottelu.archive._reader",
    "hyvaneuvottelu.archive._staging",
    "hyvaneuvottelu.archive._formats",
    "hyvaneuvottelu.archive._zipscan",
    "hyvaneuvottelu.archive._requirements",
    "hyvaneuvottelu.importing",
    "hyvaneuvottelu.coverage",
    "hyvaneuvottelu.coverage._compute",
    # A JSON memo needs no XML reader, writer, XSD or stylesheet.
    "hyvaneuvottelu.xmlformat",
    "lxml.etree",
    # Nor the reports across memos.
    "hyvaneuvottelu.collection",
    "hyvaneuvottelu.followup",
    # Nor the archive at all, for memos checked for the draft profile.
    "hyvaneuvottelu.archive",
    "hyvaneuvottelu.archive._manifest",
    "hyvaneuvottelu.archive._settings",
    "hyvaneuvottelu.archive._vocabulary",
    "hyvaneuvottelu.archive._contents",
    "hashlib",
    # Nor the other commands' modules.
    "hyvaneuvottelu.cli._archive",
    "hyvaneuvottelu.cli._basic",
    "hyvaneuvottelu.cli._coverage",
    "hyvaneuvottelu.cli._followup",
    "hyvaneuvottelu.cli._import",
    "hyvaneuvottelu.cli._schema",
]
#: The command line's module of each command, by hand.
_COMMAND_MODULES = [
    "hyvaneuvottelu.cli._archive",
    "hyvaneuvottelu.cli._basic",
    "hyvaneuvottelu.cli._coverage",
    "hyvaneuvottelu.cli._followup",
    "hyvaneuvottelu.cli._import",
    "hyvaneuvottelu.cli._schema",
    "hyvaneuvottelu.cli._validate",
]
#: The library a command line's help has no use for, by hand.
_NOT_FOR_HELP = [
    *_COMMAND_MODULES,
    "hyvaneuvottelu.cli._walk",
    "hyvaneuvottelu.model",
    "hyvaneuvottelu.documents",
    "hyvaneuvottelu.jsonformat",
    "hyvaneuvottelu.rules",
    "hyvaneuvottelu.validation",
    "hyvaneuvottelu.archive",
    "lxml.etree",
]
#: What the collection loads to find and read packages among memos.
_FOR_READING_PACKAGES = {
    "hyvaneuvottelu.archive",
    "hyvaneuvottelu.archive._manifest",
    "hyvaneuvottelu.archive._settings",
    "hyvaneuvottelu.archive._vocabulary",
    "hyvaneuvottelu.archive._contents",
    "hashlib",
}
#: Modules the coverage and followup commands (--jobs 1) have no use for, by hand.
_NOT_FOR_REPORTS = [
    *(
        name
        for name in _NOT_FOR_VALIDATE
        if not name.startswith(
            (
                "hyvaneuvottelu.coverage",
                "hyvaneuvottelu.collection",
                "hyvaneuvottelu.followup",
                "hyvaneuvottelu.cli.",
            )
        )
        # The collection reads packages: it knows their manifest and settings.
        and name not in _FOR_READING_PACKAGES
    ),
    "hyvaneuvottelu.coverage._html",
]
_IMPORTED = re.compile(r"^import time:\s+\d+ \|\s+\d+ \|\s*(\S+)$", re.MULTILINE)


def _imported(*args: str, code: int = 0) -> set[str]:
    """The modules ``python -X importtime -m hyvaneuvottelu ARGS`` imports; it exits with ``code``."""
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "hyvaneuvottelu", *args],
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == code, result.stderr.decode()[-2000:]
    return set(_IMPORTED.findall(result.stderr.decode()))


def test_validate_with_one_job_imports_no_multiprocessing_no_archive_no_importer(
    tmp_path: Path,
) -> None:
    memo = tmp_path / "example.json"
    memo.write_bytes(hn.to_json(examples.load()))
    imported = _imported("validate", str(memo), "--jobs", "1")
    # The parse is right: the library and the rules were imported.
    assert {"hyvaneuvottelu.jsonformat", "hyvaneuvottelu.rules"} <= imported
    assert sorted(imported & set(_NOT_FOR_VALIDATE)) == []


def test_validate_with_a_package_among_the_paths_imports_the_verifier(tmp_path: Path) -> None:
    package = tmp_path / "package"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "hyvaneuvottelu",
            "archive",
            str(COMPLETED_EXAMPLE),
            "--out",
            str(package),
        ],
        capture_output=True,
        timeout=120,
        check=True,
    )
    imported = _imported("validate", str(package), "--jobs", "1")
    assert "hyvaneuvottelu.archive._verify" in imported
    assert "multiprocessing" not in imported


def test_coverage_with_one_job_imports_what_its_format_needs(tmp_path: Path) -> None:
    memo = tmp_path / "example.json"
    memo.write_bytes(hn.to_json(examples.load()))
    imported = _imported("coverage", str(memo), "--jobs", "1", "--format", "json", code=1)
    assert {"hyvaneuvottelu.collection", "hyvaneuvottelu.coverage"} <= imported
    assert sorted(imported & set(_NOT_FOR_REPORTS)) == []
    assert sorted(imported & set(_COMMAND_MODULES)) == ["hyvaneuvottelu.cli._coverage"]
    out = tmp_path / "coverage.html"
    imported = _imported("coverage", str(memo), "--format", "html", "--out", str(out), code=1)
    assert "hyvaneuvottelu.coverage._html" in imported


def test_followup_with_one_job_imports_no_coverage_report(tmp_path: Path) -> None:
    memo = tmp_path / "example.json"
    memo.write_bytes(hn.to_json(examples.load()))
    imported = _imported("followup", str(memo), "--jobs", "1", "--format", "json")
    assert {"hyvaneuvottelu.collection", "hyvaneuvottelu.followup"} <= imported
    assert sorted(imported & {*_NOT_FOR_REPORTS, "hyvaneuvottelu.coverage"}) == []
    assert sorted(imported & set(_COMMAND_MODULES)) == ["hyvaneuvottelu.cli._followup"]


def test_help_and_usage_errors_load_no_command_and_no_library() -> None:
    imported = _imported("--help")
    assert "hyvaneuvottelu.cli" in imported
    assert sorted(imported & set(_NOT_FOR_HELP)) == []
    imported = _imported("no-such-command", code=2)
    assert sorted(imported & set(_NOT_FOR_HELP)) == []


def test_a_command_s_help_loads_its_own_module_alone() -> None:
    imported = _imported("verify", "--help")
    assert sorted(imported & set(_COMMAND_MODULES)) == ["hyvaneuvottelu.cli._archive"]


def test_schema_loads_neither_the_model_nor_the_formats(tmp_path: Path) -> None:
    imported = _imported("schema", str(tmp_path / "schema.json"))
    assert "hyvaneuvottelu.schemas" in imported
    unused = {"hyvaneuvottelu.model", "hyvaneuvottelu.jsonformat", "hyvaneuvottelu.documents"}
    assert sorted(imported & (unused | set(_COMMAND_MODULES))) == ["hyvaneuvottelu.cli._schema"]


#: What writing a memo template has no use for, by hand: it copies a file of
#: the package, and names the formats at most.
_NOT_FOR_NEW = [
    "hyvaneuvottelu.model",
    "hyvaneuvottelu.jsonformat",
    "hyvaneuvottelu.jsonformat._decode",
    "hyvaneuvottelu.jsonformat._encode",
    "cattrs",
    "hyvaneuvottelu.rules",
    "hyvaneuvottelu.validation",
    "hyvaneuvottelu.refdata",
    "hyvaneuvottelu.xmlformat",
    "lxml.etree",
    "hyvaneuvottelu.archive",
    "hyvaneuvottelu.importing",
    "hyvaneuvottelu.coverage",
    "hyvaneuvottelu.collection",
    "multiprocessing",
]


def test_new_loads_no_model_and_no_format(tmp_path: Path) -> None:
    imported = _imported("new", "--out", str(tmp_path / "memo.json"))
    assert (tmp_path / "memo.json").read_bytes() == examples.template_bytes()
    assert "hyvaneuvottelu.examples" in imported
    assert sorted(imported & set(_NOT_FOR_NEW)) == []
    imported = _imported("new", "--help")
    assert "hyvaneuvottelu.cli._basic" in imported
    assert sorted(imported & set(_NOT_FOR_NEW)) == []
