"""Running the catalogue over a negotiation."""

from __future__ import annotations

import datetime as dt

from .._naming import pointer
from ..model import Negotiation
from ._context import Context
from ._registry import RULES, SAHKE2_VERSIONS, Profile, Report, RuleFinding

__all__ = ["check"]


def check(
    negotiation: Negotiation,
    profile: Profile | str = Profile.DRAFT,
    *,
    as_of: dt.date | None = None,
    sahke2_version: str | None = None,
) -> Report:
    """Check ``negotiation`` against every rule of ``profile``.

    ``as_of`` is the day the check is made for: a memo of a meeting held
    after it is wrong (today when None). ``sahke2_version`` is the SÄHKE2
    schema the memo is to be transferred in, ``"2019"`` (the default) or
    ``"2011"``, as the transfer settings say. Never raises for a finding:
    everything found is in the report.

    >>> from hyvaneuvottelu import check
    >>> check(memo, profile="archive").valid  # doctest: +SKIP
    False
    """
    chosen = Profile(profile)
    if sahke2_version is not None and sahke2_version not in SAHKE2_VERSIONS:
        expected = " or ".join(f'"{v}"' for v in SAHKE2_VERSIONS)
        raise ValueError(f"sahke2_version: expected {expected}, found {sahke2_version!r}")
    context = Context(negotiation, as_of=as_of, sahke2_version=sahke2_version)
    findings = [
        RuleFinding(
            code=entry.code,
            severity=entry.severity,
            path=pointer(path),
            arguments=tuple(arguments.items()),
        )
        for entry in RULES
        if entry.check is not None and chosen in entry.profiles
        for path, arguments in entry.check(context)
    ]
    return Report(profile=chosen, findings=tuple(findings))
