"""Verifying a package: every byte, every hash, every schema, metadata against memo.

Nothing is trusted. The package is listed first, and every byte that is not
in a file is reported (in a zip file: before, between and after entries, in
folder entries, comments and extra fields). Each file is then read once, a
chunk at a time, and its size and SHA-256 compared with the manifest and
with the SÄHKE2 ``Document`` that describes it. ``sahke2.xml`` is validated
against the official schema; each case file must hold exactly one memo in
the project's XML, which must be valid, ready for the archive, and agree
with what its case file says. Every difference is reported with the file it
concerns. Memory does not grow with the number or size of the files: only
the manifest, ``sahke2.xml`` and one memo at a time are held whole.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

import attrs

from .. import limits
from .._messages import LANGUAGES
from .._messages import message as catalogued
from ..errors import DocumentError
from . import _formats
from ._compared import compare
from ._described import Described, describe
from ._findings import Discrepancy, Findings, Section
from ._manifest import MANIFEST_FILE, Manifest, ManifestError
from ._package import SAHKE2_FILE
from ._reader import PackageEntry, PackageSource, UnreadableError, open_package
from ._vocabulary import Sahke2Version

__all__ = ["Discrepancy", "VerificationReport", "verify_package"]


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


@attrs.frozen(kw_only=True)
class _Content:
    """A file as read: its size and SHA-256, and its bytes if they were kept."""

    size: int
    sha256: str
    data: bytes | None


@attrs.define
class _Verification:
    source: PackageSource
    findings: Findings = attrs.Factory(Findings)
    notes: list[str] = attrs.Factory(list)
    #: Size and SHA-256 of every file read.
    read: dict[str, tuple[int, str]] = attrs.Factory(dict)

    def report(
        self,
        section: Section,
        file: str,
        message: str,
        *,
        translations: tuple[tuple[str, str], ...] = (),
    ) -> None:
        self.findings.report(section, file, message, translations=translations)

    def load(
        self,
        entry: PackageEntry,
        keep: int = 0,
        consumer: Callable[[bytes], None] | None = None,
    ) -> _Content | None:
        """Read a file once, hashing as it goes; keep its bytes if at most ``keep``."""
        digest = hashlib.sha256()
        size = 0
        kept: bytearray | None = bytearray() if keep and entry.size <= keep else None
        try:
            for chunk in self.source.read(entry.name):
                digest.update(chunk)
                size += len(chunk)
                if kept is not None:
                    kept += chunk
                    if len(kept) > keep:
                        kept = None
                if consumer is not None:
                    consumer(chunk)
        except UnreadableError as exc:
            self.unreadable(entry.name, str(exc))
            return None
        self.read[entry.name] = (size, digest.hexdigest())
        return _Content(
            size=size, sha256=digest.hexdigest(), data=bytes(kept) if kept is not None else None
        )

    def unreadable(self, name: str, reason: str) -> None:
        self.report(Section.READING, name, f"cannot be read from the {self.source.kind}: {reason}")


def verify_package(
    path: str | Path, *, sahke2_schema_dir: str | Path | None = None
) -> VerificationReport:
    """Check a package written by :func:`write_package`, folder or zip.

    Raises :class:`~hyvaneuvottelu.errors.HyvaneuvotteluError` only when the
    package cannot be opened at all (no such path, not a folder or regular
    file, no permission); everything else is in the report.
    """
    schema_dir = Path(sahke2_schema_dir) if sahke2_schema_dir else None
    with open_package(path) as source:
        check = _Verification(source=source)
        for file, message in source.problems:
            check.report(Section.READING, file, message)
        described = Described()
        if not source.refused:
            described = _verify(check, schema_dir)
        return VerificationReport(
            path=Path(path),
            files=len(source.entries),
            sahke2_version=described.version,
            problems=check.findings.problems(),
            notes=tuple(check.notes),
        )


def _verify(check: _Verification, schema_dir: Path | None) -> Described:
    entries = {entry.name: entry for entry in check.source.entries}
    for entry in entries.values():
        if entry.unreadable:
            check.unreadable(entry.name, entry.unreadable)
    manifest = _read_manifest(check, entries.get(MANIFEST_FILE))
    described = Described()
    sahke2 = entries.get(SAHKE2_FILE)
    if sahke2 is None:
        check.report(Section.SAHKE2, SAHKE2_FILE, "missing: the package has no SÄHKE2 metadata")
    elif not sahke2.unreadable:
        content = check.load(sahke2, keep=limits.MAX_SAHKE2_BYTES)
        if content is not None and content.data is None:
            check.report(
                Section.SAHKE2,
                SAHKE2_FILE,
                f"{content.size} bytes; the SÄHKE2 metadata of a package hold at most "
                f"{limits.MAX_SAHKE2_BYTES} bytes; not checked",
            )
        elif content is not None and content.data is not None:
            described = describe(content.data, schema_dir, check.findings, check.notes)
        del content
    for entry in entries.values():
        if entry.name not in (MANIFEST_FILE, SAHKE2_FILE) and not entry.unreadable:
            _verify_file(check, described, entry)
    if manifest is not None:
        _check_manifest(check, manifest, entries)
    _check_documents(check, described, entries)
    return described


def _read_manifest(check: _Verification, entry: PackageEntry | None) -> Manifest | None:
    if entry is None:
        check.report(Section.MANIFEST, MANIFEST_FILE, "missing: the package has no manifest")
        return None
    if entry.unreadable:
        return None
    content = check.load(entry, keep=limits.MAX_MANIFEST_BYTES)
    if content is None:
        return None
    if content.data is None:
        check.report(
            Section.MANIFEST,
            MANIFEST_FILE,
            f"{content.size} bytes; a manifest holds at most {limits.MAX_MANIFEST_BYTES} bytes",
        )
        return None
    try:
        return Manifest.parse(content.data)
    except ManifestError as exc:
        said = tuple((language, exc.render(language)) for language in ("fi", "sv"))
        check.report(Section.MANIFEST, MANIFEST_FILE, str(exc), translations=said)
    return None


def _verify_file(check: _Verification, described: Described, entry: PackageEntry) -> None:
    formats = described.formats(entry.name)
    if _formats.XML_FORMAT in formats:
        content = check.load(entry, keep=limits.MAX_XML_BYTES)
        if content is not None:
            _verify_memo(check, described, entry.name, content)
    elif _formats.HTML_FORMAT in formats:
        sniffer = _formats.HtmlSniffer()
        if check.load(entry, consumer=sniffer.feed) is not None and sniffer.close():
            problem = f"not a text/html 5 rendition: {sniffer.problem}"
            check.report(Section.FILES, entry.name, problem)
    else:
        check.load(entry)


def _verify_memo(check: _Verification, described: Described, name: str, content: _Content) -> None:
    if content.data is None:
        check.report(
            Section.FILES,
            name,
            f"not a valid memo: {content.size} bytes; a memo's XML holds at most "
            f"{limits.MAX_XML_BYTES} bytes",
        )
        return
    try:
        memo = _formats.read_memo_xml(content.data)
    except DocumentError as exc:
        for problem in exc.problems:
            check.report(Section.FILES, name, f"not a valid memo: {problem.message}")
        return
    # A rule's message has its own catalogue: each language's is kept, for render().
    lines = {language: _formats.archive_errors(memo, language) for language in LANGUAGES}
    for index, (_, line) in enumerate(lines["en"]):
        translations = tuple(
            (
                language,
                catalogued("verify.not_ready", rule=lines[language][index][1]).render(language),
            )
            for language in LANGUAGES
            if language != "en"
        )
        english = catalogued("verify.not_ready", rule=line).render("en")
        check.report(Section.FILES, name, english, translations=translations)
    compare(described, memo, name, check.findings)


def _check_manifest(
    check: _Verification, manifest: Manifest, entries: dict[str, PackageEntry]
) -> None:
    listed: set[str] = set()
    for item in manifest.entries:
        if item.path in listed:
            check.report(Section.MANIFEST, MANIFEST_FILE, f"lists {item.path} more than once")
        listed.add(item.path)
        if item.path not in entries:
            check.report(
                Section.MANIFEST, item.path, "listed in the manifest but missing from the package"
            )
            continue
        if item.path not in check.read:
            continue  # unreadable: reported already
        size, sha256 = check.read[item.path]
        if size != item.size:
            check.report(
                Section.MANIFEST, item.path, f"{size} bytes; the manifest says {item.size} bytes"
            )
        if sha256 != item.sha256:
            check.report(
                Section.MANIFEST,
                item.path,
                f"SHA-256 {sha256}; the manifest says {item.sha256} (altered)",
            )
    for name in sorted(set(entries) - listed - {MANIFEST_FILE}):
        check.report(Section.MANIFEST, name, "in the package but not listed in the manifest")


def _check_documents(
    check: _Verification, described: Described, entries: dict[str, PackageEntry]
) -> None:
    for document in described.documents:
        if document.path not in entries:
            check.report(
                Section.SAHKE2,
                SAHKE2_FILE,
                f"{document.where}: Document names {document.path}, which is not in the package",
            )
            continue
        found = check.read.get(document.path)
        if found is not None and document.sha256 is not None and found[1] != document.sha256:
            check.report(
                Section.FILES,
                document.path,
                f"SHA-256 {found[1]}; {SAHKE2_FILE} says {document.sha256} (altered)",
            )
    if not described.complete:
        return
    named = {document.path for document in described.documents}
    for name in sorted(set(entries) - named - {SAHKE2_FILE, MANIFEST_FILE}):
        check.report(Section.COVERAGE, name, f"not described by any Document in {SAHKE2_FILE}")
