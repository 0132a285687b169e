"""The coverage report's table: the county's municipalities by period, and the memos in error.

A row a municipality, a column a council term or a year; each cell marks the
municipality covered (with the memos' days), missing, or not in the county in
that period.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from lxml import etree

from ..model import LocalizedText, NegotiationKind
from ._html_page import Page, add, counts
from ._report import CoverageReport, CoveringMemo, MunicipalityCoverage, ReportError

__all__ = ["error_list", "table"]

# The memos a covered cell shows before it says "and n more": a layout
# choice, as in _html; the title of the cell lists them all.
_MEMOS_SHOWN: Final = 2
# Rows past which the table is set tighter in print.
_LONG: Final = 20


def table(section: etree._Element, page: Page, reports: Sequence[CoverageReport]) -> int:
    """The municipalities by period; returns the number of rows."""
    names: dict[str, LocalizedText] = {}
    for report in reports:
        for municipality in report.municipalities:
            names.setdefault(municipality.code, municipality.name)
    by_code = [{m.code: m for m in report.municipalities} for report in reports]
    # A county of many municipalities gets a tighter table on paper.
    table = add(
        section, "table", class_="municipalities long" if len(names) > _LONG else "municipalities"
    )
    add(table, "caption", page("table"), class_="visually-hidden")
    # Two header rows: the kind of period over its columns, then each period.
    head = add(table, "thead")
    kinds = add(head, "tr")
    add(kinds, "th", page("municipality"), scope="col", rowspan="2")
    periods = add(head, "tr")
    for kind in NegotiationKind:
        group = [report for report in reports if report.kind is kind]
        if group:
            add(kinds, "th", page.short(group[0]), scope="colgroup", colspan=str(len(group)))
        for report in group:
            add(periods, "th", report.period, scope="col")
    body = add(table, "tbody")
    for code in sorted(names, key=lambda c: _sort_key(page.name(names[c]))):
        row = add(body, "tr", data_code=code)
        add(row, "th", page.name(names[code]), scope="row")
        for report, cells in zip(reports, by_code, strict=True):
            _cell(row, page, report, cells.get(code))
    foot = add(add(table, "tfoot"), "tr")
    add(foot, "th", page("total"), scope="row")
    for report in reports:
        covered, total = counts(report)
        year = report.kind is NegotiationKind.WELLBEING_PROMOTION
        if year and not report.held:
            cell = add(foot, "td", class_="not-held")
            add(cell, "span", "✗", class_="symbol", aria_hidden="true")
            add(cell, "span", f" {page('not_held')}")
        else:
            cell = add(foot, "td", f"{covered}/{total}")
        if year and report.days_left is not None:
            # The year is not over: its gaps may still close.
            add(cell, "small", " " + page.days(report.days_left), class_="days-left")
    add(section, "p", page("legend"), class_="legend")
    return len(names)


def _cell(
    row: etree._Element,
    page: Page,
    report: CoverageReport,
    municipality: MunicipalityCoverage | None,
) -> None:
    term = report.kind is NegotiationKind.COUNCIL_TERM
    if municipality is None:
        cell = add(row, "td", class_="absent")
        add(cell, "span", "–", aria_hidden="true")
        add(cell, "span", page("not_in_county"), class_="visually-hidden")
    elif not municipality.covered:
        cell = add(row, "td", class_="gap")
        add(cell, "span", "✗", class_="symbol", aria_hidden="true")
        if term:
            add(cell, "span", f" {page('gap')}", class_="word")
        else:
            # A narrow column: a short word, completed for screen readers.
            add(cell, "span", f" {page('absent')}", class_="word")
            add(cell, "span", page("absent.rest"), class_="visually-hidden")
    else:
        cell = add(row, "td", class_="covered", title="\n".join(m.path for m in municipality.memos))
        add(cell, "span", "✓", class_="symbol", aria_hidden="true")
        add(cell, "span", page("covered" if term else "participated"), class_="visually-hidden")
        if term:
            for memo in municipality.memos[:_MEMOS_SHOWN]:
                add(cell, "span", " " + _when(page, memo), class_="when")
            if len(municipality.memos) > _MEMOS_SHOWN:
                more = page("more_memos", n=len(municipality.memos) - _MEMOS_SHOWN)
                add(cell, "span", f" {more}", class_="more")


def _when(page: Page, memo: CoveringMemo) -> str:
    if memo.date is not None:
        day = page.date(memo.date)
    elif memo.partial_date is not None:
        day = page.month(memo.partial_date)
    else:
        day = page("no_day")
    return f"{day} {page('joint')}" if memo.joint else day


def error_list(
    parent: etree._Element, page: Page, errors: Sequence[ReportError], shown: int
) -> None:
    items = add(parent, "ul")
    for error in errors[:shown]:
        item = add(items, "li", title=f"{error.path}: {page.name(error.message)}")
        add(item, "span", error.path, class_="path")
        add(item, "span", ": " + page.name(error.message), class_="message")
    if len(errors) > shown:
        add(items, "li", page("errors.more", n=len(errors) - shown), class_="more")


# The Finnish and Swedish alphabets end in å, ä, ö, after z.
_ORDER = str.maketrans({"å": "z\x01", "ä": "z\x02", "æ": "z\x02", "ö": "z\x03", "ø": "z\x03"})


def _sort_key(name: str) -> str:
    return name.casefold().translate(_ORDER)
