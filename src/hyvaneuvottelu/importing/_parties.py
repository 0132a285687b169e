"""Party recognition: the county and the municipalities a memo names, through the reference data.

Memos inflect names ("Lohjan kaupunki", "Lohjalla", "Raseborgs stad") and
often name the county only by its kind ("hyvinvointialueen"). A name is
recognised when the reference data's name lookup finds it after a Finnish
case ending or a Swedish genitive is taken off; the county, when the memo does
not name it, is the one the municipalities belong to.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from .. import refdata
from ..model import LocalizedText, Organisation, OrganisationKind

__all__ = ["PartyFinder", "slug"]

#: Finnish case endings and the Swedish genitive, longest first.
_ENDINGS = tuple(
    sorted(
        [
            "n",
            "lla",
            "llä",
            "lta",
            "ltä",
            "lle",
            "ssa",
            "ssä",
            "sta",
            "stä",
            "seen",
            "hin",
            "han",
            "hen",
            "hon",
            "hun",
            "hyn",
            "hän",
            "hön",
            "ksi",
            "na",
            "nä",
            "a",
            "ä",
            "ta",
            "tä",
            "s",
        ],
        key=len,
        reverse=True,
    )
)
_CAPITALISED = re.compile(r"(?<![\w-])[A-ZÅÄÖ][\w]*(?:-[\w]+)*")
_COUNTY_WORD = re.compile(r"\b(?:hyvinvointialue|välfärdsområde)\w*", re.IGNORECASE)
#: A municipality or county named by its kind only, singular: "kaupungin", "kommunens".
_MUNICIPALITY_WORDS = frozenset(
    [
        "kaupunki",
        "kaupungin",
        "kaupunkia",
        "kaupungille",
        "kaupungilla",
        "kaupungilta",
        "kaupunkiin",
        "kaupungissa",
        "kaupungista",
        "kunta",
        "kunnan",
        "kuntaa",
        "kunnalle",
        "kunnalla",
        "kunnalta",
        "kuntaan",
        "kunnassa",
        "kunnasta",
        "stad",
        "staden",
        "stadens",
        "kommun",
        "kommunen",
        "kommunens",
    ]
)
_COUNTY_WORDS = frozenset(
    [
        "hyvinvointialue",
        "hyvinvointialueen",
        "hyvinvointialuetta",
        "hyvinvointialueelle",
        "hyvinvointialueella",
        "hyvinvointialueelta",
        "hyvinvointialueeseen",
        "hyvinvointialueessa",
        "hyvinvointialueesta",
        "välfärdsområde",
        "välfärdsområdet",
        "välfärdsområdets",
    ]
)
#: Words after a name that say it names a municipality: "Turun kaupunki", "Raseborgs stad".
_GENERIC_WORDS = _MUNICIPALITY_WORDS | {
    "kaupunkiin",
    "kaupunginhallitus",
    "kaupunginhallituksen",
    "kunnanhallitus",
    "kunnanhallituksen",
    "stadsstyrelse",
    "kommunstyrelse",
}
#: Bodies and posts whose name says which party they belong to.
_MUNICIPAL_BODIES = re.compile(
    r"^(?:kaupungin|kunnan|stads|kommun)|kaupunginjohtaja|kunnanjohtaja|pormestari|"
    r"stadsdirektör|kommundirektör",
    re.IGNORECASE,
)
_COUNTY_BODIES = re.compile(
    r"^(?:alue(?:hallitu|valtuust)|hyvinvointialue|välfärdsområde)|hyvinvointialuejohtaja|"
    r"välfärdsområdesdirektör",
    re.IGNORECASE,
)


def slug(text: str) -> str:
    """An identifier from a name: "Länsi-Uusimaa" -> "lansi-uusimaa"."""
    folded = unicodedata.normalize("NFKD", text.casefold())
    ascii_only = "".join(c for c in folded if not unicodedata.combining(c))
    words = re.sub(r"[^a-z0-9]+", "-", ascii_only).strip("-")
    return words if words[:1].isalpha() else f"x-{words}" if words else "x"


class PartyFinder:
    """The parties a memo names, and which of them a text mentions."""

    def __init__(self, texts: Iterable[str], language: str) -> None:
        self.language = language
        #: Lookups by (word, whether a guess through a changed stem is allowed).
        self._codes: dict[tuple[str, bool], str] = {}
        municipalities: dict[str, refdata.Municipality] = {}
        counties: dict[str, refdata.Area] = {}
        for text in texts:
            for code in self._municipality_codes(text):
                found = refdata.municipality(code)
                if found is not None:
                    municipalities.setdefault(code, found)
            for area in self._named_counties(text):
                counties.setdefault(area.code, area)
        self.named_county = next(iter(counties.values()), None)
        #: The county found through the municipalities, when the memo names none.
        self.inferred_county: refdata.Area | None = None
        county = self.named_county
        if county is None:
            areas = {m.area for m in municipalities.values()}
            if len(areas) == 1:
                county = refdata.county(next(iter(areas)))
                self.inferred_county = county
        self.county = _county(county, language)
        self.recognised_county = county is not None
        self.municipalities = tuple(_municipality(m) for m in municipalities.values())
        self._by_code = {m.statistics_code: m.id for m in self.municipalities}

    def mentioned(self, text: str) -> tuple[str, ...]:
        """The ``id`` of each party ``text`` mentions, in order of first mention."""
        found: list[str] = []
        for code in self._municipality_codes(text):
            if code in self._by_code:
                found.append(self._by_code[code])
        words = {w.casefold() for w in re.findall(r"\w+", text)}
        if not found and len(self.municipalities) == 1 and words & _MUNICIPALITY_WORDS:
            found.append(self.municipalities[0].id)
        if words & _COUNTY_WORDS or self._named_counties(text):
            found.append(self.county.id)
        return tuple(dict.fromkeys(found))

    def of_body(self, text: str) -> str | None:
        """The party a body or post belongs to: "Kaupunginhallituksen puheenjohtaja" -> the city."""
        named = self.mentioned(text)
        if named:
            return named[0]
        first = text.split(" ", 1)[0]
        if _COUNTY_BODIES.search(first):
            return self.county.id
        if _MUNICIPAL_BODIES.search(first) and len(self.municipalities) == 1:
            return self.municipalities[0].id
        return None

    def _municipality_codes(self, text: str) -> list[str]:
        codes: list[str] = []
        previous_end, previous_inner = -2, False
        for match in _CAPITALISED.finditer(text):
            word, start = match.group(), match.start()
            sentence_start = start == 0 or text[:start].rstrip().endswith((".", ":", "!", "?"))
            after_capital = previous_end >= 0 and text[previous_end:start] == " "
            # "Mia Laiho", "Anna Salo": a surname after a first name is not a place.
            in_name = after_capital and previous_inner
            previous_end, previous_inner = match.end(), not sentence_start
            if in_name:
                continue
            following = text[match.end() :].split(maxsplit=1)
            generic = bool(following) and following[0].casefold().strip(",.;:") in _GENERIC_WORDS
            code = self._code_of(word, guess=generic)
            if code is None:
                continue
            if after_capital and not generic and self._bare(word, code):
                continue
            codes.append(code)
        return codes

    def _code_of(self, word: str, *, guess: bool) -> str | None:
        key = (word, guess)
        if key not in self._codes:
            self._codes[key] = _lookup(word, exact=not guess) or ""
        return self._codes[key] or None

    @staticmethod
    def _bare(word: str, code: str) -> bool:
        """Whether ``word`` is the municipality's name uninflected, as a surname would be."""
        found = refdata.municipality(code)
        return found is not None and any(
            refdata.name_key(name) == refdata.name_key(word) for _, name in found.name.items()
        )

    @staticmethod
    def _named_counties(text: str) -> list[refdata.Area]:
        found: list[refdata.Area] = []
        for match in _COUNTY_WORD.finditer(text):
            before = text[: match.start()].split()
            for count in (3, 2, 1):
                if len(before) < count or not before[-count][:1].isupper():
                    continue
                area = refdata.county(" ".join(before[-count:]) + " " + match.group())
                if area is not None:
                    found.append(area)
                    break
        return found


def _lookup(word: str, *, exact: bool) -> str | None:
    """The code of the municipality ``word`` names, in any case; None if none or unsure.

    With ``exact`` only a name with a plain ending counts ("Lohjalla"), not
    one the lookup must guess at through a changed stem ("Turun"): surnames
    and common words are too often one letter from a municipality's name.
    """
    candidates = [word] + [word[: -len(e)] for e in _ENDINGS if word.endswith(e)]
    for stem in candidates:
        if len(stem) < 2:
            continue
        found = refdata.municipality(stem)
        if found is not None and (not exact or _named_exactly(found, stem)):
            return found.code
    if exact:
        return None
    for stem in candidates[1:]:
        found = refdata.municipality(stem + "n")
        if found is not None:
            return found.code
    return None


def _named_exactly(municipality: refdata.Municipality, stem: str) -> bool:
    key = refdata.name_key(stem)
    return any(
        refdata.name_key(name) in (key, key.removesuffix("n"), key.removesuffix("s"))
        for _, name in municipality.name.items()
    )


def _municipality(found: refdata.Municipality) -> Organisation:
    return Organisation(
        id=slug(found.name.first()),
        kind=OrganisationKind.MUNICIPALITY,
        name=found.name,
        statistics_code=found.code,
    )


def _county(area: refdata.Area | None, language: str) -> Organisation:
    if area is None:
        # The model needs a county; the note on the draft says this one is a placeholder.
        word = "välfärdsområde" if language == "sv" else "hyvinvointialue"
        return Organisation(
            id="county", kind=OrganisationKind.COUNTY, name=LocalizedText(**{language: word})
        )
    return Organisation(
        id=slug(area.region_name),
        kind=OrganisationKind.COUNTY,
        name=area.name,
        statistics_code=area.code,
    )
