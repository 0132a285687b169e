"""The meeting-level model of wire format 1.1: groups, scope, rounds, dates, genres, registrations."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import attrs
import jsonschema
import pytest
import xmlschema

import hyvaneuvottelu as hn
from hyvaneuvottelu import (
    AttendanceGroup,
    DocumentGenre,
    InvalidValueError,
    Negotiation,
    NegotiationRound,
    Presence,
    Registration,
    ScopeKind,
    check,
    examples,
    from_json,
    from_xml,
    schemas,
    to_json,
    to_xml,
    xmlformat,
)
from hyvaneuvottelu.model import Topic

from .meeting_memos import HUS, SALO_AREA, VIHTI, WIDE, fi
from .rule_cases import CHAIR, GOOD, LOHJA, SPEAKER

FIXTURES = Path(__file__).parent / "fixtures"


# Versions: 1.0 documents read, and upgrade losslessly


@pytest.mark.parametrize(
    ("name", "read"), [("lohja-1.0.json", from_json), ("lohja-1.0.xml", from_xml)]
)
def test_a_1_0_document_reads_writes_as_1_1_and_reads_back_equal(
    name: str, read: Callable[[bytes], Negotiation]
) -> None:
    data = (FIXTURES / name).read_bytes()
    assert b'"schemaVersion": "1.0"' in data or b'schemaVersion="1.0"' in data
    memo = read(data)
    upgraded_json = to_json(memo, indent=2)
    upgraded_xml = to_xml(memo)
    assert upgraded_json.startswith(b'{\n  "schemaVersion": "1.1",\n')
    assert b'schemaVersion="1.1"' in upgraded_xml.split(b"\n")[1]
    assert from_json(upgraded_json) == memo
    assert from_xml(upgraded_xml) == memo


def test_the_1_0_fixtures_hold_the_same_memo_as_the_bundled_example() -> None:
    from_fixture = from_json((FIXTURES / "lohja-1.0.json").read_bytes())
    assert from_xml((FIXTURES / "lohja-1.0.xml").read_bytes()) == from_fixture
    # The outcomes were classified again in 1.1 (sentence sources, decisions) and
    # the pre-material declared; the rest of the memo is the same.
    bundled = examples.load("lohja")
    assert attrs.evolve(bundled, outcomes=from_fixture.outcomes, attachments=()) == from_fixture


def test_the_1_0_example_upgrades_byte_for_byte_but_the_version() -> None:
    old = (FIXTURES / "lohja-1.0.json").read_bytes()
    new = to_json(from_json(old), indent=2)
    assert new == old.replace(b'"schemaVersion": "1.0"', b'"schemaVersion": "1.1"', 1)
    old_xml = (FIXTURES / "lohja-1.0.xml").read_bytes()
    new_xml = to_xml(from_xml(old_xml))
    assert new_xml == old_xml.replace(b'schemaVersion="1.0"', b'schemaVersion="1.1"', 1)


def test_both_formats_write_1_1() -> None:
    assert hn.SCHEMA_VERSION == "1.1"
    assert xmlformat.SCHEMA_VERSION == "1.1"


# Every new field through both formats


def test_every_new_field_round_trips_through_json_and_xml() -> None:
    assert from_json(to_json(WIDE)) == WIDE
    assert from_xml(to_xml(WIDE)) == WIDE


def test_a_memo_with_every_new_field_validates_against_the_xsd_and_the_json_schema() -> None:
    xmlschema.XMLSchema10(schemas.xsd_bytes().decode(), allow="none").validate(
        to_xml(WIDE).decode()
    )
    jsonschema.Draft202012Validator(schemas.json_schema()).validate(json.loads(to_json(WIDE)))


def test_the_new_fields_have_their_wire_names() -> None:
    data = to_json(WIDE, indent=2).decode()
    for key in (
        '"additionalKinds": [\n    "wellbeingPromotion"\n  ]',
        '"scope": "allOfCounty"',
        '"partialDate": "2025-10"',
        '"negotiationRound": {',
        '"previousRecord": "LU-2025-100"',
        '"attendanceGroups": [',
        '"organisationKind": "municipality"',
        '"municipalityGroup": "lohjan-alue"',
        '"mentionedOrganisations": [',
        '"registrations": [',
        '"sectionNumber": "123"',
        '"convener": "lu"',
    ):
        assert key in data
    xml = to_xml(WIDE).decode()
    assert "<additionalKinds>\n    <kind>wellbeingPromotion</kind>\n  </additionalKinds>" in xml
    assert "<municipalityGroups>\n    <municipalityGroup>\n      <id>lohjan-alue</id>" in xml
    assert "<municipality>lohja</municipality>" in xml
    assert "<registrations>\n      <registration>\n        <organisation>lu</organisation>" in xml


def test_a_1_0_memo_writes_none_of_the_new_fields() -> None:
    data = to_json(GOOD)
    for key in (b"genre", b"scope", b"additionalKinds", b"attendanceGroups", b"registrations"):
        assert key not in data


# Hard invariants of the new classes


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (
            lambda: attrs.evolve(GOOD, partial_date="2025-13"),
            "Negotiation.partialDate: expected a year or a month such as '2025' or '2025-03', "
            'found "2025-13"',
        ),
        (
            lambda: attrs.evolve(GOOD, partial_date="2025-10-01"),
            "Negotiation.partialDate: expected a year or a month such as '2025' or '2025-03', "
            'found "2025-10-01"',
        ),
        (
            lambda: AttendanceGroup(id="g", description=fi("Kuntaedustajat"), count=0),
            "AttendanceGroup.count: expected a positive integer, found 0",
        ),
        (
            lambda: NegotiationRound(identifier="K", part=0),
            "NegotiationRound.part: expected a positive integer, found 0",
        ),
        (
            lambda: Registration(organisation="lu", function_code="1.2"),
            "Registration.functionCode: expected a function code such as '00 01 02', found \"1.2\"",
        ),
        (
            lambda: hn.DecisionItem(organisation="lu", body=fi("Kh"), section_number="§ 12"),
            "DecisionItem.sectionNumber: expected a § number such as '123', found \"§ 12\"",
        ),
    ],
)
def test_new_fields_refuse_wrong_values_naming_the_field(
    make: Callable[[], object], message: str
) -> None:
    with pytest.raises(InvalidValueError) as caught:
        make()
    assert str(caught.value) == message


def test_a_json_document_with_a_wrong_partial_date_is_refused_with_its_pointer() -> None:
    data = to_json(GOOD).replace(
        b'"kind":"councilTerm"', b'"kind":"councilTerm","partialDate":"25"'
    )
    with pytest.raises(hn.DocumentError) as caught:
        from_json(data)
    assert [str(p) for p in caught.value.problems] == [
        "/partialDate: expected a year or a month such as '2025' or '2025-03', found \"25\""
    ]


# Attendance groups: who attended for whom


def test_a_group_of_all_parties_represents_every_party() -> None:
    memo = attrs.evolve(
        GOOD,
        municipalities=(LOHJA, VIHTI),
        attendance_groups=(AttendanceGroup(id="g", description=fi("noin 180 osallistujaa")),),
    )
    assert memo.attending_ids() == {"lu", "lohja", "vihti"}
    assert "HN-P008" not in check(memo, "archive").codes


def test_a_group_of_a_kind_represents_each_organisation_of_that_kind_only() -> None:
    group = AttendanceGroup(
        id="g", description=fi("Kunnanjohtajat"), organisation_kind=hn.OrganisationKind.MUNICIPALITY
    )
    memo = attrs.evolve(
        GOOD,
        municipalities=(LOHJA, VIHTI),
        participants=(attrs.evolve(CHAIR, presence=Presence.ABSENT), SPEAKER),
        attendance_groups=(group,),
    )
    assert memo.attending_ids() == {"lohja", "vihti"}
    assert [(f.code, f.path) for f in check(memo, "draft") if f.code == "HN-P008"] == [
        ("HN-P008", "/county")
    ]


def test_a_group_under_a_municipality_group_represents_its_members_only() -> None:
    kirkkonummi = hn.Organisation(
        id="kirkkonummi",
        kind=hn.OrganisationKind.MUNICIPALITY,
        name=fi("Kirkkonummi"),
        statistics_code="257",
    )
    group = AttendanceGroup(
        id="g", description=fi("Kuntien edustajat"), municipality_group="lohjan-alue"
    )
    memo = attrs.evolve(
        GOOD,
        municipalities=(LOHJA, VIHTI, kirkkonummi),
        municipality_groups=(SALO_AREA,),
        attendance_groups=(group,),
    )
    assert memo.attending_ids() == {"lu", "lohja", "vihti"}
    findings = [(f.code, f.path) for f in check(memo, "draft") if f.code == "HN-P008"]
    assert findings == [("HN-P008", "/municipalities/2")]


def test_an_absent_group_represents_nobody_and_one_organisation_group_its_organisation() -> None:
    memo = attrs.evolve(
        GOOD,
        municipalities=(LOHJA, VIHTI),
        attendance_groups=(
            AttendanceGroup(id="a", description=fi("Kaikki"), presence=Presence.ABSENT),
            AttendanceGroup(id="b", description=fi("Vihdin edustajat"), organisation="vihti"),
        ),
    )
    assert memo.attending_ids() == {"lu", "lohja", "vihti"}
    without_b = attrs.evolve(memo, attendance_groups=memo.attendance_groups[:1])
    assert without_b.attending_ids() == {"lu", "lohja"}


def test_a_group_records_attendance_for_the_archive() -> None:
    unrecorded = attrs.evolve(
        GOOD,
        participants=(attrs.evolve(CHAIR, presence=None), attrs.evolve(SPEAKER, presence=None)),
    )
    assert "HN-A025" in check(unrecorded, "archive").codes
    grouped = attrs.evolve(
        unrecorded,
        attendance_groups=(AttendanceGroup(id="g", description=fi("98 kuntaedustajaa"), count=98),),
    )
    assert "HN-A025" not in check(grouped, "archive").codes


def test_the_wide_memo_passes_every_rule() -> None:
    assert check(WIDE, "archive").findings == ()


# Organisations only mentioned


def test_a_mentioned_organisation_never_attends() -> None:
    memo = attrs.evolve(
        WIDE,
        participants=(
            *WIDE.participants,
            attrs.evolve(SPEAKER, id="h", name="Hanna Hus", organisation="hus"),
        ),
    )
    assert "hus" not in memo.attending_ids()
    assert memo.organisation("hus") == HUS
    assert [(f.code, f.path, f.message("en")) for f in check(memo, "draft")] == [
        (
            "HN-G008",
            "/participants/2/organisation",
            'The organisation "HUS-yhtymä" is only mentioned, yet someone attends for it',
        )
    ]


# Both statutory bases


def test_kinds_lists_the_primary_kind_first_then_the_others_once() -> None:
    assert WIDE.kinds == (hn.NegotiationKind.COUNCIL_TERM, hn.NegotiationKind.WELLBEING_PROMOTION)
    assert GOOD.kinds == (hn.NegotiationKind.COUNCIL_TERM,)
    assert WIDE.kind is hn.NegotiationKind.COUNCIL_TERM


# Genres


def test_the_genre_defaults_to_a_meeting_memo_and_scope_to_the_listed_municipalities() -> None:
    assert GOOD.genre is DocumentGenre.MEETING_MEMO
    assert GOOD.scope is ScopeKind.LISTED


def test_a_notice_of_a_planned_meeting_validates_and_a_memo_posing_as_one_does_not() -> None:
    notice = attrs.evolve(
        GOOD,
        genre=DocumentGenre.NOTICE,
        invitation=hn.Invitation(convener="lu", date=dt.date(2025, 9, 15)),
        participants=(attrs.evolve(CHAIR, presence=None), attrs.evolve(SPEAKER, presence=None)),
        outcomes=(),
    )
    assert check(notice, "draft").findings == ()
    held = attrs.evolve(notice, participants=GOOD.participants, outcomes=GOOD.outcomes)
    report = check(held, "draft")
    assert not report.valid
    assert [(f.code, f.path, f.message("fi")) for f in report] == [
        (
            "HN-G001",
            "/participants/0/presence",
            'Kokouskutsussa on merkitty läsnäolo ("paikalla"), vaikka kokousta ei ole pidetty',
        ),
        (
            "HN-G001",
            "/participants/1/presence",
            'Kokouskutsussa on merkitty läsnäolo ("paikalla"), vaikka kokousta ei ole pidetty',
        ),
        (
            "HN-G002",
            "/outcomes/0",
            'Kokouskutsussa on neuvottelun tulos "tapaaminen", vaikka kokousta ei ole pidetty',
        ),
    ]


# New topic codes


def test_the_new_topic_codes() -> None:
    new = {
        "finance", "impactAssessment", "vitality", "advocacy", "participation", "strategy",
        "employment", "immigrantIntegration", "knowledgeManagement", "researchAndInnovation",
    }  # fmt: skip
    assert new <= {t.value for t in Topic}
    assert len(Topic) == 30


# The HTML rendition


def _text(html: bytes) -> str:
    return " ".join(html.decode().split())


def test_the_rendition_shows_genre_kinds_scope_groups_and_round() -> None:
    page = _text(hn.to_html(WIDE))
    for shown in (
        '<p class="kind">Neuvottelumuistio · Valtuustokausittainen neuvottelu · '
        "Hyvinvoinnin ja terveyden edistämisen neuvottelu</p>",
        "<dt>Mainitut organisaatiot</dt> <dd>HUS-yhtymä</dd>",
        "<dt>Laajuus</dt> <dd>kaikki hyvinvointialueen kunnat</dd>",
        "<dt>Kuntaryhmät</dt> <dd><ul><li>Lohjan alueen kunnat: Lohja, Vihti</li></ul></dd>",
        "<dt>Neuvottelukierros</dt> <dd>Valtuustokauden neuvottelukierros (LU-14-2025-2029), "
        "valtuustokauden neuvottelukierros, osa 2/10; edellinen LU-2025-100; "
        "seuraava LU-2025-140</dd>",
        "<dt>Kutsu</dt> <dd>Länsi-Uudenmaan hyvinvointialue, 15.9.2025</dd>",
        "<dt>Päätös</dt> <dd>Lohja, Kaupunginhallitus 3.11.2025 § 123</dd>",
        "<dt>Aiheet</dt> <dd>elinvoima, maahanmuuttajien kotoutuminen</dd>",
        '<li class="group"> <strong>noin 180 osallistujaa</strong> (noin 180, kaikki osapuolet)</li>',
        '<li class="group"> <strong>98 kuntaedustajaa</strong> '
        "(98, kunnat, Lohjan alueen kunnat, paikalla)</li>",
    ):
        assert shown in page


def test_the_rendition_in_swedish_names_a_notice_and_a_month() -> None:
    notice = attrs.evolve(
        WIDE, genre=DocumentGenre.NOTICE, date=None, partial_date="2025-03", start_time=None
    )
    page = _text(hn.to_html(notice, lang="sv"))
    assert '<p class="kind">Kallelse · ' in page
    assert "<dt>Datum</dt> <dd>3/2025</dd>" in page
    assert "<dt>Omfattning</dt> <dd>alla kommuner i välfärdsområdet</dd>" in page
    assert "(cirka 180, alla parter)" in page


_MANY_GROUPS = """
import time
import attrs
from hyvaneuvottelu import AttendanceGroup, LocalizedText, MunicipalityGroup, Organisation
from hyvaneuvottelu import OrganisationKind
from tests.rule_cases import GOOD

n = 20_000
text = LocalizedText(fi="x")
municipalities = tuple(
    Organisation(id=f"m{i}", kind=OrganisationKind.MUNICIPALITY, name=text) for i in range(n)
)
groups = tuple(MunicipalityGroup(id=f"r{i}", name=text, municipalities=(f"m{i}",)) for i in range(n))
attending = tuple(
    AttendanceGroup(id=f"g{i}", description=text, municipality_group=f"r{i}") for i in range(n)
)
memo = attrs.evolve(
    GOOD, municipalities=municipalities, municipality_groups=groups, attendance_groups=attending
)
start = time.perf_counter()
found = memo.attending_ids()
print(len(found), time.perf_counter() - start < 5)
"""


def test_attendance_of_many_groups_is_resolved_in_linear_time() -> None:
    # 20,000 groups each under its own municipality group, among 20,000 municipalities:
    # resolving each group against every organisation would take minutes.
    done = subprocess.run(
        [sys.executable, "-c", _MANY_GROUPS],
        capture_output=True,
        timeout=120,
        check=True,
        cwd=Path(__file__).parent.parent,
    )
    # Every municipality through its group, and the county and Lohja through their people.
    assert done.stdout.split() == [b"20002", b"True"]
