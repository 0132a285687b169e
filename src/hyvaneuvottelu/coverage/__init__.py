"""Statutory coverage across memos: has the county negotiated with every municipality?

A county must negotiate with every municipality of its area at least once per
council term (611/2021 14 §), and hold the wellbeing and health promotion
negotiation every year (612/2021 7 §). The report says, per county and
period, which municipalities a memo covers and which are missing.
"""

from ._compute import COUNTED_GENRES, FIRST_WELLBEING_YEAR, MemoLike, coverage
from ._facts import MemoFacts, facts_of, memo_facts
from ._query import CoverageQueryError, county_term, find_county
from ._report import (
    CountyRef,
    CoverageReport,
    CoverageResult,
    CoveringMemo,
    MunicipalityCoverage,
    ReportError,
)
from ._tables import CSV_COLUMNS, as_csv, as_json
from ._text import Segment, text_lines

__all__ = [
    "COUNTED_GENRES",
    "CSV_COLUMNS",
    "FIRST_WELLBEING_YEAR",
    "CountyRef",
    "CoverageQueryError",
    "CoverageReport",
    "CoverageResult",
    "CoveringMemo",
    "MemoFacts",
    "MemoLike",
    "MunicipalityCoverage",
    "ReportError",
    "Segment",
    "as_csv",
    "as_json",
    "county_term",
    "coverage",
    "facts_of",
    "find_county",
    "memo_facts",
    "text_lines",
]
