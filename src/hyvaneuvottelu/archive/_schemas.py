"""Checking SÄHKE2 metadata against its schema, with bounded work.

The official SÄHKE2 schemas are other bodies' files and are not shipped
with the library. The verifier uses them from ``--sahke2-schema DIR`` or,
by default, from the shared folder beside a source checkout
(``../shared/schemas-external/sahke2/`` seen from the project's root); where
neither holds them, it checks the structure the transfer needs instead, and
says so.

libxml2 reports every violation of a document and cannot be stopped, and
the element path of each report costs as much as the element has earlier
siblings of its name: a hostile file of a few megabytes makes it work for
hours. So the document is validated in pieces and the work stops once
enough problems are found. Both SÄHKE2 schemas declare every element
globally, repeat nothing a bounded number of times but once, and have no
keys or choices; so a run of more than :data:`_RUN` siblings of one name can
be cut to its first :data:`_RUN` without changing whether the parent is
valid, and the rest validated on their own against their global
declarations, :data:`_BATCH` at a time, under a wrapper element of our own.
Attributes, which libxml2 reports one by one however many an element has,
are checked first: SÄHKE2 has one, ``scheme`` on ``Subject``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
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

#: Siblings of one name kept in place when validating.
_RUN = 16
#: Elements validated together on their own.
_BATCH = 256
_WRAPPER = "urn:hyvaneuvottelu:archive:validation"
_XSI = "http://www.w3.org/2001/XMLSchema-instance"

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
    """The official XSD of ``version`` from ``folder`` (or the default), or None.

    Compiled with a wrapper element that validates SÄHKE2 elements on their own.
    """
    path = (folder or default_sahke2_schema_dir()) / version.schema_file
    if not path.is_file():
        return None
    return _compile(str(path.resolve()), version.namespace)


@cache
def _compile(path: str, namespace: str) -> etree.XMLSchema:
    wrapper = f"""<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"
        targetNamespace="{_WRAPPER}" elementFormDefault="qualified">
      <xs:import namespace="{namespace}" schemaLocation="{Path(path).as_uri()}"/>
      <xs:element name="pieces">
        <xs:complexType>
          <xs:sequence>
            <xs:any namespace="{namespace}" processContents="strict"
                minOccurs="0" maxOccurs="unbounded"/>
          </xs:sequence>
        </xs:complexType>
      </xs:element>
    </xs:schema>"""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    return etree.XMLSchema(etree.fromstring(wrapper.encode(), parser))


def schema_errors(
    schema: etree.XMLSchema, root: etree._Element, namespace: str, *, limit: int
) -> tuple[list[str], bool]:
    """Schema violations as ``line N: message``, and whether all were looked for.

    Stops once more than ``limit`` are found. Changes ``root``'s tree (it
    takes it apart), so give it a tree of its own.
    """
    errors = _attribute_errors(root, namespace, limit)
    if len(errors) > limit:
        return errors, False
    candidates = cast(
        "list[etree._Element]",
        root.xpath(
            f"descendant-or-self::*[count(*) > {_RUN}][not(ancestor-or-self::s:Custom)]",
            namespaces={"s": namespace},
        ),
    )
    # Deepest first: a piece is cut down before it is validated on its own.
    for parent in reversed(candidates):
        batch: list[etree._Element] = []
        for member in _cut_runs(parent):
            batch.append(member)
            if len(batch) == _BATCH and not _validate_pieces(schema, batch, errors, limit):
                return errors, False
            if len(batch) == _BATCH:
                batch = []
        if batch and not _validate_pieces(schema, batch, errors, limit):
            return errors, False
    _validate(schema, root, errors, limit)
    return errors, len(errors) <= limit


def _attribute_errors(root: etree._Element, namespace: str, limit: int) -> list[str]:
    """Attributes SÄHKE2 does not have, reported (at most ``limit + 1``) and removed."""
    subject, custom = f"{{{namespace}}}Subject", f"{{{namespace}}}Custom"
    found: list[tuple[etree._Element, str]] = []
    for element in cast("list[etree._Element]", root.xpath("//*[@*]")):
        for name in element.attrib:
            if str(name).startswith(f"{{{_XSI}}}") or (name == "scheme" and element.tag == subject):
                continue
            if any(a.tag == custom for a in element.iterancestors()) or element.tag == custom:
                break
            found.append((element, str(name)))
            if len(found) > limit:
                break
        if len(found) > limit:
            break
    errors = [
        f"line {element.sourceline}: Element '{etree.QName(element).text}', attribute '{name}': "
        f"The attribute '{etree.QName(name).localname}' is not allowed."
        for element, name in found
    ]
    if len(found) <= limit:
        for element, name in found:
            del element.attrib[name]
    return errors


def _cut_runs(parent: etree._Element) -> Iterator[etree._Element]:
    """Each child past the first :data:`_RUN` of a run of one name, detached."""
    child = parent[0] if len(parent) else None
    tag, length = None, 0
    kept = child
    while child is not None:
        following = child.getnext()
        length = length + 1 if child.tag == tag else 1
        tag = child.tag
        if length > _RUN:
            text = child.tail
            if text and text.strip() and kept is not None and not (kept.tail or "").strip():
                # Text between elements makes the parent invalid; keep one piece of it.
                kept.tail = text
            child.tail = None
            parent.remove(child)
            yield child
        else:
            kept = child
        child = following


def _validate_pieces(
    schema: etree.XMLSchema, pieces: list[etree._Element], errors: list[str], limit: int
) -> bool:
    wrapper = etree.Element(f"{{{_WRAPPER}}}pieces")
    wrapper.extend(pieces)
    return _validate(schema, wrapper, errors, limit)


def _validate(schema: etree.XMLSchema, root: etree._Element, errors: list[str], limit: int) -> bool:
    if schema.validate(root):
        return True
    for entry in cast("Iterable[etree._LogEntry]", schema.error_log):
        errors.append(f"line {entry.line}: {entry.message}")
        if len(errors) > limit:
            return False
    return True


def required_structure_problems(root: etree._Element, namespace: str, *, limit: int) -> list[str]:
    """Elements a transfer must have that ``root`` lacks, as element paths.

    At most ``limit + 1`` of them.
    """
    missing: list[str] = []
    for path in _REQUIRED:
        _require(root, "Metadata", path.split("/"), namespace, missing, limit=limit)
    return list(dict.fromkeys(missing))[: limit + 1]


def _require(
    parent: etree._Element,
    where: str,
    steps: list[str],
    namespace: str,
    missing: list[str],
    *,
    limit: int,
) -> None:
    """Every element at ``where`` has the path ``steps`` below it."""
    name, rest = steps[0], steps[1:]
    children = parent.findall(f"{{{namespace}}}{name}")
    if not children:
        missing.append(f"{where} has no {name} element")
    for index, child in enumerate(children, start=1):
        if len(missing) > limit:
            return
        if rest:
            _require(child, f"{where}/{name}[{index}]", rest, namespace, missing, limit=limit)
