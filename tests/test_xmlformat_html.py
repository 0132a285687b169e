"""The HTML rendition: transformed with lxml, and once in a real headless browser."""

from __future__ import annotations

import re
import shutil
import subprocess
from enum import Enum
from pathlib import Path
from typing import Any

import pytest
from lxml import etree, html

import hyvaneuvottelu as hn
from hyvaneuvottelu import OutputError, examples, schemas
from hyvaneuvottelu import model as m

from .xml_samples import every_kind

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


def page(negotiation: m.Negotiation, lang: str = "fi") -> html.HtmlElement:
    return html.document_fromstring(hn.to_html(negotiation, lang=lang))


def text_of(element: Any) -> str:
    return " ".join(element.text_content().split())


def test_the_example_reads_as_a_memo() -> None:
    doc = page(examples.load())
    assert doc.get("lang") == "fi"
    assert text_of(doc.find(".//h1")) == "Neuvottelu"
    headings = [text_of(h) for h in doc.iter("h2")]
    assert headings[0] == "Osallistujat"
    assert headings[1] == "1. Puheenjohtaja avaa neuvottelun"
    assert "Neuvottelun tulokset" in headings
    speaker = text_of(doc.find_class("speaker")[0])
    assert speaker == (
        "Jussi Patinen, Kaupunginhallituksen puheenjohtaja — edustaa: Lohja, luottamushenkilöjohto"
    )
    rows = doc.find_class("outcome")
    assert len(rows) == len(examples.load().outcomes)
    assert [text_of(td) for td in rows[0].findall("td")][:3] == [
        "Yhteistoimintarakenne",
        "Kaupungin ja hyvinvointialueen vastinparit",
        "olemassa",
    ]


def test_every_part_of_the_memo_appears() -> None:
    doc = page(every_kind())
    body = text_of(doc.body)
    for expected in (
        "Laki hyvinvointialueesta (611/2021) 2 luku 14 § 1 mom.",
        "3.2.2025",
        "09:00–11:30",
        "Lohjan kaupungintalo",
        "Tavoite 2",
        "työllisyyspalvelut, tilat",
        "Sihteeri",
        "Teema: yhteistyö & <työnjako>",
        "2.1. Alakohta",
        "Jatkotoimenpide",
        "Vastuussa: Länsi-Uudenmaan hyvinvointialue",
        "Aikataulu: 30.4.2025, alkuvuoden aikana",
        "Allekirjoitettu: 1.3.2025",
        "Osittain salassapidettävä (JulkL 24 §)",
        "pysyvä (KuntaTOS)",
        "5146/01.04.00/2023",
    ):
        assert expected in body, expected
    assert doc.find(".//h3") is not None


@pytest.mark.parametrize(
    ("lang", "title", "outcomes", "behalf"),
    [
        ("sv", "Förhandling", "Förhandlingens resultat", "för: Lojo, förtroendevald ledning"),
        ("en", "Neuvottelu", "Outcomes", "on behalf of: Lohja, elected leadership"),
    ],
)
def test_headings_follow_the_lang_parameter(
    lang: str, title: str, outcomes: str, behalf: str
) -> None:
    doc = page(every_kind(), lang)
    assert doc.get("lang") == lang
    assert text_of(doc.find(".//h1")) == title
    assert outcomes in [text_of(h) for h in doc.iter("h2")]
    assert behalf in text_of(doc.find_class("speaker")[0])


def test_an_unknown_language_is_refused() -> None:
    with pytest.raises(OutputError, match="expected lang one of fi, sv, en, found 'de'"):
        hn.to_html(every_kind(), lang="de")


def test_every_code_shown_has_a_label_in_each_language() -> None:
    stylesheet = etree.fromstring(schemas.html_xslt_bytes())
    labels = {entry.get("k"): entry for entry in stylesheet.iter("l")}
    prefixes: dict[type[Enum], str] = {
        m.NegotiationKind: "",
        m.LeadershipKind: "leadership.",
        m.MeetingRole: "role.",
        m.Presence: "presence.",
        m.OutcomeStatus: "status.",
        m.Topic: "topic.",
        m.DocumentType: "documentType.",
        m.RecordStatus: "recordStatus.",
        m.PublicityClass: "publicityClass.",
        m.PersonalDataClass: "personalData.",
    }
    keys = [prefix + member.value for enum, prefix in prefixes.items() for member in enum]
    keys += ["outcome." + tag for tag in m.OUTCOME_TAGS.values()]
    for key in keys:
        assert key in labels, key
        assert all(labels[key].get(lang) for lang in ("fi", "sv", "en")), key


@pytest.mark.browser
@pytest.mark.skipif(CHROMIUM is None, reason="no chromium installed (apt-get install chromium)")
def test_a_headless_browser_renders_the_memo(tmp_path: Path) -> None:
    source = tmp_path / "memo.html"
    source.write_bytes(hn.to_html(examples.load()))
    screenshot = tmp_path / "memo.png"
    result = subprocess.run(
        [
            str(CHROMIUM),
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            f"--user-data-dir={tmp_path / 'profile'}",
            "--window-size=1100,2000",
            f"--screenshot={screenshot}",
            "--dump-dom",
            source.as_uri(),
        ],
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr.decode(errors="replace")[-2000:]
    dom: Any = html.document_fromstring(result.stdout)
    text = " ".join(dom.text_content().split())
    for expected in (
        "Neuvottelumuistio",
        "Puheenjohtaja avaa neuvottelun",
        "Jussi Patinen",
        "Neuvottelun tulokset",
        "TYM-sopimus",
    ):
        assert expected in text
    assert screenshot.read_bytes().startswith(b"\x89PNG")
    assert screenshot.stat().st_size > 20_000
    assert re.search(r"<table>", result.stdout.decode())
