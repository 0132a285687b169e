"""Whatever the text, the importer gives a draft the model accepts, or says why not."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from hyvaneuvottelu import check, from_json, import_text, to_json, to_xml

#: Pieces memos are made of, so that random text hits the importer's rules.
_PIECES = st.sampled_from(
    [
        "1. ",
        "2) ",
        "§ 3 ",
        "4.1 ",
        "• ",
        "- ",
        "o ",
        "Aika: ",
        "Läsnä: ",
        "Puheenjohtaja ",
        "avasi neuvottelun. ",
        "Kaupunginjohtaja Pasi Perämäki piti puheenvuoron kaupungin viranhaltijajohdon puolesta.",
        "Keskustelussa todettiin seuraavaa:",
        "Laki hyvinvointialueesta 14 §: ",
        "Lohjan kaupunki ehdotti tapaamista syksyn aikana. ",
        "halutaan jatkaa. ",
        "Raseborgs stad ",
        "12.2.2025 klo 13–15 ",
        "Karjalohja-",
        "alueen ",
        "\n",
        "\n\n",
        "\r\n",
        "\f",
        "\x00",
        "\u00ad",
        " ",
    ]
)
memo_texts = st.lists(st.one_of(_PIECES, st.text(max_size=12)), max_size=60).map("".join)


@settings(max_examples=150, deadline=None)
@given(memo_texts)
def test_any_text_gives_a_draft_that_round_trips(text: str) -> None:
    result = import_text(text)
    draft = result.negotiation
    assert from_json(to_json(draft)) == draft
    assert to_xml(draft)
    check(draft, "archive")
    for note in result.notes:
        assert note.message
