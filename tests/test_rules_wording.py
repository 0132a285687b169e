"""Issue 12's wording: the messages a records manager reads, in Finnish, Swedish and English.

Written by hand for the rules the issue names (HN-D001, HN-R008, HN-R002,
HN-R006, HN-P004, HN-P009, HN-A016) and for those reworded with them, each
rendered from a real finding.
"""

from __future__ import annotations

import attrs
import pytest

from hyvaneuvottelu import (
    Finding,
    LocalizedText,
    Negotiation,
    OnBehalfOf,
    Organisation,
    OrganisationKind,
    PointList,
    Publicity,
    PublicityClass,
    RecordStatus,
    Retention,
    check,
)
from hyvaneuvottelu.validation import validate_bytes

from .rule_cases import (
    CHAIR,
    GOOD,
    SPEAKER,
    changed,
    fi,
    follow_up,
    municipality,
    record,
    section,
    statement,
)

LANGUAGES = ("fi", "sv", "en")


def messages(negotiation: Negotiation, code: str) -> list[list[str]]:
    """The messages of each finding of ``code``, in fi, sv and en."""
    report = check(negotiation, "archive")
    return [[f.message(lang) for lang in LANGUAGES] for f in report.findings if f.code == code]


def test_hn_d001_the_memo_is_not_valid() -> None:
    [finding] = validate_bytes(b"[]", format="json").findings
    assert finding.code == "HN-D001"
    assert [finding.message(lang).split(":")[0] for lang in LANGUAGES] == [
        "Muistio ei ole kelvollinen",
        "Promemorian är inte giltig",
        "The memo is not valid",
    ]


def test_hn_r002_not_among_the_memo_s_organisations() -> None:
    negotiation = statement(on_behalf_of=OnBehalfOf(organisation="ghost"))
    assert messages(negotiation, "HN-R002") == [
        [
            'Organisaatiota "ghost", jonka puolesta puhuttiin, ei ole merkitty muistion '
            "organisaatioihin",
            'Organisationen "ghost", på vars vägnar anförandet hölls, finns inte bland '
            "promemorians organisationer",
            'The organisation "ghost" spoken for is not among the memo\'s organisations',
        ]
    ]


def test_hn_r006_the_author_s_organisation() -> None:
    assert messages(record(author_organisation="ghost"), "HN-R006") == [
        [
            'Laatijan organisaatiota "ghost" ei ole merkitty muistion organisaatioihin',
            'Upprättarens organisation "ghost" finns inte bland promemorians organisationer',
            "The author's organisation \"ghost\" is not among the memo's organisations",
        ]
    ]


def test_hn_r004_and_r005_say_it_alike() -> None:
    assert messages(follow_up(parties=("ghost",)), "HN-R004") == [
        [
            'Tuloksen "tapaaminen" osapuolta "ghost" ei ole merkitty muistion organisaatioihin',
            'Parten "ghost" i resultatet "tapaaminen" finns inte bland promemorians organisationer',
            'The party "ghost" of outcome "tapaaminen" is not among the memo\'s organisations',
        ]
    ]
    assert messages(follow_up(proposer="ghost"), "HN-R005") == [
        [
            'Jatkotoimenpiteen "tapaaminen" ehdottajaa tai vastuutahoa "ghost" ei ole merkitty '
            "muistion organisaatioihin eikä osallistujiin",
            'Förslagsställaren eller den ansvariga parten "ghost" för den fortsatta åtgärden '
            '"tapaaminen" finns inte bland promemorians organisationer eller deltagare',
            'The proposer or responsible party "ghost" of follow-up "tapaaminen" is not among '
            "the memo's organisations or participants",
        ]
    ]


def test_hn_r008_marked_as_representing_another_organisation() -> None:
    negotiation = statement(on_behalf_of=OnBehalfOf(organisation="lu"))
    assert messages(negotiation, "HN-R008") == [
        [
            'Puhuja "Jussi Patinen" puhui organisaation "Länsi-Uudenmaan hyvinvointialue" '
            "puolesta, mutta hänet on merkitty toisen organisaation edustajaksi",
            'Talaren "Jussi Patinen" talade på vägnar av "Västra Nylands välfärdsområde", men har '
            "angetts som företrädare för en annan organisation",
            'The speaker "Jussi Patinen" spoke for "Länsi-Uudenmaan hyvinvointialue" but is '
            "marked as representing another organisation",
        ]
    ]


@pytest.mark.parametrize(
    ("name", "code", "expected"),
    [
        (
            "Tampere",
            "837",
            [
                'Kunta "Tampere" kuuluu Pirkanmaan hyvinvointialueeseen, ei '
                "Länsi-Uudenmaan hyvinvointialueeseen",
                'Kommunen "Tampere" hör till Birkalands välfärdsområde, inte till '
                "Västra Nylands välfärdsområde",
                'The municipality "Tampere" belongs to Pirkanmaan hyvinvointialue, not to '
                "Länsi-Uudenmaan hyvinvointialue",
            ],
        ),
        (
            "Helsinki",
            "091",
            [
                'Kunta "Helsinki" kuuluu Helsingin kaupunkiin, ei Länsi-Uudenmaan '
                "hyvinvointialueeseen",
                'Kommunen "Helsinki" hör till Helsingfors stad, inte till Västra Nylands '
                "välfärdsområde",
                'The municipality "Helsinki" belongs to Helsingin kaupunki, not to '
                "Länsi-Uudenmaan hyvinvointialue",
            ],
        ),
        (
            "Maarianhamina",
            "478",
            [
                'Kunta "Maarianhamina" kuuluu Ahvenanmaahan, ei Länsi-Uudenmaan '
                "hyvinvointialueeseen",
                'Kommunen "Maarianhamina" hör till Åland, inte till Västra Nylands välfärdsområde',
                'The municipality "Maarianhamina" belongs to Ahvenanmaa, not to '
                "Länsi-Uudenmaan hyvinvointialue",
            ],
        ),
    ],
)
def test_hn_p004_the_county_in_the_illative(name: str, code: str, expected: list[str]) -> None:
    assert messages(municipality(name=fi(name), statistics_code=code), "HN-P004") == [expected]


def test_hn_p009_names_the_person_by_name_title_or_place_never_by_id() -> None:
    named = changed(participants=(CHAIR, attrs.evolve(SPEAKER, organisation=None)))
    assert messages(named, "HN-P009") == [
        [
            'Osallistujan "Jussi Patinen" organisaatiota ei ole merkitty',
            'Ingen organisation har angetts för deltagaren "Jussi Patinen"',
            'The participant "Jussi Patinen" has no organisation',
        ]
    ]
    titled = attrs.evolve(
        SPEAKER,
        name=None,
        organisation=None,
        title=LocalizedText(fi="Kaupunginjohtaja", sv="Stadsdirektör"),
    )
    assert messages(changed(participants=(CHAIR, titled)), "HN-P009") == [
        [
            'Osallistujan "Kaupunginjohtaja" organisaatiota ei ole merkitty',
            'Ingen organisation har angetts för deltagaren "Stadsdirektör"',
            'The participant "Kaupunginjohtaja" has no organisation',
        ]
    ]
    bare = attrs.evolve(SPEAKER, name=None, organisation=None)
    assert messages(changed(participants=(CHAIR, bare)), "HN-P009") == [
        [
            'Osallistujan "osallistuja 2" organisaatiota ei ole merkitty',
            'Ingen organisation har angetts för deltagaren "deltagare 2"',
            'The participant "participant 2" has no organisation',
        ]
    ]


def test_hn_a016_retention_neither_permanent_nor_in_years() -> None:
    assert messages(record(retention=Retention(reason=fi("Päätös"))), "HN-A016") == [
        [
            "Säilytysaikaa ei ole merkitty pysyväksi eikä vuosina",
            "Förvaringstiden har varken angetts som varaktig eller i år",
            "The retention period is given neither as permanent nor in years",
        ]
    ]


def test_labels_not_codes() -> None:
    assert messages(record(status=RecordStatus.DRAFT), "HN-A007") == [
        [
            "Muistiota ei ole merkitty hyväksytyksi (tila: luonnos)",
            "Promemorian har inte markerats som godkänd (status: utkast)",
            "The memo is not marked approved (status: draft)",
        ]
    ]
    secret = Publicity(publicity_class=PublicityClass.CONFIDENTIAL, period_years=25)
    assert messages(record(publicity=secret), "HN-A011") == [
        [
            'Julkisuusluokka on "salassa pidettävä", mutta salassapitoperuste puuttuu',
            'Offentlighetsklassen är "sekretessbelagd", men sekretessgrunden saknas',
            'The publicity class is "confidential" but the legal ground for secrecy is missing',
        ]
    ]
    county_as_municipality = Organisation(
        id="lohja", kind=OrganisationKind.COUNTY, name=fi("Lohja"), statistics_code="444"
    )
    assert messages(changed(municipalities=(county_as_municipality,)), "HN-P002") == [
        [
            'Osapuolen "Lohja" lajiksi on merkitty hyvinvointialue, vaikka sen pitäisi olla kunta',
            'Parten "Lohja" har angetts som välfärdsområde, men borde vara kommun',
            'The party "Lohja" is marked as wellbeing services county, but should be a '
            "municipality",
        ]
    ]
    without_opening = section(0, kind=GOOD.sections[1].kind)
    assert messages(without_opening, "HN-S005") == [
        [
            "Muistiossa ei ole avauskohtaa",
            "Promemorian saknar en punkt om öppnandet",
            "The memo has no opening section",
        ]
    ]


def test_hn_s009_names_the_empty_item() -> None:
    negotiation = section(0, content=(*GOOD.sections[0].content, PointList(points=()), Finding()))
    assert messages(negotiation, "HN-S009") == [
        [
            "Asiakohdan 1 kohtaluettelo on tyhjä",
            "Punkt 1 har en punktlista utan innehåll",
            "Section 1 has an empty point list",
        ],
        [
            "Asiakohdan 1 toteamus on tyhjä",
            "Punkt 1 har ett konstaterande utan innehåll",
            "Section 1 has an empty finding",
        ],
    ]


def test_hn_s004_names_the_speaker_not_the_id() -> None:
    assert messages(statement(points=()), "HN-S004") == [
        [
            'Osallistujan "Jussi Patinen" puheenvuorosta ei ole kirjattu yhtään kohtaa',
            'Ingen punkt har antecknats ur anförandet av "Jussi Patinen"',
            'The statement by "Jussi Patinen" records no point',
        ]
    ]
    undeclared = messages(statement(points=(), speaker="ghost"), "HN-S004")
    assert [m[2] for m in undeclared] == ['The statement by "ghost" records no point']
