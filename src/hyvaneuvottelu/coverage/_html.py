"""The coverage report as a printable HTML page: one A4 page per county.

Each county's page holds its council terms (611/2021 14 §) and its years of
wellbeing and health promotion (612/2021 7 §): a short summary per term with
the days left and the municipalities missing, a bar chart of covered and
missing municipalities per period (inline SVG with a text equivalent), a
table of the municipalities by period with a mark for each gap, and the memos
that count for nothing. Every word comes from the hand-written tables below,
in Finnish, Swedish and English; the page needs no script, font or network.

The page is built as an element tree and serialised by lxml, so that a memo's
path or a name holding ``<&"`` is text, never markup.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from typing import Final

from lxml import etree

from .._days import as_of_text, local_day
from ..errors import OutputError
from ..model import LocalizedText, NegotiationKind
from ._report import (
    CountyRef,
    CoverageReport,
    CoverageResult,
    CoveringMemo,
    MunicipalityCoverage,
    ReportError,
)

__all__ = ["LANGUAGES", "render"]

#: Languages of the page.
LANGUAGES: Final = ("fi", "sv", "en")

# How much a county's page lists before it says "and n more": a layout
# choice that keeps the page on one sheet of A4 (a county has at most 30
# municipalities), not a bound on work; the text, JSON and CSV outputs list
# everything.
_ERRORS_SHOWN: Final = 8
_ERRORS_MIN: Final = 3
# Table rows and error lines that fit on the page beside the summary.
_LINES: Final = 33
_MEMOS_SHOWN: Final = 2
# Rows past which the table is set tighter in print.
_LONG: Final = 20
# The page of memos placed in no county has nothing else on it.
_UNPLACED_SHOWN: Final = 40

_WORDS: Final[dict[str, dict[str, str]]] = {
    "fi": {
        "heading": "Lakisääteisten neuvottelujen kattavuus",
        "term": "Valtuustokausi {period}",
        "term.short": "Valtuustokausi",
        "hyte": "HYTE {period}",
        "hyte.short": "HYTE",
        "days.one": "{n} päivä jäljellä",
        "days.other": "{n} päivää jäljellä",
        "ended": "Kausi päättyi {date}.",
        "begins": "Kausi alkaa {date}.",
        "counts": "Neuvoteltu {covered}, puuttuu {missing}, kuntia {total}",
        "missing": "Puuttuu:",
        "none_missing": "Kaikkien kuntien kanssa on neuvoteltu.",
        "municipality": "Kunta",
        "table": "Kunnat valtuustokausittain ja vuosittain",
        "total": "Yhteensä",
        "not_held": "ei pidetty",
        "covered": "neuvoteltu",
        "participated": "osallistui",
        "gap": "Puuttuu",
        "absent": "ei",
        "absent.rest": " osallistunut",
        "not_in_county": "ei alueen kunta",
        "joint": "yhteinen",
        "no_day": "päivä ei tiedossa",
        "more_memos": "+{n}",
        "legend": (
            "✓\u00a0neuvoteltu tai osallistui; yhteinen = usean kunnan yhteisneuvottelu. "
            "✗\u00a0Puuttuu = ei neuvottelua valtuustokaudella; ✗\u00a0ei = ei osallistunut "
            "vuoden HYTE-neuvotteluun. – = ei tuolloin alueen kunta."
        ),
        "chart": "Kattavuus kausittain",
        "chart.bar": "{label}: neuvoteltu {covered}, puuttuu {missing}, kuntia {total}",
        "errors": "Muistiot, jotka eivät ole kattavuutta",
        "errors.more": "ja {n} muuta (kaikki teksti- ja JSON-raportissa)",
        "unplaced": "Muistiot, joita ei voitu lukea tai liittää hyvinvointialueeseen",
        "nothing": "Muistioita ei löytynyt.",
        "law": (
            "Laki hyvinvointialueesta (611/2021) 14 §: hyvinvointialueen ja sen alueen "
            "kuntien on neuvoteltava vähintään valtuustokausittain. Laki sosiaali- ja "
            "terveydenhuollon järjestämisestä (612/2021) 7 §: hyvinvoinnin ja terveyden "
            "edistämisestä (HYTE) neuvotellaan vuosittain."
        ),
    },
    "sv": {
        "heading": "Täckning av lagstadgade förhandlingar",
        "term": "Fullmäktigeperiod {period}",
        "term.short": "Fullmäktigeperiod",
        "hyte": "HYTE {period}",
        "hyte.short": "HYTE",
        "days.one": "{n} dag kvar",
        "days.other": "{n} dagar kvar",
        "ended": "Perioden upphörde {date}.",
        "begins": "Perioden börjar {date}.",
        "counts": "Förhandlat {covered}, saknas {missing}, kommuner {total}",
        "missing": "Saknas:",
        "none_missing": "Förhandlingar har förts med alla kommuner.",
        "municipality": "Kommun",
        "table": "Kommunerna per fullmäktigeperiod och år",
        "total": "Totalt",
        "not_held": "inte hållen",
        "covered": "förhandlat",
        "participated": "deltog",
        "gap": "Saknas",
        "absent": "nej",
        "absent.rest": ", deltog inte",
        "not_in_county": "inte en kommun i området",
        "joint": "gemensam",
        "no_day": "dagen okänd",
        "more_memos": "+{n}",
        "legend": (
            "✓\u00a0förhandlat eller deltog; gemensam = gemensam förhandling med flera "
            "kommuner. ✗\u00a0Saknas = ingen förhandling under fullmäktigeperioden; ✗\u00a0nej = "
            "deltog inte i årets HYTE-förhandling om främjande av välfärd och hälsa. "
            "– = inte en kommun i området då."
        ),
        "chart": "Täckning per period",
        "chart.bar": "{label}: förhandlat {covered}, saknas {missing}, kommuner {total}",
        "errors": "Promemorior som inte räknas som täckning",
        "errors.more": "och {n} till (alla i text- och JSON-rapporten)",
        "unplaced": "Promemorior som inte kunde läsas eller hänföras till ett välfärdsområde",
        "nothing": "Inga promemorior hittades.",
        "law": (
            "Lagen om välfärdsområden (611/2021) 14 §: välfärdsområdet och kommunerna "
            "inom dess område ska förhandla minst en gång per fullmäktigeperiod. Lagen "
            "om ordnandet av social- och hälsovård (612/2021) 7 §: om främjande av "
            "välfärd och hälsa (HYTE) förhandlas varje år."
        ),
    },
    "en": {
        "heading": "Coverage of the statutory negotiations",
        "term": "Council term {period}",
        "term.short": "Council term",
        "hyte": "Wellbeing {period}",
        "hyte.short": "Wellbeing",
        "days.one": "{n} day left",
        "days.other": "{n} days left",
        "ended": "The term ended on {date}.",
        "begins": "The term begins on {date}.",
        "counts": "Negotiated {covered}, missing {missing}, municipalities {total}",
        "missing": "Missing:",
        "none_missing": "Every municipality has been negotiated with.",
        "municipality": "Municipality",
        "table": "The municipalities by council term and year",
        "total": "Total",
        "not_held": "not held",
        "covered": "negotiated",
        "participated": "took part",
        "gap": "Missing",
        "absent": "no",
        "absent.rest": ", did not take part",
        "not_in_county": "not a municipality of the county",
        "joint": "joint",
        "no_day": "day unknown",
        "more_memos": "+{n}",
        "legend": (
            "✓\u00a0negotiated or took part; joint = one negotiation with several "
            "municipalities. ✗\u00a0Missing = no negotiation in the council term; ✗\u00a0no = did "
            "not take part in the year's negotiation on wellbeing and health promotion. "
            "– = not a municipality of the county then."
        ),
        "chart": "Coverage by period",
        "chart.bar": "{label}: negotiated {covered}, missing {missing}, municipalities {total}",
        "errors": "Memos that are not coverage",
        "errors.more": "and {n} more (all of them in the text and JSON reports)",
        "unplaced": "Memos that could not be read or placed in a county",
        "nothing": "No memos were found.",
        "law": (
            "Act on Wellbeing Services Counties (611/2021), section 14: the county and the "
            "municipalities of its area negotiate at least once every council term. Act on "
            "Organising Social Welfare and Health Care (612/2021), section 7: a negotiation "
            "on wellbeing and health promotion every year."
        ),
    },
}

# Screen: a white sheet on a grey desk, as the memo's own page. Print: the
# sheet is the paper, in black on white (a gap keeps its symbol, word and a
# bar at its left); each county starts a page, and nothing follows the last.
_STYLE: Final = """
body { font-family: "Source Sans 3", "Segoe UI", Arial, sans-serif; line-height: 1.4;
       color: #1b1b1b; background: #f4f4f1; margin: 0; }
.page { max-width: 52rem; margin: 2rem auto; background: #fff; padding: 2rem 2.5rem;
        box-shadow: 0 1px 4px rgba(0, 0, 0, .12); }
.kind { text-transform: uppercase; letter-spacing: .08em; font-size: .8rem; color: #5a5a5a;
        margin: 0; }
h1 { font-size: 1.7rem; margin: .1rem 0; }
h2 { font-size: 1.05rem; margin: 0 0 .3rem; border-bottom: 1px solid #d6d6d0; }
p { margin: 0; }
.as-of { margin: 0 0 1rem; color: #3d3d3d; }
.overview { display: grid; grid-template-columns: 1fr 17rem; gap: 1.5rem; }
.terms { display: grid; grid-template-columns: repeat(auto-fill, minmax(12rem, 1fr));
         gap: 1rem 1.5rem; align-content: start; }
.chart svg { display: block; width: 100%; height: auto; }
.missing strong { color: #a1261b; }
table { border-collapse: collapse; width: 100%; font-size: .9rem; margin-top: 1.2rem; }
th, td { text-align: left; vertical-align: top; padding: .15rem .4rem;
         border-bottom: 1px solid #e2e2dc; }
thead th { background: #eef0ec; vertical-align: bottom; }
thead tr + tr th { font-weight: 400; }
tfoot th, tfoot td { border-top: 1.5px solid #1b1b1b; border-bottom: 0; }
tfoot small { display: block; font-weight: 400; color: #4a4a4a; }
td.gap, td.not-held { background: #fde8e4; color: #a1261b; font-weight: 700; }
td.covered .symbol { color: #2f6f8f; font-weight: 700; }
.when { white-space: nowrap; }
.legend, .law { font-size: .8rem; color: #4a4a4a; margin: .3rem 0 0; }
.errors { margin-top: 1rem; }
.errors ul { margin: 0; padding-left: 1.1rem; font-size: .85rem; }
.path { font-family: "DejaVu Sans Mono", Consolas, monospace; overflow-wrap: anywhere; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden;
                   clip: rect(0 0 0 0); white-space: nowrap; }
@page { size: A4; margin: 14mm; }
@media print {
  html, body { background: #fff; color: #000; }
  body { font-size: 9pt; line-height: 1.25; }
  .page { max-width: none; margin: 0; padding: 0; box-shadow: none; }
  .page + .page { break-before: page; page-break-before: always; }
  h1 { font-size: 15pt; }
  h2 { font-size: 9.5pt; break-after: avoid; page-break-after: avoid; }
  .overview { grid-template-columns: 1fr 55mm; gap: 5mm; }
  .terms { grid-template-columns: repeat(auto-fill, minmax(38mm, 1fr)); gap: 3mm 4mm; }
  table { font-size: 8.5pt; margin-top: 4mm; }
  th, td { padding: .3mm 1.5mm; }
  thead th { background: none; border-bottom: 1px solid #000; }
  td.gap, td.not-held { background: none; color: #000; box-shadow: inset 2pt 0 0 #000; }
  .missing strong { color: #000; }
  .legend, .law, .errors ul { font-size: 7.5pt; }
  table.long { font-size: 8pt; line-height: 1.15; }
  /* One line an error on paper (the title and the other outputs hold it whole). */
  .errors li { overflow: hidden; white-space: nowrap; text-overflow: ellipsis; }
  tr, .term, li { break-inside: avoid; page-break-inside: avoid; }
}
"""

# Characters XML 1.0 cannot hold (a path read with surrogate escapes, a
# control character in a file name): shown as U+FFFD, never an error.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")

# The chart's geometry, in the SVG's own units: one bar a row.
_WIDTH: Final = 270
_BAR_X: Final = 82
_BAR_WIDTH: Final = 140
_ROW: Final = 18


def _clean(text: str) -> str:
    return _NOT_XML.sub("\ufffd", text)


def _add(
    parent: etree._Element, tag: str, text: str | None = None, **attributes: str
) -> etree._Element:
    """A child element; ``class_`` is ``class`` and ``aria_label`` is ``aria-label``."""
    names = {key.rstrip("_").replace("_", "-"): _clean(value) for key, value in attributes.items()}
    element = etree.SubElement(parent, tag, names)
    if text is not None:
        element.text = _clean(text)
    return element


class _Page:
    """The words and formats of one language."""

    def __init__(self, language: str) -> None:
        self.language = language
        self.words = _WORDS[language]

    def __call__(self, key: str, **values: object) -> str:
        return self.words[key].format(**values)

    def date(self, day: dt.date) -> str:
        return local_day(day, self.language)

    def month(self, partial: str) -> str:
        """``"2024-05"`` as ``5/2024`` in Finnish and Swedish; a year as it is."""
        year, _, month = partial.partition("-")
        if self.language == "en" or not month.isdigit():
            return partial
        return f"{int(month)}/{year}"

    def name(self, text: LocalizedText) -> str:
        return text.get(self.language) or text.first()

    def days(self, n: int) -> str:
        return self("days.one" if n == 1 else "days.other", n=n)

    def label(self, report: CoverageReport) -> str:
        return self(_term_or_year(report), period=report.period)

    def short(self, report: CoverageReport) -> str:
        return self(_term_or_year(report) + ".short")


def _term_or_year(report: CoverageReport) -> str:
    return "term" if report.kind is NegotiationKind.COUNCIL_TERM else "hyte"


def render(result: CoverageResult, language: str = "fi") -> str:
    """The coverage report as one HTML document: a printable A4 page per county.

    ``language`` is ``fi``, ``sv`` or ``en``. Memos placed in no county get a
    last page of their own.
    """
    if language not in LANGUAGES:
        raise OutputError(
            f"render: expected language one of {', '.join(LANGUAGES)}, found {language!r}"
        )
    page = _Page(language)
    counties = _by_county(result.reports)
    html = etree.Element("html", lang=language)
    head = _add(html, "head")
    _add(head, "meta", charset="utf-8")
    _add(head, "meta", name="viewport", content="width=device-width, initial-scale=1")
    title = page("heading")
    if len(counties) == 1:
        title += f" – {page.name(counties[0][0].name)}"
    _add(head, "title", title)
    _add(head, "style", _STYLE)
    main = _add(_add(html, "body"), "main")
    for index, (county, reports) in enumerate(counties):
        _county_page(main, page, index, county, reports)
    if result.errors or not counties:
        section = _add(main, "section", class_="page unplaced")
        _add(section, "p", page("heading"), class_="kind")
        if result.errors:
            _add(section, "h1", page("unplaced"))
            _error_list(_add(section, "div", class_="errors"), page, result.errors, _UNPLACED_SHOWN)
        else:
            _add(section, "h1", page("nothing"))
    return etree.tostring(html, method="html", encoding="unicode", doctype="<!DOCTYPE html>")


def _by_county(
    reports: Iterable[CoverageReport],
) -> list[tuple[CountyRef, list[CoverageReport]]]:
    counties: dict[str, tuple[CountyRef, list[CoverageReport]]] = {}
    for report in reports:
        counties.setdefault(report.county.code, (report.county, []))[1].append(report)
    ordered = [counties[code] for code in sorted(counties)]
    for _, group in ordered:
        # Council terms first, then the years; each by its start.
        group.sort(key=lambda r: (r.kind is not NegotiationKind.COUNCIL_TERM, r.start, r.period))
    return ordered


def _county_page(
    main: etree._Element,
    page: _Page,
    index: int,
    county: CountyRef,
    reports: list[CoverageReport],
) -> None:
    section = _add(main, "section", class_="page county", id=f"county-{index}")
    _add(section, "p", page("heading"), class_="kind")
    _add(section, "h1", page.name(county.name))
    _add(section, "p", as_of_text(reports[0].as_of, page.language, capital=True), class_="as-of")
    overview = _add(section, "div", class_="overview")
    terms = _add(overview, "div", class_="terms")
    for report in reports:
        if report.kind is NegotiationKind.COUNCIL_TERM:
            _term_summary(terms, page, report)
    _chart(_add(overview, "div", class_="chart"), page, f"chart-{index}", reports)
    rows = _table(section, page, reports)
    errors = list(dict.fromkeys(error for report in reports for error in report.errors))
    if errors:
        box = _add(section, "section", class_="errors")
        _add(box, "h2", page("errors"))
        # A long table leaves less room: the page stays one sheet.
        shown = max(_ERRORS_MIN, min(_ERRORS_SHOWN, _LINES - rows))
        _error_list(box, page, errors, shown)
    _add(section, "p", page("law"), class_="law")


def _term_summary(parent: etree._Element, page: _Page, report: CoverageReport) -> None:
    box = _add(parent, "div", class_="term", data_period=report.period)
    _add(box, "h2", page.label(report))
    _add(box, "p", f"{page.date(report.start)}–{page.date(report.end)}", class_="dates")
    if report.days_left is not None:
        left = page.days(report.days_left)
    elif report.as_of > report.end:
        left = page("ended", date=page.date(report.end))
    else:
        left = page("begins", date=page.date(report.start))
    _add(box, "p", left, class_="days-left")
    covered, total = _counts(report)
    _add(box, "p", page("counts", covered=covered, missing=total - covered, total=total))
    names = {m.code: page.name(m.name) for m in report.municipalities}
    missing = [names.get(code, code) for code in report.missing]
    if missing:
        line = _add(box, "p", class_="missing")
        _add(line, "strong", page("missing")).tail = _clean(" " + ", ".join(missing))
    else:
        _add(box, "p", page("none_missing"), class_="missing")


def _counts(report: CoverageReport) -> tuple[int, int]:
    """Municipalities covered, and all of them."""
    return sum(m.covered for m in report.municipalities), len(report.municipalities)


def _chart(
    parent: etree._Element, page: _Page, id_: str, reports: Sequence[CoverageReport]
) -> None:
    """A bar a period: the covered part solid, the missing part hatched."""
    description = "; ".join(
        page("chart.bar", label=page.label(r), covered=c, missing=t - c, total=t)
        for r in reports
        for c, t in [_counts(r)]
    )
    text = f"{page('chart')}: {description}."
    height = _ROW * len(reports) + 2
    svg = _add(parent, "svg", viewBox=f"0 0 {_WIDTH} {height}", role="img", aria_label=text, id=id_)
    _add(svg, "title", text)
    hatch = _add(
        _add(svg, "defs"),
        "pattern",
        id=f"{id_}-hatch",
        width="5",
        height="5",
        patternUnits="userSpaceOnUse",
        patternTransform="rotate(45)",
    )
    _add(hatch, "rect", width="5", height="5", fill="#fde8e4")
    _add(hatch, "line", x1="0", y1="0", x2="0", y2="5", stroke="#a1261b", stroke_width="2")
    for row, report in enumerate(reports):
        covered, total = _counts(report)
        y = 1 + row * _ROW
        group = _add(
            svg,
            "g",
            class_="bar",
            data_period=report.period,
            data_kind=report.kind.value,
            data_covered=str(covered),
            data_total=str(total),
        )
        label = page.label(report)
        _add(
            group,
            "title",
            page("chart.bar", label=label, covered=covered, missing=total - covered, total=total),
        )
        short = report.period if report.kind is NegotiationKind.COUNCIL_TERM else label
        _add(group, "text", short, x="0", y=str(y + 12), font_size="11")
        covered_width = _BAR_WIDTH * covered / total if total else 0.0
        bar = {"y": str(y + 2), "height": "13"}
        _add(
            group,
            "rect",
            class_="covered",
            x=str(_BAR_X),
            width=_number(covered_width),
            fill="#2f6f8f",
            **bar,
        )
        _add(
            group,
            "rect",
            class_="missing",
            x=_number(_BAR_X + covered_width),
            width=_number(_BAR_WIDTH - covered_width),
            fill=f"url(#{id_}-hatch)",
            **bar,
        )
        _add(
            group,
            "rect",
            x=str(_BAR_X),
            width=str(_BAR_WIDTH),
            fill="none",
            stroke="#1b1b1b",
            stroke_width="0.75",
            **bar,
        )
        _add(
            group,
            "text",
            f"{covered}/{total}",
            x=str(_BAR_X + _BAR_WIDTH + 6),
            y=str(y + 12),
            font_size="11",
        )


def _number(value: float) -> str:
    return f"{value:.2f}".rstrip("0").rstrip(".")


def _table(section: etree._Element, page: _Page, reports: Sequence[CoverageReport]) -> int:
    """The municipalities by period; returns the number of rows."""
    names: dict[str, LocalizedText] = {}
    for report in reports:
        for municipality in report.municipalities:
            names.setdefault(municipality.code, municipality.name)
    by_code = [{m.code: m for m in report.municipalities} for report in reports]
    # A county of many municipalities gets a tighter table on paper.
    table = _add(
        section, "table", class_="municipalities long" if len(names) > _LONG else "municipalities"
    )
    _add(table, "caption", page("table"), class_="visually-hidden")
    # Two header rows: the kind of period over its columns, then each period.
    head = _add(table, "thead")
    kinds = _add(head, "tr")
    _add(kinds, "th", page("municipality"), scope="col", rowspan="2")
    periods = _add(head, "tr")
    for kind in NegotiationKind:
        group = [report for report in reports if report.kind is kind]
        if group:
            _add(kinds, "th", page.short(group[0]), scope="colgroup", colspan=str(len(group)))
        for report in group:
            _add(periods, "th", report.period, scope="col")
    body = _add(table, "tbody")
    for code in sorted(names, key=lambda c: _sort_key(page.name(names[c]))):
        row = _add(body, "tr", data_code=code)
        _add(row, "th", page.name(names[code]), scope="row")
        for report, cells in zip(reports, by_code, strict=True):
            _cell(row, page, report, cells.get(code))
    foot = _add(_add(table, "tfoot"), "tr")
    _add(foot, "th", page("total"), scope="row")
    for report in reports:
        covered, total = _counts(report)
        year = report.kind is NegotiationKind.WELLBEING_PROMOTION
        if year and not report.held:
            cell = _add(foot, "td", class_="not-held")
            _add(cell, "span", "✗", class_="symbol", aria_hidden="true")
            _add(cell, "span", f" {page('not_held')}")
        else:
            cell = _add(foot, "td", f"{covered}/{total}")
        if year and report.days_left is not None:
            # The year is not over: its gaps may still close.
            _add(cell, "small", " " + page.days(report.days_left), class_="days-left")
    _add(section, "p", page("legend"), class_="legend")
    return len(names)


def _cell(
    row: etree._Element,
    page: _Page,
    report: CoverageReport,
    municipality: MunicipalityCoverage | None,
) -> None:
    term = report.kind is NegotiationKind.COUNCIL_TERM
    if municipality is None:
        cell = _add(row, "td", class_="absent")
        _add(cell, "span", "–", aria_hidden="true")
        _add(cell, "span", page("not_in_county"), class_="visually-hidden")
    elif not municipality.covered:
        cell = _add(row, "td", class_="gap")
        _add(cell, "span", "✗", class_="symbol", aria_hidden="true")
        if term:
            _add(cell, "span", f" {page('gap')}", class_="word")
        else:
            # A narrow column: a short word, completed for screen readers.
            _add(cell, "span", f" {page('absent')}", class_="word")
            _add(cell, "span", page("absent.rest"), class_="visually-hidden")
    else:
        cell = _add(
            row, "td", class_="covered", title="\n".join(m.path for m in municipality.memos)
        )
        _add(cell, "span", "✓", class_="symbol", aria_hidden="true")
        _add(cell, "span", page("covered" if term else "participated"), class_="visually-hidden")
        if term:
            for memo in municipality.memos[:_MEMOS_SHOWN]:
                _add(cell, "span", " " + _when(page, memo), class_="when")
            if len(municipality.memos) > _MEMOS_SHOWN:
                more = page("more_memos", n=len(municipality.memos) - _MEMOS_SHOWN)
                _add(cell, "span", f" {more}", class_="more")


def _when(page: _Page, memo: CoveringMemo) -> str:
    if memo.date is not None:
        day = page.date(memo.date)
    elif memo.partial_date is not None:
        day = page.month(memo.partial_date)
    else:
        day = page("no_day")
    return f"{day} {page('joint')}" if memo.joint else day


def _error_list(
    parent: etree._Element, page: _Page, errors: Sequence[ReportError], shown: int
) -> None:
    items = _add(parent, "ul")
    for error in errors[:shown]:
        item = _add(items, "li", title=f"{error.path}: {page.name(error.message)}")
        _add(item, "span", error.path, class_="path")
        _add(item, "span", ": " + page.name(error.message), class_="message")
    if len(errors) > shown:
        _add(items, "li", page("errors.more", n=len(errors) - shown), class_="more")


# The Finnish and Swedish alphabets end in å, ä, ö, after z.
_ORDER = str.maketrans({"å": "z\x01", "ä": "z\x02", "æ": "z\x02", "ö": "z\x03", "ø": "z\x03"})


def _sort_key(name: str) -> str:
    return name.casefold().translate(_ORDER)
