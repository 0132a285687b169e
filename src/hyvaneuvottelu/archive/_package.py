"""Writing a transfer package: refuse what is not ready, then build and place it."""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from pathlib import Path

import attrs

from .._strings import ascii_digits
from ..errors import HyvaneuvotteluError
from ..model import Negotiation
from . import _formats
from . import _vocabulary as v
from ._contents import ArchivedMemo, PackageFile, Representation
from ._manifest import MANIFEST_FILE, ManifestEntry, build_manifest
from ._requirements import sahke2_problems
from ._sahke2 import build_sahke2
from ._settings import TransferSettings
from ._staging import write_folder, write_zip

__all__ = [
    "SAHKE2_FILE",
    "ArchiveRefusedError",
    "Package",
    "Refusal",
    "package_files",
    "resolve_created",
    "write_package",
]

#: The SÄHKE2 transfer metadata file at the package's root.
SAHKE2_FILE = "sahke2.xml"
MEMO_FILE = "memo.xml"
HTML_FILE = "memo.html"


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


@attrs.frozen(kw_only=True)
class Package:
    """A package as written: where, when, and its manifest's entries."""

    path: Path
    created: datetime
    files: tuple[ManifestEntry, ...]


def write_package(
    negotiations: Sequence[Negotiation],
    target: str | os.PathLike[str],
    settings: TransferSettings,
    *,
    zip: bool = False,
    force: bool = False,
    created: datetime | None = None,
    sources: Sequence[str] | None = None,
    language: str = "fi",
) -> Package:
    """Write one SÄHKE2 transfer of ``negotiations`` to ``target``.

    A folder, or with ``zip`` one zip file. Memos with ``archive``-profile
    errors, or lacking what SÄHKE2 requires, are refused with
    :class:`ArchiveRefusedError` and nothing is written. ``sources`` names the
    memos in messages (default: ``memo 1``, ``memo 2``, ...), ``language``
    picks the rules' messages (``fi`` or ``en``). The creation
    time is ``created``, else ``SOURCE_DATE_EPOCH``, else the latest record
    creation time, so the same memos and settings give the same bytes.
    """
    memos = tuple(negotiations)
    names = tuple(sources or (f"memo {i + 1}" for i in range(len(memos))))
    _refuse_unready(memos, names, settings, language)
    moment = resolve_created(created, memos)
    files = package_files(memos, settings, moment)
    path = Path(target)
    if zip:
        write_zip(path, files, moment, force=force)
    else:
        write_folder(path, files, force=force)
    entries = build_manifest([f for f in files if f.path != MANIFEST_FILE], moment).entries
    return Package(path=path, created=moment, files=entries)


def _refuse_unready(
    memos: Sequence[Negotiation],
    names: Sequence[str],
    settings: TransferSettings,
    language: str,
) -> None:
    if not memos:
        raise HyvaneuvotteluError("no memos to archive")
    refusals = []
    seen: dict[str, str] = {}
    for name, memo in zip(names, memos, strict=True):
        found = _formats.archive_errors(memo, language)
        reasons = [line for _, line in found]
        # The profile says it first; SÄHKE2's own needs add what it does not cover.
        reasons.extend(
            p.message
            for p in sahke2_problems(memo, settings.sahke2_version)
            if not any(_overlap(p.location, path) for path, _ in found)
        )
        identifier = memo.record.identifier if memo.record else None
        if identifier is not None and identifier in seen:
            reasons.append(
                f"/record/identifier: expected an identifier no other memo of the transfer has, "
                f'found "{identifier}" (also in {seen[identifier]})'
            )
        elif identifier is not None:
            seen[identifier] = name
        if reasons:
            refusals.append(Refusal(source=name, reasons=tuple(dict.fromkeys(reasons))))
    if refusals:
        raise ArchiveRefusedError(refusals)


def _overlap(one: str, other: str) -> bool:
    """Whether two JSON pointers are the same place or one lies within the other."""
    return one == other or one.startswith(f"{other}/") or other.startswith(f"{one}/")


def resolve_created(
    created: datetime | None,
    memos: Sequence[Negotiation],
    environ: Mapping[str, str] | None = None,
) -> datetime:
    """The package's creation time, in UTC, to the second."""
    environment = os.environ if environ is None else environ
    if created is not None:
        if created.tzinfo is None or created.utcoffset() is None:
            raise HyvaneuvotteluError(
                f"created: expected a date-time with a UTC offset, found {created.isoformat()!r}"
            )
        moment = created
    elif environment.get("SOURCE_DATE_EPOCH"):
        text = environment["SOURCE_DATE_EPOCH"]
        if not ascii_digits(text):
            raise HyvaneuvotteluError(
                f"SOURCE_DATE_EPOCH: expected whole seconds since 1970-01-01, found {text!r}"
            )
        moment = datetime.fromtimestamp(int(text), UTC)
    else:
        times = [m.record.created for m in memos if m.record and m.record.created]
        if not times:
            raise HyvaneuvotteluError("created: give --created; no memo says when it was created")
        moment = max(times)
    return moment.astimezone(UTC).replace(microsecond=0)


def package_files(
    memos: Sequence[Negotiation], settings: TransferSettings, created: datetime
) -> tuple[PackageFile, ...]:
    """Every file of the package, the manifest last."""
    archived = []
    for index, negotiation in enumerate(memos, start=1):
        folder = f"case-{index:03d}"
        archived.append(
            ArchivedMemo(
                negotiation=negotiation,
                representations=(
                    Representation(
                        file=PackageFile(
                            path=f"{folder}/{MEMO_FILE}", data=_formats.memo_xml(negotiation)
                        ),
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
                ),
            )
        )
    files = [r.file for memo in archived for r in memo.representations]
    files.append(PackageFile(path=SAHKE2_FILE, data=build_sahke2(archived, settings, created)))
    manifest = build_manifest(files, created)
    files.append(PackageFile(path=MANIFEST_FILE, data=manifest.render()))
    return tuple(files)
