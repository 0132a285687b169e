"""Findings: problems in report order, at most the cap listed per file."""

from __future__ import annotations

from hyvaneuvottelu.archive._findings import Discrepancy, Findings, Section


def test_problems_are_in_section_order_then_in_the_order_found() -> None:
    findings = Findings()
    findings.report(Section.COVERAGE, "c", "last")
    findings.report(Section.READING, "a", "first")
    findings.report(Section.SAHKE2, "b", "second")
    findings.report(Section.READING, "a", "also first")
    assert [str(p) for p in findings.problems()] == [
        "a: first",
        "a: also first",
        "b: second",
        "c: last",
    ]


def test_past_the_cap_a_file_says_how_many_more_or_that_it_stopped() -> None:
    findings = Findings(limit=3)
    for i in range(5):
        findings.report(Section.FILES, "memo.xml", f"problem {i}")
    for i in range(4):
        findings.report(Section.SAHKE2, "sahke2.xml", f"error {i}")
    findings.stopped("sahke2.xml")
    findings.report(Section.FILES, "other.xml", "one more")
    assert not findings.full("other.xml")
    assert findings.full("memo.xml")
    assert findings.problems() == (
        Discrepancy(file="sahke2.xml", message="error 0"),
        Discrepancy(file="sahke2.xml", message="error 1"),
        Discrepancy(file="sahke2.xml", message="error 2"),
        Discrepancy(file="memo.xml", message="problem 0"),
        Discrepancy(file="memo.xml", message="problem 1"),
        Discrepancy(file="memo.xml", message="problem 2"),
        Discrepancy(file="other.xml", message="one more"),
        Discrepancy(file="memo.xml", message="and 2 more problems"),
        Discrepancy(
            file="sahke2.xml",
            message="and 1 more problem; its checks stopped there, so there may be more",
        ),
    )


def test_one_more_is_said_in_the_singular() -> None:
    findings = Findings(limit=1)
    findings.report(Section.FILES, "f", "a")
    findings.report(Section.FILES, "f", "b")
    assert str(findings.problems()[-1]) == "f: and 1 more problem"
