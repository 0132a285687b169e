"""The coverage report's bar chart: a bar a period, covered and missing municipalities.

Inline SVG with a text equivalent (its title and ``aria-label``), so that the
chart says what it shows to a screen reader and on paper alike.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from lxml import etree

from ..model import NegotiationKind
from ._html_page import Page, add, counts
from ._report import CoverageReport

__all__ = ["chart"]

# The chart's geometry, in the SVG's own units: one bar a row.
_WIDTH: Final = 270
_BAR_X: Final = 82
_BAR_WIDTH: Final = 140
_ROW: Final = 18


def chart(parent: etree._Element, page: Page, id_: str, reports: Sequence[CoverageReport]) -> None:
    """A bar a period: the covered part solid, the missing part hatched."""
    description = "; ".join(
        page("chart.bar", label=page.label(r), covered=c, missing=t - c, total=t)
        for r in reports
        for c, t in [counts(r)]
    )
    text = f"{page('chart')}: {description}."
    height = _ROW * len(reports) + 2
    svg = add(parent, "svg", viewBox=f"0 0 {_WIDTH} {height}", role="img", aria_label=text, id=id_)
    add(svg, "title", text)
    hatch = add(
        add(svg, "defs"),
        "pattern",
        id=f"{id_}-hatch",
        width="5",
        height="5",
        patternUnits="userSpaceOnUse",
        patternTransform="rotate(45)",
    )
    add(hatch, "rect", width="5", height="5", fill="#fde8e4")
    add(hatch, "line", x1="0", y1="0", x2="0", y2="5", stroke="#a1261b", stroke_width="2")
    for row, report in enumerate(reports):
        covered, total = counts(report)
        y = 1 + row * _ROW
        group = add(
            svg,
            "g",
            class_="bar",
            data_period=report.period,
            data_kind=report.kind.value,
            data_covered=str(covered),
            data_total=str(total),
        )
        label = page.label(report)
        add(
            group,
            "title",
            page("chart.bar", label=label, covered=covered, missing=total - covered, total=total),
        )
        short = report.period if report.kind is NegotiationKind.COUNCIL_TERM else label
        add(group, "text", short, x="0", y=str(y + 12), font_size="11")
        covered_width = _BAR_WIDTH * covered / total if total else 0.0
        bar = {"y": str(y + 2), "height": "13"}
        add(
            group,
            "rect",
            class_="covered",
            x=str(_BAR_X),
            width=_number(covered_width),
            fill="#2f6f8f",
            **bar,
        )
        add(
            group,
            "rect",
            class_="missing",
            x=_number(_BAR_X + covered_width),
            width=_number(_BAR_WIDTH - covered_width),
            fill=f"url(#{id_}-hatch)",
            **bar,
        )
        add(
            group,
            "rect",
            x=str(_BAR_X),
            width=str(_BAR_WIDTH),
            fill="none",
            stroke="#1b1b1b",
            stroke_width="0.75",
            **bar,
        )
        add(
            group,
            "text",
            f"{covered}/{total}",
            x=str(_BAR_X + _BAR_WIDTH + 6),
            y=str(y + 12),
            font_size="11",
        )


def _number(value: float) -> str:
    return f"{value:.2f}".rstrip("0").rstrip(".")
