"""The HTML rendition: transformed with lxml, and once in a real headless browser."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
from enum import Enum
from pathlib import Path
from typing import Any

import attrs
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


def _widened() -> m.Negotiation:
    """The every-kind memo with what the 1.1 outcomes add: people, attachments, new types."""
    memo = every_kind()
    fi = m.LocalizedText
    source = (m.SourceRef(section=memo.sections[0].number, sentence=2),)
    agreement = m.Agreement(
        id="yhteistyosopimus",
        title=fi(fi="Yhteistyösopimus", sv="Samarbetsavtal"),
        status=m.OutcomeStatus.AGREED,
        sources=source,
        valid_from=dt.date(2026, 1, 1),
        valid_until=dt.date(2029, 5, 31),
        approvals=(
            m.Approval(
                organisation=memo.municipalities[0].id,
                body=fi(fi="Kaupunginhallitus", sv="Stadsstyrelsen"),
                date=dt.date(2025, 11, 3),
                section="45",
            ),
        ),
        replaces=m.AgreementReference(title=fi(fi="Sopimus 2023"), record="LU/1/2023"),
    )
    decision = m.Decision(
        id="paatos",
        title=fi(fi="Lähiterveysasema"),
        status=m.OutcomeStatus.PENDING,
        decided_by=memo.county.id,
        body=fi(fi="Aluehallitus"),
        timing=fi(fi="tämän vuoden aikana"),
        follows=m.EarlierOutcome(record="LU/9/2024", outcome="asema"),
    )
    plan = m.InterfacePlan(
        id="yhdyspinta", title=fi(fi="Yhdyspintasuunnitelma"), status=m.OutcomeStatus.AGREED
    )
    measure = m.StrategyItem(
        id="liikunta",
        title=fi(fi="Liikuntaneuvonta"),
        status=m.OutcomeStatus.PLANNED,
        level=m.StrategyLevel.MEASURE,
        parent="yhdyspinta",
        responsible=("virtanen",),
        target=fi(fi="200 asiakasta"),
    )
    person = m.Person(
        id="virtanen",
        name="Anna Virtanen",
        title=fi(fi="Hyte-koordinaattori"),
        organisation_name=fi(fi="Kela"),
    )
    attachment = m.Attachment(
        id="sopimusteksti",
        kind=m.AttachmentKind.AGREEMENT_TEXT,
        title=fi(fi="Sopimusteksti"),
        file_name="sopimus.pdf",
        media_type="application/pdf",
        sha256="ab" * 32,
        part_of_record=True,
    )
    return attrs.evolve(
        memo,
        outcomes=(*memo.outcomes, agreement, decision, plan, measure),
        people=(person,),
        attachments=(attachment,),
    )


def test_what_the_outcomes_add_is_shown() -> None:
    doc = page(_widened())
    body = text_of(doc.body)
    for expected in (
        "Voimassa: 1.1.2026–31.5.2029",
        "Hyväksynnät: Lohja, Kaupunginhallitus 3.11.2025 § 45",
        "Korvaa: Sopimus 2023, LU/1/2023",
        "Päättäjä: Länsi-Uudenmaan hyvinvointialue, Aluehallitus",
        "Aikataulu: tämän vuoden aikana",
        "Seuraa aiempaa: LU/9/2024: asema",
        "Taso: toimenpide",
        "Kuuluu: Yhdyspintasuunnitelma",
        "Tavoitetaso: 200 asiakasta",
        "Vastuussa: Anna Virtanen",
        "(virke 2)",
        "Anna Virtanen, Hyte-koordinaattori, Kela (ei osallistunut)",
        "Sopimusteksti (sopimusteksti, osa asiakirjaa)",
        "sopimus.pdf, application/pdf, SHA-256 " + "ab" * 32,
    ):
        assert expected in body, expected
    headings = [text_of(h) for h in doc.iter("h2")]
    assert "Muut mainitut henkilöt" in headings
    assert "Liitteet ja taustamateriaali" in headings
    assert headings[-1] == "Asiakirjan tiedot"
    # A person named in an outcome is not listed among the participants.
    participants = text_of(doc.find_class("participants")[0])
    assert "Virtanen" not in participants


def test_what_the_outcomes_add_is_labelled_in_swedish() -> None:
    body = text_of(page(_widened(), "sv").body)
    for expected in (
        "Giltig: 1.1.2026–31.5.2029",
        "Godkännanden: Lojo, Stadsstyrelsen 3.11.2025 § 45",
        "Övriga nämnda personer",
        "(mening 2)",
        "Samarbetsavtal",
    ):
        assert expected in body, expected


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
        m.StrategyLevel: "level.",
        m.AttachmentKind: "attachment.",
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
