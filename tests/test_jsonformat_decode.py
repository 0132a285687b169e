"""JSON text to Python data (jsonformat._decode): edges of what it refuses, and how it
says what it found, written by hand."""

from __future__ import annotations

import json
from typing import Any

import pytest

from hyvaneuvottelu import from_json
from hyvaneuvottelu.errors import DocumentError
from hyvaneuvottelu.jsonformat import _decode
from hyvaneuvottelu.jsonformat._decode import UNDECIDED, decode, fast_decode, refuse_deep
from hyvaneuvottelu.limits import MAX_INPUT_BYTES, MAX_TEXT


def _problems(data: bytes | str) -> list[tuple[str, str, str]]:
    with pytest.raises(DocumentError) as caught:
        decode(data)
    return [(p.location, p.expected, p.found) for p in caught.value.problems]


def test_a_number_past_a_float_is_shown_whole_up_to_40_characters() -> None:
    forty = "1." + "0" * 34 + "e400"
    assert _problems(b'{"a": ' + forty.encode() + b"}") == [
        ("/a", "a number within the range of a 64-bit float", f"the number {forty}")
    ]
    assert _problems(b'{"a": 1.' + b"0" * 35 + b"e400}") == [
        (
            "/a",
            "a number within the range of a 64-bit float",
            "the number 1.000000000000000000...000000e400 (41 characters)",
        )
    ]


def test_a_text_of_exactly_the_longest_length_is_not_a_problem() -> None:
    # The repeated key makes the reader walk the document, texts and all.
    text = b"x" * MAX_TEXT
    assert _problems(b'{"a": "' + text + b'", "b": 1, "b": 2}') == [
        ("/b", "each key once in an object", 'the key "b" more than once')
    ]
    assert _problems(b'{"a": "' + text + b'x", "b": 1, "b": 2}') == [
        # An object's repeated keys are said before what it holds.
        ("/b", "each key once in an object", 'the key "b" more than once'),
        ("/a", f"a text of at most {MAX_TEXT} characters", f"{MAX_TEXT + 1} characters"),
    ]


def test_a_document_of_exactly_the_most_bytes_is_read_and_one_byte_more_is_not() -> None:
    data = b"{}" + b" " * (MAX_INPUT_BYTES - 2)
    assert decode(data) == {}
    assert _problems(data + b" ") == [
        ("/", f"a document of at most {MAX_INPUT_BYTES} bytes", f"{MAX_INPUT_BYTES + 1} bytes")
    ]


@pytest.mark.parametrize("data", [b'{"\\udbff": 1}', '{"\udbff": 1}'])
def test_a_lone_surrogate_in_a_key_of_the_root_alone_is_refused(data: bytes | str) -> None:
    # The key cannot be shown: the object holding it is named, here the root ("").
    assert _problems(data) == [
        ("", "keys of Unicode characters", "a key holding the lone surrogate U+DBFF")
    ]


@pytest.mark.parametrize(
    ("data", "found"),
    [
        (b'{"a": NaN}', "NaN"),
        (b'{"a": [Infinity]}', "Infinity"),
        (b'{"a": -Infinity}', "-Infinity"),
    ],
)
def test_the_fast_parser_leaves_nan_and_infinity_to_the_strict_one(data: bytes, found: str) -> None:
    # jiter is the "fast" extra, installed by the dev group; without it there is no fast path.
    pytest.importorskip("jiter")
    assert fast_decode(data) is UNDECIDED
    assert [said for _, _, said in _problems(data)] == [found]


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        # A newline first: the lines are counted from the first byte.
        (
            b"\n\xff",
            ("line 2, column 1 (byte 1)", "UTF-8 text", "the byte 0xff, which is not UTF-8"),
        ),
        (
            b"\n" + b"[" * 100_000,
            (
                "line 2, column 101",
                "arrays and objects nested at most 100 deep",
                "an array at depth 101",
            ),
        ),
        # One lone surrogate among good texts of the same array.
        (b'["ok", "\\ud800"]', ("/1", "text of Unicode characters", "the lone surrogate U+D800")),
    ],
)
def test_where_a_problem_is_after_a_first_newline_or_among_good_texts(
    data: bytes, problem: tuple[str, str, str]
) -> None:
    assert _problems(data) == [problem]


def test_a_text_one_character_too_long_is_found_by_the_quick_look_alone() -> None:
    data = b'{"a": ["' + b"x" * (MAX_TEXT + 1) + b'"]}'
    assert _problems(data) == [
        ("/a/0", f"a text of at most {MAX_TEXT} characters", f"{MAX_TEXT + 1} characters")
    ]


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (b'"\\ud800"', ("", "text of Unicode characters", "the lone surrogate U+D800")),
        ('"\udfff"', ("", "text of Unicode characters", "the lone surrogate U+DFFF")),
        (
            b'"' + b"x" * (MAX_TEXT + 1) + b'"',
            ("", f"a text of at most {MAX_TEXT} characters", f"{MAX_TEXT + 1} characters"),
        ),
    ],
)
def test_a_document_that_is_one_text_is_held_to_the_texts_limits(
    data: bytes | str, problem: tuple[str, str, str]
) -> None:
    # Not a memo either, but the message must not carry the lone surrogate on.
    assert _problems(data) == [problem]
    assert decode(b'"' + b"x" * MAX_TEXT + b'"') == "x" * MAX_TEXT


def test_a_memo_that_is_one_lone_surrogate_is_refused_in_words_that_can_be_printed() -> None:
    # Before, the reader let it through and said "found the string", quoting the half.
    with pytest.raises(DocumentError) as caught:
        from_json(b'"\\ud800"')
    assert str(caught.value) == (
        "1 problem in the document\n"
        "  /: expected text of Unicode characters, found the lone surrogate U+D800"
    )


@pytest.mark.parametrize(
    ("data", "location", "number"),
    [
        (b"[1e400]", "/0", "1e400"),
        (b"[1E400]", "/0", "1E400"),
        (b"[1e+400]", "/0", "1e+400"),
        (b"[-1E+400]", "/0", "-1E+400"),
        (b"[[1e400]]", "/0/0", "1e400"),
    ],
)
def test_a_float_past_the_range_is_refused_however_its_exponent_is_written(
    data: bytes, location: str, number: str
) -> None:
    # After a bracket, with no space: the quick look for long exponents must
    # still see the "e", the "E" and the sign for what they are.
    assert _problems(data) == [
        (location, "a number within the range of a 64-bit float", f"the number {number}")
    ]


def test_a_complaint_of_the_decoder_the_catalogue_does_not_know_is_framed_as_the_parser_s(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def loads(text: str, **hooks: object) -> object:
        raise json.JSONDecodeError("Unheard of", text, 3)

    monkeypatch.setattr(json, "loads", loads)
    with pytest.raises(DocumentError) as caught:
        decode(b"[\n x")
    assert caught.value.render("fi") == (
        "1 ongelma asiakirjassa\n"
        "  rivi 2, sarake 2: odotettiin JSON-muotoista tekstiä, "
        "löytyi jäsentimen ilmoittama virhe: Unheard of"
    )
    assert str(caught.value) == (
        "1 problem in the document\n"
        "  line 2, column 2: expected JSON, found an error the parser reports as: Unheard of"
    )


def test_the_fast_parser_reads_past_a_byte_order_mark() -> None:
    pytest.importorskip("jiter")
    assert fast_decode(b'\xef\xbb\xbf{"a": [1, "b"]}') == {"a": [1, "b"]}


def test_without_jiter_the_fast_parser_leaves_every_document_to_the_strict_one(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(_decode, "jiter", None)
    assert fast_decode(b"{}") is UNDECIDED


def test_nesting_too_deep_to_parse_is_located_past_closed_brackets_and_texts() -> None:
    # Closed arrays and objects and a text with brackets in it come first: depth 1
    # again after them, so the run of brackets passes the limit at its 100th, the
    # 115th character (15 before the run).
    data = b'[{}, [], "[{", ' + b"[" * 100_000
    assert _problems(data) == [
        (
            "line 1, column 115",
            "arrays and objects nested at most 100 deep",
            "an array at depth 101",
        )
    ]


def test_the_fast_parser_reads_a_document_as_long_as_the_longest_text_and_no_longer() -> None:
    # A longer one may hold a text past the limit: the strict reader looks for it.
    pytest.importorskip("jiter")
    text = "x" * (MAX_TEXT - 2)
    assert fast_decode(b'"' + text.encode() + b'"') == text
    assert fast_decode(b'"' + text.encode() + b'x"') is UNDECIDED
    # The byte order mark is not counted.
    assert fast_decode(b'\xef\xbb\xbf"' + text.encode() + b'"') == text


def _sections(levels: int) -> list[dict[str, Any]]:
    """Sections nested ``levels`` deep, each holding the next."""
    sections: list[dict[str, Any]] = [{"number": str(levels)}]
    for level in range(levels - 1, 0, -1):
        sections = [{"number": str(level), "subsections": sections}]
    return sections


def _arrays(depth: int) -> list[Any]:
    """Arrays nested ``depth`` deep."""
    value: list[Any] = []
    for _ in range(depth - 1):
        value = [value]
    return value


def test_deep_junk_beside_sections_is_left_to_the_converter_until_sections_near_the_limit() -> None:
    # A section of level n is an object at depth 2n + 1: with the slack of 8, the
    # 46th level (depth 93) is the first that makes the whole document looked at.
    refuse_deep({"sections": _sections(45), "junk": _arrays(100)})
    with pytest.raises(DocumentError) as caught:
        refuse_deep({"sections": _sections(46), "junk": _arrays(100), "more": _arrays(101)})
    # Every place too deep is said, each once, where it first passes the limit.
    assert [(p.location, p.expected, p.found) for p in caught.value.problems] == [
        (
            "/junk" + "/0" * 99,
            "arrays and objects nested at most 100 deep",
            "an array at depth 101",
        ),
        (
            "/more" + "/0" * 99,
            "arrays and objects nested at most 100 deep",
            "an array at depth 101",
        ),
    ]


@pytest.mark.parametrize(("count", "stopped", "listed"), [(50, False, 50), (51, True, 51)])
def test_the_reader_stops_looking_past_the_most_problems_and_says_so(
    count: int, stopped: bool, listed: int
) -> None:
    with pytest.raises(DocumentError) as caught:
        decode(b"[" + b", ".join([b"NaN"] * count) + b"]")
    # Past 50, the last entry says that the reader stopped, where the 51st is.
    assert (caught.value.stopped, len(caught.value.problems)) == (stopped, listed)
    assert caught.value.problems[-1].location == f"/{listed - 1}"


def test_an_integer_of_the_most_digits_is_read_beside_one_the_reader_refuses() -> None:
    # The 21-digit integer makes the reader look at every number.
    assert _problems(b"[12345678901234567890, -12345678901234567890, 123456789012345678901]") == [
        ("/2", "an integer of at most 20 digits", "a number of 21 digits")
    ]


def test_a_parser_that_gives_up_before_the_limit_is_said_to_have_given_up(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The parser recurses: called with little of the stack left, it may give up
    # on a document nested far less than the limit.
    def loads(text: str, **hooks: object) -> object:
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr(json, "loads", loads)
    assert _problems(b"[[{}]]") == [
        (
            "/",
            "arrays and objects nested at most 100 deep",
            "nesting deeper than the parser can follow",
        )
    ]


def test_nesting_deeper_than_the_limit_beside_a_long_text_is_left_to_the_model_s_reader() -> None:
    # The document is longer than the longest text, so the reader looks at its
    # texts; finding none too long, it leaves the nesting to refuse_deep.
    text = "x" * MAX_TEXT
    document = decode(json.dumps({"text": text, "deep": _arrays(101)}).encode())
    assert document == {"text": text, "deep": _arrays(101)}
