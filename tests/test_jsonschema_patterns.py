"""The JSON Schema's patterns work in every regex dialect validators use.

JSON Schema patterns are ECMA-262 regular expressions; Go's validators (and
many others) use RE2, Python's use ``re``. A pattern has to compile in all
three and mean what the model means. ``google-re2`` and ``regress`` (an
ECMA-262 engine) are in the tests group; where one is missing, its test skips
and the construct lists below still hold every pattern to account.
"""

from __future__ import annotations

import json
import re
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import hyvaneuvottelu as hn
from hyvaneuvottelu import schemas

from .documents import minimal_document

#: Constructs RE2 refuses (github.com/google/re2/wiki/Syntax), with a pattern
#: using each: lookaround, atomic groups, possessive quantifiers,
#: backreferences, Python's \\Z, comments, verbose mode, \\G.
RE2_REFUSES = {
    "(?=": "a(?=b)",
    "(?!": "a(?!b)",
    "(?<=": "(?<=a)b",
    "(?<!": "(?<!a)b",
    "(?>": "(?>a)b",
    "*+": "a*+",
    "++": "a++",
    "?+": "a?+",
    "}+": "a{2}+",
    "\\1": "(a)\\1",
    "(?P=": "(?P<n>a)(?P=n)",
    "\\k<": "(?<n>a)\\k<n>",
    "\\Z": "a\\Z",
    "(?#": "a(?#c)",
    "(?x": "(?x)a",
    "\\G": "\\Ga",
}

#: Constructs ECMA-262 (with the u flag, as JavaScript validators compile
#: patterns) refuses: Python's and PCRE's anchors, inline flags, named groups
#: and comments, atomic groups, possessive quantifiers, POSIX classes, \\Q.
ECMA_REFUSES = {
    "\\A": "\\Aa",
    "\\Z": "a\\Z",
    "\\z": "a\\z",
    "(?i": "(?i)a",
    "(?s": "(?s)a",
    "(?m": "(?m)a",
    "(?x": "(?x)a",
    "(?P<": "(?P<n>a)",
    "(?P=": "(?P<n>a)(?P=n)",
    "(?#": "a(?#c)",
    "(?>": "(?>a)b",
    "*+": "a*+",
    "++": "a++",
    "?+": "a?+",
    "}+": "a{2}+",
    "[[:": "[[:alpha:]]",
    "\\G": "\\Ga",
    "\\Q": "\\Qa\\E",
}


def _patterns(node: Any) -> set[str]:
    if isinstance(node, dict):
        found = {node["pattern"]} if isinstance(node.get("pattern"), str) else set()
        for value in node.values():
            found |= _patterns(value)
        return found
    if isinstance(node, list):
        return set().union(*(_patterns(item) for item in node))
    return set()


PATTERNS = sorted(_patterns(schemas.json_schema()))


def test_the_schema_has_patterns_to_check() -> None:
    assert len(PATTERNS) >= 10
    assert all(p.startswith("^") and p.endswith("$") for p in PATTERNS)


@pytest.mark.parametrize("pattern", PATTERNS)
def test_no_pattern_uses_a_construct_re2_or_ecma_262_refuses(pattern: str) -> None:
    used = [c for c in {**RE2_REFUSES, **ECMA_REFUSES} if c in pattern]
    assert used == []


@pytest.mark.parametrize(("construct", "example"), sorted(RE2_REFUSES.items()))
def test_re2_does_refuse_what_the_list_says(construct: str, example: str) -> None:
    re2 = pytest.importorskip("re2", reason="google-re2 is not installed")
    assert construct in example
    with pytest.raises(re2.error):
        re2.compile(example)


@pytest.mark.parametrize(("construct", "example"), sorted(ECMA_REFUSES.items()))
def test_ecma_262_does_refuse_what_the_list_says(construct: str, example: str) -> None:
    regress = pytest.importorskip("regress", reason="regress is not installed")
    assert construct in example
    with pytest.raises(regress.RegressError):
        regress.Regex(example, "u")


@pytest.mark.parametrize("pattern", PATTERNS)
def test_every_pattern_compiles_with_re2(pattern: str) -> None:
    re2 = pytest.importorskip("re2", reason="google-re2 is not installed")
    assert re2.compile(pattern).pattern == pattern


@pytest.mark.parametrize("pattern", PATTERNS)
def test_every_pattern_compiles_as_ecma_262(pattern: str) -> None:
    regress = pytest.importorskip("regress", reason="regress is not installed")
    regress.Regex(pattern, "u")
    regress.Regex(pattern)


@pytest.mark.parametrize("pattern", PATTERNS)
def test_every_pattern_compiles_with_python(pattern: str) -> None:
    assert re.compile(pattern).pattern == pattern


def _engines() -> tuple[Any, Any]:
    re2 = pytest.importorskip("re2", reason="google-re2 is not installed")
    regress = pytest.importorskip("regress", reason="regress is not installed")
    return re2, regress


@pytest.mark.parametrize("pattern", PATTERNS)
@settings(max_examples=25, deadline=None)
@given(data=st.data())
def test_re2_and_ecma_262_accept_exactly_what_the_model_accepts(
    pattern: str, data: st.DataObject
) -> None:
    re2, regress = _engines()
    matching = st.from_regex(pattern, fullmatch=True)
    text = data.draw(
        st.one_of(
            matching,
            matching.map(lambda s: s + "\n"),
            matching.map(lambda s: "\n" + s),
            st.text(alphabet="0123456789az-_.: \nT+Z", max_size=24),
        )
    )
    model = re.fullmatch(pattern, text) is not None
    assert (re2.search(pattern, text) is not None) == model, repr(text)
    assert (regress.Regex(pattern, "u").find(text) is not None) == model, repr(text)


def test_a_final_newline_is_where_python_re_alone_differs() -> None:
    # The documented choice (docs/json.md): "^...$" means the whole string in
    # ECMA-262 and RE2; Python's re.search, which python-jsonschema uses,
    # lets "$" match before one final newline. The reader refuses it.
    re2, regress = _engines()
    pattern = next(p for p in PATTERNS if p.startswith("^[A-Za-z_]"))
    assert re2.search(pattern, "jp\n") is None
    assert regress.Regex(pattern, "u").find("jp\n") is None
    assert re.search(pattern, "jp\n") is not None
    document = minimal_document()
    document["participants"][0]["id"] = "jp\n"
    with pytest.raises(hn.DocumentError) as caught:
        hn.from_json(json.dumps(document))
    assert str(caught.value.problems[0]) == (
        "/participants/0/id: expected an identifier (a letter or '_', then letters, digits, "
        """'_', '.', '-'), found "jp\n\""""
    )
