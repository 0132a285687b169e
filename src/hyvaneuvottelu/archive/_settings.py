"""Transfer settings: what a package needs that no memo says.

The transfer contract, the transferring organisation and its contact person
come from a small JSON file (``archive-settings.json`` beside the memo, or
``--settings FILE``) and from command-line options, which win.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import attrs

from .._messages import Message, byte_error, json_error, message, os_error
from ..errors import HyvaneuvotteluError
from ._sahke2_version import Sahke2Version

__all__ = [
    "SETTINGS",
    "SETTINGS_FILE",
    "ContactPerson",
    "Setting",
    "SettingsError",
    "TransferSettings",
    "find_settings_file",
    "load_settings",
    "settings_from",
]

#: The settings file ``archive`` looks for beside the memo.
SETTINGS_FILE = "archive-settings.json"
#: A key for a note to human readers, ignored (as in JSON Schema).
_COMMENT = "$comment"
#: How SÄHKE2 ``RetentionPeriod`` encodes permanent retention unless set.
DEFAULT_PERMANENT_RETENTION_PERIOD = -1


class SettingsError(HyvaneuvotteluError):
    """The transfer settings are missing a value or hold a wrong one.

    ``problems`` says what, one message each (every missing setting has its
    own); ``str()`` joins them in English, :meth:`render` one a line in any
    language.
    """

    def __init__(self, *problems: Message) -> None:
        self.problems = problems
        super().__init__("; ".join(p.render("en") for p in problems))

    def render(self, language: str = "en") -> str:
        """The problems in ``language`` (``fi``, ``sv`` or ``en``), one a line."""
        return "\n".join(p.render(language) for p in self.problems)


@attrs.frozen(kw_only=True)
class ContactPerson:
    """The transferring organisation's contact person (kontaktihenkilö)."""

    name: str
    address: str
    phone: str
    email: str


@attrs.frozen(kw_only=True)
class TransferSettings:
    """Transfer-level data of a SÄHKE2 package (siirtokokonaisuus)."""

    #: Siirtosopimuksen tunnus, from the archive's transfer contract.
    transfer_contract_id: str
    #: The transferring organisation's name (Organisation.Name).
    organisation: str
    contact_person: ContactPerson
    #: The transfer's own identifier; derived from the contract, the
    #: creation date and the records when not set.
    transfer_id: str | None = None
    #: The transfer's title; a generic Finnish title when not set.
    transfer_title: str | None = None
    sahke2_version: Sahke2Version = Sahke2Version.V2019
    #: The integer SÄHKE2 ``RetentionPeriod`` carries for permanent
    #: retention (pysyvä säilytys). No source at hand confirms the sentinel
    #: the National Archives expect, so it is a setting.
    permanent_retention_period: int = DEFAULT_PERMANENT_RETENTION_PERIOD
    #: Titles of function classes by code, ``{"00": "Hallintoasiat"}``; a
    #: class without a title is titled by its code.
    function_titles: Mapping[str, str] = attrs.field(factory=dict, hash=False)


@attrs.frozen
class Setting:
    """One transfer setting: its key in the settings file and its option."""

    key: str  # wire path, "contactPerson.email"
    option: str  # command-line option
    kind: type
    required: bool
    dest: str  # argparse destination and keyword

    @property
    def wire(self) -> str:
        return self.key.replace(".", "/")


#: Every setting: its key in the settings file, its option, its type.
SETTINGS: tuple[Setting, ...] = (
    Setting("transferContractId", "--transfer-contract-id", str, True, "transfer_contract_id"),
    Setting("organisation", "--organisation", str, True, "organisation"),
    Setting("contactPerson.name", "--contact-name", str, True, "contact_name"),
    Setting("contactPerson.address", "--contact-address", str, True, "contact_address"),
    Setting("contactPerson.phone", "--contact-phone", str, True, "contact_phone"),
    Setting("contactPerson.email", "--contact-email", str, True, "contact_email"),
    Setting("transferId", "--transfer-id", str, False, "transfer_id"),
    Setting("transferTitle", "--transfer-title", str, False, "transfer_title"),
    Setting("sahke2Version", "--sahke2-version", str, False, "sahke2_version"),
    Setting(
        "permanentRetentionPeriod",
        "--permanent-retention-period",
        int,
        False,
        "permanent_retention_period",
    ),
    Setting("functionTitles", "", dict, False, "function_titles"),
)
_BY_KEY = {s.key: s for s in SETTINGS}


def find_settings_file(memo: str | Path) -> Path | None:
    """``archive-settings.json`` in the memo's folder (or in the folder itself)."""
    path = Path(memo)
    folder = path if path.is_dir() else path.parent
    candidate = folder / SETTINGS_FILE
    return candidate if candidate.is_file() else None


def load_settings(path: str | Path) -> dict[str, Any]:
    """The flat values of a settings file, checked; not yet complete."""
    try:
        document = json.loads(Path(path).read_bytes())
    except FileNotFoundError:
        raise SettingsError(message("settings.no_file", name=str(path))) from None
    except OSError as exc:
        reason = os_error(exc)
        raise SettingsError(message("cli.cannot_read", name=str(path), reason=reason)) from None
    except json.JSONDecodeError as exc:
        reason = json_error(exc.msg, exc.lineno, exc.colno)
        raise SettingsError(message("settings.not_json", name=str(path), reason=reason)) from None
    except UnicodeDecodeError as exc:
        reason = byte_error(exc)
        raise SettingsError(message("settings.not_json", name=str(path), reason=reason)) from None
    if type(document) is not dict:
        raise SettingsError(message("settings.not_object", name=str(path)))
    return _flatten(document, str(path))


def _flatten(document: dict[str, Any], source: str, prefix: str = "") -> dict[str, Any]:
    values: dict[str, Any] = {}
    for name, value in document.items():
        if name == _COMMENT:
            continue
        key = f"{prefix}{name}"
        setting = _BY_KEY.get(key)
        if (
            setting is None
            and type(value) is dict
            and any(k.startswith(f"{key}.") for k in _BY_KEY)
        ):
            values.update(_flatten(value, source, f"{key}."))
            continue
        if setting is None:
            known = ", ".join(s.key for s in SETTINGS)
            raise SettingsError(
                message("settings.unknown", name=source, key=repr(key), known=known)
            )
        if type(value) is not setting.kind:
            expected = {str: "a_string", int: "an_integer", dict: "an_object"}[setting.kind]
            raise SettingsError(
                message(
                    "settings.type",
                    name=source,
                    key=repr(key),
                    what=message(f"settings.{expected}"),
                    value=json.dumps(value),
                )
            )
        values[key] = value
    return values


def settings_from(
    file_values: Mapping[str, Any] | None = None,
    overrides: Mapping[str, Any] | None = None,
    *,
    source: str | None = None,
) -> TransferSettings:
    """Complete settings from a file's values and overrides (keyed by setting).

    Raises :class:`SettingsError` naming every required setting missing.
    """
    values = {
        **(file_values or {}),
        **{k: v for k, v in (overrides or {}).items() if v is not None},
    }
    missing = [s for s in SETTINGS if s.required and not values.get(s.key)]
    if missing:
        file = source or SETTINGS_FILE
        raise SettingsError(
            *(
                message("settings.missing", key=repr(s.key), option=s.option, file=file)
                for s in missing
            )
        )
    version = values.get("sahke2Version", Sahke2Version.V2019.value)
    if version not in {v.value for v in Sahke2Version}:
        raise SettingsError(message("settings.version", value=json.dumps(version)))
    titles = values.get("functionTitles", {})
    for code, title in titles.items():
        if type(title) is not str:
            raise SettingsError(message("settings.title", code=repr(code), value=json.dumps(title)))
    return TransferSettings(
        transfer_contract_id=values["transferContractId"],
        organisation=values["organisation"],
        contact_person=ContactPerson(
            name=values["contactPerson.name"],
            address=values["contactPerson.address"],
            phone=values["contactPerson.phone"],
            email=values["contactPerson.email"],
        ),
        transfer_id=values.get("transferId"),
        transfer_title=values.get("transferTitle"),
        sahke2_version=Sahke2Version(version),
        permanent_retention_period=values.get(
            "permanentRetentionPeriod", DEFAULT_PERMANENT_RETENTION_PERIOD
        ),
        function_titles=dict(titles),
    )
