"""The limits table of docs/security.md lists every limit with its value."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from hyvaneuvottelu import limits

PAGE = Path(__file__).resolve().parent.parent / "docs" / "security.md"
_ROW = re.compile(r"^\| `(MAX_[A-Z0-9_]+)` \| ([^|]+) \|", re.MULTILINE)
_UNITS = {"MiB": 1024 * 1024}


def _value(shown: str) -> int:
    number, _, unit = shown.strip().partition(" ")
    return int(number.replace(",", "")) * _UNITS.get(unit, 1)


def _table() -> dict[str, str]:
    return dict(_ROW.findall(PAGE.read_text(encoding="utf-8")))


def test_every_limit_is_in_the_table() -> None:
    assert sorted(_table()) == sorted(limits.__all__)


@pytest.mark.parametrize("name", sorted(limits.__all__))
def test_the_table_gives_each_limit_its_value(name: str) -> None:
    assert _value(_table()[name]) == getattr(limits, name)


def test_the_parser_of_the_table_reads_units_and_separators() -> None:
    # Written by hand: the helper above must not agree with the table by accident.
    assert _value("64 MiB") == 67_108_864
    assert _value("1,000,000") == 1_000_000
    assert _value("2,048 MiB") == 2**31
