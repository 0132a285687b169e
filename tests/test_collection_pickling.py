"""Entries and results cross between processes pickled as their fields, small and equal."""

from __future__ import annotations

import datetime as dt
import pickle
from typing import Any

import attrs
import pytest

from hyvaneuvottelu._pickled import restorer, restorer_source
from hyvaneuvottelu.collection import MemoEntry, read_memos
from hyvaneuvottelu.coverage import MemoFacts, memo_facts
from hyvaneuvottelu.model import DocumentGenre, LocalizedText, NegotiationKind
from hyvaneuvottelu.rules import Profile, Report, RuleFinding, Severity
from hyvaneuvottelu.validation import FileResult

from .archive_support import EXAMPLES

FINDING = RuleFinding(
    code="HN-D001", severity=Severity.ERROR, path="/title", arguments=(("found", "1"),)
)
#: Every field of each class set, none to its default.
FACTS = MemoFacts(
    county="03",
    county_name="Länsi-Uudenmaan hyvinvointialue",
    genre=DocumentGenre.MINUTES,
    kinds=(NegotiationKind.COUNCIL_TERM, NegotiationKind.WELLBEING_PROMOTION),
    date=dt.date(2025, 3, 4),
    partial_date="2025-03",
    first=dt.date(2025, 3, 1),
    last=dt.date(2025, 3, 31),
    codes=("444", "257"),
    problems=(("coverage.outsideCounty", LocalizedText(fi="a", sv="b", en="c")),),
)
ENTRY = MemoEntry(
    path="out/pk.zip/case-001/memo.xml",
    package="out/pk.zip",
    report=Report(profile=Profile.ARCHIVE, findings=(FINDING,)),
    memo=None,
    value=FACTS,
    extracted=True,
    readable=False,
)
RESULT = FileResult(
    file="memo.json",
    report=Report(profile=Profile.ARCHIVE, findings=(FINDING,)),
    readable=False,
    internal_error="ValueError: boom",
)


@pytest.mark.parametrize("value", [FACTS, ENTRY, RESULT], ids=["facts", "entry", "result"])
def test_a_value_pickled_is_read_back_equal(value: object) -> None:
    assert pickle.loads(pickle.dumps(value, pickle.HIGHEST_PROTOCOL)) == value


@pytest.mark.parametrize(
    ("value", "names"),
    [
        (FACTS, [b"county_name", b"partial_date", b"problems"]),
        (ENTRY, [b"package", b"extracted", b"readable"]),
        (RESULT, [b"readable", b"internal_error"]),
    ],
    ids=["facts", "entry", "result"],
)
def test_a_value_is_pickled_as_its_fields_without_their_names(
    value: object, names: list[bytes]
) -> None:
    # attrs pickles a slotted class as a dict of its fields by name, made and
    # read back in Python for each object: for thousands of small results, a
    # tenth of the cost of reading the memos. The names must not travel.
    data = pickle.dumps(value, pickle.HIGHEST_PROTOCOL)
    assert [name for name in names if name in data] == []


def test_a_report_without_findings_crosses_as_its_profile() -> None:
    entry = next(
        iter(read_memos([str(EXAMPLES / "lohja-neuvottelumuistio.json")], extract=memo_facts))
    )
    assert entry.report == Report(profile=Profile.DRAFT)
    data = pickle.dumps(entry, pickle.HIGHEST_PROTOCOL)
    assert b"findings" not in data
    back = pickle.loads(data)
    assert back == entry
    assert back.ok
    assert back.report == Report(profile=Profile.DRAFT)
    # One report without findings per profile serves every entry read back.
    assert pickle.loads(data).report is back.report
    result = pickle.loads(pickle.dumps(FileResult(file="m.json", report=entry.report)))
    assert result.report is back.report


def test_reports_with_findings_cross_whole() -> None:
    for profile in Profile:
        report = Report(profile=profile, findings=(FINDING,))
        entry = MemoEntry(path="m.json", package=None, report=report, memo=None)
        assert pickle.loads(pickle.dumps(entry)).report == report
        empty = MemoEntry(path="m.json", package=None, report=Report(profile=profile), memo=None)
        assert pickle.loads(pickle.dumps(empty)).report == Report(profile=profile)


@pytest.mark.parametrize("value", [FACTS, ENTRY, RESULT], ids=["facts", "entry", "result"])
def test_a_value_read_back_hashes_alike_and_stays_frozen(value: object) -> None:
    back = pickle.loads(pickle.dumps(value, pickle.HIGHEST_PROTOCOL))
    assert type(back) is type(value)
    assert hash(back) == hash(value)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        back.readable = True  # type: ignore[attr-defined]  # the point: refused


@attrs.frozen
class _Pair:
    left: int = attrs.field(converter=int)
    right: str = attrs.field(validator=attrs.validators.instance_of(str))


def test_a_restorer_sets_the_fields_in_order_without_init() -> None:
    restore = restorer(_Pair)
    # Neither the converter nor the validator runs: the values are those an
    # object held when it was pickled.
    made: Any = restore(("7", 8))
    assert (made.left, made.right) == ("7", 8)
    assert restore((1, "a")) == _Pair(1, "a")
    assert restorer(_Pair) is restore
    assert restorer_source(_Pair) == (
        "def restore__Pair(fields):\n"
        "    (v_left, v_right,) = fields\n"
        "    obj = _new(_cls)\n"
        "    _set_left(obj, v_left)\n"
        "    _set_right(obj, v_right)\n"
        "    return obj\n"
    )
