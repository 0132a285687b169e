"""The bounded memory of texts a pattern matched, shared by the generated readers."""

from __future__ import annotations

import re

from hyvaneuvottelu.model._checks import remembering


def test_a_pattern_remembers_short_texts_it_matched_and_no_others() -> None:
    matched, mismatch = remembering(re.compile("[a-z]+").fullmatch)
    assert mismatch("abc") is False
    assert mismatch("ABC") is True
    assert mismatch("a" * 65) is False
    assert matched == {"abc"}
    assert mismatch("a" * 64) is False
    assert matched == {"abc", "a" * 64}


def test_a_pattern_forgets_what_it_remembered_once_it_is_full() -> None:
    matched, mismatch = remembering(re.compile("[a-z]+").fullmatch)
    texts = ["".join(chr(97 + (n // 26**k) % 26) for k in range(3)) for n in range(1024)]
    for text in texts:
        assert mismatch(text) is False
    assert matched == set(texts)
    assert mismatch("zzzz") is False
    assert matched == {"zzzz"}
