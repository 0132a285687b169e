"""The follow-up report's words in Finnish, Swedish and English: one catalogue per language.

Every text the report shows for people comes from here (codes of the model
are shown by :func:`~hyvaneuvottelu.model.code_label`); the three catalogues
have the same ids and the same placeholders, which a test checks.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

__all__ = ["WORDS", "count", "word"]

_FI: Final[dict[str, str]] = {
    # The kinds of outcome, as rules/_fit.py names them.
    "kind.cooperationStructure": "yhteistoimintarakenne",
    "kind.operatingModel": "toimintamalli",
    "kind.informationFlow": "tiedonkulku",
    "kind.agreement": "sopimus",
    "kind.challenge": "haaste",
    "kind.matterToAgree": "erikseen sovittava asia",
    "kind.followUpAction": "jatkotoimenpide",
    "kind.decision": "päätös",
    "kind.interfacePlan": "yhdyspintasuunnitelma",
    "kind.strategyItem": "strategian kohta",
    # Errors of the report: each names the memo it is about.
    "error.invalid_memo": "muistiota ei käytetty, koska siinä on virheitä: {findings}",
    "error.unreadable": "tiedostoa ei voitu lukea: {findings}",
    "error.not_a_memo": "tiedostoa ei voitu lukea muistiona: {findings}",
    "error.missing_record": (
        'tulos "{outcome}" seuraa asiakirjan "{record}" tulosta "{earlier}", '
        "mutta asiakirjaa ei ole luettujen muistioiden joukossa"
    ),
    "error.unused_record": (
        'tulos "{outcome}" seuraa asiakirjan "{record}" tulosta "{earlier}", '
        "mutta asiakirjan muistiota {memo} ei käytetty, koska siinä on virheitä"
    ),
    "error.missing_outcome": (
        'tulos "{outcome}" seuraa asiakirjan "{record}" tulosta "{earlier}", '
        "mutta muistiossa {memo} ei ole sen nimistä tulosta"
    ),
    "error.dated_before": (
        'tulos "{outcome}" ({date}) seuraa tulosta "{earlier}", joka on kirjattu myöhemmin '
        "({earlier_date}, {memo})"
    ),
    "error.duplicate_record": (
        'asiakirjan tunniste "{record}" on jo muistiolla {memo}; tämän muistion tuloksia '
        "ei voi seurata"
    ),
    "error.cycle": (
        'tulos "{outcome}" kuuluu seurantaketjuun, joka palaa itseensä; '
        'sen viittaus tulokseen "{earlier}" ({memo}) jätettiin huomiotta'
    ),
    # Notes on an item.
    "note.same_date": (
        "seurattu samana päivänä ({date}) muistioissa {memos}: järjestetty polun mukaan, "
        "joten viimeisin tila ei ole varma"
    ),
    "note.undated": "muistiolla {memo} ei ole päivämäärää: järjestetty viimeiseksi",
    "note.unresolved": 'seuraa asiakirjan "{record}" tulosta "{earlier}", jota ei löytynyt',
    # The text report.
    "text.status": "tila",
    "text.overdue": "MYÖHÄSSÄ",
    "text.started": "alkoi",
    "text.followed": "seuranta",
    "text.owner": "vastuussa",
    "text.due": "määräaika",
    "text.no_record": "ei asiakirjan tunnistetta",
    "text.no_date": "ei päivämäärää",
    "text.outcome": "tulos",
    "text.note": "huomautus",
    "text.error": "virhe",
    "count.items.one": "{n} seurattava asia",
    "count.items.other": "{n} seurattavaa asiaa",
    "count.overdue.one": "{n} myöhässä",
    "count.overdue.other": "{n} myöhässä",
    "count.errors.one": "{n} virhe",
    "count.errors.other": "{n} virhettä",
    "text.nothing": "ei seurattavia asioita",
    # The CSV report's columns.
    "csv.kind": "laji",
    "csv.title": "asia",
    "csv.status": "tila",
    "csv.overdue": "myöhässä",
    "csv.owner": "vastuussa",
    "csv.due_date": "määräaika",
    "csv.due_text": "aikataulu",
    "csv.path": "muistio",
    "csv.record": "asiakirjan tunniste",
    "csv.date": "päivämäärä",
    "csv.outcome": "tulos",
    "csv.history": "seurantahistoria",
    "csv.notes": "huomautukset",
    "csv.yes": "kyllä",
    "csv.no": "ei",
    # Progress and notes of the command.
    "reason.own_report": "tämän komennon raportti (--out), ei muistio",
    "cli.progress": "luettu",
    "cli.skipped": "ohitettu",
    "cli.as_of": "--as-of: odotettiin päivämäärää muodossa VVVV-KK-PP, löytyi {found}",
    "cli.county": "--county: odotettiin hyvinvointialueen koodia tai nimeä, löytyi {found}",
    "cli.municipality": "--municipality: odotettiin kunnan koodia tai nimeä, löytyi {found}",
}

_SV: Final[dict[str, str]] = {
    "kind.cooperationStructure": "samarbetsstruktur",
    "kind.operatingModel": "verksamhetsmodell",
    "kind.informationFlow": "informationsflöde",
    "kind.agreement": "avtal",
    "kind.challenge": "utmaning",
    "kind.matterToAgree": "sak att avtala separat",
    "kind.followUpAction": "fortsatt åtgärd",
    "kind.decision": "beslut",
    "kind.interfacePlan": "gränsytplan",
    "kind.strategyItem": "strategipunkt",
    "error.invalid_memo": "promemorian användes inte eftersom den har fel: {findings}",
    "error.unreadable": "filen kunde inte läsas: {findings}",
    "error.not_a_memo": "filen kunde inte läsas som en promemoria: {findings}",
    "error.missing_record": (
        'resultatet "{outcome}" följer upp resultatet "{earlier}" i handlingen "{record}", '
        "men handlingen finns inte bland de lästa promemoriorna"
    ),
    "error.unused_record": (
        'resultatet "{outcome}" följer upp resultatet "{earlier}" i handlingen "{record}", '
        "men handlingens promemoria {memo} användes inte eftersom den har fel"
    ),
    "error.missing_outcome": (
        'resultatet "{outcome}" följer upp resultatet "{earlier}" i handlingen "{record}", '
        "men promemorian {memo} har inget resultat med det namnet"
    ),
    "error.dated_before": (
        'resultatet "{outcome}" ({date}) följer upp resultatet "{earlier}", som antecknades '
        "senare ({earlier_date}, {memo})"
    ),
    "error.duplicate_record": (
        'handlingens identifierare "{record}" finns redan i promemorian {memo}; '
        "resultaten i denna promemoria kan inte följas upp"
    ),
    "error.cycle": (
        'resultatet "{outcome}" hör till en uppföljningskedja som går tillbaka till sig själv; '
        'dess hänvisning till resultatet "{earlier}" ({memo}) lämnades utan avseende'
    ),
    "note.same_date": (
        "uppföljt samma dag ({date}) i promemoriorna {memos}: ordnade efter sökväg, "
        "så den senaste statusen är inte säker"
    ),
    "note.undated": "promemorian {memo} har inget datum: ordnad sist",
    "note.unresolved": (
        'följer upp resultatet "{earlier}" i handlingen "{record}", som inte hittades'
    ),
    "text.status": "status",
    "text.overdue": "FÖRSENAD",
    "text.started": "började",
    "text.followed": "uppföljning",
    "text.owner": "ansvarig",
    "text.due": "tidsfrist",
    "text.no_record": "ingen identifierare för handlingen",
    "text.no_date": "inget datum",
    "text.outcome": "resultat",
    "text.note": "anmärkning",
    "text.error": "fel",
    "count.items.one": "{n} sak att följa upp",
    "count.items.other": "{n} saker att följa upp",
    "count.overdue.one": "{n} försenad",
    "count.overdue.other": "{n} försenade",
    "count.errors.one": "{n} fel",
    "count.errors.other": "{n} fel",
    "text.nothing": "inga saker att följa upp",
    "csv.kind": "typ",
    "csv.title": "sak",
    "csv.status": "status",
    "csv.overdue": "försenad",
    "csv.owner": "ansvarig",
    "csv.due_date": "tidsfrist",
    "csv.due_text": "tidtabell",
    "csv.path": "promemoria",
    "csv.record": "handlingens identifierare",
    "csv.date": "datum",
    "csv.outcome": "resultat",
    "csv.history": "uppföljningshistorik",
    "csv.notes": "anmärkningar",
    "csv.yes": "ja",
    "csv.no": "nej",
    "reason.own_report": "detta kommandos rapport (--out), inte en promemoria",
    "cli.progress": "lästa",
    "cli.skipped": "hoppades över",
    "cli.as_of": "--as-of: ett datum i formen ÅÅÅÅ-MM-DD förväntades, hittades {found}",
    "cli.county": "--county: ett välfärdsområdes kod eller namn förväntades, hittades {found}",
    "cli.municipality": "--municipality: en kommuns kod eller namn förväntades, hittades {found}",
}

_EN: Final[dict[str, str]] = {
    "kind.cooperationStructure": "cooperation structure",
    "kind.operatingModel": "operating model",
    "kind.informationFlow": "information flow",
    "kind.agreement": "agreement",
    "kind.challenge": "challenge",
    "kind.matterToAgree": "matter to agree separately",
    "kind.followUpAction": "follow-up action",
    "kind.decision": "decision",
    "kind.interfacePlan": "interface plan",
    "kind.strategyItem": "strategy item",
    "error.invalid_memo": "memo not used because it has errors: {findings}",
    "error.unreadable": "the file could not be read: {findings}",
    "error.not_a_memo": "the file could not be read as a memo: {findings}",
    "error.missing_record": (
        'the outcome "{outcome}" follows up the outcome "{earlier}" of the record "{record}", '
        "but no memo read has that record identifier"
    ),
    "error.unused_record": (
        'the outcome "{outcome}" follows up the outcome "{earlier}" of the record "{record}", '
        "but the memo {memo} with that record was not used because it has errors"
    ),
    "error.missing_outcome": (
        'the outcome "{outcome}" follows up the outcome "{earlier}" of the record "{record}", '
        "but the memo {memo} has no outcome of that id"
    ),
    "error.dated_before": (
        'the outcome "{outcome}" ({date}) follows up the outcome "{earlier}", which was '
        "recorded later ({earlier_date}, {memo})"
    ),
    "error.duplicate_record": (
        'the record identifier "{record}" is already that of the memo {memo}; '
        "the outcomes of this memo cannot be followed up"
    ),
    "error.cycle": (
        'the outcome "{outcome}" is part of a follow-up chain that leads back to itself; '
        'its reference to the outcome "{earlier}" ({memo}) was ignored'
    ),
    "note.same_date": (
        "followed up on the same date ({date}) in the memos {memos}: ordered by path, "
        "so the latest status is uncertain"
    ),
    "note.undated": "the memo {memo} has no date: ordered last",
    "note.unresolved": (
        'follows up the outcome "{earlier}" of the record "{record}", which was not found'
    ),
    "text.status": "status",
    "text.overdue": "OVERDUE",
    "text.started": "started",
    "text.followed": "followed up",
    "text.owner": "responsible",
    "text.due": "due",
    "text.no_record": "no record identifier",
    "text.no_date": "no date",
    "text.outcome": "outcome",
    "text.note": "note",
    "text.error": "error",
    "count.items.one": "{n} item to follow up",
    "count.items.other": "{n} items to follow up",
    "count.overdue.one": "{n} overdue",
    "count.overdue.other": "{n} overdue",
    "count.errors.one": "{n} error",
    "count.errors.other": "{n} errors",
    "text.nothing": "no items to follow up",
    "csv.kind": "kind",
    "csv.title": "item",
    "csv.status": "status",
    "csv.overdue": "overdue",
    "csv.owner": "responsible",
    "csv.due_date": "due date",
    "csv.due_text": "timing",
    "csv.path": "memo",
    "csv.record": "record identifier",
    "csv.date": "date",
    "csv.outcome": "outcome",
    "csv.history": "follow-up history",
    "csv.notes": "notes",
    "csv.yes": "yes",
    "csv.no": "no",
    "reason.own_report": "this command's report (--out), not a memo",
    "cli.progress": "read",
    "cli.skipped": "skipped",
    "cli.as_of": "--as-of: expected a date as YYYY-MM-DD, found {found}",
    "cli.county": (
        "--county: expected the code or name of a wellbeing services county, found {found}"
    ),
    "cli.municipality": (
        "--municipality: expected the code or name of a municipality, found {found}"
    ),
}

#: Each language's catalogue: id -> template with ``{name}`` placeholders.
WORDS: Final[Mapping[str, Mapping[str, str]]] = {"fi": _FI, "sv": _SV, "en": _EN}


def word(id: str, language: str, /, **values: object) -> str:
    """The text ``id`` in ``language`` (Finnish for a language without a catalogue)."""
    template = (WORDS.get(language) or WORDS["fi"])[id]
    return template.format_map(values) if values else template


def count(id: str, n: int, language: str) -> str:
    """``count.id.one`` or ``count.id.other`` for ``n``, in ``language``."""
    return word(f"count.{id}.{'one' if n == 1 else 'other'}", language, n=n)
