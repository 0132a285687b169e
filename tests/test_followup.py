"""followup(): items tracked across memos, their history and status, and every edge case.

Expected values are written by hand from tests/followup_set.py and the
documents below, never computed by the code under test.
"""

from __future__ import annotations

import datetime as dt
import json
import tracemalloc
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from hyvaneuvottelu import from_json
from hyvaneuvottelu.collection import MemoEntry, QueryError, read_memos
from hyvaneuvottelu.followup import (
    ErrorKind,
    FollowupResult,
    MemoDate,
    TrackedItem,
    followup,
)
from hyvaneuvottelu.model import EarlierOutcome, LocalizedText, OutcomeStatus
from hyvaneuvottelu.rules import Profile, Report
from hyvaneuvottelu.validation import validate_bytes

from .followup_set import chain_entries, entry, follows, memo, outcome

AS_OF = dt.date(2026, 1, 15)

#: Steps as (path, date, outcome id, status) written out by hand.
StepRow = tuple[str, str | None, str, str]


def steps(item: TrackedItem) -> list[StepRow]:
    return [
        (s.path, s.date.text if s.date else None, s.outcome, s.status.value)
        for s in (item.origin, *item.history)
    ]


def by_outcome(result: FollowupResult) -> dict[str, TrackedItem]:
    return {item.origin.outcome: item for item in result.items}


def messages(result: FollowupResult, language: str = "en") -> list[tuple[str, str, str]]:
    return [(e.path, e.kind.value, e.message(language)) for e in result.errors]


# The chain of three memos ------------------------------------------------------------------


def test_the_chain_is_tracked_in_order_with_its_latest_status() -> None:
    result = followup(chain_entries(), as_of=AS_OF)
    assert result.errors == ()
    assert result.memos == 3
    assert [i.origin.outcome for i in result.items] == [
        "vss",
        "tilat",
        "palveluohjaus",
        "tapaaminen",
    ]
    items = by_outcome(result)
    # A -> B -> C: C follows B's outcome, which follows A's.
    assert steps(items["vss"]) == [
        ("set/a-helmikuu.json", "2025-02-03", "vss", "proposed"),
        ("set/b-kesakuu.json", "2025-06-10", "vss-sovittu", "agreed"),
        ("set/c-lokakuu.json", "2025-10-20", "vss-valmis", "done"),
    ]
    assert steps(items["tilat"]) == [
        ("set/a-helmikuu.json", "2025-02-03", "tilat", "open"),
        ("set/c-lokakuu.json", "2025-10-20", "tilat-sovittu", "agreed"),
    ]
    # A challenge is tracked because a later memo follows it up.
    assert steps(items["palveluohjaus"]) == [
        ("set/a-helmikuu.json", "2025-02-03", "palveluohjaus", "open"),
        ("set/b-kesakuu.json", "2025-06-10", "palveluohjaus-jatkuu", "continues"),
    ]
    assert steps(items["tapaaminen"]) == [
        ("set/c-lokakuu.json", "2025-10-20", "tapaaminen", "planned"),
    ]
    assert [(i.status, i.closed, i.overdue) for i in result.items] == [
        (OutcomeStatus.DONE, True, False),
        (OutcomeStatus.AGREED, True, False),
        (OutcomeStatus.CONTINUES, False, False),
        (OutcomeStatus.PLANNED, False, True),
    ]


def test_origin_keeps_where_the_item_started() -> None:
    origin = by_outcome(followup(chain_entries(), as_of=AS_OF))["vss"].origin
    assert origin.path == "set/a-helmikuu.json"
    assert origin.record == "LUHVA/10/2025"
    assert origin.date is not None
    assert (origin.date.first, origin.date.last) == (dt.date(2025, 2, 3), dt.date(2025, 2, 3))
    assert origin.title == LocalizedText(fi="Väestönsuojelun yhteistyörakenne")
    assert origin.kind == "followUpAction"


def test_owner_and_due_date_come_from_the_latest_step_that_gives_them() -> None:
    items = by_outcome(followup(chain_entries(), as_of=AS_OF))
    # February: Mia Laiho, 2025-06-30 "kevään aikana"; June: Pasi Perämäki, 2025-09-30;
    # October names neither.
    assert items["vss"].owner == (LocalizedText(fi="Pasi Perämäki"),)
    assert items["vss"].due_date == dt.date(2025, 9, 30)
    assert items["vss"].due_text is None
    assert items["tapaaminen"].owner == ()
    assert items["tapaaminen"].due_date == dt.date(2025, 11, 30)


def test_the_order_of_the_paths_does_not_change_the_result() -> None:
    forward = followup(chain_entries(), as_of=AS_OF)
    backward = followup(reversed(chain_entries()), as_of=AS_OF)
    assert backward == forward


def test_an_outcome_nobody_follows_up_is_not_an_item() -> None:
    # ankkuri is an operating model of the February memo.
    assert "ankkuri" not in by_outcome(followup(chain_entries(), as_of=AS_OF))


@pytest.mark.parametrize(
    ("as_of", "overdue"),
    [
        (dt.date(2025, 11, 29), False),
        (dt.date(2025, 11, 30), False),  # the due day itself has not passed
        (dt.date(2025, 12, 1), True),
    ],
)
def test_overdue_once_the_due_date_has_passed(as_of: dt.date, overdue: bool) -> None:
    assert by_outcome(followup(chain_entries(), as_of=as_of))["tapaaminen"].overdue is overdue


def test_as_of_defaults_to_today() -> None:
    assert followup([]).as_of == dt.date.today()


def _item(path: str, document: dict[str, Any]) -> MemoEntry:
    return entry(path, document)


def _one(kind: str, status: str, **fields: Any) -> dict[str, Any]:
    return memo(
        date="2025-02-03",
        record="R/1",
        outcomes=[outcome(kind, "x", "Asia", status, dueDate="2025-03-01", **fields)],
    )


@pytest.mark.parametrize(
    ("status", "overdue"),
    [
        ("proposed", True),
        ("planned", True),
        ("agreed", True),  # agreed to be done: not done yet
        ("open", True),
        ("pending", True),
        ("done", False),
    ],
)
def test_which_statuses_of_a_follow_up_action_leave_it_overdue(status: str, overdue: bool) -> None:
    result = followup([_item("a.json", _one("followUpAction", status))], as_of=AS_OF)
    assert result.items[0].overdue is overdue


def test_a_matter_to_agree_is_closed_once_agreed() -> None:
    later = memo(
        date="2025-04-01",
        record="R/2",
        outcomes=[
            outcome("matterToAgree", "y", "Asia", "agreed", follows=follows("R/1", "x")),
        ],
    )
    first = memo(
        date="2025-02-03",
        record="R/1",
        outcomes=[outcome("followUpAction", "x", "Asia", "open", dueDate="2025-03-01")],
    )
    result = followup([_item("a.json", first), _item("b.json", later)], as_of=AS_OF)
    (item,) = result.items
    assert (item.status, item.closed, item.overdue) == (OutcomeStatus.AGREED, True, False)


# Edge cases --------------------------------------------------------------------------------


def test_a_follow_up_of_a_record_not_in_the_collection_is_kept_and_reported() -> None:
    orphan = memo(
        date="2025-06-10",
        record="R/2",
        outcomes=[
            outcome("followUpAction", "y", "Asia", "agreed", follows=follows("LUHVA/999/2024", "x"))
        ],
    )
    result = followup([_item("b.json", orphan)], as_of=AS_OF)
    (item,) = result.items
    assert steps(item) == [("b.json", "2025-06-10", "y", "agreed")]
    assert item.unresolved == EarlierOutcome(record="LUHVA/999/2024", outcome="x")
    assert [n.message("en") for n in item.notes] == [
        'follows up the outcome "x" of the record "LUHVA/999/2024", which was not found'
    ]
    assert messages(result) == [
        (
            "b.json",
            "missingRecord",
            'the outcome "y" follows up the outcome "x" of the record "LUHVA/999/2024", '
            "but no memo read has that record identifier",
        )
    ]


def test_an_orphan_of_any_kind_is_kept() -> None:
    # A challenge is not tracked for itself, but a broken link must not vanish.
    orphan = memo(
        date="2025-06-10",
        record="R/2",
        outcomes=[outcome("challenge", "y", "Asia", "open", follows=follows("R/0", "x"))],
    )
    result = followup([_item("b.json", orphan)], as_of=AS_OF)
    assert [i.origin.outcome for i in result.items] == ["y"]
    assert [e.kind for e in result.errors] == [ErrorKind.MISSING_RECORD]


def test_a_follow_up_of_an_outcome_the_earlier_memo_does_not_have() -> None:
    first = memo(
        date="2025-02-03",
        record="R/1",
        outcomes=[outcome("followUpAction", "x", "Asia", "open")],
    )
    later = memo(
        date="2025-06-10",
        record="R/2",
        outcomes=[outcome("followUpAction", "y", "Asia", "done", follows=follows("R/1", "z"))],
    )
    result = followup([_item("a.json", first), _item("b.json", later)], as_of=AS_OF)
    assert [steps(i) for i in result.items] == [
        [("a.json", "2025-02-03", "x", "open")],
        [("b.json", "2025-06-10", "y", "done")],
    ]
    assert messages(result) == [
        (
            "b.json",
            "missingOutcome",
            'the outcome "y" follows up the outcome "z" of the record "R/1", '
            "but the memo a.json has no outcome of that id",
        )
    ]
    assert messages(result, "fi") == [
        (
            "b.json",
            "missingOutcome",
            'tulos "y" seuraa asiakirjan "R/1" tulosta "z", '
            "mutta muistiossa a.json ei ole sen nimistä tulosta",
        )
    ]


def _first() -> dict[str, Any]:
    return memo(
        date="2025-02-03",
        record="R/1",
        outcomes=[outcome("followUpAction", "x", "Asia", "proposed")],
    )


def _later(date: str | None, record: str, id: str, status: str, **kw: Any) -> dict[str, Any]:
    return memo(
        date=date,
        record=record,
        outcomes=[outcome("followUpAction", id, "Asia", status, follows=follows("R/1", "x"))],
        **kw,
    )


def test_two_later_memos_following_up_the_same_item_are_ordered_by_date() -> None:
    entries = [
        _item("a.json", _first()),
        # Path order is the reverse of date order.
        _item("b.json", _later("2025-09-01", "R/3", "z", "done")),
        _item("c.json", _later("2025-05-01", "R/2", "y", "agreed")),
    ]
    (item,) = followup(entries, as_of=AS_OF).items
    assert steps(item) == [
        ("a.json", "2025-02-03", "x", "proposed"),
        ("c.json", "2025-05-01", "y", "agreed"),
        ("b.json", "2025-09-01", "z", "done"),
    ]
    assert item.status is OutcomeStatus.DONE
    assert item.notes == ()


def test_two_follow_ups_on_the_same_date_are_ordered_by_path_and_noted() -> None:
    entries = [
        _item("a.json", _first()),
        _item("d.json", _later("2025-05-01", "R/3", "z", "done")),
        _item("c.json", _later("2025-05-01", "R/2", "y", "agreed")),
    ]
    (item,) = followup(entries, as_of=AS_OF).items
    assert steps(item) == [
        ("a.json", "2025-02-03", "x", "proposed"),
        ("c.json", "2025-05-01", "y", "agreed"),
        ("d.json", "2025-05-01", "z", "done"),
    ]
    assert item.status is OutcomeStatus.DONE
    assert [n.message("en") for n in item.notes] == [
        "followed up on the same date (2025-05-01) in the memos c.json, d.json: "
        "ordered by path, so the latest status is uncertain"
    ]
    assert [n.message("sv") for n in item.notes] == [
        "uppföljt samma dag (2025-05-01) i promemoriorna c.json, d.json: "
        "ordnade efter sökväg, så den senaste statusen är inte säker"
    ]


def test_two_outcomes_of_one_memo_following_up_the_same_item_keep_their_order() -> None:
    later = memo(
        date="2025-05-01",
        record="R/2",
        outcomes=[
            outcome("followUpAction", "z", "Asia", "agreed", follows=follows("R/1", "x")),
            outcome("followUpAction", "y", "Asia", "done", follows=follows("R/1", "x")),
        ],
    )
    (item,) = followup([_item("a.json", _first()), _item("b.json", later)], as_of=AS_OF).items
    assert [s.outcome for s in item.history] == ["z", "y"]
    assert item.status is OutcomeStatus.DONE
    assert item.notes == ()


def test_a_follow_up_dated_before_what_it_follows_is_an_error() -> None:
    entries = [
        _item("a.json", _first()),
        _item("b.json", _later("2025-01-20", "R/2", "y", "done")),
    ]
    result = followup(entries, as_of=AS_OF)
    assert messages(result) == [
        (
            "b.json",
            "datedBefore",
            'the outcome "y" (2025-01-20) follows up the outcome "x", which was recorded '
            "later (2025-02-03, a.json)",
        )
    ]
    # Still linked: the report shows the item as the memos have it.
    (item,) = result.items
    assert [s.outcome for s in item.history] == ["y"]


def test_a_memo_without_a_record_identifier_has_items_nobody_can_follow_up() -> None:
    unnamed = memo(
        date="2025-02-03",
        record=None,
        outcomes=[
            outcome("followUpAction", "x", "Asia", "open"),
            outcome("challenge", "c", "Haaste", "open"),
        ],
    )
    result = followup([_item("a.json", unnamed)], as_of=AS_OF)
    assert result.errors == ()
    assert [steps(i) for i in result.items] == [[("a.json", "2025-02-03", "x", "open")]]
    assert result.items[0].origin.record is None


def test_memos_with_errors_are_listed_and_not_used() -> None:
    broken = _later("2025-05-01", "R/2", "y", "done")
    broken["outcomes"][0]["responsible"] = ["nobody"]
    result = followup([_item("a.json", _first()), _item("b.json", broken)], as_of=AS_OF)
    assert result.memos == 1
    (item,) = result.items
    assert item.history == ()
    assert messages(result) == [
        (
            "b.json",
            "invalidMemo",
            "memo not used because it has errors: HN-R005 /outcomes/0/responsible/0: "
            'The proposer or responsible party "nobody" of follow-up "y" is not among '
            "the memo's organisations or participants",
        )
    ]


def test_a_follow_up_of_a_memo_not_used_says_why_it_was_not_found() -> None:
    broken = _first()
    broken["outcomes"][0]["responsible"] = ["nobody"]
    entries = [_item("a.json", broken), _item("b.json", _later("2025-05-01", "R/2", "y", "done"))]
    result = followup(entries, as_of=AS_OF)
    assert [(path, kind) for path, kind, _ in messages(result)] == [
        ("a.json", "invalidMemo"),
        ("b.json", "unusedRecord"),
    ]
    assert messages(result)[1][2] == (
        'the outcome "y" follows up the outcome "x" of the record "R/1", '
        "but the memo a.json with that record was not used because it has errors"
    )
    assert [steps(i) for i in result.items] == [[("b.json", "2025-05-01", "y", "done")]]


def test_a_file_that_is_not_a_memo_is_listed() -> None:
    broken = MemoEntry(path="x.json", package=None, report=validate_bytes(b"[]"), memo=None)
    result = followup([broken], as_of=AS_OF)
    assert result.items == ()
    assert messages(result) == [
        (
            "x.json",
            "notAMemo",
            "the file could not be read as a memo: HN-D001 /: The memo is not valid: "
            "expected a JSON object (a negotiation), found an array",
        )
    ]


def test_a_file_that_could_not_be_read_is_listed(tmp_path: Path) -> None:
    (missing,) = read_memos([str(tmp_path / "missing.json")])
    result = followup([missing], as_of=AS_OF)
    assert [(e.path, e.kind) for e in result.errors] == [
        (str(tmp_path / "missing.json"), ErrorKind.UNREADABLE)
    ]
    assert result.errors[0].message("en") == (
        "the file could not be read: HN-D002 /: The file cannot be read: no such file"
    )


def test_two_memos_with_the_same_record_identifier() -> None:
    same = memo(
        date="2025-03-01",
        record="R/1",
        outcomes=[outcome("followUpAction", "w", "Toinen", "open")],
    )
    later = _later("2025-05-01", "R/2", "y", "done")
    result = followup(
        [_item("a.json", _first()), _item("b.json", same), _item("c.json", later)], as_of=AS_OF
    )
    assert messages(result) == [
        (
            "b.json",
            "duplicateRecord",
            'the record identifier "R/1" is already that of the memo a.json; '
            "the outcomes of this memo cannot be followed up",
        )
    ]
    # The first memo keeps the identifier; the second one's items are still items.
    assert [steps(i) for i in result.items] == [
        [("a.json", "2025-02-03", "x", "proposed"), ("c.json", "2025-05-01", "y", "done")],
        [("b.json", "2025-03-01", "w", "open")],
    ]


def test_follow_ups_that_lead_back_to_themselves_end_and_are_reported() -> None:
    one = memo(
        date="2025-02-03",
        record="R/1",
        outcomes=[outcome("followUpAction", "x", "Asia", "open", follows=follows("R/2", "y"))],
    )
    two = memo(
        date="2025-05-01",
        record="R/2",
        outcomes=[outcome("followUpAction", "y", "Asia", "done", follows=follows("R/1", "x"))],
    )
    result = followup([_item("a.json", one), _item("b.json", two)], as_of=AS_OF)
    # The link of the earliest step is cut: a.json's x starts the item again.
    assert [steps(i) for i in result.items] == [
        [("a.json", "2025-02-03", "x", "open"), ("b.json", "2025-05-01", "y", "done")]
    ]
    assert messages(result) == [
        (
            "a.json",
            "datedBefore",
            'the outcome "x" (2025-02-03) follows up the outcome "y", which was recorded '
            "later (2025-05-01, b.json)",
        ),
        (
            "a.json",
            "cycle",
            'the outcome "x" is part of a follow-up chain that leads back to itself; '
            'its reference to the outcome "y" (b.json) was ignored',
        ),
    ]


def test_a_long_chain_is_linked_without_recursion() -> None:
    # 1,100 memos, each following up the previous: deeper than Python's recursion limit.
    count = 1100
    start = dt.date(2023, 1, 1)
    entries = []
    for n in range(count):
        link = {"follows": follows(f"R/{n - 1}", f"x{n - 1}")} if n else {}
        document = memo(
            date=(start + dt.timedelta(days=n)).isoformat(),
            record=f"R/{n}",
            outcomes=[outcome("followUpAction", f"x{n}", "Asia", "open", **link)],
        )
        entries.append(_item(f"m{n:05}.json", document))
    (item,) = followup(entries, as_of=AS_OF).items
    assert len(item.history) == count - 1
    assert item.history[-1].outcome == f"x{count - 1}"


# Partial dates -----------------------------------------------------------------------------


def test_a_month_is_ordered_by_its_first_day_and_cannot_be_told_from_a_day_in_it() -> None:
    entries = [
        _item("a.json", _first()),
        _item("b.json", _later(None, "R/2", "y", "agreed", partial_date="2025-05")),
        _item("c.json", _later("2025-05-20", "R/3", "z", "done")),
    ]
    result = followup(entries, as_of=AS_OF)
    assert result.errors == ()
    (item,) = result.items
    assert steps(item) == [
        ("a.json", "2025-02-03", "x", "proposed"),
        ("b.json", "2025-05", "y", "agreed"),
        ("c.json", "2025-05-20", "z", "done"),
    ]
    assert [n.message("en") for n in item.notes] == [
        "followed up on the same date (2025-05, 2025-05-20) in the memos b.json, c.json: "
        "ordered by path, so the latest status is uncertain"
    ]


def test_a_partial_date_is_before_only_when_every_day_it_can_mean_is() -> None:
    entries = [
        _item("a.json", _first()),  # 2025-02-03
        _item("b.json", _later(None, "R/2", "y", "agreed", partial_date="2025-02")),
        _item("c.json", _later(None, "R/3", "z", "agreed", partial_date="2025-01")),
    ]
    result = followup(entries, as_of=AS_OF)
    # February may be after the 3rd; January cannot be.
    assert messages(result) == [
        (
            "c.json",
            "datedBefore",
            'the outcome "z" (2025-01) follows up the outcome "x", which was recorded '
            "later (2025-02-03, a.json)",
        )
    ]


def test_a_year_spans_the_whole_year() -> None:
    year = MemoDate.of(None, "2024")
    assert year is not None
    assert (year.text, year.first, year.last) == (
        "2024",
        dt.date(2024, 1, 1),
        dt.date(2024, 12, 31),
    )
    december = MemoDate.of(None, "2024-12")
    assert december is not None
    assert (december.first, december.last) == (dt.date(2024, 12, 1), dt.date(2024, 12, 31))
    february = MemoDate.of(None, "2024-02")
    assert february is not None
    assert february.last == dt.date(2024, 2, 29)


def test_a_follow_up_without_a_date_comes_last_with_a_note() -> None:
    entries = [
        _item("a.json", _first()),
        _item("b.json", _later(None, "R/2", "y", "agreed")),
        _item("c.json", _later("2025-05-20", "R/3", "z", "done")),
    ]
    (item,) = followup(entries, as_of=AS_OF).items
    assert [s.outcome for s in item.history] == ["z", "y"]
    assert item.status is OutcomeStatus.AGREED
    assert [n.message("fi") for n in item.notes] == [
        "muistiolla b.json ei ole päivämäärää: järjestetty viimeiseksi"
    ]


# Owners ------------------------------------------------------------------------------------


def test_owners_are_named_by_name_or_label_never_by_id() -> None:
    document = memo(
        date="2025-02-03",
        record="R/1",
        outcomes=[
            outcome(
                "followUpAction",
                "x",
                "Asia",
                "open",
                responsible=["kj", "lohja", "virtanen", "koordinaattori"],
            )
        ],
    )
    document["people"] = [
        {"id": "virtanen", "name": "Anna Virtanen", "organisation": "lansi-uusimaa"},
        {
            "id": "koordinaattori",
            "title": {"fi": "Hyvinvointikoordinaattori"},
            "organisationName": {"fi": "Lohjan seurakunta"},
        },
    ]
    (item,) = followup([_item("a.json", document)], as_of=AS_OF).items
    assert [o.get("fi") for o in item.owner] == [
        "Kaupunginjohtajan sijainen (Lohja)",
        "Lohja",
        "Anna Virtanen",
        "Hyvinvointikoordinaattori (Lohjan seurakunta)",
    ]
    assert [o.get("sv") for o in item.owner] == [
        "Stadsdirektörens ställföreträdare (Lojo)",
        "Lojo",
        "Anna Virtanen",
        "Hyvinvointikoordinaattori (Lohjan seurakunta)",
    ]


# County and municipality -------------------------------------------------------------------


def _espoo() -> dict[str, Any]:
    return memo(
        date="2025-03-01",
        record="E/1",
        outcomes=[outcome("followUpAction", "e", "Espoon asia", "open")],
        municipality={
            "id": "espoo",
            "kind": "municipality",
            "name": {"fi": "Espoo", "sv": "Esbo"},
            "statisticsCode": "049",
        },
    )


def _vantaa() -> dict[str, Any]:
    return memo(
        date="2025-03-01",
        record="V/1",
        outcomes=[outcome("followUpAction", "v", "Vantaan asia", "open")],
        county={
            "id": "vantaa-kerava",
            "kind": "county",
            "name": {"fi": "Vantaan ja Keravan hyvinvointialue"},
            "statisticsCode": "04",
        },
        municipality={
            "id": "vantaa",
            "kind": "municipality",
            "name": {"fi": "Vantaa", "sv": "Vanda"},
            "statisticsCode": "092",
        },
    )


@pytest.mark.parametrize(
    ("county", "municipality", "expected"),
    [
        (None, None, ["vss", "tilat", "palveluohjaus", "e", "v", "tapaaminen"]),
        ("03", None, ["vss", "tilat", "palveluohjaus", "e", "tapaaminen"]),
        (
            "Länsi-Uudenmaan hyvinvointialue",
            None,
            ["vss", "tilat", "palveluohjaus", "e", "tapaaminen"],
        ),
        ("04", None, ["v"]),
        (None, "Espoo", ["e"]),
        (None, "Esbo", ["e"]),
        (None, "444", ["vss", "tilat", "palveluohjaus", "tapaaminen"]),
        ("04", "444", []),
    ],
)
def test_county_and_municipality_keep_the_items_started_there(
    county: str | None, municipality: str | None, expected: list[str]
) -> None:
    entries = [*chain_entries(), _item("e.json", _espoo()), _item("v.json", _vantaa())]
    result = followup(entries, county=county, municipality=municipality, as_of=AS_OF)
    assert [i.origin.outcome for i in result.items] == expected


def test_a_follow_up_in_a_memo_of_another_municipality_still_links() -> None:
    # Espoo's memo follows up Lohja's item: asked for Lohja, the item shows it.
    espoo = _espoo()
    espoo["outcomes"][0]["follows"] = follows("LUHVA/10/2025", "tilat")
    entries = [*chain_entries(), _item("e.json", espoo)]
    items = by_outcome(followup(entries, municipality="Lohja", as_of=AS_OF))
    assert [s.path for s in items["tilat"].history] == ["e.json", "set/c-lokakuu.json"]


class _Unread:
    """Entries that must not be read."""

    def __iter__(self) -> Iterator[MemoEntry]:
        raise AssertionError("the entries were read")


@pytest.mark.parametrize(
    ("county", "municipality", "message"),
    [
        (
            "Narnia",
            None,
            "county: expected a wellbeing services county by code (01-21) or name, found 'Narnia'",
        ),
        # Helsinki organises the services itself: no county.
        (
            "90",
            None,
            "county: expected a wellbeing services county by code (01-21) or name, found '90'",
        ),
        (
            None,
            "999",
            "municipality: expected a municipality by code (such as 444) or name, found '999'",
        ),
    ],
)
def test_an_unknown_county_or_municipality_is_refused_before_reading(
    county: str | None, municipality: str | None, message: str
) -> None:
    with pytest.raises(QueryError) as raised:
        followup(_Unread(), county=county, municipality=municipality)
    assert str(raised.value) == message


# Memory ------------------------------------------------------------------------------------


def test_the_models_are_not_kept() -> None:
    # 100 memos, each carrying a text of 200,000 characters of its own: kept, they would
    # hold more than 20 MB; followup keeps a few hundred bytes per outcome.
    def entries() -> Iterator[MemoEntry]:
        for n in range(100):
            document = memo(
                date="2025-02-03",
                record=f"R/{n}",
                outcomes=[
                    outcome("followUpAction", "x", "Asia", "open"),
                    outcome("challenge", "c", "Haaste", "open"),
                ],
            )
            document["sections"][0]["content"].append(
                {"type": "paragraph", "text": {"fi": f"{n:06}" + "x" * 200_000}}
            )
            negotiation = from_json(json.dumps(document))
            yield MemoEntry(
                path=f"{n}.json",
                package=None,
                report=Report(profile=Profile.DRAFT),
                memo=negotiation,
            )

    tracemalloc.start()
    try:
        result = followup(entries(), as_of=AS_OF)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len(result.items) == 100
    assert peak < 12_000_000, peak
