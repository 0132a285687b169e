"""Archive transfer: a SÄHKE2 package with fixity, written atomically and verifiable.

:func:`write_package` turns memos that pass the ``archive`` validation
profile into one transfer: each memo in the project's XML with its HTML
rendition, a SÄHKE2 metadata file (one case file per negotiation) and a
manifest of SHA-256 hashes and sizes. It takes the memos one at a time and
never writes over, around or into its inputs (:func:`check_target`).
:func:`verify_package` proves later that nothing in it changed.
"""

import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._manifest import MANIFEST_FILE, SAHKE2_FILE
    from ._package import (
        ArchiveRefusedError,
        Package,
        Refusal,
        TransferTooLargeError,
        write_package,
    )
    from ._sahke2_version import Sahke2Version
    from ._settings import (
        SETTINGS,
        SETTINGS_FILE,
        ContactPerson,
        Setting,
        SettingsError,
        TransferSettings,
        find_settings_file,
        load_settings,
        settings_from,
    )
    from ._target import check_target
    from ._verify import Discrepancy, VerificationReport, verify_package

__all__ = [
    "MANIFEST_FILE",
    "SAHKE2_FILE",
    "SETTINGS",
    "SETTINGS_FILE",
    "ArchiveRefusedError",
    "ContactPerson",
    "Discrepancy",
    "Package",
    "Refusal",
    "Sahke2Version",
    "Setting",
    "SettingsError",
    "TransferSettings",
    "TransferTooLargeError",
    "VerificationReport",
    "check_target",
    "find_settings_file",
    "load_settings",
    "settings_from",
    "verify_package",
    "write_package",
]

#: Where each name lives. Loaded on first use: naming a file ("manifest.json")
#: or reading the settings needs neither the package writer nor the verifier.
_HOMES = {
    "MANIFEST_FILE": "_manifest",
    "SAHKE2_FILE": "_manifest",
    "ArchiveRefusedError": "_package",
    "Package": "_package",
    "Refusal": "_package",
    "TransferTooLargeError": "_package",
    "write_package": "_package",
    "SETTINGS": "_settings",
    "SETTINGS_FILE": "_settings",
    "ContactPerson": "_settings",
    "Setting": "_settings",
    "SettingsError": "_settings",
    "TransferSettings": "_settings",
    "find_settings_file": "_settings",
    "load_settings": "_settings",
    "settings_from": "_settings",
    "check_target": "_target",
    "Discrepancy": "_verify",
    "VerificationReport": "_verify",
    "verify_package": "_verify",
    "Sahke2Version": "_sahke2_version",
}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    # __import__, not importlib.import_module: python -X importtime shows it.
    __import__(f"{__name__}.{home}")
    value = getattr(sys.modules[f"{__name__}.{home}"], name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *__all__])
