"""The message catalogues: three languages, the same ids and placeholders, no mixing;
reader problems shown in Finnish and Swedish, not English."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from hyvaneuvottelu import _file_words, from_json, from_xml, validation
from hyvaneuvottelu._messages import (
    CATALOGUES,
    LANGUAGES,
    Message,
    localized_location,
    message,
    placeholders,
    plural,
    recognise,
)
from hyvaneuvottelu.cli import _validate, _walk, main
from hyvaneuvottelu.cli._output import localized
from hyvaneuvottelu.errors import DocumentError, Problem
from hyvaneuvottelu.model import SectionKind
from hyvaneuvottelu.rules import RULES

#: Function words each language has and the others do not; a message holding
#: one of another language's is a message left untranslated (or mixed).
FUNCTION_WORDS = {
    "en": {
        "a", "an", "the", "of", "is", "not", "and", "or", "with", "from", "to", "found",
        "nothing", "expected", "more", "file", "files", "package", "written", "verified",
        "missing", "cannot", "must", "no", "be", "been", "has", "have", "its", "it", "this",
        "that", "which", "than", "but", "only", "any", "by", "at", "was", "are", "there",
        "into", "says", "should", "where", "whose", "some", "other", "each", "every", "once",
        "after", "before", "for", "still", "memo", "memos", "folder", "read", "none",
    },
    "fi": {
        "ja", "tai", "ei", "ole", "löytyi", "odotettiin", "tiedosto", "tiedostoa", "kansio",
        "puuttuu", "paketti", "kirjoitettu", "tarkistettu", "eikä", "kuin", "muistio",
        "muistiota", "muistion", "mukaan", "jota", "joka", "jossa", "enintään", "mutta",
        "vielä", "ongelma", "ongelmaa", "lukea", "voi",
    },
    "sv": {
        "och", "eller", "inte", "är", "ett", "av", "med", "till", "som", "för", "hittade",
        "väntade", "saknas", "filen", "paketet", "inga", "det", "den", "har", "kan", "inget",
        "ingen", "enligt", "mappen", "promemorian", "högst", "bara", "lästes", "här",
    },
}  # fmt: skip

# Quoted text is a code, a value or a name (the user's or a standard's), not a word of
# the message; a placeholder is filled in later.
_NOT_WORDS = re.compile(r'"[^"]*"|\'[^\']*\'|\{[^}]*\}|<[^>]*>|--[\w-]+')
_WORD = re.compile(r"[^\W\d_]+(?:[-'][^\W\d_]+)*")


def _words(text: str) -> set[str]:
    return {word.casefold() for word in _WORD.findall(_NOT_WORDS.sub(" ", text))}


def test_every_message_id_is_in_every_catalogue() -> None:
    ids = {language: set(CATALOGUES[language]) for language in LANGUAGES}
    assert ids["fi"] == ids["en"]
    assert ids["sv"] == ids["en"]


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_every_message_has_the_placeholders_of_the_english_one(language: str) -> None:
    different = [
        id
        for id, template in CATALOGUES["en"].items()
        if placeholders(CATALOGUES[language][id]) != placeholders(template)
    ]
    assert different == []


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("other", LANGUAGES)
def test_no_message_holds_another_languages_function_words(language: str, other: str) -> None:
    if language == other:
        return
    mixed = {
        id: sorted(_words(template) & FUNCTION_WORDS[other])
        for id, template in CATALOGUES[language].items()
        if _words(template) & FUNCTION_WORDS[other]
    }
    assert mixed == {}


def test_the_function_word_check_would_catch_the_old_mixed_message() -> None:
    mixed = "odotettiin a value (the field is required), löytyi nothing"
    assert _words(mixed) & FUNCTION_WORDS["en"] == {"a", "the", "is", "nothing"}


def test_a_message_renders_codes_as_labels_and_messages_in_the_same_language() -> None:
    nested = Message("found.no_offset", (("what", message("found.nothing")),))
    assert nested.render("fi") == "ei mitään (ilman UTC-poikkeamaa)"
    assert nested.render("sv") == "ingenting (utan UTC-förskjutning)"
    assert nested.render("en") == "nothing (no offset)"
    code = message("found.element", element=SectionKind.OPENING)
    assert [code.render(lang) for lang in LANGUAGES] == [
        "elementti avaus",
        "elementet öppnande",
        "the element opening",
    ]


def test_plural_forms() -> None:
    assert plural("problems.summary", 1).render("fi") == "1 ongelma asiakirjassa"
    assert plural("problems.summary", 3).render("fi") == "3 ongelmaa asiakirjassa"
    assert plural("problems.summary", 3).render("en") == "3 problems in the document"


def test_an_unknown_message_id_is_refused() -> None:
    with pytest.raises(KeyError, match=r"no message 'no\.such' in the catalogues"):
        message("no.such")


def test_english_texts_are_recognised_with_their_arguments() -> None:
    found = recognise('the string "2025-02-03T10:00:00" (no offset)', "found")
    assert found == Message(
        "found.no_offset",
        (("what", Message("found.string", (("text", '"2025-02-03T10:00:00"'),))),),
    )
    assert recognise("an array", "expected") == Message("expected.array")
    assert recognise("an array", "found") == Message("found.array")
    assert recognise("words no catalogue has", "found") == "words no catalogue has"


@pytest.mark.parametrize(
    ("location", "fi", "sv"),
    [
        ("line 1, column 2", "rivi 1, sarake 2", "rad 1, kolumn 2"),
        ("line 3, column 4 (byte 17)", "rivi 3, sarake 4 (tavu 17)", "rad 3, kolumn 4 (byte 17)"),
        ("line 5, byte 9", "rivi 5, tavu 9", "rad 5, byte 9"),
        (
            "line 12: /negotiation/title",
            "rivi 12: /negotiation/title",
            "rad 12: /negotiation/title",
        ),
        (
            "line 1: before the root element",
            "rivi 1: ennen juurielementtiä",
            "rad 1: före rotelementet",
        ),
        ("/sections/0/title", "/sections/0/title", "/sections/0/title"),
    ],
)
def test_locations(location: str, fi: str, sv: str) -> None:
    assert localized_location(location, "fi") == fi
    assert localized_location(location, "sv") == sv
    assert localized_location(location, "en") == location


def _json_problems(document: object) -> DocumentError:
    with pytest.raises(DocumentError) as caught:
        from_json(json.dumps(document).encode())
    return caught.value


def test_a_missing_field_in_finnish_swedish_and_english() -> None:
    error = _json_problems({"schemaVersion": "1.0", "kind": "councilTerm"})
    problem = next(p for p in error.problems if p.location == "/title")
    assert (
        problem.render("fi") == "/title: odotettiin arvoa (kenttä on pakollinen), löytyi ei mitään"
    )
    assert problem.render("sv") == (
        "/title: väntade ett värde (fältet är obligatoriskt), hittade ingenting"
    )
    assert (
        problem.render("en")
        == problem.message
        == ("/title: expected a value (the field is required), found nothing")
    )


def test_a_problem_made_of_messages_keeps_its_english() -> None:
    problem = Problem.of(
        "line 4, column 2", message("expected.string"), message("found.number", text="5")
    )
    assert problem == Problem(
        location="line 4, column 2", expected="a string", found="the number 5"
    )
    assert problem.render("fi") == "rivi 4, sarake 2: odotettiin merkkijonoa, löytyi luku 5"
    assert problem.render("sv") == "rad 4, kolumn 2: väntade en sträng, hittade talet 5"


def test_the_summary_of_a_document_error_in_each_language() -> None:
    error = _json_problems({"schemaVersion": "1.0", "kind": 5})
    lines = error.render("fi").splitlines()
    assert lines[0] == f"{len(error.problems)} ongelmaa asiakirjassa"
    assert (
        '  /kind: odotettiin jotakin arvoista "councilTerm", "wellbeingPromotion", löytyi luku 5'
        in lines[1:]
    )
    assert error.render("en") == str(error)


#: Bad documents, one kind of reader problem each (libxml2's own syntax
#: messages aside: those are the parser's words, quoted as they are).
BAD_JSON: list[bytes] = [
    b"",
    b"[]",
    b'{"a": 1e400}',
    b'{"a": NaN}',
    b'{"a": 1, "a": 2}',
    b'"\\ud800"',
    b"\xff",
    json.dumps({"schemaVersion": "9.0"}).encode(),
    json.dumps(
        {
            "schemaVersion": "1.0",
            "kind": "x",
            "title": [],
            "date": "2025-02-30",
            "startTime": "25:00",
            "county": {"id": "1x", "kind": "county", "name": "A", "statisticsCode": "x"},
            "municipalities": {},
            "councilTerm": "2025",
            "topics": ["nope"],
            "extra": True,
            "sections": [{"number": "x", "title": {}, "content": [{"type": "speech"}]}],
            "record": {"created": "2025-02-03T10:00:00"},
        }
    ).encode(),
]
BAD_XML: list[bytes] = [
    b"\x1f\x8b",
    b"\xff\xfe<",
    b'<?xml version="1.0" encoding="latin-1"?><a/>',
    b"<!DOCTYPE a><a/>",
    b'<negotiation xmlns="urn:other"/>',
    b'<negotiation xmlns="urn:hyvaneuvottelu:schema:1" schemaVersion="1.0" a="1">'
    b"<kind>x</kind><title><text>t</text><text>u</text></title><foo/></negotiation>",
]


def _problems_of(data: bytes, read: object) -> tuple[Problem, ...]:
    assert callable(read)
    with pytest.raises(DocumentError) as caught:
        read(data)
    return caught.value.problems


def _neutral(text: str) -> bool:
    """A found text that is the same in every language: a quoted value, a JSON token."""
    return bool(re.fullmatch(r'".*"|null|true|false|-?Infinity|NaN|<!DOCTYPE \.\.\.>', text, re.S))


@pytest.mark.parametrize(
    ("data", "read"),
    [(d, from_json) for d in BAD_JSON] + [(d, from_xml) for d in BAD_XML],
)
def test_every_reader_problem_has_a_message_in_every_language(data: bytes, read: object) -> None:
    for problem in _problems_of(data, read):
        assert isinstance(
            problem.expected_message or recognise(problem.expected, "expected"), Message
        ), problem
        found = problem.found_message or recognise(problem.found, "found")
        assert isinstance(found, Message) or _neutral(problem.found), problem


def test_validate_shows_reader_problems_in_finnish(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    memo = tmp_path / "memo.json"
    memo.write_text(json.dumps({"schemaVersion": "1.0", "kind": "councilTerm"}), encoding="utf-8")
    assert main(["validate", "--lang", "fi", str(memo)]) == 1
    out = capsys.readouterr().out
    assert (
        "  virhe HN-D001 /title: Muistio ei ole kelvollinen: odotettiin arvoa (kenttä on pakollinen), "
        "löytyi ei mitään\n"
    ) in out
    assert not _words(out.replace(str(memo), "")) & FUNCTION_WORDS["en"]


def test_validate_shows_xml_locations_in_swedish(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    memo = tmp_path / "memo.xml"
    memo.write_bytes(b"<a><b></a>")
    assert main(["validate", "--lang", "sv", str(memo)]) == 1
    out = capsys.readouterr().out
    assert (
        "  fel HN-D001 rad 1, kolumn 11: Promemorian är inte giltig: förväntat välformad XML, "
        in out
    )


@pytest.mark.parametrize(
    ("english", "finnish", "swedish"),
    [
        (
            "big.json: larger than 64 MiB; refused",
            "big.json: suurempi kuin 64 MiB; hylätty",
            "big.json: större än 64 MiB; avvisad",
        ),
        (
            "out.json: already exists; not overwritten (use --force to replace it)",
            "out.json: on jo olemassa; ei korvattu (korvaa se valitsimella --force)",
            "out.json: finns redan; skrevs inte över (ersätt den med --force)",
        ),
        ("a.json: permission denied", "a.json: ei käyttöoikeutta", "a.json: åtkomst nekad"),
        ("words the catalogue lacks", "words the catalogue lacks", "words the catalogue lacks"),
    ],
)
def test_errors_of_the_library_shown_in_each_language(
    english: str, finnish: str, swedish: str
) -> None:
    assert localized(english, "fi") == finnish
    assert localized(english, "sv") == swedish
    assert localized(english, "en") == english


def test_a_json_reader_problem_carries_message_ids_not_only_english() -> None:
    error = _json_problems({"schemaVersion": "1.0", "kind": 5, "date": "2025-02-30"})
    kind = next(p for p in error.problems if p.location == "/kind")
    assert kind.expected_message is not None
    assert kind.expected_message.id == "expected.one_of"
    assert kind.found_message == Message("found.number", (("text", "5"),))
    date = next(p for p in error.problems if p.location == "/date")
    assert date.render("fi") == (
        '/date: odotettiin olemassa olevaa kalenteripäivää, löytyi merkkijono "2025-02-30"'
    )
    title = next(p for p in error.problems if p.location == "/title")
    assert title.expected_message == Message("expected.required")


def test_a_target_over_the_inputs_is_refused_in_finnish(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    memos = tmp_path / "memos"
    memos.mkdir()
    (memos / "a.json").write_text("{}", encoding="utf-8")
    assert main(["archive", str(memos), "--out", str(memos), "--force", "--lang", "fi"]) == 2
    assert capsys.readouterr().err == (
        f"hyvaneuvottelu: {memos}: kohde on syöte {memos}; valitse kohde syötteiden "
        "ulkopuolelta; mitään ei kirjoitettu\n"
    )


def test_an_xml_schema_problem_carries_message_ids() -> None:
    data = (
        b'<negotiation xmlns="urn:hyvaneuvottelu:schema:1" schemaVersion="1.0">'
        b"<kind>x</kind></negotiation>"
    )
    with pytest.raises(DocumentError) as caught:
        from_xml(data)
    kind = caught.value.problems[0]
    assert kind.location == "line 1: /negotiation/kind"
    assert kind.expected_message is not None
    assert kind.expected_message.id == "expected.one_of"
    assert kind.render("sv") == (
        'rad 1: /negotiation/kind: väntade ett av värdena "councilTerm", "wellbeingPromotion", '
        'hittade "x"'
    )
    missing = caught.value.problems[1]
    assert missing.found_message == Message("found.nothing_required")


def test_recognising_a_hostile_text_is_bounded() -> None:
    """Texts with many of the catalogue's separators, up to the longest recognised, and
    a longer one (passed over): each within seconds, checked in a process of its own."""
    script = (
        "import time\n"
        "from hyvaneuvottelu._messages import recognise\n"
        "texts = [\n"
        "    ': the extension names , but --to asks for ; nothing written ' * 32,\n"
        "    ' (no offset)' * 166,\n"
        "    'line 1: x: expected a, found b' * 66,\n"
        "    'x' * 100_000,\n"
        "]\n"
        "start = time.perf_counter()\n"
        "for text in texts:\n"
        "    for kind in ('expected', 'found', 'cli', 'verify'):\n"
        "        recognise(text, kind)\n"
        "print(time.perf_counter() - start)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr
    assert float(result.stdout) < 20


@pytest.mark.parametrize(
    ("english", "kind", "finnish"),
    [
        ("a § number such as '123'", "expected", "pykälän numeroa, esimerkiksi '123'"),
        (
            "a year or a month such as '2025' or '2025-03'",
            "expected",
            "vuotta tai kuukautta, esimerkiksi '2025' tai '2025-03'",
        ),
        ('a date "2025-02-03"', "found", 'päivämäärä "2025-02-03"'),
        ('a date-time "2025-02-03T10:00:00"', "found", 'ajankohta "2025-02-03T10:00:00"'),
        ('a time of day "10:00:00"', "found", 'kellonaika "10:00:00"'),
    ],
)
def test_the_model_descriptions_have_messages(english: str, kind: str, finnish: str) -> None:
    recognised = recognise(english, kind)
    assert isinstance(recognised, Message)
    assert recognised.render("fi") == finnish
    assert recognised.render("en") == english


def _texts_of_each_language() -> dict[str, dict[str, str]]:
    """Every text for people outside the catalogues, by language: the rules' messages,
    and the words of validate, of its folder walk and of the validation of files."""
    texts: dict[str, dict[str, str]] = {language: {} for language in LANGUAGES}
    for rule in RULES:
        for language in LANGUAGES:
            texts[language][rule.code] = rule.messages[language]
    for language in LANGUAGES:
        for key, value in _validate._WORDS[language].items():
            for index, word in enumerate(value if isinstance(value, tuple) else (value,)):
                texts[language][f"validate {key} {index}"] = word
    for table_name, table in (
        ("walk", _walk._PROJECT_FILES),
        ("special", _file_words.SPECIAL_KINDS),
        ("os", _file_words.OS_ERRORS),
    ):
        for key, words in table.items():
            for language, word in zip(LANGUAGES, words, strict=True):
                texts[language][f"{table_name} {key}"] = word
    for language, word in zip(LANGUAGES, _walk._ZIP_WORDS, strict=True):
        texts[language]["walk zip"] = word
    for reason in ("no memos", "fifo"):
        skipped = validation.Skipped(path="x", reason=reason)
        for language in LANGUAGES:
            texts[language][f"skipped {reason}"] = skipped.message(language)
    return texts


OTHER_TEXTS = _texts_of_each_language()


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("other", LANGUAGES)
def test_no_rule_or_command_word_holds_another_languages_function_words(
    language: str, other: str
) -> None:
    if language == other:
        return
    mixed = {
        key: sorted(_words(text) & FUNCTION_WORDS[other])
        for key, text in OTHER_TEXTS[language].items()
        if _words(text) & FUNCTION_WORDS[other]
    }
    assert mixed == {}


def test_the_texts_outside_the_catalogues_are_all_checked() -> None:
    sv = OTHER_TEXTS["sv"]
    assert sv["HN-T004"] == 'Mallens ifyllnadsanvisning står kvar: "{placeholder}"'
    assert sv["validate package_bad 0"] == "överföringspaketet INTE verifierat"
    assert sv["os 2"] == "filen finns inte"
    assert sv["skipped no memos"] == "mappen innehåller inga promemorior (*.json, *.xml)"
    # A Finnish word left in a Swedish text would be caught.
    assert _words(sv["os 2"] + " tai") & FUNCTION_WORDS["fi"] == {"tai"}
