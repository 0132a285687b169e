"""Edges of the rules that mutation testing found untested.

Every expected value is written by hand. The memo changed is the hand-made
one of ``rule_cases.py`` (met 1.10.2025, Lohja and Länsi-Uudenmaan
hyvinvointialue), which every rule passes.
"""

from __future__ import annotations

import datetime as dt

from hyvaneuvottelu import Attachment, AttachmentKind, Negotiation, check
from hyvaneuvottelu.limits import MAX_TEXT
from hyvaneuvottelu.rules._parties import illative

from .rule_cases import changed, fi, follow_up, municipality, statement

#: The day the checks are made for, after the hand-made memo's meeting.
AS_OF = dt.date(2026, 1, 1)


def codes(negotiation: Negotiation, profile: str = "archive") -> set[str]:
    return set(check(negotiation, profile, as_of=AS_OF).codes)


def test_a_title_may_name_a_municipality_by_a_name_only_the_reference_data_gives() -> None:
    # The memo names Lohja in Finnish only; its statistics code 444 gives "Lojo".
    finnish_only = municipality(name=fi("Lohja"))
    assert codes(changed(municipalities=finnish_only.municipalities, title=fi("Möte i Lojo"))) == (
        set()
    )
    assert codes(changed(municipalities=finnish_only.municipalities, title=fi("Möte i Vanda"))) == {
        "HN-A005"
    }


def test_an_undeclared_responsible_party_is_found_where_it_is_named() -> None:
    memo = follow_up(responsible=("lu", "nobody"))
    report = check(memo, "archive", as_of=AS_OF)
    assert [(f.code, f.path, f.message("en")) for f in report.findings] == [
        (
            "HN-R005",
            "/outcomes/0/responsible/1",
            'The proposer or responsible party "nobody" of follow-up "tapaaminen" is not among'
            " the memo's organisations or participants",
        )
    ]


def test_a_text_too_long_to_read_back_is_found_deep_in_the_memo() -> None:
    # The plans the fast walk makes for each class are kept once made: a fresh
    # process must find the text as well as one that has walked memos before.
    memo = statement(text=fi("a" * (MAX_TEXT + 1)))
    report = check(memo, "archive", as_of=AS_OF)
    assert [(f.path, f.message("en")) for f in report.findings if f.code == "HN-A026"] == [
        (
            "/sections/1/content/0/text/fi",
            "The memo could not be read back from the archive: the text has 1000001 characters,"
            " at most 1000000",
        )
    ]


def test_an_attachment_of_the_record_is_told_each_fact_it_lacks() -> None:
    annex = Attachment(
        id="liite-1",
        kind=AttachmentKind.ANNEX,
        title=fi("Liite 1"),
        file_name="liite.pdf",
        part_of_record=True,
    )
    report = check(changed(attachments=(annex,)), "archive", as_of=AS_OF)
    found = [f for f in report.findings if f.code == "HN-O012"]
    assert [(f.path, f.message("fi"), f.message("sv"), f.message("en")) for f in found] == [
        (
            "/attachments/0/mediaType",
            'Asiakirjaan kuuluvalta liitteeltä "liite-1" puuttuu tiedostomuoto (mediatyyppi)',
            'Bilagan "liite-1", som hör till handlingen, saknar medietyp',
            'The attachment "liite-1", part of the record, has no media type',
        ),
        (
            "/attachments/0/sha256",
            'Asiakirjaan kuuluvalta liitteeltä "liite-1" puuttuu SHA-256-tiiviste',
            'Bilagan "liite-1", som hör till handlingen, saknar SHA-256',
            'The attachment "liite-1", part of the record, has no SHA-256',
        ),
    ]


def test_the_areas_names_go_into_the_finnish_illative() -> None:
    assert illative("Ahvenanmaa") == "Ahvenanmaahan"
    assert illative("Helsingin kaupunki") == "Helsingin kaupunkiin"
    assert illative("Länsi-Uudenmaan hyvinvointialue") == "Länsi-Uudenmaan hyvinvointialueeseen"
    assert illative("Itä-Uusimaa") == "alueeseen Itä-Uusimaa"


def test_a_title_may_name_a_municipality_the_reference_data_does_not_know() -> None:
    # No statistics code: the names the memo gives are all there is to go by,
    # while the county's are taken from its area.
    unknown = municipality(statistics_code=None, name=fi("Kuvitelmala")).municipalities
    named = changed(municipalities=unknown, title=fi("Neuvottelu: Kuvitelmala"))
    assert "HN-A005" not in codes(named)
    nobody = changed(municipalities=unknown, title=fi("Neuvottelu: Nummela"))
    assert "HN-A005" in codes(nobody)
