"""The rule catalogue: bilingual, coded checks of a negotiation's memo.

Codes are ``HN-`` followed by a family letter and three digits:
``D`` document (reported by readers), ``G`` genre, round and meeting
context, ``P`` parties, ``R`` references,
``S`` structure, ``L`` law and dates, ``T`` text, ``O`` outcomes,
``A`` archive metadata. A code never changes meaning and is never reused.
"""

from __future__ import annotations

# Importing the rule modules registers their rules, in code order.
from . import (
    _archive,
    _archive_memo,
    _fit,
    _genres,
    _legal,
    _limits,
    _outcomes,
    _parties,
    _people,
    _references,
    _structure,
    _text,
    _transfer,
)
from ._catalogue import catalogue_markdown
from ._check import check
from ._document import NOT_A_DOCUMENT, UNREADABLE_FILE
from ._registry import (
    MESSAGE_LANGUAGES,
    RULES,
    Profile,
    Report,
    Rule,
    RuleFinding,
    Severity,
    rule_by_code,
)

__all__ = [
    "MESSAGE_LANGUAGES",
    "NOT_A_DOCUMENT",
    "RULES",
    "UNREADABLE_FILE",
    "Profile",
    "Report",
    "Rule",
    "RuleFinding",
    "Severity",
    "catalogue_markdown",
    "check",
    "rule_by_code",
]

del _archive, _archive_memo, _fit, _genres, _legal, _limits, _outcomes, _parties, _people
del _references, _structure, _text, _transfer
