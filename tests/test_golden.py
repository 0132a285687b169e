"""The golden XML and the bundled JSON, checked against the seed memo and by independent tools.

``test_xmlformat_writer.py`` compares ``to_xml`` of the example with the
golden file, and ``test_examples.py`` the example with ``to_json`` of itself:
both compare the code with its own earlier output, which a bug present when
the files were written would pass. Here the files are read without the
library (the ``xmlschema`` package and the standard library's ``json``) and
compared with a table written by hand from the seed memo's text, and with
each other.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
import xmlschema

from .documents import REPO
from .test_examples import SEED, SeedMemo, read_seed

GOLDEN = REPO / "tests" / "golden" / "lohja-neuvottelumuistio.xml"
EXAMPLE = REPO / "src" / "hyvaneuvottelu" / "_data" / "examples" / "lohja-neuvottelumuistio.json"
XSD = REPO / "schemas" / "hyvaneuvottelu.xsd"

# What the seed memo says, written by hand from its text (the statute's number
# and the parties' codes from the domain brief, which the memo leaves out).
TITLE = "Neuvottelu"
BASIS = [(611, 2021, "14", "Laki hyvinvointialueesta")]
COUNTY = ("Länsi-Uudenmaan hyvinvointialue", "03")
MUNICIPALITIES = [("Lohja", "444")]
SECTIONS = [
    ("1", "Puheenjohtaja avaa neuvottelun"),
    ("2", "Kunnan luottamushenkilöjohdon ja viranhaltijajohdon edustajien avauspuheenvuorot"),
    ("3", "Hyvinvointialueen luottamushenkilöjohdon edustajan avauspuheenvuoro"),
    ("4", "Yhteistyön rakenteet ja ennakkotehtävä"),
    ("5", "Muut asiat"),
    ("6", "Neuvottelujen päätös"),
]
#: Who spoke, as whom, for which leadership, and how many bullets the memo records.
SPEAKERS = [
    ("2", "Jussi Patinen", "Kaupunginhallituksen puheenjohtaja", "elected", 2),
    ("2", "Pasi Perämäki", "Kaupunginjohtaja", "official", 4),
    ("3", "Mia Laiho", "Aluehallituksen puheenjohtaja", "elected", 2),
]
#: Bullets of each section.
BULLETS = {"2": 6, "3": 2, "4": 5, "5": 2}
QUOTATION_TITLE = "Laki hyvinvointialueesta 14 §: Hyvinvointialueen ja kuntien neuvottelu"
QUOTATION = (
    "Hyvinvointialueen ja sen alueen kuntien on neuvoteltava vähintään valtuustokausittain "
    "tehtäviensä hoitamiseen liittyvästä yhteistyöstä, tavoitteista ja työnjaosta. "
    "Neuvottelussa voidaan sopia ainakin yhteistyön edellyttämistä "
    "yhteistoimintarakenteista, toimintamalleista sekä yhteistyön edellyttämästä tiedonkulusta."
)
#: Some bullets word for word, with their section.
SOME_BULLETS = [
    (
        "2",
        "Asukkaille suunnattu viestintä erityisesti palveluohjaukseen liittyen vaatii "
        "yhteistyötä kaupungin ja hyvinvointialueen välillä.",
    ),
    (
        "3",
        "Kaupungin ja hyvinvointialueen välisten yhteistyörakenteiden tulee jatkoa ajatellen "
        "olla mahdollisimman selkeitä.",
    ),
    ("4", "Ankkuri-toimintaa halutaan jatkaa myös tulevaisuudessa."),
    (
        "5",
        "Tarkempi neuvottelu alueen Ankkuri-toimijoiden kanssa on tarkoitus järjestää "
        "alkuvuoden aikana.",
    ),
]
#: A sentence from a bullet whose lines the PDF broke inside a hyphenated word.
HYPHENATED = (
    "Karjalohja-Sammatti-Pusula-alueen palveluverkon osalta suunnitellaan aktiivisesti, miten "
    "palvelut turvataan."
)
CLOSING = "Puheenjohtaja päätti neuvottelun."
#: What the memo does not say.
ABSENT = ("date", "startTime", "endTime", "place", "councilTerm", "record")

_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
#: Fields that are lists: wrapper elements in XML, arrays in JSON.
_LISTS = frozenset(
    {
        "legalBasis",
        "municipalities",
        "otherOrganisations",
        "participants",
        "objectives",
        "topics",
        "sections",
        "subsections",
        "content",
        "points",
        "roles",
        "parties",
        "responsible",
        "sources",
        "outcomes",
        "languages",
        "people",
        "attachments",
        "approvals",
    }
)
#: Lists whose items are named by their kind: the JSON ``type`` key.
_TAGGED = frozenset({"content", "outcomes"})


def _parts(node: list[Any]) -> tuple[str, dict[str, Any], list[Any]]:
    name, *rest = node
    if rest and isinstance(rest[0], dict):
        return name, rest[0], rest[1:]
    return name, {}, rest


def _wire(node: list[Any]) -> Any:
    """An element, as xmlschema decodes it in JsonML, in the shape of the JSON wire format."""
    name, _attributes, children = _parts(node)
    if name in _LISTS:
        items = []
        for child in children:
            item = _wire(child)
            items.append({"type": child[0], **item} if name in _TAGGED else item)
        return items
    if children and all(isinstance(c, list) and _LANG in _parts(c)[1] for c in children):
        return {_parts(c)[1][_LANG]: "".join(_parts(c)[2]) for c in children}
    if not children or not isinstance(children[0], list):
        return children[0] if children else ""
    return {_parts(child)[0]: _wire(child) for child in children}


@pytest.fixture(scope="module")
def schema() -> xmlschema.XMLSchema10:
    return xmlschema.XMLSchema10(str(XSD), allow="local")


@pytest.fixture(scope="module")
def golden(schema: xmlschema.XMLSchema10) -> dict[str, Any]:
    """The golden XML, validated and decoded by xmlschema, in the JSON wire shape."""
    tree = schema.to_dict(str(GOLDEN), converter=xmlschema.JsonMLConverter)
    assert isinstance(tree, list)  # JsonML: [name, attributes, *children]
    name, attributes, _ = _parts(tree)
    assert name == "negotiation"
    return {"schemaVersion": attributes["schemaVersion"], **_wire(tree)}


@pytest.fixture(scope="module")
def bundled() -> dict[str, Any]:
    """The bundled example, read by the standard library."""
    document: dict[str, Any] = json.loads(EXAMPLE.read_bytes())
    return document


def _fi(text: dict[str, str]) -> str:
    return text["fi"]


def _points(section: dict[str, Any]) -> list[tuple[str, str]]:
    return [
        (section["number"], _fi(point["text"]))
        for item in section.get("content", [])
        for point in item.get("points", [])
    ]


def summary(document: dict[str, Any]) -> dict[str, Any]:
    """The values the hand-written table states, taken from a document in the wire shape."""
    people = {p["id"]: p for p in document["participants"]}
    sections = document["sections"]
    statements = [
        (s["number"], item)
        for s in sections
        for item in s.get("content", [])
        if item["type"] == "statement"
    ]
    [quotation] = [i for s in sections for i in s.get("content", []) if i["type"] == "quotation"]
    return {
        "title": _fi(document["title"]),
        "basis": [
            (r["statuteNumber"], r["statuteYear"], r["section"], _fi(r["statuteTitle"]))
            for r in document["legalBasis"]
        ],
        "county": (_fi(document["county"]["name"]), document["county"]["statisticsCode"]),
        "municipalities": [
            (_fi(m["name"]), m["statisticsCode"]) for m in document["municipalities"]
        ],
        "sections": [(s["number"], _fi(s["title"])) for s in sections],
        "speakers": [
            (
                number,
                people[s["speaker"]]["name"],
                _fi(people[s["speaker"]]["title"]),
                s["onBehalfOf"]["leadership"],
                len(s["points"]),
            )
            for number, s in statements
        ],
        "bullets": {s["number"]: len(_points(s)) for s in sections if _points(s)},
        "quotation": (_fi(quotation["title"]), _fi(quotation["text"])),
        "closing": _fi(sections[-1]["content"][-1]["text"]),
        "absent": [key for key in ABSENT if key in document],
    }


HAND = {
    "title": TITLE,
    "basis": BASIS,
    "county": COUNTY,
    "municipalities": MUNICIPALITIES,
    "sections": SECTIONS,
    "speakers": SPEAKERS,
    "bullets": BULLETS,
    "quotation": (QUOTATION_TITLE, QUOTATION),
    "closing": CLOSING,
    "absent": [],
}


def test_the_golden_xml_is_valid_for_an_independent_validator(
    schema: xmlschema.XMLSchema10,
) -> None:
    schema.validate(str(GOLDEN))


def test_the_golden_xml_says_what_the_seed_memo_says(golden: dict[str, Any]) -> None:
    assert summary(golden) == HAND


def test_the_bundled_json_says_what_the_seed_memo_says(bundled: dict[str, Any]) -> None:
    assert summary(bundled) == HAND


@pytest.mark.parametrize("which", ["golden", "bundled"])
def test_bullets_word_for_word(which: str, request: pytest.FixtureRequest) -> None:
    document = request.getfixturevalue(which)
    points = [p for s in document["sections"] for p in _points(s)]
    assert sum(BULLETS.values()) == len(points) == 15
    for bullet in SOME_BULLETS:
        assert bullet in points
    assert any(HYPHENATED in text for number, text in points if number == "4")


def test_the_golden_xml_and_the_bundled_json_hold_the_same_memo(
    golden: dict[str, Any], bundled: dict[str, Any]
) -> None:
    assert golden == bundled


def test_the_hand_table_is_the_seed_memo_s_text() -> None:
    seed = _seed()
    text = " ".join(seed.units)
    assert seed.title == TITLE
    assert seed.headings == tuple(f"{n}. {title}" for n, title in SECTIONS)
    for _, bullet in SOME_BULLETS:
        assert bullet in seed.units
    for sentence in (QUOTATION_TITLE, QUOTATION, HYPHENATED, CLOSING):
        assert sentence in text
    for _, name, title, _, _ in SPEAKERS:
        assert f"{title} {name}" in text
    assert sum(seed.bullets) == sum(BULLETS.values())


def _seed() -> SeedMemo:
    path: Path = SEED
    if not path.is_file():
        if os.environ.get("CI") == "true":
            pytest.fail(f"the seed memo {path} is missing, and CI=true requires it")
        pytest.skip(f"the seed memo {path} is not present beside this checkout")
    return read_seed(path.read_text(encoding="utf-8"))
