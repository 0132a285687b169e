"""The variations real memos have, each with a fixture written for it."""

from __future__ import annotations

import datetime as dt

import attrs

from hyvaneuvottelu import (
    Finding,
    FollowUpAction,
    ImportResult,
    LeadershipKind,
    LegalReference,
    LocalizedText,
    MeetingRole,
    Negotiation,
    NoteKind,
    OnBehalfOf,
    Paragraph,
    Participant,
    Point,
    PointList,
    Presence,
    Quotation,
    SectionKind,
    Statement,
    import_text,
)


def fi(text: str) -> LocalizedText:
    return LocalizedText(fi=text)


def points(section: str, *texts: str) -> tuple[Point, ...]:
    return tuple(Point(id=f"s{section}-p{n}", text=fi(t)) for n, t in enumerate(texts, start=1))


def outline(negotiation: Negotiation) -> list[tuple[str, str, SectionKind]]:
    return [(s.number, s.title.first(), s.kind) for s in negotiation.sections]


# Bullets


BULLETS = """Neuvottelu

1. Avaus

Puheenjohtaja avasi Lohjan kaupungin ja hyvinvointialueen neuvottelun.

2. Muut asiat

• Pisteellä merkitty kohta jatkuu
seuraavalle riville.
- Viivalla merkitty kohta.
– Ajatusviivalla merkitty kohta.
* Tähdellä merkitty kohta.
o Wordin toisen tason kohta.

3. Päätös

Puheenjohtaja päätti neuvottelun.
"""


def test_every_bullet_style_is_a_point() -> None:
    draft = import_text(BULLETS).negotiation
    assert draft.sections[1].content == (
        PointList(
            points=points(
                "2",
                "Pisteellä merkitty kohta jatkuu seuraavalle riville.",
                "Viivalla merkitty kohta.",
                "Ajatusviivalla merkitty kohta.",
                "Tähdellä merkitty kohta.",
                "Wordin toisen tason kohta.",
            )
        ),
    )
    assert outline(draft) == [
        ("1", "Avaus", SectionKind.OPENING),
        ("2", "Muut asiat", SectionKind.OTHER_MATTERS),
        ("3", "Päätös", SectionKind.CLOSING),
    ]


# Numbering


PARENTHESES = """Neuvottelu

1) Avaus

Puheenjohtaja avasi Lohjan kaupungin ja hyvinvointialueen neuvottelun.

2) Keskustelu

Keskustelussa todettiin seuraavaa:

1) Yhteistyö on kehittynyt.
2) Viestintä vaatii yhteistyötä.
3) Joukkoliikenteestä keskustellaan.

3) Päätös

Puheenjohtaja päätti neuvottelun.
"""

PARAGRAPH_SIGNS = """Neuvottelu

§ 12 Avaus

Puheenjohtaja avasi Lohjan kaupungin ja hyvinvointialueen neuvottelun.

§ 13 Kaupungin puheenvuorot

Kaupunginjohtaja Pasi Perämäki piti puheenvuoron kaupungin viranhaltijajohdon puolesta.

1. Yhteistyö on kehittynyt.
2. Viestintä vaatii yhteistyötä.

§ 14 Päätös

Puheenjohtaja päätti neuvottelun.
"""

SUBSECTIONS = """Neuvottelu

1. Avaus

Puheenjohtaja avasi Lohjan kaupungin ja hyvinvointialueen neuvottelun.

2. Yhteistyön rakenteet

2.1 Pelastustoimi

Kaikki entiset yhteistyörakenteet pelastustoimen kanssa ovat edelleen olemassa.

2.2 Joukkoliikenne

Joukkoliikenteestä keskusteltiin.

3. Päätös

Puheenjohtaja päätti neuvottelun.
"""


def test_numbers_in_parentheses_and_a_numbered_list_inside_a_section() -> None:
    draft = import_text(PARENTHESES).negotiation
    assert outline(draft) == [
        ("1", "Avaus", SectionKind.OPENING),
        ("2", "Keskustelu", SectionKind.DISCUSSION),
        ("3", "Päätös", SectionKind.CLOSING),
    ]
    assert draft.sections[1].content == (
        Finding(
            text=fi("Keskustelussa todettiin seuraavaa:"),
            points=points(
                "2",
                "Yhteistyö on kehittynyt.",
                "Viestintä vaatii yhteistyötä.",
                "Joukkoliikenteestä keskustellaan.",
            ),
        ),
    )


def test_paragraph_sign_numbering_runs_from_any_number() -> None:
    draft = import_text(PARAGRAPH_SIGNS).negotiation
    assert outline(draft) == [
        ("12", "Avaus", SectionKind.OPENING),
        ("13", "Kaupungin puheenvuorot", SectionKind.OPENING_STATEMENTS),
        ("14", "Päätös", SectionKind.CLOSING),
    ]
    assert draft.sections[1].content == (
        Statement(
            speaker="peramaki",
            on_behalf_of=OnBehalfOf(organisation="lohja", leadership=LeadershipKind.OFFICIAL),
            text=fi(
                "Kaupunginjohtaja Pasi Perämäki piti puheenvuoron kaupungin viranhaltijajohdon "
                "puolesta."
            ),
            points=points("13", "Yhteistyö on kehittynyt.", "Viestintä vaatii yhteistyötä."),
        ),
    )


def test_subsections_nest_under_their_section() -> None:
    draft = import_text(SUBSECTIONS).negotiation
    assert outline(draft) == [
        ("1", "Avaus", SectionKind.OPENING),
        ("2", "Yhteistyön rakenteet", SectionKind.OTHER),
        ("3", "Päätös", SectionKind.CLOSING),
    ]
    assert [(s.number, s.title.fi, s.content) for s in draft.sections[1].subsections] == [
        (
            "2.1",
            "Pelastustoimi",
            (
                Paragraph(
                    text=fi(
                        "Kaikki entiset yhteistyörakenteet pelastustoimen kanssa ovat edelleen "
                        "olemassa."
                    )
                ),
            ),
        ),
        ("2.2", "Joukkoliikenne", (Paragraph(text=fi("Joukkoliikenteestä keskusteltiin.")),)),
    ]
    (outcome,) = draft.outcomes
    assert outcome.sources[0].section == "2.1"


# Line ends and pages


def test_crlf_line_ends_read_as_lf() -> None:
    assert import_text(BULLETS.replace("\n", "\r\n")).negotiation == (
        import_text(BULLETS).negotiation
    )


PAGED = (
    "LOHJAN KAUPUNKI            MUISTIO            1 (2)\n"
    "12.2.2025\n"
    "\n"
    "Neuvottelu\n"
    "\n"
    "1. Avaus\n"
    "\n"
    "Puheenjohtaja avasi Lohjan kaupungin ja hyvinvointialueen neuvottelun.\n"
    "\n"
    "2. Muut asiat\n"
    "\n"
    "• Lohjan kaupunki ehdotti yhteistä tapaamista hyvinvointialueen\n"
    "kanssa.\n"
    "\n"
    "Lohjan kaupunki, Karstuntie 4\n"
    "Sivu 1\n"
    "\f"
    "LOHJAN KAUPUNKI            MUISTIO            2 (2)\n"
    "12.2.2025\n"
    "\n"
    "• Tarkempi neuvottelu on tarkoitus järjestää syksyn aikana.\n"
    "\n"
    "3. Päätös\n"
    "\n"
    "Puheenjohtaja päätti neuvottelun.\n"
    "\n"
    "Lohjan kaupunki, Karstuntie 4\n"
    "Sivu 2\n"
)

WITHOUT_PAGES = """Neuvottelu

1. Avaus

Puheenjohtaja avasi Lohjan kaupungin ja hyvinvointialueen neuvottelun.

2. Muut asiat

• Lohjan kaupunki ehdotti yhteistä tapaamista hyvinvointialueen
kanssa.
• Tarkempi neuvottelu on tarkoitus järjestää syksyn aikana.

3. Päätös

Puheenjohtaja päätti neuvottelun.
"""


def test_form_feeds_and_page_furniture_are_dropped() -> None:
    result = import_text(PAGED)
    assert result.negotiation == import_text(WITHOUT_PAGES).negotiation
    assert [str(n) for n in result.of_kind(NoteKind.REMOVED)] == [
        'line 1: page furniture removed (2 times): "LOHJAN KAUPUNKI MUISTIO 1 (2)"',
        'line 2: page furniture removed (2 times): "12.2.2025"',
        'line 15: page furniture removed (2 times): "Lohjan kaupunki, Karstuntie 4"',
        'line 16: page furniture removed (2 times): "Sivu 1"',
    ]
    assert result.negotiation.date is None  # a date on every page is not the meeting's


def test_a_bullet_goes_on_across_a_page_break() -> None:
    draft = import_text(PAGED).negotiation
    assert draft.sections[1].content == (
        PointList(
            points=points(
                "2",
                "Lohjan kaupunki ehdotti yhteistä tapaamista hyvinvointialueen kanssa.",
                "Tarkempi neuvottelu on tarkoitus järjestää syksyn aikana.",
            )
        ),
    )


# The header block


HEADER = """Neuvottelu Raaseporin kaupungin ja Länsi-Uudenmaan hyvinvointialueen välillä

Aika: 12.2.2025 klo 13.00–14.30
Paikka: Raaseporin kaupungintalo, Raatihuoneenkatu 4
Läsnä:
Raaseporin kaupunki
Anna Virtanen, kaupunginhallituksen puheenjohtaja
Pekka Laine, kaupunginjohtaja (etänä)
Länsi-Uudenmaan hyvinvointialue
Mia Laiho, aluehallituksen puheenjohtaja (pj)
Sanna Svahn, hyvinvointialuejohtaja
Poissa: Kari Koski, kaupunginvaltuuston puheenjohtaja
Puheenjohtaja: Mia Laiho
Sihteeri: Liisa Lehto, erityisasiantuntija
Muut läsnäolijat: Olli Oja, kehittämispäällikkö, Länsi-Uudenmaan hyvinvointialue

1. Neuvottelun avaus

Puheenjohtaja avasi neuvottelun.

2. Neuvottelun päättäminen

Puheenjohtaja päätti neuvottelun.
"""


def test_the_header_block_gives_time_place_and_attendees() -> None:
    result = import_text(HEADER)
    draft = result.negotiation
    assert (draft.date, draft.start_time, draft.end_time) == (
        dt.date(2025, 2, 12),
        dt.time(13, 0),
        dt.time(14, 30),
    )
    assert draft.place == fi("Raaseporin kaupungintalo, Raatihuoneenkatu 4")
    assert draft.county.id == "lansi-uusimaa"
    assert [m.id for m in draft.municipalities] == ["raasepori"]
    member, chair, secretary = MeetingRole.MEMBER, MeetingRole.CHAIR, MeetingRole.SECRETARY
    present, absent = Presence.PRESENT, Presence.ABSENT
    assert draft.participants == (
        Participant(
            id="virtanen",
            name="Anna Virtanen",
            title=fi("kaupunginhallituksen puheenjohtaja"),
            organisation="raasepori",
            roles=(member,),
            presence=present,
        ),
        Participant(
            id="laine",
            name="Pekka Laine",
            title=fi("kaupunginjohtaja"),
            organisation="raasepori",
            roles=(member,),
            presence=Presence.REMOTE,
        ),
        Participant(
            id="laiho",
            name="Mia Laiho",
            title=fi("aluehallituksen puheenjohtaja"),
            organisation="lansi-uusimaa",
            roles=(member, chair),
            presence=present,
        ),
        Participant(
            id="svahn",
            name="Sanna Svahn",
            title=fi("hyvinvointialuejohtaja"),
            organisation="lansi-uusimaa",
            roles=(member,),
            presence=present,
        ),
        Participant(
            id="koski",
            name="Kari Koski",
            title=fi("kaupunginvaltuuston puheenjohtaja"),
            organisation="raasepori",
            presence=absent,
        ),
        Participant(
            id="lehto",
            name="Liisa Lehto",
            title=fi("erityisasiantuntija"),
            roles=(secretary,),
        ),
        Participant(
            id="oja",
            name="Olli Oja",
            title=fi("kehittämispäällikkö"),
            organisation="lansi-uusimaa",
            presence=present,
        ),
    )
    assert result.complete
    assert result.of_kind(NoteKind.ABSENT) == result.of_kind("absent")
    assert [n.pointer for n in result.of_kind(NoteKind.ABSENT)] == ["/record"]


def test_what_the_header_cannot_hold_is_listed() -> None:
    text = (
        "Neuvottelu\n\n"
        "Aika: keskiviikkona 30.2.2025 klo 13-15, Teams\n"
        "Läsnä: Anna Virtanen, kaupunginhallituksen\n"
        "puheenjohtaja, Lohjan kaupunki (poistui klo 14.00)\n\n"
        "1. Avaus\n\nPuheenjohtaja avasi neuvottelun.\n"
    )
    result = import_text(text)
    assert [str(n) for n in result.of_kind(NoteKind.UNREAD)] == [
        'line 3: "30.2.2025" is not a date',
        'line 3: not read from the time: "Teams"',
        'line 4: the time in "(poistui klo 14.00)" is not in the draft (presence: partial)',
    ]
    assert not result.complete
    (anna,) = (p for p in result.negotiation.participants if p.name)
    assert (anna.title, anna.organisation, anna.presence) == (
        fi("kaupunginhallituksen puheenjohtaja"),
        "lohja",
        Presence.PARTIAL,
    )
    assert result.negotiation.start_time == dt.time(13, 0)


# Swedish


SWEDISH = """Förhandling

Tid: 3.3.2025 kl. 9.00–11.00
Plats: Raseborgs stadshus
Närvarande:
Anna Berg, stadsdirektör, Raseborgs stad
Mia Laiho, välfärdsområdesstyrelsens ordförande (ordf.)
Frånvarande: Karl Lind, stadsstyrelsens ordförande
Sekreterare: Eva Holm

1. Ordföranden öppnar förhandlingen

Ordföranden öppnade förhandlingen.

Lag om välfärdsområden 14 §: Förhandlingar mellan välfärdsområdet och kommunerna
Välfärdsområdet och kommunerna inom dess område ska minst en gång per fullmäktigeperiod
förhandla om samarbetet.

2. Öppningsanföranden

Stadsdirektör Anna Berg höll ett anförande på stadens tjänsteinnehavarlednings vägnar.

• Samarbetet med välfärdsområdet har utvecklats.

3. Diskussion

I diskussionen konstaterades följande:

• Raseborgs stad föreslog ett gemensamt möte med sysselsättningsområdet.

4. Förhandlingens avslutande

Ordföranden avslutade förhandlingen.
"""


def sv(text: str) -> LocalizedText:
    return LocalizedText(sv=text)


def test_a_swedish_memo() -> None:
    result = import_text(SWEDISH)
    draft = result.negotiation
    assert draft.title == sv("Förhandling")
    assert (draft.date, draft.start_time, draft.end_time, draft.place) == (
        dt.date(2025, 3, 3),
        dt.time(9, 0),
        dt.time(11, 0),
        sv("Raseborgs stadshus"),
    )
    assert [(m.id, m.name) for m in draft.municipalities] == [
        ("raasepori", LocalizedText(fi="Raasepori", sv="Raseborg"))
    ]
    law = LegalReference(
        statute_number=611,
        statute_year=2021,
        section="14",
        statute_title=sv("Lag om välfärdsområden"),
    )
    assert draft.legal_basis == (law,)
    assert [(s.number, s.title, s.kind) for s in draft.sections] == [
        ("1", sv("Ordföranden öppnar förhandlingen"), SectionKind.OPENING),
        ("2", sv("Öppningsanföranden"), SectionKind.OPENING_STATEMENTS),
        ("3", sv("Diskussion"), SectionKind.DISCUSSION),
        ("4", sv("Förhandlingens avslutande"), SectionKind.CLOSING),
    ]
    assert draft.sections[0].content == (
        Paragraph(text=sv("Ordföranden öppnade förhandlingen.")),
        Quotation(
            title=sv(
                "Lag om välfärdsområden 14 §: Förhandlingar mellan välfärdsområdet och kommunerna"
            ),
            reference=law,
            text=sv(
                "Välfärdsområdet och kommunerna inom dess område ska minst en gång per "
                "fullmäktigeperiod förhandla om samarbetet."
            ),
        ),
    )
    assert draft.sections[1].content == (
        Statement(
            speaker="berg",
            on_behalf_of=OnBehalfOf(organisation="raasepori", leadership=LeadershipKind.OFFICIAL),
            text=sv(
                "Stadsdirektör Anna Berg höll ett anförande på stadens "
                "tjänsteinnehavarlednings vägnar."
            ),
            points=(Point(id="s2-p1", text=sv("Samarbetet med välfärdsområdet har utvecklats.")),),
        ),
    )
    assert [(p.id, p.name, p.roles, p.presence) for p in draft.participants] == [
        ("berg", "Anna Berg", (MeetingRole.MEMBER,), Presence.PRESENT),
        ("laiho", "Mia Laiho", (MeetingRole.MEMBER, MeetingRole.CHAIR), Presence.PRESENT),
        ("lind", "Karl Lind", (), Presence.ABSENT),
        ("holm", "Eva Holm", (MeetingRole.SECRETARY,), None),
    ]
    (meeting,) = draft.outcomes
    assert isinstance(meeting, FollowUpAction)
    assert (meeting.status.value, meeting.proposer, meeting.title) == (
        "proposed",
        "raasepori",
        sv("Raseborgs stad föreslog ett gemensamt möte med sysselsättningsområdet"),
    )
    assert result.complete


# Unwrapped paragraphs


UNWRAPPED = (
    "Neuvottelu\n"
    "1. Puheenjohtaja avaa neuvottelun\n"
    "Neuvottelujen teemana ovat hyvinvointialueen ja kunnan yhteistyön rakenteet. Neuvottelujen "
    "tavoitteena on todeta hyvinvointialueen ja kunnan keskeiset yhteistyön rakenteet ja käydä "
    "niistä tilannekuvakeskustelu.\n"
    "Neuvotteluista laadittiin muistio, johon kirjattiin Lohjan kaupungin ja hyvinvointialueen "
    "yhteistyörakenteisiin liittyvät ongelmat ja haasteet.\n"
    "2. Kunnan avauspuheenvuorot\n"
    "Kaupunginhallituksen puheenjohtaja Jussi Patinen esitti puheenvuoron kaupungin "
    "luottamushenkilöjohdon puolesta.\n"
    "• Hyvinvointialueen kanssa tehtävä yhteistyö on kehittynyt kahden vuoden aikana. "
    "Esimerkiksi opiskeluhuollon toimivuudesta oli aluksi epäilyksiä.\n"
    "Tämä on lyhyt kappale.\n"
    "3. Neuvottelujen päätös\n"
    "Puheenjohtaja päätti neuvottelun.\n"
)


def test_paragraphs_unwrapped_onto_one_line_each() -> None:
    draft = import_text(UNWRAPPED).negotiation
    assert outline(draft) == [
        ("1", "Puheenjohtaja avaa neuvottelun", SectionKind.OPENING),
        ("2", "Kunnan avauspuheenvuorot", SectionKind.OPENING_STATEMENTS),
        ("3", "Neuvottelujen päätös", SectionKind.CLOSING),
    ]
    assert [type(item) for item in draft.sections[0].content] == [Paragraph, Paragraph]
    assert draft.theme == fi("hyvinvointialueen ja kunnan yhteistyön rakenteet")
    assert draft.objectives == (
        fi("todeta hyvinvointialueen ja kunnan keskeiset yhteistyön rakenteet"),
        fi("käydä niistä tilannekuvakeskustelu"),
    )
    statement, paragraph = draft.sections[1].content
    assert isinstance(statement, Statement)
    assert statement.points == points(
        "2",
        "Hyvinvointialueen kanssa tehtävä yhteistyö on kehittynyt kahden vuoden aikana. "
        "Esimerkiksi opiskeluhuollon toimivuudesta oli aluksi epäilyksiä.",
    )
    assert paragraph == Paragraph(text=fi("Tämä on lyhyt kappale."))


# Unknown structure


UNKNOWN = """Muistio Lohjan kaupungin ja hyvinvointialueen tapaamisesta

Tapaamisessa keskusteltiin yhteistyöstä.
Todettiin, että yhteistyö on sujunut hyvin.

Seuraava tapaaminen on tarkoitus järjestää syksyn aikana.
"""


def test_unknown_structure_gives_a_partial_draft_with_line_numbers() -> None:
    result = import_text(UNKNOWN)
    assert not result.complete
    assert [str(n) for n in result.of_kind(NoteKind.UNREAD)] == [
        "line 3: text outside any numbered section is not in the draft: "
        '"Tapaamisessa keskusteltiin yhteistyöstä. Todettiin, että yhteistyö on sujunut h…"',
        "line 6: text outside any numbered section is not in the draft: "
        '"Seuraava tapaaminen on tarkoitus järjestää syksyn aikana."',
        "line 1 /sections: no numbered sections found (headings such as '1. Avaus', "
        "'1) Avaus' or '§ 1 Avaus'); the draft has none",
    ]
    draft = result.negotiation
    assert draft.title == fi("Muistio Lohjan kaupungin ja hyvinvointialueen tapaamisesta")
    assert draft.sections == ()
    assert [m.id for m in draft.municipalities] == ["lohja"]


def test_no_parties_gives_a_placeholder_county_and_says_so() -> None:
    result = import_text("Neuvottelu\n\n1. Avaus\n\nPuheenjohtaja avasi neuvottelun.\n")
    assert result.negotiation.county == attrs.evolve(
        result.negotiation.county, id="county", name=fi("hyvinvointialue"), statistics_code=None
    )
    assert [str(n) for n in result.of_kind(NoteKind.UNREAD)] == [
        "/county: no wellbeing services county and no municipality of one was recognised; "
        'the county "hyvinvointialue" is a placeholder to replace'
    ]
    assert not result.complete


def test_text_that_is_not_a_memo_never_crashes() -> None:
    for text in ("", "\n\n\f\f", "1.", "§", "• ", "1. \n2. \n", "\x00\x01", "-" * 10_000):
        result = import_text(text)
        assert isinstance(result, ImportResult)
