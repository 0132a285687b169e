"""Archive transfer: a SÄHKE2 package with fixity, written atomically and verifiable.

:func:`write_package` turns memos that pass the ``archive`` validation
profile into one transfer: each memo in the project's XML with its HTML
rendition, a SÄHKE2 metadata file (one case file per negotiation) and a
manifest of SHA-256 hashes and sizes. It takes the memos one at a time and
never writes over, around or into its inputs (:func:`check_target`).
:func:`verify_package` proves later that nothing in it changed.
"""

from ._manifest import MANIFEST_FILE
from ._package import (
    SAHKE2_FILE,
    ArchiveRefusedError,
    Package,
    Refusal,
    TransferTooLargeError,
    write_package,
)
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
from ._vocabulary import Sahke2Version

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
