"""The coverage report as a printable HTML page: one A4 page per county.

Each county's page holds its council terms (611/2021 14 §) and its years of
wellbeing and health promotion (612/2021 7 §): a short summary per term with
the days left and the municipalities missing, a bar chart of covered and
missing municipalities per period (inline SVG with a text equivalent), a
table of the municipalities by period with a mark for each gap, and the memos
that count for nothing. Every word comes from the hand-written tables of
:mod:`._html_page`, in Finnish, Swedish and English; the page needs no
script, font or network. The page's skeleton and style are there, the chart
in :mod:`._html_chart`, the table and the error lists in :mod:`._html_table`.

The page is built as an element tree and serialised by lxml, so that a memo's
path or a name holding ``<&"`` is text, never markup.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

from lxml import etree

from .._days import as_of_text
from ..errors import OutputError
from ..model import NegotiationKind
from ._html_chart import chart
from ._html_page import LANGUAGES, STYLE, Page, add, clean, counts
from ._html_table import error_list, table
from ._report import CountyRef, CoverageReport, CoverageResult

__all__ = ["LANGUAGES", "render"]

# How much a county's page lists before it says "and n more": a layout
# choice that keeps the page on one sheet of A4 (a county has at most 30
# municipalities), not a bound on work; the text, JSON and CSV outputs list
# everything.
_ERRORS_SHOWN: Final = 8
_ERRORS_MIN: Final = 3
# Table rows and error lines that fit on the page beside the summary.
_LINES: Final = 33
# The page of memos placed in no county has nothing else on it.
_UNPLACED_SHOWN: Final = 40


def render(result: CoverageResult, language: str = "fi") -> str:
    """The coverage report as one HTML document: a printable A4 page per county.

    ``language`` is ``fi``, ``sv`` or ``en``. Memos placed in no county get a
    last page of their own.
    """
    if language not in LANGUAGES:
        raise OutputError(
            f"render: expected language one of {', '.join(LANGUAGES)}, found {language!r}"
        )
    page = Page(language)
    counties = _by_county(result.reports)
    html = etree.Element("html", lang=language)
    head = add(html, "head")
    add(head, "meta", charset="utf-8")
    add(head, "meta", name="viewport", content="width=device-width, initial-scale=1")
    title = page("heading")
    if len(counties) == 1:
        title += f" – {page.name(counties[0][0].name)}"
    add(head, "title", title)
    add(head, "style", STYLE)
    main = add(add(html, "body"), "main")
    for index, (county, reports) in enumerate(counties):
        _county_page(main, page, index, county, reports)
    if result.errors or not counties:
        section = add(main, "section", class_="page unplaced")
        add(section, "p", page("heading"), class_="kind")
        if result.errors:
            add(section, "h1", page("unplaced"))
            error_list(add(section, "div", class_="errors"), page, result.errors, _UNPLACED_SHOWN)
        else:
            add(section, "h1", page("nothing"))
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
    page: Page,
    index: int,
    county: CountyRef,
    reports: list[CoverageReport],
) -> None:
    section = add(main, "section", class_="page county", id=f"county-{index}")
    add(section, "p", page("heading"), class_="kind")
    add(section, "h1", page.name(county.name))
    add(section, "p", as_of_text(reports[0].as_of, page.language, capital=True), class_="as-of")
    overview = add(section, "div", class_="overview")
    terms = add(overview, "div", class_="terms")
    for report in reports:
        if report.kind is NegotiationKind.COUNCIL_TERM:
            _term_summary(terms, page, report)
    chart(add(overview, "div", class_="chart"), page, f"chart-{index}", reports)
    rows = table(section, page, reports)
    errors = list(dict.fromkeys(error for report in reports for error in report.errors))
    if errors:
        box = add(section, "section", class_="errors")
        add(box, "h2", page("errors"))
        # A long table leaves less room: the page stays one sheet.
        shown = max(_ERRORS_MIN, min(_ERRORS_SHOWN, _LINES - rows))
        error_list(box, page, errors, shown)
    add(section, "p", page("law"), class_="law")


def _term_summary(parent: etree._Element, page: Page, report: CoverageReport) -> None:
    box = add(parent, "div", class_="term", data_period=report.period)
    add(box, "h2", page.label(report))
    add(box, "p", f"{page.date(report.start)}–{page.date(report.end)}", class_="dates")
    if report.days_left is not None:
        left = page.days(report.days_left)
    elif report.as_of > report.end:
        left = page("ended", date=page.date(report.end))
    else:
        left = page("begins", date=page.date(report.start))
    add(box, "p", left, class_="days-left")
    covered, total = counts(report)
    add(box, "p", page("counts", covered=covered, missing=total - covered, total=total))
    names = {m.code: page.name(m.name) for m in report.municipalities}
    missing = [names.get(code, code) for code in report.missing]
    if missing:
        line = add(box, "p", class_="missing")
        add(line, "strong", page("missing")).tail = clean(" " + ", ".join(missing))
    else:
        add(box, "p", page("none_missing"), class_="missing")
