"""Checking XML against its schema: the official SÄHKE2 XSDs and the project's.

The official SÄHKE2 schemas are other bodies' files and are not shipped
with the library. The verifier uses them from ``--sahke2-schema DIR`` or,
by default, from the shared folder beside a source checkout
(``../shared/schemas-external/sahke2/`` seen from the project's root); where
neither holds them, it checks the structure the transfer needs instead, and
says so.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import cast

from lxml import etree

from ._vocabulary import Sahke2Version

__all__ = [
    "default_sahke2_schema_dir",
    "required_structure_problems",
    "sahke2_schema",
    "schema_errors",
]

#: Elements every transfer has, by path below ``Metadata``: each element on
#: a path has the next one.
_REQUIRED = (
    "TransferInformation/NativeId",
    "TransferInformation/TransferContractId",
    "ContactInformation/Organisation/Name",
    "ContactInformation/ContactPerson/Name",
    "CaseFile",
    "CaseFile/NativeId",
    "CaseFile/Title",
    "CaseFile/Action",
    "CaseFile/Action/Record",
    "CaseFile/Action/Record/NativeId",
    "CaseFile/Action/Record/Document",
    "CaseFile/Action/Record/Document/File/Name",
    "CaseFile/Action/Record/Document/HashAlgorithm",
    "CaseFile/Action/Record/Document/HashValue",
)


def default_sahke2_schema_dir() -> Path:
    """``../shared/schemas-external/sahke2`` seen from a source checkout's root."""
    return Path(__file__).resolve().parents[4] / "shared" / "schemas-external" / "sahke2"


def sahke2_schema(version: Sahke2Version, folder: Path | None) -> etree.XMLSchema | None:
    """The official XSD of ``version`` from ``folder`` (or the default), or None."""
    path = (folder or default_sahke2_schema_dir()) / version.schema_file
    if not path.is_file():
        return None
    return _compile(str(path.resolve()))


@cache
def _compile(path: str) -> etree.XMLSchema:
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    return etree.XMLSchema(etree.parse(path, parser))


def schema_errors(schema: etree.XMLSchema, root: etree._Element) -> list[str]:
    """Each schema violation as ``line N: message``; empty when valid."""
    if schema.validate(root.getroottree()):
        return []
    entries = cast("Iterable[etree._LogEntry]", schema.error_log)
    return [f"line {e.line}: {e.message}" for e in entries]


def required_structure_problems(root: etree._Element, namespace: str) -> list[str]:
    """Elements a transfer must have that ``root`` lacks, as element paths."""
    missing: list[str] = []
    for path in _REQUIRED:
        _require(root, "Metadata", path.split("/"), namespace, missing)
    return list(dict.fromkeys(missing))


def _require(
    parent: etree._Element, where: str, steps: list[str], namespace: str, missing: list[str]
) -> None:
    """Every element at ``where`` has the path ``steps`` below it."""
    name, rest = steps[0], steps[1:]
    children = parent.findall(f"{{{namespace}}}{name}")
    if not children:
        missing.append(f"{where} has no {name} element")
    for index, child in enumerate(children, start=1):
        if rest:
            _require(child, f"{where}/{name}[{index}]", rest, namespace, missing)
