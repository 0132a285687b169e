"""Transfer settings: the settings file, the overrides, and the exact errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from hyvaneuvottelu.archive import (
    SETTINGS_FILE,
    ContactPerson,
    Sahke2Version,
    SettingsError,
    find_settings_file,
    load_settings,
    settings_from,
)

from .archive_support import EXAMPLES

COMPLETE = {
    "transferContractId": "SOPIMUS-1",
    "organisation": "Lohjan kaupunki",
    "contactPerson": {
        "name": "Arkistonhoitaja",
        "address": "Katu 1",
        "phone": "+358 1",
        "email": "a@example.invalid",
    },
}


def write(folder: Path, document: object) -> Path:
    path = folder / SETTINGS_FILE
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path


def test_a_complete_file_gives_settings_with_defaults(tmp_path: Path) -> None:
    settings = settings_from(load_settings(write(tmp_path, COMPLETE)))
    assert settings.transfer_contract_id == "SOPIMUS-1"
    assert settings.contact_person == ContactPerson(
        name="Arkistonhoitaja", address="Katu 1", phone="+358 1", email="a@example.invalid"
    )
    assert settings.sahke2_version is Sahke2Version.V2019
    assert settings.permanent_retention_period == -1
    assert settings.function_titles == {}


def test_the_example_settings_file_is_complete() -> None:
    settings = settings_from(load_settings(EXAMPLES / SETTINGS_FILE))
    assert settings.transfer_contract_id.startswith("ESIMERKKI")
    assert settings.function_titles["00 01 02"].startswith("ESIMERKKI")


def test_overrides_win_and_none_is_no_override(tmp_path: Path) -> None:
    values = load_settings(write(tmp_path, COMPLETE))
    settings = settings_from(
        values,
        {"organisation": "Toinen", "transferId": None, "permanentRetentionPeriod": 9999},
    )
    assert settings.organisation == "Toinen"
    assert settings.transfer_id is None
    assert settings.permanent_retention_period == 9999


def test_every_missing_required_setting_is_named() -> None:
    with pytest.raises(SettingsError) as caught:
        settings_from({"organisation": "Lohja", "contactPerson.name": "A"})
    assert str(caught.value) == (
        "missing transfer setting 'transferContractId' "
        "(give --transfer-contract-id or set it in archive-settings.json); "
        "missing transfer setting 'contactPerson.address' "
        "(give --contact-address or set it in archive-settings.json); "
        "missing transfer setting 'contactPerson.phone' "
        "(give --contact-phone or set it in archive-settings.json); "
        "missing transfer setting 'contactPerson.email' "
        "(give --contact-email or set it in archive-settings.json)"
    )


def test_a_missing_setting_names_the_file_it_was_looked_for_in() -> None:
    values = load_settings(EXAMPLES / SETTINGS_FILE)
    del values["contactPerson.email"]
    with pytest.raises(SettingsError, match=r"set it in x/archive-settings\.json\)$"):
        settings_from(values, source="x/archive-settings.json")


def test_an_unknown_setting_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path, {**COMPLETE, "transferContract": "x"})
    with pytest.raises(SettingsError) as caught:
        load_settings(path)
    assert str(caught.value).startswith(f"{path}: unknown setting 'transferContract' (known: ")


def test_a_wrong_type_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path, {**COMPLETE, "permanentRetentionPeriod": True})
    with pytest.raises(SettingsError) as caught:
        load_settings(path)
    assert str(caught.value) == (
        f"{path}: setting 'permanentRetentionPeriod': expected an integer, found true"
    )


def test_a_nested_wrong_type_names_the_nested_key(tmp_path: Path) -> None:
    document = json.loads(json.dumps(COMPLETE))
    document["contactPerson"]["phone"] = 5
    path = write(tmp_path, document)
    with pytest.raises(SettingsError, match=r"setting 'contactPerson\.phone': expected a string"):
        load_settings(path)


def test_a_comment_is_ignored(tmp_path: Path) -> None:
    values = load_settings(write(tmp_path, {"$comment": "for people", **COMPLETE}))
    assert "$comment" not in values


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"[1]", "expected a JSON object of settings"),
        (b"{", "not a JSON document"),
    ],
)
def test_not_a_settings_document(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / SETTINGS_FILE
    path.write_bytes(content)
    with pytest.raises(SettingsError, match=message):
        load_settings(path)


def test_a_missing_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(SettingsError, match="no such settings file"):
        load_settings(tmp_path / "nothing.json")


def test_an_unknown_sahke2_version_is_refused() -> None:
    values = {**load_settings(EXAMPLES / SETTINGS_FILE), "sahke2Version": "2015"}
    with pytest.raises(SettingsError) as caught:
        settings_from(values)
    assert str(caught.value) == (
        'setting \'sahke2Version\': expected "2019" or "2011", found "2015"'
    )


def test_the_settings_file_is_found_beside_the_memo_or_in_the_folder(tmp_path: Path) -> None:
    memo = tmp_path / "memo.json"
    memo.write_text("{}")
    assert find_settings_file(memo) is None
    path = write(tmp_path, COMPLETE)
    assert find_settings_file(memo) == path
    assert find_settings_file(tmp_path) == path
