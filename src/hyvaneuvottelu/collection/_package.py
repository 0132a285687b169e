"""The memos inside an archive package, read through the archive's own safe reader.

Only the memos are read (each case file's ``memo.xml``), one at a time and
never more than :data:`~hyvaneuvottelu.limits.MAX_XML_BYTES` of each; the
package reader's limits on entries and sizes hold before anything is read.
Nothing else is checked: hashes, the manifest and the SÄHKE2 metadata are
``verify``'s business, not a collection's.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import PurePosixPath
from typing import TYPE_CHECKING

import attrs

from .. import limits
from ..errors import HyvaneuvotteluError
from ._walk import MANIFEST_FILE, SAHKE2_FILE

if TYPE_CHECKING:
    from ..archive._reader import PackageSource

__all__ = ["PackageMemo", "PackageProblem", "package_memos"]


@attrs.frozen(kw_only=True)
class PackageMemo:
    """The bytes of one memo of a package, and where they came from."""

    path: str
    package: str
    data: bytes


@attrs.frozen(kw_only=True)
class PackageProblem:
    """Why a package, or a memo in it, could not be read: in Finnish, Swedish and English.

    ``readable`` is False when the package could not be opened at all (an
    I/O error, as for verify); a damaged package, or a memo in it, is invalid.
    """

    path: str
    package: str
    fi: str
    sv: str
    en: str
    readable: bool = True


@attrs.frozen(kw_only=True)
class NotAPackage:
    """A zip file met in a folder that is not an archive package."""

    path: str


#: How the package reader words a refusal for its limits on entries and bytes.
_PAST_LIMITS = "a package holds at most"


def package_memos(
    path: str, *, named: bool
) -> Iterator[PackageMemo | PackageProblem | NotAPackage]:
    """Each memo of the package at ``path``, in the order of its path in the package.

    A zip file met in a folder (not ``named``) without the package's
    metadata files, or past the package reader's limits, is
    :class:`NotAPackage`; named as a path, it is a problem.
    """
    # The package reader is imported when a package is met: memos alone
    # (validate of a folder, say) need none of the archive.
    from ..archive._reader import open_package  # noqa: PLC0415 - see the comment above

    try:
        with open_package(path) as source:
            yield from _memos(source, path, named=named)
    except HyvaneuvotteluError as exc:
        # The reader raises only when the package cannot be opened at all.
        yield attrs.evolve(_opening_problem(path, str(exc)), readable=False)


def _memos(
    source: PackageSource, path: str, *, named: bool
) -> Iterator[PackageMemo | PackageProblem | NotAPackage]:
    from ..archive._package import MEMO_FILE  # noqa: PLC0415 - see package_memos

    if source.refused:
        # The reader says why as verify would: "cannot be verified: <why>".
        reason = source.problems[-1][1].removeprefix("cannot be verified: ")
        if not named and source.kind == "zip file" and _PAST_LIMITS in reason:
            # Larger than any package archive writes: some other zip file
            # (a damaged one may be a package, and is reported).
            yield NotAPackage(path=path)
        else:
            yield _opening_problem(path, reason)
        return
    names = {entry.name for entry in source.entries}
    if not {MANIFEST_FILE, SAHKE2_FILE} <= names:
        if not named:
            yield NotAPackage(path=path)
            return
        yield PackageProblem(
            path=path,
            package=path,
            fi=f"ei arkistopaketti: {MANIFEST_FILE} ja {SAHKE2_FILE} puuttuvat",
            sv=f"inte ett arkivpaket: {MANIFEST_FILE} och {SAHKE2_FILE} saknas",
            en=f"not an archive package: {MANIFEST_FILE} and {SAHKE2_FILE} are missing",
        )
        return
    found = False
    for entry in source.entries:
        parts = PurePosixPath(entry.name).parts
        if len(parts) != 2 or parts[1] != MEMO_FILE:
            continue
        found = True
        where = os.path.join(path, *parts)
        if entry.unreadable:
            yield _memo_problem(where, path, entry.unreadable)
        elif entry.size > limits.MAX_XML_BYTES:
            yield _memo_problem(
                where,
                path,
                f"{entry.size} bytes; a memo's XML holds at most {limits.MAX_XML_BYTES} bytes",
            )
        else:
            yield _read(source, entry.name, where, path)
    if not found:
        yield PackageProblem(
            path=path,
            package=path,
            fi=f"arkistopaketissa ei ole muistiota (*/{MEMO_FILE})",
            sv=f"arkivpaketet innehåller ingen promemoria (*/{MEMO_FILE})",
            en=f"the archive package holds no memo (*/{MEMO_FILE})",
        )


def _read(
    source: PackageSource, name: str, where: str, package: str
) -> PackageMemo | PackageProblem:
    from ..archive._reader import UnreadableError  # noqa: PLC0415 - see package_memos

    data = bytearray()
    try:
        for chunk in source.read(name):
            data += chunk
            if len(data) > limits.MAX_XML_BYTES:
                return _memo_problem(
                    where,
                    package,
                    f"grew past {limits.MAX_XML_BYTES} bytes, the most a memo's XML holds",
                )
    except UnreadableError as exc:
        return _memo_problem(where, package, str(exc))
    return PackageMemo(path=where, package=package, data=bytes(data))


def _opening_problem(path: str, detail: str) -> PackageProblem:
    return PackageProblem(
        path=path,
        package=path,
        fi=f"arkistopakettia ei voi lukea: {detail}",
        sv=f"arkivpaketet kan inte läsas: {detail}",
        en=f"the archive package cannot be read: {detail}",
    )


def _memo_problem(path: str, package: str, detail: str) -> PackageProblem:
    # The package reader words its reasons in English only.
    return PackageProblem(path=path, package=package, fi=detail, sv=detail, en=detail)
