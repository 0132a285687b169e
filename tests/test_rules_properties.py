"""Properties of the rule catalogue over any structurally valid negotiation."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import given, settings

import hyvaneuvottelu as hn
from hyvaneuvottelu.rules import MESSAGE_LANGUAGES, Profile, rule_by_code

from .strategies import negotiations


def _resolve(document: Any, pointer: str) -> bool:
    """Whether ``pointer`` names a place in ``document``, or where a missing field belongs.

    A missing field may sit in a missing object (``/record/identifier`` when
    there is no record), but never at a missing array index.
    """
    target = document
    tokens = [t.replace("~1", "/").replace("~0", "~") for t in pointer.split("/")[1:]]
    for position, token in enumerate(tokens):
        if isinstance(target, dict):
            if token not in target:
                return all(not t.isdigit() for t in tokens[position:])
            target = target[token]
        elif isinstance(target, list):
            if not token.isdigit() or int(token) >= len(target):
                return False
            target = target[int(token)]
        else:
            return False
    return True


@settings(max_examples=200, deadline=None)
@given(negotiations())
def test_check_never_raises_and_every_finding_is_located_and_worded(
    negotiation: hn.Negotiation,
) -> None:
    document = json.loads(hn.to_json(negotiation))
    draft = hn.check(negotiation, profile="draft")
    archive = hn.check(negotiation, profile="archive")
    # The archive profile asks for everything draft asks, and more.
    assert {(f.code, f.path) for f in draft.findings} <= {
        (f.code, f.path) for f in archive.findings
    }
    for report, profile in ((draft, Profile.DRAFT), (archive, Profile.ARCHIVE)):
        assert report.valid == (not report.errors)
        for finding in report.findings:
            rule = rule_by_code(finding.code)
            assert profile in rule.profiles
            assert finding.severity == rule.severity
            assert _resolve(document, finding.path), (finding.code, finding.path)
            supplied = {name for name, _ in finding.arguments}
            for language in MESSAGE_LANGUAGES:
                assert rule.placeholders(language) <= supplied, (finding.code, language)
                assert finding.message(language)
