"""Issue 9's rules: what was judged wrongly, what was not caught, in every language.

Every expected message is written by hand, as a records manager would read it.
The memo changed is the hand-made one of ``rule_cases.py`` (met 1.10.2025,
Lohja and Länsi-Uudenmaan hyvinvointialue).
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import attrs
import pytest

from hyvaneuvottelu import (
    LeadershipKind,
    LegalReference,
    LocalizedText,
    MeetingRole,
    Negotiation,
    NegotiationKind,
    PersonalDataClass,
    Presence,
    Quotation,
    RecordStatus,
    check,
)
from hyvaneuvottelu.refdata import ORGANISATION_ACT_7, WELLBEING_COUNTY_ACT_14

from .rule_cases import (
    COUNTY,
    GOOD,
    LOHJA,
    RECORD,
    SPEAKER,
    changed,
    fi,
    record,
    section,
    statement,
)

#: The day the checks are made for, after the hand-made memo's meeting.
AS_OF = dt.date(2026, 1, 1)
LANGUAGES = ("fi", "sv", "en")


def found(
    negotiation: Negotiation, code: str, *, as_of: dt.date = AS_OF, profile: str = "archive"
) -> list[tuple[str, dict[str, str]]]:
    """``(path, {language: message})`` of each finding of ``code``."""
    report = check(negotiation, profile, as_of=as_of)
    return [
        (f.path, {language: f.message(language) for language in LANGUAGES})
        for f in report.findings
        if f.code == code
    ]


def codes(negotiation: Negotiation, *, as_of: dt.date = AS_OF) -> set[str]:
    return set(check(negotiation, "archive", as_of=as_of).codes)


# HN-A005: a party named in the title, as whole words, inflected or not


def ii_memo(title: str) -> Negotiation:
    """The hand-made memo, between Ii and Pohjois-Pohjanmaan hyvinvointialue (same ids)."""
    ii = attrs.evolve(LOHJA, name=fi("Ii"), statistics_code="139")
    county = attrs.evolve(
        COUNTY,
        name=fi("Pohjois-Pohjanmaan hyvinvointialue"),
        statistics_code="19",
        business_id=None,
    )
    return changed(county=county, municipalities=(ii,), title=fi(title))


@pytest.mark.parametrize(
    "title",
    [
        "Neuvottelussa todettiin",  # "todettiin" holds "ii", and names nobody
        "Neuvottelu (Iisalmi)",  # another municipality starting alike
        "Iijoen neuvottelu",
        "Iii",
    ],
)
def test_a_title_that_only_contains_a_party_s_letters_names_nobody(title: str) -> None:
    assert found(ii_memo(title), "HN-A005") == [
        (
            "/title",
            {
                "fi": f'Otsikossa "{title}" ei mainita yhtäkään osapuolta',
                "sv": f'Rubriken "{title}" nämner ingen av parterna',
                "en": f'The title "{title}" names neither party',
            },
        )
    ]


@pytest.mark.parametrize(
    "title",
    [
        "Iin kunnan neuvottelu",
        "Neuvottelu Iissä 1.10.2025",
        "Pohjois-Pohjanmaan hyvinvointialueen neuvottelu",
        "Neuvottelu: Ii",
        "II:N JA HYVINVOINTIALUEEN NEUVOTTELU",
    ],
)
def test_a_party_named_as_a_word_in_any_case_is_enough(title: str) -> None:
    assert codes(ii_memo(title)) == set()


@pytest.mark.parametrize(
    "title", ["Neuvottelu Lohjalla", "Lohjan ja hyvinvointialueen neuvottelu", "Möte i Lojo"]
)
def test_an_inflected_municipality_names_the_party(title: str) -> None:
    assert codes(changed(title=fi(title))) == set()


def test_a_surname_built_on_the_name_names_nobody() -> None:
    assert [path for path, _ in found(changed(title=fi("Lohjasen muistio")), "HN-A005")] == [
        "/title"
    ]


# HN-L005: the term in force or the next one


@pytest.mark.parametrize(
    ("day", "term", "fires"),
    [
        (dt.date(2025, 5, 20), "2025-2029", False),  # prepares the coming term
        (dt.date(2025, 5, 20), "2022-2025", False),
        (dt.date(2025, 5, 20), "2029-2033", True),  # the term after next
        (dt.date(2022, 3, 1), "2025-2029", False),
        (dt.date(2026, 3, 1), "2029-2033", False),
        (dt.date(2026, 3, 1), "2022-2025", True),  # ended
        (dt.date(2026, 3, 1), "2033-2037", True),
    ],
)
def test_a_memo_may_name_the_term_in_force_or_the_next(
    day: dt.date, term: str, fires: bool
) -> None:
    later = dt.date(2030, 1, 1)
    negotiation = attrs.evolve(
        record(approved=later, created=dt.datetime(2030, 1, 1, tzinfo=dt.UTC)),
        date=day,
        council_term=term,
        outcomes=(),
    )
    assert codes(negotiation, as_of=later) == ({"HN-L005"} if fires else set())


# HN-L020: a meeting marked held lies in the past


def test_a_meeting_held_tomorrow_is_an_error_today() -> None:
    assert codes(good_on(dt.date(2025, 10, 1)), as_of=dt.date(2025, 10, 1)) == set()
    assert found(good_on(dt.date(2025, 10, 2)), "HN-L020", as_of=dt.date(2025, 10, 1)) == [
        (
            "/date",
            {
                "fi": "Neuvottelupäivä 2025-10-02 on vasta tulossa (tarkistuspäivä 2025-10-01), "
                "mutta muistion mukaan neuvottelu on jo pidetty",
                "sv": "Förhandlingsdagen 2025-10-02 har inte kommit ännu (kontrolldag "
                "2025-10-01), men enligt promemorian har förhandlingen redan hållits",
                "en": "The negotiation date 2025-10-02 is still to come (checked on 2025-10-01), "
                "but the memo records the meeting as held",
            },
        )
    ]


def good_on(day: dt.date) -> Negotiation:
    """The hand-made memo moved to ``day``, created and approved that day."""
    created = dt.datetime.combine(day, dt.time(15), dt.UTC)
    return attrs.evolve(
        record(created=created, approved=day), date=day, council_term=None, outcomes=()
    )


def test_a_future_meeting_nobody_attended_and_nobody_approved_is_not_held() -> None:
    future = good_on(dt.date(2027, 1, 1))
    draft = attrs.evolve(
        RECORD,
        created=dt.datetime(2027, 1, 1, 15, tzinfo=dt.UTC),
        status=RecordStatus.DRAFT,
        approved=None,
    )
    not_held = attrs.evolve(
        future,
        participants=tuple(attrs.evolve(p, presence=None) for p in future.participants),
        record=draft,
    )
    assert "HN-L020" not in codes(not_held)
    for presence in (Presence.PRESENT, Presence.REMOTE, Presence.PARTIAL):
        attended = attrs.evolve(
            not_held,
            participants=(attrs.evolve(not_held.participants[0], presence=presence),),
        )
        assert "HN-L020" in codes(attended)
    absent = attrs.evolve(
        not_held, participants=(attrs.evolve(not_held.participants[0], presence=Presence.ABSENT),)
    )
    assert "HN-L020" not in codes(absent)
    approved = attrs.evolve(not_held, record=attrs.evolve(draft, approved=dt.date(2027, 1, 2)))
    assert "HN-L020" in codes(approved)


def test_the_check_is_made_for_today_unless_told() -> None:
    tomorrow = dt.date.today() + dt.timedelta(days=1)
    assert "HN-L020" in check(good_on(tomorrow), "draft").codes
    assert "HN-L020" not in check(good_on(dt.date(2025, 10, 1)), "draft").codes


# HN-L021, HN-L022: created at or after the meeting, approved after that


def test_a_memo_created_before_its_meeting() -> None:
    negotiation = record(created=dt.datetime(2025, 9, 30, 23, 0, tzinfo=dt.UTC))
    assert found(negotiation, "HN-L021") == [
        (
            "/record/created",
            {
                "fi": "Muistio on merkitty laadituksi 2025-09-30, ennen neuvottelua (2025-10-01)",
                "sv": "Promemorian har angetts vara upprättad 2025-09-30, före förhandlingen "
                "(2025-10-01)",
                "en": "The memo is recorded as created on 2025-09-30, before the negotiation "
                "(2025-10-01)",
            },
        )
    ]
    # The day is the one where it was written: 23:00 in UTC is the next day in Helsinki.
    helsinki = dt.timezone(dt.timedelta(hours=3))
    written = dt.datetime(2025, 9, 30, 23, 0, tzinfo=dt.UTC).astimezone(helsinki)
    assert codes(record(created=written)) == set()


def test_a_memo_approved_before_it_was_created() -> None:
    negotiation = record(created=dt.datetime(2025, 10, 21, 8, 0, tzinfo=dt.UTC))
    assert found(negotiation, "HN-L022") == [
        (
            "/record/approved",
            {
                "fi": "Muistio on merkitty hyväksytyksi 2025-10-20, ennen kuin se on laadittu "
                "(2025-10-21)",
                "sv": "Promemorian har angetts vara godkänd 2025-10-20, innan den upprättades "
                "(2025-10-21)",
                "en": "The memo is recorded as approved on 2025-10-20, before it was created "
                "(2025-10-21)",
            },
        )
    ]
    same_day = dt.datetime(2025, 10, 20, 8, 0, tzinfo=dt.UTC)
    assert codes(record(created=same_day)) == set()


def test_an_approval_before_the_meeting_is_said_once() -> None:
    assert codes(record(approved=dt.date(2025, 9, 1))) == {"HN-L008"}


# HN-L023: no HYTE negotiation before the counties answered for it


def hyte(day: dt.date) -> Negotiation:
    return changed(
        kind=NegotiationKind.WELLBEING_PROMOTION,
        legal_basis=(ORGANISATION_ACT_7,),
        date=day,
        council_term=None,
    )


def test_a_hyte_negotiation_in_2022() -> None:
    assert found(hyte(dt.date(2022, 12, 31)), "HN-L023") == [
        (
            "/date",
            {
                "fi": "HYTE-neuvottelu on päivätty 2022-12-31, mutta hyvinvointialueet vastaavat "
                "hyvinvoinnin ja terveyden edistämisestä vasta 1.1.2023 alkaen",
                "sv": "HFV-förhandlingen är daterad 2022-12-31, men välfärdsområdena ansvarar för "
                "främjandet av välfärd och hälsa först från och med 1.1.2023",
                "en": "The wellbeing promotion negotiation is dated 2022-12-31, but the counties "
                "are responsible for wellbeing and health promotion only from 1 January 2023",
            },
        )
    ]
    assert "HN-L023" not in codes(hyte(dt.date(2023, 1, 1)))
    # Before the first regional councils there was no county at all: HN-L003 says so alone.
    assert "HN-L023" not in codes(hyte(dt.date(2022, 2, 28)))
    assert "HN-L003" in codes(hyte(dt.date(2022, 2, 28)))
    # A council-term negotiation in 2022 is fine.
    assert codes(changed(date=dt.date(2022, 12, 31), council_term=None)) == set()


# HN-L024: a quotation's reference and the act its heading names


def quoting(heading: str, reference: LegalReference) -> Negotiation:
    quotation = Quotation(title=fi(heading), reference=reference, text=fi("Lainattu pykälä."))
    return section(0, content=(*GOOD.sections[0].content, quotation))


def test_a_quotation_citing_one_act_under_another_s_heading() -> None:
    negotiation = quoting(
        "Laki sosiaali- ja terveydenhuollon järjestämisestä 7 §", WELLBEING_COUNTY_ACT_14
    )
    assert found(negotiation, "HN-L024") == [
        (
            "/sections/0/content/1/reference",
            {
                "fi": 'Lainauksen otsikossa mainitaan "Laki sosiaali- ja terveydenhuollon '
                'järjestämisestä", mutta sen säädösviittaus on 611/2021 14 §',
                "sv": 'Citatets rubrik nämner "Laki sosiaali- ja terveydenhuollon '
                'järjestämisestä", men dess författningshänvisning är 611/2021 14 §',
                "en": "The quotation's heading names \"Laki sosiaali- ja terveydenhuollon "
                'järjestämisestä" but its legal reference is 611/2021 14 §',
            },
        )
    ]


@pytest.mark.parametrize(
    ("heading", "named"),
    [
        ("Kuntalaki (410/2015) 8 §", "410/2015"),
        ("Laki hyvinvointialueesta (612/2021)", "612/2021"),
        ("Lag om ordnandet av social- och hälsovård", "Lag om ordnandet av social- och hälsovård"),
    ],
)
def test_other_acts_named_by_number_or_title(heading: str, named: str) -> None:
    [(_, messages)] = found(quoting(heading, WELLBEING_COUNTY_ACT_14), "HN-L024")
    assert messages["en"] == (
        f'The quotation\'s heading names "{named}" but its legal reference is 611/2021 14 §'
    )


@pytest.mark.parametrize(
    "heading",
    [
        "Laki hyvinvointialueesta 14 §",
        "Laki hyvinvointialueesta (611/2021) 14 §",
        "Lag om välfärdsområden 14 §",
        "Hyvinvointialueen ja kuntien neuvottelu",
    ],
)
def test_a_quotation_under_its_own_act_s_heading(heading: str) -> None:
    assert codes(quoting(heading, WELLBEING_COUNTY_ACT_14)) == set()


def test_the_reference_s_own_title_is_read_too() -> None:
    reference = attrs.evolve(
        WELLBEING_COUNTY_ACT_14,
        statute_title=fi("Laki sosiaali- ja terveydenhuollon järjestämisestä"),
    )
    assert [p for p, _ in found(quoting("14 §", reference), "HN-L024")] == [
        "/sections/0/content/1/reference"
    ]


# HN-P020, HN-P021, HN-P022: the people


def test_two_chairs() -> None:
    negotiation = changed(
        participants=(GOOD.participants[0], attrs.evolve(SPEAKER, roles=(MeetingRole.CHAIR,)))
    )
    assert found(negotiation, "HN-P020") == [
        (
            "/participants/1/roles",
            {
                "fi": 'Myös "Jussi Patinen" on merkitty puheenjohtajaksi; puheenjohtajana on jo '
                '"Mia Laiho"',
                "sv": 'Även "Jussi Patinen" har angetts som ordförande; ordförande är redan '
                '"Mia Laiho"',
                "en": '"Jussi Patinen" is also marked as chair; "Mia Laiho" already is',
            },
        )
    ]


def test_a_person_declared_twice_whatever_the_case_and_spacing() -> None:
    again = attrs.evolve(SPEAKER, id="patinen2", name="JUSSI  patinen")
    negotiation = changed(participants=(*GOOD.participants, again))
    assert found(negotiation, "HN-P021") == [
        (
            "/participants/2/name",
            {
                "fi": 'Henkilö "JUSSI  patinen" on merkitty osallistujiin kahdesti',
                "sv": 'Personen "JUSSI  patinen" har angetts två gånger bland deltagarna',
                "en": 'The person "JUSSI  patinen" is listed among the participants twice',
            },
        )
    ]
    other = attrs.evolve(SPEAKER, id="patinen2", name="Jussi Patinen-Virta")
    assert codes(changed(participants=(*GOOD.participants, other))) == set()


def test_a_city_manager_marked_elected() -> None:
    negotiation = changed(
        participants=(
            GOOD.participants[0],
            attrs.evolve(
                SPEAKER,
                title=LocalizedText(fi="Kaupunginjohtaja", sv="Stadsdirektör"),
                leadership=LeadershipKind.ELECTED,
            ),
        )
    )
    assert found(negotiation, "HN-P022") == [
        (
            "/participants/1/leadership",
            {
                "fi": 'Osallistujan "Jussi Patinen" tehtävänimike "Kaupunginjohtaja" on '
                "viranhaltijan nimike, mutta hänet on merkitty luottamushenkilöksi",
                "sv": 'Deltagaren "Jussi Patinen" har titeln "Kaupunginjohtaja", som är en '
                "tjänsteinnehavares titel, men har angetts som förtroendevald",
                "en": 'The participant "Jussi Patinen" has the title "Kaupunginjohtaja", a civil '
                "servant's title, but is marked as an elected official",
            },
        )
    ]


def test_a_board_chair_marked_official_named_by_place_when_unnamed() -> None:
    chair_of_board = attrs.evolve(
        SPEAKER,
        name=None,
        title=fi("Kaupunginhallituksen puheenjohtaja"),
        leadership=LeadershipKind.OFFICIAL,
    )
    negotiation = changed(participants=(GOOD.participants[0], chair_of_board))
    [(_, messages)] = found(negotiation, "HN-P022")
    assert messages["fi"] == (
        'Osallistujan "osallistuja 2" tehtävänimike "Kaupunginhallituksen puheenjohtaja" on '
        "luottamushenkilön nimike, mutta hänet on merkitty viranhaltijaksi"
    )


@pytest.mark.parametrize(
    ("title", "leadership"),
    [
        ("Kaupunginhallituksen puheenjohtaja", LeadershipKind.ELECTED),
        ("Aluevaltuuston varapuheenjohtaja", LeadershipKind.ELECTED),
        ("Ordförande för stadsstyrelsen", LeadershipKind.ELECTED),
        ("Kaupunginjohtaja", LeadershipKind.OFFICIAL),
        ("Hyvinvointialuejohtaja", LeadershipKind.OFFICIAL),
        ("Kansliapäällikkö", LeadershipKind.OFFICIAL),
        ("Kaupunginjohtaja", LeadershipKind.OTHER),
        ("Asiantuntija", LeadershipKind.ELECTED),  # says nothing either way
        ("Kaupunginjohtaja, kaupunginhallituksen puheenjohtaja", LeadershipKind.ELECTED),
    ],
)
def test_titles_that_fit_or_say_nothing(title: str, leadership: LeadershipKind) -> None:
    person = attrs.evolve(SPEAKER, title=fi(title), leadership=leadership)
    assert "HN-P022" not in codes(changed(participants=(GOOD.participants[0], person)))


# HN-A040: a name in a statement's text while the memo claims no personal data


def nobody_named(text: str) -> Negotiation:
    return attrs.evolve(
        statement(text=fi(text)),
        participants=tuple(attrs.evolve(p, name=None) for p in GOOD.participants),
        record=attrs.evolve(RECORD, personal_data=PersonalDataClass.NONE),
    )


def test_a_name_in_a_statement_while_no_personal_data_is_claimed() -> None:
    negotiation = nobody_named("Kaupunginjohtaja Pasi Perämäki piti puheenvuoron.")
    assert found(negotiation, "HN-A040", profile="draft") == [
        (
            "/sections/1/content/0/text/fi",
            {
                "fi": 'Puheenvuoron tekstissä näyttää olevan henkilön nimi "Pasi Perämäki", '
                "vaikka muistion mukaan siinä ei ole henkilötietoja",
                "sv": 'Anförandets text verkar innehålla en persons namn, "Pasi Perämäki", fast '
                "promemorian uppges inte innehålla personuppgifter",
                "en": 'The statement\'s text seems to name a person, "Pasi Perämäki", but the '
                "memo claims no personal data",
            },
        )
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Kaupunginjohtaja piti puheenvuoron kaupungin viranhaltijajohdon puolesta.",
        "Västra Nylands välfärdsområde och Lojo stad förhandlade.",
        "Länsi-Uudenmaan Hyvinvointialue ja Lohjan Kaupunki neuvottelivat.",
        "Puheenvuoro koski Lohjan Karjalohjaa.",
    ],
)
def test_places_and_titles_are_no_names(text: str) -> None:
    assert "HN-A040" not in codes(nobody_named(text))


def test_a_named_participant_is_said_once_by_hn_a014() -> None:
    negotiation = record(personal_data=PersonalDataClass.NONE)
    assert "HN-A014" in codes(negotiation)
    assert "HN-A040" not in codes(negotiation)


def test_a_title_of_a_million_characters_is_read_in_one_pass() -> None:
    # Every run of up to three words is looked up once in a set: linear in the title.
    # Run apart, with a time limit, so that a slow version fails rather than hangs.
    script = (
        "import attrs, itertools, string\n"
        "from tests.rule_cases import GOOD, fi\n"
        "from hyvaneuvottelu import check\n"
        "from hyvaneuvottelu.limits import MAX_TEXT\n"
        "letters = string.ascii_lowercase\n"
        "words = (''.join(w) for w in itertools.product(letters, repeat=4))\n"
        "title = ' '.join(itertools.islice(words, MAX_TEXT // 5))[:MAX_TEXT]\n"
        "print(check(attrs.evolve(GOOD, title=fi(title)), 'archive').codes)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=45,
        check=True,
        cwd=Path(__file__).resolve().parents[1],
    )
    assert result.stdout == "('HN-A005',)\n"
