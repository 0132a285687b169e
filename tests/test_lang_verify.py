"""``verify`` before it reads a package, and a system's own words, in fi, sv and en."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from hyvaneuvottelu._messages import Message, os_error, system_text
from hyvaneuvottelu.archive._findings import Discrepancy
from hyvaneuvottelu.cli import main


def _verify(capsys: pytest.CaptureFixture[str], path: Path | str, language: str) -> str:
    assert main(["verify", "--lang", language, str(path)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    return captured.err


def test_no_such_package(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "none"
    assert _verify(capsys, missing, "fi") == (
        f"hyvaneuvottelu: {missing}: siirtopakettia ei ole (kansio tai zip-tiedosto)\n"
    )
    assert _verify(capsys, missing, "sv") == (
        f"hyvaneuvottelu: {missing}: paketet finns inte (en mapp eller en zip-fil)\n"
    )
    assert _verify(capsys, missing, "en") == (
        f"hyvaneuvottelu: {missing}: no such package (a folder or a zip file)\n"
    )


def test_a_fifo_is_not_a_package(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    assert _verify(capsys, fifo, "fi") == (
        f"hyvaneuvottelu: {fifo}: ei siirtopaketin kansio eikä zip-tiedosto vaan nimetty putki "
        "(FIFO); jätetty lukematta\n"
    )
    assert _verify(capsys, fifo, "sv") == (
        f"hyvaneuvottelu: {fifo}: varken en paketmapp eller en zip-fil utan en namngiven pipe "
        "(FIFO); lästes inte\n"
    )
    assert _verify(capsys, fifo, "en") == (
        f"hyvaneuvottelu: {fifo}: not a package folder or zip file (a FIFO); not read\n"
    )


def test_a_path_through_a_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "file").write_bytes(b"x")
    path = tmp_path / "file" / "package"
    assert _verify(capsys, path, "fi") == (
        f"hyvaneuvottelu: {path}: ei voi lukea: polun osa ei ole kansio\n"
    )
    assert _verify(capsys, path, "sv") == (
        f"hyvaneuvottelu: {path}: kan inte läsas: en del av sökvägen är ingen mapp\n"
    )
    assert (
        _verify(capsys, path, "en") == f"hyvaneuvottelu: {path}: cannot be read: Not a directory\n"
    )


def test_a_loop_of_links(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    loop = tmp_path / "loop"
    loop.symlink_to(loop)
    assert _verify(capsys, loop, "fi") == (
        f"hyvaneuvottelu: {loop}: ei voi lukea: liian monta symbolista linkkiä peräkkäin\n"
    )
    assert _verify(capsys, loop, "sv") == (
        f"hyvaneuvottelu: {loop}: kan inte läsas: för många symboliska länkar i rad\n"
    )


def test_an_uncommon_system_error_is_framed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def failing(self: Path, **_: object) -> os.stat_result:
        raise OSError(errno.EIO, "Input/output error", str(self))

    monkeypatch.setattr(Path, "stat", failing)
    path = tmp_path / "package"
    assert _verify(capsys, path, "fi") == (
        f"hyvaneuvottelu: {path}: ei voi lukea: järjestelmän virheilmoitus: Input/output error\n"
    )
    assert _verify(capsys, path, "sv") == (
        f"hyvaneuvottelu: {path}: kan inte läsas: systemets felmeddelande: Input/output error\n"
    )
    assert _verify(capsys, path, "en") == (
        f"hyvaneuvottelu: {path}: cannot be read: Input/output error\n"
    )


#: The common errors of the system, in words written by hand: (errno, fi, sv, en).
OS_ERRORS = [
    (errno.ENOENT, "tiedostoa tai kansiota ei ole", "filen eller mappen finns inte",
     "No such file or directory"),
    (errno.EACCES, "ei käyttöoikeutta", "åtkomst nekad", "Permission denied"),
    (errno.EPERM, "toiminto ei ole sallittu", "åtgärden är inte tillåten",
     "Operation not permitted"),
    (errno.EISDIR, "se on kansio", "det är en mapp", "Is a directory"),
    (errno.ENOTDIR, "polun osa ei ole kansio", "en del av sökvägen är ingen mapp",
     "Not a directory"),
    (errno.ENOSPC, "levytila on lopussa", "diskutrymmet är slut", "No space left on device"),
    (errno.EROFS, "tiedostojärjestelmään voi vain lukea", "filsystemet är skrivskyddat",
     "Read-only file system"),
    (errno.ELOOP, "liian monta symbolista linkkiä peräkkäin", "för många symboliska länkar i rad",
     "Too many levels of symbolic links"),
    (errno.ENAMETOOLONG, "nimi on liian pitkä", "namnet är för långt", "File name too long"),
]  # fmt: skip


@pytest.mark.parametrize(("number", "fi", "sv", "en"), OS_ERRORS)
def test_common_os_errors_in_words(number: int, fi: str, sv: str, en: str) -> None:
    # Whatever the system's own text: the words come from the error's number.
    said = os_error(OSError(number, "some text of the system"))
    assert [said.render(language) for language in ("fi", "sv", "en")] == [fi, sv, en]
    # The English words are the system's own (glibc's), so that its text is recognised too.
    assert system_text(en) == said


def test_another_os_error_keeps_the_systems_text_framed() -> None:
    said = os_error(OSError(errno.EIO, "Input/output error"))
    assert said == Message("system.text", (("text", "Input/output error"),))
    assert said.render("fi") == "järjestelmän virheilmoitus: Input/output error"
    assert said.render("sv") == "systemets felmeddelande: Input/output error"
    assert said.render("en") == "Input/output error"


@pytest.mark.parametrize(
    ("english", "fi", "sv"),
    [
        (
            "cannot be read from the folder: Permission denied",
            "ei voi lukea kansiosta: ei käyttöoikeutta",
            "kan inte läsas från mappen: åtkomst nekad",
        ),
        (
            "cannot be read from the zip file: Input/output error",
            "ei voi lukea zip-tiedostosta: järjestelmän virheilmoitus: Input/output error",
            "kan inte läsas från zip-filen: systemets felmeddelande: Input/output error",
        ),
        (
            "cannot be read from the folder: shrank while it was read (from 5 bytes)",
            "ei voi lukea kansiosta: pieneni lukemisen aikana (5 tavusta)",
            "kan inte läsas från mappen: krympte medan den lästes (från 5 byte)",
        ),
        (
            "a folder that cannot be read: No such file or directory",
            "kansio, jota ei voi lukea: tiedostoa tai kansiota ei ole",
            "en mapp som inte kan läsas: filen eller mappen finns inte",
        ),
    ],
)
def test_a_file_of_a_package_that_cannot_be_read(english: str, fi: str, sv: str) -> None:
    problem = Discrepancy(file="case-001/memo.xml", message=english)
    assert problem.message_in("fi") == fi
    assert problem.message_in("sv") == sv
    assert problem.message_in("en") == english
