"""Why a memo cannot be archived: the archive profile's errors, SÄHKE2's own needs,
and an identifier another memo of the transfer has."""

from __future__ import annotations

from ..model import Negotiation
from . import _formats
from ._requirements import sahke2_problems
from ._settings import TransferSettings

__all__ = ["refusal_reasons"]


def refusal_reasons(
    memo: Negotiation,
    name: str,
    settings: TransferSettings,
    language: str,
    seen: dict[str, str],
) -> tuple[str, ...]:
    """Why ``memo`` cannot be archived; empty if it can. Remembers its identifier."""
    found = _formats.archive_errors(memo, language, settings.sahke2_version.value)
    reasons = [line for _, line in found]
    # The profile says it first; SÄHKE2's own needs add what it does not cover.
    reasons.extend(
        p.message
        for p in sahke2_problems(memo, settings.sahke2_version)
        if not any(_overlap(p.location, path) for path, _ in found)
    )
    identifier = memo.record.identifier if memo.record else None
    if identifier is not None and identifier in seen:
        reasons.append(
            f"/record/identifier: expected an identifier no other memo of the transfer has, "
            f'found "{identifier}" (also in {seen[identifier]})'
        )
    elif identifier is not None:
        seen[identifier] = name
    return tuple(dict.fromkeys(reasons))


def _overlap(one: str, other: str) -> bool:
    """Whether two JSON pointers are the same place or one lies within the other."""
    return one == other or one.startswith(f"{other}/") or other.startswith(f"{one}/")
