"""The JSON Schema (Draft 2020-12) of the wire format, generated from the model.

The published file in ``schemas/`` is this function's output; a test keeps
the two equal, so the contract cannot drift from the code. Regenerate with
``python -m hyvaneuvottelu.jsonformat._schema``.
"""

from __future__ import annotations

import json
import sys
import types
import typing
from datetime import date, datetime, time
from enum import Enum
from typing import Any

import attrs

from .._naming import wire_name
from ..model import CONTENT_TAGS, OUTCOME_TAGS, LocalizedText, Negotiation
from ..model._checks import Each, IntRange, Matches, Optional
from ._converter import TAG_KEY
from ._wire import DATE_PATTERN, DATETIME_PATTERN, TIME_PATTERN

__all__ = ["ROOT_TITLE", "SCHEMA_ID", "generate", "generate_bytes"]

SCHEMA_ID = "urn:hyvaneuvottelu:schema:json:1"
#: The root's title: the name code generators give the root type, as the model's.
ROOT_TITLE = Negotiation.__name__
_DEFS = "#/$defs/"


def generate(schema_version: str) -> dict[str, Any]:
    """The JSON Schema as a Python object."""
    return _Generator(schema_version).root()


def generate_bytes(schema_version: str) -> bytes:
    """The JSON Schema as published: UTF-8, 2-space indent, final newline."""
    text = json.dumps(generate(schema_version), ensure_ascii=False, indent=2)
    return (text + "\n").encode("utf-8")


def _describe(cls: type) -> str:
    doc = (cls.__doc__ or "").strip()
    return doc.split("\n\n")[0].replace("\n", " ").strip()


class _Generator:
    def __init__(self, schema_version: str) -> None:
        self.schema_version = schema_version
        self.defs: dict[str, Any] = {}

    def root(self) -> dict[str, Any]:
        body = self.object_schema(Negotiation)
        major = self.schema_version.split(".", maxsplit=1)[0]
        body["properties"] = {
            "schemaVersion": {
                "description": (
                    f"Version of the wire format. This schema describes {self.schema_version}; "
                    f"readers accept {major}.x up to their own version."
                ),
                "const": self.schema_version,
            },
            **body["properties"],
        }
        body["required"] = ["schemaVersion", *body["required"]]
        return {
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "$id": SCHEMA_ID,
            # Code generators name the root type by its title.
            "title": ROOT_TITLE,
            **body,
            "$defs": dict(sorted(self.defs.items())),
        }

    def ref(self, cls: type) -> dict[str, Any]:
        name = cls.__name__
        if name not in self.defs:
            self.defs[name] = {}  # placeholder: classes refer to themselves
            self.defs[name] = self.definition(cls)
        return {"$ref": _DEFS + name}

    def definition(self, cls: type) -> dict[str, Any]:
        if issubclass(cls, Enum):
            return {"description": _describe(cls), "enum": [member.value for member in cls]}
        if cls is LocalizedText:
            return {
                "description": _describe(cls),
                "type": "object",
                "properties": {lang: {"type": "string"} for lang in ("fi", "sv", "en")},
                "additionalProperties": False,
                "minProperties": 1,
            }
        schema = self.object_schema(cls)
        tag = CONTENT_TAGS.get(cls) or OUTCOME_TAGS.get(cls)
        if tag is not None:
            schema["properties"] = {TAG_KEY: {"const": tag}, **schema["properties"]}
            schema["required"] = [TAG_KEY, *schema["required"]]
        return schema

    def object_schema(self, cls: type) -> dict[str, Any]:
        hints = typing.get_type_hints(cls)
        properties: dict[str, Any] = {}
        required: list[str] = []
        for field in attrs.fields(cls):
            wire = wire_name(field.name)
            schema = self.type_schema(hints[field.name], field.validator)
            if field.default is attrs.NOTHING:
                required.append(wire)
            elif field.default is not None:
                default = field.default
                schema["default"] = list(default) if isinstance(default, tuple) else _plain(default)
            properties[wire] = schema
        return {
            "description": _describe(cls),
            "type": "object",
            "properties": properties,
            "required": required,
            "additionalProperties": False,
        }

    def type_schema(self, t: Any, validator: Any) -> dict[str, Any]:
        origin = typing.get_origin(t)
        args = typing.get_args(t)
        if origin in (typing.Union, types.UnionType):
            members = [a for a in args if a is not type(None)]
            if len(members) > 1:
                return {"oneOf": [self.ref(m) for m in members]}
            inner = self.type_schema(members[0], _unwrap(validator))
            if type(None) in args:
                return {"anyOf": [inner, {"type": "null"}]}
            return inner
        if origin is tuple:
            items = self.type_schema(args[0], _item_validator(validator))
            return {"type": "array", "items": items}
        if isinstance(t, type) and (issubclass(t, Enum) or attrs.has(t)):
            return self.ref(t)
        return _scalar(t, _unwrap(validator))


def _unwrap(validator: Any) -> Any:
    return validator.inner if isinstance(validator, Optional) else validator


def _item_validator(validator: Any) -> Any:
    return validator.inner if isinstance(validator, Each) else None


def _plain(value: Any) -> Any:
    return value.value if isinstance(value, Enum) else value


def _scalar(t: Any, validator: Any) -> dict[str, Any]:
    if t is str:
        schema: dict[str, Any] = {"type": "string"}
        if isinstance(validator, Matches):
            # Published as the model writes it, "^...$": a form that ECMA-262,
            # RE2 and Python all compile. ECMA-262 and RE2 read "$" as the end of
            # the string; Python's re.search also lets it match before one final
            # newline, which only the model's fullmatch refuses (docs/json.md).
            schema["pattern"] = validator.pattern
        return schema
    if t is bool:
        return {"type": "boolean"}
    if t is int:
        schema = {"type": "integer"}
        if isinstance(validator, IntRange):
            schema["minimum"] = validator.minimum
            if validator.maximum is not None:
                schema["maximum"] = validator.maximum
        return schema
    if t is date:
        return {
            "description": "A calendar date, YYYY-MM-DD.",
            "type": "string",
            "format": "date",
            "pattern": DATE_PATTERN,
        }
    if t is datetime:
        return {
            "description": (
                "A date-time with seconds, at most six decimals of a second, and a UTC offset "
                "of whole minutes within ±14:00 (Z for UTC)."
            ),
            "type": "string",
            "format": "date-time",
            "pattern": DATETIME_PATTERN,
        }
    if t is time:
        # Not JSON Schema's "time" format: RFC 3339 requires an offset there.
        return {
            "description": (
                "A local time of day, HH:MM or HH:MM:SS: whole seconds, no UTC offset."
            ),
            "type": "string",
            "pattern": TIME_PATTERN,
        }
    raise TypeError(f"no JSON Schema for {t!r}")


if __name__ == "__main__":
    from . import SCHEMA_VERSION

    sys.stdout.buffer.write(generate_bytes(SCHEMA_VERSION))
