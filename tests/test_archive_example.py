"""The completed example: the real memo plus labelled, illustrative archival metadata."""

from __future__ import annotations

import json
import re

import attrs

from hyvaneuvottelu import check, examples

from .archive_support import COMPLETED_EXAMPLE, EXAMPLES, completed_memo

SIDECAR = EXAMPLES / "lohja-archive-example.README.md"


def test_it_is_the_bundled_memo_with_metadata_added_only() -> None:
    memo = completed_memo()
    plain = examples.load("lohja")
    stripped = attrs.evolve(
        memo,
        date=None,
        place=None,
        record=None,
        participants=tuple(attrs.evolve(p, presence=None) for p in memo.participants),
    )
    assert stripped == plain


def test_it_passes_the_archive_profile() -> None:
    assert check(completed_memo(), profile="archive").errors == ()


def test_the_bundled_memo_does_not() -> None:
    assert check(examples.load("lohja"), profile="archive").errors


def _invented(value: object) -> list[str]:
    """Every string that carries the ESIMERKKI label, anywhere in a JSON value."""
    if isinstance(value, str):
        return [value] if "ESIMERKKI" in value else []
    if isinstance(value, dict):
        return [s for item in value.values() for s in _invented(item)]
    if isinstance(value, list):
        return [s for item in value for s in _invented(item)]
    return []


def test_the_sidecar_lists_every_invented_value() -> None:
    sidecar = SIDECAR.read_text(encoding="utf-8")
    memo = json.loads(COMPLETED_EXAMPLE.read_bytes())
    settings = json.loads((EXAMPLES / "archive-settings.json").read_bytes())
    labelled = _invented(memo) + _invented({k: v for k, v in settings.items() if k != "$comment"})
    assert len(labelled) >= 10
    for value in labelled:
        assert value in sidecar, value
    record = memo["record"]
    unlabelled = [
        memo["date"],
        record["created"],
        record["approved"],
        record["functionCode"],
        settings["contactPerson"]["phone"],
        settings["contactPerson"]["email"],
    ]
    for value in unlabelled:
        assert re.search(re.escape(value), sidecar), value
