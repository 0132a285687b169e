"""Text normalisation, page furniture, and joining wrapped lines."""

from __future__ import annotations

import pytest

from hyvaneuvottelu import NoteKind
from hyvaneuvottelu.importing._joining import Joiner
from hyvaneuvottelu.importing._lines import Line, clean, text_lines


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("  two   spaces\tand a tab  ", "two spaces and a tab"),
        ("no\u00a0break\u202fspaces", "no break spaces"),
        ("a\u200bzero\u200dwidth\ufeff", "azerowidth"),
        ("\ufb01nanssi", "finanssi"),
        ("\uf0b7 Wordin symbolifontin luetelmamerkki", "• Wordin symbolifontin luetelmamerkki"),
        ("A\u0308ä", "Ää"),
        ("soft\u00adhyphen in the middle", "softhyphen in the middle"),
        ("yhteis\u00ad", "yhteis\u00ad"),
        ("control\x00\x07 characters\x7f", "control characters"),
        ("lone\ud800 surrogate", "lone surrogate"),
    ],
)
def test_clean(raw: str, expected: str) -> None:
    assert clean(raw) == expected


def test_lines_keep_their_numbers_across_crlf_and_form_feeds() -> None:
    lines, notes = text_lines("eka\r\ntoka\rkolmas\fneljäs\n\x00viides")
    assert lines == [
        Line("eka", "line 1"),
        Line("toka", "line 2"),
        Line("kolmas", "line 3"),
        Line("neljäs", "line 3"),
        Line("viides", "line 4"),
    ]
    assert [str(n) for n in notes] == ["line 4: 1 control or invisible character removed"]
    assert notes[0].kind is NoteKind.REMOVED


def test_page_numbers_at_the_edges_of_a_page_are_dropped() -> None:
    lines, notes = text_lines("Neuvottelu\n\nTeksti.\n\n- 1 -\n\fSivu 2/2\nLisää tekstiä.\n")
    assert [line.text for line in lines] == ["Neuvottelu", "", "Teksti.", "Lisää tekstiä.", ""]
    assert [str(n) for n in notes] == [
        'line 5: page furniture removed: "- 1 -"',
        'line 6: page furniture removed: "Sivu 2/2"',
    ]


def test_a_repeated_page_header_without_form_feeds_is_dropped() -> None:
    text = "MUISTIO 1 (2)\nTeksti.\n\nMUISTIO 2 (2)\nLisää.\n"
    lines, notes = text_lines(text)
    assert [line.text for line in lines if line.text] == ["Teksti.", "Lisää."]
    assert [str(n) for n in notes] == ['line 1: page furniture removed (2 times): "MUISTIO 1 (2)"']


def test_a_year_in_the_text_is_not_a_page_number() -> None:
    lines, _notes = text_lines("Neuvottelu\n\nkevään\n2025\naikana\n")
    assert [line.text for line in lines] == ["Neuvottelu", "", "kevään", "2025", "aikana", ""]


def test_a_line_repeated_inside_the_pages_stays() -> None:
    page = "LOHJA {n}\nTeksti {word}.\nKeskustelussa todettiin seuraavaa:\n• Kohta {word}.\nLoppu\n"
    pages = [page.format(n=n, word=word) for n, word in ((1, "yksi"), (2, "kaksi"))]
    lines, notes = text_lines("\f".join(pages))
    assert [line.text for line in lines if line.text] == [
        "Teksti yksi.",
        "Keskustelussa todettiin seuraavaa:",
        "• Kohta yksi.",
        "Teksti kaksi.",
        "Keskustelussa todettiin seuraavaa:",
        "• Kohta kaksi.",
    ]
    assert [str(n) for n in notes] == [
        'line 1: page furniture removed (2 times): "LOHJA 1"',
        'line 5: page furniture removed (2 times): "Loppu"',
    ]


def joined(*lines: str, context: str = "") -> str:
    return Joiner([*lines, context]).join(lines)


@pytest.mark.parametrize(
    ("lines", "context", "expected"),
    [
        (
            ("Karjalohja-Sammatti-Pusula-", "alueen palvelut"),
            "",
            "Karjalohja-Sammatti-Pusula-alueen palvelut",
        ),
        (("TE-", "palvelut"), "", "TE-palvelut"),
        (("vuosina 2025-", "2029"), "", "vuosina 2025-2029"),
        (("sosiaali-", "ja terveyspalvelut"), "", "sosiaali- ja terveyspalvelut"),
        (("kauppa-", "alue"), "", "kauppa-alue"),
        (("yhteis-", "työ sujuu"), "yhteistyörakenteet", "yhteistyö sujuu"),
        (("sote-", "kiinteistöt"), "sote-palvelut", "sote-kiinteistöt"),
        (("yhteis\u00ad", "työ"), "", "yhteistyö"),
        (("rivi", "jatkuu"), "", "rivi jatkuu"),
    ],
)
def test_line_end_hyphens(lines: tuple[str, ...], context: str, expected: str) -> None:
    assert joined(*lines, context=context) == expected


def test_a_hyphen_without_evidence_is_kept_and_reported() -> None:
    joiner = Joiner(["neuvot-", "telussa"])
    assert joiner.join(["neuvot-", "telussa"]) == "neuvot-telussa"
    assert joiner.unsure == ["neuvot-telussa"]
