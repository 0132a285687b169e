"""The bundled example memos, shipped as package data."""

from __future__ import annotations

from importlib import resources

from .jsonformat import from_json
from .model import Negotiation

__all__ = ["DEFAULT", "load", "names", "read_bytes"]

#: The real Lohja memo, as it stands.
DEFAULT = "lohja"
_FILES = {
    "lohja": "lohja-neuvottelumuistio.json",
}


def names() -> tuple[str, ...]:
    """The names of the bundled examples."""
    return tuple(_FILES)


def read_bytes(name: str = DEFAULT) -> bytes:
    """The example's JSON document, as shipped."""
    return resources.files(__package__).joinpath("_data", "examples", _FILES[name]).read_bytes()


def load(name: str = DEFAULT) -> Negotiation:
    """The example as a model."""
    return from_json(read_bytes(name))
