"""What a SÄHKE2 transfer needs from a memo, checked before anything is built.

The ``archive`` validation profile is the main gate; this is the last one:
the elements the SÄHKE2 schemas make mandatory, and the values one schema
version cannot carry. Each problem is located by a JSON pointer in the wire
names, like every other problem the library reports.

Every requirement here is also a rule of the ``archive`` profile, so that
``validate --profile archive`` never calls valid what ``archive`` refuses:
the missing fields are HN-A001 to HN-A023, and what the schemas cannot carry
HN-A041 (language), HN-A042 (function code) and HN-A043 (personal data class,
with the schema version of the transfer settings). The rules decide with the
same functions and numbers (rules/_transfer.py); a test runs each requirement
through both.
"""

from __future__ import annotations

from ..errors import Problem
from ..model import Negotiation
from ..rules._transfer import MIN_FUNCTION_LEVELS, PERSONAL_DATA_NOT_IN, two_letter_language
from ._vocabulary import PERSONAL_DATA, Sahke2Version

__all__ = ["MIN_FUNCTION_LEVELS", "sahke2_problems"]


def sahke2_problems(negotiation: Negotiation, version: Sahke2Version) -> list[Problem]:
    """Everything the memo lacks for a SÄHKE2 transfer in ``version``."""
    record = negotiation.record
    if record is None:
        return [Problem(location="/record", expected="record metadata", found="none")]
    problems: list[Problem] = []

    def need(pointer: str, present: object, expected: str) -> None:
        if present is None or present == ():
            problems.append(Problem(location=pointer, expected=expected, found="none"))

    need("/date", negotiation.date, "the date of the negotiation (the action's Created)")
    need("/record/identifier", record.identifier, "the record's identifier (NativeId)")
    need("/record/caseId", record.case_id, "the case's identifier (the case file's NativeId)")
    need("/record/created", record.created, "when the record was created (Created)")
    need("/record/status", record.status, "the record's status (Status)")
    need("/record/documentType", record.document_type, "the document type (Type)")
    need("/record/publicity", record.publicity, "the publicity class (PublicityClass)")
    need("/record/personalData", record.personal_data, "the personal data class (PersonalData)")
    need("/record/languages", record.languages, "at least one language (Language)")
    need("/record/functionCode", record.function_code, "a function code (Function)")
    if record.approver is None and record.author is None:
        problems.append(
            Problem(
                location="/record/approver",
                expected="an approver or an author (the Authenticity Checker)",
                found="none",
            )
        )
    retention = record.retention
    need("/record/retention", retention, "the retention period and its reason")
    if retention is not None:
        if not retention.permanent and retention.period_years is None:
            problems.append(
                Problem(
                    location="/record/retention/periodYears",
                    expected="a retention period in years, or permanent: true (RetentionPeriod)",
                    found="none",
                )
            )
        need("/record/retention/reason", retention.reason, "the retention reason (RetentionReason)")
    for index, language in enumerate(record.languages):
        if not two_letter_language(language):
            problems.append(
                Problem(
                    location=f"/record/languages/{index}",
                    expected="a two-letter language code (SÄHKE2 Language has length 2)",
                    found=f'"{language}"',
                )
            )
    code = record.function_code
    if code is not None and len(code.split(" ")) < MIN_FUNCTION_LEVELS:
        problems.append(
            Problem(
                location="/record/functionCode",
                expected=(
                    "a function code of at least three levels such as '00 01 02' "
                    "(SÄHKE2 nests main function, function and sub-function)"
                ),
                found=f'"{code}"',
            )
        )
    personal = record.personal_data
    if personal is not None and personal in PERSONAL_DATA_NOT_IN[version.value]:
        problems.append(
            Problem(
                location="/record/personalData",
                expected=(
                    f"a personal data class the SÄHKE2 {version.value} schema has "
                    f'(its value "{PERSONAL_DATA[personal][0]}" is in the 2019 schema only; '
                    "write the package with --sahke2-version 2019)"
                ),
                found=f'"{personal.value}"',
            )
        )
    return problems
