"""The bundled examples, the archive example's settings and a memo template (package data)."""

from __future__ import annotations

from importlib import resources
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .model import Negotiation

__all__ = [
    "ARCHIVE",
    "DEFAULT",
    "load",
    "names",
    "read_bytes",
    "settings_bytes",
    "template_bytes",
]

#: The real Lohja memo, as it stands.
DEFAULT = "lohja"
#: The Lohja memo completed with illustrative archival metadata: it passes
#: the ``archive`` profile and archives with :func:`settings_bytes`.
ARCHIVE = "lohja-archive"
_FILES = {
    DEFAULT: "lohja-neuvottelumuistio.json",
    ARCHIVE: "lohja-archive-example.json",
}
_SETTINGS_FILE = "archive-settings.json"
_TEMPLATE_FILE = "neuvottelumuistio-pohja.json"


def names() -> tuple[str, ...]:
    """The names of the bundled examples."""
    return tuple(_FILES)


def read_bytes(name: str = DEFAULT) -> bytes:
    """The example's JSON document, as shipped."""
    return _read(_FILES[name])


def settings_bytes() -> bytes:
    """The transfer settings (``archive-settings.json``) of the archive example, as shipped.

    Every value is illustrative; a real transfer needs the archive's own.
    """
    return _read(_SETTINGS_FILE)


def template_bytes() -> bytes:
    """A memo template: every field an archive needs, with placeholders to replace.

    Each placeholder begins with ``TÄYTÄ:`` and says what belongs there. The
    template as shipped is not a valid memo: where a field has a form (a
    date, a code), the placeholder does not have it, so validation points
    at each of them until they are filled in.
    """
    return _read(_TEMPLATE_FILE)


def _read(file: str) -> bytes:
    return resources.files(__package__).joinpath("_data", "examples", file).read_bytes()


def load(name: str = DEFAULT) -> Negotiation:
    """The example as a model."""
    # Imported here: writing the template or the settings (``new``) needs no model.
    from .jsonformat import from_json  # noqa: PLC0415 - see the comment above

    return from_json(read_bytes(name))
