"""The coverage report's data: what the outputs (text, JSON, CSV, HTML) show.

Plain frozen values, language-neutral: names carry their Finnish and Swedish
forms, messages all three languages, and each output picks its language.
They mirror the JSON output (``docs/coverage.md``) field for field.
"""

from __future__ import annotations

import datetime as dt

import attrs

from ..model import LocalizedText, NegotiationKind

__all__ = [
    "CountyRef",
    "CoverageReport",
    "CoverageResult",
    "CoveringMemo",
    "MunicipalityCoverage",
    "ReportError",
]


@attrs.frozen(kw_only=True)
class CountyRef:
    """A wellbeing services county as the report names it."""

    #: Statistics Finland code, ``"03"``.
    code: str
    #: "Länsi-Uudenmaan hyvinvointialue" / "Västra Nylands välfärdsområde".
    name: LocalizedText


@attrs.frozen(kw_only=True)
class CoveringMemo:
    """A memo that records a negotiation with a municipality in the period."""

    #: The memo's file, as the collection names it (inside a package: the
    #: package's path, then the file inside it).
    path: str
    #: The day of the meeting; None when the memo names only its year or month.
    date: dt.date | None
    #: Whether more than one municipality took part (yhteisneuvottelu).
    joint: bool
    #: The statutory negotiation the memo counts for in this report.
    kind: NegotiationKind
    #: The year (``"2026"``) or month (``"2026-03"``) when that is all the memo gives.
    partial_date: str | None = None


@attrs.frozen(kw_only=True)
class MunicipalityCoverage:
    """One municipality of the county in one period."""

    #: Statistics Finland code, ``"444"``.
    code: str
    #: "Lohja" / "Lojo".
    name: LocalizedText
    #: Whether at least one memo covers it.
    covered: bool
    #: The memos that cover it, by date.
    memos: tuple[CoveringMemo, ...] = ()


@attrs.frozen(kw_only=True)
class ReportError:
    """A memo that counts for nothing: it has errors, or names a municipality outside the county."""

    path: str
    #: What is wrong, in fi, sv and en.
    message: LocalizedText
    #: The rule (``"HN-P004"``) or the coverage check (``"coverage.outsideCounty"``)
    #: behind the message; None when the memo could not be read.
    code: str | None = None


@attrs.frozen(kw_only=True)
class CoverageReport:
    """One county in one period: a council term (611/2021 14 §) or a year (612/2021 7 §)."""

    county: CountyRef
    kind: NegotiationKind
    #: "2025-2029" for a council term, "2026" for a year.
    period: str
    #: The period's first and last day, both inclusive.
    start: dt.date
    end: dt.date
    #: The day the report is made for.
    as_of: dt.date
    #: Days left in the period on ``as_of``, both counted: 1 on its last day.
    #: None when ``as_of`` is outside the period (not begun, or ended).
    days_left: int | None
    #: Every municipality of the county, by code.
    municipalities: tuple[MunicipalityCoverage, ...]
    #: The codes of the municipalities not covered, by code.
    missing: tuple[str, ...]
    #: Memos of this county and period that count for nothing, by path.
    errors: tuple[ReportError, ...] = ()

    @property
    def held(self) -> bool:
        """Whether any negotiation of the period is recorded (for HYTE: held that year)."""
        return any(m.covered for m in self.municipalities)

    @property
    def complete(self) -> bool:
        """Whether every municipality is covered."""
        return not self.missing


@attrs.frozen(kw_only=True)
class CoverageResult:
    """Every report, by county, kind and period, and the memos no report could take."""

    reports: tuple[CoverageReport, ...]
    #: Memos that could not be read or placed in any county (unreadable,
    #: invalid without a known county), by path.
    errors: tuple[ReportError, ...] = ()
    #: The day the reports are made for.
    as_of: dt.date | None = None

    @property
    def complete(self) -> bool:
        """Whether every municipality of every report is covered and no memo is in error."""
        return not self.errors and all(r.complete and not r.errors for r in self.reports)
