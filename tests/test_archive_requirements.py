"""What SÄHKE2 needs beyond the archive profile, located and worded exactly."""

from __future__ import annotations

import attrs

from hyvaneuvottelu import Negotiation, Retention
from hyvaneuvottelu.archive import Sahke2Version
from hyvaneuvottelu.archive._requirements import sahke2_problems
from hyvaneuvottelu.model import PersonalDataClass

from .archive_support import ready_memo


def messages(memo: Negotiation, version: Sahke2Version = Sahke2Version.V2019) -> list[str]:
    return [p.message for p in sahke2_problems(memo, version)]


def test_a_ready_memo_has_no_problems() -> None:
    assert messages(ready_memo()) == []
    assert messages(ready_memo(), Sahke2Version.V2011) == []


def test_no_record_metadata() -> None:
    memo = attrs.evolve(ready_memo(), record=None)
    assert messages(memo) == ["/record: expected record metadata, found none"]


def test_a_short_function_code() -> None:
    assert messages(ready_memo(function_code="00 01")) == [
        "/record/functionCode: expected a function code of at least three levels such as "
        "'00 01 02' (SÄHKE2 nests main function, function and sub-function), found \"00 01\""
    ]


def test_a_three_letter_language() -> None:
    assert messages(ready_memo(languages=("fi", "smn"))) == [
        "/record/languages/1: expected a two-letter language code "
        '(SÄHKE2 Language has length 2), found "smn"'
    ]


def test_neither_approver_nor_author() -> None:
    assert messages(ready_memo(approver=None, author=None)) == [
        "/record/approver: expected an approver or an author (the Authenticity Checker), found none"
    ]


def test_retention_without_length_or_reason() -> None:
    assert messages(ready_memo(retention=Retention())) == [
        "/record/retention/periodYears: expected a retention period in years, or permanent: "
        "true (RetentionPeriod), found none",
        "/record/retention/reason: expected the retention reason (RetentionReason), found none",
    ]


def test_the_2011_schema_cannot_say_special_categories_or_criminal_data() -> None:
    for personal, value in (
        (PersonalDataClass.SPECIAL_CATEGORIES, "sisältää erityisiä henkilötietoryhmiä"),
        (
            PersonalDataClass.CRIMINAL,
            "sisältää rikostuomioihin ja rikkomuksiin liittyviä henkilötietoja",
        ),
    ):
        memo = ready_memo(personal_data=personal)
        assert messages(memo) == []
        assert messages(memo, Sahke2Version.V2011) == [
            "/record/personalData: expected a personal data class the SÄHKE2 2011 schema has "
            f'(its value "{value}" is in the 2019 schema only; write the package with '
            f'--sahke2-version 2019), found "{personal.value}"'
        ]


def test_missing_date_and_record_fields() -> None:
    memo = attrs.evolve(ready_memo(identifier=None, created=None), date=None)
    assert messages(memo) == [
        "/date: expected the date of the negotiation (the action's Created), found none",
        "/record/identifier: expected the record's identifier (NativeId), found none",
        "/record/created: expected when the record was created (Created), found none",
    ]
