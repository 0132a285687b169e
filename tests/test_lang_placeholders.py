"""HN-T004: a memo still holding a placeholder of the template, named by its JSON pointer."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from hyvaneuvottelu import check, examples
from hyvaneuvottelu.cli import main
from hyvaneuvottelu.model import LocalizedText

from .rule_cases import GOOD, changed


def _template_with_its_forms_filled() -> dict[str, Any]:
    """The template of ``hyvaneuvottelu new``, its dates and codes filled in, its texts not."""
    memo: dict[str, Any] = json.loads(examples.template_bytes())
    memo["date"] = "2025-10-01"
    memo["county"].update(statisticsCode="03", businessId="3221347-3")
    memo["municipalities"][0]["statisticsCode"] = "444"
    memo["record"].update(
        created="2025-10-02T09:00:00+02:00", approved="2025-10-20", functionCode="00 01 02"
    )
    return memo


@pytest.mark.parametrize("profile", ["draft", "archive"])
def test_every_placeholder_left_in_the_template_is_an_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], profile: str
) -> None:
    memo = tmp_path / "muistio.json"
    memo.write_text(json.dumps(_template_with_its_forms_filled()), encoding="utf-8")
    assert main(["validate", "--lang", "fi", "--profile", profile, str(memo)]) == 1
    lines = [line for line in capsys.readouterr().out.splitlines() if " HN-T004 " in line]
    assert lines[:3] == [
        '  virhe HN-T004 /title/fi: Pohjan täyttöohje on jäänyt paikalleen: "TÄYTÄ: neuvottelun '
        'otsikko, jossa kunta ja hyvinvointialue mainitaan"',
        '  virhe HN-T004 /county/name/fi: Pohjan täyttöohje on jäänyt paikalleen: "TÄYTÄ: '
        'hyvinvointialueen nimi"',
        '  virhe HN-T004 /county/name/sv: Pohjan täyttöohje on jäänyt paikalleen: "TÄYTÄ: '
        'välfärdsområdets namn"',
    ]
    assert lines[-1] == (
        "  virhe HN-T004 /record/retention/reason/fi: Pohjan täyttöohje on jäänyt paikalleen: "
        '"TÄYTÄ: säilytysajan peruste tiedonohjaussuunnitelmasta"'
    )
    assert len(lines) == 25


def test_a_placeholder_inside_a_text_is_quoted_from_its_marker_on_one_short_line() -> None:
    text = "Puheenjohtaja avasi neuvottelun. TÄYTÄ:  kuka\nosallistui " + "ja " * 40
    report = check(changed(place=LocalizedText(fi=text)), "draft")
    [finding] = [f for f in report if f.code == "HN-T004"]
    assert finding.path == "/place/fi"
    quoted = "TÄYTÄ: kuka osallistui " + "ja " * 18 + "ja…"
    assert len(quoted) == 80
    assert [finding.message(language) for language in ("fi", "sv", "en")] == [
        f'Pohjan täyttöohje on jäänyt paikalleen: "{quoted}"',
        f'Mallens ifyllnadsanvisning står kvar: "{quoted}"',
        f'A placeholder of the template is still in place: "{quoted}"',
    ]


def test_the_word_alone_is_no_placeholder() -> None:
    # Only the template's marker, with its colon and in capitals, is a placeholder.
    memo = changed(place=LocalizedText(fi="Täytä lomake: TÄYTÄ tai täytä: ei"))
    assert "HN-T004" not in check(memo, "archive").codes
    assert check(GOOD, "archive").codes == ()
