"""A follow-up chain over three memos, written for the tests of ``followup``.

Länsi-Uudenmaan hyvinvointialue and Lohja meet three times in 2025. Each
memo is a small valid document written out by hand here; the later ones
follow up outcomes of the earlier ones by record identifier and outcome id:

- ``2025-02-03`` (``LUHVA/10/2025``, ``a-helmikuu.json``): the civil defence
  structure is proposed (a follow-up action, Mia Laiho responsible, due
  2025-06-30 "kevään aikana"); the premises leases are a matter to agree
  (open); residents' difficulty in finding services is a challenge (open).
- ``2025-06-10`` (``LUHVA/55/2025``, ``b-kesakuu.json``): the structure is
  agreed, due again 2025-09-30, Pasi Perämäki responsible; the challenge
  continues.
- ``2025-10-20`` (``LUHVA/90/2025``, ``c-lokakuu.json``): the structure is
  done (following up June's outcome, not February's); the leases are
  agreed; a joint meeting is planned, due 2025-11-30, with nobody named.

So at 2026-01-15 the report has four items: the structure (proposed,
agreed, done), the leases (open, agreed), the challenge (open, continues)
and the meeting (planned, overdue).
"""

from __future__ import annotations

import copy
import datetime as dt
import json
from pathlib import Path
from typing import Any

from hyvaneuvottelu import check, from_json
from hyvaneuvottelu.collection import MemoEntry

__all__ = [
    "CHAIN",
    "chain_entries",
    "entry",
    "follows",
    "memo",
    "outcome",
    "write_memo",
    "write_set",
]

#: The day the memos are checked on: after all of them.
_AS_OF = dt.date(2026, 1, 15)

_COUNTY = {
    "id": "lansi-uusimaa",
    "kind": "county",
    "name": {"fi": "Länsi-Uudenmaan hyvinvointialue", "sv": "Västra Nylands välfärdsområde"},
    "statisticsCode": "03",
}
_LOHJA = {
    "id": "lohja",
    "kind": "municipality",
    "name": {"fi": "Lohja", "sv": "Lojo"},
    "statisticsCode": "444",
}
_PARTICIPANTS = [
    {
        "id": "laiho",
        "name": "Mia Laiho",
        "title": {"fi": "Aluehallituksen puheenjohtaja"},
        "organisation": "lansi-uusimaa",
        "leadership": "elected",
    },
    {
        "id": "peramaki",
        "name": "Pasi Perämäki",
        "title": {"fi": "Kaupunginjohtaja"},
        "organisation": "lohja",
        "leadership": "official",
    },
    {
        "id": "kj",
        "title": {"fi": "Kaupunginjohtajan sijainen", "sv": "Stadsdirektörens ställföreträdare"},
        "organisation": "lohja",
        "leadership": "official",
    },
]


def outcome(kind: str, id: str, title: str, status: str, **fields: Any) -> dict[str, Any]:
    """An outcome of ``kind`` (its wire tag), sourced from point ``p1`` of section 1."""
    return {
        "type": kind,
        "id": id,
        "title": {"fi": title},
        "status": status,
        "sources": [{"section": "1", "point": "p1"}],
        **fields,
    }


def follows(record: str, outcome: str) -> dict[str, str]:
    return {"record": record, "outcome": outcome}


def memo(
    *,
    date: str | None,
    record: str | None,
    outcomes: list[dict[str, Any]],
    partial_date: str | None = None,
    municipality: dict[str, Any] | None = None,
    county: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """A valid memo of Länsi-Uusimaa and Lohja (or ``municipality``) with ``outcomes``."""
    county = copy.deepcopy(county or _COUNTY)
    municipality = copy.deepcopy(municipality or _LOHJA)
    participants = copy.deepcopy(_PARTICIPANTS)
    for participant in participants:
        # The county's and the municipality's people, whichever they are.
        participant["organisation"] = {
            _COUNTY["id"]: county["id"],
            _LOHJA["id"]: municipality["id"],
        }[participant["organisation"]]
    document: dict[str, Any] = {
        "schemaVersion": "1.1",
        "kind": "councilTerm",
        "title": {"fi": "Neuvottelu"},
        "county": county,
        "municipalities": [municipality],
        "participants": participants,
    }
    if date is not None:
        document["date"] = date
    if partial_date is not None:
        document["partialDate"] = partial_date
    document["sections"] = [
        {
            "number": "1",
            "title": {"fi": "Yhteistyön rakenteet"},
            "kind": "discussion",
            "content": [
                {
                    "type": "finding",
                    "points": [{"id": "p1", "text": {"fi": "Keskustelussa todettiin asiat."}}],
                }
            ],
        }
    ]
    document["outcomes"] = outcomes
    if record is not None:
        document["record"] = {"identifier": record}
    return document


#: The three memos of the chain: file name -> document.
CHAIN: dict[str, dict[str, Any]] = {
    "a-helmikuu.json": memo(
        date="2025-02-03",
        record="LUHVA/10/2025",
        outcomes=[
            outcome(
                "followUpAction",
                "vss",
                "Väestönsuojelun yhteistyörakenne",
                "proposed",
                responsible=["laiho"],
                dueDate="2025-06-30",
                dueText={"fi": "kevään aikana"},
            ),
            outcome("matterToAgree", "tilat", "Tilojen vuokrasopimukset", "open"),
            outcome("challenge", "palveluohjaus", "Asukkaat eivät löydä palveluja", "open"),
            # Not tracked: no later memo follows it up.
            outcome("operatingModel", "ankkuri", "Ankkuri-toiminta", "continues"),
        ],
    ),
    "b-kesakuu.json": memo(
        date="2025-06-10",
        record="LUHVA/55/2025",
        outcomes=[
            outcome(
                "followUpAction",
                "vss-sovittu",
                "Väestönsuojelun yhteistyörakenne sovittu",
                "agreed",
                follows=follows("LUHVA/10/2025", "vss"),
                responsible=["peramaki"],
                dueDate="2025-09-30",
            ),
            outcome(
                "challenge",
                "palveluohjaus-jatkuu",
                "Asukkaat eivät löydä palveluja",
                "continues",
                follows=follows("LUHVA/10/2025", "palveluohjaus"),
            ),
        ],
    ),
    "c-lokakuu.json": memo(
        date="2025-10-20",
        record="LUHVA/90/2025",
        outcomes=[
            outcome(
                "followUpAction",
                "vss-valmis",
                "Väestönsuojelun yhteistyörakenne",
                "done",
                follows=follows("LUHVA/55/2025", "vss-sovittu"),
            ),
            outcome(
                "matterToAgree",
                "tilat-sovittu",
                "Tilojen vuokrasopimukset",
                "agreed",
                follows=follows("LUHVA/10/2025", "tilat"),
            ),
            outcome(
                "followUpAction",
                "tapaaminen",
                "Yhteinen tapaaminen",
                "planned",
                dueDate="2025-11-30",
            ),
        ],
    ),
}


def write_memo(folder: Path, name: str, document: dict[str, Any]) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(document, ensure_ascii=False, indent=2), encoding="utf-8")
    return path


def write_set(folder: Path) -> Path:
    """Write the three memos of :data:`CHAIN` into ``folder`` (made if needed); returns it."""
    for name, document in CHAIN.items():
        write_memo(folder, name, document)
    return folder


def entry(path: str, document: dict[str, Any]) -> MemoEntry:
    """``document`` read and checked (draft profile), as the memo at ``path``."""
    negotiation = from_json(json.dumps(document))
    report = check(negotiation, as_of=_AS_OF)
    return MemoEntry(path=path, package=None, report=report, memo=negotiation)


def chain_entries(prefix: str = "set/") -> list[MemoEntry]:
    """The entries of :data:`CHAIN`, in path order."""
    return [entry(prefix + name, document) for name, document in CHAIN.items()]
