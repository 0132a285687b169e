"""A settings file that is not JSON is named in words of the chosen language.

The JSON decoder's complaint and a byte that is not UTF-8 are said as the
memo readers say them, at the line and column, never the decoder's English.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from hyvaneuvottelu.archive import SettingsError, load_settings, verify_package, write_package
from hyvaneuvottelu.archive._manifest import Manifest, ManifestError

from .archive_support import completed_memo, settings

# What the file holds, and what each language says of it: written by hand.
CASES = {
    "a key missing": (
        b'{"organisation": "x",\n',
        {
            "fi": "ei JSON-asiakirja: rivi 2, sarake 1: avaimen paikalla jotain muuta kuin "
            "lainausmerkeissä oleva nimi",
            "sv": "inget JSON-dokument: rad 2, kolumn 1: något annat än ett namn inom "
            "citattecken där en nyckel skulle stå",
            "en": "not a JSON document: line 2, column 1: something other than a name in "
            "double quotes where a key should be",
        },
    ),
    "empty": (
        b"",
        {
            "fi": "ei JSON-asiakirja: rivi 1, sarake 1: arvon paikalla jotain muuta",
            "sv": "inget JSON-dokument: rad 1, kolumn 1: något annat där ett värde skulle stå",
            "en": "not a JSON document: line 1, column 1: something else where a value should be",
        },
    ),
    "not UTF-8 on line 2": (
        b'{"a":\n"\xe4"}',
        {
            "fi": "ei JSON-asiakirja: rivi 2, sarake 2 (tavu 7): tavu 0xe4, joka ei kuulu "
            "UTF-8:aan",
            "sv": "inget JSON-dokument: rad 2, kolumn 2 (byte 7): byten 0xe4, som inte hör "
            "till UTF-8",
            "en": "not a JSON document: line 2, column 2 (byte 7): the byte 0xe4, which is "
            "not UTF-8",
        },
    ),
}


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
@pytest.mark.parametrize("case", list(CASES))
def test_a_settings_file_that_is_not_json(tmp_path: Path, case: str, language: str) -> None:
    content, said = CASES[case]
    path = tmp_path / "archive-settings.json"
    path.write_bytes(content)
    with pytest.raises(SettingsError) as caught:
        load_settings(path)
    assert caught.value.render(language) == f"{path}: {said[language]}"


# A manifest that is not one: what verify says of it in each language, by hand.
MANIFESTS = {
    "cut short": (
        b'{"format":',
        {
            "fi": "ei JSON-asiakirja: rivi 1, sarake 11: arvon paikalla jotain muuta",
            "sv": "inget JSON-dokument: rad 1, kolumn 11: något annat där ett värde skulle stå",
            "en": "not a JSON document: line 1, column 11: something else where a value should be",
        },
    ),
    "a field of the wrong type": (
        b'{"format": 1}',
        {
            "fi": 'odotettiin kenttää "created" (merkkijono)',
            "sv": 'väntade fältet "created" (en sträng)',
            "en": 'expected "created" (a string)',
        },
    ),
    "a float": (
        b'{"size": 1.5}',
        {
            "fi": "odotettiin vain kokonaislukuja, löytyi 1.5",
            "sv": "väntade endast heltal, hittade 1.5",
            "en": "expected whole numbers only, found 1.5",
        },
    ),
}


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
@pytest.mark.parametrize("case", list(MANIFESTS))
def test_a_manifest_that_is_not_one_in_words_of_each_language(case: str, language: str) -> None:
    content, said = MANIFESTS[case]
    with pytest.raises(ManifestError) as caught:
        Manifest.parse(content)
    assert caught.value.render(language) == said[language]


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_verify_says_what_is_wrong_with_a_manifest_in_the_chosen_language(
    tmp_path: Path, language: str
) -> None:
    target = tmp_path / "package"
    write_package([completed_memo()], target, settings())
    (target / "manifest.json").write_bytes(b'{"format": 1}')
    report = verify_package(target)
    assert [problem.render(language) for problem in report.problems] == [
        "manifest.json: " + MANIFESTS["a field of the wrong type"][1][language]
    ]
