"""Every rule's severity and profiles, pinned in a table written by hand.

The catalogue page is generated from the registry, so comparing the two
proves nothing about either; this table is the reviewed statement of what
each rule is. Changing a rule's severity or profiles means changing it here,
on purpose.
"""

from __future__ import annotations

from hyvaneuvottelu.rules import RULES, Profile, Severity

#: code, severity, profiles. "both" is draft and archive.
TABLE = """
HN-D001 error   both
HN-D002 error   both
HN-P001 error   both
HN-P002 error   both
HN-P003 error   both
HN-P004 error   both
HN-P005 error   both
HN-P006 error   both
HN-P007 error   both
HN-P008 warning both
HN-P009 warning archive
HN-P010 warning both
HN-P011 error   both
HN-P020 warning both
HN-P021 warning both
HN-P022 warning both
HN-R001 error   both
HN-R002 error   both
HN-R003 error   both
HN-R004 error   both
HN-R005 error   both
HN-R006 error   both
HN-R007 error   both
HN-R008 warning both
HN-S001 error   both
HN-S002 error   both
HN-S003 warning both
HN-S004 warning both
HN-S005 warning both
HN-S006 warning both
HN-S007 error   both
HN-S008 warning both
HN-S009 warning both
HN-L001 error   both
HN-L002 warning both
HN-L003 error   both
HN-L004 error   both
HN-L005 error   both
HN-L006 error   both
HN-L007 error   both
HN-L008 error   both
HN-L020 error   both
HN-L021 warning both
HN-L022 error   both
HN-L023 error   both
HN-L024 error   both
HN-T001 error   both
HN-T002 error   both
HN-T003 warning both
HN-T004 error   both
HN-O001 error   both
HN-O002 error   both
HN-O003 warning both
HN-O004 error   both
HN-O005 error   both
HN-O006 error   both
HN-O007 error   both
HN-O008 error   both
HN-O009 error   both
HN-O010 error   both
HN-O011 error   both
HN-O012 error   both
HN-O013 error   both
HN-A001 error   archive
HN-A002 error   archive
HN-A003 error   archive
HN-A004 error   archive
HN-A005 warning archive
HN-A006 error   archive
HN-A007 error   archive
HN-A008 error   archive
HN-A009 warning archive
HN-A010 error   archive
HN-A011 error   both
HN-A012 warning archive
HN-A013 error   archive
HN-A014 error   both
HN-A015 error   archive
HN-A016 error   archive
HN-A017 error   both
HN-A018 error   archive
HN-A019 error   archive
HN-A020 error   archive
HN-A021 warning archive
HN-A022 error   archive
HN-A023 error   archive
HN-A024 warning archive
HN-A025 warning archive
HN-A026 error   archive
HN-G001 error   both
HN-G002 error   both
HN-G003 error   both
HN-G004 warning both
HN-G005 warning both
HN-G006 error   both
HN-G007 error   both
HN-G008 error   both
HN-G009 error   both
HN-G010 error   archive
HN-G011 error   both
HN-G012 error   both
HN-G013 error   both
HN-G014 error   both
HN-G015 warning both
HN-G016 error   both
HN-G017 warning both
HN-G018 warning both
HN-A040 warning both
HN-A041 error   archive
HN-A042 error   archive
HN-A043 error   archive
"""

_PROFILES = {
    "both": frozenset({Profile.DRAFT, Profile.ARCHIVE}),
    "archive": frozenset({Profile.ARCHIVE}),
}


def _table() -> dict[str, tuple[Severity, frozenset[Profile]]]:
    rows = [line.split() for line in TABLE.strip().splitlines()]
    return {code: (Severity(severity), _PROFILES[profiles]) for code, severity, profiles in rows}


def test_the_table_has_one_row_per_code() -> None:
    codes = [line.split()[0] for line in TABLE.strip().splitlines()]
    assert len(codes) == len(set(codes))


def test_every_rule_has_the_severity_and_profiles_of_the_table() -> None:
    registry = {r.code: (r.severity, r.profiles) for r in RULES}
    assert registry == _table()
