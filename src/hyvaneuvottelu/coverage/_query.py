"""What a coverage query names: a county, by code or name, and a council term."""

from __future__ import annotations

import datetime as dt

from ..errors import HyvaneuvotteluError
from ..refdata import Area, CouncilTerm, council_term, region_table

__all__ = ["CoverageQueryError", "county_term", "find_county"]

#: The municipal councils' term, which people name for the first regional
#: councils' term too (see :func:`county_term`).
_MUNICIPAL_FIRST = "2021-2025"
_FIRST_COUNTY_TERM = "2022-2025"


class CoverageQueryError(HyvaneuvotteluError, ValueError):
    """A query that names no county, council term or year the report can be made for.

    ``what`` is ``"county"``, ``"term"``, ``"year"`` or ``"as-of"``; ``value`` is what
    was given.
    """

    def __init__(self, what: str, value: object, expected: str) -> None:
        super().__init__(f"--{what}: expected {expected}, found {value!r}")
        self.what = what
        self.value = value
        self.expected = expected


def find_county(query: str, *, on: dt.date | None = None) -> Area:
    """The county by code (``"03"``) or name in Finnish or Swedish; CoverageQueryError if none."""
    area = region_table(on).county(query)
    if area is None:
        raise CoverageQueryError(
            "county", query, "the code (01-21) or name of a wellbeing services county"
        )
    return area


def county_term(name: str) -> CouncilTerm:
    """The regional councils' term named ``name``: ``"2022-2025"``, ``"2025-2029"``, ...

    ``"2021-2025"``, the municipal councils' term, names the first regional
    councils' term (1.3.2022-31.5.2025) too: it is the term the municipalities
    of those negotiations sat in, and both ended on 31.5.2025.
    """
    found = council_term(_FIRST_COUNTY_TERM if name == _MUNICIPAL_FIRST else name)
    if found is None or not found.concerns_counties:
        raise CoverageQueryError(
            "term", name, "a council term such as 2025-2029 (or 2021-2025 or 2022-2025)"
        )
    return found
