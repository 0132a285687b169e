"""check() never raises: text that str.strip() and int() disagree on, numbers of thousands
of digits, dates at the end of the calendar, times with and without a UTC offset.

The strategies here are small and local on purpose: they fill the free-text
fields of a valid memo with what broke the rules before.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hyvaneuvottelu import InvalidValueError, LocalizedText, Negotiation, check, refdata
from hyvaneuvottelu.rules import MESSAGE_LANGUAGES
from hyvaneuvottelu.rules._parties import business_id_valid

from .rule_cases import CHAIR, COUNTY, GOOD, LOHJA, SPEAKER, changed

#: Characters that str.strip() removes but int() refuses (U+001C to U+001F),
#: other spaces, digits int() takes and ones it does not.
_AWKWARD = [
    *"0123456789",
    *"\x1c\x1d\x1e\x1f",
    *" \t\n\r\x0b\x0c\x85\xa0\u2003\u2028\u3000",
    *"¹²٤৪",
    *"aÄ-.,",
]
awkward_texts = st.one_of(
    st.text(alphabet=st.sampled_from(_AWKWARD), max_size=12),
    st.sampled_from(["444\x1e", "\x1c03", "03\x1f", " 0444 ", "1" * 5000, "9" * 4301]),
)


@st.composite
def awkward_localized(draw: st.DrawFn) -> LocalizedText:
    values = draw(
        st.fixed_dictionaries(
            {}, optional={"fi": awkward_texts, "sv": awkward_texts, "en": awkward_texts}
        ).filter(bool)
    )
    return LocalizedText(**values)


_section_numbers = st.one_of(
    st.from_regex(r"\A[0-9]{1,3}(\.[0-9]{1,3}){0,2}\Z"),
    st.sampled_from(["1" * 5000, "0" * 5000, "2." + "9" * 4400]),
)
# Any time of day the model accepts: it refuses offsets and fractions (test_lossless.py).
_times = st.times().map(lambda time: time.replace(microsecond=0))


@st.composite
def awkward_negotiations(draw: st.DrawFn) -> Negotiation:
    """The valid memo of the rule cases, its texts, numbers, dates and times drawn."""
    county = attrs.evolve(
        COUNTY,
        name=draw(awkward_localized()),
        statistics_code=draw(st.sampled_from([None, "03", "90"])),
    )
    municipalities = tuple(
        attrs.evolve(
            LOHJA,
            id=f"m{index}",
            name=draw(awkward_localized()),
            statistics_code=draw(st.sampled_from([None, "444", "999"])),
        )
        for index in range(draw(st.integers(1, 3)))
    )
    sections = tuple(
        attrs.evolve(section, number=draw(_section_numbers), title=draw(awkward_localized()))
        for section in GOOD.sections
    )
    changes: dict[str, Any] = {
        "title": draw(awkward_localized()),
        "place": draw(st.none() | awkward_localized()),
        "county": county,
        "municipalities": municipalities,
        "participants": (
            attrs.evolve(CHAIR, name=draw(st.none() | awkward_texts)),
            attrs.evolve(SPEAKER, name=draw(st.none() | awkward_texts)),
        ),
        "sections": sections,
        "date": draw(st.none() | st.dates()),
        "start_time": draw(st.none() | _times),
        "end_time": draw(st.none() | _times),
    }
    return changed(**changes)


@settings(max_examples=300, deadline=None)
@given(awkward_negotiations())
def test_check_never_raises_on_awkward_text_numbers_dates_and_times(
    negotiation: Negotiation,
) -> None:
    for profile in ("draft", "archive"):
        report = check(negotiation, profile)
        for finding in report.findings:
            assert all(finding.message(language) for language in MESSAGE_LANGUAGES)


def test_a_municipality_named_by_its_code_and_a_separator_character_is_found() -> None:
    negotiation = changed(
        municipalities=(
            attrs.evolve(LOHJA, name=LocalizedText(fi="444\x1e"), statistics_code=None),
        )
    )
    # The character is reported; the municipality is found, so nothing else is.
    assert check(negotiation, "archive").codes == ("HN-T002",)


def test_a_county_named_by_its_code_and_a_separator_character_is_found() -> None:
    negotiation = changed(
        county=attrs.evolve(COUNTY, name=LocalizedText(fi="\x1c03\x1f"), statistics_code=None)
    )
    assert check(negotiation, "archive").codes == ("HN-T002",)


def test_codes_that_strip_to_digits_are_looked_up_by_those_digits() -> None:
    found = [refdata.municipality("444\x1e"), refdata.municipality("\x1f0444 ")]
    assert [m.code if m else None for m in found] == ["444", "444"]
    area = refdata.area("\x1d3")
    assert area is not None
    assert area.code == "03"
    assert refdata.municipality("4" * 5000) is None
    assert refdata.municipality(10**5000) is None
    assert refdata.area(-3) is None


def test_section_numbers_of_thousands_of_digits_are_ordered() -> None:
    first, second, third = GOOD.sections
    ordered = changed(
        sections=(
            first,
            attrs.evolve(second, number="9" * 4400),
            attrs.evolve(third, number="1" * 5000),
        )
    )
    assert "HN-S002" not in check(ordered, "draft").codes
    backwards = changed(sections=(attrs.evolve(first, number="1" * 5000), second, third))
    [finding] = [f for f in check(backwards, "draft") if f.code == "HN-S002"]
    assert finding.path == "/sections/1/number"


def test_a_date_at_the_end_of_the_calendar_is_in_the_last_council_term() -> None:
    last = dt.date(9999, 12, 31)
    assert [t.name for t in refdata.council_terms_on(last)] == ["9997-10001"]
    term = refdata.county_term_on(last)
    assert term is not None
    assert term.end == dt.date.max
    report = check(changed(date=last, council_term=None, record=None), "draft")
    assert report.codes == ("HN-L007",)


def test_a_time_with_an_offset_never_meets_one_without_the_model_refuses_it() -> None:
    with pytest.raises(
        InvalidValueError, match=r"^Negotiation\.endTime: expected a time of day in whole"
    ):
        changed(start_time=dt.time(10, 0), end_time=dt.time(9, 0, tzinfo=dt.UTC))


def test_a_business_id_not_of_the_form_is_not_valid() -> None:
    assert business_id_valid("3221347-3")
    assert not business_id_valid("3221347-4")
    assert not business_id_valid("322134-73")
    assert not business_id_valid("3221347\x1e-3")
