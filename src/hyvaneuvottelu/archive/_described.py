"""What ``sahke2.xml`` says about a package, checked: schema, cases, documents.

The SÄHKE2 file is parsed with the hardened parser, validated against the
official schema in bounded pieces (or its structure checked), and read into
a plan: for each case file its one memo, and for each file the ``Document``
that describes it, with its format and hash. The verifier checks files
against the plan as it reads them, and each memo against what its case says
(:mod:`._compared`).
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path, PurePosixPath
from typing import cast

import attrs
from lxml import etree

from .. import limits
from .._messages import LANGUAGES, Location, Message, message, recognise, system_text
from ..errors import DocumentError
from . import _formats
from . import _vocabulary as v
from ._attachments import ATTACHMENTS_FOLDER
from ._findings import Findings, Section
from ._nodes import first_node_past
from ._package import SAHKE2_FILE
from ._schemas import required_structure_problems, sahke2_schema, schema_errors
from ._vocabulary import Sahke2Version

__all__ = [
    "Described",
    "DescribedFile",
    "attachment_path",
    "describe",
    "parse_again",
    "report",
    "texts",
]

#: What each format of the package is used for (SÄHKE2 UseType).
_USES = {_formats.XML_FORMAT: v.USE_ARCHIVE, _formats.HTML_FORMAT: v.USE_PUBLICATION}
#: A schema validator's message: ``line 12: ...``.
_SCHEMA_ERROR = re.compile(r"(?P<where>line [0-9]+): (?P<text>.*)", re.DOTALL)


@attrs.frozen(kw_only=True)
class DescribedFile:
    """A file as one SÄHKE2 ``Document`` describes it."""

    path: str
    case: int
    format: tuple[str, str]
    #: The lower-case SHA-256 the Document gives, or None if it gives none we read.
    sha256: str | None

    @property
    def where(self) -> str:
        return f"CaseFile[{self.case}]"


@attrs.define
class Described:
    """The plan: every Document, and each case file's memo, by file."""

    version: Sahke2Version | None = None
    namespace: str = ""
    #: Each case file, serialized: a few kilobytes each where the whole tree
    #: of a large transfer takes tens of megabytes.
    cases: list[bytes] = attrs.Factory(list)
    documents: list[DescribedFile] = attrs.Factory(list)
    #: Memo file -> the case files (1-based) whose memo it is.
    memos: dict[str, list[int]] = attrs.Factory(dict)
    #: Whether every case file was read: what none describes is then known.
    complete: bool = False

    def formats(self, path: str) -> set[tuple[str, str]]:
        return {d.format for d in self.documents if d.path == path}


def describe(
    data: bytes, schema_dir: Path | None, findings: Findings, notes: list[str]
) -> Described:
    """The plan of ``sahke2.xml`` (its bytes), with its problems reported."""
    described = Described()
    past = first_node_past(data, limits.MAX_SAHKE2_NODES)
    if past is not None:
        where = Location(f"line {past.line}: {past.path}")
        text = message("verify.sahke2.nodes", where=where, limit=limits.MAX_SAHKE2_NODES)
        report(findings, Section.SAHKE2, SAHKE2_FILE, text)
        return described
    root = _parse(data, findings)
    if root is None:
        return described
    namespace = etree.QName(root).namespace or ""
    version = Sahke2Version.of_namespace(namespace)
    if version is None or etree.QName(root).localname != "Metadata":
        text = message("verify.sahke2.root", element=etree.QName(root).text)
        report(findings, Section.SAHKE2, SAHKE2_FILE, text)
        return described
    described.version, described.namespace = version, namespace
    # Validation takes its tree apart, and no more than one tree is held at a time.
    _validate(root, version, schema_dir=schema_dir, findings=findings, notes=notes)
    del root
    root = parse_again(data)
    cases = root.findall(f"{{{namespace}}}CaseFile")
    if len(cases) > limits.MAX_PACKAGE_MEMOS:
        text = message("verify.sahke2.cases", n=len(cases), limit=limits.MAX_PACKAGE_MEMOS)
        report(findings, Section.SAHKE2, SAHKE2_FILE, text)
        return described
    for index, case in enumerate(cases, start=1):
        _plan_case(described, index, case, findings)
        described.cases.append(etree.tostring(case))
    described.complete = True
    _named_twice(described, findings)
    return described


def _parse(data: bytes, findings: Findings) -> etree._Element | None:
    try:
        return _formats.parse_xml(data, max_bytes=limits.MAX_SAHKE2_BYTES)
    except DocumentError as exc:
        said = {
            language: "; ".join(p.render(language) for p in exc.problems) for language in LANGUAGES
        }
        translations = tuple((language, said[language]) for language in LANGUAGES)
        findings.report(Section.SAHKE2, SAHKE2_FILE, said["en"], translations=translations)
    return None


def _validate(
    root: etree._Element,
    version: Sahke2Version,
    *,
    schema_dir: Path | None,
    findings: Findings,
    notes: list[str],
) -> None:
    namespace = version.namespace
    schema = sahke2_schema(version, schema_dir)
    limit = findings.limit
    if schema is None:
        note = message("verify.note.no_schema", file=SAHKE2_FILE, schema=version.schema_file)
        notes.append(note.render("en"))
        problems = required_structure_problems(root, namespace, limit=limit)
        texts = [recognise(problem, "verify") for problem in problems]
        complete = len(problems) <= limit
    else:
        problems, complete = schema_errors(schema, root, namespace, limit=limit)
        texts = [_schema_error(version.value, problem) for problem in problems]
    for text in texts:
        report(findings, Section.SAHKE2, SAHKE2_FILE, text)
    if not complete:
        findings.stopped(SAHKE2_FILE)


def _schema_error(version: str, problem: str) -> Message:
    """A schema validator's message, its words kept and framed as the system's."""
    match = _SCHEMA_ERROR.fullmatch(problem)
    if match is None:
        return message("verify.sahke2.schema_text", version=version, system=system_text(problem))
    return message(
        "verify.sahke2.schema",
        version=version,
        where=Location(match["where"]),
        system=system_text(match["text"]),
    )


def report(findings: Findings, section: Section, file: str, text: Message | str) -> None:
    """Report ``text`` about ``file``, in English and in each other language."""
    if isinstance(text, str):
        findings.report(section, file, text)
        return
    translations = tuple((language, text.render(language)) for language in LANGUAGES)
    findings.report(section, file, text.render("en"), translations=translations)


def parse_again(data: bytes) -> etree._Element:
    return _formats.parse_xml(data, max_bytes=limits.MAX_SAHKE2_BYTES)


def _elements(element: etree._Element, path: str, namespace: str) -> list[etree._Element]:
    # A path of element steps selects elements only.
    return cast("list[etree._Element]", _compiled(path, namespace)(element))


def texts(element: etree._Element, path: str, namespace: str) -> tuple[str, ...]:
    return tuple(e.text or "" for e in _elements(element, path, namespace))


@cache
def _compiled(path: str, namespace: str) -> etree.XPath:
    """``Agent[Role='X']/Name`` or ``A//B`` in SÄHKE2's namespace, as an XPath
    relative to an element."""
    steps = []
    for step in path.split("/"):
        name, bracket, predicate = step.partition("[")
        if not name:
            steps.append("")
            continue
        compiled = f"s:{name}"
        if bracket:
            tag, _, value = predicate.removesuffix("]").partition("=")
            compiled += f"[s:{tag}={value}]"
        steps.append(compiled)
    return etree.XPath("/".join(steps), namespaces={"s": namespace})


def _plan_case(described: Described, index: int, case: etree._Element, findings: Findings) -> None:
    namespace, where = described.namespace, f"CaseFile[{index}]"
    actions = _elements(case, "Action", namespace)
    records = _elements(case, "Action/Record", namespace)
    if len(actions) != 1 or len(records) != 1:
        text = message(
            "verify.sahke2.action", where=where, actions=len(actions), records=len(records)
        )
        report(findings, Section.SAHKE2, SAHKE2_FILE, text)
    memos = []
    for document in _elements(case, "Action/Record/Document", namespace):
        described_file = _document(document, index, namespace, findings)
        if described_file is None:
            continue
        described.documents.append(described_file)
        if described_file.format == _formats.XML_FORMAT:
            memos.append(described_file.path)
    if len(memos) != 1:
        text = message(
            "verify.sahke2.memos",
            where=where,
            format=" ".join(_formats.XML_FORMAT),
            n=len(memos),
        )
        report(findings, Section.SAHKE2, SAHKE2_FILE, text)
    for memo in memos[:1]:
        described.memos.setdefault(memo, []).append(index)


def _document(
    document: etree._Element, case: int, namespace: str, findings: Findings
) -> DescribedFile | None:
    where = f"CaseFile[{case}]"

    def text(path: str) -> str | None:
        found = texts(document, path, namespace)
        return found[0] if found else None

    name = text("File/Name")
    folder = (text("File/Path") or "").strip("/")
    path = f"{folder}/{name}" if folder else name
    if not name or not path or _unsafe(path):
        unusable = message("verify.sahke2.no_file", where=where, path=repr(path))
        report(findings, Section.SAHKE2, SAHKE2_FILE, unusable)
        return None
    kind = (text("Format/Name") or "", text("Format/Version") or "")
    if attachment_path(path) and kind not in _USES:
        # An attachment: archived as it is, in the format its memo declares.
        if text("UseType") != v.USE_ARCHIVE:
            use = message(
                "verify.sahke2.use_type",
                where=where,
                path=path,
                found=repr(text("UseType")),
                expected=repr(v.USE_ARCHIVE),
            )
            report(findings, Section.SAHKE2, SAHKE2_FILE, use)
    elif kind not in _USES:
        named = " ".join(kind).strip()
        formats = {"xml": " ".join(_formats.XML_FORMAT), "html": " ".join(_formats.HTML_FORMAT)}
        wrong = (
            message("verify.sahke2.format", where=where, path=path, format=named, **formats)
            if named
            else message("verify.sahke2.no_format", where=where, path=path, **formats)
        )
        report(findings, Section.SAHKE2, SAHKE2_FILE, wrong)
    elif text("UseType") != _USES[kind]:
        use = message(
            "verify.sahke2.use_type",
            where=where,
            path=path,
            found=repr(text("UseType")),
            expected=repr(_USES[kind]),
        )
        report(findings, Section.SAHKE2, SAHKE2_FILE, use)
    algorithm = text("HashAlgorithm")
    digest = (text("HashValue") or "").strip().lower()
    if algorithm != v.HASH_ALGORITHM:
        hashed = message(
            "verify.sahke2.hash",
            where=where,
            path=path,
            found=repr(algorithm),
            expected=repr(v.HASH_ALGORITHM),
        )
        report(findings, Section.SAHKE2, SAHKE2_FILE, hashed)
        digest = ""
    return DescribedFile(path=path, case=case, format=kind, sha256=digest or None)


def attachment_path(path: str) -> bool:
    """Whether ``path`` is where a package keeps a case's attachment: ``case/attachments/name``."""
    parts = PurePosixPath(path).parts
    return len(parts) == 3 and parts[1] == ATTACHMENTS_FOLDER


def _unsafe(path: str) -> bool:
    pure = PurePosixPath(path)
    return pure.is_absolute() or ".." in pure.parts or "\\" in path


def _named_twice(described: Described, findings: Findings) -> None:
    cases: dict[str, list[str]] = {}
    for document in described.documents:
        cases.setdefault(document.path, []).append(document.where)
    for path, where in cases.items():
        if len(where) > 1:
            text = message("verify.sahke2.twice", path=path, n=len(where), where=", ".join(where))
            report(findings, Section.SAHKE2, SAHKE2_FILE, text)
