"""The API reference (docs/api.md) documents every public name, fields included.

Sphinx builds the page alone, in a subprocess with a time limit, with
warnings as errors; the test reads what the Python domain recorded.
"""

from __future__ import annotations

import importlib
import json
import shutil
import subprocess
import sys
from typing import Any

import attrs
import pytest

from .documents import REPO

#: Every public module; each documents the names of its ``__all__``.
PUBLIC_MODULES = (
    "hyvaneuvottelu",
    "hyvaneuvottelu.model",
    "hyvaneuvottelu.rules",
    "hyvaneuvottelu.archive",
    "hyvaneuvottelu.importing",
    "hyvaneuvottelu.refdata",
    "hyvaneuvottelu.coverage",
    "hyvaneuvottelu.jsonformat",
    "hyvaneuvottelu.xmlformat",
    "hyvaneuvottelu.errors",
    "hyvaneuvottelu.validation",
    "hyvaneuvottelu.collection",
    "hyvaneuvottelu.followup",
    "hyvaneuvottelu.limits",
    "hyvaneuvottelu.schemas",
    "hyvaneuvottelu.documents",
    "hyvaneuvottelu.examples",
)

BUILD = """
import json, sys
from sphinx.application import Sphinx

source, conf, out = sys.argv[1:4]
app = Sphinx(
    source, conf, out + "/out", out + "/doctrees", "dummy", status=None,
    warning=sys.stderr, freshenv=True, warningiserror=True,
    confoverrides={"root_doc": "api"},
)
app.build()
if app.statuscode:
    sys.exit(app.statuscode)
json.dump(
    {
        "objects": sorted(app.env.get_domain("py").objects),
        "text": app.env.get_doctree("api").astext(),
    },
    sys.stdout,
)
"""


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    pytest.importorskip("sphinx", reason="Sphinx is not installed (the docs group)")
    folder = tmp_path_factory.mktemp("api")
    source = folder / "source"
    source.mkdir()
    shutil.copyfile(REPO / "docs" / "api.md", source / "api.md")
    result = subprocess.run(
        [sys.executable, "-c", BUILD, str(source), str(REPO / "docs"), str(folder)],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    built: dict[str, Any] = json.loads(result.stdout)
    return built


def _public_names() -> list[tuple[str, str]]:
    return [
        (module, name)
        for module in PUBLIC_MODULES
        for name in importlib.import_module(module).__all__
    ]


def test_the_reference_builds_without_warnings(reference: dict[str, Any]) -> None:
    assert "hyvaneuvottelu.model.Negotiation" in reference["objects"]


def test_every_public_name_is_documented(reference: dict[str, Any]) -> None:
    documented = set(reference["objects"])
    missing = []
    for module, name in _public_names():
        if f"{module}.{name}" in documented:
            continue
        # A name the package re-exports is documented once, where it is defined.
        value = getattr(importlib.import_module(module), name)
        if not any(
            f"{other}.{name}" in documented
            and getattr(importlib.import_module(other), name, None) is value
            for other in PUBLIC_MODULES
        ):
            missing.append(f"{module}.{name}")
    assert missing == []


def test_every_field_of_every_model_class_is_documented(reference: dict[str, Any]) -> None:
    model = importlib.import_module("hyvaneuvottelu.model")
    documented = set(reference["objects"])
    missing = [
        f"{name}.{field.name}"
        for name in model.__all__
        if attrs.has(cls := getattr(model, name))
        for field in attrs.fields(cls)
        if f"hyvaneuvottelu.model.{name}.{field.name}" not in documented
    ]
    assert missing == []


@pytest.mark.parametrize(
    "comment",
    [
        # Organisation.statistics_code, a field's own comment
        'Statistics Finland code: "03" for a county, "444" for a municipality.',
        # _OutcomeBase.title, shown on every outcome class
        "A short name for the outcome, \u201cTYM-sopimus\u201d.",
        # RecordMetadata, a field comment in another module
        "Secrecy period in years (salassapitoaika).",
    ],
)
def test_field_comments_show_in_the_reference(reference: dict[str, Any], comment: str) -> None:
    assert comment in reference["text"]


def test_outcome_fields_show_on_every_outcome_class(reference: dict[str, Any]) -> None:
    # Sphinx sets the comment's quotation marks typographically.
    assert reference["text"].count("A short name for the outcome, \u201cTYM-sopimus\u201d.") == 10


def test_the_public_modules_are_the_packages_modules_without_an_underscore() -> None:
    package = REPO / "src" / "hyvaneuvottelu"
    found = {
        "hyvaneuvottelu." + (path.stem if path.is_file() else path.name)
        for path in package.iterdir()
        if not path.name.startswith("_")
        and (path.suffix == ".py" or (path / "__init__.py").is_file())
    }
    assert found - {"hyvaneuvottelu.cli"} == set(PUBLIC_MODULES) - {"hyvaneuvottelu"}


def test_the_package_version_is_documented_as_it_is(reference: dict[str, Any]) -> None:
    version = importlib.import_module("hyvaneuvottelu").__version__
    assert f"The version of this release, {version}." in reference["text"]


def test_the_package_section_lists_every_name_the_package_adds_to_the_model() -> None:
    package = importlib.import_module("hyvaneuvottelu")
    model = importlib.import_module("hyvaneuvottelu.model")
    source = (REPO / "docs" / "api.md").read_text(encoding="utf-8")
    summary = source[: source.index("## The model")]
    unlisted = [
        name
        for name in package.__all__
        if name not in model.__all__
        and f".{name}\n" not in summary
        and f".. data:: {name}\n" not in summary
    ]
    assert unlisted == []
