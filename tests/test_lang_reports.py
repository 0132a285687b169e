"""coverage and followup in Finnish, Swedish and English: the day of the report, a special
file passed over, and an output file that appears while the report is made."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

from hyvaneuvottelu import _file_words
from hyvaneuvottelu._messages import message
from hyvaneuvottelu.cli import _common, main
from hyvaneuvottelu.collection import Reasons

from . import coverage_set

SPECIAL_KINDS = [
    (
        "not a regular file but a named pipe (FIFO)",
        "ei tavallinen tiedosto vaan nimetty putki (FIFO)",
        "inte en vanlig fil utan en namngiven pipe (FIFO)",
    ),
    (
        "not a regular file but a socket",
        "ei tavallinen tiedosto vaan pistoke (socket)",
        "inte en vanlig fil utan en socket",
    ),
    (
        "not a regular file but a character device",
        "ei tavallinen tiedosto vaan merkkilaite",
        "inte en vanlig fil utan en teckenenhet",
    ),
    (
        "not a regular file but a block device",
        "ei tavallinen tiedosto vaan lohkolaite",
        "inte en vanlig fil utan en blockenhet",
    ),
    (
        "not a regular file but a special file",
        "ei tavallinen tiedosto vaan erikoistiedosto",
        "inte en vanlig fil utan en specialfil",
    ),
]


@pytest.mark.parametrize(("en", "fi", "sv"), SPECIAL_KINDS)
def test_a_special_files_reason_in_each_language(en: str, fi: str, sv: str) -> None:
    assert [Reasons.words(en, language) for language in ("fi", "sv", "en")] == [fi, sv, en]


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.mark.parametrize(
    ("language", "note"),
    [
        ("fi", "huomautus: {path}: ei tavallinen tiedosto vaan nimetty putki (FIFO)"),
        ("sv", "anmärkning: {path}: inte en vanlig fil utan en namngiven pipe (FIFO)"),
        ("en", "note: {path}: not a regular file but a named pipe (FIFO)"),
    ],
)
def test_coverage_names_a_fifo_it_passes_over_in_the_language(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, language: str, note: str
) -> None:
    memos = tmp_path / "memos"
    memos.mkdir()
    os.mkfifo(memos / "pipe.json")
    _, _, err = _run(capsys, "coverage", "--lang", language, str(memos))
    assert err.splitlines()[0] == "hyvaneuvottelu: " + note.format(path=memos / "pipe.json")


@pytest.fixture(scope="module")
def coverage_memos(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("coverage")
    coverage_set.build(folder)
    return folder


@pytest.mark.parametrize(
    ("language", "text", "html", "followup"),
    [
        ("fi", "tilanne 30.11.2026; ", "Tilanne 30.11.2026", "tilanne 30.11.2026"),
        ("sv", "läget per 30.11.2026; ", "Läget per 30.11.2026", "läget per 30.11.2026"),
        ("en", "as of 2026-11-30; ", "As of 2026-11-30", "as of 2026-11-30"),
    ],
)
def test_the_reports_say_their_day_in_the_same_words(
    capsys: pytest.CaptureFixture[str],
    coverage_memos: Path,
    language: str,
    text: str,
    html: str,
    followup: str,
) -> None:
    options = ["--lang", language, "--as-of", "2026-11-30", str(coverage_memos)]
    _, out, _ = _run(capsys, "coverage", *options)
    days = [line for line in out.splitlines() if "30" in line and ";" in line]
    assert days
    assert all(line.startswith(text) for line in days)
    _, out, _ = _run(capsys, "coverage", "--format", "html", *options)
    assert f'<p class="as-of">{html}</p>' in out
    _, out, _ = _run(capsys, "followup", *options)
    assert out.splitlines()[0] == followup


EXISTS = {
    "fi": "on jo olemassa; ei korvattu (korvaa se valitsimella --force)",
    "sv": "finns redan; skrevs inte över (ersätt den med --force)",
    "en": "already exists; not overwritten (use --force to replace it)",
}
APPEARED = {
    "fi": "ilmestyi kirjoittamisen aikana; ei korvattu",
    "sv": "dök upp medan den skrevs; skrevs inte över",
    "en": "appeared while writing; not overwritten",
}


@pytest.mark.parametrize("command", ["coverage", "followup"])
@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_an_existing_out_file_before_and_after_the_commands_check(
    capsys: pytest.CaptureFixture[str],
    coverage_memos: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    command: str,
    language: str,
) -> None:
    out = tmp_path / "report.txt"
    out.write_text("mine")
    args = [command, "--lang", language, "-q", str(coverage_memos), "--out", str(out)]
    assert _run(capsys, *args) == (2, "", f"hyvaneuvottelu: {out}: {EXISTS[language]}\n")
    # The file appears just after the command looked: the write refuses it.
    out.unlink()
    lexists = os.path.lexists

    def looked(path: str | os.PathLike[str]) -> bool:
        if Path(path) == out and not out.exists():
            out.write_text("mine")
            return False
        return lexists(path)

    monkeypatch.setattr(os.path, "lexists", looked)
    assert _run(capsys, *args) == (2, "", f"hyvaneuvottelu: {out}: {EXISTS[language]}\n")
    assert out.read_text() == "mine"
    monkeypatch.undo()
    # The file appears while the report is written, after every check.
    out.unlink()
    mkstemp = tempfile.mkstemp

    def staged(prefix: str, suffix: str, dir: Path) -> tuple[int, str]:
        out.write_text("mine")
        return mkstemp(prefix=prefix, suffix=suffix, dir=str(dir))

    monkeypatch.setattr(tempfile, "mkstemp", staged)
    assert _run(capsys, *args) == (2, "", f"hyvaneuvottelu: {out}: {APPEARED[language]}\n")
    assert out.read_text() == "mine"


@pytest.mark.parametrize(
    ("language", "convert", "imported"),
    [
        (
            "fi",
            "ei tavallinen tiedosto vaan nimetty putki (FIFO)",
            "jäi tuomatta: lukeminen ei onnistu: ei tavallinen tiedosto vaan nimetty putki (FIFO)",
        ),
        (
            "sv",
            "inte en vanlig fil utan en namngiven pipe (FIFO)",
            "inte importerad: kan inte läsas: inte en vanlig fil utan en namngiven pipe (FIFO)",
        ),
        (
            "en",
            "not a regular file but a named pipe (FIFO)",
            "not imported: cannot read: not a regular file but a named pipe (FIFO)",
        ),
    ],
)
def test_convert_and_import_name_a_fifo_in_the_language(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, language: str, convert: str, imported: str
) -> None:
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    assert _run(capsys, "convert", "--lang", language, str(fifo), "--to", "xml") == (
        2,
        "",
        f"hyvaneuvottelu: {fifo}: {convert}\n",
    )
    code, out, err = _run(capsys, "import", "--lang", language, str(fifo), "--out", str(tmp_path))
    assert code == 2
    assert f"{fifo}: {imported}" in (out + err).splitlines()


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("fi", "HN-D001 rivi 1, sarake 7: Muistio ei ole kelvollinen: "),
        ("sv", "HN-D001 rad 1, kolumn 7: Promemorian är inte giltig: "),
        ("en", "HN-D001 line 1, column 7: The memo is not valid: "),
    ],
)
def test_followup_locates_a_broken_memo_in_the_language(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, language: str, said: str
) -> None:
    (tmp_path / "broken.json").write_bytes(b'{"a": }')
    _, out, _ = _run(capsys, "followup", "--lang", language, str(tmp_path))
    (line,) = [line for line in out.splitlines() if "HN-D001" in line]
    assert said in line


def test_the_command_lines_kinds_of_file_are_the_words_validate_uses() -> None:
    # Two places say what a special file is (the catalogue, for a file given to
    # convert or import; validate's words, for the rest): they must not drift apart.
    kinds = {**_common._KINDS, "special file": "cli.kind.special"}
    assert set(kinds) == set(_file_words.SPECIAL_KINDS)
    for kind, id in kinds.items():
        words = tuple(message(id).render(language) for language in ("fi", "sv", "en"))
        assert words == _file_words.SPECIAL_KINDS[kind]
