"""When a transfer was created: given, from ``SOURCE_DATE_EPOCH``, or from its memos."""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime

from .._strings import ascii_digits
from ..errors import HyvaneuvotteluError
from ..model import Negotiation

__all__ = ["from_records", "given_created", "resolve_created"]


def resolve_created(
    created: datetime | None,
    memos: Iterable[Negotiation],
    environ: Mapping[str, str] | None = None,
) -> datetime:
    """The package's creation time, in UTC, to the second."""
    given = given_created(created, os.environ if environ is None else environ)
    if given is not None:
        return given
    times = [m.record.created for m in memos if m.record and m.record.created]
    return from_records(max(times, default=None))


def given_created(created: datetime | None, environment: Mapping[str, str]) -> datetime | None:
    """``created``, else ``SOURCE_DATE_EPOCH``, checked; None if neither says."""
    if created is not None:
        if created.tzinfo is None or created.utcoffset() is None:
            raise HyvaneuvotteluError(
                f"created: expected a date-time with a UTC offset, found {created.isoformat()!r}"
            )
        return _second(created)
    if environment.get("SOURCE_DATE_EPOCH"):
        text = environment["SOURCE_DATE_EPOCH"]
        if not ascii_digits(text):
            raise HyvaneuvotteluError(
                f"SOURCE_DATE_EPOCH: expected whole seconds since 1970-01-01, found {text!r}"
            )
        return _second(datetime.fromtimestamp(int(text), UTC))
    return None


def from_records(latest: datetime | None) -> datetime:
    if latest is None:
        raise HyvaneuvotteluError("created: give --created; no memo says when it was created")
    return _second(latest)


def _second(moment: datetime) -> datetime:
    return moment.astimezone(UTC).replace(microsecond=0)
