"""A model built in Python refuses wrong types, naming the class and the field,
and holds tuples however its sequences were given."""

from __future__ import annotations

import datetime as dt
import inspect
from collections.abc import Callable
from typing import Any

import attrs
import pytest

import hyvaneuvottelu as hn
from hyvaneuvottelu import model as m
from hyvaneuvottelu.errors import InvalidValueError
from hyvaneuvottelu.model import _guard

#: The model without its static types, for constructions that are wrong on purpose.
loose: Any = m
T = m.LocalizedText(fi="Teksti")
LOHJA = m.Organisation(id="lohja", kind=m.OrganisationKind.MUNICIPALITY, name=T)
COUNTY = m.Organisation(id="lu", kind=m.OrganisationKind.COUNTY, name=T)


def negotiation(**changes: Any) -> m.Negotiation:
    fields: dict[str, Any] = {
        "kind": m.NegotiationKind.COUNCIL_TERM,
        "title": T,
        "county": COUNTY,
        "municipalities": (LOHJA,),
        **changes,
    }
    return m.Negotiation(**fields)


def loose_negotiation() -> Any:
    return negotiation()


def section(**changes: Any) -> m.Section:
    return m.Section(**{"number": "1", "title": T, **changes})


# Written by hand: each wrong construction, and the exact message.
WRONG: list[tuple[Callable[[], object], str]] = [
    (
        lambda: negotiation(kind="councilTerm"),
        'Negotiation.kind: expected a NegotiationKind member, found the string "councilTerm"',
    ),
    (
        lambda: negotiation(title="Neuvottelumuistio"),
        'Negotiation.title: expected a LocalizedText, found the string "Neuvottelumuistio"',
    ),
    (
        lambda: negotiation(date="2025-10-14"),
        'Negotiation.date: expected a date (year, month and day), found the string "2025-10-14"',
    ),
    (
        lambda: negotiation(municipalities=LOHJA),
        "Negotiation.municipalities: expected a tuple (or list) of Organisation objects, "
        "found an Organisation",
    ),
    (
        lambda: negotiation(municipalities=[LOHJA, "lohja"]),
        'Negotiation.municipalities: expected an Organisation, found the string "lohja" at index 1',
    ),
    (
        lambda: negotiation(topics={loose.Topic.PREMISES}),
        "Negotiation.topics: expected a tuple (or list) of Topic members, found a set",
    ),
    (
        lambda: negotiation(topics=["premises"]),
        'Negotiation.topics: expected a Topic member, found the string "premises" at index 0',
    ),
    (
        lambda: negotiation(county=None),
        "Negotiation.county: expected an Organisation, found None",
    ),
    (
        lambda: negotiation(place="Lohja"),
        'Negotiation.place: expected a LocalizedText or None, found the string "Lohja"',
    ),
    (
        lambda: negotiation(sections=[section(), T]),
        "Negotiation.sections: expected a Section, found a LocalizedText at index 1",
    ),
    (
        lambda: loose.Section(number=1, title=T),
        "Section.number: expected a string, found the number 1",
    ),
    (
        lambda: section(kind="discussion"),
        'Section.kind: expected a SectionKind member, found the string "discussion"',
    ),
    (
        lambda: section(content=[loose.Point(text=T)]),
        "Section.content: expected a Paragraph, a PointList, a Statement, a Finding or a "
        "Quotation, found a Point at index 0",
    ),
    (
        loose.LocalizedText,
        "LocalizedText: expected text in at least one of fi, sv, en, found none of them",
    ),
    (
        lambda: loose.LocalizedText(fi=1),
        "LocalizedText.fi: expected a string or None, found the number 1",
    ),
    (
        lambda: loose.LocalizedText(sv=b"Promemoria"),
        "LocalizedText.sv: expected a string or None, found a bytes",
    ),
    (
        lambda: loose.LegalReference(statute_number="611", statute_year=2021),
        'LegalReference.statuteNumber: expected an integer, found the string "611"',
    ),
    (
        lambda: loose.LegalReference(statute_number=True, statute_year=2021),
        "LegalReference.statuteNumber: expected an integer, found True",
    ),
    (
        lambda: loose.LegalReference(statute_number=611, statute_year=2021.0),
        "LegalReference.statuteYear: expected an integer, found the number 2021.0",
    ),
    (
        lambda: loose.LegalReference(statute_number=611, statute_year=1000),
        "LegalReference.statuteYear: expected a year from 1734 to 2999, found 1000",
    ),
    (
        lambda: loose.Participant(id="p1", roles=("chair",)),
        'Participant.roles: expected a MeetingRole member, found the string "chair" at index 0',
    ),
    (
        lambda: loose.Participant(id="p 1"),
        "Participant.id: expected an identifier (a letter or '_', then letters, digits, "
        """'_', '.', '-'), found "p 1\"""",
    ),
    (
        lambda: loose.RecordMetadata(languages="fi"),
        'RecordMetadata.languages: expected a tuple (or list) of strings, found the string "fi"',
    ),
    (
        lambda: loose.RecordMetadata(retention=loose.Retention(permanent=1)),
        "Retention.permanent: expected True or False, found the number 1",
    ),
    (
        lambda: loose.RecordMetadata(status=loose.DocumentType.MEMO),
        "RecordMetadata.status: expected a RecordStatus member or None, found DocumentType.MEMO",
    ),
    (
        lambda: loose.RecordMetadata(created=dt.date(2025, 2, 3)),
        "RecordMetadata.created: expected a date-time with a UTC offset of whole minutes "
        'within ±14:00, found a date "2025-02-03"',
    ),
    (
        lambda: loose.FollowUpAction(
            id="a",
            title=T,
            status=loose.OutcomeStatus.OPEN,
            responsible=[1],
        ),
        "FollowUpAction.responsible: expected a string, found the number 1 at index 0",
    ),
    (
        lambda: loose.Agreement(id="a", title=T, status="agreed"),
        'Agreement.status: expected an OutcomeStatus member, found the string "agreed"',
    ),
    (
        lambda: loose.FollowUpAction(
            id="a", title=T, status=loose.OutcomeStatus.OPEN, sources=[{}]
        ),
        "FollowUpAction.sources: expected a SourceRef, found a dict at index 0",
    ),
    (
        lambda: loose.Statement(speaker="p1", points=[loose.Point(text=T)] * 2 + ["x" * 100]),
        'Statement.points: expected a Point, found the string "' + "x" * 57 + '..." at index 2',
    ),
]


@pytest.mark.parametrize(("make", "message"), WRONG)
def test_a_wrong_construction_names_the_class_and_the_field(
    make: Callable[[], object], message: str
) -> None:
    with pytest.raises(InvalidValueError) as caught:
        make()
    assert str(caught.value) == message


def test_a_missing_field_is_named_by_python() -> None:
    with pytest.raises(
        TypeError, match=r"^Section.__init__\(\) missing 1 required keyword-only argument: 'title'$"
    ):
        loose.Section(number="1")


def test_the_error_keeps_the_wire_name_for_readers() -> None:
    with pytest.raises(InvalidValueError) as caught:
        m.LegalReference(statute_number=0, statute_year=2021)
    error = caught.value
    assert (error.owner, error.field, error.expected, error.found) == (
        "LegalReference",
        "statuteNumber",
        "a positive integer",
        "0",
    )


def test_a_huge_integer_is_not_turned_into_text() -> None:
    with pytest.raises(InvalidValueError) as caught:
        loose.Participant(id="p1", name=10**5000)
    assert (
        str(caught.value)
        == "Participant.name: expected a string or None, found a very large integer"
    )


def test_sequences_given_as_lists_become_tuples() -> None:
    point = m.Point(id="p1", text=T)
    built = negotiation(
        municipalities=[LOHJA],
        topics=[m.Topic.PREMISES],
        sections=[
            section(
                content=[
                    loose.PointList(points=[point]),
                    loose.Statement(speaker="s", points=[point]),
                ],
                subsections=[section(number="1.1")],
            )
        ],
        record=loose.RecordMetadata(languages=["fi", "sv"]),
    )
    same = negotiation(
        municipalities=(LOHJA,),
        topics=(m.Topic.PREMISES,),
        sections=(
            section(
                content=(m.PointList(points=(point,)), m.Statement(speaker="s", points=(point,))),
                subsections=(section(number="1.1"),),
            ),
        ),
        record=m.RecordMetadata(languages=("fi", "sv")),
    )
    assert type(built.municipalities) is tuple
    assert type(built.sections[0].content) is tuple
    seen: Any = built
    assert type(seen.sections[0].content[0].points) is tuple
    assert type(seen.record.languages) is tuple
    assert built == same
    assert hash(built) == hash(same)
    assert hn.from_json(hn.to_json(built)) == built
    assert hn.from_xml(hn.to_xml(built)) == built


def test_other_sequences_become_tuples_too() -> None:
    assert loose.RecordMetadata(languages=range(0)).languages == ()
    assert m.Participant(id="p", roles=(m.MeetingRole.CHAIR,)).roles == (m.MeetingRole.CHAIR,)


def test_evolve_is_checked_like_a_constructor() -> None:
    with pytest.raises(InvalidValueError) as caught:
        attrs.evolve(loose_negotiation(), council_term=2025)
    assert (
        str(caught.value)
        == "Negotiation.councilTerm: expected a string or None, found the number 2025"
    )
    assert attrs.evolve(loose_negotiation(), topics=[m.Topic.PREMISES]).topics == (
        m.Topic.PREMISES,
    )


def test_the_fields_own_converters_still_run() -> None:
    fold = negotiation(start_time=dt.time(9, 0, fold=1)).start_time
    assert fold is not None
    assert fold.fold == 0
    helsinki = dt.timezone(dt.timedelta(hours=2), "EET")
    created = m.RecordMetadata(created=dt.datetime(2025, 2, 3, 10, tzinfo=helsinki)).created
    assert created is not None
    assert created.tzinfo == dt.timezone(dt.timedelta(hours=2))
    assert created.tzname() == "UTC+02:00"


def _model_classes() -> list[type]:
    found = []
    for name in dir(m):
        value = getattr(m, name)
        if isinstance(value, type) and attrs.has(value):
            found.append(value)
    return found


@pytest.mark.parametrize("cls", _model_classes(), ids=lambda cls: cls.__name__)
def test_every_model_class_is_protected(cls: type) -> None:
    # A class added later is declared like the others, or fails here.
    for field in attrs.fields(cls):
        assert isinstance(field.converter, attrs.Converter), (cls, field.name)
        guard: Any = field.converter.converter  # type: ignore[attr-defined]  # not in attrs' stubs
        assert isinstance(guard, _guard._Guard), (cls, field.name)
        assert guard.owner == cls.__name__


def test_the_constructors_keep_their_annotations() -> None:
    hints = inspect.signature(m.Negotiation).parameters
    assert hints["sections"].annotation == "tuple[Section, ...]"
    assert hints["date"].annotation == "dt.date | None"


def test_the_value_descriptions() -> None:
    assert (
        _guard.describe_value(dt.datetime(2025, 1, 2, 3, 4)) == 'a date-time "2025-01-02T03:04:00"'
    )
    assert _guard.describe_value(dt.time(3, 4)) == 'a time of day "03:04:00"'
    assert _guard.describe_value(1.5) == "the number 1.5"
    assert _guard.describe_value([]) == "a list"
    assert _guard.describe_value(object()) == "an object"
    assert _guard.expected_of(tuple[m.LocalizedText, ...]) == (
        "a tuple (or list) of LocalizedText objects"
    )
    assert _guard.expected_of(tuple[dt.time, ...]) == "a tuple (or list) of times of day"
    assert _guard.expected_of(m.Content) == (
        "a Paragraph, a PointList, a Statement, a Finding or a Quotation"
    )


def test_assemble_builds_what_the_constructor_builds_without_the_type_checks() -> None:
    built = _guard.assemble(m.Section, {"number": "2", "title": T})
    assert built == section(number="2")
    assert built.kind is m.SectionKind.OTHER
    assert built.content == ()
    fold = _guard.assemble(
        m.Negotiation, {**vars_of(negotiation()), "start_time": dt.time(9, fold=1)}
    )
    assert fold.start_time is not None
    assert fold.start_time.fold == 0


def vars_of(obj: Any) -> dict[str, Any]:
    return {field.name: getattr(obj, field.name) for field in attrs.fields(type(obj))}


def test_assemble_still_runs_the_validators_and_the_text_check() -> None:
    with pytest.raises(InvalidValueError) as caught:
        _guard.assemble(m.Section, {"number": "2.", "title": T})
    assert str(caught.value) == (
        "Section.number: expected a section number such as '4' or '4.2', found \"2.\""
    )
    with pytest.raises(InvalidValueError) as caught:
        _guard.assemble(m.LocalizedText, {})
    assert str(caught.value) == (
        "LocalizedText: expected text in at least one of fi, sv, en, found none of them"
    )
    with pytest.raises(TypeError, match=r"^Section: the field 'title' is required$"):
        _guard.assemble(m.Section, {"number": "2"})
