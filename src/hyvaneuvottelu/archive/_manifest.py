"""The package manifest: every other file with its SHA-256 and size.

A small JSON document in one canonical form. The verifier re-renders what
it reads and compares bytes, so a change anywhere in the manifest (even in
a value no check looks at) is found.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

import attrs

from .. import limits
from .._messages import Message, byte_error, json_error, message
from ._contents import PackageFile

__all__ = ["MANIFEST_FILE", "Manifest", "ManifestEntry", "ManifestError", "build_manifest"]

MANIFEST_FILE = "manifest.json"
#: The SÄHKE2 metadata of a package (here, beside the manifest's name: both light to import).
SAHKE2_FILE = "sahke2.xml"
_FORMAT = "hyvaneuvottelu-archive-manifest"
_VERSION = 1
_ALGORITHM = "SHA-256"
_HEX = re.compile(r"[0-9a-f]{64}")
#: What a field holds, by the type read: the message that names it.
_KINDS = {str: "manifest.a_string", int: "manifest.an_integer", list: "manifest.a_list"}


class ManifestError(ValueError):
    """The manifest is not a manifest this release writes.

    ``text`` says why as a message of the catalogues; ``str()`` is its English.
    """

    def __init__(self, text: Message) -> None:
        self.text = text
        super().__init__(text.render("en"))

    def render(self, language: str = "en") -> str:
        """Why, in ``language`` (``fi``, ``sv`` or ``en``)."""
        return self.text.render(language)


@attrs.frozen(kw_only=True)
class ManifestEntry:
    path: str
    size: int
    sha256: str


@attrs.frozen(kw_only=True)
class Manifest:
    """When the package was made and what is in it, sorted by path."""

    created: datetime
    entries: tuple[ManifestEntry, ...]

    def render(self) -> bytes:
        document = {
            "format": _FORMAT,
            "version": _VERSION,
            "created": _timestamp(self.created),
            "algorithm": _ALGORITHM,
            "files": [{"path": e.path, "size": e.size, "sha256": e.sha256} for e in self.entries],
        }
        return (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")

    @classmethod
    def parse(cls, data: bytes) -> Manifest:
        """Read a manifest; raise :class:`ManifestError` if it is not canonical.

        Bounded work whatever the input: its size, the digits of a number and
        the nesting are limited before anything else is looked at.
        """
        if len(data) > limits.MAX_MANIFEST_BYTES:
            raise ManifestError(
                message("verify.manifest_size", n=len(data), limit=limits.MAX_MANIFEST_BYTES)
            )
        try:
            document = json.loads(
                data, parse_int=_integer, parse_float=_no_number, parse_constant=_no_number
            )
        except json.JSONDecodeError as exc:
            reason = json_error(exc.msg, exc.lineno, exc.colno)
            raise ManifestError(message("manifest.not_json", reason=reason)) from None
        except UnicodeDecodeError as exc:
            raise ManifestError(message("manifest.not_json", reason=byte_error(exc))) from None
        except RecursionError:
            raise ManifestError(message("manifest.too_deep")) from None
        manifest = cls(
            created=_parse_timestamp(_field(document, "created", str)),
            entries=tuple(_entry(item) for item in _field(document, "files", list)),
        )
        if _field(document, "format", str) != _FORMAT or _field(document, "version", int) != 1:
            raise ManifestError(message("manifest.format", format=_FORMAT, version=_VERSION))
        if _field(document, "algorithm", str) != _ALGORITHM:
            raise ManifestError(message("manifest.algorithm", algorithm=_ALGORITHM))
        if manifest.render() != data:
            raise ManifestError(message("manifest.not_canonical"))
        return manifest


def build_manifest(files: Iterable[PackageFile], created: datetime) -> Manifest:
    entries = sorted(
        (ManifestEntry(path=f.path, size=f.size, sha256=f.sha256) for f in files),
        key=lambda e: e.path,
    )
    return Manifest(created=created, entries=tuple(entries))


def _timestamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _parse_timestamp(text: str) -> datetime:
    try:
        return datetime.strptime(text, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
    except ValueError:
        raise ManifestError(message("manifest.created", found=repr(text))) from None


def _integer(text: str) -> int:
    digits = len(text.lstrip("-"))
    if digits > limits.MAX_INTEGER_DIGITS:
        raise ManifestError(
            message("manifest.integer", limit=limits.MAX_INTEGER_DIGITS, digits=digits)
        )
    return int(text)


def _no_number(text: str) -> Any:
    raise ManifestError(message("manifest.whole", found=text[:20]))


def _field(document: Any, name: str, kind: type) -> Any:
    if type(document) is not dict or type(document.get(name)) is not kind:
        raise ManifestError(message("manifest.field", name=name, kind=message(_KINDS[kind])))
    return document[name]


def _entry(item: Any) -> ManifestEntry:
    path = _field(item, "path", str)
    sha256 = _field(item, "sha256", str)
    if not _HEX.fullmatch(sha256):
        raise ManifestError(message("manifest.sha256", path=path))
    size = _field(item, "size", int)
    if size < 0:
        raise ManifestError(message("manifest.size", path=path, size=size))
    return ManifestEntry(path=path, size=size, sha256=sha256)
