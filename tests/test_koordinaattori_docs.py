"""The Finnish coordinator's guide (docs/koordinaattori.md): its console examples are what
the command line prints on the generated Länsi-Uusimaa set, its script runs, its
screenshot is there, and it holds no Python."""

from __future__ import annotations

from pathlib import Path

from lxml import html
from PIL import Image

from . import coverage_set
from .docs_console import blocks, kinds, run, run_console_examples
from .documents import REPO

PAGE = (REPO / "docs" / "koordinaattori.md").read_text(encoding="utf-8")


def _folder(tmp_path: Path) -> Path:
    coverage_set.build(tmp_path / "muistiot")
    return tmp_path


def test_the_guide_holds_no_python() -> None:
    assert kinds(PAGE) == {"console", "text", "sh"}
    assert ">>>" not in PAGE
    assert "import " not in PAGE


def test_the_guide_is_in_the_index_next_to_the_archivists() -> None:
    index = (REPO / "docs" / "index.md").read_text(encoding="utf-8")
    assert "\narkistointi\nkoordinaattori\n" in index
    assert "(koordinaattori.md)" in index


def test_the_follow_up_section_is_included() -> None:
    assert "```{include} _followup_fi.md\n```" in PAGE
    assert (REPO / "docs" / "_followup_fi.md").is_file()


def test_the_screenshot_is_the_html_report() -> None:
    assert "](_static/coverage-report.png)" in PAGE
    with Image.open(REPO / "docs" / "_static" / "coverage-report.png") as image:
        assert image.format == "PNG"
        width, height = image.size
    # The sheet, cropped: wider than tall enough to read, not a whole desktop.
    assert 800 <= width <= 1000
    assert 600 <= height <= 1200


def test_the_console_examples_are_what_the_command_line_prints(tmp_path: Path) -> None:
    """Each ``$ hyvaneuvottelu ...`` line is run, in order, beside the set's folder
    ``muistiot``, in a Finnish locale; the lines shown after it are the first lines of
    what it prints (nothing shown: it prints nothing)."""
    cwd = _folder(tmp_path)
    # Gaps (1), an unknown county (2), a file not overwritten (2).
    assert run_console_examples(PAGE, cwd) == [
        ("coverage", 1),
        ("coverage", 1),
        ("coverage", 2),
        ("coverage", 1),
        ("coverage", 1),
        ("coverage", 2),
        ("coverage", 1),
    ]
    finnish = html.parse(str(cwd / "raportti.html")).getroot()
    swedish = html.parse(str(cwd / "rapport.html")).getroot()
    assert (finnish.get("lang"), swedish.get("lang")) == ("fi", "sv")
    assert finnish.findtext(".//h1") == "Länsi-Uudenmaan hyvinvointialue"
    assert swedish.findtext(".//h1") == "Västra Nylands välfärdsområde"


def test_the_script_tells_the_exit_status(tmp_path: Path) -> None:
    cwd = _folder(tmp_path)
    (script,) = blocks(PAGE, "sh")
    result = run(["bash", "-c", "\n".join(script)], cwd)
    assert result.stdout == (
        "Neuvotteluja puuttuu tai muistioissa on virheitä: katso kattavuus.txt\n"
    )
    assert result.stderr == ""
    report = (cwd / "kattavuus.txt").read_text(encoding="utf-8").splitlines()
    assert report[-1] == "Raportteja: 1; kattavia: 0, puutteellisia: 1; virheellisiä muistioita: 2"
