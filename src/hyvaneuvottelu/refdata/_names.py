"""Name keys: how a name is matched whatever its case and inflection.

Memos write "Lohjan kaupunki", "Lohjalla", "LOJO" or "Länsi-Uudenmaan
hyvinvointialue"; the tables hold "Lohja", "Lojo" and "Länsi-Uudenmaan
hyvinvointialue". A key drops case and the generic words (kaupunki, kommun,
hyvinvointialue, ...). A municipality is then found by its name or by one of
the forms Finnish and Swedish inflect it to, generated from the name: the
cases of Finnish (Lohjan, Lohjalla, Lohjalle, Lahden, Uudenkaupungin,
Hämeenlinnassa, Kauniaisissa) and the Swedish genitive (Lojos). Nothing else
matches: "Lohjanen" is not Lohja and "Lahtinen" (a surname) is not Lahti.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from functools import lru_cache

__all__ = ["NameIndex", "finnish_forms", "name_key", "name_words", "swedish_forms"]

#: Words that say what kind of body a name is, not which one; inflected forms too.
_GENERIC = frozenset(
    {
        "kaupunki",
        "kaupungin",
        "kaupunkiin",
        "kaupungissa",
        "kaupungista",
        "kaupungille",
        "kaupungilta",
        "kaupungilla",
        "kunta",
        "kunnan",
        "kuntaan",
        "kunnassa",
        "kunnasta",
        "kunnalle",
        "kunnalta",
        "kunnalla",
        "hyvinvointialue",
        "hyvinvointialueen",
        "hyvinvointialueeseen",
        "hyvinvointialueella",
        "hyvinvointialueelle",
        "hyvinvointialueelta",
        "hyvinvointialueessa",
        "hyvinvointialueesta",
        "stad",
        "staden",
        "stads",
        "kommun",
        "kommunen",
        "kommuns",
        "välfärdsområde",
        "välfärdsområdet",
        "välfärdsområdes",
        "city",
        "municipality",
        "of",
        "wellbeing",
        "services",
        "county",
    }
)
_DASHES = str.maketrans({"\u2010": "-", "\u2011": "-", "\u2013": "-", "\u2014": "-"})
_VOWELS = frozenset("aeiouyäö")

#: Consonant gradation of a stem's last syllable, strong grade to weak (Turku:
#: Turun, Helsinki: Helsingin, Lahti: Lahden, Lappeenranta: Lappeenrannan).
#: Longest first; a consonant not listed does not alternate.
_WEAKER = (
    ("kk", "k"),
    ("pp", "p"),
    ("tt", "t"),
    ("nk", "ng"),
    ("mp", "mm"),
    ("lt", "ll"),
    ("nt", "nn"),
    ("rt", "rr"),
    ("ht", "hd"),
    ("lk", "l"),
    ("rk", "r"),
    ("hk", "h"),
    ("lp", "lv"),
    ("rp", "rv"),
    ("t", "d"),
    ("p", "v"),
    ("k", ""),
)
_STRONGER = (("d", "t"), ("ng", "nk"), ("mm", "mp"), ("ll", "lt"), ("nn", "nt"), ("rr", "rt"))

#: Last parts of compound names with e and i alone (Rovaniemi, Kiuruvesi).
_FRONT_PARTS = ("niemi", "vesi")

#: Names whose first part inflects too: Uusikaupunki, Uudenkaupungin, Uudessakaupungissa.
_INFLECTING_FIRST = {"uusi": ("uude", "uute"), "iso": ("iso", "iso")}
_COMPOUNDS = {"uusikaupunki": "uusi", "uusikaarlepyy": "uusi", "isokyrö": "iso"}


#: A word of running text: letters, perhaps joined by hyphens ("länsi-uudenmaan"), or
#: the "S:t" of the Swedish names S:t Karins, S:t Michel and S:t Mårtens. Any other colon
#: ends a word: "Ii:n" is the genitive of Ii.
_WORD = re.compile(r"(?<![^\W\d_])s:t(?![^\W\d_])|[^\W\d_]+(?:-[^\W\d_]+)*")


def name_words(text: str) -> list[str]:
    """The words of running text as name keys see them: folded, without punctuation and
    generic words. A run of them joined by spaces is a name key: ``"Neuvottelu: Lohjan
    kaupunki"`` -> ``["neuvottelu", "lohjan"]``.
    """
    folded = unicodedata.normalize("NFC", text).translate(_DASHES).casefold()
    return [w for w in _WORD.findall(folded) if w not in _GENERIC]


@lru_cache(maxsize=4096)
def name_key(text: str) -> str:
    """``"Lohjan  KAUPUNKI"`` -> ``"lohjan"``: case, spacing and generic words dropped."""
    folded = unicodedata.normalize("NFC", text).translate(_DASHES).casefold()
    words = [w for w in folded.replace(",", " ").split() if w not in _GENERIC]
    return " ".join(words)


def _front(word: str) -> bool:
    """Vowel harmony: the last of a, o, u or ä, ö, y decides; e and i alone are front.

    A compound takes the harmony of its last part, so a last part of e and i
    alone is front whatever comes before it: Rovaniemellä, Haapavedellä.
    """
    if word.endswith(_FRONT_PARTS):
        return True
    for char in reversed(word):
        if char in "aou":
            return False
        if char in "äöy":
            return True
    return True


def _harmonised(ending: str, front: bool) -> str:
    return ending.translate(str.maketrans("aou", "äöy")) if front else ending


def _graded(stem: str, table: tuple[tuple[str, str], ...]) -> str:
    """``stem`` with the consonants before its last, single vowel changed by ``table``."""
    if len(stem) < 3 or stem[-1] not in _VOWELS or stem[-2] in _VOWELS:
        return stem
    body, vowel = stem[:-1], stem[-1]
    for strong, weak in table:
        before = body[: -len(strong)]
        if body.endswith(strong) and before and before[-1] in _VOWELS | {"l", "n", "r", "h"}:
            if len(strong) == 1 and before[-1] not in _VOWELS:
                continue  # a single consonant alternates only between vowels
            return before + weak + vowel
    return stem


#: Endings on the weak stem: genitive, inessive, elative, adessive, ablative,
#: allative, translative.
_WEAK_ENDINGS = ("n", "ssa", "sta", "lla", "lta", "lle", "ksi")
#: Endings on the strong stem: essive, partitive, illative after a long vowel.
_STRONG_ENDINGS = ("na", "a", "ta", "seen")


def _stems(word: str) -> Iterator[tuple[str, str]]:
    """``(weak, strong)`` stems a Finnish name may inflect from."""
    if word.endswith("nen"):
        base = word[:-3]
        yield base + "se", base + "se"
        return
    if word[-1] not in _VOWELS:
        if word.endswith("s") and len(word) > 3:
            yield word[:-1] + "kse", word[:-1] + "kse"  # Kannus: Kannuksen
            if word[-2] in "uy":
                yield word[:-1] + "de", word[:-1] + "te"  # Alavus: Alavuden
            if word[-2] in "aä" and word[-3] not in _VOWELS:
                strong = _graded(word[:-1], _STRONGER)  # Pihtipudas: Pihtiputaan
                yield strong + word[-2], strong + word[-2]
        return
    if word.endswith("vesi"):
        yield word[:-2] + "de", word[:-2] + "te"  # Kiuruvesi: Kiuruvedellä, Kiuruveteen
        return
    if word[-1] == "e" and word[-2] not in _VOWELS:
        yield word + "e", word + "e"  # Tampere: Tampereen, Tampereella
        return
    yield _graded(word, _WEAKER), word
    if word[-1] == "i" and word[-2] not in _VOWELS:
        # Old e-stems: Lahti: Lahden, Lahteen; järvi, joki, mäki, niemi, saari.
        e_stem = word[:-1] + "e"
        yield _graded(e_stem, _WEAKER), e_stem


def _cases(word: str) -> Iterator[tuple[str, str]]:
    """``(case, form)`` for each case form of one word; the case names its ending."""
    front = _front(word)
    yield "nominative", word
    if len(word) < 2:  # a name of one letter has no stem to inflect
        return
    for weak, strong in _stems(word):
        for ending in _WEAK_ENDINGS:
            yield ending, weak + _harmonised(ending, front)
        for ending in _STRONG_ENDINGS:
            yield ending, strong + _harmonised(ending, front)
        vowel = strong[-1]
        yield "illative", strong + vowel + "n"  # Lohjaan, Turkuun, Lahteen
        if len(strong) > 1 and strong[-2] == vowel:
            yield "illative", strong + "h" + vowel + "n"  # Iihin
    if word.endswith("nen"):
        # Names plural in form: Kauniaisten, Kauniaisissa, Paraisilla, Kaskisiin.
        base = word[:-3]
        yield "n", base + "sten"
        for ending in ("ssa", "sta", "lla", "lta", "lle", "na", "in", "ksi"):
            yield ending, base + "si" + _harmonised(ending, front)
        yield "a", base + _harmonised("sta", front)


@lru_cache(maxsize=4096)
def finnish_forms(name: str) -> frozenset[str]:
    """The keys of every Finnish case form of the name ``name`` (itself included).

    >>> sorted(f for f in finnish_forms("Lohja") if f.startswith("lohjal"))
    ['lohjalla', 'lohjalle', 'lohjalta']
    """
    key = name_key(name)
    if not key:
        return frozenset()
    head, _, last = key.rpartition(" ")
    prefix = f"{head} " if head else ""
    first = _COMPOUNDS.get(last)
    if first is None:
        return frozenset(prefix + form for _, form in _cases(last))
    # Uusikaupunki: both parts take the case (Uudenkaupungin, Uudessakaupungissa).
    rest = last[len(first) :]
    weak, strong = _INFLECTING_FIRST[first]
    front = _front(rest)
    forms = {key}
    for case, form in _cases(rest):
        if case == "nominative":
            continue
        if case in _WEAK_ENDINGS:
            forms.add(prefix + weak + _harmonised(case, _front(first)) + form)
        elif case in ("na", "illative"):
            ending = "na" if case == "na" else "en"
            forms.add(prefix + strong + _harmonised(ending, front) + form)
    return frozenset(forms)


@lru_cache(maxsize=4096)
def swedish_forms(name: str) -> frozenset[str]:
    """The keys of the name and its Swedish genitive: Lojo, Lojos; Jakobstad, Jakobstads."""
    key = name_key(name)
    if not key:
        return frozenset()
    return frozenset({key} if key.endswith(("s", "x", "z")) else {key, key + "s"})


class NameIndex:
    """Codes by name key and by the keys of inflected forms; a key two codes share matches neither.

    A name as written wins over an inflected form of another name. The forms
    are generated on the first lookup that needs them: a lookup by a name as
    written, or by code, never pays for them.
    """

    def __init__(
        self, entries: Iterable[tuple[str, Iterable[str]]], *, inflect: bool = False
    ) -> None:
        self._entries = [(code, tuple(names)) for code, names in entries]
        self._inflect = inflect
        self._names: dict[str, set[str]] = {}
        for code, names in self._entries:
            for name in names:
                key = name_key(name)
                if key:
                    self._names.setdefault(key, set()).add(code)
        self._built_forms: dict[str, set[str]] | None = None
        self._built_keys: dict[str, frozenset[str]] | None = None

        # Memos name the same few parties again and again.
        self.find = lru_cache(maxsize=4096)(self._find)

    @property
    def _forms(self) -> dict[str, set[str]]:
        if self._built_forms is None:
            self._built_forms = self._all_forms()
        return self._built_forms

    def _all_forms(self) -> dict[str, set[str]]:
        forms_of: dict[str, set[str]] = {}
        for code, names in self._entries:
            for position, name in enumerate(names):
                key = name_key(name)
                if not key:
                    continue
                forms = set(swedish_forms(name))
                if self._inflect and position == 0:
                    forms |= finnish_forms(name)
                elif not self._inflect and key.endswith("s"):
                    # A county's Swedish name is a genitive: Västra Nylands, Västra Nyland.
                    forms.add(key[:-1])
                for form in forms - {key}:
                    forms_of.setdefault(form, set()).add(code)
        return forms_of

    def keys_of(self, code: str) -> frozenset[str]:
        """Every key that finds ``code``: its names' and their forms' (none another code shares)."""
        if self._built_keys is None:
            keys: dict[str, set[str]] = {}
            for key, codes in self._names.items():
                if len(codes) == 1:
                    keys.setdefault(next(iter(codes)), set()).add(key)
            for key, codes in self._forms.items():
                if len(codes) == 1 and key not in self._names:
                    keys.setdefault(next(iter(codes)), set()).add(key)
            self._built_keys = {c: frozenset(k) for c, k in keys.items()}
        return self._built_keys.get(code, frozenset())

    def _find(self, query: str) -> str | None:
        """The code whose name, or a form of it, is ``query``; None when none or several."""
        key = name_key(query)
        if not key:
            return None
        codes = self._names.get(key)
        if codes is None:
            codes = self._forms.get(key)
        if codes is None or len(codes) != 1:
            return None
        return next(iter(codes))
