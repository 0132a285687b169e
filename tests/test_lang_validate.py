"""``validate``'s own errors, its transfer settings and a parser's words, in fi, sv and en."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from hyvaneuvottelu import to_json
from hyvaneuvottelu.cli import main
from hyvaneuvottelu.model import PersonalDataClass

from .archive_support import ready_memo

SETTINGS: dict[str, Any] = {
    "transferContractId": "SOPIMUS-1",
    "organisation": "Länsi-Uudenmaan hyvinvointialue",
    "contactPerson": {
        "name": "Arkistonhoitaja",
        "address": "Katu 1",
        "phone": "+358 1",
        "email": "a@example.invalid",
    },
}
#: HN-A043's finding on a memo of criminal-conviction data transferred with SÄHKE2 2011.
A043 = (
    "  error HN-A043 /record/personalData: The SÄHKE2 schema of 2011 has no personal data "
    'class "personal data on criminal convictions and offences"; transfer the memo with the '
    "schema of 2019"
)


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["validate", *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def criminal(tmp_path: Path) -> Path:
    """A memo ready for the archive whose personal data class only SÄHKE2 2019 has."""
    folder = tmp_path / "memos"
    folder.mkdir()
    path = folder / "memo.json"
    path.write_bytes(to_json(ready_memo(personal_data=PersonalDataClass.CRIMINAL)))
    return path


@pytest.mark.parametrize(
    ("language", "said"),
    [
        (
            "fi",
            "--settings: siirron asetukset tarkistetaan vain valitsimen --profile archive kanssa",
        ),
        ("sv", "--settings: överföringsinställningar kontrolleras bara med --profile archive"),
        ("en", "--settings: transfer settings are checked with --profile archive"),
    ],
)
def test_settings_without_the_archive_profile_is_a_usage_error(
    capsys: pytest.CaptureFixture[str], criminal: Path, language: str, said: str
) -> None:
    given = criminal.parent / "settings.json"
    given.write_text(json.dumps(SETTINGS), encoding="utf-8")
    assert _run(capsys, "--lang", language, "--settings", str(given), str(criminal)) == (
        2,
        "",
        f"hyvaneuvottelu: {said}\n",
    )


def test_the_settings_beside_the_memos_decide_their_sahke2_version(
    capsys: pytest.CaptureFixture[str], criminal: Path
) -> None:
    folder = criminal.parent
    # Without settings, archive's default: SÄHKE2 2019, which has the class.
    assert _run(capsys, "--lang", "en", "--profile", "archive", str(folder))[0] == 0
    beside = folder / "archive-settings.json"
    beside.write_text(json.dumps({**SETTINGS, "sahke2Version": "2011"}), encoding="utf-8")
    for path in (folder, criminal):
        code, out, _ = _run(capsys, "--lang", "en", "--profile", "archive", str(path))
        assert code == 1
        assert A043 in out.splitlines()
    # The draft profile reads no transfer settings.
    assert _run(capsys, "--lang", "en", str(folder))[0] == 0
    # --settings wins over the file beside the memos, as in archive.
    given = criminal.parent.parent / "settings.json"
    given.write_text(json.dumps(SETTINGS), encoding="utf-8")
    code, _, err = _run(
        capsys, "--lang", "en", "--profile", "archive", "--settings", str(given), str(folder)
    )
    # The file beside the memos is then passed over, as any transfer settings are.
    assert (code, err) == (
        0,
        f"hyvaneuvottelu: note: {beside}: skipped: transfer settings, not a memo\n",
    )


def test_the_settings_read_are_not_noted_as_passed_over(
    capsys: pytest.CaptureFixture[str], criminal: Path
) -> None:
    folder = criminal.parent
    (folder / "archive-settings.json").write_text(json.dumps(SETTINGS), encoding="utf-8")
    code, out, err = _run(capsys, "--lang", "en", "--profile", "archive", str(folder))
    assert (code, err) == (0, "")
    assert out.splitlines()[-1] == "1 file: 1 valid, 0 invalid; 3 warnings"


def test_settings_beside_the_memos_may_leave_settings_to_archive_options(
    capsys: pytest.CaptureFixture[str], criminal: Path
) -> None:
    (criminal.parent / "archive-settings.json").write_text(
        json.dumps({"sahke2Version": "2011"}), encoding="utf-8"
    )
    code, out, _ = _run(capsys, "--lang", "en", "--profile", "archive", str(criminal))
    assert code == 1
    assert A043 in out.splitlines()


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("fi", 'asetus \'sahke2Version\': odotettiin arvoa "2019" tai "2011", löytyi "2020"'),
        ("sv", 'inställningen \'sahke2Version\': väntade "2019" eller "2011", hittade "2020"'),
        ("en", 'setting \'sahke2Version\': expected "2019" or "2011", found "2020"'),
    ],
)
def test_a_wrong_version_beside_the_memos_is_a_usage_error(
    capsys: pytest.CaptureFixture[str], criminal: Path, language: str, said: str
) -> None:
    (criminal.parent / "archive-settings.json").write_text(
        json.dumps({**SETTINGS, "sahke2Version": "2020"}), encoding="utf-8"
    )
    assert _run(capsys, "--lang", language, "--profile", "archive", str(criminal.parent)) == (
        2,
        "",
        f"hyvaneuvottelu: {said}\n",
    )


def test_memos_with_different_settings_beside_them(
    capsys: pytest.CaptureFixture[str], criminal: Path, tmp_path: Path
) -> None:
    other = tmp_path / "other"
    other.mkdir()
    for folder in (criminal.parent, other):
        (folder / "archive-settings.json").write_text(json.dumps(SETTINGS), encoding="utf-8")
    code, out, err = _run(
        capsys, "--lang", "fi", "--profile", "archive", str(criminal.parent), str(other)
    )
    files = ", ".join(str(f / "archive-settings.json") for f in sorted((criminal.parent, other)))
    assert (code, out) == (2, "")
    assert err == (
        f"hyvaneuvottelu: muistioilla on eri asetustiedostot ({files}); käytä valitsinta "
        "--settings\n"
    )


@pytest.mark.parametrize(
    ("language", "said"),
    [
        (
            "fi",
            "settings.json: ei JSON-asiakirja: rivi 1, sarake 1: arvon paikalla jotain muuta",
        ),
        (
            "sv",
            "settings.json: inget JSON-dokument: rad 1, kolumn 1: något annat där ett värde "
            "skulle stå",
        ),
        (
            "en",
            "settings.json: not a JSON document: line 1, column 1: something else where a "
            "value should be",
        ),
    ],
)
def test_the_json_decoders_words_about_settings_are_said_in_words(
    capsys: pytest.CaptureFixture[str],
    criminal: Path,
    monkeypatch: pytest.MonkeyPatch,
    language: str,
    said: str,
) -> None:
    monkeypatch.chdir(criminal.parent)
    Path("settings.json").write_text("nothing", encoding="utf-8")
    assert _run(
        capsys,
        "--lang",
        language,
        "--profile",
        "archive",
        "--settings",
        "settings.json",
        "memo.json",
    ) == (2, "", f"hyvaneuvottelu: {said}\n")


@pytest.mark.parametrize(
    ("language", "said"),
    [
        (
            "fi",
            "  virhe HN-D001 rivi 1, sarake 11: Muistio ei ole kelvollinen: odotettiin hyvin "
            "muodostettua XML:ää, löytyi jäsentimen ilmoittama virhe: Opening and ending tag "
            "mismatch: b line 1 and a",
        ),
        (
            "sv",
            "  fel HN-D001 rad 1, kolumn 11: Promemorian är inte giltig: förväntat välformad XML, "
            "hittat ett fel som tolken rapporterar så här: Opening and ending tag mismatch: b "
            "line 1 and a",
        ),
        (
            "en",
            "  error HN-D001 line 1, column 11: The memo is not valid: expected well-formed XML, "
            "found an error the parser reports as: Opening and ending tag mismatch: b line 1 "
            "and a",
        ),
    ],
)
def test_libxml2s_words_are_framed_as_the_parsers(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, language: str, said: str
) -> None:
    memo = tmp_path / "memo.xml"
    memo.write_bytes(b"<a><b></a>")
    code, out, _ = _run(capsys, "--lang", language, str(memo))
    assert code == 1
    assert out.splitlines()[1] == said
