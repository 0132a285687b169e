"""The rule catalogue: every rule fires on a case and stays quiet on a good memo."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from hyvaneuvottelu import Profile, Severity, check
from hyvaneuvottelu.rules import MESSAGE_LANGUAGES, RULES, Rule, catalogue_markdown, rule_by_code
from hyvaneuvottelu.rules._registry import DRAFT_AND_ARCHIVE, register

from .rule_cases import CASES, GOOD, changed

CODES = [r.code for r in RULES]
DOCS = Path(__file__).resolve().parent.parent / "docs"


def test_codes_follow_the_scheme_and_are_sorted() -> None:
    assert all(re.fullmatch(r"HN-[DPRSLTOGA][0-9]{3}", code) for code in CODES)
    assert sorted(CODES) == CODES
    assert len(set(CODES)) == len(CODES)


def test_every_rule_has_a_case_and_every_case_a_rule() -> None:
    assert sorted(CASES) == CODES


@pytest.mark.parametrize("code", CODES)
def test_rule_fires_on_its_case(code: str) -> None:
    make, path = CASES[code]
    report = make()
    assert (code, path) in [(f.code, f.path) for f in report.findings]
    if rule_by_code(code).severity is Severity.ERROR:
        assert not report.valid


def test_the_good_memo_passes_every_rule() -> None:
    assert check(GOOD, "archive").findings == ()
    assert check(GOOD, "draft").findings == ()


@pytest.mark.parametrize("code", CODES)
def test_messages_complete_with_the_same_placeholders(code: str) -> None:
    entry = rule_by_code(code)
    assert set(entry.messages) >= set(MESSAGE_LANGUAGES)
    assert all(entry.messages[lang].strip() for lang in MESSAGE_LANGUAGES)
    assert {lang: entry.placeholders(lang) for lang in MESSAGE_LANGUAGES} == dict.fromkeys(
        MESSAGE_LANGUAGES, entry.placeholders("fi")
    )
    assert entry.rationale.strip()
    assert "\n" not in entry.rationale


@pytest.mark.parametrize("code", CODES)
def test_findings_render_in_every_language(code: str) -> None:
    make, _ = CASES[code]
    for finding in make():
        rendered = [finding.message(language) for language in MESSAGE_LANGUAGES]
        assert not any("{" in message for message in rendered)
        assert len(set(rendered)) == len(MESSAGE_LANGUAGES)


def test_messages_are_finnish_swedish_and_english() -> None:
    assert MESSAGE_LANGUAGES == ("fi", "sv", "en")


def test_messages_in_a_language_not_kept_fall_back_to_finnish() -> None:
    [finding] = [f for f in CASES["HN-S008"][0]() if f.code == "HN-S008"]
    assert finding.message("de") == finding.message("fi")


@pytest.mark.parametrize("missing", MESSAGE_LANGUAGES)
def test_a_rule_without_a_language_is_refused(missing: str) -> None:
    messages = {lang: "Test" for lang in MESSAGE_LANGUAGES if lang != missing}
    entry = Rule(
        code="HN-X999",
        severity=Severity.ERROR,
        profiles=DRAFT_AND_ARCHIVE,
        messages=messages,
        rationale="Only a test.",
    )
    with pytest.raises(ValueError, match=f"^rule HN-X999 has no message in {missing}$"):
        register(entry)
    assert "HN-X999" not in [r.code for r in RULES]


def test_archive_profile_is_draft_and_more() -> None:
    draft = {r.code for r in RULES if Profile.DRAFT in r.profiles}
    archive = {r.code for r in RULES if Profile.ARCHIVE in r.profiles}
    assert draft < archive
    # HN-G010: the day a year or month leaves out, which only an archive requires.
    assert {c for c in archive - draft if not c.startswith(("HN-A", "HN-P009", "HN-G010"))} == set()


def test_draft_profile_skips_archive_rules() -> None:
    undated = changed(date=None, record=None)
    assert check(undated, "draft").findings == ()
    assert {"HN-A001", "HN-A003"} <= set(check(undated, "archive").codes)


def test_committed_catalogue_page_is_generated() -> None:
    assert (DOCS / "rule-catalogue.md").read_text(encoding="utf-8") == catalogue_markdown()


def test_catalogue_lists_every_rule_with_every_message() -> None:
    page = catalogue_markdown()
    for entry in RULES:
        assert f"### {entry.code}" in page
        for language in MESSAGE_LANGUAGES:
            message = entry.messages[language].replace("|", "\\|")
            assert f"| {language} | {message} |" in page
