"""The follow-up report's words and outputs: the catalogues agree, labels not codes, exact texts."""

from __future__ import annotations

import datetime as dt
import string

import pytest

from hyvaneuvottelu.followup import FollowupResult, followup
from hyvaneuvottelu.followup._render import CSV_COLUMNS, csv_rows, json_document, text_lines
from hyvaneuvottelu.followup._words import WORDS, count, word
from hyvaneuvottelu.model import OUTCOME_TAGS

from .followup_set import entry, follows, memo, outcome

AS_OF = dt.date(2026, 1, 15)


def _placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_the_three_catalogues_have_the_same_ids_and_placeholders() -> None:
    assert set(WORDS["sv"]) == set(WORDS["fi"])
    assert set(WORDS["en"]) == set(WORDS["fi"])
    for id, template in WORDS["fi"].items():
        for language in ("sv", "en"):
            assert _placeholders(WORDS[language][id]) == _placeholders(template), (id, language)


def test_every_outcome_kind_and_csv_column_has_words() -> None:
    for language in ("fi", "sv", "en"):
        for tag in OUTCOME_TAGS.values():
            assert f"kind.{tag}" in WORDS[language]
        for column in CSV_COLUMNS:
            assert f"csv.{column}" in WORDS[language]


@pytest.mark.parametrize(
    ("language", "n", "expected"),
    [
        ("fi", 1, "1 seurattava asia, 1 myöhässä, 1 virhe"),
        ("fi", 2, "2 seurattavaa asiaa, 2 myöhässä, 2 virhettä"),
        ("sv", 1, "1 sak att följa upp, 1 försenad, 1 fel"),
        ("sv", 2, "2 saker att följa upp, 2 försenade, 2 fel"),
        ("en", 1, "1 item to follow up, 1 overdue, 1 error"),
        ("en", 0, "0 items to follow up, 0 overdue, 0 errors"),
    ],
)
def test_counts_agree_with_their_number(language: str, n: int, expected: str) -> None:
    words = [count(id, n, language) for id in ("items", "overdue", "errors")]
    assert ", ".join(words) == expected


def test_a_language_without_a_catalogue_falls_back_to_finnish() -> None:
    assert word("text.overdue", "de") == "MYÖHÄSSÄ"


def _result_with_notes_and_errors() -> FollowupResult:
    first = memo(
        date="2025-02-03",
        record="R/1",
        outcomes=[
            outcome(
                "followUpAction",
                "x",
                "Tapaaminen",
                "proposed",
                responsible=["kj"],
                dueDate="2025-03-01",
                dueText={"fi": "kevään aikana", "sv": "under våren"},
            )
        ],
    )
    same_day = [
        memo(
            date="2025-05-01",
            record=f"R/{n}",
            outcomes=[
                outcome(
                    "followUpAction", f"y{n}", "Tapaaminen", status, follows=follows("R/1", "x")
                )
            ],
        )
        for n, status in ((2, "agreed"), (3, "open"))
    ]
    orphan = memo(
        date="2025-06-01",
        record="R/4",
        outcomes=[outcome("matterToAgree", "z", "Tilat", "open", follows=follows("R/0", "w"))],
    )
    return followup(
        [
            entry("a.json", first),
            entry("b.json", same_day[0]),
            entry("c.json", same_day[1]),
            entry("d.json", orphan),
        ],
        as_of=AS_OF,
    )


def test_the_text_report_in_swedish_with_notes_and_errors() -> None:
    result = _result_with_notes_and_errors()
    assert list(text_lines(result, "sv")) == [
        "läget per 15.1.2026",
        "",
        'fortsatt åtgärd "Tapaaminen": status öppen FÖRSENAD',
        "  började: 3.2.2025, a.json (R/1), resultat x: föreslagen",
        "  uppföljning: 1.5.2025, b.json (R/2), resultat y2: överenskommen",
        "  uppföljning: 1.5.2025, c.json (R/3), resultat y3: öppen",
        "  ansvarig: Stadsdirektörens ställföreträdare (Lojo)",
        "  tidsfrist: 1.3.2025 (under våren)",
        "  anmärkning: uppföljt samma dag (1.5.2025) i promemoriorna b.json, c.json: "
        "ordnade efter sökväg, så den senaste statusen är inte säker",
        "",
        'sak att avtala separat "Tilat": status öppen',
        "  började: 1.6.2025, d.json (R/4), resultat z: öppen",
        '  anmärkning: följer upp resultatet "w" i handlingen "R/0", som inte hittades',
        "",
        'fel: d.json: resultatet "z" följer upp resultatet "w" i handlingen "R/0", '
        "men handlingen finns inte bland de lästa promemoriorna",
        "",
        "2 saker att följa upp, 1 försenad, 1 fel",
    ]


def test_json_carries_codes_and_labels_and_the_notes() -> None:
    document = json_document(_result_with_notes_and_errors(), "fi")
    first, orphan = document["items"]
    assert (first["status"], first["statusLabel"]) == ("open", "avoin")
    assert (first["kind"], first["kindLabel"]) == ("followUpAction", "jatkotoimenpide")
    assert first["owner"] == ["Kaupunginjohtajan sijainen (Lohja)"]
    assert (first["dueDate"], first["dueText"]) == ("2025-03-01", "kevään aikana")
    assert first["notes"] == [
        "seurattu samana päivänä (2025-05-01) muistioissa b.json, c.json: järjestetty polun "
        "mukaan, joten viimeisin tila ei ole varma"
    ]
    assert orphan["follows"] == {"record": "R/0", "outcome": "w"}
    assert document["errors"] == [
        {
            "path": "d.json",
            "kind": "missingRecord",
            "message": 'tulos "z" seuraa asiakirjan "R/0" tulosta "w", mutta asiakirjaa ei ole '
            "luettujen muistioiden joukossa",
        }
    ]


def test_a_memo_without_record_or_date_reads_so() -> None:
    bare = memo(date=None, record=None, outcomes=[outcome("followUpAction", "x", "Asia", "open")])
    result = followup([entry("a.json", bare)], as_of=AS_OF)
    assert list(text_lines(result, "fi"))[3] == (
        "  alkoi: ei päivämäärää, a.json (ei asiakirjan tunnistetta), tulos x: avoin"
    )
    assert json_document(result, "en")["items"][0]["origin"]["record"] is None


@pytest.mark.parametrize(
    ("title", "cell"),
    [
        ("=1+1", "'=1+1"),
        ("+358 40", "'+358 40"),
        ("-5 %", "'-5 %"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("Tapaaminen = sovittu", "Tapaaminen = sovittu"),
    ],
)
def test_a_csv_cell_a_spreadsheet_would_take_for_a_formula_is_text(title: str, cell: str) -> None:
    document = memo(
        date="2025-02-03", record="R/1", outcomes=[outcome("followUpAction", "x", title, "open")]
    )
    result = followup([entry("a.json", document)], as_of=AS_OF)
    assert list(csv_rows(result, "en"))[1][1] == cell


def test_the_text_shows_days_as_the_coverage_report_does_and_json_keeps_iso() -> None:
    first = memo(
        date="2025-02-03", record="R/1", outcomes=[outcome("followUpAction", "x", "Asia", "open")]
    )
    early = memo(
        date=None,
        partial_date="2025-01",
        record="R/2",
        outcomes=[outcome("followUpAction", "y", "Asia", "done", follows=follows("R/1", "x"))],
    )
    result = followup([entry("a.json", first), entry("b.json", early)], as_of=AS_OF)
    assert list(text_lines(result, "fi")) == [
        "tilanne 15.1.2026",
        "",
        'jatkotoimenpide "Asia": tila tehty',
        "  alkoi: 3.2.2025, a.json (R/1), tulos x: avoin",
        "  seuranta: 2025-01, b.json (R/2), tulos y: tehty",
        "",
        'virhe: b.json: tulos "y" (2025-01) seuraa tulosta "x", joka on kirjattu myöhemmin '
        "(3.2.2025, a.json)",
        "",
        "1 seurattava asia, 0 myöhässä, 1 virhe",
    ]
    assert next(text_lines(result, "en")) == "as of 2026-01-15"
    assert json_document(result, "fi")["errors"][0]["message"] == (
        'tulos "y" (2025-01) seuraa tulosta "x", joka on kirjattu myöhemmin (2025-02-03, a.json)'
    )
    assert list(csv_rows(result, "fi"))[1][9] == "2025-02-03"
