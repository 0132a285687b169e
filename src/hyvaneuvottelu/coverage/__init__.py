"""Statutory coverage across memos: has the county negotiated with every municipality?

A county must negotiate with every municipality of its area at least once per
council term (611/2021 14 §), and hold the wellbeing and health promotion
negotiation every year (612/2021 7 §). The report says, per county and
period, which municipalities a memo covers and which are missing.
"""

from ._report import (
    CountyRef,
    CoverageReport,
    CoverageResult,
    CoveringMemo,
    MunicipalityCoverage,
    ReportError,
)

__all__ = [
    "CountyRef",
    "CoverageReport",
    "CoverageResult",
    "CoveringMemo",
    "MunicipalityCoverage",
    "ReportError",
]
