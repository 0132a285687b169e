"""What wire format 1.1 adds on the outcomes side: people, attachments, agreements, decisions."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable

import attrs
import pytest

import hyvaneuvottelu as hn
from hyvaneuvottelu import model as m
from hyvaneuvottelu.errors import DocumentError, InvalidValueError

from .rule_cases import GOOD


def fi(text: str) -> m.LocalizedText:
    return m.LocalizedText(fi=text)


def _problems(document: dict[str, object]) -> list[str]:
    with pytest.raises(DocumentError) as caught:
        hn.from_json(json.dumps(document))
    return [str(p) for p in caught.value.problems]


def _good_json() -> dict[str, object]:
    document: dict[str, object] = json.loads(hn.to_json(GOOD))
    return document


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (
            lambda: m.Attachment(
                id="a", kind=m.AttachmentKind.ANNEX, title=fi("Liite"), file_name="../etc/passwd"
            ),
            "Attachment.fileName: expected a file name of at most 128 ASCII letters, digits, '_', '.' or "
            "'-', not starting with '.', '_' or '-', found \"../etc/passwd\"",
        ),
        (
            lambda: m.Attachment(
                id="a", kind=m.AttachmentKind.ANNEX, title=fi("Liite"), sha256="AB" * 32
            ),
            f'Attachment.sha256: expected a SHA-256 of 64 lower-case hexadecimal digits, found "{"AB" * 32}"',
        ),
        (
            lambda: m.Attachment(
                id="a", kind=m.AttachmentKind.ANNEX, title=fi("Liite"), media_type="PDF"
            ),
            "Attachment.mediaType: expected a media type such as 'application/pdf', found \"PDF\"",
        ),
        (
            m.AgreementReference,
            ": expected a title or a record identifier, found neither",
        ),
        (
            lambda: m.Approval(organisation="lohja", section="§ 45"),
            "Approval.section: expected a § number of the minutes such as '45' or '45 a', found \"§ 45\"",
        ),
        (
            lambda: m.SourceRef(section="4", point="s4-p1", sentence=0),
            "SourceRef.sentence: expected a positive integer, found 0",
        ),
        (
            lambda: m.EarlierOutcome(record="LU/1/2024", outcome="1st"),
            "EarlierOutcome.outcome: expected an identifier (a letter or '_', then letters, digits, '_', '.', "
            "'-'), found \"1st\"",
        ),
    ],
)
def test_hard_invariants_name_the_field(make: Callable[[], object], message: str) -> None:
    with pytest.raises(InvalidValueError) as caught:
        make()
    assert str(caught.value) == message


def test_a_file_name_with_a_folder_or_a_leading_dot_is_refused_and_a_plain_one_taken() -> None:
    for bad in ("a/b.pdf", ".hidden", "-rf", "a b.pdf", "liite\n.pdf", "x" * 129, "ä.pdf"):
        with pytest.raises(InvalidValueError):
            m.Attachment(id="a", kind=m.AttachmentKind.ANNEX, title=fi("Liite"), file_name=bad)
    taken = m.Attachment(
        id="a", kind=m.AttachmentKind.ANNEX, title=fi("Liite"), file_name="Liite_1.v2-final.pdf"
    )
    assert taken.file_name == "Liite_1.v2-final.pdf"


def test_a_1_0_document_reads_with_nothing_added() -> None:
    # The 1.0 fields only: everything 1.1 adds has its default.
    memo = hn.from_json(json.dumps(_good_json()))
    assert memo == GOOD
    assert memo.people == ()
    assert memo.attachments == ()
    assert all(o.follows is None for o in memo.outcomes)
    assert all(s.sentence is None for o in memo.outcomes for s in o.sources)


def test_a_wrong_new_field_is_located_in_json() -> None:
    document = _good_json()
    document["attachments"] = [
        {"id": "a", "kind": "annex", "title": {"fi": "Liite"}, "fileName": "../x", "sha256": "z"}
    ]
    document["people"] = [{"id": "1"}]
    outcomes = document["outcomes"]
    assert isinstance(outcomes, list)
    outcomes[0]["sources"][0]["sentence"] = 0
    outcomes.append(
        {"type": "agreement", "id": "s", "title": {"fi": "S"}, "status": "agreed", "replaces": {}}
    )
    assert _problems(document) == [
        "/outcomes/0/sources/0/sentence: expected a positive integer, found 0",
        "/outcomes/1/replaces: expected a title or a record identifier, found neither",
        "/people/0/id: expected an identifier (a letter or '_', then letters, digits, '_', '.', "
        "'-'), found \"1\"",
        "/attachments/0/fileName: expected a file name of at most 128 ASCII letters, digits, "
        "'_', '.' or '-', not starting with '.', '_' or '-', found \"../x\"",
        '/attachments/0/sha256: expected a SHA-256 of 64 lower-case hexadecimal digits, found "z"',
    ]


def test_everything_added_goes_through_json_and_xml_unchanged() -> None:
    agreement = m.Agreement(
        id="sopimus",
        title=fi("Sopimus"),
        status=m.OutcomeStatus.AGREED,
        valid_from=dt.date(2026, 1, 1),
        valid_until=dt.date(2029, 5, 31),
        approvals=(m.Approval(organisation="lohja", body=fi("Kaupunginhallitus"), section="45 a"),),
        replaces=m.AgreementReference(record="LU/1/2023"),
        sources=(m.SourceRef(section="2", point="p1", sentence=1),),
        follows=m.EarlierOutcome(record="LU/9/2024", outcome="sopimus"),
    )
    decision = m.Decision(
        id="paatos",
        title=fi("Päätös"),
        status=m.OutcomeStatus.DECIDED,
        decided_by="lu",
        date=dt.date(2025, 10, 1),
        section="12",
    )
    item = m.StrategyItem(
        id="mittari",
        title=fi("Mittari"),
        status=m.OutcomeStatus.EXISTING,
        level=m.StrategyLevel.INDICATOR,
        parent="sopimus",
        responsible=("virtanen",),
    )
    memo = attrs.evolve(
        GOOD,
        outcomes=(*GOOD.outcomes, agreement, decision, item),
        people=(m.Person(id="virtanen", name="Anna Virtanen", organisation="lu"),),
        attachments=(
            m.Attachment(
                id="a",
                kind=m.AttachmentKind.PRE_MATERIAL,
                title=fi("Ennakkomateriaali"),
                part_of_record=True,
                file_name="ennakko.pdf",
                media_type="application/pdf",
                sha256="0" * 64,
            ),
        ),
    )
    assert hn.from_json(hn.to_json(memo)) == memo
    assert hn.from_xml(hn.to_xml(memo)) == memo
    assert b"<sentence>1</sentence>" in hn.to_xml(memo)
    assert b'"partOfRecord":true' in hn.to_json(memo)
