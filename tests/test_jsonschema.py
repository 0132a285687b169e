"""The published JSON Schema: tied to the model, agreeing with ``from_json``."""

from __future__ import annotations

import ast
import json
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from hypothesis import given, settings

import hyvaneuvottelu as hn
from hyvaneuvottelu import examples, schemas
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


@pytest.fixture(scope="module")
def ecma_validator() -> Any:
    """The schema's validator with ``pattern`` read as ECMA-262, as the JSON Schema spec says.

    python-jsonschema hands patterns to Python's ``re.search``; validators in
    JavaScript, Go (RE2) and check-jsonschema read them as ECMA-262 does.
    """
    regress = pytest.importorskip("regress", reason="the ECMA-262 engine regress is not installed")

    def pattern(
        validator: Any, pattern: str, instance: Any, _schema: Any
    ) -> Iterator[jsonschema.ValidationError]:
        if (
            validator.is_type(instance, "string")
            and regress.Regex(pattern, "u").find(instance) is None
        ):
            yield jsonschema.ValidationError(f"{instance!r} does not match {pattern!r}")

    cls = jsonschema.validators.extend(jsonschema.Draft202012Validator, {"pattern": pattern})
    return cls(schemas.json_schema(), format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)


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


def test_the_root_is_titled_as_the_model_names_it() -> None:
    assert schemas.json_schema()["title"] == "Negotiation"


def test_datamodel_codegen_names_the_root_type_negotiation(tmp_path: Path) -> None:
    codegen = shutil.which("datamodel-codegen", path=str(Path(sys.executable).parent))
    if codegen is None:
        pytest.skip("datamodel-code-generator is not installed (it is in the tests group)")
    output = tmp_path / "model.py"
    arguments = ["--input", str(PUBLISHED), "--input-file-type", "jsonschema"]
    subprocess.run(
        [codegen, *arguments, "--output", str(output)],
        capture_output=True,
        timeout=300,
        check=True,
    )
    classes = {
        node.name: {
            f.target.id
            for f in node.body
            if isinstance(f, ast.AnnAssign) and isinstance(f.target, ast.Name)
        }
        for node in ast.parse(output.read_text(encoding="utf-8")).body
        if isinstance(node, ast.ClassDef)
    }
    roots = [name for name, fields in classes.items() if "schemaVersion" in fields]
    assert roots == ["Negotiation"]


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


#: Where python-jsonschema and the model part ways, as docs/json.md says: Python's
#: "$" also matches before one final newline, so only validators reading the
#: pattern as ECMA-262 or RE2 refuse it there. The reader always refuses it.
PYTHON_RE_ACCEPTS = {"identifier with a trailing newline"}


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_broken_documents_are_rejected_by_schema_and_reader_alike(
    validator: jsonschema.Draft202012Validator, ecma_validator: Any, case: str
) -> None:
    mutate, _message = BROKEN[case]
    document: dict[str, Any] = minimal_document()
    mutate(document)
    assert list(ecma_validator.iter_errors(document)), f"the schema accepts: {case}"
    python_errors = list(validator.iter_errors(document))
    assert (python_errors == []) == (case in PYTHON_RE_ACCEPTS), case
    with pytest.raises(hn.DocumentError):
        hn.from_json(json.dumps(document))


#: The memos in the repository's examples/ (the package ships the first).
EXAMPLE_MEMOS = sorted((REPO / "examples").glob("lohja-*.json"))


@pytest.mark.parametrize("path", EXAMPLE_MEMOS, ids=lambda p: p.name)
def test_the_example_memos_validate_as_the_model_reads_them(
    validator: jsonschema.Draft202012Validator, ecma_validator: Any, path: Any
) -> None:
    data = path.read_bytes()
    document = json.loads(data)
    assert list(validator.iter_errors(document)) == []
    assert list(ecma_validator.iter_errors(document)) == []
    assert isinstance(hn.from_json(data), hn.Negotiation)


def test_the_packaged_example_is_one_of_them() -> None:
    assert len(EXAMPLE_MEMOS) >= 2
    assert examples.read_bytes() in [p.read_bytes() for p in EXAMPLE_MEMOS]
