"""The coverage report's data: what ``held`` and ``complete`` say."""

from __future__ import annotations

import datetime as dt

from hyvaneuvottelu.coverage import (
    CountyRef,
    CoverageReport,
    CoverageResult,
    CoveringMemo,
    MunicipalityCoverage,
    ReportError,
)
from hyvaneuvottelu.model import LocalizedText, NegotiationKind

_COUNTY = CountyRef(
    code="03",
    name=LocalizedText(fi="Länsi-Uudenmaan hyvinvointialue", sv="Västra Nylands välfärdsområde"),
)
_MEMO = CoveringMemo(
    path="a.json", date=dt.date(2026, 3, 1), joint=False, kind=NegotiationKind.COUNCIL_TERM
)


def _report(*covered: bool, errors: tuple[ReportError, ...] = ()) -> CoverageReport:
    codes = ("049", "078", "149")[: len(covered)]
    return CoverageReport(
        county=_COUNTY,
        kind=NegotiationKind.COUNCIL_TERM,
        period="2025-2029",
        start=dt.date(2025, 6, 1),
        end=dt.date(2029, 5, 31),
        as_of=dt.date(2026, 3, 1),
        days_left=1188,
        municipalities=tuple(
            MunicipalityCoverage(
                code=code,
                name=LocalizedText(fi=code),
                covered=yes,
                memos=(_MEMO,) if yes else (),
            )
            for code, yes in zip(codes, covered, strict=True)
        ),
        missing=tuple(code for code, yes in zip(codes, covered, strict=True) if not yes),
        errors=errors,
    )


def test_held_when_any_municipality_is_covered() -> None:
    assert _report(False, True).held
    assert not _report(False, False).held


def test_complete_when_none_is_missing() -> None:
    assert _report(True, True).complete
    assert not _report(True, False).complete


def test_a_result_is_complete_only_without_gaps_and_errors() -> None:
    error = ReportError(path="b.json", message=LocalizedText(fi="virhe", sv="fel", en="error"))
    assert CoverageResult(reports=(_report(True, True),)).complete
    assert not CoverageResult(reports=(_report(True, False),)).complete
    assert not CoverageResult(reports=(_report(True, True, errors=(error,)),)).complete
    assert not CoverageResult(reports=(_report(True, True),), errors=(error,)).complete
