"""The edges of the rules: the values where a rule starts or stops firing.

Each expected finding is written by hand: the path, and the message as a
reader of the memo would check it. The memo changed is the hand-made one of
``rule_cases.py`` (met 1.10.2025, Lohja and Länsi-Uudenmaan hyvinvointialue).
"""

from __future__ import annotations

import datetime as dt

import attrs
import pytest

from hyvaneuvottelu import (
    LeadershipKind,
    LegalReference,
    LocalizedText,
    Negotiation,
    NegotiationKind,
    OnBehalfOf,
    Organisation,
    OrganisationKind,
    Participant,
    Point,
    PointList,
    Statement,
    check,
)

from .rule_cases import (
    COUNTY,
    GOOD,
    LOHJA,
    SPEAKER,
    STATEMENT,
    changed,
    fi,
    follow_up,
    municipality,
    record,
    section,
)

#: The day the checks are made for: after every meeting tested here.
AS_OF = dt.date(2031, 1, 1)


def found(negotiation: Negotiation, code: str, language: str = "en") -> list[tuple[str, str]]:
    """``(path, message)`` of each finding of ``code``, in the archive profile."""
    report = check(negotiation, "archive", as_of=AS_OF)
    return [(f.path, f.message(language)) for f in report.findings if f.code == code]


def codes(negotiation: Negotiation) -> set[str]:
    return set(check(negotiation, "archive", as_of=AS_OF).codes)


# HN-L001: the legal basis matches the kind of negotiation


def basis(
    number: int,
    year: int,
    section: str | None,
    subsection: int | None = None,
    chapter: str | None = None,
    statute_title: LocalizedText | None = None,
) -> Negotiation:
    reference = LegalReference(
        statute_number=number,
        statute_year=year,
        section=section,
        subsection=subsection,
        chapter=chapter,
        statute_title=statute_title,
    )
    return changed(legal_basis=(reference,))


COUNCIL_TERM_EXPECTED = (
    "The legal basis does not fit the kind of negotiation (council-term negotiation): "
    "expected Laki hyvinvointialueesta (611/2021) 14 §"
)


@pytest.mark.parametrize(
    ("number", "year", "section"),
    [
        (611, 2021, "15"),  # the right act, the next section
        (611, 2021, "13"),  # the right act, the previous section
        (611, 2021, "14 a"),  # a section added later, not 14 §
        (611, 2021, None),  # the act, no section
        (611, 2020, "14"),  # the right number and section, the wrong year
        (611, 2022, "14"),
        (612, 2021, "14"),  # the neighbouring act
        (610, 2021, "14"),
    ],
)
def test_a_near_miss_of_611_2021_14_is_the_wrong_basis(
    number: int, year: int, section: str | None
) -> None:
    assert found(basis(number, year, section), "HN-L001") == [
        ("/legalBasis", COUNCIL_TERM_EXPECTED)
    ]


def test_subsection_chapter_and_title_do_not_matter_to_the_basis() -> None:
    negotiation = basis(611, 2021, "14", subsection=2, chapter="3", statute_title=fi("Laki"))
    assert codes(negotiation) == set()


def test_one_right_reference_among_others_is_enough() -> None:
    wrong = LegalReference(statute_number=434, statute_year=2003, section="45")
    right = LegalReference(statute_number=611, statute_year=2021, section="14")
    assert codes(changed(legal_basis=(wrong, right, wrong))) == set()


def test_the_wellbeing_negotiation_rests_on_612_2021_6_or_7() -> None:
    hyte = NegotiationKind.WELLBEING_PROMOTION
    for section_number in ("6", "7"):
        reference = LegalReference(statute_number=612, statute_year=2021, section=section_number)
        assert codes(changed(kind=hyte, legal_basis=(reference,))) == set()
    assert found(changed(kind=hyte), "HN-L001") == [
        (
            "/legalBasis",
            "The legal basis does not fit the kind of negotiation (wellbeing and health "
            "promotion negotiation): expected "
            "Laki sosiaali- ja terveydenhuollon järjestämisestä (612/2021) 6 § or "
            "Laki sosiaali- ja terveydenhuollon järjestämisestä (612/2021) 7 §",
        )
    ]
    assert found(changed(kind=hyte), "HN-L001", "fi") == [
        (
            "/legalBasis",
            "Oikeusperusta ei sovi neuvottelun lajiin (hyvinvoinnin ja terveyden edistämisen "
            "neuvottelu): sen pitäisi olla "
            "Laki sosiaali- ja terveydenhuollon järjestämisestä (612/2021) 6 § tai "
            "Laki sosiaali- ja terveydenhuollon järjestämisestä (612/2021) 7 §",
        )
    ]
    assert found(changed(kind=hyte), "HN-L001", "sv") == [
        (
            "/legalBasis",
            "Den rättsliga grunden passar inte förhandlingens typ (förhandling om främjande av "
            "välfärd och hälsa): den borde vara "
            "Lag om ordnandet av social- och hälsovård (612/2021) 6 § eller "
            "Lag om ordnandet av social- och hälsovård (612/2021) 7 §",
        )
    ]


def test_no_basis_at_all_is_a_warning_not_a_wrong_basis() -> None:
    assert codes(changed(legal_basis=())) == {"HN-L002"}


# HN-L003 to HN-L008: the calendar


def test_the_first_day_of_the_first_regional_councils_is_in_a_term() -> None:
    assert codes(changed(date=dt.date(2022, 3, 1), council_term=None)) == set()
    assert found(changed(date=dt.date(2022, 2, 28), council_term=None), "HN-L003") == [
        (
            "/date",
            "The date 2022-02-28 is before the first term of the regional councils "
            "(from 1 March 2022)",
        )
    ]
    assert found(changed(date=dt.date(2022, 2, 28), council_term=None), "HN-L003", "fi") == [
        (
            "/date",
            "Päivämäärä 2022-02-28 on ennen aluevaltuustojen ensimmäistä valtuustokautta "
            "(1.3.2022 alkaen)",
        )
    ]


@pytest.mark.parametrize(
    ("day", "term", "fires"),
    [
        (dt.date(2025, 5, 31), "2022-2025", False),
        (dt.date(2025, 5, 31), "2021-2025", False),
        (dt.date(2025, 6, 1), "2022-2025", True),
        (dt.date(2025, 6, 1), "2025-2029", False),
        (dt.date(2029, 5, 31), "2025-2029", False),
        (dt.date(2029, 6, 1), "2025-2029", True),
        (dt.date(2029, 6, 1), "2029-2033", False),
    ],
)
def test_a_term_ends_on_31_may_and_the_next_begins_on_1_june(
    day: dt.date, term: str, fires: bool
) -> None:
    # Creation, approval and follow-up after every day tested, so that only the term is in
    # question.
    negotiation = attrs.evolve(
        record(approved=dt.date(2030, 1, 1), created=dt.datetime(2030, 1, 1, tzinfo=dt.UTC)),
        date=day,
        council_term=term,
        outcomes=(),
    )
    assert codes(negotiation) == ({"HN-L005"} if fires else set())


def test_a_term_not_containing_the_date_names_the_terms_that_do() -> None:
    negotiation = attrs.evolve(record(approved=dt.date(2030, 1, 1)), date=dt.date(2025, 6, 1))
    negotiation = attrs.evolve(negotiation, council_term="2022-2025", outcomes=())
    assert found(negotiation, "HN-L005") == [
        (
            "/councilTerm",
            "The council term 2022-2025 is neither in force on 2025-06-01 nor the next one "
            "(in force: 2025-2029)",
        )
    ]
    assert found(negotiation, "HN-L005", "fi") == [
        (
            "/councilTerm",
            "Valtuustokausi 2022-2025 ei ole voimassa päivänä 2025-06-01 eikä ala sen jälkeen "
            "seuraavana (voimassa: 2025-2029)",
        )
    ]


@pytest.mark.parametrize("term", ["2025-2030", "2024-2028", "2033-2036", "2021-2024", "2022-2026"])
def test_terms_that_do_not_exist(term: str) -> None:
    assert found(changed(council_term=term), "HN-L004") == [
        ("/councilTerm", f'"{term}" is not a council term')
    ]


def test_a_meeting_may_end_when_it_starts_but_not_a_second_before() -> None:
    assert codes(changed(start_time=dt.time(10, 0), end_time=dt.time(10, 0))) == set()
    assert found(changed(start_time=dt.time(10, 0), end_time=dt.time(9, 59, 59)), "HN-L006") == [
        ("/endTime", "The end time 09:59 is before the start time 10:00")
    ]


def test_a_follow_up_may_fall_due_on_the_meeting_day() -> None:
    assert codes(follow_up(due_date=dt.date(2025, 10, 1))) == set()
    assert found(follow_up(due_date=dt.date(2025, 9, 30)), "HN-L007") == [
        (
            "/outcomes/0/dueDate",
            "The due date 2025-09-30 of follow-up tapaaminen is before the negotiation "
            "(2025-10-01)",
        )
    ]


def test_without_a_due_date_or_a_meeting_date_there_is_nothing_to_compare() -> None:
    assert codes(follow_up(due_date=None)) == set()
    undated = attrs.evolve(follow_up(due_date=dt.date(2020, 1, 1)), date=None, council_term=None)
    assert codes(undated) == {"HN-A001"}


def test_a_memo_may_be_approved_on_the_meeting_day() -> None:
    on_the_day = dt.datetime(2025, 10, 1, 13, 0, tzinfo=dt.UTC)
    assert codes(record(approved=dt.date(2025, 10, 1), created=on_the_day)) == set()
    assert found(record(approved=dt.date(2025, 9, 30)), "HN-L008") == [
        (
            "/record/approved",
            "The memo's approval date 2025-09-30 is before the negotiation (2025-10-01)",
        )
    ]


# HN-P005: names against codes, the county's too


def test_the_county_named_as_another_county() -> None:
    county = attrs.evolve(COUNTY, name=LocalizedText(fi="Keski-Uudenmaan hyvinvointialue"))
    negotiation = changed(county=county)
    assert found(negotiation, "HN-P005") == [
        (
            "/county/name/fi",
            'The name "Keski-Uudenmaan hyvinvointialue" does not match Statistics Finland code 03 '
            "(Länsi-Uudenmaan hyvinvointialue)",
        )
    ]
    assert found(negotiation, "HN-P005", "sv") == [
        (
            "/county/name/fi",
            'Namnet "Keski-Uudenmaan hyvinvointialue" motsvarar inte Statistikcentralens kod 03 '
            "(Västra Nylands välfärdsområde)",
        )
    ]
    assert codes(negotiation) == {"HN-P005"}


def test_the_county_wrong_in_swedish_only() -> None:
    name = LocalizedText(fi="Länsi-Uudenmaan hyvinvointialue", sv="Östra Nylands välfärdsområde")
    assert found(changed(county=attrs.evolve(COUNTY, name=name)), "HN-P005") == [
        (
            "/county/name/sv",
            'The name "Östra Nylands välfärdsområde" does not match Statistics Finland code 03 '
            "(Länsi-Uudenmaan hyvinvointialue)",
        )
    ]


def test_an_english_name_is_not_compared_with_the_code() -> None:
    name = LocalizedText(fi="Länsi-Uudenmaan hyvinvointialue", en="Anything at all")
    assert codes(changed(county=attrs.evolve(COUNTY, name=name))) == set()
    lohja = LocalizedText(fi="Lohja", en="Tampere")
    assert codes(municipality(name=lohja)) == set()


def test_without_a_code_there_is_nothing_to_disagree_with() -> None:
    county = attrs.evolve(COUNTY, statistics_code=None)
    assert codes(changed(county=county)) == set()
    assert codes(municipality(statistics_code=None)) == set()


def test_inflected_names_agree_with_their_code() -> None:
    county = attrs.evolve(COUNTY, name=LocalizedText(fi="Länsi-Uudenmaan hyvinvointialueen"))
    assert codes(changed(county=county)) == set()
    assert codes(municipality(name=LocalizedText(fi="Lohjan kaupunki", sv="Lojo stad"))) == set()


# HN-P006: the business id's check digit


def business(business_id: str) -> Negotiation:
    return changed(county=attrs.evolve(COUNTY, business_id=business_id))


@pytest.mark.parametrize(
    "business_id",
    [
        "3221347-3",  # Länsi-Uudenmaan hyvinvointialue: 118 = 10 * 11 + 8, 11 - 8 = 3
        "0112038-9",  # Nokia Oyj: 57 = 5 * 11 + 2, 11 - 2 = 9
        "0100001-0",  # 9 + 2 = 11: remainder 0, check digit 0
        "0000000-0",  # remainder 0
        "0000005-1",  # 5 * 2 = 10: remainder 10, check digit 11 - 10 = 1
    ],
)
def test_right_check_digits(business_id: str) -> None:
    assert codes(business(business_id)) == set()


@pytest.mark.parametrize(
    "business_id",
    [
        "3221347-4",
        "0112038-0",
        "0100001-1",  # remainder 0 wants 0, not 11 - 0
        "0100001-9",
        "0000005-0",
        # 6 * 2 = 12: remainder 1, for which no check digit is right.
        "0000006-0",
        "0000006-1",
        "0000006-9",
    ],
)
def test_wrong_check_digits(business_id: str) -> None:
    assert found(business(business_id), "HN-P006") == [
        ("/county/businessId", f'The business ID "{business_id}" has a wrong check digit')
    ]


def test_every_organisation_s_business_id_is_checked() -> None:
    other = Organisation(
        id="hus",
        kind=OrganisationKind.JOINT_AUTHORITY,
        name=fi("HUS-yhtymä"),
        business_id="0000006-5",
    )
    negotiation = attrs.evolve(municipality(business_id="0112038-8"), other_organisations=(other,))
    assert [path for path, _ in found(negotiation, "HN-P006")] == [
        "/municipalities/0/businessId",
        "/otherOrganisations/0/businessId",
    ]


# HN-R007: ids unique, each kind among its own


def test_a_point_id_repeated_in_another_section() -> None:
    repeated = PointList(points=(Point(id="p1", text=fi("Toinen kohta.")),))
    negotiation = section(2, content=(*GOOD.sections[2].content, repeated))
    assert found(negotiation, "HN-R007") == [
        ("/sections/2/content/1/points/0/id", 'The id "p1" is used more than once')
    ]


def test_a_point_id_repeated_within_one_statement_and_in_a_subsection() -> None:
    points = (*STATEMENT.points, Point(id="p1", text=fi("Sama tunniste.")))
    statement = attrs.evolve(STATEMENT, points=points)
    sub = attrs.evolve(
        GOOD.sections[1].subsections[0],
        content=(PointList(points=(Point(id="p1", text=fi("Kolmas.")),)),),
    )
    negotiation = section(1, content=(statement,), subsections=(sub,))
    assert found(negotiation, "HN-R007") == [
        ("/sections/1/content/0/points/1/id", 'The id "p1" is used more than once'),
        (
            "/sections/1/subsections/0/content/0/points/0/id",
            'The id "p1" is used more than once',
        ),
    ]


def test_points_without_ids_are_not_repeats() -> None:
    anonymous = PointList(points=(Point(text=fi("Yksi.")), Point(text=fi("Kaksi."))))
    assert codes(section(0, content=(anonymous,))) == set()


def test_a_point_an_outcome_and_a_party_may_share_an_id() -> None:
    # Three namespaces: parties (organisations and participants), outcomes, points.
    points = (Point(id="lohja", text=fi("Kohta.")), Point(id="tapaaminen", text=fi("Toinen.")))
    negotiation = section(0, content=(PointList(points=points),))
    assert codes(negotiation) == set()


def test_a_participant_with_an_organisation_s_id_is_a_repeat() -> None:
    negotiation = changed(participants=(*GOOD.participants, attrs.evolve(SPEAKER, id="lu")))
    assert found(negotiation, "HN-R007") == [
        ("/participants/2/id", 'The id "lu" is used more than once')
    ]


# HN-R008: each statement on its own


def _said(speaker: str, behalf: OnBehalfOf | None) -> Statement:
    return Statement(speaker=speaker, on_behalf_of=behalf, points=(Point(text=fi("Puhe.")),))


def test_several_statements_each_judged_on_its_own() -> None:
    lohja, lu = OnBehalfOf(organisation="lohja"), OnBehalfOf(organisation="lu")
    official = OnBehalfOf(organisation="lohja", leadership=LeadershipKind.OFFICIAL)
    elected = OnBehalfOf(organisation="lohja", leadership=LeadershipKind.ELECTED)
    content = (
        _said("patinen", None),  # for nobody in particular: nothing to compare
        _said("patinen", lu),  # another organisation
        _said("patinen", elected),  # his own organisation and leadership
        _said("patinen", lohja),  # his own organisation, leadership not said
        _said("laiho", lu),  # the chair, for her own county
        _said("patinen", official),  # his own organisation, the other leadership
    )
    negotiation = section(1, content=(STATEMENT, *content))
    assert found(negotiation, "HN-R008") == [
        (
            "/sections/1/content/2/onBehalfOf",
            'The speaker "Jussi Patinen" spoke for "Länsi-Uudenmaan hyvinvointialue" but is '
            "marked as representing another organisation",
        ),
        (
            "/sections/1/content/6/onBehalfOf",
            'The speaker "Jussi Patinen" spoke for "Lohja" but is marked as representing the '
            "elected leadership",
        ),
    ]
    assert [m for _, m in found(negotiation, "HN-R008", "fi")] == [
        'Puhuja "Jussi Patinen" puhui organisaation "Länsi-Uudenmaan hyvinvointialue" puolesta, '
        "mutta hänet on merkitty toisen organisaation edustajaksi",
        'Puhuja "Jussi Patinen" puhui organisaation "Lohja" puolesta, mutta hänet on merkitty '
        "luottamushenkilöjohdon edustajaksi",
    ]
    assert [m for _, m in found(negotiation, "HN-R008", "sv")] == [
        'Talaren "Jussi Patinen" talade på vägnar av "Västra Nylands välfärdsområde", men har '
        "angetts som företrädare för en annan organisation",
        'Talaren "Jussi Patinen" talade på vägnar av "Lojo", men har angetts som företrädare för '
        "den förtroendevalda ledningen",
    ]
    assert codes(negotiation) == {"HN-R008"}


def test_a_statement_by_an_undeclared_speaker_is_not_compared() -> None:
    negotiation = section(1, content=(_said("ghost", OnBehalfOf(organisation="lu")), STATEMENT))
    negotiation = section(
        1,
        content=(*negotiation.sections[1].content, _said("patinen", OnBehalfOf(organisation="lu"))),
    )
    assert found(negotiation, "HN-R008") == [
        (
            "/sections/1/content/2/onBehalfOf",
            'The speaker "Jussi Patinen" spoke for "Länsi-Uudenmaan hyvinvointialue" but is '
            "marked as representing another organisation",
        )
    ]
    assert codes(negotiation) == {"HN-R001", "HN-R008"}


def test_a_speaker_declared_for_nothing_may_speak_for_anyone() -> None:
    free = Participant(id="vapaa", name="Vapaa Puhuja")
    speech = Statement(
        speaker="vapaa",
        on_behalf_of=OnBehalfOf(organisation="lu", leadership=LeadershipKind.OFFICIAL),
        points=(Point(text=fi("Puhe.")),),
    )
    negotiation = attrs.evolve(
        section(0, content=(*GOOD.sections[0].content, speech)),
        participants=(*GOOD.participants, attrs.evolve(free, organisation="lu")),
    )
    assert codes(negotiation) == set()
    negotiation = attrs.evolve(negotiation, participants=(*GOOD.participants, free))
    assert codes(negotiation) == {"HN-P009"}  # the archive wants an organisation, R008 does not


def test_an_unnamed_speaker_is_named_by_title_or_place_never_by_id() -> None:
    unnamed = attrs.evolve(SPEAKER, name=None)
    negotiation = attrs.evolve(
        section(1, content=(attrs.evolve(STATEMENT, on_behalf_of=OnBehalfOf(organisation="lu")),)),
        participants=(GOOD.participants[0], unnamed),
    )
    assert found(negotiation, "HN-R008") == [
        (
            "/sections/1/content/0/onBehalfOf",
            'The speaker "participant 2" spoke for "Länsi-Uudenmaan hyvinvointialue" but is '
            "marked as representing another organisation",
        )
    ]
    titled = attrs.evolve(unnamed, title=LocalizedText(fi="Kaupunginjohtaja", sv="Stadsdirektör"))
    negotiation = attrs.evolve(negotiation, participants=(GOOD.participants[0], titled))
    assert [m for _, m in found(negotiation, "HN-R008", "sv")] == [
        'Talaren "Stadsdirektör" talade på vägnar av "Västra Nylands välfärdsområde", men har '
        "angetts som företrädare för en annan organisation"
    ]


def test_the_hand_made_memo_these_edges_start_from() -> None:
    assert check(GOOD, "archive").findings == ()
    assert (GOOD.date, GOOD.municipalities, GOOD.sections[1].content) == (
        dt.date(2025, 10, 1),
        (LOHJA,),
        (STATEMENT,),
    )
