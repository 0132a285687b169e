"""A test set for the coverage report, written for the purpose: Länsi-Uusimaa's memos.

:func:`build` writes it into a folder: memos of the council terms 2022-2025
(which people call 2021-2025) and 2025-2029, joint and one-to-one, a series of
wellbeing promotion (HYTE) negotiations, a notice of a planned meeting, a memo
in error and a memo with a municipality of another county. What the report
must say of it is written here by hand, never computed: ``MISSING_2025_2029``
and the rest. The memos are invented; only the places are real.

    python -m tests.coverage_set FOLDER
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any

from .documents import minimal_document

#: The day the tests make the report for.
AS_OF = dt.date(2026, 11, 30)

#: Länsi-Uusimaa's ten municipalities, by code (Statistics Finland, 2023).
MUNICIPALITIES = {
    "049": ("Espoo", "Esbo"),
    "078": ("Hanko", "Hangö"),
    "149": ("Inkoo", "Ingå"),
    "224": ("Karkkila", "Högfors"),
    "235": ("Kauniainen", "Grankulla"),
    "257": ("Kirkkonummi", "Kyrkslätt"),
    "444": ("Lohja", "Lojo"),
    "710": ("Raasepori", "Raseborg"),
    "755": ("Siuntio", "Sjundeå"),
    "927": ("Vihti", "Vichtis"),
}
#: Porvoo, of Itä-Uusimaa: the municipality from another county.
FOREIGN = ("638", "Porvoo", "Borgå")

#: The municipalities with no negotiation recorded in the council term 2025-2029.
MISSING_2025_2029 = ("078", "224", "755")
#: Those of the wellbeing promotion year 2025 that did not take part.
MISSING_HYTE_2025 = ("078", "755")
#: Those that took part in 2026: one memo served both negotiations.
TOOK_PART_HYTE_2026 = ("927",)

#: (file, kind, date, municipality codes, and what else the memo is).
_MEMOS: tuple[tuple[str, str, str, tuple[str, ...], dict[str, Any]], ...] = (
    # The council term 2022-2025: every municipality, one memo with only a month.
    ("2022-2025/2023-03-15-espoo-kauniainen.json", "councilTerm", "2023-03-15", ("049", "235"), {}),
    (
        "2022-2025/2023-09-12-lansi.json",
        "councilTerm",
        "2023-09-12",
        ("078", "149", "710"),
        {},
    ),
    ("2022-2025/2024-02-06-lohja.json", "councilTerm", "2024-02-06", ("444",), {}),
    ("2022-2025/2024-05-karkkila-vihti.json", "councilTerm", "2024-05", ("224", "927"), {}),
    ("2022-2025/2024-10-01-kirkkonummi.json", "councilTerm", "2024-10-01", ("257",), {}),
    ("2022-2025/2025-01-14-siuntio.json", "councilTerm", "2025-01-14", ("755",), {}),
    # The council term 2025-2029: seven of ten.
    (
        "2025-2029/2025-09-10-itainen.json",
        "councilTerm",
        "2025-09-10",
        ("049", "235", "257"),
        {},
    ),
    ("2025-2029/2025-10-02-lohja.json", "councilTerm", "2025-10-02", ("444",), {}),
    ("2025-2029/2026-02-12-raasepori-inkoo.json", "councilTerm", "2026-02-12", ("710", "149"), {}),
    (
        "2025-2029/2026-04-22-vihti.json",
        "councilTerm",
        "2026-04-22",
        ("927",),
        {"additionalKinds": ["wellbeingPromotion"]},
    ),
    # Not coverage: a notice of a planned meeting with Hanko.
    (
        "2025-2029/2026-06-10-hanko-kutsu.json",
        "councilTerm",
        "2026-06-10",
        ("078",),
        {"notice": True},
    ),
    # Not coverage: Siuntio's memo in error.
    ("2025-2029/2026-03-03-siuntio.json", "councilTerm", "2026-03-03", ("755",), {"broken": True}),
    # Not coverage: Karkkila with Porvoo, of another county.
    (
        "2025-2029/2026-05-05-karkkila-porvoo.json",
        "councilTerm",
        "2026-05-05",
        ("224", FOREIGN[0]),
        {},
    ),
    # Wellbeing promotion (HYTE), yearly.
    ("hyte/2023-11-20.json", "wellbeingPromotion", "2023-11-20", tuple(MUNICIPALITIES), {}),
    ("hyte/2024-10-15.json", "wellbeingPromotion", "2024-10-15", (), {"allOfCounty": True}),
    (
        "hyte/2025-11-04.json",
        "wellbeingPromotion",
        "2025-11-04",
        tuple(c for c in MUNICIPALITIES if c not in MISSING_HYTE_2025),
        {},
    ),
)

#: The memo in error and the memo with another county's municipality.
BROKEN = "2025-2029/2026-03-03-siuntio.json"
FOREIGN_MEMO = "2025-2029/2026-05-05-karkkila-porvoo.json"
NOTICE = "2025-2029/2026-06-10-hanko-kutsu.json"


_LEGAL_BASIS = {
    "councilTerm": {
        "statuteNumber": 611,
        "statuteYear": 2021,
        "section": "14",
        "statuteTitle": {"fi": "Laki hyvinvointialueesta"},
    },
    "wellbeingPromotion": {
        "statuteNumber": 612,
        "statuteYear": 2021,
        "section": "7",
        "statuteTitle": {"fi": "Laki sosiaali- ja terveydenhuollon järjestämisestä"},
    },
}


def _organisation(code: str) -> dict[str, Any]:
    fi, sv = FOREIGN[1:] if code == FOREIGN[0] else MUNICIPALITIES[code]
    return {
        "id": f"kunta-{code}",
        "kind": "municipality",
        "name": {"fi": fi, "sv": sv},
        "statisticsCode": code,
    }


def memo_document(
    kind: str, date: str, codes: tuple[str, ...], extra: dict[str, Any]
) -> dict[str, Any]:
    """A valid memo of ``kind`` on ``date`` (a day, or a month) with the municipalities ``codes``."""
    document = minimal_document()
    document["kind"] = kind
    if len(date) == len("2024-05"):
        document["partialDate"] = date
    else:
        document["date"] = date
    if extra.get("allOfCounty"):
        document["scope"] = "allOfCounty"
        codes = ("444",)
    document["municipalities"] = [_organisation(code) for code in codes]
    document["legalBasis"] = [_LEGAL_BASIS[k] for k in (kind, *extra.get("additionalKinds", ()))]
    # The speaker speaks for the first municipality; the county chairs; the
    # municipalities' representatives are a group.
    document["participants"][0]["organisation"] = f"kunta-{codes[0]}"
    document["participants"].append(
        {
            "id": "pj",
            "title": {"fi": "Aluehallituksen puheenjohtaja"},
            "organisation": "lu",
            "leadership": "elected",
            "roles": ["chair"],
        }
    )
    document["attendanceGroups"] = [
        {
            "id": "kunnat",
            "description": {"fi": "Kuntien edustajat"},
            "organisationKind": "municipality",
            "presence": "present",
        }
    ]
    document["sections"].append(
        {
            "number": "2",
            "title": {"fi": "Neuvottelun päättäminen"},
            "kind": "closing",
            "content": [{"type": "paragraph", "text": {"fi": "Puheenjohtaja päätti neuvottelun."}}],
        }
    )
    if "additionalKinds" in extra:
        document["additionalKinds"] = extra["additionalKinds"]
    if kind == "wellbeingPromotion":
        document["title"] = {"fi": "Hyvinvoinnin ja terveyden edistämisen neuvottelu"}
    if extra.get("notice"):
        # A notice records no attendance and no outcome: only who convenes it.
        document["genre"] = "notice"
        document["invitation"] = {"convener": "lu", "date": "2026-05-20"}
        document["participants"] = []
        document["attendanceGroups"] = []
        document["outcomes"] = []
        document["sections"][0]["content"] = document["sections"][0]["content"][:1]
    if extra.get("broken"):
        # The outcome cites a section the memo does not have.
        document["outcomes"][0]["sources"] = [{"section": "9"}]
    return document


def build(folder: Path) -> list[Path]:
    """Write the test set into ``folder``; the memo files, in the order written."""
    written = []
    for name, kind, date, codes, extra in _MEMOS:
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        document = memo_document(kind, date, codes, extra)
        path.write_text(json.dumps(document, ensure_ascii=False, indent=2), "utf-8")
        written.append(path)
    return written


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python -m tests.coverage_set FOLDER")
    for written_path in build(Path(sys.argv[1])):
        print(written_path)
