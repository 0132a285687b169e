"""Questions asked of a collection: which council term a memo belongs to, which memos match."""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Callable, Iterable, Iterator
from typing import TypeVar

from .. import refdata
from ..errors import HyvaneuvotteluError
from ..model import OUTCOME_TAGS, Negotiation, NegotiationKind, Organisation, OutcomeStatus, Topic
from ..refdata import CouncilTerm
from ._entry import MemoEntry

__all__ = ["QueryError", "council_term_of", "select"]

_Test = Callable[[Negotiation], bool]
_Code = TypeVar("_Code", NegotiationKind, Topic, OutcomeStatus)


class QueryError(HyvaneuvotteluError, ValueError):
    """A query :func:`select` cannot answer: an unknown county, municipality, term or code."""


def council_term_of(memo: Negotiation) -> CouncilTerm | None:
    """The county's council term (valtuustokausi) the memo belongs to, or None.

    The term the memo names comes first; the municipal term 2021-2025 stands
    for the county's term of the same years, 2022-2025, since these
    negotiations are the county's. A memo that names no term (or one that
    does not exist) belongs to the county's term in force on its date. A
    memo with only a year or a month (``partial_date``) belongs to a term
    when every day of that year or month that lies in a county's term lies
    in the same one; a period that spans two terms (the year 2025) gives None,
    as does a date before the first regional councils (1.3.2022) or no date.
    """
    if memo.council_term is not None:
        named = refdata.council_term(memo.council_term)
        if named is not None:
            return _for_county(named)
    if memo.date is not None:
        return refdata.county_term_on(memo.date)
    if memo.partial_date is not None:
        first, last = _period(memo.partial_date)
        terms = {refdata.county_term_on(first), refdata.county_term_on(last)} - {None}
        if len(terms) == 1:
            return terms.pop()
    return None


def _for_county(term: CouncilTerm) -> CouncilTerm | None:
    if term.concerns_counties:
        return term
    # The municipal councils' term 2021-2025 ends with the first regional councils'.
    return refdata.county_term_on(term.end)


def _period(partial: str) -> tuple[dt.date, dt.date]:
    """The first and the last day of a year ("2025") or a month ("2025-03")."""
    year_text, _, month_text = partial.partition("-")
    year = max(int(year_text), dt.MINYEAR)
    if month_text:
        month = int(month_text)
        return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def _year_of(memo: Negotiation) -> int | None:
    if memo.date is not None:
        return memo.date.year
    if memo.partial_date is not None:
        return int(memo.partial_date[:4])
    return None


def select(
    entries: Iterable[MemoEntry],
    *,
    county: str | None = None,
    municipality: str | None = None,
    term: str | None = None,
    year: int | None = None,
    kind: NegotiationKind | str | None = None,
    topic: Topic | str | None = None,
    outcome_type: str | None = None,
    status: OutcomeStatus | str | None = None,
) -> Iterator[MemoEntry]:
    """The entries whose memo matches every criterion given, in their order.

    ``county`` and ``municipality`` are codes or names (Finnish or Swedish);
    ``term`` a council term ("2025-2029", matched with :func:`council_term_of`);
    ``year`` the year of the meeting; ``kind`` a negotiation kind the memo
    serves (its ``kind`` or one of ``additionalKinds``); ``topic`` a topic of
    the memo or of one of its outcomes; ``outcome_type`` the wire tag of an
    outcome ("agreement", "followUpAction") and ``status`` its status, both
    met by the same outcome when both are given. Entries without a memo
    (those read with ``extract`` among them) match only when no criterion is
    given. A criterion that names nothing
    known raises :class:`QueryError` at once, before any entry is read.
    """
    tests = _tests(
        county=county,
        municipality=municipality,
        term=term,
        year=year,
        kind=kind,
        topic=topic,
        outcome_type=outcome_type,
        status=status,
    )
    return _matching(entries, tests)


def _matching(entries: Iterable[MemoEntry], tests: list[_Test]) -> Iterator[MemoEntry]:
    for entry in entries:
        if not tests or (entry.memo is not None and all(test(entry.memo) for test in tests)):
            yield entry


def _tests(
    *,
    county: str | None,
    municipality: str | None,
    term: str | None,
    year: int | None,
    kind: NegotiationKind | str | None,
    topic: Topic | str | None,
    outcome_type: str | None,
    status: OutcomeStatus | str | None,
) -> list[_Test]:
    tests: list[_Test] = []
    if county is not None:
        wanted_county = _county_code(county)
        tests.append(lambda memo: _memo_county(memo) == wanted_county)
    if municipality is not None:
        wanted_municipality = _municipality_code(municipality)
        tests.append(lambda memo: wanted_municipality in _memo_municipalities(memo))
    if term is not None:
        wanted_term = _term(term)
        tests.append(lambda memo: council_term_of(memo) == wanted_term)
    if year is not None:
        wanted_year = year
        tests.append(lambda memo: _year_of(memo) == wanted_year)
    if kind is not None:
        wanted_kind = _code(NegotiationKind, kind, "kind")
        tests.append(lambda memo: wanted_kind in memo.kinds)
    if topic is not None:
        wanted_topic = _code(Topic, topic, "topic")
        tests.append(
            lambda memo: (
                wanted_topic in memo.topics or any(wanted_topic in o.topics for o in memo.outcomes)
            )
        )
    if outcome_type is not None or status is not None:
        wanted_type = None if outcome_type is None else _outcome_type(outcome_type)
        wanted_status = None if status is None else _code(OutcomeStatus, status, "status")
        tests.append(
            lambda memo: any(
                (wanted_type is None or type(o) is wanted_type)
                and (wanted_status is None or o.status is wanted_status)
                for o in memo.outcomes
            )
        )
    return tests


def _county_code(query: str) -> str:
    found = refdata.county(query)
    if found is None:
        raise QueryError(
            f"county: expected a wellbeing services county by code (01-21) or name, found {query!r}"
        )
    return found.code


def _municipality_code(query: str) -> str:
    for table in reversed(refdata.region_tables()):
        found = table.municipality(query)
        if found is not None:
            return found.code
    raise QueryError(
        f"municipality: expected a municipality by code (such as 444) or name, found {query!r}"
    )


def _term(query: str) -> CouncilTerm | None:
    named = refdata.council_term(query)
    if named is None:
        raise QueryError(f"term: expected a council term such as '2025-2029', found {query!r}")
    return _for_county(named)


def _code(codes: type[_Code], value: _Code | str, name: str) -> _Code:
    try:
        return codes(value)
    except ValueError:
        allowed = ", ".join(c.value for c in codes)
        raise QueryError(f"{name}: expected one of {allowed}, found {value!r}") from None


def _outcome_type(tag: str) -> type:
    for kind, wire in OUTCOME_TAGS.items():
        if wire == tag:
            return kind
    allowed = ", ".join(OUTCOME_TAGS.values())
    raise QueryError(f"outcome_type: expected one of {allowed}, found {tag!r}")


def _memo_county(memo: Negotiation) -> str | None:
    table = refdata.region_table(refdata.reference_date(memo))
    found = table.county(_query_of(memo.county))
    return None if found is None else found.code


def _memo_municipalities(memo: Negotiation) -> set[str]:
    table = refdata.region_table(refdata.reference_date(memo))
    try:
        parties = refdata.scope_municipalities(memo)
    except LookupError:
        parties = memo.municipalities
    codes = set()
    for party in parties:
        found = table.municipality(_query_of(party))
        if found is not None:
            codes.add(found.code)
    return codes


def _query_of(organisation: Organisation) -> str:
    return organisation.statistics_code or organisation.name.first()
