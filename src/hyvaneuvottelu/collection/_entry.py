"""One memo of a collection: where it came from, what the rules said, the memo itself."""

from __future__ import annotations

from typing import Any

import attrs

from .._pickled import report_from_state, report_state, restorer
from ..model import Negotiation
from ..rules import Report

__all__ = ["MemoEntry"]


@attrs.frozen(kw_only=True)
class MemoEntry:
    """A memo read from a file, a folder or an archive package, with its validation report.

    ``path`` is the memo's file; for a memo inside a package, the package's
    path joined with the memo's path in it (``"out/pk.zip/case-001/memo.xml"``),
    and ``package`` is the package's path. ``memo`` is None when the file could
    not be read as a memo: ``report`` then says why (``HN-D001``, ``HN-D002``).
    ``readable`` is False when the file, folder or package could not be read at
    all (an I/O error, as in :class:`~hyvaneuvottelu.validation.FileResult`); a
    file refused for its size, or a package that is damaged, was read and is
    invalid.

    When :func:`read_memos` was given ``extract``, ``value`` is what it
    returned for the memo, ``extracted`` is True, and ``memo`` is None: the
    memo stayed in the process that read it.
    """

    path: str
    package: str | None
    report: Report
    memo: Negotiation | None
    value: Any = None
    extracted: bool = False
    readable: bool = True

    @property
    def ok(self) -> bool:
        """Whether the memo was read and the report has no error."""
        if self.memo is None and not self.extracted:
            return False
        # Most reports have no finding at all: no need to look for an error.
        findings = self.report.findings
        return not findings or self.report.valid

    def __reduce__(self) -> tuple[Any, ...]:
        # Entries cross from the worker processes by the thousand: pickled as
        # their fields, not as attrs' dict of them (see hyvaneuvottelu._pickled).
        return (
            _restored,
            (
                (
                    self.path,
                    self.package,
                    report_state(self.report),
                    self.memo,
                    self.value,
                    self.extracted,
                    self.readable,
                ),
            ),
        )


def _restored(fields: tuple[Any, ...]) -> MemoEntry:
    """The entry :meth:`MemoEntry.__reduce__` pickled, from its fields in order."""
    path, package, report, memo, value, extracted, readable = fields
    return restorer(MemoEntry)(
        (path, package, report_from_state(report), memo, value, extracted, readable)
    )
