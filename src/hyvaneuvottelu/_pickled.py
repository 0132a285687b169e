"""Results that cross between processes, pickled small.

Validating files or reading a collection with several processes sends each
file's result back to the parent pickled. attrs pickles a slotted class as a
dict of every field, made and read back by Python code for each object: for
a memo's result, its report and its extracted facts, that cost about a
tenth of reading and checking the memo. The results pickle as a call with
their fields as arguments instead, and a report without findings, the common
case, as its profile alone.
"""

from __future__ import annotations

import functools

from .rules import Profile, Report

__all__ = ["report_from_state", "report_state"]


def report_state(report: Report) -> Report | Profile:
    """What of ``report`` crosses: its profile when it has no finding, else the report."""
    return report if report.findings else report.profile


def report_from_state(state: Report | Profile) -> Report:
    """The report :func:`report_state` gave ``state`` for."""
    return state if isinstance(state, Report) else _without_findings(state)


@functools.cache
def _without_findings(profile: Profile) -> Report:
    # Reports are frozen: one report without findings per profile serves all.
    return Report(profile=profile)
