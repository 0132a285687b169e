"""A memo's attachment files: found beside the memo, checked, copied a chunk at a time.

An attachment that is part of the record (``partOfRecord``) goes into the
package with its memo. Its file is looked up by its ``fileName`` in the
folder the memo was read from; a file that is missing, is not a regular
file, is larger than a package reader accepts, or whose SHA-256 is not the
one the memo declares, refuses the memo with a message naming the
attachment. The file is hashed when checked and again as it is copied, so
that a file changed in between stops the transfer instead of entering it.
"""

from __future__ import annotations

import hashlib
import io
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import attrs

from ..errors import HyvaneuvotteluError
from ..limits import MAX_PACKAGE_FILE_BYTES
from ..model import Attachment, Negotiation

__all__ = [
    "ATTACHMENTS_FOLDER",
    "AttachmentChangedError",
    "SourceFile",
    "attachment_files",
    "record_attachments",
]

#: The folder of a case, inside the package, that holds its attachments.
ATTACHMENTS_FOLDER = "attachments"
_CHUNK = 1024 * 1024
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)


class AttachmentChangedError(HyvaneuvotteluError):
    """An attachment file changed between its check and its copy; nothing was written."""


@attrs.frozen(kw_only=True)
class SourceFile:
    """A file of a package copied from disk, a chunk at a time: an attachment."""

    #: Where it goes in the package, ``/``-separated.
    path: str
    #: Where it is read from.
    source: Path
    size: int
    sha256: str
    #: Its media type, the SÄHKE2 Format's name.
    media_type: str

    @property
    def name(self) -> str:
        return self.path.rsplit("/", 1)[-1]

    @property
    def folder(self) -> str:
        return self.path.rsplit("/", 1)[0] if "/" in self.path else ""

    def chunks(self) -> Iterator[bytes]:
        """The file's bytes, checked against the size and SHA-256 found when it was checked."""
        digest = hashlib.sha256()
        size = 0
        try:
            with _open(self.source) as stream:
                while chunk := stream.read(_CHUNK):
                    size += len(chunk)
                    if size > self.size:
                        break
                    digest.update(chunk)
                    yield chunk
        except OSError as exc:
            raise AttachmentChangedError(
                f"{self.source}: cannot be read any more ({exc.strerror or exc}); "
                "nothing was written"
            ) from None
        if size != self.size or digest.hexdigest() != self.sha256:
            raise AttachmentChangedError(
                f"{self.source}: changed while the package was written; nothing was written"
            )


def record_attachments(negotiation: Negotiation) -> tuple[tuple[int, Attachment], ...]:
    """The attachments that are part of the record, with their index."""
    return tuple((i, a) for i, a in enumerate(negotiation.attachments) if a.part_of_record)


def attachment_files(
    negotiation: Negotiation, folder: Path | None, case_folder: str
) -> tuple[tuple[SourceFile, ...], tuple[str, ...]]:
    """The memo's attachment files for the package, and why any cannot be taken.

    An attachment lacking its file name, media type or SHA-256 is left to the
    rules (HN-O012), which refuse the memo already.
    """
    files: list[SourceFile] = []
    reasons: list[str] = []
    names: dict[str, int] = {}
    for index, attachment in record_attachments(negotiation):
        name, media_type, declared = attachment.file_name, attachment.media_type, attachment.sha256
        if name is None or media_type is None or declared is None:
            continue
        where = f"/attachments/{index}"
        # Folded: two names that differ only in case are one file on many systems.
        earlier = names.setdefault(name.casefold(), index)
        if earlier != index:
            reasons.append(
                f'{where}/fileName: expected a file name no other attachment has, found "{name}" '
                f"(also attachment {earlier})"
            )
            continue
        if folder is None:
            reasons.append(
                f'{where}/fileName: expected a folder to find the file "{name}" in, found none'
            )
            continue
        found = _checked(folder / name, declared, where)
        if isinstance(found, str):
            reasons.append(found)
            continue
        size, sha256 = found
        files.append(
            SourceFile(
                path=f"{case_folder}/{ATTACHMENTS_FOLDER}/{name}",
                source=folder / name,
                size=size,
                sha256=sha256,
                media_type=media_type,
            )
        )
    return tuple(files), tuple(reasons)


def _checked(path: Path, declared: str, where: str) -> tuple[int, str] | str:
    """The file's size and SHA-256, or why it cannot be taken."""
    try:
        stream = _open(path)
    except FileNotFoundError:
        return f'{where}/fileName: expected the file "{path.name}" beside the memo, found none'
    except OSError as exc:
        found = "a symbolic link" if path.is_symlink() else (exc.strerror or str(exc)).lower()
        return f'{where}/fileName: expected the file "{path.name}" beside the memo, found {found}'
    with stream:
        mode = os.fstat(stream.fileno()).st_mode
        if not stat.S_ISREG(mode):
            return (
                f'{where}/fileName: expected the file "{path.name}" beside the memo, found '
                "something that is not a regular file"
            )
        digest = hashlib.sha256()
        size = 0
        while chunk := stream.read(_CHUNK):
            size += len(chunk)
            if size > MAX_PACKAGE_FILE_BYTES:
                return (
                    f"{where}: expected a file of at most {MAX_PACKAGE_FILE_BYTES // (1024 * 1024)}"
                    f" MiB (what a package reader accepts), found more in {path.name}"
                )
            digest.update(chunk)
    actual = digest.hexdigest()
    if actual != declared:
        return (
            f'{where}/sha256: expected "{actual}", the SHA-256 of {path.name} beside the memo, '
            f'found "{declared}"'
        )
    return size, actual


def _open(path: Path) -> io.FileIO:
    # No following a link out of the memo's folder; no blocking on a FIFO.
    descriptor = os.open(path, os.O_RDONLY | _NOFOLLOW | getattr(os, "O_NONBLOCK", 0))
    return os.fdopen(descriptor, "rb", buffering=0)
