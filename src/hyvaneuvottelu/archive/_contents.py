"""What goes into a package: files, and each memo with its files."""

from __future__ import annotations

import hashlib
from functools import cached_property
from posixpath import basename, dirname

import attrs

from ..model import Negotiation
from ._attachments import SourceFile

__all__ = ["ArchivedMemo", "PackageFile", "Representation", "sha256_hex"]


def sha256_hex(data: bytes) -> str:
    """The SHA-256 of ``data`` in lower-case hexadecimal."""
    return hashlib.sha256(data).hexdigest()


@attrs.frozen(kw_only=True)
class PackageFile:
    """One file of a package, by its path inside the package (``/``-separated)."""

    path: str
    data: bytes = attrs.field(repr=False)

    @property
    def name(self) -> str:
        return basename(self.path)

    @property
    def folder(self) -> str:
        return dirname(self.path)

    @property
    def size(self) -> int:
        return len(self.data)

    @cached_property
    def sha256(self) -> str:
        return sha256_hex(self.data)


@attrs.frozen(kw_only=True)
class Representation:
    """A file of a memo as SÄHKE2 describes it (a ``Document``)."""

    #: Made in memory (the memo's XML and HTML), or copied from disk (an attachment).
    file: PackageFile | SourceFile
    #: Käyttötarkoitus: "Arkisto" or "Julkaisu".
    use_type: str
    #: Format name and version, ``("text/xml", "1.0")``.
    format_name: str
    format_version: str


@attrs.frozen(kw_only=True)
class ArchivedMemo:
    """A negotiation and the files that hold its memo."""

    negotiation: Negotiation
    representations: tuple[Representation, ...]
