"""Running the catalogue over a negotiation."""

from __future__ import annotations

from .._naming import pointer
from ..model import Negotiation
from ._context import Context
from ._registry import RULES, Profile, Report, RuleFinding

__all__ = ["check"]


def check(negotiation: Negotiation, profile: Profile | str = Profile.DRAFT) -> Report:
    """Check ``negotiation`` against every rule of ``profile``.

    Never raises for a finding: everything found is in the report.

    >>> from hyvaneuvottelu import check
    >>> check(memo, profile="archive").valid  # doctest: +SKIP
    False
    """
    chosen = Profile(profile)
    context = Context(negotiation)
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
