"""Properties of the rule catalogue: over any negotiation, and over memos broken one thing at a time."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import hyvaneuvottelu as hn
from hyvaneuvottelu.rules import MESSAGE_LANGUAGES, RULES, Profile, rule_by_code
from hyvaneuvottelu.validation import validate_bytes

from .rule_breaks import ARCHIVE_BREAKS, DRAFT_BREAKS, NOT_BROKEN_HERE, Break, Draw
from .rule_cases import GOOD
from .strategies import negotiations
from .valid_memos import AS_OF, archive_memos, draft_memos


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


# Memos that pass every rule, broken one thing at a time

BREAKS = [("draft", code, fn) for code, fn in DRAFT_BREAKS.items()] + [
    ("archive", code, fn) for code, fn in ARCHIVE_BREAKS.items()
]


def test_every_rule_is_broken_here_or_says_why_not() -> None:
    broken = set(DRAFT_BREAKS) | set(ARCHIVE_BREAKS)
    assert not set(DRAFT_BREAKS) & set(ARCHIVE_BREAKS)
    assert not broken & set(NOT_BROKEN_HERE)
    assert sorted(broken | set(NOT_BROKEN_HERE)) == [r.code for r in RULES]


@pytest.mark.parametrize(("profile", "code", "breaking"), BREAKS, ids=[b[1] for b in BREAKS])
@settings(max_examples=15, deadline=None)
@given(data=st.data())
def test_breaking_the_hand_made_memo_fires_exactly_that_rule(
    profile: str, code: str, breaking: Break, data: st.DataObject
) -> None:
    broken = breaking(data.draw, GOOD)
    assert broken is not None
    assert set(hn.check(broken, profile, as_of=AS_OF).codes) == {code}


def _wrongly_broken(
    memo: hn.Negotiation, profile: str, breaks: dict[str, Break], draw: Draw
) -> dict[str, set[str]]:
    """Each break that applies to ``memo`` and fires more or less than its own rule: what it fires."""
    wrong = {}
    for code, breaking in breaks.items():
        broken = breaking(draw, memo)
        if broken is not None:
            codes = set(hn.check(broken, profile, as_of=AS_OF).codes)
            if codes != {code}:
                wrong[code] = codes
    return wrong


# Generating a memo is the slow part: each example checks it whole, then breaks it
# every way, one at a time.
@settings(max_examples=30, deadline=None)
@given(memo=draft_memos(), data=st.data())
def test_a_generated_draft_memo_passes_and_each_break_fires_exactly_its_rule(
    memo: hn.Negotiation, data: st.DataObject
) -> None:
    assert [f.as_dict("en") for f in hn.check(memo, "draft", as_of=AS_OF)] == []
    assert _wrongly_broken(memo, "draft", DRAFT_BREAKS, data.draw) == {}


@settings(max_examples=30, deadline=None)
@given(memo=archive_memos(), data=st.data())
def test_a_generated_archive_memo_passes_and_each_break_fires_exactly_its_rule(
    memo: hn.Negotiation, data: st.DataObject
) -> None:
    assert [f.as_dict("en") for f in hn.check(memo, "archive", as_of=AS_OF)] == []
    assert _wrongly_broken(memo, "archive", ARCHIVE_BREAKS, data.draw) == {}


_JSON_DAMAGE = {
    "an unknown code": ('"kind":"councilTerm"', '"kind":"councilterm"'),
    "a number for a string": ('"statisticsCode":"444"', '"statisticsCode":444'),
    "an unknown key": ('"place":', '"paikka":'),
    "an identifier of the wrong form": ('"id":"lohja"', '"id":"1lohja"'),
    "no closing brace": ("}\n", "\n"),
}
_XML_DAMAGE = {
    "an unknown code": ("<kind>councilTerm</kind>", "<kind>councilterm</kind>"),
    "an unknown element": ("<place>", "<paikka>"),
    "a date that does not exist": ("<date>2025-10-01</date>", "<date>2025-02-30</date>"),
    "no end tag": ("</negotiation>", ""),
}


@pytest.mark.parametrize(
    ("format", "damage"),
    [("json", d) for d in _JSON_DAMAGE.values()] + [("xml", d) for d in _XML_DAMAGE.values()],
    ids=[f"json: {n}" for n in _JSON_DAMAGE] + [f"xml: {n}" for n in _XML_DAMAGE],
)
@pytest.mark.parametrize("profile", ["draft", "archive"])
def test_a_damaged_document_of_a_valid_memo_is_only_not_a_document(
    format: str, damage: tuple[str, str], profile: str
) -> None:
    data = (hn.to_json(GOOD) if format == "json" else hn.to_xml(GOOD)).decode()
    old, new = damage
    assert data.count(old) >= 1
    damaged = data.replace(old, new, 1).encode()
    assert set(validate_bytes(damaged, format=format, profile=profile).codes) == {"HN-D001"}
