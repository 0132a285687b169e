"""The published schemas, as shipped inside the package."""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

__all__ = ["JSON_SCHEMA_FILE", "json_schema", "json_schema_bytes"]

#: File name of the JSON Schema, in ``schemas/`` and in the package.
JSON_SCHEMA_FILE = "hyvaneuvottelu.schema.json"


def _read(name: str) -> bytes:
    return resources.files(__package__).joinpath("_data", "schemas", name).read_bytes()


def json_schema_bytes() -> bytes:
    """The JSON Schema (Draft 2020-12) of the wire format, as published."""
    return _read(JSON_SCHEMA_FILE)


def json_schema() -> dict[str, Any]:
    """The JSON Schema as a Python object."""
    result: dict[str, Any] = json.loads(json_schema_bytes())
    return result
