"""Municipality names as memos write them: real inflections are found, nothing else is.

Every row is written by hand from Finnish and Swedish grammar, not from the code.
"""

from __future__ import annotations

import attrs
import pytest

from hyvaneuvottelu import LocalizedText, check, refdata
from hyvaneuvottelu.refdata._names import NameIndex
from tests.rule_cases import GOOD, LOHJA

#: A word of a memo and the code of the municipality it names.
ACCEPTED = [
    ("Lohja", "444"),
    ("Lohjan", "444"),
    ("Lohjalla", "444"),
    ("Lohjalle", "444"),
    ("Lohjalta", "444"),
    ("Lohjassa", "444"),
    ("Lohjasta", "444"),
    ("Lohjaan", "444"),
    ("Lohjana", "444"),
    ("Lojo", "444"),
    ("Lojos", "444"),
    ("Uudenkaupungin", "895"),
    ("Uudessakaupungissa", "895"),
    ("Uuteenkaupunkiin", "895"),
    ("Hämeenlinnassa", "109"),
    ("Hämeenlinnaan", "109"),
    ("Lahden", "398"),
    ("Lahdessa", "398"),
    ("Lahteen", "398"),
    ("Turun", "853"),
    ("Turussa", "853"),
    ("Turkuun", "853"),
    ("Helsingin", "091"),
    ("Helsingissä", "091"),
    ("Helsinkiin", "091"),
    ("Kauniaisten", "235"),
    ("Kauniaisissa", "235"),
    ("Paraisilla", "445"),
    ("Iin", "139"),
    ("Iissä", "139"),
    ("Iihin", "139"),
    ("Lappeenrannassa", "405"),
    ("Seinäjoella", "743"),
    ("Pieksämäellä", "593"),
    ("Tampereella", "837"),
    ("Tampereen", "837"),
    ("Vantaalla", "092"),
    ("Espooseen", "049"),
    ("Rovaniemellä", "698"),
    ("Kiuruvedellä", "263"),
    ("Järvenpäässä", "186"),
    ("Kirkkonummella", "257"),
    ("Vihdissä", "927"),
    ("Hangossa", "078"),
    ("Pihtiputaalla", "601"),
    ("Kannuksessa", "217"),
    ("Varkaudessa", "915"),
    ("Isonkyrön", "152"),
    ("Raseborgs", "710"),
    ("Mänttä-Vilppulassa", "508"),
    ("Pietarsaaressa", "598"),
]

#: Words that look like a municipality's name and are not one of its forms.
REFUSED = [
    "Lohjanen",  # a surname built on the name
    "Lahtinen",  # a surname, not Lahti
    "Turkunen",
    "Virtanen",
    "Lohjaa-",
    "Lohjat",
    "Lohjallaan",
    "todettiin",  # contains "ii", the municipality Ii
    "Iitä-",
    "Uusikaupungin",  # the first part must inflect too
    "Rovaniemella",  # wrong vowel harmony
    "Tamperella",
    "Lahtin",
    "Helsinkin",
]


@pytest.mark.parametrize(("word", "code"), ACCEPTED)
def test_a_real_inflection_finds_the_municipality(word: str, code: str) -> None:
    found = refdata.municipality(word)
    assert found is not None
    assert found.code == code


@pytest.mark.parametrize("word", REFUSED)
def test_anything_else_finds_nothing(word: str) -> None:
    assert refdata.municipality(word) is None


@pytest.mark.parametrize(
    ("query", "municipality", "area"),
    [
        ("091", "Helsinki", None),  # a municipality code: three digits
        ("91", None, "Ahvenanmaa"),  # an area code: two digits
        ("444", "Lohja", None),
        ("03", None, "Länsi-Uudenmaan hyvinvointialue"),
        ("0444", None, None),
        ("003", None, None),
    ],
)
def test_codes_of_two_and_three_digits_are_told_apart(
    query: str, municipality: str | None, area: str | None
) -> None:
    found = refdata.municipality(query)
    assert (found.name.fi if found else None) == municipality
    region = refdata.area(query)
    assert (region.name.fi if region else None) == area


def test_inflected_forms_are_generated_only_when_a_lookup_needs_them() -> None:
    index = NameIndex([("444", ("Lohja", "Lojo"))], inflect=True)
    assert index.find("Lohja") == "444"
    assert index._built_forms is None
    assert index.find("Lohjalla") == "444"
    assert index._built_forms is not None


#: Running text and its words, written by hand: the colon of "S:t" joins a word, as a
#: hyphen does; any other colon ends one ("Ii:n", the genitive of Ii). Generic words
#: ("hyvinvointialueen") are left out.
WORDS = [
    ("Neuvottelu: Lohjan kaupunki", ["neuvottelu", "lohjan"]),
    ("0 S:t Mårtens", ["s:t", "mårtens"]),
    ("Ii:n ja hyvinvointialueen neuvottelu", ["ii", "n", "ja", "neuvottelu"]),
    ("EU:n ja Kris:t", ["eu", "n", "ja", "kris", "t"]),
    (
        "Förhandling med S:t Michel och S:t Karins",
        ["förhandling", "med", "s:t", "michel", "och", "s:t", "karins"],
    ),
    ("Länsi-Uudenmaan ja Lohjan", ["länsi-uudenmaan", "ja", "lohjan"]),
]


@pytest.mark.parametrize(("text", "words"), WORDS)
def test_name_words(text: str, words: list[str]) -> None:
    assert refdata.name_words(text) == words


@pytest.mark.parametrize(
    ("title", "code", "name"),
    [
        ("Förhandling med S:t Mårtens", "480", "S:t Mårtens"),
        ("Förhandling med S:t Michel", "491", "S:t Michel"),
        ("Förhandling med S:t Karins", "202", "S:t Karins"),
    ],
)
def test_a_title_naming_a_saint_town_in_swedish_names_a_party(
    title: str, code: str, name: str
) -> None:
    party = attrs.evolve(LOHJA, name=LocalizedText(sv=name), statistics_code=code)
    memo = attrs.evolve(GOOD, municipalities=(party,), title=LocalizedText(sv=title))
    assert "HN-A005" not in {f.code for f in check(memo, "archive")}
