"""Each command imports what it uses: validating memos loads neither multiprocessing
(with --jobs 1), nor the package writer and verifier, nor the importer, nor the
coverage report, nor (for JSON memos) the XML format and lxml; coverage and
followup load none of these either (coverage its HTML page only for --format
html, followup no coverage report). A command loads its own module of the
command line, not the others'; --help loads none of them, nor the library, nor
attrs (the exceptions need no attrs class); new loads no model and no attrs;
verify loads no validation of memos, and its help not the verifier either; the help
and argument parsing of archive and verify load no model."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import hyvaneuvottelu as hn
from hyvaneuvottelu import examples

from .archive_support import COMPLETED_EXAMPLE

# What each command has no use for, written by hand: each module with the
# commands that must not load it. The commands, as the tests below run them:
#   validate      validate MEMO.json --jobs 1
#   coverage      coverage MEMO.json --jobs 1 --format json
#   followup      followup MEMO.json --jobs 1 --format json
#   help          --help, and a command that does not exist
#   new           new --out FILE, and new --help
#   schema        schema FILE
#   verify        verify PACKAGE
#   verify-help   verify --help, and verify with no package (a usage error)
#   archive-help  archive --help, and archive with no memo (a usage error)
# A command loads its own module of the command line and no other command's.
_REPORTS = {"coverage", "followup"}
_UNUSED: dict[str, set[str]] = {
    "multiprocessing": {"validate", *_REPORTS, "new", "verify"},
    "concurrent.futures": {"validate", *_REPORTS},
    "concurrent.futures.process": {"validate", *_REPORTS},
    "hashlib": {"validate", "verify-help", "archive-help"},
    "attrs": {"help", "new", "schema"},
    "cattrs": {"new"},
    "lxml.etree": {"validate", *_REPORTS, "help", "new"},
    "hyvaneuvottelu.errors": {"help"},
    "hyvaneuvottelu._problem": {"new"},
    "hyvaneuvottelu._pool": {"verify", "verify-help", "archive-help"},
    "hyvaneuvottelu._workers": {
        "validate",
        *_REPORTS,
        "new",
        "verify",
        "verify-help",
        "archive-help",
    },
    "hyvaneuvottelu.model": {"help", "new", "schema", "verify-help", "archive-help"},
    "hyvaneuvottelu.documents": {"help", "schema"},
    "hyvaneuvottelu.jsonformat": {"help", "new", "schema"},
    "hyvaneuvottelu.jsonformat._decode": {"new"},
    "hyvaneuvottelu.jsonformat._encode": {"new"},
    # A JSON memo needs no XML reader, writer, XSD or stylesheet.
    "hyvaneuvottelu.xmlformat": {"validate", *_REPORTS, "new"},
    "hyvaneuvottelu.rules": {"help", "new", "verify-help", "archive-help"},
    "hyvaneuvottelu.validation": {"help", "new", "verify", "verify-help", "archive-help"},
    "hyvaneuvottelu.refdata": {"new"},
    "hyvaneuvottelu.importing": {"validate", *_REPORTS, "new", "verify"},
    "hyvaneuvottelu.collection": {"validate", "new", "verify"},
    "hyvaneuvottelu.followup": {"validate", "verify"},
    "hyvaneuvottelu.coverage": {"validate", "followup", "new", "verify"},
    "hyvaneuvottelu.coverage._compute": {"validate"},
    "hyvaneuvottelu.coverage._html": {*_REPORTS},
    # The archive: none of it for memos checked for the draft profile; the
    # reports read packages among memos, so they know their manifest and settings.
    "hyvaneuvottelu.archive": {"validate", "help", "new"},
    "hyvaneuvottelu.archive._manifest": {"validate", "verify-help", "archive-help"},
    "hyvaneuvottelu.archive._settings": {"validate"},
    "hyvaneuvottelu.archive._vocabulary": {"validate", "verify-help", "archive-help"},
    "hyvaneuvottelu.archive._contents": {"validate"},
    # Nor, but for verify, the package writer and verifier.
    "hyvaneuvottelu.archive._package": {"validate", *_REPORTS, "verify-help", "archive-help"},
    "hyvaneuvottelu.archive._verify": {"validate", *_REPORTS, "verify-help", "archive-help"},
    "hyvaneuvottelu.archive._sahke2": {"validate", *_REPORTS, "verify-help", "archive-help"},
    "hyvaneuvottelu.archive._reader": {"validate", *_REPORTS, "verify-help", "archive-help"},
    "hyvaneuvottelu.archive._staging": {"validate", *_REPORTS, "verify-help", "archive-help"},
    "hyvaneuvottelu.archive._formats": {"validate", *_REPORTS, "verify-help", "archive-help"},
    "hyvaneuvottelu.archive._zipscan": {"validate", *_REPORTS, "verify-help", "archive-help"},
    "hyvaneuvottelu.archive._requirements": {"validate", *_REPORTS, "verify-help", "archive-help"},
    # The command line: each command's module, and what more than one command shares.
    "hyvaneuvottelu.cli._common": {"help"},
    "hyvaneuvottelu.cli._walk": {"help", "verify", "verify-help", "archive-help"},
    "hyvaneuvottelu.cli._archive": {"validate", *_REPORTS, "help", "schema"},
    "hyvaneuvottelu.cli._basic": {
        "validate",
        *_REPORTS,
        "help",
        "schema",
        "verify",
        "verify-help",
        "archive-help",
    },
    "hyvaneuvottelu.cli._coverage": {
        "validate",
        "followup",
        "help",
        "schema",
        "verify",
        "verify-help",
        "archive-help",
    },
    "hyvaneuvottelu.cli._followup": {
        "validate",
        "coverage",
        "help",
        "schema",
        "verify",
        "verify-help",
        "archive-help",
    },
    "hyvaneuvottelu.cli._import": {
        "validate",
        *_REPORTS,
        "help",
        "schema",
        "verify",
        "verify-help",
        "archive-help",
    },
    "hyvaneuvottelu.cli._schema": {
        "validate",
        *_REPORTS,
        "help",
        "verify",
        "verify-help",
        "archive-help",
    },
    "hyvaneuvottelu.cli._validate": {
        *_REPORTS,
        "help",
        "schema",
        "verify",
        "verify-help",
        "archive-help",
    },
}


def _unused_by(command: str) -> set[str]:
    """The modules ``command`` (a name of the table's) must not load."""
    return {module for module, commands in _UNUSED.items() if command in commands}


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
    assert "hyvaneuvottelu.cli._validate" in imported
    assert sorted(imported & _unused_by("validate")) == []


def test_validate_with_a_package_among_the_paths_imports_the_verifier(tmp_path: Path) -> None:
    package = _package(tmp_path)
    imported = _imported("validate", str(package), "--jobs", "1")
    assert "hyvaneuvottelu.archive._verify" in imported
    assert "multiprocessing" not in imported


def test_coverage_with_one_job_imports_what_its_format_needs(tmp_path: Path) -> None:
    memo = tmp_path / "example.json"
    memo.write_bytes(hn.to_json(examples.load()))
    imported = _imported("coverage", str(memo), "--jobs", "1", "--format", "json", code=1)
    assert {"hyvaneuvottelu.collection", "hyvaneuvottelu.coverage"} <= imported
    assert "hyvaneuvottelu.cli._coverage" in imported
    assert sorted(imported & _unused_by("coverage")) == []
    out = tmp_path / "coverage.html"
    imported = _imported("coverage", str(memo), "--format", "html", "--out", str(out), code=1)
    assert "hyvaneuvottelu.coverage._html" in imported


def test_followup_with_one_job_imports_no_coverage_report(tmp_path: Path) -> None:
    memo = tmp_path / "example.json"
    memo.write_bytes(hn.to_json(examples.load()))
    imported = _imported("followup", str(memo), "--jobs", "1", "--format", "json")
    assert {"hyvaneuvottelu.collection", "hyvaneuvottelu.followup"} <= imported
    assert "hyvaneuvottelu.cli._followup" in imported
    assert sorted(imported & _unused_by("followup")) == []


def test_help_and_usage_errors_load_no_command_and_no_library() -> None:
    imported = _imported("--help")
    assert "hyvaneuvottelu.cli" in imported
    assert sorted(imported & _unused_by("help")) == []
    imported = _imported("no-such-command", code=2)
    assert sorted(imported & _unused_by("help")) == []


def test_a_command_s_help_loads_its_own_module_alone() -> None:
    imported = _imported("verify", "--help")
    assert "hyvaneuvottelu.cli._archive" in imported
    assert sorted(imported & _unused_by("verify-help")) == []
    # Parsing the arguments loads no more: a usage error is said before the run.
    imported = _imported("verify", code=2)
    assert "hyvaneuvottelu.cli._archive" in imported
    assert sorted(imported & _unused_by("verify-help")) == []


def test_archive_s_help_lists_the_versions_without_the_model() -> None:
    # The options list the SÄHKE2 versions and the transfer settings.
    imported = _imported("archive", "--help")
    assert {"hyvaneuvottelu.cli._archive", "hyvaneuvottelu.archive._settings"} <= imported
    assert sorted(imported & _unused_by("archive-help")) == []
    imported = _imported("archive", "--out", "package", code=2)
    assert "hyvaneuvottelu.cli._archive" in imported
    assert sorted(imported & _unused_by("archive-help")) == []


def test_verify_loads_no_validation_of_memos(tmp_path: Path) -> None:
    imported = _imported("verify", str(_package(tmp_path)))
    assert {"hyvaneuvottelu.cli._archive", "hyvaneuvottelu.archive._verify"} <= imported
    assert sorted(imported & _unused_by("verify")) == []


def test_schema_loads_neither_the_model_nor_the_formats(tmp_path: Path) -> None:
    imported = _imported("schema", str(tmp_path / "schema.json"))
    assert {"hyvaneuvottelu.schemas", "hyvaneuvottelu.cli._schema"} <= imported
    assert sorted(imported & _unused_by("schema")) == []


def test_new_loads_no_model_and_no_format(tmp_path: Path) -> None:
    imported = _imported("new", "--out", str(tmp_path / "memo.json"))
    assert (tmp_path / "memo.json").read_bytes() == examples.template_bytes()
    assert "hyvaneuvottelu.examples" in imported
    assert sorted(imported & _unused_by("new")) == []
    imported = _imported("new", "--help")
    assert "hyvaneuvottelu.cli._basic" in imported
    assert sorted(imported & _unused_by("new")) == []


def test_the_exceptions_load_no_attrs_and_name_the_problem_class_when_asked() -> None:
    code = (
        "import pickle, sys\n"
        "import hyvaneuvottelu.errors as errors\n"
        "print('attrs' in sys.modules, 'Problem' in dir(errors))\n"
        "problem = errors.Problem(location='/a', expected='x', found='y')\n"
        "print(type(problem).__module__, pickle.loads(pickle.dumps(problem)) == problem)\n"
        "print('attrs' in sys.modules)\n"
        "errors.Nothing\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False
    )
    assert result.stdout == "False True\nhyvaneuvottelu.errors True\nTrue\n"
    assert result.stderr.splitlines()[-1] == (
        "AttributeError: module 'hyvaneuvottelu.errors' has no attribute 'Nothing'"
    )


def _package(folder: Path) -> Path:
    """A package of the completed example, written into ``folder``."""
    package = folder / "package"
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
    return package
