"""Verifying a package: every hash, every schema, and metadata against memo.

Nothing is trusted: the manifest is checked against the files, the SÄHKE2
``Document`` hashes against the files, each XML file against its schema,
and the SÄHKE2 titles, dates and identifiers against the memo they describe.
Every difference is reported with the file it concerns.
"""

from __future__ import annotations

from pathlib import Path

import attrs
from lxml import etree

from ..errors import DocumentError
from ..model import Negotiation
from . import _formats
from ._contents import sha256_hex
from ._manifest import MANIFEST_FILE, Manifest, ManifestError
from ._mapping import agreed_values
from ._package import SAHKE2_FILE
from ._reader import read_package
from ._schemas import (
    required_structure_problems,
    sahke2_schema,
    schema_errors,
)
from ._vocabulary import HASH_ALGORITHM, Sahke2Version

__all__ = ["Discrepancy", "VerificationReport", "verify_package"]


@attrs.frozen(kw_only=True)
class Discrepancy:
    """One thing wrong with a package, and the file it concerns."""

    file: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}: {self.message}"


@attrs.frozen(kw_only=True)
class VerificationReport:
    """What :func:`verify_package` found. ``ok`` when nothing is wrong."""

    path: Path
    #: Number of files the package holds.
    files: int
    sahke2_version: Sahke2Version | None
    problems: tuple[Discrepancy, ...]
    #: What could not be checked, and why.
    notes: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.problems

    def problem_files(self) -> tuple[str, ...]:
        """The files with problems, each once, in report order."""
        return tuple(dict.fromkeys(p.file for p in self.problems))


@attrs.define
class _Verification:
    files: dict[str, bytes]
    schema_dir: Path | None
    problems: list[Discrepancy] = attrs.Factory(list)
    notes: list[str] = attrs.Factory(list)
    version: Sahke2Version | None = None
    #: Files a SÄHKE2 Document names.
    described: set[str] = attrs.Factory(set)

    def report(self, file: str, message: str) -> None:
        self.problems.append(Discrepancy(file=file, message=message))


def verify_package(
    path: str | Path, *, sahke2_schema_dir: str | Path | None = None
) -> VerificationReport:
    """Check a package written by :func:`write_package`, folder or zip.

    Raises :class:`~hyvaneuvottelu.errors.HyvaneuvotteluError` only when the
    package cannot be read at all; everything else is in the report.
    """
    files, damaged = read_package(path)
    check = _Verification(
        files=files, schema_dir=Path(sahke2_schema_dir) if sahke2_schema_dir else None
    )
    for name, reason in sorted(damaged.items()):
        check.report(name, f"cannot be read from the zip file: {reason}")
    _check_manifest(check, damaged)
    root = _check_sahke2(check)
    if root is not None and check.version is not None:
        _check_cases(check, root, check.version.namespace)
    return VerificationReport(
        path=Path(path),
        files=len(files) + len(damaged),
        sahke2_version=check.version,
        problems=tuple(check.problems),
        notes=tuple(check.notes),
    )


def _check_manifest(check: _Verification, damaged: dict[str, str]) -> None:
    data = check.files.get(MANIFEST_FILE)
    if data is None:
        if MANIFEST_FILE not in damaged:
            check.report(MANIFEST_FILE, "missing: the package has no manifest")
        return
    try:
        manifest = Manifest.parse(data)
    except ManifestError as exc:
        check.report(MANIFEST_FILE, str(exc))
        return
    listed = {entry.path for entry in manifest.entries}
    for entry in manifest.entries:
        content = check.files.get(entry.path)
        if content is None:
            if entry.path not in damaged:
                check.report(entry.path, "listed in the manifest but missing from the package")
            continue
        if len(content) != entry.size:
            check.report(entry.path, f"{len(content)} bytes; the manifest says {entry.size} bytes")
        actual = sha256_hex(content)
        if actual != entry.sha256:
            check.report(
                entry.path, f"SHA-256 {actual}; the manifest says {entry.sha256} (altered)"
            )
    for name in sorted(set(check.files) - listed - {MANIFEST_FILE}):
        check.report(name, "in the package but not listed in the manifest")


def _check_sahke2(check: _Verification) -> etree._Element | None:
    data = check.files.get(SAHKE2_FILE)
    if data is None:
        check.report(SAHKE2_FILE, "missing: the package has no SÄHKE2 metadata")
        return None
    root = _parse(check, SAHKE2_FILE, data)
    if root is None:
        return None
    namespace = etree.QName(root).namespace or ""
    version = Sahke2Version.of_namespace(namespace)
    if version is None or etree.QName(root).localname != "Metadata":
        check.report(
            SAHKE2_FILE,
            f"expected a SÄHKE2 Metadata element (2019/08/29 or 2011/12/20 namespace), "
            f"found {etree.QName(root).text}",
        )
        return None
    check.version = version
    schema = sahke2_schema(version, check.schema_dir)
    if schema is not None:
        for error in schema_errors(schema, root):
            check.report(
                SAHKE2_FILE, f"not valid against the SÄHKE2 {version.value} schema: {error}"
            )
    else:
        check.notes.append(
            f"{SAHKE2_FILE}: SÄHKE2 schema validation was not possible ({version.schema_file} "
            "not found; give --sahke2-schema DIR); its structure was checked instead"
        )
        for problem in required_structure_problems(root, namespace):
            check.report(SAHKE2_FILE, problem)
    return root


def _parse(check: _Verification, name: str, data: bytes) -> etree._Element | None:
    try:
        return _formats.parse_xml(data)
    except DocumentError as exc:
        check.report(name, "; ".join(p.message for p in exc.problems))
    return None


def _find(element: etree._Element, namespace: str, path: str) -> list[etree._Element]:
    return element.findall("/".join(f"{{{namespace}}}{step}" for step in path.split("/")))


def _check_cases(check: _Verification, root: etree._Element, namespace: str) -> None:
    for case_index, case in enumerate(_find(root, namespace, "CaseFile"), start=1):
        where = f"CaseFile[{case_index}]"
        memo: Negotiation | None = None
        memo_name = ""
        for document in _find(case, namespace, "Action/Record/Document"):
            name = _check_document(check, document, where, namespace)
            if name is not None and name.endswith(".xml") and memo is None:
                memo, memo_name = _load_memo(check, name), name
        if memo is not None and memo.record is not None:
            _compare(check, case, where, memo, memo_name=memo_name, namespace=namespace)
    for name in sorted(set(check.files) - check.described - {SAHKE2_FILE, MANIFEST_FILE}):
        check.report(name, f"not described by any Document in {SAHKE2_FILE}")


def _text(elements: list[etree._Element]) -> str | None:
    return (elements[0].text or "") if elements else None


def _check_document(
    check: _Verification, document: etree._Element, where: str, namespace: str
) -> str | None:
    def find(path: str) -> list[etree._Element]:
        return _find(document, namespace, path)

    name = _text(find("File/Name"))
    if not name:
        return None
    folder = _text(find("File/Path")) or ""
    path = f"{folder.strip('/')}/{name}" if folder.strip("/") else name
    check.described.add(path)
    content = check.files.get(path)
    if content is None:
        check.report(SAHKE2_FILE, f"{where}: Document names {path}, which is not in the package")
        return None
    algorithm = _text(find("HashAlgorithm"))
    if algorithm != HASH_ALGORITHM:
        check.report(
            SAHKE2_FILE, f"{where}: {path}: HashAlgorithm {algorithm!r}, expected 'SHA-256'"
        )
        return path
    expected = (_text(find("HashValue")) or "").strip().lower()
    actual = sha256_hex(content)
    if actual != expected:
        check.report(path, f"SHA-256 {actual}; {SAHKE2_FILE} says {expected} (altered)")
    return path


def _load_memo(check: _Verification, name: str) -> Negotiation | None:
    # The XML format's reader is hardened and validates against the project's XSD.
    try:
        return _formats.read_memo_xml(check.files[name])
    except DocumentError as exc:
        for problem in exc.problems:
            check.report(name, f"not a valid memo: {problem.message}")
    return None


def _compare(
    check: _Verification,
    case: etree._Element,
    where: str,
    memo: Negotiation,
    *,
    memo_name: str,
    namespace: str,
) -> None:
    for path, expected in agreed_values(memo).items():
        found = _text(_find(case, namespace, path))
        if found != expected:
            shown = "missing" if found is None else f'"{found}"'
            check.report(
                SAHKE2_FILE,
                f'{where}/{path} is {shown}; the memo {memo_name} says "{expected}"',
            )
