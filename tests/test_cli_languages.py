"""Every command that prints for people speaks Finnish, Swedish and English (``--lang``),
and SÄHKE2 metadata speaks Finnish."""

from __future__ import annotations

import json
import re
import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest
from lxml import etree

from hyvaneuvottelu import Topic, to_json
from hyvaneuvottelu.archive import SETTINGS_FILE
from hyvaneuvottelu.archive._package import package_files
from hyvaneuvottelu.cli import main

from .archive_support import COMPLETED_EXAMPLE, EXAMPLES, completed_memo, ready_memo, settings

#: Finnish words of the topics, written by hand: not the code under test.
LABELS = {
    Topic.COOPERATION_STRUCTURES: "yhteistyörakenteet",
    Topic.EMPLOYMENT_SERVICES: "työllisyyspalvelut",
    Topic.PREMISES: "tilat",
    Topic.PUBLIC_TRANSPORT: "joukkoliikenne",
    Topic.SERVICE_NETWORK: "palveluverkko",
    Topic.RESIDENT_COMMUNICATION: "asukasviestintä",
    Topic.SERVICE_GUIDANCE: "palveluohjaus",
    Topic.RESCUE_SERVICES: "pelastustoimi",
    Topic.CIVIL_DEFENCE: "väestönsuojelu",
    Topic.STUDENT_WELFARE: "opiskeluhuolto",
    Topic.DIGITAL_SERVICES: "digitaaliset palvelut",
    Topic.PRIMARY_CARE: "perusterveydenhuolto",
    Topic.CRIME_PREVENTION: "rikosten ennaltaehkäisy",
    Topic.PREPAREDNESS: "varautuminen",
}


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    copy = tmp_path / "memos"
    copy.mkdir()
    shutil.copy(COMPLETED_EXAMPLE, copy)
    shutil.copy(EXAMPLES / SETTINGS_FILE, copy)
    return copy


def test_archive_and_verify_summaries_in_finnish_and_swedish(
    capsys: pytest.CaptureFixture[str], folder: Path, tmp_path: Path
) -> None:
    target = tmp_path / "package"
    code, out, err = run(capsys, "archive", str(folder), "--out", str(target), "--lang", "fi")
    assert (code, err) == (0, "")
    assert out == f"{target}: SÄHKE2 2019 -siirtopaketti kirjoitettu: 1 muistio, 4 tiedostoa\n"
    code, out, _ = run(capsys, "verify", str(target), "--lang", "fi")
    assert (code, out) == (0, f"{target}: tarkistettu ja eheä: 4 tiedostoa, SÄHKE2 2019\n")
    code, out, _ = run(capsys, "verify", str(target), "--lang", "sv")
    assert (code, out) == (0, f"{target}: verifierat: 4 filer, SÄHKE2 2019\n")


def test_a_package_not_verified_in_finnish(
    capsys: pytest.CaptureFixture[str], folder: Path, tmp_path: Path
) -> None:
    target = tmp_path / "package"
    assert run(capsys, "archive", str(folder), "--out", str(target))[0] == 0
    (target / "sahke2.xml").write_bytes(b"<x/>")
    code, out, _ = run(capsys, "verify", str(target), "--lang", "fi")
    assert code == 1
    assert out.splitlines()[0].startswith(f"{target}: EI eheä: ")


def test_missing_settings_one_a_line_in_finnish(
    capsys: pytest.CaptureFixture[str], folder: Path, tmp_path: Path
) -> None:
    (folder / SETTINGS_FILE).write_text(json.dumps({"organisation": "Lohja"}), encoding="utf-8")
    code, out, err = run(
        capsys, "archive", str(folder), "--out", str(tmp_path / "p"), "--lang", "fi"
    )
    assert (code, out) == (2, "")
    settings_file = folder / SETTINGS_FILE
    assert err.splitlines() == [
        f"hyvaneuvottelu: siirron asetus '{key}' puuttuu (anna {option} tai aseta se "
        f"tiedostoon {settings_file})"
        for key, option in [
            ("transferContractId", "--transfer-contract-id"),
            ("contactPerson.name", "--contact-name"),
            ("contactPerson.address", "--contact-address"),
            ("contactPerson.phone", "--contact-phone"),
            ("contactPerson.email", "--contact-email"),
        ]
    ]


def test_a_missing_function_title_is_a_warning(
    capsys: pytest.CaptureFixture[str], folder: Path, tmp_path: Path
) -> None:
    values = json.loads((folder / SETTINGS_FILE).read_text(encoding="utf-8"))
    del values["functionTitles"]["00 01"]
    (folder / SETTINGS_FILE).write_text(json.dumps(values), encoding="utf-8")
    code, _, err = run(capsys, "archive", str(folder), "--out", str(tmp_path / "p"), "--lang", "fi")
    assert code == 0
    assert err == (
        "hyvaneuvottelu: varoitus: tehtäväluokalle 00 01 ei ole nimeä siirron asetuksissa "
        "(functionTitles); nimen paikalle on kirjoitettu luokan koodi\n"
    )
    code, _, err = run(capsys, "archive", str(folder), "--out", str(tmp_path / "q"), "--lang", "en")
    assert err == (
        "hyvaneuvottelu: warning: the function class 00 01 has no title in the transfer "
        "settings (functionTitles); its code stands in for the title\n"
    )


#: Finnish words of the topics, written by hand: not the code under test.
FINNISH_TOPICS = {
    "employmentServices": "työllisyyspalvelut",
    "premises": "tilat",
    "publicTransport": "joukkoliikenne",
    "serviceNetwork": "palveluverkko",
    "residentCommunication": "asukasviestintä",
    "serviceGuidance": "palveluohjaus",
    "rescueServices": "pelastustoimi",
    "civilDefence": "väestönsuojelu",
    "studentWelfare": "opiskeluhuolto",
    "digitalServices": "digitaaliset palvelut",
    "primaryCare": "perusterveydenhuolto",
    "wellbeingPromotion": "hyvinvoinnin ja terveyden edistäminen",
    "socialServices": "sosiaalipalvelut",
    "elderlyServices": "ikääntyneiden palvelut",
    "childAndFamilyServices": "lapsi- ja perhepalvelut",
    "substanceAbuseAndMentalHealth": "päihde- ja mielenterveyspalvelut",
    "crimePrevention": "rikosten ennaltaehkäisy",
    "preparedness": "varautuminen",
    "cooperationStructures": "yhteistyörakenteet",
    "other": "muu",
}


def test_sahke2_subjects_are_finnish_words() -> None:
    memo = completed_memo()
    assert len(memo.topics) > 1
    files = {
        f.path: f.data
        for f in package_files([memo], settings(), datetime(2025, 2, 4, 12, tzinfo=UTC))
    }
    root = etree.fromstring(files["sahke2.xml"])
    subjects = root.xpath("//*[local-name() = 'CaseFile']/*[local-name() = 'Subject']/text()")
    assert subjects == [FINNISH_TOPICS[topic.value] for topic in memo.topics]


def test_convert_writes_the_html_rendition_in_swedish(tmp_path: Path) -> None:
    memo = tmp_path / "memo.json"
    memo.write_bytes(to_json(ready_memo()))
    out = tmp_path / "memo.html"
    assert main(["convert", str(memo), str(out), "--lang", "sv"]) == 0
    html = out.read_text(encoding="utf-8")
    assert '<html lang="sv"' in html
    assert "Förhandlingspromemoria" in html
    finnish = tmp_path / "fi.html"
    assert main(["convert", str(memo), str(finnish)]) == 0
    assert '<html lang="fi"' in finnish.read_text(encoding="utf-8")


def test_convert_errors_in_finnish(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    memo = tmp_path / "memo.json"
    memo.write_bytes(to_json(ready_memo()))
    code, _, err = run(
        capsys, "convert", str(memo), str(tmp_path / "x.xml"), "--to", "json", "--lang", "fi"
    )
    assert code == 2
    assert err == (
        f"hyvaneuvottelu: {tmp_path / 'x.xml'}: tiedostopääte viittaa muotoon xml, mutta --to "
        "pyytää muotoa json; mitään ei kirjoitettu (anna nimi, jonka pääte on .json, tai jätä "
        "--to pois)\n"
    )
    code, _, err = run(capsys, "convert", str(tmp_path / "none.json"), "--lang", "sv")
    assert (code, err) == (2, f"hyvaneuvottelu: {tmp_path / 'none.json'}: filen finns inte\n")


def test_a_document_error_from_convert_in_swedish(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    memo = tmp_path / "memo.json"
    memo.write_text('{"schemaVersion": "1.0", "kind": 5}', encoding="utf-8")
    code, _, err = run(capsys, "convert", str(memo), "--lang", "sv")
    assert code == 1
    assert err.splitlines()[1] == (
        '  /kind: väntade ett av värdena "councilTerm", "wellbeingPromotion", hittade talet 5'
    )


@pytest.mark.parametrize("command", ["validate", "archive", "verify", "convert", "import"])
def test_every_command_that_prints_for_people_has_lang(
    capsys: pytest.CaptureFixture[str], command: str
) -> None:
    with pytest.raises(SystemExit):
        main([command, "--help"])
    assert "--lang {fi,sv,en}" in capsys.readouterr().out


def test_an_altered_file_in_finnish_and_swedish(
    capsys: pytest.CaptureFixture[str], folder: Path, tmp_path: Path
) -> None:
    target = tmp_path / "package"
    assert run(capsys, "archive", str(folder), "--out", str(target))[0] == 0
    html = target / "case-001" / "memo.html"
    size = html.stat().st_size
    with html.open("ab") as file:
        file.write(b"x")
    code, out, _ = run(capsys, "verify", str(target), "--lang", "fi")
    assert code == 1
    lines = out.splitlines()
    assert lines[0] == f"{target}: EI eheä: 3 ongelmaa"
    assert lines[1] == f"  case-001/memo.html: {size + 1} tavua; luettelon mukaan {size} tavua"
    assert re.fullmatch(
        r"  case-001/memo\.html: SHA-256 [0-9a-f]{64}; luettelon mukaan [0-9a-f]{64} \(muuttunut\)",
        lines[2],
    )
    assert re.fullmatch(
        r"  case-001/memo\.html: SHA-256 [0-9a-f]{64}; tiedoston sahke2\.xml mukaan [0-9a-f]{64} "
        r"\(muuttunut\)",
        lines[3],
    )
    code, out, _ = run(capsys, "verify", str(target), "--lang", "sv")
    assert out.splitlines()[:2] == [
        f"{target}: INTE verifierat: 3 problem",
        f"  case-001/memo.html: {size + 1} byte; enligt förteckningen {size} byte",
    ]


def test_the_refusal_in_finnish(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    plain = EXAMPLES / "lohja-neuvottelumuistio.json"
    code, out, err = run(
        capsys, "archive", str(plain), "--out", str(tmp_path / "p"), "--lang", "fi"
    )
    assert (code, out) == (1, "")
    assert err.splitlines()[:2] == [
        "ei arkistoitu: muistiot eivät ole valmiita arkistoon; mitään ei kirjoitettu",
        f"{plain}:",
    ]


def test_a_memo_that_is_not_valid_in_finnish(
    capsys: pytest.CaptureFixture[str], folder: Path, tmp_path: Path
) -> None:
    target = tmp_path / "package"
    assert run(capsys, "archive", str(folder), "--out", str(target))[0] == 0
    memo = target / "case-001" / "memo.xml"
    data = memo.read_bytes()
    assert data.count(b"<kind>councilTerm</kind>") == 1
    memo.write_bytes(data.replace(b"<kind>councilTerm</kind>", b"<kind>x</kind>"))
    code, out, _ = run(capsys, "verify", str(target), "--lang", "fi")
    assert code == 1
    assert any(
        re.fullmatch(
            r"  case-001/memo\.xml: muistio ei kelpaa: rivi [0-9]+: /negotiation/kind: "
            r'odotettiin jotakin arvoista "councilTerm", "wellbeingPromotion", löytyi "x"',
            line,
        )
        for line in out.splitlines()
    ), out


def test_the_import_report_frame_in_finnish(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    missing = tmp_path / "ei-ole.txt"
    code, out, _ = run(capsys, "import", str(missing), "--out", str(tmp_path / "d"), "--lang", "fi")
    assert code == 2
    assert out == (
        f"{missing}: jäi tuomatta: tiedostoa ei ole\n"
        "1 tiedosto: 0 tuotu, 0 osittain tuotu, 1 jäi tuomatta\n"
    )
