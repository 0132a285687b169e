"""The ``followup`` command: the chain of three memos in each format, exit codes, --out.

Every expected output is written out by hand.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from hyvaneuvottelu import examples, from_json, to_xml
from hyvaneuvottelu.cli import main

from .followup_set import follows, memo, outcome, write_memo, write_set
from .terminal import stderr_on_a_terminal


@pytest.fixture
def chain(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The chain's memos in ``set/`` under the working folder, so that paths read short."""
    monkeypatch.chdir(tmp_path)
    return write_set(tmp_path / "set")


TEXT_FI = """\
tilanne 15.1.2026

jatkotoimenpide "Väestönsuojelun yhteistyörakenne": tila tehty
  alkoi: 3.2.2025, set/a-helmikuu.json (LUHVA/10/2025), tulos vss: ehdotettu
  seuranta: 10.6.2025, set/b-kesakuu.json (LUHVA/55/2025), tulos vss-sovittu: sovittu \
"Väestönsuojelun yhteistyörakenne sovittu"
  seuranta: 20.10.2025, set/c-lokakuu.json (LUHVA/90/2025), tulos vss-valmis: tehty \
"Väestönsuojelun yhteistyörakenne"
  vastuussa: Pasi Perämäki
  määräaika: 30.9.2025

erikseen sovittava asia "Tilojen vuokrasopimukset": tila sovittu
  alkoi: 3.2.2025, set/a-helmikuu.json (LUHVA/10/2025), tulos tilat: avoin
  seuranta: 20.10.2025, set/c-lokakuu.json (LUHVA/90/2025), tulos tilat-sovittu: sovittu

haaste "Asukkaat eivät löydä palveluja": tila jatkuu
  alkoi: 3.2.2025, set/a-helmikuu.json (LUHVA/10/2025), tulos palveluohjaus: avoin
  seuranta: 10.6.2025, set/b-kesakuu.json (LUHVA/55/2025), tulos palveluohjaus-jatkuu: jatkuu

jatkotoimenpide "Yhteinen tapaaminen": tila suunnitteilla MYÖHÄSSÄ
  alkoi: 20.10.2025, set/c-lokakuu.json (LUHVA/90/2025), tulos tapaaminen: suunnitteilla
  määräaika: 30.11.2025

4 seurattavaa asiaa, 1 myöhässä, 0 virhettä
"""


def test_the_chain_in_finnish_text_shows_each_status_in_order(
    chain: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["followup", "set", "--as-of", "2026-01-15", "--lang", "fi"]) == 1
    captured = capsys.readouterr()
    assert captured.out == TEXT_FI
    assert captured.err == ""


def test_nothing_overdue_and_no_errors_exits_0(
    chain: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["followup", "set", "--as-of", "2025-11-30", "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert out.endswith("\n4 items to follow up, 0 overdue, 0 errors\n")
    assert "OVERDUE" not in out


def test_quiet_shows_only_what_is_overdue(chain: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["followup", "set", "--as-of", "2026-01-15", "--lang", "en", "-q"]) == 1
    assert capsys.readouterr().out == (
        "as of 2026-01-15\n"
        "\n"
        'follow-up action "Yhteinen tapaaminen": status planned OVERDUE\n'
        "  started: 2025-10-20, set/c-lokakuu.json (LUHVA/90/2025), outcome tapaaminen: planned\n"
        "  due: 2025-11-30\n"
        "\n"
        "4 items to follow up, 1 overdue, 0 errors\n"
    )


def test_the_chain_as_one_json_document(chain: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert (
        main(["followup", "set", "--as-of", "2026-01-15", "--format", "json", "--lang", "sv"]) == 1
    )
    document = json.loads(capsys.readouterr().out)
    assert list(document) == ["asOf", "items", "errors"]
    assert document["asOf"] == "2026-01-15"
    assert document["errors"] == []
    first, leases, challenge, meeting = document["items"]
    assert first == {
        "kind": "followUpAction",
        "kindLabel": "fortsatt åtgärd",
        "title": "Väestönsuojelun yhteistyörakenne",
        "status": "done",
        "statusLabel": "klar",
        "closed": True,
        "overdue": False,
        "owner": ["Pasi Perämäki"],
        "dueDate": "2025-09-30",
        "dueText": None,
        "origin": {
            "path": "set/a-helmikuu.json",
            "record": "LUHVA/10/2025",
            "date": "2025-02-03",
            "outcome": "vss",
            "kind": "followUpAction",
            "status": "proposed",
            "statusLabel": "föreslagen",
            "title": "Väestönsuojelun yhteistyörakenne",
        },
        "history": [
            {
                "path": "set/b-kesakuu.json",
                "record": "LUHVA/55/2025",
                "date": "2025-06-10",
                "outcome": "vss-sovittu",
                "kind": "followUpAction",
                "status": "agreed",
                "statusLabel": "överenskommen",
                "title": "Väestönsuojelun yhteistyörakenne sovittu",
            },
            {
                "path": "set/c-lokakuu.json",
                "record": "LUHVA/90/2025",
                "date": "2025-10-20",
                "outcome": "vss-valmis",
                "kind": "followUpAction",
                "status": "done",
                "statusLabel": "klar",
                "title": "Väestönsuojelun yhteistyörakenne",
            },
        ],
        "follows": None,
        "notes": [],
    }
    assert [(i["kind"], i["status"], i["overdue"]) for i in (leases, challenge, meeting)] == [
        ("matterToAgree", "agreed", False),
        ("challenge", "continues", False),
        ("followUpAction", "planned", True),
    ]
    assert [s["status"] for s in leases["history"]] == ["agreed"]
    assert meeting["dueDate"] == "2025-11-30"
    assert meeting["history"] == []


CSV_EN = (
    "kind,item,status,overdue,responsible,due date,timing,memo,record identifier,date,"
    "outcome,follow-up history,notes\r\n"
    "follow-up action,Väestönsuojelun yhteistyörakenne,done,no,Pasi Perämäki,2025-09-30,,"
    "set/a-helmikuu.json,LUHVA/10/2025,2025-02-03,vss,"
    "2025-06-10 agreed (set/b-kesakuu.json); 2025-10-20 done (set/c-lokakuu.json),\r\n"
    "matter to agree separately,Tilojen vuokrasopimukset,agreed,no,,,,"
    "set/a-helmikuu.json,LUHVA/10/2025,2025-02-03,tilat,"
    "2025-10-20 agreed (set/c-lokakuu.json),\r\n"
    "challenge,Asukkaat eivät löydä palveluja,continues,no,,,,"
    "set/a-helmikuu.json,LUHVA/10/2025,2025-02-03,palveluohjaus,"
    "2025-06-10 continues (set/b-kesakuu.json),\r\n"
    "follow-up action,Yhteinen tapaaminen,planned,yes,,2025-11-30,,"
    "set/c-lokakuu.json,LUHVA/90/2025,2025-10-20,tapaaminen,,\r\n"
)


def test_the_chain_as_csv(chain: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert (
        main(["followup", "set", "--as-of", "2026-01-15", "--format", "csv", "--lang", "en"]) == 1
    )
    assert capsys.readouterr().out == CSV_EN


def _broken_and_orphan(folder: Path) -> None:
    # A memo with an error (a responsible nobody declared) and an orphan follow-up.
    broken = memo(
        date="2025-11-01",
        record="LUHVA/95/2025",
        outcomes=[outcome("followUpAction", "x", "Asia", "open", responsible=["nobody"])],
    )
    write_memo(folder, "d-rikki.json", broken)
    orphan = memo(
        date="2025-11-02",
        record="LUHVA/96/2025",
        outcomes=[
            outcome("followUpAction", "y", "Asia", "open", follows=follows("LUHVA/1/2024", "z"))
        ],
    )
    write_memo(folder, "e-orpo.json", orphan)


def test_errors_in_csv_go_to_standard_error_and_exit_1(
    chain: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _broken_and_orphan(chain)
    code = main(["followup", "set", "--as-of", "2025-11-15", "--format", "csv", "--lang", "en"])
    assert code == 1
    captured = capsys.readouterr()
    assert captured.out.splitlines()[-1] == (
        "follow-up action,Asia,open,no,,,,set/e-orpo.json,LUHVA/96/2025,2025-11-02,y,,"
        '"follows up the outcome ""z"" of the record ""LUHVA/1/2024"", which was not found"'
    )
    assert captured.err == (
        "hyvaneuvottelu: error: set/d-rikki.json: memo not used because it has errors: "
        'HN-R005 /outcomes/0/responsible/0: The proposer or responsible party "nobody" of '
        'follow-up "x" is not among the memo\'s organisations or participants\n'
        'hyvaneuvottelu: error: set/e-orpo.json: the outcome "y" follows up the outcome "z" '
        'of the record "LUHVA/1/2024", but no memo read has that record identifier\n'
    )


def test_errors_in_text_end_the_report(chain: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _broken_and_orphan(chain)
    assert main(["followup", "set", "--as-of", "2025-11-15", "--lang", "fi", "-q"]) == 1
    captured = capsys.readouterr()
    assert captured.out.splitlines()[-4:] == [
        "virhe: set/d-rikki.json: muistiota ei käytetty, koska siinä on virheitä: HN-R005 "
        '/outcomes/0/responsible/0: Jatkotoimenpiteen "x" ehdottajaa tai vastuutahoa "nobody" '
        "ei ole merkitty muistion organisaatioihin eikä osallistujiin",
        'virhe: set/e-orpo.json: tulos "y" seuraa asiakirjan "LUHVA/1/2024" tulosta "z", '
        "mutta asiakirjaa ei ole luettujen muistioiden joukossa",
        "",
        "5 seurattavaa asiaa, 0 myöhässä, 2 virhettä",
    ]
    assert captured.err == ""


def test_errors_in_json(chain: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _broken_and_orphan(chain)
    main(["followup", "set", "--as-of", "2025-11-15", "--format", "json", "--lang", "en"])
    document = json.loads(capsys.readouterr().out)
    assert [(e["path"], e["kind"]) for e in document["errors"]] == [
        ("set/d-rikki.json", "invalidMemo"),
        ("set/e-orpo.json", "missingRecord"),
    ]
    assert document["items"][-1]["follows"] == {"record": "LUHVA/1/2024", "outcome": "z"}


def test_settings_beside_the_memos_are_passed_over_with_a_note(
    chain: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (chain / "archive-settings.json").write_text("{}", encoding="utf-8")
    assert main(["followup", "set", "--as-of", "2025-11-15", "--lang", "fi"]) == 0
    assert capsys.readouterr().err == (
        "hyvaneuvottelu: huomautus: set/archive-settings.json: "
        "ohitettu: siirron asetukset, ei muistio\n"
    )
    assert main(["followup", "set", "--as-of", "2025-11-15", "--lang", "fi", "-q"]) == 0
    assert capsys.readouterr().err == ""


def test_a_path_that_cannot_be_read_exits_2(
    chain: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["followup", "set", "missing.json", "--as-of", "2025-11-15", "--lang", "en"]) == 2
    assert capsys.readouterr().out.splitlines()[-3:] == [
        "error: missing.json: the file could not be read: "
        "HN-D002 /: The file cannot be read: no such file",
        "",
        "4 items to follow up, 0 overdue, 1 error",
    ]


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (
            ["--as-of", "2026-02-30"],
            "hyvaneuvottelu: --as-of: expected a date as YYYY-MM-DD, found '2026-02-30'\n",
        ),
        (
            ["--as-of", "20260115"],
            "hyvaneuvottelu: --as-of: expected a date as YYYY-MM-DD, found '20260115'\n",
        ),
        (
            ["--county", "Narnia"],
            "hyvaneuvottelu: --county: expected the code or name of a wellbeing services "
            "county, found 'Narnia'\n",
        ),
        (
            ["--county", "03", "--municipality", "Atlantis"],
            "hyvaneuvottelu: --municipality: expected the code or name of a municipality, "
            "found 'Atlantis'\n",
        ),
        (
            ["--jobs", "0"],
            "hyvaneuvottelu: --jobs: expected a positive number of processes\n",
        ),
    ],
)
def test_usage_errors_exit_2_before_anything_is_read(
    chain: Path, capsys: pytest.CaptureFixture[str], arguments: list[str], message: str
) -> None:
    assert main(["followup", "set", "--lang", "en", *arguments]) == 2
    captured = capsys.readouterr()
    assert (captured.out, captured.err) == ("", message)


def test_usage_errors_in_finnish(chain: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["followup", "set", "--lang", "fi", "--as-of", "huomenna"]) == 2
    assert capsys.readouterr().err == (
        "hyvaneuvottelu: --as-of: odotettiin päivämäärää muodossa VVVV-KK-PP, löytyi 'huomenna'\n"
    )


def test_county_and_municipality(chain: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["followup", "set", "--as-of", "2025-11-15", "--county", "02", "--lang", "en"]) == 0
    assert capsys.readouterr().out == ("as of 2025-11-15\n\nno items to follow up\n")
    args = ["followup", "set", "--as-of", "2025-11-15", "--municipality", "Lojo", "--lang", "en"]
    assert main(args) == 0
    assert capsys.readouterr().out.endswith("\n4 items to follow up, 0 overdue, 0 errors\n")


# --out -------------------------------------------------------------------------------------


def test_out_writes_the_report_whole(chain: Path, capsys: pytest.CaptureFixture[str]) -> None:
    args = ["followup", "set", "--as-of", "2026-01-15", "--lang", "fi", "--out", "raportti.txt"]
    assert main(args) == 1
    assert Path("raportti.txt").read_text(encoding="utf-8") == TEXT_FI
    assert capsys.readouterr() == ("", "")


def test_out_never_overwrites_without_force(
    chain: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    Path("raportti.csv").write_text("vanha\n", encoding="utf-8")
    args = ["followup", "set", "--as-of", "2026-01-15", "--format", "csv", "--lang", "en"]
    assert main([*args, "--out", "raportti.csv"]) == 2
    assert capsys.readouterr().err == (
        "hyvaneuvottelu: raportti.csv: already exists; not overwritten "
        "(use --force to replace it)\n"
    )
    assert Path("raportti.csv").read_text(encoding="utf-8") == "vanha\n"
    assert main([*args, "--out", "raportti.csv", "--force"]) == 1
    assert Path("raportti.csv").read_bytes() == CSV_EN.encode("utf-8")


def test_out_into_a_missing_folder_writes_nothing(
    chain: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["followup", "set", "--as-of", "2026-01-15", "--lang", "en", "--out", "no/such.txt"]
    assert main(args) == 2
    assert capsys.readouterr().err == (
        "hyvaneuvottelu: no/such.txt: the folder no does not exist\n"
    )
    assert not Path("no").exists()
    assert sorted(os.listdir()) == ["set"]


def test_a_report_written_among_the_memos_is_not_read_as_one(
    chain: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["followup", "set", "--as-of", "2025-11-15", "--format", "json", "--lang", "en"]
    assert main([*args, "--out", "set/report.json"]) == 0
    assert capsys.readouterr() == ("", "")
    # The second run meets the first run's report in the folder, and passes it over.
    assert main([*args, "--out", "set/report.json", "--force"]) == 0
    assert capsys.readouterr().err == (
        "hyvaneuvottelu: note: set/report.json: skipped: this command's report (--out), "
        "not a memo\n"
    )
    assert json.loads(Path("set/report.json").read_text(encoding="utf-8"))["errors"] == []


# Safety ------------------------------------------------------------------------------------


def test_control_characters_in_a_memo_reach_no_terminal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    # ESC itself makes a memo invalid (XML cannot carry it); CSI (U+009B) does not.
    document = memo(
        date="2025-02-03",
        record="R/1\x9b2J",
        outcomes=[outcome("followUpAction", "x", "=HYPERLINK(\x9b31m)\u202e", "open")],
    )
    write_memo(tmp_path, "a.json", document)
    assert main(["followup", "a.json", "--as-of", "2025-03-01", "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "\x9b" not in out
    assert "\u202e" not in out
    assert 'follow-up action "=HYPERLINK(\\x9b31m)\\u202e": status open' in out
    assert "(R/1\\x9b2J), outcome x: open" in out
    csv = ["followup", "a.json", "--as-of", "2025-03-01", "--format", "csv", "--lang", "fi"]
    assert main(csv) == 0
    row = capsys.readouterr().out.splitlines()[1]
    # A formula is shown as text; the escapes as for people.
    assert row.startswith("jatkotoimenpide,'=HYPERLINK(\\x9b31m)\\u202e,avoin,")


def test_no_traceback_from_the_installed_command(chain: Path) -> None:
    # The real entry point, in a process of its own with a time limit.
    run = subprocess.run(
        [sys.executable, "-m", "hyvaneuvottelu", "followup", "set", "--as-of", "2026-13-01"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={**os.environ, "LANG": "sv_FI.UTF-8", "LC_ALL": "", "LC_MESSAGES": ""},
    )
    assert (run.returncode, run.stdout) == (2, "")
    assert run.stderr == (
        "hyvaneuvottelu: --as-of: ett datum i formen ÅÅÅÅ-MM-DD förväntades, "
        "hittades '2026-13-01'\n"
    )


def test_progress_shows_on_a_terminal_only_and_never_when_quiet(tmp_path: Path) -> None:
    for index in range(50):
        write_memo(tmp_path, f"{index:02}.json", memo(date="2025-02-03", record=None, outcomes=[]))
    command = [sys.executable, "-m", "hyvaneuvottelu", "followup", "--lang", "en", str(tmp_path)]
    piped = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
    assert (piped.returncode, piped.stderr) == (0, "")
    for extra, expected in (([], "\rread 50\r\033[K"), (["-q"], "")):
        assert stderr_on_a_terminal([*command, *extra]) == (0, expected)


def test_a_memo_in_xml_takes_its_place_in_the_chain(
    chain: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    june = chain / "b-kesakuu.json"
    memo_model = from_json(june.read_bytes())
    (chain / "b-kesakuu.xml").write_bytes(to_xml(memo_model))
    june.unlink()
    assert main(["followup", "set", "--as-of", "2026-01-15", "--lang", "fi"]) == 1
    assert capsys.readouterr().out == TEXT_FI.replace("b-kesakuu.json", "b-kesakuu.xml")


def test_a_memo_inside_an_archive_package_is_followed_up(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("tammikuu.json").write_bytes(examples.read_bytes(examples.ARCHIVE))
    Path("archive-settings.json").write_bytes(examples.settings_bytes())
    created = "2025-02-05T10:00:00+02:00"
    assert main(["archive", "tammikuu.json", "--out", "paketti", "--created", created]) == 0
    capsys.readouterr()
    later = memo(
        date="2025-04-02",
        record="ESIMERKKI-LUHA-2025-0002",
        outcomes=[
            outcome(
                "followUpAction",
                "yhteydenotto-tehty",
                "Yhteydenotto tehty",
                "done",
                follows=follows("ESIMERKKI-LUHA-2025-0001", "vaestonsuojelu-yhteydenotto"),
            )
        ],
    )
    write_memo(tmp_path, "huhtikuu.json", later)
    args = ["followup", "paketti", "huhtikuu.json", "--as-of", "2026-01-15", "--format", "json"]
    assert main(args) == 0
    document = json.loads(capsys.readouterr().out)
    assert document["errors"] == []
    (item,) = [i for i in document["items"] if i["history"]]
    assert [(s["path"], s["status"]) for s in (item["origin"], *item["history"])] == [
        ("paketti/case-001/memo.xml", "open"),
        ("huhtikuu.json", "done"),
    ]
