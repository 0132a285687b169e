"""The option parser's complaints in the language of the command line; --help in English."""

from __future__ import annotations

import pytest

from hyvaneuvottelu.cli import main
from hyvaneuvottelu.cli._usage import usage_error, usage_language


def _usage_error(capsys: pytest.CaptureFixture[str], *args: str) -> list[str]:
    """The lines argparse prints for a usage error of ``args``; the exit code is 2."""
    with pytest.raises(SystemExit) as caught:
        main(list(args))
    assert caught.value.code == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    return captured.err.splitlines()


ERRORS = [
    (
        ["validate", "--lang", "fi", "--bogus", "m.json"],
        "käyttö: hyvaneuvottelu ",
        "hyvaneuvottelu: virhe: tuntemattomat argumentit: --bogus",
    ),
    (
        ["validate", "--lang", "sv", "--bogus", "m.json"],
        "användning: hyvaneuvottelu ",
        "hyvaneuvottelu: fel: okända argument: --bogus",
    ),
    (
        ["validate", "--lang=fi"],
        "käyttö: hyvaneuvottelu validate ",
        "hyvaneuvottelu validate: virhe: nämä argumentit puuttuvat: PATH",
    ),
    (
        ["verify", "--lang=sv"],
        "användning: hyvaneuvottelu verify ",
        "hyvaneuvottelu verify: fel: följande argument krävs: PACKAGE",
    ),
    (
        ["convert", "--lang", "fi", "m.json", "--to", "yaml"],
        "käyttö: hyvaneuvottelu convert ",
        "hyvaneuvottelu convert: virhe: argumentti --to: virheellinen valinta 'yaml' "
        "(vaihtoehdot: 'json', 'xml', 'html')",
    ),
    (
        ["convert", "--lang", "sv", "m.json", "--to", "yaml"],
        "användning: hyvaneuvottelu convert ",
        "hyvaneuvottelu convert: fel: argumentet --to: ogiltigt val 'yaml' "
        "(välj bland 'json', 'xml', 'html')",
    ),
    (
        ["convert", "--lang", "fi", "m.json", "--indent"],
        "käyttö: hyvaneuvottelu convert ",
        "hyvaneuvottelu convert: virhe: argumentti --indent: odotettiin yhtä arvoa",
    ),
    (
        ["convert", "--lang", "sv", "m.json", "--indent"],
        "användning: hyvaneuvottelu convert ",
        "hyvaneuvottelu convert: fel: argumentet --indent: väntade ett värde",
    ),
    (
        ["convert", "--lang", "fi", "m.json", "--indent", "99"],
        "käyttö: hyvaneuvottelu convert ",
        "hyvaneuvottelu convert: virhe: argumentti --indent: odotettiin välilyöntien määrää "
        "kokonaislukuna 0–16, löytyi '99'",
    ),
    (
        ["validate", "--lang", "sv", "--jobs", "many", "m.json"],
        "användning: hyvaneuvottelu validate ",
        "hyvaneuvottelu validate: fel: argumentet --jobs: väntade ett heltal, hittade 'many'",
    ),
    (
        ["coverage", "--lang", "fi", "memos", "--year", "25"],
        "käyttö: hyvaneuvottelu coverage ",
        "hyvaneuvottelu coverage: virhe: argumentti --year: odotettiin vuotta muodossa VVVV, "
        "löytyi '25'",
    ),
    (
        ["coverage", "--lang", "sv", "memos", "--as-of", "31.1.2026"],
        "användning: hyvaneuvottelu coverage ",
        "hyvaneuvottelu coverage: fel: argumentet --as-of: väntade ett datum i formen "
        "ÅÅÅÅ-MM-DD, hittade '31.1.2026'",
    ),
    (
        # --lang before the command: the command is what is missing.
        ["--lang", "fi"],
        "käyttö: hyvaneuvottelu ",
        "hyvaneuvottelu: virhe: argumentti COMMAND: virheellinen valinta 'fi' (vaihtoehdot: "
        "'example', 'new', 'convert', 'schema', 'validate', 'archive', 'verify', 'import', "
        "'coverage', 'followup')",
    ),
]


@pytest.mark.parametrize(("args", "usage", "error"), ERRORS, ids=lambda v: " ".join(v)[:40])
def test_a_usage_error_in_the_language_of_the_command_line(
    capsys: pytest.CaptureFixture[str], args: list[str], usage: str, error: str
) -> None:
    lines = _usage_error(capsys, *args)
    assert lines[0].startswith(usage)
    assert lines[-1] == error


def test_in_english_argparse_says_it_as_ever(capsys: pytest.CaptureFixture[str]) -> None:
    lines = _usage_error(capsys, "validate", "--lang", "en", "--bogus", "m.json")
    assert lines == [
        "usage: hyvaneuvottelu [-h] [--version] COMMAND ...",
        "hyvaneuvottelu: error: unrecognized arguments: --bogus",
    ]


def test_without_lang_the_locale_chooses(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LC_MESSAGES", "sv_FI.UTF-8")
    assert _usage_error(capsys, "verify")[-1] == (
        "hyvaneuvottelu verify: fel: följande argument krävs: PACKAGE"
    )
    # --lang on the command line wins over the locale.
    assert _usage_error(capsys, "verify", "--lang", "fi")[-1] == (
        "hyvaneuvottelu verify: virhe: nämä argumentit puuttuvat: PACKAGE"
    )


def test_a_language_that_is_none_is_reported_in_the_locales(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LC_MESSAGES", "fi_FI.UTF-8")
    assert _usage_error(capsys, "validate", "--lang", "de", "m.json")[-1] == (
        "hyvaneuvottelu validate: virhe: argumentti --lang: virheellinen valinta 'de' "
        "(vaihtoehdot: 'fi', 'sv', 'en')"
    )


def test_help_stays_english(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["validate", "--lang", "fi", "--help"])
    assert caught.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("usage: hyvaneuvottelu validate ")
    assert "\noptions:\n" in out


@pytest.mark.parametrize(
    ("arguments", "language"),
    [
        (["validate", "--lang", "sv", "x"], "sv"),
        (["validate", "--lang=sv", "--lang", "fi"], "fi"),
        (["validate", "--lang", "fi", "--lang=en"], "en"),
        # After "--" an argument is a path, not an option.
        (["validate", "--", "--lang", "sv"], "fi"),
        (["validate", "--lang"], "fi"),
        (["validate", "--lang", "de"], "fi"),
    ],
)
def test_the_language_of_a_command_line(
    arguments: list[str], language: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LC_MESSAGES", "fi_FI.UTF-8")
    assert usage_language(arguments) == language


def test_a_message_argparse_words_otherwise_is_framed_as_the_parsers() -> None:
    said = usage_error("hyvaneuvottelu", "argument --x: something new")
    assert [said.render(language) for language in ("fi", "sv", "en")] == [
        "hyvaneuvottelu: virhe: argumentti --x: järjestelmän virheilmoitus: something new",
        "hyvaneuvottelu: fel: argumentet --x: systemets felmeddelande: something new",
        "hyvaneuvottelu: error: argument --x: something new",
    ]
    said = usage_error("hyvaneuvottelu", "something else entirely")
    assert [said.render(language) for language in ("fi", "sv", "en")] == [
        "hyvaneuvottelu: virhe: komentorivin jäsentimen ilmoitus: something else entirely",
        "hyvaneuvottelu: fel: kommandoradstolkens meddelande: something else entirely",
        "hyvaneuvottelu: error: something else entirely",
    ]


@pytest.mark.parametrize(
    ("english", "fi", "sv"),
    [
        (
            "the following arguments are required: PATH, --out",
            "nämä argumentit puuttuvat: PATH, --out",
            "följande argument krävs: PATH, --out",
        ),
        (
            "one of the arguments --a --b is required",
            "jokin argumenteista --a --b vaaditaan",
            "ett av argumenten --a --b krävs",
        ),
        ("argument --x: expected at most one argument", "argumentti --x: odotettiin enintään "
         "yhtä arvoa", "argumentet --x: väntade högst ett värde"),
        ("argument --x: expected at least one argument", "argumentti --x: odotettiin vähintään "
         "yhtä arvoa", "argumentet --x: väntade minst ett värde"),
        ("argument --x: expected 2 arguments", "argumentti --x: odotettiin 2 arvoa",
         "argumentet --x: väntade 2 värden"),
        ("argument --x: expected 1 argument", "argumentti --x: odotettiin 1 arvoa",
         "argumentet --x: väntade 1 värde"),
        (
            "ambiguous option: --f could match --force, --format",
            "monitulkintainen valitsin: --f voi tarkoittaa valitsimia --force, --format",
            "tvetydig flagga: --f kan avse --force, --format",
        ),
        (
            "argument --b: not allowed with argument --a",
            "argumentti --b: ei sallittu yhdessä argumentin --a kanssa",
            "argumentet --b: inte tillåtet tillsammans med argumentet --a",
        ),
        (
            "argument -q: ignored explicit argument 'x'",
            "argumentti -q: annettu arvo 'x' jätettiin huomiotta",
            "argumentet -q: det angivna värdet 'x' ignorerades",
        ),
        (
            # Python 3.12.8+ and 3.13 join the choices without quotes.
            "argument --to: invalid choice: 'yaml' (choose from json, xml, html)",
            "argumentti --to: virheellinen valinta 'yaml' (vaihtoehdot: json, xml, html)",
            "argumentet --to: ogiltigt val 'yaml' (välj bland json, xml, html)",
        ),
        (
            # Python 3.14 with suggest_on_error.
            "argument --to: invalid choice: 'jsn', maybe you meant 'json'? (choose from json, xml)",
            "argumentti --to: virheellinen valinta 'jsn', tarkoititko 'json'? (vaihtoehdot: "
            "json, xml)",
            "argumentet --to: ogiltigt val 'jsn', menade du 'json'? (välj bland json, xml)",
        ),
    ],
)  # fmt: skip
def test_each_known_complaint_of_argparse(english: str, fi: str, sv: str) -> None:
    said = usage_error("p", english)
    assert [said.render(language) for language in ("fi", "sv", "en")] == [
        f"p: virhe: {fi}",
        f"p: fel: {sv}",
        f"p: error: {english}",
    ]


def test_a_very_long_unknown_argument_is_shown_framed_and_in_bounded_time(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Past the length the catalogue recognises a text at, argparse's words
    # are shown as they are, framed, rather than matched at length.
    long = "x" * 50_000
    lines = _usage_error(capsys, "validate", "--lang", "fi", "m.json", "--" + long)
    assert lines[-1] == (
        f"hyvaneuvottelu: virhe: komentorivin jäsentimen ilmoitus: unrecognized arguments: --{long}"
    )


@pytest.mark.parametrize(
    ("args", "error"),
    [
        (
            ["validate", "--lan", "fi", "--bogus", "m.json"],
            "hyvaneuvottelu: virhe: tuntemattomat argumentit: --bogus",
        ),
        (["validate", "--la=sv"], "hyvaneuvottelu validate: fel: följande argument krävs: PATH"),
        (
            ["verify", "--l", "fi"],
            "hyvaneuvottelu verify: virhe: nämä argumentit puuttuvat: PACKAGE",
        ),
        (
            ["coverage", "memos", "--lan", "sv", "--year", "25"],
            "hyvaneuvottelu coverage: fel: argumentet --year: väntade ett år i formen ÅÅÅÅ, "
            "hittade '25'",
        ),
    ],
)
def test_an_abbreviated_lang_chooses_the_language_as_argparse_takes_it(
    capsys: pytest.CaptureFixture[str], args: list[str], error: str
) -> None:
    # The session's locale is English: the language comes from the abbreviation.
    assert _usage_error(capsys, *args)[-1] == error


def test_an_abbreviation_argparse_refuses_chooses_no_language(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Before the command, --lan is no option of the command's: argparse takes
    # "fi" for the command.
    assert _usage_error(capsys, "--lan", "fi", "validate", "m.json")[-1].startswith(
        "hyvaneuvottelu: error: argument COMMAND: invalid choice: 'fi'"
    )


@pytest.mark.parametrize(
    ("arguments", "options", "language"),
    [
        (["--lan", "sv"], ["--lang", "--jobs"], "sv"),
        (["--l=sv", "x"], ["--help", "--lang", "--jobs"], "sv"),
        (["--lang", "en", "--la", "sv"], ["--lang"], "sv"),
        # Without the parser's options, only --lang itself.
        (["--lan", "sv"], None, "fi"),
        # A prefix of two options is ambiguous: argparse refuses it.
        (["--la", "sv"], ["--lang", "--large"], "fi"),
        # No option of the parser's.
        (["--lan", "sv"], ["--jobs"], "fi"),
        (["--", "--lan", "sv"], ["--lang"], "fi"),
        (["-lan", "sv"], ["--lang"], "fi"),
    ],
)
def test_the_language_of_a_command_line_by_the_parser_s_options(
    arguments: list[str], options: list[str] | None, language: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LC_MESSAGES", "fi_FI.UTF-8")
    assert usage_language(arguments, options) == language
