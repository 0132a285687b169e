"""The generated JSON readers, JSON writers and XML tree reader, path by path.

Found by mutation testing of the code generators. Each generated module is
compiled once per process, so coverage credits a generator's lines to the
first test that happened to compile it, and a wrong line there is tested by
that one test only. The tests here run the generated functions themselves on
a memo that sets every field of every class, on the least memo, and on
documents that break one check each, and compare them with what the detailed
reader, cattrs and the standard library make of the same input.
"""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
import traceback
from typing import Any

import attrs
import pytest
from lxml import etree

import hyvaneuvottelu as hn
from hyvaneuvottelu import model as m
from hyvaneuvottelu.jsonformat import SCHEMA_VERSION
from hyvaneuvottelu.jsonformat._converter import detailed_converter, fast_converter
from hyvaneuvottelu.jsonformat._encode import encode_stdlib
from hyvaneuvottelu.jsonformat._generated import fast_reader, reader_source
from hyvaneuvottelu.jsonformat._writers import fast_writer, write_text
from hyvaneuvottelu.model import _checks
from hyvaneuvottelu.xmlformat import _fast_values
from hyvaneuvottelu.xmlformat._fast import fast_read
from hyvaneuvottelu.xmlformat._parse import parse

from .meeting_memos import WIDE
from .rule_cases import AGREEMENT, ANNEX, FOLLOW_UP, GOOD, STATEMENT, fi

_ALL = m.LocalizedText(fi="Kaikki", sv="Alla", en="All")

assert WIDE.record is not None

#: A memo that sets every field of every class to something other than its default,
#: and holds every kind of content and outcome.
FULL = attrs.evolve(
    WIDE,
    title=_ALL,
    theme=fi("Teema"),
    objectives=(fi("Tavoite"), _ALL),
    genre=m.DocumentGenre.MINUTES,
    legal_basis=(
        m.LegalReference(
            statute_number=612,
            statute_year=2021,
            section="14",
            subsection=2,
            chapter="3",
            statute_title=_ALL,
        ),
    ),
    other_organisations=(
        m.Organisation(
            id="pelastus",
            kind=m.OrganisationKind.RESCUE_DEPARTMENT,
            name=fi("Pelastuslaitos"),
            business_id="1234567-1",
        ),
    ),
    participants=(
        *GOOD.participants,
        m.Participant(id="ryhma", organisation="lohja", municipality_group="lohjan-alue"),
    ),
    people=(
        m.Person(
            id="virtanen",
            name="Anna Virtanen",
            title=fi("Koordinaattori"),
            organisation="lohja",
            organisation_name=fi("Lohjan kaupunki"),
        ),
    ),
    attachments=(
        attrs.evolve(
            ANNEX,
            file_name="liite-1.pdf",
            media_type="application/pdf",
            sha256="0" * 64,
            part_of_record=True,
        ),
    ),
    attendance_groups=(
        *WIDE.attendance_groups,
        m.AttendanceGroup(
            id="lohjalaiset", description=fi("Lohjan edustajat"), organisation="lohja"
        ),
    ),
    sections=(
        *GOOD.sections,
        m.Section(
            number="4",
            title=fi("Muut"),
            content=(
                m.PointList(points=(m.Point(text=fi("Eka")), m.Point(id="p2", text=fi("Toka")))),
                m.Finding(text=fi("Todettiin."), points=(m.Point(text=fi("Kohta")),)),
                m.Finding(),
                m.Quotation(
                    title=fi("Laki"),
                    reference=m.LegalReference(statute_number=410, statute_year=2015),
                    text=fi("Lainaus."),
                ),
                m.Quotation(text=fi("Toinen lainaus.")),
                attrs.evolve(STATEMENT, points=()),
            ),
        ),
    ),
    outcomes=(
        attrs.evolve(
            FOLLOW_UP,
            description=fi("Kuvaus"),
            topics=(m.Topic.VITALITY,),
            sources=(m.SourceRef(section="2", point="p1", sentence=2),),
            follows=m.EarlierOutcome(record="LU-2024-1", outcome="vanha"),
            due_text=fi("alkuvuodesta"),
        ),
        attrs.evolve(
            AGREEMENT,
            signed=dt.date(2025, 9, 1),
            valid_from=dt.date(2025, 10, 1),
            valid_until=dt.date(2029, 5, 31),
            approvals=(
                m.Approval(
                    organisation="lohja",
                    body=fi("Kaupunginhallitus"),
                    date=dt.date(2025, 9, 2),
                    section="45 a",
                ),
                m.Approval(organisation="lu"),
            ),
            replaces=m.AgreementReference(title=fi("Vanha sopimus"), record="LU/1/2023"),
        ),
        m.CooperationStructure(id="c1", title=fi("Rakenne"), status=m.OutcomeStatus.EXISTING),
        m.OperatingModel(id="c2", title=fi("Malli"), status=m.OutcomeStatus.CONTINUES),
        m.InformationFlow(id="c3", title=fi("Tieto"), status=m.OutcomeStatus.NEW),
        m.Challenge(id="c4", title=fi("Haaste"), status=m.OutcomeStatus.PENDING),
        m.MatterToAgree(id="c5", title=fi("Sovittava"), status=m.OutcomeStatus.PLANNED),
        m.Decision(
            id="c6",
            title=fi("Päätös"),
            status=m.OutcomeStatus.DECIDED,
            decided_by="lohja",
            body=fi("Valtuusto"),
            date=dt.date(2025, 10, 1),
            section="12",
            timing=fi("heti"),
        ),
        m.InterfacePlan(
            id="c7",
            title=fi("Suunnitelma"),
            status=m.OutcomeStatus.AGREED,
            valid_from=dt.date(2026, 1, 1),
            valid_until=dt.date(2026, 12, 31),
            approvals=(m.Approval(organisation="lu", date=dt.date(2025, 12, 1)),),
        ),
        m.StrategyItem(
            id="c8",
            title=fi("Tavoite"),
            status=m.OutcomeStatus.AGREED,
            level=m.StrategyLevel.INDICATOR,
            parent="c7",
            responsible=("lu",),
            target=fi("alle 10 %"),
        ),
        m.Agreement(
            id="c9",
            title=fi("Toinen"),
            status=m.OutcomeStatus.AGREED,
            replaces=m.AgreementReference(record="LU/2/2023"),
        ),
    ),
    record=attrs.evolve(
        WIDE.record,
        publicity=m.Publicity(
            publicity_class=m.PublicityClass.PARTIALLY_CONFIDENTIAL,
            legal_ground="JulkL 24 §",
            period_years=25,
        ),
        retention=m.Retention(permanent=True, period_years=10, reason=fi("Syy")),
    ),
    invitation=m.Invitation(date=dt.date(2025, 9, 15)),
)

#: The least memo: only the required fields, every other one at its default.
LEAST = m.Negotiation(
    kind=m.NegotiationKind.COUNCIL_TERM,
    title=m.LocalizedText(en="T"),
    county=m.Organisation(id="a", name=m.LocalizedText(sv="A"), kind=m.OrganisationKind.COUNTY),
    municipalities=(),
)

MEMOS = {"full": FULL, "least": LEAST, "good": GOOD}


def wire(memo: m.Negotiation) -> dict[str, Any]:
    """The memo's JSON data as cattrs writes it, without the schema version."""
    data: dict[str, Any] = fast_converter.unstructure(memo, m.Negotiation)
    return json.loads(json.dumps(data))  # type: ignore[no-any-return]  # JSON data


# The JSON readers -----------------------------------------------------------


def test_the_full_memo_sets_every_field_of_every_class_somewhere() -> None:
    # A field the memos below never set would leave its generated lines untested.
    fields: set[str] = set()
    given: set[str] = set()

    def walk(value: Any) -> None:
        if attrs.has(type(value)):
            for field in attrs.fields(type(value)):
                owner = "inherited" if field.inherited else type(value).__name__
                name = f"{owner}.{field.name}"
                fields.add(name)
                item = getattr(value, field.name)
                default = field.default
                if isinstance(default, attrs.Factory):  # type: ignore[arg-type]  # attrs types Factory as a function
                    default = default.factory()
                if item != default:
                    given.add(name)
                walk(item)
        elif isinstance(value, tuple):
            for item in value:
                walk(item)

    walk(FULL)
    walk(WIDE)  # its invitation names a convener, the full memo's does not
    assert sorted(fields - given) == []


@pytest.mark.parametrize("name", sorted(MEMOS))
def test_the_generated_reader_builds_the_memo_written(name: str) -> None:
    memo = MEMOS[name]
    read = fast_reader(m.Negotiation)(wire(memo))
    assert read == memo
    assert hash(read) == hash(memo)
    assert detailed_converter.structure(wire(memo), m.Negotiation) == memo


def test_null_for_an_optional_field_is_read_as_none() -> None:
    document = wire(LEAST)
    document.update(
        councilTerm=None, date=None, startTime=None, place=None, record=None, partialDate=None
    )
    document["title"].update(fi=None, sv=None)
    document["county"].update(statisticsCode=None)
    assert fast_reader(m.Negotiation)(document) == LEAST
    assert hn.from_json(json.dumps({"schemaVersion": "1.1", **document})) == LEAST


def test_the_generated_reader_builds_objects_without_their_init(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The reader has checked every value already: __init__ would check them again.
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("__init__ called")

    document = wire(FULL)
    classes = {type(v) for v in _objects(FULL)}
    for cls in classes:
        monkeypatch.setattr(cls, "__init__", refuse)
    assert fast_reader(m.Negotiation)(document) == FULL


def _objects(value: Any) -> list[Any]:
    """Every attrs object in ``value``, itself included."""
    found = []
    if attrs.has(type(value)):
        found.append(value)
        for field in attrs.fields(type(value)):
            found.extend(_objects(getattr(value, field.name)))
    elif isinstance(value, tuple):
        for item in value:
            found.extend(_objects(item))
    return found


#: Stands for a key left out of the document.
DROP = object()

#: One check of the generated readers broken each: the place, the value put there
#: (or DROP), and what from_json says about it.
REFUSED = [
    # As many keys as the object's fields present, one of them unknown.
    (
        "/outcomes/0/sources/0/x",
        1,
        '/outcomes/0/sources/0/x: expected only the fields "section", "point", "sentence", found the unknown field "x"',
    ),
    ("/county", 5, "/county: expected an object, found the number 5"),
    (
        "/county/colour",
        "red",
        '/county/colour: expected only the fields "id", "kind", "name", "statisticsCode", "businessId", found the unknown field "colour"',
    ),
    ("/county/id", 5, "/county/id: expected a string, found the number 5"),
    (
        "/county/id",
        "1 2",
        "/county/id: expected an identifier (a letter or '_', then letters, digits, '_', '.', '-'), found \"1 2\"",
    ),
    (
        "/county/kind",
        "x",
        '/county/kind: expected one of "county", "municipality", "jointAuthority", "rescueDepartment", "employmentArea", "stateAuthority", "association", "parish", "company", "other", found the string "x"',
    ),
    ("/kind", 1, '/kind: expected one of "councilTerm", "wellbeingPromotion", found the number 1'),
    ("/kind", ["x"], '/kind: expected one of "councilTerm", "wellbeingPromotion", found an array'),
    (
        "/attachments/0/partOfRecord",
        "yes",
        '/attachments/0/partOfRecord: expected true or false, found the string "yes"',
    ),
    (
        "/attachments/0/partOfRecord",
        None,
        "/attachments/0/partOfRecord: expected true or false, found null",
    ),
    (
        "/legalBasis/0/statuteNumber",
        "1",
        '/legalBasis/0/statuteNumber: expected an integer, found the string "1"',
    ),
    (
        "/legalBasis/0/statuteNumber",
        0,
        "/legalBasis/0/statuteNumber: expected a positive integer, found 0",
    ),
    (
        "/legalBasis/0/statuteYear",
        3000,
        "/legalBasis/0/statuteYear: expected a year from 1734 to 2999, found 3000",
    ),
    (
        "/legalBasis/0/statuteYear",
        1733,
        "/legalBasis/0/statuteYear: expected a year from 1734 to 2999, found 1733",
    ),
    (
        "/legalBasis/0/subsection",
        0,
        "/legalBasis/0/subsection: expected a positive integer, found 0",
    ),
    (
        "/date",
        "2025-02-30",
        '/date: expected a calendar date that exists, found the string "2025-02-30"',
    ),
    (
        "/startTime",
        "25:00",
        '/startTime: expected a time of day as HH:MM or HH:MM:SS, found the string "25:00"',
    ),
    (
        "/startTime",
        "10:00:00.5",
        '/startTime: expected a time of day as HH:MM or HH:MM:SS, found the string "10:00:00.5"',
    ),
    (
        "/record/created",
        "2025-02-03T10:00:00+23:00",
        '/record/created: expected a date-time with a UTC offset of whole minutes within ±14:00, found "2025-02-03T10:00:00+23:00"',
    ),
    (
        "/record/approved",
        "2025-02-03T10:00:00+02:00",
        '/record/approved: expected a date as YYYY-MM-DD, found the string "2025-02-03T10:00:00+02:00"',
    ),
    ("/topics", "vitality", '/topics: expected an array, found the string "vitality"'),
    (
        "/topics/0",
        "x",
        '/topics/0: expected one of "employmentServices", "premises", "publicTransport", "serviceNetwork", "residentCommunication", "serviceGuidance", "rescueServices", "civilDefence", "studentWelfare", "digitalServices", "primaryCare", "wellbeingPromotion", "socialServices", "elderlyServices", "childAndFamilyServices", "substanceAbuseAndMentalHealth", "crimePrevention", "preparedness", "cooperationStructures", "finance", "impactAssessment", "vitality", "advocacy", "participation", "strategy", "employment", "immigrantIntegration", "knowledgeManagement", "researchAndInnovation", "other", found the string "x"',
    ),
    ("/topics", None, "/topics: expected an array, found null"),
    (
        "/municipalityGroups/0/municipalities/0",
        1,
        "/municipalityGroups/0/municipalities/0: expected a string, found the number 1",
    ),
    (
        "/municipalityGroups/0/municipalities/0",
        "a b",
        "/municipalityGroups/0/municipalities: expected an identifier (a letter or '_', then letters, digits, '_', '.', '-'), found \"a b\"",
    ),
    (
        "/municipalityGroups/0/municipalities",
        "x",
        '/municipalityGroups/0/municipalities: expected an array, found the string "x"',
    ),
    (
        "/outcomes/0/parties/0",
        "a b",
        "/outcomes/0/parties: expected an identifier (a letter or '_', then letters, digits, '_', '.', '-'), found \"a b\"",
    ),
    (
        "/outcomes/0/responsible/0",
        7,
        "/outcomes/0/responsible/0: expected a string, found the number 7",
    ),
    ("/sections", {}, "/sections: expected an array, found an object"),
    (
        "/outcomes/0/type",
        "wish",
        '/outcomes/0/type: expected one of "cooperationStructure", "operatingModel", "informationFlow", "agreement", "challenge", "matterToAgree", "followUpAction", "decision", "interfacePlan", "strategyItem", found the string "wish"',
    ),
    (
        "/sections/0/content/0/colour",
        "red",
        '/sections/0/content/0/colour: expected only the fields "text", found the unknown field "colour"',
    ),
    ("/title", {}, "/title: expected text in at least one of fi, sv, en, found none of them"),
    ("/title", None, "/title: expected an object, found null"),
    ("/title/fi", 1, "/title/fi: expected a string, found the number 1"),
    (
        "/outcomes/1/replaces",
        {},
        "/outcomes/1/replaces: expected a title or a record identifier, found neither",
    ),
    ("/place", "x", '/place: expected an object, found the string "x"'),
    ("/councilTerm", 2025, "/councilTerm: expected a string, found the number 2025"),
    (
        "/councilTerm",
        "2025",
        "/councilTerm: expected a council term such as '2025-2029', found \"2025\"",
    ),
    (
        "/participants/0/leadership",
        "x",
        '/participants/0/leadership: expected one of "elected", "official", "other", found the string "x"',
    ),
    ("/county/kind", DROP, "/county/kind: expected a value (the field is required), found nothing"),
    (
        "/genre",
        "x",
        '/genre: expected one of "meetingMemo", "minutes", "notice", "roundReport", "decisionItem", found the string "x"',
    ),
    (
        "/sections/0/kind",
        5,
        '/sections/0/kind: expected one of "opening", "openingStatements", "discussion", "otherMatters", "closing", "other", found the number 5',
    ),
    (
        "/invitation/date",
        "2025-13-01",
        '/invitation/date: expected a calendar date that exists, found the string "2025-13-01"',
    ),
    (
        "/outcomes/1/approvals/0/section",
        "x",
        "/outcomes/1/approvals/0/section: expected a § number of the minutes such as '45' or '45 a', found \"x\"",
    ),
    (
        "/people/0/organisation",
        "1x",
        "/people/0/organisation: expected an identifier (a letter or '_', then letters, digits, '_', '.', '-'), found \"1x\"",
    ),
    ("/people/0/name", 1, "/people/0/name: expected a string, found the number 1"),
    (
        "/record/retention/permanent",
        1,
        "/record/retention/permanent: expected true or false, found the number 1",
    ),
    (
        "/sections/3/content/0/points",
        1,
        "/sections/3/content/0/points: expected an array, found the number 1",
    ),
    (
        "/sections/0/subsections",
        [1],
        "/sections/0/subsections/0: expected an object, found the number 1",
    ),
    (
        "/outcomes/0/sources/0/sentence",
        0,
        "/outcomes/0/sources/0/sentence: expected a positive integer, found 0",
    ),
    ("/record/languages", ["fi", 1], "/record/languages/1: expected a string, found the number 1"),
    ("/negotiationRound", [], "/negotiationRound: expected an object, found an array"),
    ("/outcomes", [1], "/outcomes/0: expected an object, found the number 1"),
    (
        "/sections/0/content",
        [{"type": "paragraph"}],
        "/sections/0/content/0/text: expected a value (the field is required), found nothing",
    ),
]


def _changed(document: dict[str, Any], pointer: str, value: Any) -> dict[str, Any]:
    *path, last = pointer.split("/")[1:]
    parent: Any = document
    for token in path:
        parent = parent[int(token)] if isinstance(parent, list) else parent[token]
    key: Any = int(last) if isinstance(parent, list) else last
    if value is DROP:
        del parent[key]
    else:
        parent[key] = value
    return document


@pytest.mark.parametrize(("pointer", "value", "problem"), REFUSED)
def test_the_generated_reader_refuses_what_the_detailed_path_locates(
    pointer: str, value: Any, problem: str
) -> None:
    document = _changed(wire(FULL), pointer, value)
    with pytest.raises(Exception):  # noqa: B017, PT011 - any refusal sends the document on
        fast_reader(m.Negotiation)(document)
    with pytest.raises(hn.DocumentError) as caught:
        hn.from_json(json.dumps({"schemaVersion": "1.1", **document}))
    assert [str(p) for p in caught.value.problems] == [problem]


# The JSON writers ------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(MEMOS))
def test_the_generated_writer_gives_what_cattrs_gives(name: str) -> None:
    memo = MEMOS[name]
    ours = fast_writer(m.Negotiation)(memo)
    reference = fast_converter.unstructure(memo, m.Negotiation)
    assert ours == reference
    # Dicts compare equal in any order: the order of the keys is the wire format's.
    assert json.dumps(ours) == json.dumps(reference)


@pytest.mark.parametrize("indent", [None, 0, 2, 7])
@pytest.mark.parametrize("name", sorted(MEMOS))
def test_the_text_writer_writes_what_the_standard_library_writes(
    name: str, indent: int | None
) -> None:
    memo = MEMOS[name]
    document = {"schemaVersion": "1.1", **fast_converter.unstructure(memo, m.Negotiation)}
    assert hn.to_json(memo, indent=indent) == encode_stdlib(document, indent)
    assert hn.from_json(hn.to_json(memo, indent=indent)) == memo


# A class declared the way a later one will be --------------------------------
# Types, defaults, converters and validators the model's classes do not use
# yet: the generators write what they know inline and hand the rest to cattrs.


def _two_letters(_instance: Any, attribute: attrs.Attribute[Any], value: str) -> None:
    if len(value) != 2:
        raise hn.InvalidValueError(attribute.name, "two letters", repr(value))


def _stripped(value: str) -> str:
    return value.strip()


def _stripped_or_none(value: str | None) -> str | None:
    return None if value is None else value.strip()


def _echo(instance: Any) -> str:
    return str(instance.code)


@attrs.frozen(kw_only=True, field_transformer=_checks.protect)
class Later:
    code: str = attrs.field(converter=_stripped, validator=_two_letters)
    when: dt.time
    at: dt.datetime | None = None
    size: float = 0.5
    ratio: float | None = None
    pair: dict[str, int] | None = None
    tags: list[str] = attrs.field(factory=list)
    label: str | None = "-"
    trimmed: str | None = attrs.field(default=None, converter=_stripped_or_none)
    since: dt.date | None = dt.date(2020, 1, 1)
    lead: None | int = None  # noqa: RUF036 - written None first on purpose: the readers take it too
    sizes: tuple[float, ...] = ()
    days: tuple[dt.date, ...] = attrs.field(factory=tuple)
    levels: tuple[int, ...] = attrs.field(default=(), validator=_checks.Each(_checks.positive))
    count: int | None = attrs.field(
        default=1, validator=_checks.optional(_checks.matches_int(1, 9, "one digit"))
    )
    flags: tuple[bool, ...] = ()
    kinds: tuple[m.Topic, ...] = ()
    note: m.LocalizedText | None = None
    echo: str = attrs.field(default=attrs.Factory(_echo, takes_self=True))


LATER = Later(
    code="ab",
    when=dt.time(9, 30),
    at=dt.datetime(2025, 2, 3, 10, 0, tzinfo=dt.UTC),
    size=2.5,
    ratio=0.25,
    pair={"x": 7},
    tags=["p", "q"],
    label=None,
    trimmed="x",
    since=None,
    lead=5,
    sizes=(1.5, 2.0),
    days=(dt.date(2025, 2, 3),),
    levels=(1, 2),
    count=None,
    flags=(True, False),
    kinds=(m.Topic.VITALITY,),
    note=m.LocalizedText(sv="x"),
    echo="cd",
)


@pytest.mark.parametrize("document", ["full", "least", "some"])
def test_a_class_added_later_is_read_and_written_like_cattrs_does(document: str) -> None:
    later = {
        "full": LATER,
        "least": Later(code="ab", when=dt.time(9, 30)),
        "some": Later(
            code="ab", when=dt.time(9, 30), count=3, levels=(4,), since=dt.date(2021, 2, 3)
        ),
    }[document]
    cls = Later
    data = json.loads(json.dumps(fast_converter.unstructure(later, cls)))
    assert fast_reader(cls)(data) == later
    assert detailed_converter.structure(data, cls) == later
    written = fast_writer(cls)(later)
    assert written == fast_converter.unstructure(later, cls)
    assert json.dumps(written) == json.dumps(data)
    for indent in (None, 2):
        text = write_text(later, cls, indent, ("v", "1"))
        assert text.encode() == encode_stdlib({"v": "1", **data}, indent)


def test_the_converters_of_a_class_added_later_are_called_on_what_is_read() -> None:
    document = {"code": " ab ", "when": "09:30", "trimmed": " x "}
    expected = Later(code="ab", when=dt.time(9, 30), echo="ab", trimmed="x")
    assert fast_reader(Later)(document) == expected
    assert detailed_converter.structure(document, Later) == expected


def _outcome(read: Any, document: dict[str, Any]) -> str:
    try:
        read(document)
    except Exception:  # either path refusing is the outcome compared
        return "refused"
    return "read"


@pytest.mark.parametrize(
    "change",
    [
        {"code": "abc"},
        {"code": 1},
        {"when": "25:00"},
        {"at": "2025-02-03"},
        {"size": "big"},
        {"ratio": "big"},
        {"pair": {"x": "7"}},
        {"sizes": "x"},
        {"sizes": ["x"]},
        {"days": "2025-02-03"},
        {"days": [1]},
        {"levels": [0]},
        {"levels": "x"},
        {"count": 0},
        {"count": 10},
        {"flags": [1]},
        {"flags": "x"},
        {"kinds": ["x"]},
        {"kinds": "vitality"},
        {"note": 1},
        {"echo": 1},
        {"label": 1},
        {"extra": 1},
    ],
)
def test_a_class_added_later_refuses_what_the_detailed_path_refuses(
    change: dict[str, Any],
) -> None:
    document = {"code": "ab", "when": "09:30", **change}
    assert _outcome(fast_reader(Later), document) == "refused"
    assert _outcome(lambda d: detailed_converter.structure(d, Later), document) == "refused"


# The XML tree reader ---------------------------------------------------------


def _tree(data: bytes) -> etree._Element:
    return parse(data, max_bytes=1 << 24, max_depth=100)


@pytest.mark.parametrize("name", sorted(MEMOS))
def test_the_generated_xml_reader_builds_the_memo_written(name: str) -> None:
    memo = MEMOS[name]
    read = fast_read(_tree(hn.to_xml(memo)))
    assert read == memo
    assert hash(read) == hash(memo)


def test_the_generated_xml_reader_builds_objects_without_their_init(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("__init__ called")

    tree = _tree(hn.to_xml(FULL))
    for cls in {type(v) for v in _objects(FULL)}:
        monkeypatch.setattr(cls, "__init__", refuse)
    assert fast_read(tree) == FULL


#: Trees the XSD accepts and the model refuses, one check each: the element
#: (by name, the how-manyth), its new text (None: its children removed), the problem.
XML_REFUSED = [
    (
        "statuteNumber",
        0,
        "0",
        "line 11: /negotiation/legalBasis/legalReference/statuteNumber: expected a positive integer, found 0",
    ),
    (
        "statuteYear",
        0,
        "3000",
        "line 12: /negotiation/legalBasis/legalReference/statuteYear: expected a year from 1734 to 2999, found 3000",
    ),
    (
        "statuteYear",
        0,
        "1733",
        "line 12: /negotiation/legalBasis/legalReference/statuteYear: expected a year from 1734 to 2999, found 1733",
    ),
    (
        "section",
        0,
        "x",
        "line 13: /negotiation/legalBasis/legalReference/section: expected a section number such as '14' or '14 a', found \"x\"",
    ),
    (
        "id",
        0,
        "1x",
        "line 24: /negotiation/county/id: expected an identifier (a letter or '_', then letters, digits, '_', '.', '-'), found \"1x\"",
    ),
    (
        "parties",
        0,
        "",
        "line 261: /negotiation/outcomes/followUpAction/parties: expected an identifier (a letter or '_', then letters, digits, '_', '.', '-'), found \"\"",
    ),
    (
        "responsible",
        0,
        "a b",
        "line 277: /negotiation/outcomes/followUpAction/responsible: expected an identifier (a letter or '_', then letters, digits, '_', '.', '-'), found \"a b\"",
    ),
    (
        "sentence",
        0,
        "0",
        "line 269: /negotiation/outcomes/followUpAction/sources/source/sentence: expected a positive integer, found 0",
    ),
    (
        "languages",
        0,
        "x y",
        "line 440: /negotiation/record/languages: expected an ISO 639 language code such as 'fi', found \"x y\"",
    ),
    (
        "replaces",
        0,
        None,
        "line 317: /negotiation/outcomes/agreement[1]/replaces: expected a title or a record identifier, found neither",
    ),
    (
        "partialDate",
        0,
        "2025-13",
        "line 488: /negotiation/partialDate: expected a year or a month such as '2025' or '2025-03', found \"2025-13\"",
    ),
    (
        "municipalities",
        1,
        "1x",
        "line 518: /negotiation/municipalityGroups/municipalityGroup/municipalities: expected an identifier (a letter or '_', then letters, digits, '_', '.', '-'), found \"1x\"",
    ),
    (
        "councilTerm",
        0,
        "2025",
        "line 89: /negotiation/councilTerm: expected a council term such as '2025-2029', found \"2025\"",
    ),
    (
        "periodYears",
        0,
        "0",
        "line 429: /negotiation/record/publicity/periodYears: expected a positive integer, found 0",
    ),
    (
        "count",
        0,
        "0",
        "line 530: /negotiation/attendanceGroups/attendanceGroup[1]/count: expected a positive integer, found 0",
    ),
    (
        "subsection",
        0,
        "0",
        "line 14: /negotiation/legalBasis/legalReference/subsection: expected a positive integer, found 0",
    ),
]


@pytest.mark.parametrize(("tag", "index", "text", "problem"), XML_REFUSED)
def test_the_generated_xml_reader_refuses_what_the_detailed_reader_locates(
    tag: str, index: int, text: str | None, problem: str
) -> None:
    root = etree.fromstring(hn.to_xml(FULL))
    element = root.findall(f".//{{urn:hyvaneuvottelu:schema:1}}{tag}")[index]
    if text is None:
        element[:] = []
    elif len(element):
        element[0].text = text
    else:
        element.text = text
    data = etree.tostring(root, encoding="UTF-8", xml_declaration=True)
    with pytest.raises(Exception):  # noqa: B017, PT011 - any refusal sends the tree on
        fast_read(_tree(data))
    with pytest.raises(hn.DocumentError) as caught:
        hn.from_xml(data)
    assert [str(p) for p in caught.value.problems] == [problem]


def test_the_generated_reader_says_which_field_each_part_reads() -> None:
    # Printed for debugging: each field's lines open with its name and type as written.
    comments = [
        line.strip()
        for line in reader_source(m.Section).splitlines()
        if line.strip().startswith(("# subsections:", "# content:", "# number:"))
    ]
    assert comments == [
        "# number: str",
        "# content: tuple[content.Paragraph | content.PointList | content.Statement"
        " | content.Finding | content.Quotation, ...]",
        "# subsections: tuple[content.Section, ...]",
    ]


# Tracebacks through generated code -------------------------------------------
# The generated functions are registered with linecache under a name that says
# what they are, as attrs does for its __init__: a traceback shows their lines.


def _last_frames(call: Any, count: int) -> list[tuple[str, str, bool]]:
    with pytest.raises(Exception) as caught:  # noqa: PT011 - the traceback is the subject
        call()
    frames = traceback.extract_tb(caught.value.__traceback__)[-count:]
    return [(frame.filename, frame.name, bool(frame.line)) for frame in frames]


def test_a_traceback_through_a_generated_reader_shows_its_lines() -> None:
    document = {**wire(FULL), "kind": "x"}
    assert _last_frames(lambda: fast_reader(m.Negotiation)(document), 1) == [
        ("<generated JSON readers of Negotiation>", "read_Negotiation", True)
    ]
    tree = _tree(hn.to_xml(FULL))
    tree[0].text = "x"  # the kind: not found as written, nor stripped, in its table of codes
    assert _last_frames(lambda: fast_read(tree), 2) == [
        ("<generated XML tree readers>", "xml_Negotiation", True),
        (_fast_values.__file__, "__missing__", True),
    ]


def test_a_traceback_through_a_generated_writer_shows_its_lines() -> None:
    memo = attrs.evolve(FULL)
    object.__setattr__(memo, "date", "2025-02-03")  # not a date: it has no isoformat()
    assert _last_frames(lambda: fast_writer(m.Negotiation)(memo), 1) == [
        ("<generated JSON writers of Negotiation>", "write_Negotiation", True)
    ]
    huge = attrs.evolve(
        FULL, legal_basis=(m.LegalReference(statute_number=10**5000, statute_year=2021),)
    )
    for indent, kind in [(None, "compact"), (2, "indented")]:
        # The head to_json writes: another would compile a second set of writers.
        head = ("schemaVersion", SCHEMA_VERSION)
        frames = _last_frames(lambda: write_text(huge, m.Negotiation, indent, head), 2)  # noqa: B023 - called at once
        assert frames[0] == (
            f"<generated {kind} JSON text writers of Negotiation>",
            "json_LegalReference",
            True,
        )


def test_the_first_tree_read_in_a_process_is_read_by_the_generated_reader() -> None:
    # The readers are compiled on the first call: that call must use them too.
    code = (
        "import hyvaneuvottelu as hn\n"
        "from hyvaneuvottelu import examples\n"
        "from hyvaneuvottelu.xmlformat._fast import fast_read\n"
        "from hyvaneuvottelu.xmlformat._parse import parse\n"
        "memo = examples.load()\n"
        "tree = parse(hn.to_xml(memo), max_bytes=1 << 24, max_depth=100)\n"
        "print(fast_read(tree) == memo)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False
    )
    assert (result.stdout, result.returncode) == ("True\n", 0)
