"""Council terms (valtuustokausi) of municipal and regional councils."""

from __future__ import annotations

import datetime as dt
import re
from enum import StrEnum

import attrs

__all__ = ["CouncilBody", "CouncilTerm", "council_term", "council_terms_on", "county_term_on"]

#: From this year on, municipal and regional councils are elected together
#: every four years, and their terms start on 1 June.
_JOINT_FROM = 2025
_TERM_YEARS = 4
_NAME = re.compile(r"([0-9]{4})-([0-9]{4})")


class CouncilBody(StrEnum):
    """Whose council a term is."""

    MUNICIPAL = "municipal"  #: kunnanvaltuustot
    REGIONAL = "regional"  #: aluevaltuustot
    JOINT = "joint"  #: both, elected together from 2025 on


@attrs.frozen(kw_only=True)
class CouncilTerm:
    """A council term (valtuustokausi), both ends inclusive."""

    #: "2025-2029".
    name: str
    body: CouncilBody
    start: dt.date
    end: dt.date

    def contains(self, day: dt.date) -> bool:
        return self.start <= day <= self.end

    @property
    def concerns_counties(self) -> bool:
        """Whether regional councils (and so counties) sit in this term."""
        return self.body is not CouncilBody.MUNICIPAL


#: The terms before the joint elections of 2025: the municipal councils'
#: term began late (1.8.2021), the first regional councils sat from 1.3.2022.
_BEFORE_JOINT = (
    CouncilTerm(
        name="2021-2025",
        body=CouncilBody.MUNICIPAL,
        start=dt.date(2021, 8, 1),
        end=dt.date(2025, 5, 31),
    ),
    CouncilTerm(
        name="2022-2025",
        body=CouncilBody.REGIONAL,
        start=dt.date(2022, 3, 1),
        end=dt.date(2025, 5, 31),
    ),
)


def _joint(first_year: int) -> CouncilTerm:
    last = first_year + _TERM_YEARS
    return CouncilTerm(
        name=f"{first_year}-{last}",
        body=CouncilBody.JOINT,
        start=dt.date(first_year, 6, 1),
        # The terms that begin in 9997 run past the calendar's last day.
        end=dt.date(last, 5, 31) if last <= dt.MAXYEAR else dt.date.max,
    )


def council_term(name: str) -> CouncilTerm | None:
    """The term named ``name`` ("2025-2029"), or None if there is no such term."""
    for term in _BEFORE_JOINT:
        if term.name == name:
            return term
    match = _NAME.fullmatch(name)
    if match is None:
        return None
    first, last = int(match[1]), int(match[2])
    on_cycle = first >= _JOINT_FROM and (first - _JOINT_FROM) % _TERM_YEARS == 0
    return _joint(first) if on_cycle and last == first + _TERM_YEARS else None


def council_terms_on(day: dt.date) -> tuple[CouncilTerm, ...]:
    """Every term in force on ``day``: one per body, none before 1.8.2021."""
    found = [t for t in _BEFORE_JOINT if t.contains(day)]
    if day >= dt.date(_JOINT_FROM, 6, 1):
        years_in = (day.year - _JOINT_FROM) - (1 if (day.month, day.day) < (6, 1) else 0)
        found.append(_joint(_JOINT_FROM + years_in // _TERM_YEARS * _TERM_YEARS))
    return tuple(found)


def county_term_on(day: dt.date) -> CouncilTerm | None:
    """The term of the regional councils in force on ``day``, or None before 1.3.2022."""
    return next((t for t in council_terms_on(day) if t.concerns_counties), None)
