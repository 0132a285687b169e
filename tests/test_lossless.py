"""Whatever the model accepts, JSON and XML carry whole; whatever they cannot, the model refuses.

Dates are days; a meeting's times are local times in whole seconds; a
record's timestamp keeps its microseconds and its offset (whole minutes
within ±14:00). The JSON Schema and the XSD say the same as the readers do.
Text XML 1.0 cannot carry is the one exception: JSON carries it, XML refuses
it when writing, and HN-T002 reports it.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any
from zoneinfo import ZoneInfo

import attrs
import jsonschema
import pytest
import xmlschema
from lxml import etree

import hyvaneuvottelu as hn
from hyvaneuvottelu import DocumentError, InvalidValueError, schemas
from hyvaneuvottelu import model as m
from hyvaneuvottelu.limits import MAX_TEXT
from hyvaneuvottelu.xmlformat import xml_schema

from .documents import minimal_document

MINIMAL = hn.from_json(json.dumps(minimal_document()))
HELSINKI = ZoneInfo("Europe/Helsinki")
UTC = dt.UTC


def offset(hours: int, minutes: int = 0) -> dt.timezone:
    sign = -1 if hours < 0 else 1
    return dt.timezone(sign * dt.timedelta(hours=abs(hours), minutes=minutes))


def created(value: dt.datetime) -> m.Negotiation:
    return attrs.evolve(MINIMAL, record=m.RecordMetadata(created=value))


def both_ways(negotiation: m.Negotiation) -> tuple[m.Negotiation, m.Negotiation]:
    return hn.from_json(hn.to_json(negotiation)), hn.from_xml(hn.to_xml(negotiation))


def refused(**changes: Any) -> str:
    with pytest.raises(InvalidValueError) as caught:
        attrs.evolve(MINIMAL, **changes)
    return str(caught.value)


def refused_created(value: object) -> str:
    with pytest.raises(InvalidValueError) as caught:
        m.RecordMetadata(created=value)  # type: ignore[arg-type]  # wrong types on purpose
    return str(caught.value)


# What the model refuses when an object is made, and why


TIME = "expected a time of day in whole seconds, without a UTC offset"
STAMP = "expected a date-time with a UTC offset of whole minutes within ±14:00"


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        (
            {"start_time": dt.time(10, 0, 0, 1)},
            f'Negotiation.startTime: {TIME}, found "10:00:00.000001"',
        ),
        (
            {"end_time": dt.time(23, 59, 59, 999999)},
            f'Negotiation.endTime: {TIME}, found "23:59:59.999999"',
        ),
        (
            {"start_time": dt.time(10, tzinfo=UTC)},
            f'Negotiation.startTime: {TIME}, found "10:00:00+00:00"',
        ),
        (
            {"end_time": dt.time(12, 30, tzinfo=offset(2))},
            f'Negotiation.endTime: {TIME}, found "12:30:00+02:00"',
        ),
        (
            {"start_time": dt.datetime(2025, 2, 3, 10, 0)},
            f'Negotiation.startTime: {TIME}, found a date-time "2025-02-03T10:00:00"',
        ),
        (
            {"date": dt.datetime(2025, 2, 3, 10, 0)},
            "Negotiation.date: expected a date (year, month and day), "
            'found a date-time "2025-02-03T10:00:00"',
        ),
    ],
)
def test_times_and_dates_the_formats_cannot_carry_are_refused_when_made(
    changes: dict[str, Any], message: str
) -> None:
    assert refused(**changes) == message


@pytest.mark.parametrize(
    ("value", "found"),
    [
        (dt.datetime(2025, 2, 3, 10, 0), '"2025-02-03T10:00:00" (no offset)'),
        (dt.datetime(2025, 2, 3, 10, 0, tzinfo=offset(14, 1)), '"2025-02-03T10:00:00+14:01"'),
        (dt.datetime(2025, 2, 3, 10, 0, tzinfo=offset(-14, 1)), '"2025-02-03T10:00:00-14:01"'),
        (dt.datetime(2025, 2, 3, 10, 0, tzinfo=offset(23, 59)), '"2025-02-03T10:00:00+23:59"'),
        (
            dt.datetime(2025, 2, 3, 10, tzinfo=dt.timezone(dt.timedelta(hours=2, seconds=30))),
            '"2025-02-03T10:00:00+02:00:30"',
        ),
        # Helsinki's local mean time until 1921: +1:39:49.
        (dt.datetime(1900, 1, 1, 12, 0, tzinfo=HELSINKI), '"1900-01-01T12:00:00+01:39:49"'),
        (dt.date(2025, 2, 3), 'a date "2025-02-03"'),
        ("2025-02-03T10:00:00+02:00", 'the string "2025-02-03T10:00:00+02:00"'),
    ],
)
def test_timestamps_the_formats_cannot_carry_are_refused_when_made(
    value: object, found: str
) -> None:
    assert refused_created(value) == f"RecordMetadata.created: {STAMP}, found {found}"


def _follow_up(day: dt.date) -> m.FollowUpAction:
    return m.FollowUpAction(
        id="a", title=m.LocalizedText(fi="x"), status=m.OutcomeStatus.OPEN, due_date=day
    )


def _agreement(day: dt.date) -> m.Agreement:
    return m.Agreement(
        id="a", title=m.LocalizedText(fi="x"), status=m.OutcomeStatus.AGREED, signed=day
    )


def _approved(day: dt.date) -> m.RecordMetadata:
    return m.RecordMetadata(approved=day)


@pytest.mark.parametrize(
    ("make", "wire"),
    [
        (_follow_up, "FollowUpAction.dueDate"),
        (_agreement, "Agreement.signed"),
        (_approved, "RecordMetadata.approved"),
    ],
)
def test_every_date_field_refuses_a_date_time(make: Any, wire: str) -> None:
    with pytest.raises(InvalidValueError) as caught:
        make(dt.datetime(2026, 1, 15, 9, 30))
    assert str(caught.value) == (
        f'{wire}: expected a date (year, month and day), found a date-time "2026-01-15T09:30:00"'
    )


# What the model accepts comes back identical from both formats


def _exact(value: dt.datetime) -> tuple[str, dt.timedelta | None]:
    """Wall time and offset: ``==`` on aware date-times compares instants only."""
    return value.isoformat(), value.utcoffset()


@pytest.mark.parametrize(
    "value",
    [
        dt.datetime(2025, 2, 3, 10, 0, tzinfo=offset(14)),
        dt.datetime(2025, 2, 3, 10, 0, tzinfo=offset(-14)),
        dt.datetime(2025, 2, 3, 10, 0, tzinfo=offset(5, 45)),
        dt.datetime(2025, 2, 3, 10, 0, tzinfo=offset(-3, 30)),
        dt.datetime(2025, 2, 3, 10, 0, 0, 1, tzinfo=UTC),
        dt.datetime(2025, 2, 3, 23, 59, 59, 999999, tzinfo=offset(2)),
        dt.datetime(1, 1, 1, 0, 0, tzinfo=offset(14)),
        dt.datetime(9999, 12, 31, 23, 59, 59, 999999, tzinfo=offset(-14)),
    ],
)
def test_timestamps_keep_microseconds_wall_time_and_offset(value: dt.datetime) -> None:
    for back in both_ways(created(value)):
        assert back.record is not None
        assert back.record.created is not None
        assert _exact(back.record.created) == _exact(value)


def test_a_zone_is_kept_as_the_offset_it_had_at_that_instant() -> None:
    # 26.10.2025 03:30 happens twice in Helsinki: fold=1 is the second time, in winter time.
    second = dt.datetime(2025, 10, 26, 3, 30, fold=1, tzinfo=HELSINKI)
    record = m.RecordMetadata(created=second)
    assert record.created is not None
    assert _exact(record.created) == ("2025-10-26T03:30:00+02:00", dt.timedelta(hours=2))
    assert record.created.tzinfo == offset(2)
    for back in both_ways(attrs.evolve(MINIMAL, record=record)):
        assert back.record == record
        assert back.record is not None
        assert back.record.created is not None
        assert _exact(back.record.created) == _exact(record.created)


@pytest.mark.parametrize(
    ("start", "end", "written"),
    [
        (dt.time(0, 0), dt.time(23, 59, 59), ("00:00", "23:59:59")),
        (dt.time(9, 30), dt.time(9, 30, 1), ("09:30", "09:30:01")),
    ],
)
def test_times_of_day_come_back_to_the_second(
    start: dt.time, end: dt.time, written: tuple[str, str]
) -> None:
    memo = attrs.evolve(MINIMAL, start_time=start, end_time=end)
    document = json.loads(hn.to_json(memo))
    assert (document["startTime"], document["endTime"]) == written
    for back in both_ways(memo):
        assert (back.start_time, back.end_time) == (start, end)


def test_fold_means_nothing_on_a_time_of_day_and_is_not_kept() -> None:
    memo = attrs.evolve(MINIMAL, start_time=dt.time(10, 0, fold=1))
    assert memo.start_time is not None
    assert memo.start_time.fold == 0


@pytest.mark.parametrize("day", [dt.date(1, 1, 1), dt.date(9999, 12, 31), dt.date(2024, 2, 29)])
def test_every_date_comes_back(day: dt.date) -> None:
    memo = attrs.evolve(MINIMAL, date=day, record=m.RecordMetadata(approved=day))
    for back in both_ways(memo):
        assert back == memo


# The readers and the published schemas agree on every wire value


def _json_validator() -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(
        schemas.json_schema(), format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )


def _json_reader_accepts(document: dict[str, Any]) -> bool:
    try:
        hn.from_json(json.dumps(document))
    except DocumentError:
        return False
    return True


#: Wire values of a meeting time and a timestamp, and whether the format accepts each.
JSON_TIMES = {
    "09:30": True,
    "09:30:15": True,
    "00:00": True,
    "23:59:59": True,
    "24:00": False,
    "09:30:15.5": False,
    "09:30:15.000000": False,
    "09:30Z": False,
    "09:30+02:00": False,
    "9:30": False,
}
STAMPS = {
    "2025-02-03T10:00:00Z": True,
    "2025-02-03T10:00:00+02:00": True,
    "2025-02-03T10:00:00.123456+14:00": True,
    "2025-02-03T10:00:00.1-14:00": True,
    "2025-02-03T10:00:00+05:45": True,
    "2025-02-03T10:00:00+14:01": False,
    "2025-02-03T10:00:00-14:30": False,
    "2025-02-03T10:00:00+15:00": False,
    "2025-02-03T10:00:00+02:00:30": False,
    "2025-02-03T10:00:00.1234567Z": False,
    "2025-02-03T10:00:00": False,
    "2025-02-03T24:00:00Z": False,
}


@pytest.mark.parametrize(("value", "accepted"), JSON_TIMES.items())
def test_json_schema_and_reader_agree_on_a_time(value: str, accepted: bool) -> None:
    document = minimal_document()
    document["startTime"] = value
    assert _json_validator().is_valid(document) is accepted
    assert _json_reader_accepts(document) is accepted


@pytest.mark.parametrize(("value", "accepted"), STAMPS.items())
def test_json_schema_and_reader_agree_on_a_timestamp(value: str, accepted: bool) -> None:
    document = minimal_document()
    document["record"] = {"created": value}
    assert _json_validator().is_valid(document) is accepted
    assert _json_reader_accepts(document) is accepted


XML_TIMES = {
    "09:30:00": True,
    "23:59:59": True,
    "09:30": False,
    "24:00:00": False,
    "09:30:15.5": False,
    "09:30:00Z": False,
    "09:30:00+02:00": False,
}
_MEMO_XML = hn.to_xml(
    attrs.evolve(
        MINIMAL,
        start_time=dt.time(9, 30),
        record=m.RecordMetadata(created=dt.datetime(2025, 2, 3, 10, tzinfo=UTC)),
    )
)


def _xml_with(element: str, text: str) -> bytes:
    old = {
        "startTime": b"<startTime>09:30:00</startTime>",
        "created": b"<created>2025-02-03T10:00:00+00:00</created>",
    }[element]
    assert old in _MEMO_XML
    return _MEMO_XML.replace(old, f"<{element}>{text}</{element}>".encode())


def _xml_accepted_by_all(data: bytes) -> set[bool]:
    """Whether lxml with the XSD, xmlschema with the XSD, and the reader accept ``data``."""
    independent = xmlschema.XMLSchema10(schemas.xsd_bytes().decode(), allow="none")
    try:
        hn.from_xml(data)
        read = True
    except DocumentError:
        read = False
    return {
        xml_schema().validate(etree.fromstring(data)),
        independent.is_valid(data.decode()),
        read,
    }


@pytest.mark.parametrize(("value", "accepted"), XML_TIMES.items())
def test_xsd_and_reader_agree_on_a_time(value: str, accepted: bool) -> None:
    assert _xml_accepted_by_all(_xml_with("startTime", value)) == {accepted}


@pytest.mark.parametrize(("value", "accepted"), STAMPS.items())
def test_xsd_and_reader_agree_on_a_timestamp(value: str, accepted: bool) -> None:
    assert _xml_accepted_by_all(_xml_with("created", value)) == {accepted}


def test_a_timestamp_out_of_range_is_located_in_both_formats() -> None:
    document = minimal_document()
    document["record"] = {"created": "2025-02-03T10:00:00+15:00"}
    with pytest.raises(DocumentError) as caught:
        hn.from_json(json.dumps(document))
    assert [p.message for p in caught.value.problems] == [
        f'/record/created: {STAMP}, found "2025-02-03T10:00:00+15:00"'
    ]
    with pytest.raises(DocumentError) as caught:
        hn.from_xml(_xml_with("created", "2025-02-03T10:00:00+15:00"))
    [problem] = caught.value.problems
    assert problem.message.endswith(
        "/negotiation/record/created: expected a date-time that exists, with a UTC offset, "
        'found "2025-02-03T10:00:00+15:00"'
    )


def test_a_time_with_a_fraction_is_located_in_both_formats() -> None:
    document = minimal_document()
    document["startTime"] = "09:30:15.5"
    with pytest.raises(DocumentError) as caught:
        hn.from_json(json.dumps(document))
    assert [p.message for p in caught.value.problems] == [
        '/startTime: expected a time of day as HH:MM or HH:MM:SS, found the string "09:30:15.5"'
    ]
    with pytest.raises(DocumentError) as caught:
        hn.from_xml(_xml_with("startTime", "09:30:15.5"))
    [problem] = caught.value.problems
    assert problem.message.endswith(
        "/negotiation/startTime: expected a time of day as HH:MM:SS (whole seconds, no UTC "
        'offset), found "09:30:15.5"'
    )


# Text


def test_control_characters_go_through_json_and_xml_refuses_them_with_a_finding() -> None:
    # The model holds any text; XML 1.0 cannot carry C0 controls but tab, LF and CR,
    # so HN-T002 makes such a memo invalid before anyone tries to archive it.
    controls = "".join(map(chr, [*range(0x09), 0x0B, 0x0C, *range(0x0E, 0x20)])) + "\ufffe\uffff"
    memo = attrs.evolve(MINIMAL, place=m.LocalizedText(fi=controls))
    assert hn.from_json(hn.to_json(memo)) == memo
    with pytest.raises(hn.OutputError, match=r"^/negotiation/place/text: cannot be written as XML"):
        hn.to_xml(memo)
    assert [(f.code, f.path) for f in hn.check(memo).errors] == [("HN-T002", "/place/fi")]


def test_the_longest_text_the_readers_accept_comes_back_from_both() -> None:
    longest = "\U0001f600" * MAX_TEXT  # astral: four bytes each in UTF-8
    memo = attrs.evolve(MINIMAL, place=m.LocalizedText(fi=longest))
    for back in both_ways(memo):
        assert back.place == memo.place
