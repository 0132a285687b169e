"""What the command line prints: control characters escaped for people, JSON that stays JSON."""

from __future__ import annotations

import io
import json

import pytest

from hyvaneuvottelu.cli import main
from hyvaneuvottelu.cli._output import for_people, json_text, say, write_utf8


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("memo.json", "memo.json"),
        ("Lohjan kaupunki – Länsi-Uusimaa §", "Lohjan kaupunki – Länsi-Uusimaa §"),
        ("\x1b[2J\x1b[32mALL GOOD\x1b[0m", "\\x1b[2J\\x1b[32mALL GOOD\\x1b[0m"),
        ("a\nb\rc\td", "a\\nb\\rc\\td"),
        ("\x00\x07\x08\x7f", "\\x00\\x07\\x08\\x7f"),
        ("\x85\x9b2J\x9f", "\\x85\\x9b2J\\x9f"),
        ("abc\u202edef", "abc\\u202edef"),
        ("\u202a\u202b\u202c\u202d\u2066\u2067\u2068\u2069", "\\u202a\\u202b\\u202c\\u202d"
         "\\u2066\\u2067\\u2068\\u2069"),
        ("\u200e\u200f\u061c\u2028\u2029", "\\u200e\\u200f\\u061c\\u2028\\u2029"),
        # A byte of a file name that is not UTF-8, as os.fsdecode gives it.
        ("bad\udcff.json", "bad\\xff.json"),
        # A lone surrogate from a JSON key ("\ud800").
        ("/\ud800x", "/\\ud800x"),
        # Backslashes and what merely looks like an escape stay as they are.
        ("C:\\memos\\x1b.json", "C:\\memos\\x1b.json"),
        ("😀 \u00a0", "😀 \u00a0"),
    ],
)  # fmt: skip
def test_for_people_escapes_what_a_terminal_would_act_on(text: str, shown: str) -> None:
    assert for_people(text) == shown
    assert for_people(shown) == shown


class _Stream(io.TextIOWrapper):
    """A text stream over bytes, in a chosen encoding, strict like a real terminal's."""

    def __init__(self, encoding: str) -> None:
        super().__init__(io.BytesIO(), encoding=encoding, errors="strict")

    def bytes(self) -> bytes:
        self.flush()
        assert isinstance(self.buffer, io.BytesIO)
        return self.buffer.getvalue()


@pytest.mark.parametrize(
    ("encoding", "written"),
    [
        ("utf-8", "ä \\x1b \\xff \\ud800 😀\nnext\n".encode()),
        ("ascii", b"\\xe4 \\x1b \\xff \\ud800 \\U0001f600\nnext\n"),
        ("latin-1", b"\xe4 \\x1b \\xff \\ud800 \\U0001f600\nnext\n"),
    ],
)
def test_say_never_fails_on_the_stream_encoding(encoding: str, written: bytes) -> None:
    stream = _Stream(encoding)
    say("ä \x1b \udcff \ud800 😀\nnext", file=stream)
    assert stream.bytes() == written


def test_say_keeps_its_lines_and_escapes_within_them() -> None:
    stream = io.StringIO()
    name = "two\nlines.json"
    say(f"{for_people(name)}: valid\n  second line", file=stream, end="")
    assert stream.getvalue() == "two\\nlines.json: valid\n  second line"


def test_json_text_escapes_what_a_terminal_would_act_on_and_keeps_the_value() -> None:
    value = {
        "file": "bad\udcff\x1b[2J\x9b\u202e.json",
        "message": "Lohja – Lojo\x7f\u2028",
        "lone": "\ud800",
    }
    text = json_text(value)
    assert text == (
        '{"file": "bad\\udcff\\u001b[2J\\u009b\\u202e.json", '
        '"message": "Lohja – Lojo\\u007f\\u2028", "lone": "\\ud800"}'
    )
    assert json.loads(text) == value


def test_json_text_escapes_only_inside_strings_even_after_backslashes() -> None:
    value = ["\\\x9b", "\\", "\\\\\u202e"]
    text = json_text(value)
    assert text == '["\\\\\\u009b", "\\\\", "\\\\\\\\\\u202e"]'
    assert json.loads(text) == value


@pytest.mark.parametrize("encoding", ["utf-8", "ascii", "latin-1", "utf-16"])
def test_write_utf8_writes_utf8_whatever_the_stream_encoding(encoding: str) -> None:
    stream = _Stream(encoding)
    write_utf8(json_text(["Lohja – Lojo", "bad\udcff"]), stream)
    assert stream.bytes() == '["Lohja – Lojo", "bad\\udcff"]'.encode()


def test_usage_errors_show_the_arguments_escaped(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["validate", "memo.json", "--x\x1b[2J\x1b[32mALL_GOOD"])
    assert exited.value.code == 2
    err = capsys.readouterr().err
    assert err.endswith(
        "hyvaneuvottelu: error: unrecognized arguments: --x\\x1b[2J\\x1b[32mALL_GOOD\n"
    )
    assert "\x1b" not in err
