"""The published JSON Schema: tied to the model, agreeing with ``from_json``."""

from __future__ import annotations

import json
from typing import Any

import jsonschema
import pytest
from hypothesis import given, settings

import hyvaneuvottelu as hn
from hyvaneuvottelu import schemas
from hyvaneuvottelu.jsonformat._schema import generate_bytes

from .documents import REPO, minimal_document
from .strategies import negotiations
from .test_jsonformat import BROKEN

PUBLISHED = REPO / "schemas" / schemas.JSON_SCHEMA_FILE


@pytest.fixture(scope="module")
def validator() -> jsonschema.Draft202012Validator:
    schema = schemas.json_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(
        schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )


def test_published_schema_is_generated_from_the_model() -> None:
    assert PUBLISHED.read_bytes() == generate_bytes(hn.SCHEMA_VERSION), (
        "schemas/ is stale: python -m hyvaneuvottelu.jsonformat._schema > "
        f"{PUBLISHED.relative_to(REPO)} and copy it to src/hyvaneuvottelu/_data/schemas/"
    )


def test_installed_copy_is_the_published_schema() -> None:
    assert schemas.json_schema_bytes() == PUBLISHED.read_bytes()


def test_schema_says_what_version_it_describes() -> None:
    schema = schemas.json_schema()
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["properties"]["schemaVersion"]["const"] == hn.SCHEMA_VERSION


@settings(max_examples=150, deadline=None)
@given(negotiations())
def test_everything_the_library_writes_validates(
    validator: jsonschema.Draft202012Validator, negotiation: hn.Negotiation
) -> None:
    document = json.loads(hn.to_json(negotiation))
    errors = [f"{e.json_path}: {e.message}" for e in validator.iter_errors(document)]
    assert errors == []


def test_minimal_document_validates(validator: jsonschema.Draft202012Validator) -> None:
    assert list(validator.iter_errors(minimal_document())) == []


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_broken_documents_are_rejected_by_schema_and_reader_alike(
    validator: jsonschema.Draft202012Validator, case: str
) -> None:
    mutate, _message = BROKEN[case]
    document: dict[str, Any] = minimal_document()
    mutate(document)
    assert list(validator.iter_errors(document)), f"the schema accepts: {case}"
    with pytest.raises(hn.DocumentError):
        hn.from_json(json.dumps(document))
