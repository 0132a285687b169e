"""The JSON decoder's complaints in Finnish and Swedish, the same with and without jiter.

CPython's decoder (Lib/json/decoder.py and Modules/_json.c, 3.11 to 3.13)
has a finite set of messages; each is shown in words of each language, with
the line and the column in that language's words. English says them
in words too, never the decoder's own text. With the ``fast``
extra, jiter refuses what is broken and the strict reader reads it again, so
every message is the same byte for byte: the table runs both ways.
"""

from __future__ import annotations

import sys

import pytest

from hyvaneuvottelu import from_json
from hyvaneuvottelu._messages import recognise_found
from hyvaneuvottelu.errors import DocumentError
from hyvaneuvottelu.jsonformat import _decode

_TRAILING_COMMAS = sys.version_info >= (3, 13)

#: A broken document and its first problem in fi, sv and en, written by hand.
BROKEN = [
    (
        b"",
        "rivi 1, sarake 1: odotettiin JSON-muotoista tekstiä, löytyi arvon paikalla jotain muuta",
        "rad 1, kolumn 1: väntade JSON-text, hittade något annat där ett värde skulle stå",
        "line 1, column 1: expected JSON, found something else where a value should be",
    ),
    (
        b'{"a": }',
        "rivi 1, sarake 7: odotettiin JSON-muotoista tekstiä, löytyi arvon paikalla jotain muuta",
        "rad 1, kolumn 7: väntade JSON-text, hittade något annat där ett värde skulle stå",
        "line 1, column 7: expected JSON, found something else where a value should be",
    ),
    (
        b'{"a" 1}',
        "rivi 1, sarake 6: odotettiin JSON-muotoista tekstiä, löytyi erottimen ':' paikalla "
        "jotain muuta",
        "rad 1, kolumn 6: väntade JSON-text, hittade något annat där avgränsaren ':' skulle stå",
        "line 1, column 6: expected JSON, found something else where the delimiter ':' should be",
    ),
    (
        b'{"a": 1 "b": 2}',
        "rivi 1, sarake 9: odotettiin JSON-muotoista tekstiä, löytyi erottimen ',' paikalla "
        "jotain muuta",
        "rad 1, kolumn 9: väntade JSON-text, hittade något annat där avgränsaren ',' skulle stå",
        "line 1, column 9: expected JSON, found something else where the delimiter ',' should be",
    ),
    (
        b"[1 2]",
        "rivi 1, sarake 4: odotettiin JSON-muotoista tekstiä, löytyi erottimen ',' paikalla "
        "jotain muuta",
        "rad 1, kolumn 4: väntade JSON-text, hittade något annat där avgränsaren ',' skulle stå",
        "line 1, column 4: expected JSON, found something else where the delimiter ',' should be",
    ),
    (
        b"{a: 1}",
        "rivi 1, sarake 2: odotettiin JSON-muotoista tekstiä, löytyi avaimen paikalla jotain "
        "muuta kuin lainausmerkeissä oleva nimi",
        "rad 1, kolumn 2: väntade JSON-text, hittade något annat än ett namn inom citattecken "
        "där en nyckel skulle stå",
        "line 1, column 2: expected JSON, found something other than a name in double quotes where a key should be",
    ),
    (
        b'{"a": 1}\n\n  x',
        "rivi 3, sarake 3: odotettiin JSON-muotoista tekstiä, löytyi ylimääräistä tekstiä arvon "
        "jälkeen",
        "rad 3, kolumn 3: väntade JSON-text, hittade överflödig text efter värdet",
        "line 3, column 3: expected JSON, found more text after the value",
    ),
    (
        b'{"a": "abc',
        "rivi 1, sarake 7: odotettiin JSON-muotoista tekstiä, löytyi merkkijono, jonka "
        "lainausmerkkejä ei suljeta",
        "rad 1, kolumn 7: väntade JSON-text, hittade en sträng vars citattecken aldrig stängs",
        "line 1, column 7: expected JSON, found a string whose quotation marks are never closed",
    ),
    (
        b'{"a": "a\x01b"}',
        "rivi 1, sarake 9: odotettiin JSON-muotoista tekstiä, löytyi ohjausmerkki merkkijonon "
        "sisällä",
        "rad 1, kolumn 9: väntade JSON-text, hittade ett styrtecken inuti en sträng",
        "line 1, column 9: expected JSON, found a control character inside a string",
    ),
    (
        b'{"a": "\\q"}',
        "rivi 1, sarake 8: odotettiin JSON-muotoista tekstiä, löytyi virheellinen \\-koodinvaihto",
        "rad 1, kolumn 8: väntade JSON-text, hittade en ogiltig \\-escape",
        "line 1, column 8: expected JSON, found an invalid \\ escape",
    ),
    (
        b'{"a": "\\u12"}',
        "rivi 1, sarake 9: odotettiin JSON-muotoista tekstiä, löytyi virheellinen "
        "\\uXXXX-koodinvaihto",
        "rad 1, kolumn 9: väntade JSON-text, hittade en ogiltig \\uXXXX-escape",
        "line 1, column 9: expected JSON, found an invalid \\uXXXX escape",
    ),
    (
        b'{"a": [1,]}',
        *(
            (
                "rivi 1, sarake 9: odotettiin JSON-muotoista tekstiä, löytyi pilkku taulukon "
                "viimeisen alkion jälkeen",
                "rad 1, kolumn 9: väntade JSON-text, hittade ett kommatecken efter listans "
                "sista element",
                "line 1, column 9: expected JSON, found a comma after the last item of an array",
            )
            if _TRAILING_COMMAS
            else (
                "rivi 1, sarake 10: odotettiin JSON-muotoista tekstiä, löytyi arvon paikalla "
                "jotain muuta",
                "rad 1, kolumn 10: väntade JSON-text, hittade något annat där ett värde skulle stå",
                "line 1, column 10: expected JSON, found something else where a value should be",
            )
        ),
    ),
    (
        b'{"a": 1,}',
        *(
            (
                "rivi 1, sarake 8: odotettiin JSON-muotoista tekstiä, löytyi pilkku objektin "
                "viimeisen jäsenen jälkeen",
                "rad 1, kolumn 8: väntade JSON-text, hittade ett kommatecken efter objektets "
                "sista medlem",
                "line 1, column 8: expected JSON, found a comma after the last member of an object",
            )
            if _TRAILING_COMMAS
            else (
                "rivi 1, sarake 9: odotettiin JSON-muotoista tekstiä, löytyi avaimen paikalla "
                "jotain muuta kuin lainausmerkeissä oleva nimi",
                "rad 1, kolumn 9: väntade JSON-text, hittade något annat än ett namn inom "
                "citattecken där en nyckel skulle stå",
                "line 1, column 9: expected JSON, found something other than a name in double quotes "
                "where a key should be",
            )
        ),
    ),
]


def _first_problem(data: bytes) -> list[str]:
    with pytest.raises(DocumentError) as caught:
        from_json(data)
    return [caught.value.problems[0].render(language) for language in ("fi", "sv", "en")]


@pytest.mark.parametrize("fast", [True, False], ids=["with-jiter", "without-jiter"])
@pytest.mark.parametrize(("data", "fi", "sv", "en"), BROKEN, ids=lambda v: repr(v)[:24])
def test_each_decoder_message_in_each_language_with_and_without_the_extra(
    monkeypatch: pytest.MonkeyPatch, fast: bool, data: bytes, fi: str, sv: str, en: str
) -> None:
    if fast:
        pytest.importorskip("jiter", reason="the fast extra is not installed")
    else:
        monkeypatch.setattr(_decode, "jiter", None)
    assert _first_problem(data) == [fi, sv, en]


@pytest.mark.parametrize(
    ("decoders", "fi", "sv"),
    [
        (
            "Illegal trailing comma before end of object",
            "pilkku objektin viimeisen jäsenen jälkeen",
            "ett kommatecken efter objektets sista medlem",
        ),
        (
            "Illegal trailing comma before end of array",
            "pilkku taulukon viimeisen alkion jälkeen",
            "ett kommatecken efter listans sista element",
        ),
        (
            # The pure-Python scanner's words, where the C accelerator is missing.
            "Invalid control character '\\x01' at",
            "ohjausmerkki '\\x01' merkkijonon sisällä",
            "styrtecknet '\\x01' inuti en sträng",
        ),
        ("Invalid \\escape: 'q'", "virheellinen \\-koodinvaihto 'q'", "en ogiltig \\-escape 'q'"),
        (
            # A message this version does not know: the parser's, framed.
            "Something new",
            "jäsentimen ilmoittama virhe: Something new",
            "ett fel som tolken rapporterar så här: Something new",
        ),
    ],
)
def test_the_decoders_other_messages(decoders: str, fi: str, sv: str) -> None:
    found = recognise_found(decoders, "JSON")
    assert not isinstance(found, str)
    assert [found.render("fi"), found.render("sv")] == [fi, sv]
