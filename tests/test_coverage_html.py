"""The coverage report as a printable HTML page (coverage/_html.py).

The reports here are written by hand, so that every expected word, number and
mark is known without the computation; the generated test set is rendered at
the end, through the computation, and again in a headless Chromium.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import subprocess
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pytest
from lxml import html
from PIL import Image
from pypdf import PdfReader

from hyvaneuvottelu import refdata
from hyvaneuvottelu.cli import main
from hyvaneuvottelu.coverage import (
    CountyRef,
    CoverageReport,
    CoverageResult,
    CoveringMemo,
    MunicipalityCoverage,
    ReportError,
)
from hyvaneuvottelu.coverage._html import render
from hyvaneuvottelu.errors import OutputError
from hyvaneuvottelu.model import LocalizedText, NegotiationKind

from . import coverage_set

TERM = NegotiationKind.COUNCIL_TERM
HYTE = NegotiationKind.WELLBEING_PROMOTION
AS_OF = dt.date(2026, 11, 30)

LANSI_UUSIMAA = CountyRef(
    code="03",
    name=LocalizedText(fi="Länsi-Uudenmaan hyvinvointialue", sv="Västra Nylands välfärdsområde"),
)
#: Länsi-Uusimaa's ten municipalities, by code, in Finnish and Swedish.
MUNICIPALITIES = {
    "049": ("Espoo", "Esbo"),
    "078": ("Hanko", "Hangö"),
    "149": ("Inkoo", "Ingå"),
    "224": ("Karkkila", "Högfors"),
    "235": ("Kauniainen", "Grankulla"),
    "257": ("Kirkkonummi", "Kyrkslätt"),
    "444": ("Lohja", "Lojo"),
    "710": ("Raasepori", "Raseborg"),
    "755": ("Siuntio", "Sjundeå"),
    "927": ("Vihti", "Vichtis"),
}
#: Missing in 2025-2029: Hanko, Inkoo and Karkkila.
GAPS = ("078", "149", "224")
#: Negotiated together on 11.7.2025 (a joint negotiation).
JOINT = ("257", "927")


def memo(
    path: str,
    day: dt.date | None,
    *,
    joint: bool = False,
    kind: NegotiationKind = TERM,
    partial: str | None = None,
) -> CoveringMemo:
    return CoveringMemo(path=path, date=day, joint=joint, kind=kind, partial_date=partial)


def report(
    period: str,
    start: dt.date,
    end: dt.date,
    *,
    kind: NegotiationKind = TERM,
    missing: tuple[str, ...] = (),
    days_left: int | None = None,
    memos: Mapping[str, tuple[CoveringMemo, ...]] | None = None,
    errors: tuple[ReportError, ...] = (),
    county: CountyRef = LANSI_UUSIMAA,
    municipalities: Mapping[str, tuple[str, str]] = MUNICIPALITIES,
    as_of: dt.date = AS_OF,
) -> CoverageReport:
    rows = tuple(
        MunicipalityCoverage(
            code=code,
            name=LocalizedText(fi=fi, sv=sv),
            covered=code not in missing,
            memos=()
            if code in missing
            else (memos or {}).get(
                code,
                (memo(f"muistiot/{period}-{code}.json", start + dt.timedelta(days=40), kind=kind),),
            ),
        )
        for code, (fi, sv) in municipalities.items()
    )
    return CoverageReport(
        county=county,
        kind=kind,
        period=period,
        start=start,
        end=end,
        as_of=as_of,
        days_left=days_left,
        municipalities=rows,
        missing=tuple(code for code in municipalities if code in missing),
        errors=errors,
    )


BAD_MEMO = ReportError(
    path="muistiot/virheellinen.json",
    message=LocalizedText(
        fi="Muistio ei ole kelvollinen", sv="Promemorian är inte giltig", en="The memo is not valid"
    ),
    code="HN-D001",
)
TAMPERE = ReportError(
    path="muistiot/tampere.json",
    message=LocalizedText(
        fi="Tampere kuuluu Pirkanmaan hyvinvointialueeseen",
        sv="Tammerfors hör till Birkalands välfärdsområde",
        en="Tampere belongs to Pirkanmaa",
    ),
    code="coverage.outsideCounty",
)


def lansi_uusimaa() -> CoverageResult:
    """Two council terms and two HYTE years: three gaps in 2025-2029, none held in 2025."""
    joint = tuple(
        memo("muistiot/yhteinen.json", dt.date(2025, 7, 11), joint=True) for _ in range(1)
    )
    return CoverageResult(
        reports=(
            # Given out of order: the page orders terms, then years.
            report(
                "2025",
                dt.date(2025, 1, 1),
                dt.date(2025, 12, 31),
                kind=HYTE,
                missing=tuple(MUNICIPALITIES),
            ),
            report(
                "2025-2029",
                dt.date(2025, 6, 1),
                dt.date(2029, 5, 31),
                missing=GAPS,
                days_left=913,
                memos={
                    "257": joint,
                    "927": joint,
                    "444": (
                        memo("muistiot/lohja-1.json", dt.date(2025, 9, 1)),
                        memo("muistiot/lohja-2.json", None, partial="2025-11"),
                        memo("muistiot/lohja-3.json", dt.date(2026, 2, 3)),
                    ),
                },
                errors=(BAD_MEMO, TAMPERE),
            ),
            report("2022-2025", dt.date(2022, 3, 1), dt.date(2025, 5, 31)),
            report(
                "2026",
                dt.date(2026, 1, 1),
                dt.date(2026, 12, 31),
                kind=HYTE,
                missing=("049",),
                days_left=32,
                errors=(BAD_MEMO,),
            ),
        ),
        as_of=AS_OF,
    )


def page(result: CoverageResult, language: str = "fi") -> Any:
    return html.document_fromstring(render(result, language))


def text(element: Any) -> str:
    return " ".join(element.text_content().split())


def column(doc: Any, period: str) -> list[tuple[str, Any]]:
    """(municipality, cell) for each row of the table, in the period's column."""
    (table,) = doc.find_class("municipalities")
    periods = [text(th) for th in table.xpath("./thead/tr[2]/th")]
    index = periods.index(period)
    return [
        (text(row.xpath("./th")[0]), row.xpath("./td")[index]) for row in table.xpath("./tbody/tr")
    ]


def test_the_gaps_are_marked_for_exactly_the_missing_municipalities() -> None:
    doc = page(lansi_uusimaa())
    cells = column(doc, "2025-2029")
    assert [name for name, cell in cells if cell.get("class") == "gap"] == [
        "Hanko",
        "Inkoo",
        "Karkkila",
    ]
    for name, cell in cells:
        if name in ("Hanko", "Inkoo", "Karkkila"):
            # A symbol and a word: readable in black and white and aloud.
            assert text(cell) == "✗ Puuttuu"
            (symbol,) = cell.find_class("symbol")
            assert symbol.get("aria-hidden") == "true"
        else:
            assert cell.get("class") == "covered"
    # The ended term has no gap; the year 2025 is a gap everywhere.
    assert [cell.get("class") for _, cell in column(doc, "2022-2025")] == ["covered"] * 10
    assert [text(cell) for _, cell in column(doc, "2025")] == ["✗ ei osallistunut"] * 10


def test_a_covered_cell_shows_its_dates_and_joint_negotiations() -> None:
    cells = dict(column(page(lansi_uusimaa()), "2025-2029"))
    assert text(cells["Espoo"]) == "✓neuvoteltu 11.7.2025"
    assert text(cells["Kirkkonummi"]) == "✓neuvoteltu 11.7.2025 yhteinen"
    assert cells["Kirkkonummi"].get("title") == "muistiot/yhteinen.json"
    # Three memos: the first two shown, then how many more; every path in the title.
    assert text(cells["Lohja"]) == "✓neuvoteltu 1.9.2025 11/2025 +1"
    assert (
        cells["Lohja"].get("title")
        == "muistiot/lohja-1.json\nmuistiot/lohja-2.json\nmuistiot/lohja-3.json"
    )
    (hidden,) = cells["Lohja"].find_class("visually-hidden")
    assert hidden.text == "neuvoteltu"


#: The words of the page, written by hand in each language.
EXPECTED = {
    "fi": {
        "title": "Lakisääteisten neuvottelujen kattavuus – Länsi-Uudenmaan hyvinvointialue",
        "caption": "Kunnat valtuustokausittain ja vuosittain",
        "h1": "Länsi-Uudenmaan hyvinvointialue",
        "as_of": "Tilanne 30.11.2026",
        "terms": [
            [
                "Valtuustokausi 2022-2025",
                "1.3.2022–31.5.2025",
                "Kausi päättyi 31.5.2025.",
                "Neuvoteltu 10, puuttuu 0, kuntia 10",
                "Kaikkien kuntien kanssa on neuvoteltu.",
            ],
            [
                "Valtuustokausi 2025-2029",
                "1.6.2025–31.5.2029",
                "913 päivää jäljellä",
                "Neuvoteltu 7, puuttuu 3, kuntia 10",
                "Puuttuu: Hanko, Inkoo, Karkkila",
            ],
        ],
        "head": ["Kunta", "Valtuustokausi", "HYTE", "2022-2025", "2025-2029", "2025", "2026"],
        "rows": [
            "Espoo",
            "Hanko",
            "Inkoo",
            "Karkkila",
            "Kauniainen",
            "Kirkkonummi",
            "Lohja",
            "Raasepori",
            "Siuntio",
            "Vihti",
        ],
        "total": ["Yhteensä", "10/10", "7/10", "✗ ei pidetty", "9/10 32 päivää jäljellä"],
        "errors": [
            "Muistiot, jotka eivät ole kattavuutta",
            "muistiot/virheellinen.json: Muistio ei ole kelvollinen",
            "muistiot/tampere.json: Tampere kuuluu Pirkanmaan hyvinvointialueeseen",
        ],
        "chart": (
            "Kattavuus kausittain: Valtuustokausi 2022-2025: neuvoteltu 10, puuttuu 0, kuntia 10; "
            "Valtuustokausi 2025-2029: neuvoteltu 7, puuttuu 3, kuntia 10; "
            "HYTE 2025: neuvoteltu 0, puuttuu 10, kuntia 10; "
            "HYTE 2026: neuvoteltu 9, puuttuu 1, kuntia 10."
        ),
        "labels": ["2022-2025", "2025-2029", "HYTE 2025", "HYTE 2026"],
    },
    "sv": {
        "title": "Täckning av lagstadgade förhandlingar – Västra Nylands välfärdsområde",
        "caption": "Kommunerna per fullmäktigeperiod och år",
        "h1": "Västra Nylands välfärdsområde",
        "as_of": "Läget per 30.11.2026",
        "terms": [
            [
                "Fullmäktigeperiod 2022-2025",
                "1.3.2022–31.5.2025",
                "Perioden upphörde 31.5.2025.",
                "Förhandlat 10, saknas 0, kommuner 10",
                "Förhandlingar har förts med alla kommuner.",
            ],
            [
                "Fullmäktigeperiod 2025-2029",
                "1.6.2025–31.5.2029",
                "913 dagar kvar",
                "Förhandlat 7, saknas 3, kommuner 10",
                "Saknas: Hangö, Ingå, Högfors",
            ],
        ],
        "head": [
            "Kommun",
            "Fullmäktigeperiod",
            "HYTE",
            "2022-2025",
            "2025-2029",
            "2025",
            "2026",
        ],
        "rows": [
            "Esbo",
            "Grankulla",
            "Hangö",
            "Högfors",
            "Ingå",
            "Kyrkslätt",
            "Lojo",
            "Raseborg",
            "Sjundeå",
            "Vichtis",
        ],
        "total": ["Totalt", "10/10", "7/10", "✗ inte hållen", "9/10 32 dagar kvar"],
        "errors": [
            "Promemorior som inte räknas som täckning",
            "muistiot/virheellinen.json: Promemorian är inte giltig",
            "muistiot/tampere.json: Tammerfors hör till Birkalands välfärdsområde",
        ],
        "chart": (
            "Täckning per period: Fullmäktigeperiod 2022-2025: förhandlat 10, saknas 0, kommuner 10; "
            "Fullmäktigeperiod 2025-2029: förhandlat 7, saknas 3, kommuner 10; "
            "HYTE 2025: förhandlat 0, saknas 10, kommuner 10; "
            "HYTE 2026: förhandlat 9, saknas 1, kommuner 10."
        ),
        "labels": ["2022-2025", "2025-2029", "HYTE 2025", "HYTE 2026"],
    },
    "en": {
        "title": "Coverage of the statutory negotiations – Länsi-Uudenmaan hyvinvointialue",
        "caption": "The municipalities by council term and year",
        "h1": "Länsi-Uudenmaan hyvinvointialue",
        "as_of": "As of 2026-11-30",
        "terms": [
            [
                "Council term 2022-2025",
                "2022-03-01–2025-05-31",
                "The term ended on 2025-05-31.",
                "Negotiated 10, missing 0, municipalities 10",
                "Every municipality has been negotiated with.",
            ],
            [
                "Council term 2025-2029",
                "2025-06-01–2029-05-31",
                "913 days left",
                "Negotiated 7, missing 3, municipalities 10",
                "Missing: Hanko, Inkoo, Karkkila",
            ],
        ],
        "head": [
            "Municipality",
            "Council term",
            "Wellbeing",
            "2022-2025",
            "2025-2029",
            "2025",
            "2026",
        ],
        "rows": [
            "Espoo",
            "Hanko",
            "Inkoo",
            "Karkkila",
            "Kauniainen",
            "Kirkkonummi",
            "Lohja",
            "Raasepori",
            "Siuntio",
            "Vihti",
        ],
        "total": ["Total", "10/10", "7/10", "✗ not held", "9/10 32 days left"],
        "errors": [
            "Memos that are not coverage",
            "muistiot/virheellinen.json: The memo is not valid",
            "muistiot/tampere.json: Tampere belongs to Pirkanmaa",
        ],
        "chart": (
            "Coverage by period: Council term 2022-2025: negotiated 10, missing 0, municipalities 10; "
            "Council term 2025-2029: negotiated 7, missing 3, municipalities 10; "
            "Wellbeing 2025: negotiated 0, missing 10, municipalities 10; "
            "Wellbeing 2026: negotiated 9, missing 1, municipalities 10."
        ),
        "labels": ["2022-2025", "2025-2029", "Wellbeing 2025", "Wellbeing 2026"],
    },
}


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_the_page_reads_in_each_language(language: str) -> None:
    expected = EXPECTED[language]
    doc = page(lansi_uusimaa(), language)
    assert doc.get("lang") == language
    assert doc.findtext(".//title") == expected["title"]
    (county,) = doc.find_class("county")
    assert text(county.find(".//h1")) == expected["h1"]
    (as_of,) = doc.find_class("as-of")
    assert text(as_of) == expected["as_of"]
    terms = [[text(child) for child in term] for term in doc.find_class("term")]
    assert terms == expected["terms"]
    (table,) = doc.find_class("municipalities")
    assert table.findtext("caption") == expected["caption"]
    assert [text(th) for th in table.xpath("./thead//th")] == expected["head"]
    assert [text(row.xpath("./th")[0]) for row in table.xpath("./tbody/tr")] == expected["rows"]
    assert [text(cell) for cell in table.xpath("./tfoot/tr/*")] == expected["total"]
    (errors,) = doc.find_class("errors")
    assert [text(errors.find("h2")), *(text(li) for li in errors.iter("li"))] == expected["errors"]
    (svg,) = doc.iter("svg")
    assert svg.get("aria-label") == expected["chart"]
    assert svg.findtext("title") == expected["chart"]
    assert [g.find("text").text for g in svg.iter("g")] == expected["labels"]


def test_the_chart_draws_the_numbers_of_the_table() -> None:
    (svg,) = page(lansi_uusimaa()).iter("svg")
    assert svg.get("role") == "img"
    bars = [
        (
            g.get("data-period"),
            g.get("data-covered"),
            g.get("data-total"),
            [(r.get("x"), r.get("width")) for r in g.iter("rect")][:2],
            [t.text for t in g.iter("text")][1],
            g.findtext("title"),
        )
        for g in svg.iter("g")
    ]
    # A bar is 140 units wide from x=82: covered solid, missing hatched.
    assert bars == [
        (
            "2022-2025",
            "10",
            "10",
            [("82", "140"), ("222", "0")],
            "10/10",
            "Valtuustokausi 2022-2025: neuvoteltu 10, puuttuu 0, kuntia 10",
        ),
        (
            "2025-2029",
            "7",
            "10",
            [("82", "98"), ("180", "42")],
            "7/10",
            "Valtuustokausi 2025-2029: neuvoteltu 7, puuttuu 3, kuntia 10",
        ),
        (
            "2025",
            "0",
            "10",
            [("82", "0"), ("82", "140")],
            "0/10",
            "HYTE 2025: neuvoteltu 0, puuttuu 10, kuntia 10",
        ),
        (
            "2026",
            "9",
            "10",
            [("82", "126"), ("208", "14")],
            "9/10",
            "HYTE 2026: neuvoteltu 9, puuttuu 1, kuntia 10",
        ),
    ]
    # The missing part is hatched, so that it shows without colour.
    (pattern,) = svg.iter("pattern")
    assert [r.get("fill") for g in svg.iter("g") for r in g.find_class("missing")] == [
        f"url(#{pattern.get('id')})"
    ] * 4


def test_the_page_needs_no_script_font_or_network() -> None:
    source = render(lansi_uusimaa())
    doc = html.document_fromstring(source)
    assert doc.xpath("//script | //link | //img | //iframe | //object | //embed") == []
    assert not any(name.startswith("on") for element in doc.iter() for name in element.attrib)
    assert "http" not in source
    assert "@import" not in source
    assert "@font-face" not in source
    assert re.findall(r"url\(([^)]*)\)", source) == ["#chart-0-hatch"] * 4


def test_hostile_names_and_paths_stay_text() -> None:
    county = CountyRef(code="03", name=LocalizedText(fi='<b>Alue</b> & "muut"'))
    path = 'muistiot/<script>alert("&")</script>.json'
    hostile = report(
        "2025-2029",
        dt.date(2025, 6, 1),
        dt.date(2029, 5, 31),
        county=county,
        municipalities={"078": ('Hanko <i>&amp;</i> "x"', "Hangö")},
        memos={"078": (memo(path, dt.date(2025, 9, 1)),)},
        errors=(ReportError(path=path, message=LocalizedText(fi='<img src="x"> &lt;')),),
    )
    doc = page(CoverageResult(reports=(hostile,), as_of=AS_OF))
    assert doc.xpath("//script | //b | //i | //img") == []
    assert text(doc.find(".//h1")) == '<b>Alue</b> & "muut"'
    ((name, cell),) = column(doc, "2025-2029")
    assert name == 'Hanko <i>&amp;</i> "x"'
    assert cell.get("title") == path
    (error,) = doc.find_class("errors")[0].iter("li")
    assert text(error) == f'{path}: <img src="x"> &lt;'


def test_characters_xml_cannot_hold_are_replaced_not_refused() -> None:
    # A file name with an escape character, and one read with surrogate escapes.
    bad = ReportError(path="muistiot/a\x1bb\udcff.json", message=LocalizedText(fi="rikki\x00"))
    result = CoverageResult(reports=(), errors=(bad,), as_of=AS_OF)
    (item,) = page(result).iter("li")
    assert text(item) == "muistiot/a\ufffdb\ufffd.json: rikki\ufffd"


@pytest.mark.parametrize(
    ("days_left", "as_of", "expected"),
    [
        (1, dt.date(2029, 5, 31), "1 päivä jäljellä"),
        (2, dt.date(2029, 5, 30), "2 päivää jäljellä"),
        (None, dt.date(2029, 6, 1), "Kausi päättyi 31.5.2029."),
        (None, dt.date(2025, 5, 31), "Kausi alkaa 1.6.2025."),
    ],
)
def test_days_left_of_the_term(days_left: int | None, as_of: dt.date, expected: str) -> None:
    term = report(
        "2025-2029", dt.date(2025, 6, 1), dt.date(2029, 5, 31), days_left=days_left, as_of=as_of
    )
    (left,) = page(CoverageResult(reports=(term,), as_of=as_of)).find_class("days-left")
    assert text(left) == expected


def test_a_long_list_of_errors_is_cut_to_fit_the_page() -> None:
    errors = tuple(
        ReportError(
            path=f"muistiot/{n:02}.json", message=LocalizedText(fi="Muistio ei ole kelvollinen")
        )
        for n in range(12)
    )
    ten = report("2025-2029", dt.date(2025, 6, 1), dt.date(2029, 5, 31), errors=errors)
    items = [
        text(li) for li in page(CoverageResult(reports=(ten,))).find_class("errors")[0].iter("li")
    ]
    assert items[0] == "muistiot/00.json: Muistio ei ole kelvollinen"
    assert items[7] == "muistiot/07.json: Muistio ei ole kelvollinen"
    assert items[8:] == ["ja 4 muuta (kaikki teksti- ja JSON-raportissa)"]
    # Thirty municipalities leave room for three.
    thirty = report(
        "2025-2029",
        dt.date(2025, 6, 1),
        dt.date(2029, 5, 31),
        errors=errors,
        municipalities={f"{n:03}": (f"Kunta {n}", f"Kommun {n}") for n in range(30)},
    )
    items = [
        text(li)
        for li in page(CoverageResult(reports=(thirty,))).find_class("errors")[0].iter("li")
    ]
    assert len(items) == 4
    assert items[3] == "ja 9 muuta (kaikki teksti- ja JSON-raportissa)"


def test_a_municipality_outside_a_period_is_a_dash_not_a_gap() -> None:
    before = report(
        "2022-2025",
        dt.date(2022, 3, 1),
        dt.date(2025, 5, 31),
        municipalities={"078": ("Hanko", "Hangö")},
    )
    after = report(
        "2025-2029",
        dt.date(2025, 6, 1),
        dt.date(2029, 5, 31),
        municipalities={"078": ("Hanko", "Hangö"), "149": ("Inkoo", "Ingå")},
    )
    doc = page(CoverageResult(reports=(before, after)))
    ((_, hanko), (_, inkoo)) = column(doc, "2022-2025")
    assert hanko.get("class") == "covered"
    assert inkoo.get("class") == "absent"
    assert text(inkoo) == "–ei alueen kunta"


def test_memos_in_no_county_get_a_last_page_of_their_own() -> None:
    result = CoverageResult(reports=lansi_uusimaa().reports, errors=(BAD_MEMO,), as_of=AS_OF)
    doc = page(result, "sv")
    assert [s.get("class") for s in doc.find_class("page")] == ["page county", "page unplaced"]
    (unplaced,) = doc.find_class("unplaced")
    assert (
        text(unplaced.find("h1"))
        == "Promemorior som inte kunde läsas eller hänföras till ett välfärdsområde"
    )
    assert [text(li) for li in unplaced.iter("li")] == [
        "muistiot/virheellinen.json: Promemorian är inte giltig"
    ]


def test_a_period_without_municipalities_draws_an_empty_bar() -> None:
    empty = report("2025-2029", dt.date(2025, 6, 1), dt.date(2029, 5, 31), municipalities={})
    doc = page(CoverageResult(reports=(empty,)))
    (bar,) = doc.iter("g")
    assert [(r.get("x"), r.get("width")) for r in bar.iter("rect")][:2] == [
        ("82", "0"),
        ("82", "140"),
    ]
    assert [t.text for t in bar.iter("text")] == ["2025-2029", "0/0"]
    (table,) = doc.find_class("municipalities")
    assert table.xpath("./tbody/tr") == []


def test_the_last_page_lists_forty_unplaced_memos_and_counts_the_rest() -> None:
    unreadable = tuple(
        ReportError(
            path=f"muistiot/{n:02}.json", message=LocalizedText(fi="Tiedostoa ei voi lukea")
        )
        for n in range(45)
    )
    (unplaced,) = page(CoverageResult(reports=(), errors=unreadable)).find_class("unplaced")
    items = [text(li) for li in unplaced.iter("li")]
    assert len(items) == 41
    assert items[39] == "muistiot/39.json: Tiedostoa ei voi lukea"
    assert items[40] == "ja 5 muuta (kaikki teksti- ja JSON-raportissa)"


def test_an_empty_result_says_so() -> None:
    doc = page(CoverageResult(reports=()), "en")
    assert [text(h) for h in doc.iter("h1")] == ["No memos were found."]


def test_counties_in_order_of_code_each_on_its_own_page() -> None:
    ita = CountyRef(code="01", name=LocalizedText(fi="Itä-Uudenmaan hyvinvointialue"))
    other = report(
        "2025-2029",
        dt.date(2025, 6, 1),
        dt.date(2029, 5, 31),
        county=ita,
        municipalities={"018": ("Askola", "Askola")},
    )
    doc = page(CoverageResult(reports=(*lansi_uusimaa().reports, other)))
    assert [text(s.find(".//h1")) for s in doc.find_class("county")] == [
        "Itä-Uudenmaan hyvinvointialue",
        "Länsi-Uudenmaan hyvinvointialue",
    ]
    # Each chart's pattern has an id of its own, and no id is used twice.
    assert [p.get("id") for p in doc.iter("pattern")] == ["chart-0-hatch", "chart-1-hatch"]
    ids = [element.get("id") for element in doc.iter() if element.get("id") is not None]
    assert sorted(ids) == [
        "chart-0",
        "chart-0-hatch",
        "chart-1",
        "chart-1-hatch",
        "county-0",
        "county-1",
    ]
    assert doc.findtext(".//title") == "Lakisääteisten neuvottelujen kattavuus"


def test_the_print_style_is_a4_one_page_a_county_without_the_screen_background() -> None:
    (style,) = page(lansi_uusimaa()).iter("style")
    css = " ".join(style.text.split())
    assert "@page { size: A4; margin: 14mm; }" in css
    (printed,) = re.findall(r"@media print \{(.*)\}", css)
    assert "html, body { background: #fff; color: #000; }" in printed
    assert ".page { max-width: none; margin: 0; padding: 0; box-shadow: none; }" in printed
    assert ".page + .page { break-before: page; page-break-before: always; }" in printed


def test_an_unknown_language_is_refused() -> None:
    with pytest.raises(OutputError) as raised:
        render(lansi_uusimaa(), "de")
    assert str(raised.value) == "render: expected language one of fi, sv, en, found 'de'"


# In a real browser: headless Chromium prints the page to PDF and takes a
# screenshot. The project's CI installs Chromium where it can and goes on
# without it, so these tests skip, with the reason, wherever it is missing.
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
browser = pytest.mark.skipif(
    CHROMIUM is None,
    reason=(
        "no chromium on PATH to print the page "
        "(apt-get install chromium; .ci/run installs it where apt-get can)"
    ),
)
#: An A4 page in PostScript points, as a PDF states it.
A4 = (595, 842)
#: The colour of a gap's cell on screen (#fde8e4).
GAP = (0xFD, 0xE8, 0xE4)


def chromium(tmp_path: Path, source: str, *options: str) -> None:
    page = tmp_path / "report.html"
    page.write_text(source, encoding="utf-8")
    assert CHROMIUM is not None
    result = subprocess.run(
        [
            CHROMIUM,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            f"--user-data-dir={tmp_path / 'profile'}",
            *options,
            page.as_uri(),
        ],
        capture_output=True,
        timeout=120,
        check=False,
        env={**os.environ, "HOME": str(tmp_path)},
    )
    assert result.returncode == 0, result.stderr.decode(errors="replace")[-2000:]


def largest_county() -> tuple[CoverageReport, ...]:
    """Pohjois-Pohjanmaa's 30 municipalities over three terms and eight years, every
    other one missing, with more errors than fit: the most a county's page can hold."""
    county = CountyRef(code="19", name=LocalizedText(fi="Pohjois-Pohjanmaan hyvinvointialue"))
    municipalities = {
        m.code: (m.name.fi or "", m.name.sv or m.name.fi or "")
        for m in refdata.region_table(AS_OF).municipalities_of("19")
    }
    assert len(municipalities) == 30
    every_other = tuple(code for n, code in enumerate(municipalities) if n % 2)
    long_path = "muistiot/" + "hyvin-pitka-kansion-nimi/" * 8
    errors = tuple(
        ReportError(
            path=f"{long_path}{n}.json", message=LocalizedText(fi="Muistio ei ole kelvollinen " * 5)
        )
        for n in range(20)
    )
    common: dict[str, Any] = {
        "county": county,
        "municipalities": municipalities,
        "missing": every_other,
    }
    terms = [
        report("2022-2025", dt.date(2022, 3, 1), dt.date(2025, 5, 31), **common),
        report("2025-2029", dt.date(2025, 6, 1), dt.date(2029, 5, 31), errors=errors, **common),
        report("2029-2033", dt.date(2029, 6, 1), dt.date(2033, 5, 31), **common),
    ]
    years = [
        report(str(y), dt.date(y, 1, 1), dt.date(y, 12, 31), kind=HYTE, **common)
        for y in range(2023, 2031)
    ]
    return (*terms, *years)


@pytest.mark.browser
@browser
@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_printed_each_county_is_one_a4_page(tmp_path: Path, language: str) -> None:
    result = CoverageResult(
        reports=(*lansi_uusimaa().reports, *largest_county()),
        # More memos in no county than the last page lists, with long paths.
        errors=tuple(
            ReportError(
                path=f"{BAD_MEMO.path}/{'alikansio/' * 20}{n}.json", message=BAD_MEMO.message
            )
            for n in range(45)
        ),
        as_of=AS_OF,
    )
    pdf = tmp_path / "report.pdf"
    chromium(tmp_path, render(result, language), "--no-pdf-header-footer", f"--print-to-pdf={pdf}")
    pages = PdfReader(pdf).pages
    assert {(round(float(p.mediabox.width)), round(float(p.mediabox.height))) for p in pages} == {
        A4
    }
    texts = [" ".join(p.extract_text().split()) for p in pages]
    heading, law_ends, unplaced = {
        "fi": (
            "LAKISÄÄTEISTEN NEUVOTTELUJEN KATTAVUUS",
            "(HYTE) neuvotellaan vuosittain.",
            "Muistiot, joita ei voitu lukea",
        ),
        "sv": (
            "TÄCKNING AV LAGSTADGADE FÖRHANDLINGAR",
            "välfärd och hälsa (HYTE) förhandlas varje år.",
            "Promemorior som inte kunde läsas",
        ),
        "en": (
            "COVERAGE OF THE STATUTORY NEGOTIATIONS",
            "wellbeing and health promotion every year.",
            "Memos that could not be read",
        ),
    }[language]
    # Two counties and the memos placed in none: three pages, each whole
    # from its heading to the law at its foot.
    assert len(texts) == 3
    assert texts[0].startswith(f"{heading} {EXPECTED[language]['h1']}")
    assert texts[1].startswith(f"{heading} Pohjois-Pohjanmaan hyvinvointialue")
    assert all(t.endswith(law_ends) for t in texts[:2])
    assert texts[2].startswith(f"{heading} {unplaced}")


def gap_rows(tmp_path: Path, missing: tuple[str, ...]) -> tuple[tuple[int, int], int]:
    """The screenshot's size, and how many bands of rows show a gap's colour."""
    term = report(
        "2025-2029", dt.date(2025, 6, 1), dt.date(2029, 5, 31), missing=missing, days_left=913
    )
    png = tmp_path / "report.png"
    chromium(
        tmp_path,
        render(CoverageResult(reports=(term,), as_of=AS_OF)),
        "--hide-scrollbars",
        "--window-size=1000,1400",
        f"--screenshot={png}",
    )
    with Image.open(png) as image:
        rgb = image.convert("RGB")
        width, height = rgb.size
        pixels = rgb.load()
        assert pixels is not None
        # A row of the page is marked when a cell's background runs across it;
        # the chart's hatching is made of short runs only.
        marked = [_longest_run(pixels, width, y) >= 40 for y in range(height)]
        # Not blank: the sheet is white on a grey desk, with text on it.
        colours = rgb.getcolors(maxcolors=1 << 16)
        size = rgb.size
    assert colours is None or len(colours) > 10
    # Rows of one band are parted by a row's 1-pixel border at most.
    starts = [y for y in range(height) if marked[y] and not any(marked[max(0, y - 3) : y])]
    return size, len(starts)


def _longest_run(pixels: Any, width: int, y: int) -> int:
    longest = run = 0
    for x in range(width):
        run = run + 1 if pixels[x, y] == GAP else 0
        longest = max(longest, run)
    return longest


@pytest.mark.browser
@browser
def test_on_screen_the_gaps_show_in_their_colour_where_expected(tmp_path: Path) -> None:
    # Nothing missing: the gap's colour is nowhere, not even in the chart.
    assert gap_rows(tmp_path, ()) == ((1000, 1400), 0)
    # Hanko, Inkoo and Karkkila are the table's rows 2 to 4: one band.
    assert gap_rows(tmp_path, GAPS) == ((1000, 1400), 1)
    # Espoo and Karkkila, rows 1 and 4: two bands.
    assert gap_rows(tmp_path, ("049", "224")) == ((1000, 1400), 2)


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("fi", ["3.2.2026", "11/2025", "2026", "päivä ei tiedossa"]),
        # In Swedish, Högfors (Karkkila) comes before Ingå (Inkoo).
        ("sv", ["3.2.2026", "11/2025", "dagen okänd", "2026"]),
        ("en", ["2026-02-03", "2025-11", "2026", "day unknown"]),
    ],
)
def test_a_memo_is_dated_as_exactly_as_it_says(language: str, expected: list[str]) -> None:
    dated = {
        "049": (memo("a.json", dt.date(2026, 2, 3)),),
        "078": (memo("b.json", None, partial="2025-11"),),
        "149": (memo("c.json", None, partial="2026"),),
        "224": (memo("d.json", None),),
    }
    term = report(
        "2025-2029",
        dt.date(2025, 6, 1),
        dt.date(2029, 5, 31),
        memos=dated,
        municipalities={code: MUNICIPALITIES[code] for code in dated},
    )
    cells = column(page(CoverageResult(reports=(term,)), language), "2025-2029")
    assert [text(cell.find_class("when")[0]) for _, cell in cells] == expected


# The command on the generated Länsi-Uusimaa set (tests/coverage_set.py).


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("coverage-set")
    coverage_set.build(root)
    return root


@pytest.mark.parametrize(
    ("language", "gaps", "missing", "total"),
    [
        (
            "fi",
            ["Hanko", "Karkkila", "Siuntio"],
            "Puuttuu: Hanko, Karkkila, Siuntio",
            ["Yhteensä", "10/10", "7/10", "10/10", "10/10", "8/10", "1/10 32 päivää jäljellä"],
        ),
        (
            "sv",
            ["Hangö", "Högfors", "Sjundeå"],
            "Saknas: Hangö, Högfors, Sjundeå",
            ["Totalt", "10/10", "7/10", "10/10", "10/10", "8/10", "1/10 32 dagar kvar"],
        ),
    ],
)
def test_the_command_writes_the_generated_sets_page(
    generated: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    language: str,
    gaps: list[str],
    missing: str,
    total: list[str],
) -> None:
    monkeypatch.chdir(generated)
    code = main(["coverage", ".", "--as-of", "2026-11-30", "--format", "html", "--lang", language])
    assert code == 1
    source = capsys.readouterr().out
    doc = html.document_fromstring(source)
    assert doc.get("lang") == language
    assert [name for name, cell in column(doc, "2025-2029") if cell.get("class") == "gap"] == gaps
    assert [name for name, cell in column(doc, "2022-2025") if cell.get("class") == "gap"] == []
    (term,) = [t for t in doc.find_class("term") if t.get("data-period") == "2025-2029"]
    assert text(term.find_class("missing")[0]) == missing
    (table,) = doc.find_class("municipalities")
    assert [text(cell) for cell in table.xpath("./tfoot/tr/*")] == total
    # The memo in error and the one with Porvoo, of Itä-Uusimaa, are listed;
    # the notice of a planned meeting is no coverage and no error.
    (errors,) = doc.find_class("errors")
    paths = [li.find_class("path")[0].text for li in errors.iter("li")]
    assert paths == [f"./{coverage_set.BROKEN}", f"./{coverage_set.FOREIGN_MEMO}"]
    assert coverage_set.NOTICE not in source
    foreign = {"fi": "Porvoo", "sv": "Borgå"}[language]
    assert foreign in text(errors)
    assert foreign not in text(table)


def test_the_command_writes_the_page_to_a_file_whole(
    generated: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    monkeypatch.chdir(generated)
    out = tmp_path / "raportti.html"
    arguments = ["coverage", ".", "--as-of", "2026-11-30", "--format", "html", "--lang", "fi"]
    assert main([*arguments, "--out", str(out)]) == 1
    assert capsys.readouterr().out == ""
    assert main(arguments) == 1
    assert out.read_text(encoding="utf-8") == capsys.readouterr().out
    # Never overwritten unasked.
    assert main([*arguments, "--out", str(out)]) == 2
    assert capsys.readouterr().err == (
        f"hyvaneuvottelu: {out}: on jo olemassa; ei korvattu (korvaa se valitsimella --force)\n"
    )
