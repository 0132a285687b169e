"""The ``coverage`` command on the generated Länsi-Uusimaa set: outputs, filters, exit codes.

Every expected text, row and value is written by hand.
"""

from __future__ import annotations

import csv
import io
import json
import os
import sys
from pathlib import Path

import pytest
from lxml import etree

from hyvaneuvottelu.cli import _output, main

from . import coverage_set
from .coverage_set import BROKEN, FOREIGN_MEMO, MISSING_2025_2029
from .documents import REPO
from .terminal import stderr_on_a_terminal

_AS_OF = ("--as-of", "2026-11-30")


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("coverage-set")
    coverage_set.build(root)
    return root


@pytest.fixture
def inside(folder: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Run in the set's folder, so that paths read ``./2025-2029/...``."""
    monkeypatch.chdir(folder)
    return folder


_TEXT_2025_2029_EN = """\
Länsi-Uudenmaan hyvinvointialue (03)
Council term negotiation (611/2021 14 §): council term 2025-2029 (2025-06-01–2029-05-31)
as of 2026-11-30; 914 days left in the council term

  code  municipality  status          memos
  049   Espoo         [x] negotiated  2025-09-10 joint: ./2025-2029/2025-09-10-itainen.json
  078   Hanko         [ ] MISSING
  149   Inkoo         [x] negotiated  2026-02-12 joint: ./2025-2029/2026-02-12-raasepori-inkoo.json
  224   Karkkila      [ ] MISSING
  235   Kauniainen    [x] negotiated  2025-09-10 joint: ./2025-2029/2025-09-10-itainen.json
  257   Kirkkonummi   [x] negotiated  2025-09-10 joint: ./2025-2029/2025-09-10-itainen.json
  444   Lohja         [x] negotiated  2025-10-02 one-to-one: ./2025-2029/2025-10-02-lohja.json
  710   Raasepori     [x] negotiated  2026-02-12 joint: ./2025-2029/2026-02-12-raasepori-inkoo.json
  755   Siuntio       [ ] MISSING
  927   Vihti         [x] negotiated  2026-04-22 one-to-one: ./2025-2029/2026-04-22-vihti.json

Not negotiated with (3): Hanko (078), Karkkila (224), Siuntio (755)
Memos in error, not counted (2):
  ./2025-2029/2026-03-03-siuntio.json: /outcomes/0/sources/0/section: Section 9, the source \
of outcome "tym", does not exist
  ./2025-2029/2026-05-05-karkkila-porvoo.json: /municipalities/1: The municipality "Porvoo" \
belongs to Itä-Uudenmaan hyvinvointialue, not to Länsi-Uudenmaan hyvinvointialue

Reports: 1; complete: 0, with gaps: 1; memos in error: 2
"""


def test_text_names_the_three_and_the_errors(
    inside: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["coverage", ".", *_AS_OF, "--term", "2025-2029", "--lang", "en"])
    assert code == 1
    assert capsys.readouterr().out == _TEXT_2025_2029_EN


def test_text_in_finnish_and_swedish(inside: Path, capsys: pytest.CaptureFixture[str]) -> None:
    main(["coverage", ".", *_AS_OF, "--term", "2025-2029", "--lang", "fi"])
    finnish = capsys.readouterr().out.splitlines()
    assert finnish[2] == "tilanne 30.11.2026; valtuustokautta jäljellä 914 päivää"
    assert finnish[6] == "  078    Hanko        [ ] PUUTTUU"
    assert finnish[16] == "Neuvottelematta (3): Hanko (078), Karkkila (224), Siuntio (755)"
    main(["coverage", ".", *_AS_OF, "--term", "2025-2029", "--lang", "sv"])
    swedish = capsys.readouterr().out.splitlines()
    assert swedish[0] == "Västra Nylands välfärdsområde (03)"
    assert swedish[16] == "Utan förhandling (3): Hangö (078), Högfors (224), Sjundeå (755)"


def test_json_is_one_document_with_the_issue_s_shape(
    inside: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["coverage", ".", *_AS_OF, "--format", "json", "--lang", "en"])
    assert code == 1
    document = json.loads(capsys.readouterr().out)
    assert list(document) == ["asOf", "complete", "reports", "errors"]
    assert (document["asOf"], document["complete"], document["errors"]) == (
        "2026-11-30",
        False,
        [],
    )
    assert [(r["kind"], r["period"], r["missing"]) for r in document["reports"]] == [
        ("councilTerm", "2022-2025", []),
        ("councilTerm", "2025-2029", ["078", "224", "755"]),
        ("wellbeingPromotion", "2023", []),
        ("wellbeingPromotion", "2024", []),
        ("wellbeingPromotion", "2025", ["078", "755"]),
        (
            "wellbeingPromotion",
            "2026",
            ["049", "078", "149", "224", "235", "257", "444", "710", "755"],
        ),
    ]
    term = document["reports"][1]
    assert term["county"] == {
        "code": "03",
        "name": "Länsi-Uudenmaan hyvinvointialue",
        "names": {"fi": "Länsi-Uudenmaan hyvinvointialue", "sv": "Västra Nylands välfärdsområde"},
    }
    assert (term["start"], term["end"], term["daysLeft"]) == ("2025-06-01", "2029-05-31", 914)
    assert term["municipalities"][0] == {
        "code": "049",
        "name": "Espoo",
        "names": {"fi": "Espoo", "sv": "Esbo"},
        "covered": True,
        "memos": [
            {
                "path": "./2025-2029/2025-09-10-itainen.json",
                "date": "2025-09-10",
                "joint": True,
                "kind": "councilTerm",
            }
        ],
    }
    assert term["municipalities"][1] == {
        "code": "078",
        "name": "Hanko",
        "names": {"fi": "Hanko", "sv": "Hangö"},
        "covered": False,
        "memos": [],
    }
    assert [(e["path"], e["code"]) for e in term["errors"]] == [
        (f"./{BROKEN}", "HN-O001"),
        (f"./{FOREIGN_MEMO}", "HN-P004"),
    ]
    assert term["errors"][1]["message"] == (
        '/municipalities/1: The municipality "Porvoo" belongs to Itä-Uudenmaan '
        "hyvinvointialue, not to Länsi-Uudenmaan hyvinvointialue"
    )


def test_html_marks_the_three_and_lists_the_errors(
    inside: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "report.html"
    arguments = ["coverage", ".", *_AS_OF, "--term", "2025-2029", "--format", "html"]
    assert main([*arguments, "--out", str(target)]) == 1
    page = etree.fromstring(target.read_bytes(), etree.HTMLParser())
    assert page.xpath("//tr[td[@class='gap']]/@data-code") == list(MISSING_2025_2029)
    assert page.xpath("//section[@class='errors']//span[@class='path']/text()") == [
        f"./{BROKEN}",
        f"./{FOREIGN_MEMO}",
    ]
    main(arguments)
    assert capsys.readouterr().out == target.read_text("utf-8")


_HEADER = [
    "county",
    "county_name",
    "kind",
    "kind_label",
    "period",
    "start",
    "end",
    "as_of",
    "days_left",
    "municipality",
    "municipality_name",
    "covered",
    "memo_count",
    "dates",
    "paths",
]


def test_csv_has_a_row_per_municipality_and_says_the_errors(
    inside: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(
        ["coverage", ".", *_AS_OF, "--term", "2025-2029", "--format", "csv", "--lang", "fi"]
    )
    assert code == 1
    out, err = capsys.readouterr()
    rows = list(csv.reader(io.StringIO(out)))
    assert rows[0] == _HEADER
    assert len(rows) == 11
    assert [r[9] for r in rows[1:] if r[11] == "false"] == list(MISSING_2025_2029)
    assert rows[1] == [
        "03",
        "Länsi-Uudenmaan hyvinvointialue",
        "councilTerm",
        "Valtuustokauden neuvottelu (611/2021 14 §)",
        "2025-2029",
        "2025-06-01",
        "2029-05-31",
        "2026-11-30",
        "914",
        "049",
        "Espoo",
        "true",
        "1",
        "2025-09-10",
        "./2025-2029/2025-09-10-itainen.json",
    ]
    assert err.splitlines() == [
        f"hyvaneuvottelu: virhe: ./{BROKEN}: /outcomes/0/sources/0/section: "
        'Tuloksen "tym" lähteenä mainittua asiakohtaa 9 ei ole',
        f"hyvaneuvottelu: virhe: ./{FOREIGN_MEMO}: /municipalities/1: "
        'Kunta "Porvoo" kuuluu Itä-Uudenmaan hyvinvointialueeseen, '
        "ei Länsi-Uudenmaan hyvinvointialueeseen",
    ]


def test_a_csv_cell_is_never_a_formula(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    coverage_set.build(tmp_path)
    named = tmp_path / "=HYPERLINK(1)"
    named.mkdir()
    (tmp_path / "2025-2029" / "2025-10-02-lohja.json").rename(named / "lohja.json")
    monkeypatch.chdir(tmp_path)
    main(["coverage", "=HYPERLINK(1)", *_AS_OF, "--term", "2025-2029", "--format", "csv"])
    rows = list(csv.reader(io.StringIO(capsys.readouterr().out)))
    assert rows[7][9:] == [
        "444",
        "Lohja",
        "true",
        "1",
        "2025-10-02",
        "'=HYPERLINK(1)/lohja.json",
    ]


def test_every_municipality_covered_is_exit_0(
    inside: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["coverage", ".", *_AS_OF, "--term", "2021-2025", "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "council term 2022-2025 (2022-03-01–2025-05-31)" in out.splitlines()[1]
    assert out.splitlines()[-1] == "Reports: 1; complete: 1, with gaps: 0; memos in error: 0"


def test_year_filter(inside: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["coverage", ".", *_AS_OF, "--year", "2024", "--lang", "en"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[:4] == [
        "Länsi-Uudenmaan hyvinvointialue (03)",
        "Wellbeing and health promotion negotiation (612/2021 7 §): year 2024",
        "as of 2026-11-30; the period ended on 2024-12-31",
        "negotiation held",
    ]
    assert lines[-3] == "All 10 municipalities took part."


def test_county_filter_of_another_county(inside: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(
        ["coverage", ".", *_AS_OF, "--county", "Itä-Uusimaa", "--term", "2025-2029", "--lang", "fi"]
    )
    assert code == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "Itä-Uudenmaan hyvinvointialue (01)"
    assert lines[-3] == (
        "Neuvottelematta (7): Askola (018), Lapinjärvi (407), Loviisa (434), "
        "Myrskylä (504), Pukkila (616), Porvoo (638), Sipoo (753)"
    )


def test_an_unknown_county_lists_the_codes(
    inside: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["coverage", ".", "--county", "Helsinki", "--lang", "en"]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    lines = err.splitlines()
    assert lines[:3] == [
        "hyvaneuvottelu: unknown county 'Helsinki'; give a code or a name:",
        "hyvaneuvottelu:   01 Itä-Uudenmaan hyvinvointialue",
        "hyvaneuvottelu:   02 Keski-Uudenmaan hyvinvointialue",
    ]
    assert len(lines) == 22
    assert lines[-1] == "hyvaneuvottelu:   21 Lapin hyvinvointialue"


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (
            ["--term", "2024-2028"],
            "hyvaneuvottelu: --term: a council term is written 2025-2029 (or 2021-2025 or "
            "2022-2025), found '2024-2028'",
        ),
        (
            ["--year", "2022"],
            "hyvaneuvottelu: --year: a year from 2023 on (612/2021 7 §), found 2022",
        ),
        (["--jobs", "0"], "hyvaneuvottelu: --jobs: give at least 1"),
        (["no-such-folder"], "hyvaneuvottelu: no-such-folder: no such file or folder"),
    ],
)
def test_usage_errors_are_exit_2(
    inside: Path, capsys: pytest.CaptureFixture[str], arguments: list[str], message: str
) -> None:
    assert main(["coverage", ".", *arguments, "--lang", "en"]) == 2
    out, err = capsys.readouterr()
    assert (out, err) == ("", message + "\n")


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["--as-of", "30.11.2026"], "expected a date YYYY-MM-DD, found '30.11.2026'"),
        (["--as-of", "2026-02-30"], "expected a date YYYY-MM-DD, found '2026-02-30'"),
        (["--year", "26"], "expected a year YYYY, found '26'"),
    ],
)
def test_malformed_options_are_exit_2(
    inside: Path, capsys: pytest.CaptureFixture[str], arguments: list[str], message: str
) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["coverage", ".", *arguments])
    assert exited.value.code == 2
    assert capsys.readouterr().err.splitlines()[-1].endswith(message)


def test_out_writes_the_report_and_never_overwrites_unasked(
    inside: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "report.json"
    arguments = ["coverage", ".", *_AS_OF, "--format", "json", "--out", str(target)]
    assert main(arguments) == 1
    assert capsys.readouterr().out == ""
    written = json.loads(target.read_text("utf-8"))
    assert written["reports"][1]["missing"] == ["078", "224", "755"]
    target.write_text("mine", "utf-8")
    assert main([*arguments, "--lang", "en"]) == 2
    assert capsys.readouterr().err == (
        f"hyvaneuvottelu: {target}: already exists; not overwritten (use --force to replace it)\n"
    )
    assert target.read_text("utf-8") == "mine"
    assert main([*arguments, "--force"]) == 1
    assert json.loads(target.read_text("utf-8")) == written


def test_out_text_has_no_colour(inside: Path, tmp_path: Path) -> None:
    target = tmp_path / "report.txt"
    arguments = ["coverage", ".", *_AS_OF, "--term", "2025-2029", "--lang", "en"]
    assert main([*arguments, "--color", "always", "--out", str(target)]) == 1
    assert target.read_text("utf-8") == _TEXT_2025_2029_EN


def test_colour_marks_the_gaps(inside: Path, capsys: pytest.CaptureFixture[str]) -> None:
    main(["coverage", ".", *_AS_OF, "--term", "2025-2029", "--lang", "en", "--color", "always"])
    lines = capsys.readouterr().out.splitlines()
    assert lines[6] == "  078   Hanko         \033[1;31m[ ] MISSING\033[0m"


def test_an_unreadable_file_is_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    coverage_set.build(tmp_path)
    dangling = tmp_path / "2022-2025" / "gone.json"
    dangling.symlink_to(tmp_path / "nowhere.json")
    code = main(["coverage", str(tmp_path), *_AS_OF, "--term", "2021-2025", "--lang", "en"])
    assert code == 2
    lines = capsys.readouterr().out.splitlines()
    assert lines[-4:] == [
        "Memos that could not be placed in any report (1):",
        f"  {dangling}: /: The file cannot be read: no such file",
        "",
        "Reports: 1; complete: 1, with gaps: 0; memos in error: 1",
    ]


def test_progress_on_a_terminal(folder: Path) -> None:
    """The count of memos read is shown on a terminal, and taken off before the report."""
    many = folder.parent / "many"
    if not many.exists():
        many.mkdir()
        for number in range(60):
            source = folder / "2025-2029" / "2025-10-02-lohja.json"
            (many / f"{number:03d}.json").write_bytes(source.read_bytes())
    command = [sys.executable, "-m", "hyvaneuvottelu", "coverage", str(many), *_AS_OF]
    shown = stderr_on_a_terminal(command, env={**os.environ, "LANG": "en_US.UTF-8"})
    assert shown == (1, "\rread 50\r\x1b[K")


def test_a_memo_inside_an_archive_package_counts(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    example = REPO / "examples" / "esimerkki-ita-uusimaa" / "aluetason-neuvottelu.json"
    package = tmp_path / "pk"
    assert main(["archive", str(example), "--out", str(package)]) == 0
    capsys.readouterr()
    arguments = ["coverage", str(package), *_AS_OF, "--term", "2025-2029", "--format", "json"]
    assert main(arguments) == 0
    (report,) = json.loads(capsys.readouterr().out)["reports"]
    assert (report["county"]["code"], report["missing"]) == ("01", [])
    assert {m["memos"][0]["path"] for m in report["municipalities"]} == {
        f"{package}/case-001/memo.xml"
    }


def test_a_year_s_text_in_finnish(inside: Path, capsys: pytest.CaptureFixture[str]) -> None:
    main(["coverage", ".", *_AS_OF, "--year", "2026", "--lang", "fi"])
    lines = capsys.readouterr().out.splitlines()
    assert lines[:8] == [
        "Länsi-Uudenmaan hyvinvointialue (03)",
        "Hyvinvoinnin ja terveyden edistämisen neuvottelu (612/2021 7 §): vuosi 2026",
        "tilanne 30.11.2026; vuotta jäljellä 32 päivää",
        "neuvottelu pidetty",
        "",
        "  koodi  kunta        tilanne              muistiot",
        "  049    Espoo        [ ] EI OSALLISTUNUT",
        "  078    Hanko        [ ] EI OSALLISTUNUT",
    ]
    assert lines[15] == (
        "  927    Vihti        [x] osallistui       "
        "22.4.2026 kahdenvälinen: ./2025-2029/2026-04-22-vihti.json"
    )


def test_notes_on_files_passed_over_unless_quiet(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    coverage_set.build(tmp_path)
    (tmp_path / "archive-settings.json").write_text("{}", "utf-8")
    monkeypatch.chdir(tmp_path)
    arguments = ["coverage", ".", *_AS_OF, "--year", "2024", "--lang", "sv"]
    assert main(arguments) == 0
    assert capsys.readouterr().err == (
        "hyvaneuvottelu: anmärkning: ./archive-settings.json: "
        "överföringsinställningar, inte en promemoria\n"
    )
    assert main([*arguments, "-q"]) == 0
    assert capsys.readouterr().err == ""


def test_nothing_to_report_is_exit_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["coverage", str(tmp_path), "--lang", "en"]) == 1
    out, err = capsys.readouterr()
    assert out == (
        "Nothing to report: no memo was found for the conditions given.\n"
        "Reports: 0; complete: 0, with gaps: 0; memos in error: 0\n"
    )
    assert err == (
        f"hyvaneuvottelu: note: {tmp_path}: no memos (*.json, *.xml) or packages (*.zip) "
        "in the folder\n"
    )


def test_a_control_character_in_a_file_name_reaches_no_terminal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    coverage_set.build(tmp_path)
    (tmp_path / "2025-2029" / "2025-10-02-lohja.json").rename(tmp_path / "lohja\x1b[2J.json")
    monkeypatch.chdir(tmp_path)
    arguments = ["coverage", "lohja\x1b[2J.json", *_AS_OF, "--term", "2025-2029", "--lang", "en"]
    main(arguments)
    assert "  444   Lohja         [x] negotiated  2025-10-02 one-to-one: lohja\\x1b[2J.json" in (
        capsys.readouterr().out.splitlines()
    )
    # CSV in a pipe or a file keeps the name as it is; on a terminal it is escaped.
    main([*arguments, "--format", "csv"])
    assert list(csv.reader(io.StringIO(capsys.readouterr().out)))[7][14] == "lohja\x1b[2J.json"
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    main([*arguments, "--format", "csv"])
    assert list(csv.reader(io.StringIO(capsys.readouterr().out)))[7][14] == "lohja\\x1b[2J.json"


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("Lohja", '"Lohja"'),
        ("a\x7fb", '"a\\u007fb"'),
        ("Länsi-Uusimaa § 14", '"Länsi-Uusimaa § 14"'),
        ("ä\x85ö\x9f", '"ä\\u0085ö\\u009f"'),
        ("x\u2028y\u202ez", '"x\\u2028y\\u202ez"'),
        ("€\ud800", '"€\\ud800"'),
    ],
)
def test_json_text_escapes_what_a_terminal_acts_on_whatever_the_text(
    text: str, written: str
) -> None:
    assert _output.json_text({"path": text}) == '{"path": ' + written + "}"


def test_json_text_of_latin1_text_needs_no_scan_by_the_regular_expression(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A report's JSON is megabytes of Finnish and Swedish: Latin-1, in which only
    # DEL and the C1 controls need escaping, found without stepping through
    # every character in Python's regular expression engine.
    class Unused:
        def sub(self, *_: object) -> str:
            raise AssertionError("scanned")

    monkeypatch.setattr(_output, "_NOT_RAW_IN_JSON", Unused())
    assert _output.json_text(["Itä-Uusimaa", "Östra Nyland", "14 §"]) == (
        '["Itä-Uusimaa", "Östra Nyland", "14 §"]'
    )
    assert _output.json_text("plain") == '"plain"'
