"""The import report's notes in Finnish, Swedish and English: the seed memo and
the notes of partial, non-UTF-8 and cluttered memos, text and JSON."""

from __future__ import annotations

import json
from pathlib import Path

import docx
import pytest

import hyvaneuvottelu as hn
from hyvaneuvottelu._messages import CATALOGUES
from hyvaneuvottelu.cli import main
from hyvaneuvottelu.importing import ImportNote, NoteKind
from hyvaneuvottelu.importing._result import localized_where, note_text
from hyvaneuvottelu.model import SectionKind

from .import_support import docx_of, save_docx, seed_text

PARTIAL = "MUISTIO\n\nTapaaminen\n\nLohjan kaupungin ja hyvinvointialueen tapaaminen.\n"
#: Windows-1252, a control character, a date and a time that do not exist, a page number.
CLUTTERED = (
    "Neuvottelu\n\nPäivämäärä: 31.2.2025\nAika: klo 25.00\n\n1. Avaus\n\n"
    "Lohjan kaupunki a\x01b.\n\nSivu 1\n"
).encode("cp1252")

_SEED_OUTCOMES = (
    (85, 0, "TYM-sopimus on menossa pian allekirjoitukseen", "agreement", "pending"),
    (
        85,
        1,
        "Hyvinvointialue on ottamassa digitaalisen asioinnin palvelut käyttöön kevään 2025 aikana",
        "followUpAction",
        "planned",
    ),
)


def _seed(tmp_path: Path) -> Path:
    path = tmp_path / "lohja.txt"
    path.write_text(seed_text(), encoding="utf-8")
    return path


def _report(capsys: pytest.CaptureFixture[str], source: Path, draft: Path) -> list[str]:
    return capsys.readouterr().out.replace(f"{source} -> {draft}", "MEMO").splitlines()


def test_the_seed_report_in_finnish(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = _seed(tmp_path)
    assert main(["import", str(source), "--out", str(tmp_path / "d"), "--lang", "fi"]) == 0
    lines = _report(capsys, source, tmp_path / "d" / "lohja.json")
    assert lines[:7] == [
        "MEMO: tuotu (15 vahvistettavaa, 5 puuttuu)",
        '  vahvistettava /county: muistiossa ei mainita hyvinvointialuetta: "Länsi-Uudenmaan '
        'hyvinvointialue" on muistiossa mainitun kunnan hyvinvointialue',
        '  vahvistettava /sections/3/kind: kohdan 4 laji ("keskustelu") on päätelty sen '
        "sisällöstä, ei otsikosta",
        "  vahvistettava rivi 5 /theme: teema on poimittu virkkeestä, jossa se todetaan",
        "  vahvistettava rivi 5 /objectives: tavoitteet (2) on eroteltu virkkeestä, jossa ne "
        "todetaan",
        "  vahvistettava /topics: aiheet on ehdotettu tekstin sanojen perusteella",
        '  vahvistettava rivi 85 /outcomes/0: sopimus "TYM-sopimus on menossa pian '
        'allekirjoitukseen" (vireillä) on tuonnin ehdotus: vahvista tai poista se',
    ]
    assert lines[9] == (
        '  vahvistettava rivi 98 /outcomes/3: toimintamalli "Ankkuri-toimintaa halutaan '
        'jatkaa myös tulevaisuudessa" (jatkuu) on tuonnin ehdotus: vahvista tai poista se'
    )
    assert lines[10] == (
        '  vahvistettava rivi 102 /outcomes/4: yhteistyörakenne "Kaikki entiset '
        'yhteistyörakenteet pelastustoimen kanssa ovat edelleen olemassa" (olemassa) on '
        "tuonnin ehdotus: vahvista tai poista se"
    )
    assert lines[-6:] == [
        "  puuttuu /date: muistiossa ei mainita päivämäärää",
        "  puuttuu /place: muistiossa ei mainita paikkaa",
        "  puuttuu /participants: muistiossa ei luetella läsnäolijoita",
        "  puuttuu /participants/0/name: muistiossa ei mainita tämän osallistujan nimeä",
        "  puuttuu /record: arkistoinnin metatiedot (tunniste, asiatunnus, laatija, hyväksyntä, "
        "julkisuus, henkilötiedot, säilytysaika, tehtäväluokka, kieli, asiakirjatyyppi, "
        "laatimisaika) puuttuvat tekstistä; arkistointi edellyttää niitä",
        "1 tiedosto: 1 tuotu, 0 osittain tuotu, 0 jäi tuomatta",
    ]
    assert len(lines) == 22


def test_the_seed_report_in_swedish_json(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = _seed(tmp_path)
    args = ["import", str(source), "--out", str(tmp_path), "--lang", "sv", "--format", "json"]
    assert main(args) == 0
    (entry,) = json.loads(capsys.readouterr().out)
    notes = entry["notes"]
    assert len(notes) == 20
    assert notes[:6] == [
        {
            "kind": "confirm",
            "location": "",
            "pointer": "/county",
            "message": 'promemorian nämner inte välfärdsområdet: "Länsi-Uudenmaan '
            'hyvinvointialue" är välfärdsområdet för den kommun som nämns',
        },
        {
            "kind": "confirm",
            "location": "",
            "pointer": "/sections/3/kind",
            "message": 'typen av punkt 4 ("diskussion") har bedömts utifrån innehållet, '
            "inte rubriken",
        },
        {
            "kind": "confirm",
            "location": "rad 5",
            "pointer": "/theme",
            "message": "temat är hämtat ur meningen som anger det",
        },
        {
            "kind": "confirm",
            "location": "rad 5",
            "pointer": "/objectives",
            "message": "målen (2) är uppdelade ur meningen som anger dem",
        },
        {
            "kind": "confirm",
            "location": "",
            "pointer": "/topics",
            "message": "ämnena föreslås utifrån textens ord",
        },
        {
            "kind": "confirm",
            "location": "rad 85",
            "pointer": "/outcomes/0",
            "message": 'överenskommelse "TYM-sopimus on menossa pian allekirjoitukseen" '
            "(anhängig) är importens förslag: bekräfta eller ta bort det",
        },
    ]
    assert notes[6]["message"] == (
        'uppföljande åtgärd "Hyvinvointialue on ottamassa digitaalisen asioinnin palvelut '
        'käyttöön kevään 2025 aikana" (planerad) är importens förslag: bekräfta eller ta bort det'
    )
    assert [(n["pointer"], n["message"]) for n in notes[15:]] == [
        ("/date", "promemorian anger inget datum"),
        ("/place", "promemorian anger ingen plats"),
        ("/participants", "promemorian förtecknar inga närvarande"),
        ("/participants/0/name", "promemorian anger inte namnet på denna deltagare"),
        (
            "/record",
            "arkivmetadata (identifierare, ärendenummer, upprättare, godkännande, "
            "offentlighet, personuppgifter, bevarandetid, uppgiftsklass, språk, dokumenttyp, "
            "tidpunkt för upprättande) finns inte i texten; arkivet behöver dem",
        ),
    ]


def test_the_seed_notes_keep_their_english_text_and_codes() -> None:
    notes = hn.import_text(seed_text()).notes
    assert notes[1].render("en") == (
        '/sections/3/kind: the kind of section 4 ("discussion") is judged from its content, '
        "not its title"
    )
    for line, index, title, tag, status in _SEED_OUTCOMES:
        note = notes[5 + index]
        assert str(note) == (
            f'line {line} /outcomes/{index}: {tag} "{title}" ({status}) is the importer\'s '
            "proposal: confirm or remove it"
        )
        assert note.message == note.render_message("en")


def test_a_partly_read_memo_in_finnish(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "partial.txt"
    source.write_text(PARTIAL, encoding="utf-8")
    assert main(["import", str(source), "--out", str(tmp_path), "--lang", "fi"]) == 1
    assert _report(capsys, source, tmp_path / "partial.json") == [
        "MEMO: osittain tuotu (3 lukematta, 1 vahvistettava, 5 puuttuu, 1 poistettu)",
        '  poistettu rivi 1: otsikon yläpuolella ollut asiakirjatyypin merkintä poistettu: "MUISTIO"',
        "  lukematta rivi 5: numeroitujen kohtien ulkopuolinen teksti puuttuu luonnoksesta: "
        '"Lohjan kaupungin ja hyvinvointialueen tapaaminen."',
        "  lukematta rivi 1 /sections: numeroituja kohtia ei löytynyt (otsikoita kuten "
        "'1. Avaus', '1) Avaus' tai '§ 1 Avaus'); luonnoksessa ei ole kohtia",
        "  lukematta /county: hyvinvointialuetta tai sen kuntaa ei tunnistettu; "
        'hyvinvointialue "hyvinvointialue" on paikanpitäjä, joka on korvattava',
        "  puuttuu /municipalities: tekstistä ei tunnistettu yhtään kuntaa",
        "  vahvistettava /kind: muistiossa ei viitata neuvottelua koskevaan säännökseen; "
        'neuvottelun lajiksi on oletettu "valtuustokausittainen neuvottelu"',
        "  puuttuu /date: muistiossa ei mainita päivämäärää",
        "  puuttuu /place: muistiossa ei mainita paikkaa",
        "  puuttuu /participants: muistiossa ei luetella läsnäolijoita",
        "  puuttuu /record: arkistoinnin metatiedot (tunniste, asiatunnus, laatija, hyväksyntä, "
        "julkisuus, henkilötiedot, säilytysaika, tehtäväluokka, kieli, asiakirjatyyppi, "
        "laatimisaika) puuttuvat tekstistä; arkistointi edellyttää niitä",
        "1 tiedosto: 0 tuotu, 1 osittain tuotu, 0 jäi tuomatta",
    ]


def test_the_text_readers_notes_in_swedish(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "cluttered.txt"
    source.write_bytes(CLUTTERED)
    assert main(["import", str(source), "--out", str(tmp_path), "--lang", "sv"]) == 1
    assert _report(capsys, source, tmp_path / "cluttered.json")[:7] == [
        "MEMO: delvis importerad (3 olästa, 3 att bekräfta, 4 saknas, 2 borttagna)",
        "  att bekräfta rad 3: filen är inte i UTF-8; den lästes som Windows-1252: "
        "kontrollera bokstäverna",
        "  borttaget rad 8: 1 styrtecken eller osynligt tecken togs bort",
        '  borttaget rad 10: sidhuvud eller sidfot togs bort: "Sivu 1"',
        '  oläst rad 3: "31.2.2025" är inte ett datum',
        '  oläst rad 4: inget datum hittades i "klo 25.00"',
        '  oläst rad 4: "klo 25.00" är inte ett klockslag',
    ]


def test_the_word_readers_notes_in_finnish_and_swedish(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    headed = tmp_path / "headed.docx"
    headed.write_bytes(docx_of(hn.examples.load(), page_header="LOHJA MUISTIO"))
    document = docx.Document()
    document.add_paragraph("Neuvottelu", style="Title")
    for title in ("Avaus", "Päätös"):
        document.add_paragraph(title, style="Heading 1")
        document.add_paragraph("Lohjan kaupungin ja hyvinvointialueen neuvottelu.")
    unnumbered = tmp_path / "unnumbered.docx"
    unnumbered.write_bytes(save_docx(document))
    shown = {}
    for language in ("fi", "sv"):
        args = ["import", str(headed), str(unnumbered), "--out", str(tmp_path / language)]
        assert main([*args, "--lang", language, "--format", "json"]) == 0
        shown[language] = [
            (note["location"], note["message"])
            for entry in json.loads(capsys.readouterr().out)
            for note in entry["notes"]
            if note["kind"] == "removed" or "Word" in note["message"]
        ]
    assert shown == {
        "fi": [
            ("", 'Word-tiedoston ylä- tai alatunnistetta ei luettu: "LOHJA MUISTIO"'),
            (
                "kappale 2",
                "Word-tiedoston otsikoissa ei ole numeroita: kohdat on numeroitu järjestyksessä",
            ),
        ],
        "sv": [
            ("", 'sidhuvud eller sidfot i Word-filen lästes inte: "LOHJA MUISTIO"'),
            ("stycke 2", "Word-filens rubriker saknar nummer: punkterna numreras i ordning"),
        ],
    }


def test_an_error_in_the_json_report_is_in_the_chosen_language(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = str(tmp_path / "missing.txt")
    args = ["import", missing, "--out", str(tmp_path / "d"), "--format", "json", "--lang", "fi"]
    assert main(args) == 2
    assert json.loads(capsys.readouterr().out) == [{"file": missing, "error": "tiedostoa ei ole"}]


@pytest.mark.parametrize(
    ("location", "language", "expected"),
    [
        ("line 12", "fi", "rivi 12"),
        ("line 12", "sv", "rad 12"),
        ("line 12", "en", "line 12"),
        ("page 2, line 5", "fi", "sivu 2, rivi 5"),
        ("page 2, line 5", "sv", "sida 2, rad 5"),
        ("paragraph 7", "fi", "kappale 7"),
        ("paragraph 7", "sv", "stycke 7"),
        ("table 1, row 3", "fi", "taulukko 1, rivi 3"),
        ("table 1, row 3", "sv", "tabell 1, rad 3"),
        ("table 4", "sv", "tabell 4"),
        ("", "fi", ""),
        # Not a reader's location: shown as it is.
        ("line 12 of the appendix", "fi", "line 12 of the appendix"),
    ],
)
def test_source_locations_in_each_language(location: str, language: str, expected: str) -> None:
    assert localized_where(location, language) == expected


def test_a_code_shows_as_its_label_in_finnish_and_swedish_and_as_the_code_in_english() -> None:
    note = ImportNote(
        kind=NoteKind.CONFIRM,
        location="paragraph 3",
        pointer="/sections/0/kind",
        text=note_text("judged_kind", number="1", kind=SectionKind.OTHER_MATTERS),
    )
    assert note.render("en") == (
        'paragraph 3 /sections/0/kind: the kind of section 1 ("otherMatters") is judged from '
        "its content, not its title"
    )
    assert note.as_dict("fi") == {
        "kind": "confirm",
        "location": "kappale 3",
        "pointer": "/sections/0/kind",
        "message": 'kohdan 1 laji ("muut asiat") on päätelty sen sisällöstä, ei otsikosta',
    }
    assert note.render("sv") == (
        'stycke 3 /sections/0/kind: typen av punkt 1 ("övriga ärenden") har bedömts utifrån '
        "innehållet, inte rubriken"
    )


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_every_outcome_type_has_a_word_of_its_own(language: str) -> None:
    catalogue = CATALOGUES[language]
    words = {id: text for id, text in catalogue.items() if id.startswith("import.outcome.")}
    assert sorted(words) == sorted(f"import.outcome.{tag}" for tag in hn.OUTCOME_TAGS.values())
    # Each its own word, and not the English wire tag left in place.
    assert len(set(words.values())) == len(words)
    assert [id for id in words if words[id] == CATALOGUES["en"][id]] == []
