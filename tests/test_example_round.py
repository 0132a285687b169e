"""The second worked example: an invented county-wide negotiation, in Finnish and Swedish."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from pathlib import Path
from typing import cast

import attrs
import jsonschema
import pytest

from hyvaneuvottelu import (
    Agreement,
    Decision,
    FollowUpAction,
    LocalizedText,
    Negotiation,
    OrganisationKind,
    ScopeKind,
    check,
    from_json,
    schemas,
    to_json,
    verify_package,
)
from hyvaneuvottelu.cli import main

from .archive_support import schema_folder

FOLDER = Path(__file__).resolve().parents[1] / "examples" / "esimerkki-ita-uusimaa"
MEMO = FOLDER / "aluetason-neuvottelu.json"
ATTACHMENT = FOLDER / "yhteistyosopimus-2026.txt"


@pytest.fixture(scope="module")
def memo() -> Negotiation:
    return from_json(MEMO.read_bytes())


def test_it_is_canonical_and_valid_against_the_json_schema() -> None:
    data = MEMO.read_bytes()
    assert to_json(from_json(data), indent=2) == data
    validator = jsonschema.Draft202012Validator(
        schemas.json_schema(), format_checker=jsonschema.FormatChecker()
    )
    assert [e.message for e in validator.iter_errors(json.loads(data))] == []


def test_it_passes_the_archive_profile_without_a_finding(memo: Negotiation) -> None:
    assert check(memo, "archive").findings == ()


def test_it_is_county_wide_bilingual_and_labelled(memo: Negotiation) -> None:
    assert memo.county.statistics_code == "01"
    assert [m.statistics_code for m in memo.municipalities] == [
        "018",
        "407",
        "434",
        "504",
        "616",
        "638",
        "753",
    ]
    assert (memo.title.fi or "").startswith("ESIMERKKI: ")
    assert (memo.title.sv or "").startswith("EXEMPEL: ")
    assert memo.place == LocalizedText(
        fi="ESIMERKKI: Porvoon kaupungintalo", sv="EXEMPEL: Borgå stadshus"
    )
    # Every text of the memo is written in both languages.
    texts = _texts(memo)
    assert len(texts) == 52
    assert [t for t in texts if t.fi is None or t.sv is None] == []


def _texts(value: object) -> list[LocalizedText]:
    found: list[LocalizedText] = []
    if isinstance(value, LocalizedText):
        return [value]
    if isinstance(value, tuple):
        for item in value:
            found += _texts(item)
    elif attrs.has(type(value)):
        for field in attrs.fields(cast("type[attrs.AttrsInstance]", type(value))):
            found += _texts(getattr(value, field.name))
    return found


def test_it_is_the_second_meeting_of_a_county_wide_round_with_a_group(memo: Negotiation) -> None:
    assert memo.scope is ScopeKind.ALL_OF_COUNTY
    assert memo.negotiation_round is not None
    assert (memo.negotiation_round.part, memo.negotiation_round.previous_record) == (
        2,
        "ESIMERKKI-IUHVA-2025-0017",
    )
    assert [(g.count, g.organisation_kind) for g in memo.attendance_groups] == [
        (14, OrganisationKind.MUNICIPALITY)
    ]


def test_the_agreement_has_validity_approvals_and_what_it_replaces(memo: Negotiation) -> None:
    (agreement,) = [o for o in memo.outcomes if isinstance(o, Agreement)]
    assert (agreement.valid_from, agreement.valid_until) == (
        dt.date(2026, 1, 1),
        dt.date(2029, 5, 31),
    )
    assert sorted(a.organisation for a in agreement.approvals) == sorted(
        o.id for o in memo.organisations
    )
    assert agreement.replaces is not None
    assert agreement.replaces.record == "ESIMERKKI-IUHVA/12/2023"


def test_the_follow_ups_name_the_previous_meeting(memo: Negotiation) -> None:
    follows = [(o.id, o.follows.record) for o in memo.outcomes if o.follows is not None]
    assert follows == [
        ("palveluverkon-tilannekuva", "ESIMERKKI-IUHVA-2025-0017"),
        ("hyvinvointikoordinaattoreiden-verkosto", "ESIMERKKI-IUHVA-2025-0017"),
    ]
    (action,) = [o for o in memo.outcomes if isinstance(o, FollowUpAction)]
    assert action.responsible == ("esimerkki-eva",)
    assert [p.id for p in memo.people] == ["esimerkki-eva"]
    assert "esimerkki-eva" not in {p.id for p in memo.participants}
    assert [type(o) for o in memo.outcomes].count(Decision) == 1


def test_the_shipped_attachment_is_the_one_the_memo_declares(memo: Negotiation) -> None:
    (attachment,) = [a for a in memo.attachments if a.part_of_record]
    assert attachment.file_name == ATTACHMENT.name
    assert attachment.sha256 == hashlib.sha256(ATTACHMENT.read_bytes()).hexdigest()
    assert b"ESIMERKKI" in ATTACHMENT.read_bytes()


def test_it_archives_with_its_attachment_and_verifies(tmp_path: Path) -> None:
    out = tmp_path / "package"
    assert main(["archive", str(MEMO), "--out", str(out)]) == 0
    assert (out / "case-001" / "attachments" / ATTACHMENT.name).read_bytes() == (
        ATTACHMENT.read_bytes()
    )
    report = verify_package(out, sahke2_schema_dir=schema_folder())
    assert report.ok, report.problems
    assert report.files == 5


def test_the_readme_lists_the_invented_values_without_a_label() -> None:
    readme = (FOLDER / "README.md").read_text(encoding="utf-8")
    document = json.loads(MEMO.read_bytes())
    for value in (
        document["date"],
        document["record"]["created"],
        document["record"]["approved"],
        document["record"]["functionCode"],
    ):
        assert value in readme, value
