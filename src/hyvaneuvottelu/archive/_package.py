"""Writing a transfer package: one memo at a time, refusing what is not ready.

Each memo is read, checked and rendered in turn and its files written to
the staging place at once; only its small metadata stays in memory (the
manifest entry of each file, the record identifier), and its SÄHKE2 case
file waits in a temporary file until the transfer's head can be written.
Memory does not grow with the number of memos. A transfer has at most
:data:`~hyvaneuvottelu.limits.MAX_PACKAGE_MEMOS` memos, and its files stay
within the limits the package reader enforces, so that every package
written can be verified.
"""

from __future__ import annotations

import io
import os
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import datetime
from pathlib import Path
from typing import IO

import attrs

from ..errors import HyvaneuvotteluError
from ..limits import (
    MAX_PACKAGE_ENTRIES,
    MAX_PACKAGE_FILE_BYTES,
    MAX_PACKAGE_MEMOS,
    MAX_PACKAGE_TOTAL_BYTES,
    MAX_SAHKE2_BYTES,
    MAX_SAHKE2_NODES,
    MAX_XML_BYTES,
)
from ..model import Negotiation
from . import _formats
from . import _vocabulary as v
from ._attachments import SourceFile, attachment_files
from ._contents import ArchivedMemo, PackageFile, Representation
from ._created import from_records, given_created
from ._manifest import MANIFEST_FILE, SAHKE2_FILE, Manifest, ManifestEntry
from ._mapping import record_of
from ._nodes import markup_bound
from ._ready import refusal_reasons
from ._sahke2 import SAHKE2_END, RecordDigest, case_file_xml, sahke2_head
from ._settings import TransferSettings
from ._staging import Staging
from ._target import check_target, package_path

__all__ = [
    "SAHKE2_FILE",
    "ArchiveRefusedError",
    "Package",
    "Refusal",
    "TransferTooLargeError",
    "package_files",
    "write_package",
]

#: The SÄHKE2 transfer metadata file at the package's root.
MEMO_FILE = "memo.xml"
HTML_FILE = "memo.html"
_MiB = 1024 * 1024
_COPY_CHUNK = 1024 * 1024

#: Writes one file of the package from its pieces; returns its manifest entry.
_AddFile = Callable[[str, Iterable[bytes]], ManifestEntry]


@attrs.frozen(kw_only=True)
class Refusal:
    """Why one memo cannot be archived: its source and each reason."""

    source: str
    reasons: tuple[str, ...]


class ArchiveRefusedError(HyvaneuvotteluError):
    """Memos are not ready for the archive; nothing was written."""

    def __init__(self, refusals: Sequence[Refusal]) -> None:
        self.refusals = tuple(refusals)
        lines = ["not archived: the memos are not ready for the archive; nothing was written"]
        for refusal in self.refusals:
            lines.append(f"{refusal.source}:")
            lines.extend(f"  {reason}" for reason in refusal.reasons)
        super().__init__("\n".join(lines))


class TransferTooLargeError(HyvaneuvotteluError):
    """More memos, or more bytes, than one transfer package may hold; nothing was written."""

    @classmethod
    def too_many_memos(cls, found: str) -> TransferTooLargeError:
        """The error for ``found`` memos: a count, or "more than N"."""
        return cls(
            f"{found} memos: one transfer holds at most {MAX_PACKAGE_MEMOS}; "
            "split the memos into several transfers; nothing was written"
        )


@attrs.frozen(kw_only=True)
class Package:
    """A package as written: where, when, and its manifest's entries."""

    path: Path
    created: datetime
    files: tuple[ManifestEntry, ...]


def write_package(
    negotiations: Iterable[Negotiation | Refusal],
    target: str | os.PathLike[str],
    settings: TransferSettings,
    *,
    zip: bool = False,
    force: bool = False,
    created: datetime | None = None,
    sources: Iterable[str] | None = None,
    language: str = "fi",
    inputs: Iterable[str | os.PathLike[str]] = (),
    attachment_dirs: Iterable[str | os.PathLike[str] | None] | None = None,
) -> Package:
    """Write one SÄHKE2 transfer of ``negotiations`` to ``target``.

    A folder, or with ``zip`` one zip file. The memos are taken one at a
    time, so ``negotiations`` may be a generator that reads them; an item
    may be a :class:`Refusal` for a memo that could not be read. Memos with
    ``archive``-profile errors, or lacking what SÄHKE2 requires, are refused
    with :class:`ArchiveRefusedError` (every memo is still checked, so that
    all refusals are listed) and nothing is written. More than
    :data:`~hyvaneuvottelu.limits.MAX_PACKAGE_MEMOS` memos, or metadata
    larger than a reader accepts, raise :class:`TransferTooLargeError`.

    ``inputs`` are the files and folders the memos and settings were read
    from: a ``target`` that is, holds or lies inside one of them is refused
    with :class:`~hyvaneuvottelu.errors.OutputError` before anything is
    written. ``sources`` names the memos in messages (default: ``memo 1``,
    ``memo 2``, ...), ``language`` picks the rules' messages (``fi`` or
    ``en``). The creation time is ``created``, else ``SOURCE_DATE_EPOCH``,
    else the latest record creation time, so the same memos and settings
    give the same bytes.

    ``attachment_dirs`` gives, for each memo in turn, the folder its
    attachment files are in (the memo's own folder); each attachment that
    is part of the record is taken from there, checked against its SHA-256
    and put into the package beside the memo. A memo whose attachment file
    is missing or differs is refused.
    """
    check_target(target, inputs)
    path = package_path(target)
    given = given_created(created, os.environ)
    if isinstance(negotiations, Sequence) and len(negotiations) > MAX_PACKAGE_MEMOS:
        raise TransferTooLargeError.too_many_memos(str(len(negotiations)))
    with Staging(path, zip=zip, force=force) as staging:
        with tempfile.TemporaryFile(dir=path.parent) as cases:
            transfer = _Transfer(settings, language, staging.add, cases)
            _take_all(transfer, negotiations, sources, attachment_dirs)
            moment, entries = transfer.finish(given)
        staging.place(moment)
    files = sorted((e for e in entries if e.path != MANIFEST_FILE), key=_path)
    return Package(path=path, created=moment, files=tuple(files))


def package_files(
    memos: Iterable[Negotiation],
    settings: TransferSettings,
    created: datetime,
    attachment_dirs: Iterable[str | os.PathLike[str] | None] | None = None,
) -> tuple[PackageFile, ...]:
    """Every file of a package of ``memos``, in memory, the manifest last.

    For tests and previews of small transfers: the memos are not checked.
    """
    files: list[PackageFile] = []

    def add(path: str, chunks: Iterable[bytes]) -> ManifestEntry:
        file = PackageFile(path=path, data=b"".join(chunks))
        files.append(file)
        return ManifestEntry(path=path, size=file.size, sha256=file.sha256)

    transfer = _Transfer(settings, "fi", add, io.BytesIO(), check=False)
    _take_all(transfer, memos, None, attachment_dirs)
    transfer.finish(given_created(created, {}))
    return tuple(files)


def _take_all(
    transfer: _Transfer,
    items: Iterable[Negotiation | Refusal],
    sources: Iterable[str] | None,
    attachment_dirs: Iterable[str | os.PathLike[str] | None] | None,
) -> None:
    names = iter(sources) if sources is not None else None
    folders = iter(attachment_dirs) if attachment_dirs is not None else None
    for count, item in enumerate(items, start=1):
        if count > MAX_PACKAGE_MEMOS:
            raise TransferTooLargeError.too_many_memos(f"more than {MAX_PACKAGE_MEMOS}")
        name = next(names, None) if names is not None else f"memo {count}"
        if name is None and not isinstance(item, Refusal):
            raise ValueError(f"sources: a name for each memo, found none for memo {count}")
        folder = next(folders, None) if folders is not None else None
        transfer.take(item, name or "", Path(folder) if folder is not None else None)


class _Transfer:
    """A package being written memo by memo, and what it remembers of each.

    Files go out through ``add`` at once; the SÄHKE2 case files wait in
    ``cases``. Once a memo is refused nothing more is written, but every
    memo is still checked, so that the refusal lists them all.
    """

    def __init__(
        self,
        settings: TransferSettings,
        language: str,
        add: _AddFile,
        cases: IO[bytes],
        *,
        check: bool = True,
    ) -> None:
        self.settings = settings
        self.check = check
        self.language = language
        self.add = add
        self.cases = cases
        self.count = 0
        self.refusals: list[Refusal] = []
        self.seen: dict[str, str] = {}
        self.entries: list[ManifestEntry] = []
        self.records = RecordDigest()
        self.latest: datetime | None = None
        self.file_bytes = 0
        self.case_bytes = 0
        #: What the case files hold for verify to parse, counted as verify counts.
        self.case_nodes = 0

    def take(self, item: Negotiation | Refusal, name: str, folder: Path | None = None) -> None:
        """Check one memo and, while none is refused, write its files."""
        self.count += 1
        if isinstance(item, Refusal):
            self.refusals.append(item)
            return
        reasons = (
            refusal_reasons(item, name, self.settings, self.language, self.seen)
            if self.check
            else ()
        )
        attachments: tuple[SourceFile, ...] = ()
        if not reasons:
            attachments, missing = attachment_files(item, folder, _case_folder(self.count))
            reasons = missing
        if reasons:
            self.refusals.append(Refusal(source=name, reasons=reasons))
            return
        record = record_of(item)
        self.records.add(record.identifier or "")
        if record.created is not None and (self.latest is None or record.created > self.latest):
            self.latest = record.created
        if not self.refusals:
            self._write(_archived(item, self.count, attachments), name)

    def _write(self, memo: ArchivedMemo, name: str) -> None:
        oversize = _oversize(memo)
        if oversize:
            self.refusals.append(Refusal(source=name, reasons=oversize))
            return
        for representation in memo.representations:
            file = representation.file
            chunks = (file.data,) if isinstance(file, PackageFile) else file.chunks()
            self.entries.append(self.add(file.path, chunks))
            self.file_bytes += file.size
            # The metadata files and the manifest are entries too.
            if len(self.entries) + 2 > MAX_PACKAGE_ENTRIES:
                raise _too_large(f"the memos' files are more than {MAX_PACKAGE_ENTRIES - 2}")
        if self.file_bytes > MAX_PACKAGE_TOTAL_BYTES:
            raise _too_large(f"the memos' files take more than {_mib(MAX_PACKAGE_TOTAL_BYTES)}")
        case = case_file_xml(memo, self.settings)
        self.case_bytes += self.cases.write(case)
        self.case_nodes += markup_bound(case)
        if self.case_bytes > MAX_SAHKE2_BYTES:
            raise _too_large(f"{SAHKE2_FILE} would take more than {_mib(MAX_SAHKE2_BYTES)}")
        if self.case_nodes > MAX_SAHKE2_NODES:
            raise _too_many_nodes()

    def finish(self, given: datetime | None) -> tuple[datetime, list[ManifestEntry]]:
        """Write the metadata and the manifest; the creation time and every entry."""
        if self.count == 0:
            raise HyvaneuvotteluError("no memos to archive")
        if self.refusals:
            raise ArchiveRefusedError(self.refusals)
        moment = given or from_records(self.latest)
        head = sahke2_head(self.settings, moment, self.records.hexdigest())
        if len(head) + self.case_bytes + len(SAHKE2_END) > MAX_SAHKE2_BYTES:
            raise _too_large(f"{SAHKE2_FILE} would take more than {_mib(MAX_SAHKE2_BYTES)}")
        if markup_bound(head) + self.case_nodes + markup_bound(SAHKE2_END) > MAX_SAHKE2_NODES:
            raise _too_many_nodes()
        self.cases.seek(0)
        self.entries.append(self.add(SAHKE2_FILE, _pieces(head, self.cases, SAHKE2_END)))
        manifest = Manifest(created=moment, entries=tuple(sorted(self.entries, key=_path)))
        self.entries.append(self.add(MANIFEST_FILE, (manifest.render(),)))
        return moment, self.entries


def _path(entry: ManifestEntry) -> str:
    return entry.path


def _pieces(head: bytes, middle: IO[bytes], end: bytes) -> Iterator[bytes]:
    yield head
    while chunk := middle.read(_COPY_CHUNK):
        yield chunk
    yield end


def _too_large(what: str) -> TransferTooLargeError:
    return TransferTooLargeError(
        f"{what}, more than a package reader accepts; split the memos into several "
        "transfers; nothing was written"
    )


def _too_many_nodes() -> TransferTooLargeError:
    return _too_large(
        f"{SAHKE2_FILE} would hold more than {MAX_SAHKE2_NODES} elements, attributes and "
        "namespace declarations"
    )


def _mib(size: int) -> str:
    return f"{size // _MiB} MiB" if size % _MiB == 0 else f"{size} bytes"


def _case_folder(index: int) -> str:
    return f"case-{index:03d}"


def _archived(
    negotiation: Negotiation, index: int, attachments: tuple[SourceFile, ...] = ()
) -> ArchivedMemo:
    folder = _case_folder(index)
    return ArchivedMemo(
        negotiation=negotiation,
        representations=(
            Representation(
                file=PackageFile(path=f"{folder}/{MEMO_FILE}", data=_formats.memo_xml(negotiation)),
                use_type=v.USE_ARCHIVE,
                format_name=_formats.XML_FORMAT[0],
                format_version=_formats.XML_FORMAT[1],
            ),
            Representation(
                file=PackageFile(
                    path=f"{folder}/{HTML_FILE}", data=_formats.memo_html(negotiation)
                ),
                use_type=v.USE_PUBLICATION,
                format_name=_formats.HTML_FORMAT[0],
                format_version=_formats.HTML_FORMAT[1],
            ),
            # The memo names each file's media type; nothing says its version.
            *(
                Representation(
                    file=file,
                    use_type=v.USE_ARCHIVE,
                    format_name=file.media_type,
                    format_version="",
                )
                for file in attachments
            ),
        ),
    )


def _oversize(memo: ArchivedMemo) -> tuple[str, ...]:
    """A file the package reader would refuse: the memo's XML, or any file, too large."""
    reasons = []
    for representation in memo.representations:
        file = representation.file
        limit = MAX_XML_BYTES if file.name == MEMO_FILE else MAX_PACKAGE_FILE_BYTES
        if file.size > limit:
            reasons.append(
                f"/: expected a memo whose {file.name} takes at most {_mib(limit)} "
                f"(what a package reader accepts), found {file.size} bytes"
            )
    return tuple(reasons)
