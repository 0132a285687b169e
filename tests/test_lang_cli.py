"""The commands' I/O errors and validate's packages, in Finnish, Swedish and English."""

from __future__ import annotations

import errno
import shutil
from pathlib import Path

import pytest

from hyvaneuvottelu import archive
from hyvaneuvottelu.archive import (
    SETTINGS_FILE,
    VerificationReport,
    verify_package,
    write_package,
)
from hyvaneuvottelu.cli import _archive, _validate, _walk, main
from hyvaneuvottelu.errors import Problem

from .archive_support import COMPLETED_EXAMPLE, EXAMPLES, completed_memo, settings


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("fi", "lukeminen ei onnistu: liian monta symbolista linkkiä peräkkäin"),
        ("sv", "kan inte läsas: för många symboliska länkar i rad"),
        ("en", "cannot read: Too many levels of symbolic links"),
    ],
)
def test_convert_cannot_read_a_loop_of_links(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, language: str, said: str
) -> None:
    loop = tmp_path / "loop.json"
    loop.symlink_to(loop)
    out = tmp_path / "out.xml"
    assert _run(capsys, "convert", "--lang", language, str(loop), str(out)) == (
        2,
        "",
        f"hyvaneuvottelu: {loop}: {said}\n",
    )
    assert not out.exists()


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("fi", "kirjoittaminen ei onnistu: levytila on lopussa"),
        ("sv", "kan inte skrivas: diskutrymmet är slut"),
        ("en", "cannot write: No space left on device"),
    ],
)
def test_archive_cannot_write_on_a_full_disk(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    language: str,
    said: str,
) -> None:
    folder = tmp_path / "memos"
    folder.mkdir()
    shutil.copy(COMPLETED_EXAMPLE, folder)
    shutil.copy(EXAMPLES / SETTINGS_FILE, folder)

    def full(*_: object, **__: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    # The command may take the writer from its module or from the archive package.
    monkeypatch.setattr(_archive, "write_package", full, raising=False)
    monkeypatch.setattr(archive, "write_package", full)
    target = tmp_path / "package"
    code, _, err = _run(capsys, "archive", str(folder), "--out", str(target), "--lang", language)
    assert (code, err) == (2, f"hyvaneuvottelu: {target}: {said}\n")


def test_validate_reports_a_package_in_the_chosen_language(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    package = tmp_path / "package"
    write_package([completed_memo()], package, settings())
    (package / "extra.txt").write_bytes(b"x")
    expected = {
        "fi": [
            f"{package}: siirtopakettia EI todennettu (2 virhettä)",
            "  virhe extra.txt: on paketissa mutta puuttuu luettelosta",
            "  virhe extra.txt: mikään tiedoston sahke2.xml Document ei kuvaa tätä tiedostoa",
        ],
        "sv": [
            f"{package}: överföringspaketet INTE verifierat (2 fel)",
            "  fel extra.txt: i paketet men saknas i förteckningen",
            "  fel extra.txt: beskrivs inte av något Document i sahke2.xml",
        ],
        "en": [
            f"{package}: package NOT verified (2 errors)",
            "  error extra.txt: in the package but not listed in the manifest",
            "  error extra.txt: not described by any Document in sahke2.xml",
        ],
    }
    for language, lines in expected.items():
        code, out, _ = _run(capsys, "validate", "--lang", language, str(package))
        assert code == 1
        assert out.splitlines()[:-1] == lines


def test_validate_names_a_package_it_cannot_open_in_finnish(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    package = tmp_path / "package.zip"
    package.write_bytes(b"PK")

    def gone(path: str) -> VerificationReport:
        # The zip file is taken away between the walk and the verification.
        Path(path).unlink()
        return verify_package(path)

    monkeypatch.setattr(_walk, "verify_package", gone)
    code, out, _ = _run(capsys, "validate", "--lang", "fi", str(package))
    assert code == 2
    assert out.splitlines()[:2] == [
        f"{package}: siirtopakettia EI todennettu (ei voitu avata)",
        f"  virhe {package}: siirtopakettia ei ole (kansio tai zip-tiedosto)",
    ]


def test_an_unexplained_xsd_error_is_framed_as_the_parsers() -> None:
    problem = Problem(
        location="line 3: /negotiation/title",
        expected="what the format's XSD allows",
        found="Some message of libxml2.",
    )
    assert problem.render("fi") == (
        "rivi 3: /negotiation/title: odotettiin muodon XSD:n sallimaa sisältöä, löytyi "
        "jäsentimen ilmoittama virhe: Some message of libxml2."
    )
    assert problem.render("sv").endswith(
        "hittade ett fel som tolken rapporterar så här: Some message of libxml2."
    )
    assert problem.render("en") == (
        "line 3: /negotiation/title: expected what the format's XSD allows, found Some message "
        "of libxml2."
    )


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("fi", "tiedostojärjestelmään voi vain lukea"),
        ("sv", "filsystemet är skrivskyddat"),
        ("en", "Read-only file system"),
    ],
)
def test_an_os_error_no_command_explained_is_named_in_words(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    language: str,
    said: str,
) -> None:
    target = tmp_path / "out"

    def read_only(_: object) -> int:
        raise OSError(errno.EROFS, "Read-only file system", str(target))

    # The command is looked up when the parser is built, after this.
    monkeypatch.setattr(_validate, "_validate", read_only)
    assert _run(capsys, "validate", "--lang", language, "x.json") == (
        2,
        "",
        f"hyvaneuvottelu: {target}: {said}\n",
    )
