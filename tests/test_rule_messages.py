"""Every rule's message, rendered for a known finding, against a table written by hand."""

from __future__ import annotations

from pathlib import Path

import pytest

from hyvaneuvottelu.rules import MESSAGE_LANGUAGES, RULES, rule_by_code

from .rule_cases import CASES
from .rule_messages import MESSAGES, NOT_YET, REWORDED


def test_every_rule_has_a_row_or_is_being_reworded_or_not_yet_written() -> None:
    assert sorted(MESSAGES.keys() | REWORDED | NOT_YET) == [r.code for r in RULES]
    assert not MESSAGES.keys() & (REWORDED | NOT_YET)


@pytest.mark.parametrize("code", sorted(MESSAGES))
def test_message_in_every_language(code: str) -> None:
    make, path = CASES[code]
    # A case may fire its rule in several places (three missing file facts of one
    # attachment): the row is the message of the finding at the case's path.
    found = [f for f in make() if f.code == code]
    assert path in [f.path for f in found]
    [finding] = [f for f in found if f.path == path]
    rendered = tuple(finding.message(language) for language in MESSAGE_LANGUAGES)
    assert rendered == MESSAGES[code]


def _published_rationales() -> dict[str, str]:
    """code -> rationale, as the committed catalogue page states them (reviewed text)."""
    page = (Path(__file__).resolve().parent.parent / "docs" / "rule-catalogue.md").read_text(
        encoding="utf-8"
    )
    found: dict[str, str] = {}
    for block in page.split("\n### ")[1:]:
        code = block.split("\n", 1)[0]
        [row] = [line for line in block.splitlines() if line.startswith("| rationale | ")]
        found[code] = row.removeprefix("| rationale | ").removesuffix(" |").replace("\\|", "|")
    return found


PUBLISHED_RATIONALES = _published_rationales()


@pytest.mark.parametrize("code", sorted(MESSAGES))
def test_a_finding_explains_itself_as_the_published_catalogue(code: str) -> None:
    make, path = CASES[code]
    [finding] = [f for f in make() if f.code == code and f.path == path]
    assert rule_by_code(finding.code).rationale == PUBLISHED_RATIONALES[code]
