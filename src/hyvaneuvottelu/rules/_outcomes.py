"""Rules on outcomes: each traces back to the section and point it came from."""

from __future__ import annotations

from collections.abc import Iterator

from ._context import Context
from ._registry import Hit, Severity, rule

__all__: list[str] = []


@rule(
    "HN-O001",
    Severity.ERROR,
    fi='Tuloksen "{outcome}" lähteenä mainittua asiakohtaa {section} ei ole',
    sv='Punkt {section}, som anges som källa för resultatet "{outcome}", finns inte',
    en='Section {section}, the source of outcome "{outcome}", does not exist',
    rationale="An outcome must be traceable to the memo's text.",
)
def source_sections_exist(ctx: Context) -> Iterator[Hit]:
    for index, outcome in enumerate(ctx.negotiation.outcomes):
        for position, source in enumerate(outcome.sources):
            if source.section not in ctx.points_by_section:
                yield (
                    ("outcomes", index, "sources", position, "section"),
                    {"outcome": outcome.id, "section": source.section},
                )


@rule(
    "HN-O002",
    Severity.ERROR,
    fi='Tuloksen "{outcome}" lähteenä mainittua kohtaa "{point}" ei ole asiakohdassa {section}',
    sv=(
        'Punkten "{point}", som anges som källa för resultatet "{outcome}", finns inte i punkt '
        "{section}"
    ),
    en='Point "{point}", the source of outcome "{outcome}", is not in section {section}',
    rationale="An outcome must be traceable to the point that records it.",
)
def source_points_exist(ctx: Context) -> Iterator[Hit]:
    for index, outcome in enumerate(ctx.negotiation.outcomes):
        for position, source in enumerate(outcome.sources):
            points = ctx.points_by_section.get(source.section)
            if points is not None and source.point is not None and source.point not in points:
                yield (
                    ("outcomes", index, "sources", position, "point"),
                    {"outcome": outcome.id, "point": source.point, "section": source.section},
                )


@rule(
    "HN-O003",
    Severity.WARNING,
    fi='Tuloksen "{outcome}" lähdettä muistiossa ei ole merkitty',
    sv='Det har inte angetts var i promemorian resultatet "{outcome}" har antecknats',
    en='The outcome "{outcome}" does not say where in the memo it is recorded',
    rationale="Outcomes are only as credible as the text they can be traced to.",
)
def outcomes_sourced(ctx: Context) -> Iterator[Hit]:
    for index, outcome in enumerate(ctx.negotiation.outcomes):
        if not outcome.sources:
            yield ("outcomes", index, "sources"), {"outcome": outcome.id}
