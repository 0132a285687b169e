"""Rules on what outcomes say (HN-O004 to HN-O013): exact messages, and the edges."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest

from hyvaneuvottelu import (
    Approval,
    Attachment,
    AttachmentKind,
    Challenge,
    Decision,
    EarlierOutcome,
    InterfacePlan,
    MatterToAgree,
    Negotiation,
    Outcome,
    OutcomeStatus,
    Person,
    PersonalDataClass,
    SourceRef,
    Statement,
    StrategyItem,
    StrategyLevel,
    check,
)

from .rule_cases import AGREEMENT, ANNEX, CASES, FOLLOW_UP, GOOD, VIHTI, changed, fi, with_outcome

SOURCE = (SourceRef(section="2", point="p1"),)


def found(negotiation: Negotiation, code: str, language: str = "en") -> list[tuple[str, str]]:
    report = check(negotiation, "archive")
    return [(f.path, f.message(language)) for f in report.findings if f.code == code]


@pytest.mark.parametrize(
    ("code", "language", "message"),
    [
        (
            "HN-O004",
            "fi",
            'Tuloksen "tapaaminen" tila "olemassa" ei sovi tuloksen lajiin (jatkotoimenpide)',
        ),
        (
            "HN-O004",
            "sv",
            'Statusen "befintlig" för resultatet "tapaaminen" passar inte resultatets typ '
            "(fortsatt åtgärd)",
        ),
        (
            "HN-O004",
            "en",
            'The status "existing" of outcome "tapaaminen" does not fit its type '
            "(follow-up action)",
        ),
        (
            "HN-O005",
            "fi",
            'Tuloksen "sopimus" voimassaolo päättyy (2025-12-31) ennen kuin se alkaa (2026-01-01)',
        ),
        (
            "HN-O006",
            "sv",
            'Organisationen "vihti", som godkände resultatet "sopimus", har inte angetts',
        ),
        ("HN-O007", "fi", 'Henkilön tai liitteen tunniste "liite-1" on jo käytössä'),
        ("HN-O008", "en", 'The organisation "kela" of person "virtanen" is not declared'),
        (
            "HN-O009",
            "fi",
            'Tuloksen "tapaaminen" lähteenä mainittua virkettä 2 ei ole kohdassa "p1"',
        ),
        (
            "HN-O010",
            "en",
            'The decision maker or responsible party "vihti" of outcome "paatos" is not declared',
        ),
        (
            "HN-O011",
            "fi",
            'Strategian kohdan "tavoite" yläkohta "tapaaminen" ei ole laajempi kohta, '
            "suunnitelma tai sopimus",
        ),
        (
            "HN-O012",
            "sv",
            'Bilagan "liite-1", som hör till handlingen, saknar filnamn',
        ),
        (
            "HN-O013",
            "en",
            'The outcome "tapaaminen" follows up "tapaaminen" of this same memo "LU-2025-123"',
        ),
    ],
)
def test_each_rule_says_what_is_wrong_and_where(code: str, language: str, message: str) -> None:
    make, path = CASES[code]
    findings = [(f.path, f.message(language)) for f in make() if f.code == code]
    assert findings[0] == (path, message)


def test_a_record_attachment_lacking_everything_is_told_each_thing() -> None:
    memo = changed(attachments=(attrs.evolve(ANNEX, part_of_record=True),))
    assert found(memo, "HN-O012") == [
        (
            "/attachments/0/fileName",
            'The attachment "liite-1", part of the record, has no file name',
        ),
        (
            "/attachments/0/mediaType",
            'The attachment "liite-1", part of the record, has no media type',
        ),
        ("/attachments/0/sha256", 'The attachment "liite-1", part of the record, has no SHA-256'),
    ]


def test_background_material_that_is_not_part_of_the_record_needs_no_file() -> None:
    assert check(changed(attachments=(ANNEX,)), "archive").findings == ()


@pytest.mark.parametrize(
    ("outcome", "fits"),
    [
        (Challenge(id="c", title=fi("Haaste"), status=OutcomeStatus.AGREED, sources=SOURCE), False),
        (Challenge(id="c", title=fi("Haaste"), status=OutcomeStatus.OPEN, sources=SOURCE), True),
        (Challenge(id="c", title=fi("Haaste"), status=OutcomeStatus.DONE, sources=SOURCE), True),
        (
            MatterToAgree(id="m", title=fi("Asia"), status=OutcomeStatus.EXISTING, sources=SOURCE),
            False,
        ),
        (
            Decision(id="d", title=fi("Päätös"), status=OutcomeStatus.DECIDED, sources=SOURCE),
            True,
        ),
        (
            Decision(id="d", title=fi("Päätös"), status=OutcomeStatus.AGREED, sources=SOURCE),
            False,
        ),
        (attrs.evolve(AGREEMENT, status=OutcomeStatus.DECIDED), False),
        (attrs.evolve(AGREEMENT, status=OutcomeStatus.PENDING), True),
        (attrs.evolve(FOLLOW_UP, id="toinen", status=OutcomeStatus.DONE), True),
    ],
)
def test_statuses_that_fit_and_that_do_not(outcome: Outcome, fits: bool) -> None:
    memo = with_outcome(outcome)
    assert (found(memo, "HN-O004") == []) is fits


def test_validity_of_one_day_is_in_order() -> None:
    day = dt.date(2026, 1, 1)
    plan = InterfacePlan(
        id="suunnitelma",
        title=fi("Yhdyspintasuunnitelma"),
        status=OutcomeStatus.AGREED,
        sources=SOURCE,
        valid_from=day,
        valid_until=day,
        approvals=(Approval(organisation="lohja", body=fi("Kaupunginhallitus"), section="45"),),
    )
    assert check(with_outcome(plan), "archive").findings == ()


def test_the_last_sentence_of_a_point_is_a_source_and_the_next_is_not() -> None:
    statement = GOOD.sections[1].content[0]
    assert isinstance(statement, Statement)
    point = attrs.evolve(statement.points[0], text=fi("Yksi. Kaksi?"))
    two = attrs.evolve(statement, points=(point,))
    sections = (GOOD.sections[0], attrs.evolve(GOOD.sections[1], content=(two,)), GOOD.sections[2])

    def sourced(sentence: int) -> Negotiation:
        source = SourceRef(section="2", point="p1", sentence=sentence)
        return changed(sections=sections, outcomes=(attrs.evolve(FOLLOW_UP, sources=(source,)),))

    assert found(sourced(2), "HN-O009") == []
    assert found(sourced(3), "HN-O009") == [
        (
            "/outcomes/0/sources/0/sentence",
            'Sentence 3, the source of outcome "tapaaminen", is not in point "p1"',
        )
    ]


def test_a_sentence_needs_a_point() -> None:
    source = SourceRef(section="2", sentence=1)
    memo = changed(outcomes=(attrs.evolve(FOLLOW_UP, sources=(source,)),))
    assert found(memo, "HN-O009") == [
        (
            "/outcomes/0/sources/0/sentence",
            'Sentence 1, the source of outcome "tapaaminen", is not in point ""',
        )
    ]


def test_people_may_be_responsible_and_are_never_participants() -> None:
    person = Person(id="virtanen", name="Anna Virtanen", title=fi("Hyte-koordinaattori"))
    memo = changed(
        people=(person,),
        outcomes=(attrs.evolve(FOLLOW_UP, responsible=("virtanen",), proposer="virtanen"),),
    )
    assert check(memo, "archive").findings == ()
    assert [p.id for p in memo.participants] == ["laiho", "patinen"]


def test_a_person_with_a_participants_id_collides() -> None:
    memo = changed(people=(Person(id="patinen"),))
    assert found(memo, "HN-O007") == [
        ("/people/0/id", 'The id "patinen" of a person or attachment is already in use')
    ]


def test_a_named_person_is_personal_data() -> None:
    assert GOOD.record is not None
    memo = changed(
        participants=tuple(attrs.evolve(p, name=None) for p in GOOD.participants),
        people=(Person(id="virtanen", name="Anna Virtanen"),),
        record=attrs.evolve(GOOD.record, personal_data=PersonalDataClass.NONE),
    )
    assert found(memo, "HN-A014") == [
        ("/record/personalData", "The memo claims no personal data but names people (1)")
    ]


def test_a_strategy_tree_broadest_first_passes() -> None:
    def item(id: str, level: StrategyLevel, parent: str | None) -> StrategyItem:
        return StrategyItem(
            id=id,
            title=fi(id),
            status=OutcomeStatus.AGREED,
            level=level,
            parent=parent,
            sources=SOURCE,
        )

    plan = InterfacePlan(
        id="suunnitelma", title=fi("Suunnitelma"), status=OutcomeStatus.AGREED, sources=SOURCE
    )
    memo = changed(
        outcomes=(
            FOLLOW_UP,
            plan,
            item("paamaara", StrategyLevel.GOAL, "suunnitelma"),
            item("tavoite", StrategyLevel.OBJECTIVE, "paamaara"),
            item("toimenpide", StrategyLevel.MEASURE, "tavoite"),
            item("mittari", StrategyLevel.INDICATOR, "paamaara"),
        )
    )
    assert check(memo, "archive").findings == ()
    turned = changed(outcomes=(*memo.outcomes, item("laaja", StrategyLevel.GOAL, "mittari")))
    assert found(turned, "HN-O011") == [
        (
            "/outcomes/6/parent",
            'The parent "mittari" of strategy item "laaja" is not a broader item, a plan or an '
            "agreement",
        )
    ]


def test_a_follow_up_of_another_memo_passes() -> None:
    earlier = EarlierOutcome(record="LU-2024-77", outcome="tapaaminen")
    memo = changed(outcomes=(attrs.evolve(FOLLOW_UP, follows=earlier),))
    assert check(memo, "archive").findings == ()


def test_an_approved_agreement_in_force_passes() -> None:
    agreement = attrs.evolve(
        AGREEMENT,
        valid_from=dt.date(2026, 1, 1),
        valid_until=dt.date(2029, 5, 31),
        approvals=(
            Approval(organisation="lohja", body=fi("Kaupunginhallitus"), date=dt.date(2025, 11, 3)),
            Approval(organisation="lu", body=fi("Aluehallitus"), section="312"),
        ),
    )
    attachment = Attachment(
        id="sopimusteksti",
        kind=AttachmentKind.AGREEMENT_TEXT,
        title=fi("Sopimusteksti"),
        file_name="sopimus.pdf",
        media_type="application/pdf",
        sha256="a" * 64,
        part_of_record=True,
    )
    assert (
        check(
            changed(outcomes=(FOLLOW_UP, agreement), attachments=(attachment,)), "archive"
        ).findings
        == ()
    )


def test_a_person_never_counts_as_a_partys_representative() -> None:
    vihti = CASES["HN-P008"]
    without_person = [(f.code, f.path) for f in vihti[0]() if f.code == "HN-P008"]
    assert without_person == [("HN-P008", "/municipalities/1")]
    memo = changed(
        municipalities=(*GOOD.municipalities, VIHTI),
        people=(Person(id="kunnanjohtaja", name="Veera Vihtiläinen", organisation="vihti"),),
    )
    assert [f.path for f in check(memo, "archive").findings if f.code == "HN-P008"] == [
        "/municipalities/1"
    ]
