"""The coverage report's HTML page: its words in Finnish, Swedish and English, its style
sheet, and the helpers every part of the page is built with.

Every word of the page comes from the hand-written tables below; the page needs
no script, font or network. Elements are built with lxml, so that a memo's path
or a name holding ``<&"`` is text, never markup.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Final

from lxml import etree

from .._days import local_day
from ..model import LocalizedText, NegotiationKind
from ._report import CoverageReport

__all__ = ["LANGUAGES", "STYLE", "WORDS", "Page", "add", "clean", "counts", "term_or_year"]

#: Languages of the page.
LANGUAGES: Final = ("fi", "sv", "en")

WORDS: Final[dict[str, dict[str, str]]] = {
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
STYLE: Final = """
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


def clean(text: str) -> str:
    return _NOT_XML.sub("\ufffd", text)


def add(
    parent: etree._Element, tag: str, text: str | None = None, **attributes: str
) -> etree._Element:
    """A child element; ``class_`` is ``class`` and ``aria_label`` is ``aria-label``."""
    names = {key.rstrip("_").replace("_", "-"): clean(value) for key, value in attributes.items()}
    element = etree.SubElement(parent, tag, names)
    if text is not None:
        element.text = clean(text)
    return element


class Page:
    """The words and formats of one language."""

    def __init__(self, language: str) -> None:
        self.language = language
        self.words = WORDS[language]

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
        return self(term_or_year(report), period=report.period)

    def short(self, report: CoverageReport) -> str:
        return self(term_or_year(report) + ".short")


def term_or_year(report: CoverageReport) -> str:
    return "term" if report.kind is NegotiationKind.COUNCIL_TERM else "hyte"


def counts(report: CoverageReport) -> tuple[int, int]:
    """Municipalities covered, and all of them."""
    return sum(m.covered for m in report.municipalities), len(report.municipalities)
