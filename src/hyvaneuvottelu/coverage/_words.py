"""The coverage report's own words in Finnish, Swedish and English.

Rule messages come from the rule catalogue; these are the report's headings,
labels and the messages of its own checks. Each table has the same keys (a
test holds them to it); a message's ``{name}`` placeholders are filled with
:func:`say`.
"""

from __future__ import annotations

from typing import Final

from ..model import LocalizedText

__all__ = ["WORDS", "in_languages", "say"]

WORDS: Final[dict[str, dict[str, str]]] = {
    "fi": {
        "councilTerm": "Valtuustokauden neuvottelu (611/2021 14 §)",
        "wellbeingPromotion": "Hyvinvoinnin ja terveyden edistämisen neuvottelu (612/2021 7 §)",
        "period.term": "valtuustokausi {period} ({start}–{end})",
        "period.year": "vuosi {period}",
        "days_left": "valtuustokautta jäljellä {days} päivää",
        "day_left": "valtuustokautta jäljellä 1 päivä (viimeinen päivä)",
        "ended": "kausi päättyi {end}",
        "not_begun": "kausi alkaa {start}",
        "code": "koodi",
        "municipality": "kunta",
        "status": "tilanne",
        "memos": "muistiot",
        "covered": "neuvoteltu",
        "missing": "PUUTTUU",
        "took_part": "osallistui",
        "absent": "ei osallistunut",
        "joint": "yhteisneuvottelu",
        "one_to_one": "kahdenvälinen",
        "no_day": "ei päivää",
        "held": "neuvottelu pidetty",
        "not_held": "neuvottelua EI pidetty",
        "missing_list": "Neuvottelematta ({count}): {names}",
        "all_covered": "Kaikkien {count} kunnan kanssa on neuvoteltu.",
        "errors": "Virheelliset muistiot, joita ei laskettu ({count}):",
        "other_errors": "Muistiot, joita ei voitu sijoittaa mihinkään raporttiin ({count}):",
        "no_reports": "Ei raportoitavaa: yhtään muistiota ei löytynyt valituilla ehdoilla.",
        "summary": (
            "Raportteja: {reports}; kattavia: {complete}, puutteellisia: {gaps}; "
            "virheellisiä muistioita: {errors}"
        ),
        "progress": "luettu",
        "missing_list_year": "Eivät osallistuneet ({count}): {names}",
        "all_took_part": "Kaikki {count} kuntaa osallistuivat.",
        "days_left_year": "vuotta jäljellä {days} päivää",
        "day_left_year": "vuotta jäljellä 1 päivä (viimeinen päivä)",
        "coverage.outsideCounty": 'Kunta "{name}" ({code}) kuuluu {actual}, ei {county}',
        "coverage.unknownMunicipality": 'Kuntaa "{name}" ei ole {day} voimassa olevassa aluejaossa',
        "coverage.noDate": "Muistiossa ei ole päivämäärää, joten sitä ei voi sijoittaa kauteen",
        "coverage.beforeFirstTerm": (
            "Muistio on päivätty {date}, ennen ensimmäisen aluevaltuustokauden alkua 1.3.2022"
        ),
        "coverage.spansTerms": (
            "Muistio on päivätty vain {date}, joka osuu kahdelle valtuustokaudelle; merkitse päivä"
        ),
        "coverage.unknownCounty": 'Hyvinvointialuetta "{name}" ei tunneta',
        "coverage.unreadable": "Muistiota ei voitu lukea",
    },
    "sv": {
        "councilTerm": "Förhandling per fullmäktigeperiod (611/2021 14 §)",
        "wellbeingPromotion": "Förhandling om främjande av välfärd och hälsa (612/2021 7 §)",
        "period.term": "fullmäktigeperiod {period} ({start}–{end})",
        "period.year": "år {period}",
        "days_left": "{days} dagar kvar av fullmäktigeperioden",
        "day_left": "1 dag kvar av fullmäktigeperioden (sista dagen)",
        "ended": "perioden slutade {end}",
        "not_begun": "perioden börjar {start}",
        "code": "kod",
        "municipality": "kommun",
        "status": "läge",
        "memos": "promemorior",
        "covered": "förhandlat",
        "missing": "SAKNAS",
        "took_part": "deltog",
        "absent": "deltog inte",
        "joint": "gemensam förhandling",
        "one_to_one": "bilateral",
        "no_day": "ingen dag",
        "held": "förhandlingen hölls",
        "not_held": "förhandlingen hölls INTE",
        "missing_list": "Utan förhandling ({count}): {names}",
        "all_covered": "Förhandlingar har förts med alla {count} kommuner.",
        "errors": "Felaktiga promemorior som inte räknades ({count}):",
        "other_errors": "Promemorior som inte kunde placeras i någon rapport ({count}):",
        "no_reports": "Inget att rapportera: inga promemorior hittades med de valda villkoren.",
        "summary": (
            "Rapporter: {reports}; fullständiga: {complete}, med luckor: {gaps}; "
            "felaktiga promemorior: {errors}"
        ),
        "progress": "lästa",
        "missing_list_year": "Deltog inte ({count}): {names}",
        "all_took_part": "Alla {count} kommuner deltog.",
        "days_left_year": "{days} dagar kvar av året",
        "day_left_year": "1 dag kvar av året (sista dagen)",
        "coverage.outsideCounty": (
            'Kommunen "{name}" ({code}) hör till {actual}, inte till {county}'
        ),
        "coverage.unknownMunicipality": (
            'Kommunen "{name}" finns inte i regionindelningen som gäller {day}'
        ),
        "coverage.noDate": "Promemorian har inget datum och kan inte placeras i en period",
        "coverage.beforeFirstTerm": (
            "Promemorian är daterad {date}, innan den första "
            "välfärdsområdesfullmäktiges period började 1.3.2022"
        ),
        "coverage.spansTerms": (
            "Promemorian är daterad endast {date}, som faller inom två "
            "fullmäktigeperioder; ange dagen"
        ),
        "coverage.unknownCounty": 'Välfärdsområdet "{name}" är okänt',
        "coverage.unreadable": "Promemorian kunde inte läsas",
    },
    "en": {
        "councilTerm": "Council term negotiation (611/2021 14 §)",
        "wellbeingPromotion": "Wellbeing and health promotion negotiation (612/2021 7 §)",
        "period.term": "council term {period} ({start}–{end})",
        "period.year": "year {period}",
        "days_left": "{days} days left in the council term",
        "day_left": "1 day left in the council term (its last day)",
        "ended": "the period ended on {end}",
        "not_begun": "the period begins on {start}",
        "code": "code",
        "municipality": "municipality",
        "status": "status",
        "memos": "memos",
        "covered": "negotiated",
        "missing": "MISSING",
        "took_part": "took part",
        "absent": "did not take part",
        "joint": "joint",
        "one_to_one": "one-to-one",
        "no_day": "no day",
        "held": "negotiation held",
        "not_held": "negotiation NOT held",
        "missing_list": "Not negotiated with ({count}): {names}",
        "all_covered": "Negotiated with all {count} municipalities.",
        "errors": "Memos in error, not counted ({count}):",
        "other_errors": "Memos that could not be placed in any report ({count}):",
        "no_reports": "Nothing to report: no memo was found for the conditions given.",
        "summary": (
            "Reports: {reports}; complete: {complete}, with gaps: {gaps}; memos in error: {errors}"
        ),
        "progress": "read",
        "missing_list_year": "Did not take part ({count}): {names}",
        "all_took_part": "All {count} municipalities took part.",
        "days_left_year": "{days} days left in the year",
        "day_left_year": "1 day left in the year (its last day)",
        "coverage.outsideCounty": (
            'The municipality "{name}" ({code}) belongs to {actual}, not to {county}'
        ),
        "coverage.unknownMunicipality": (
            'The municipality "{name}" is not in the regional division in force on {day}'
        ),
        "coverage.noDate": "The memo has no date, so it cannot be placed in a period",
        "coverage.beforeFirstTerm": (
            "The memo is dated {date}, before the first regional council term began on 1.3.2022"
        ),
        "coverage.spansTerms": (
            "The memo is dated only {date}, which falls in two council terms; give the day"
        ),
        "coverage.unknownCounty": 'The county "{name}" is not known',
        "coverage.unreadable": "The memo could not be read",
    },
}


def say(key: str, language: str, **values: object) -> str:
    """The text ``key`` in ``language``, its placeholders filled from ``values``."""
    return WORDS[language][key].format_map(values)


def in_languages(key: str, **values: object) -> LocalizedText:
    """The text ``key`` in all three languages; a value may be a LocalizedText, shown in each."""
    texts = {}
    for language in WORDS:
        filled = {
            name: (value.get(language) if isinstance(value, LocalizedText) else value)
            for name, value in values.items()
        }
        texts[language] = say(key, language, **filled)
    return LocalizedText(**texts)
