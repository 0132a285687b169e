"""The ``fast`` extra's parser (jiter) and reader read what the standard library's path reads.

Same documents, same values, the same problems at the same places: jiter and
the fast reader read first, and whatever either refuses is read again by the
standard library's path, which locates the problems.
"""

from __future__ import annotations

import json
import re
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import hyvaneuvottelu as hn
from hyvaneuvottelu import examples
from hyvaneuvottelu import model as m
from hyvaneuvottelu.errors import DocumentError
from hyvaneuvottelu.jsonformat import _decode

from .strategies import negotiations

pytest.importorskip("jiter", reason="the fast extra (jiter) is not installed")


def _outcome(read: Any, data: bytes | str) -> tuple[str, str]:
    """What ``read`` makes of ``data``: the value's repr (1, 1.0 and True apart), or the problems."""
    try:
        return ("value", repr(read(data)))
    except DocumentError as exc:
        return ("problems", str(exc))


def _without_extra(read: Any, data: bytes | str) -> tuple[str, str]:
    with pytest.MonkeyPatch.context() as patched:
        patched.setattr(_decode, "jiter", None)
        return _outcome(read, data)


_keys = st.sampled_from(["a", "b", "fi", "type", "\u00e4", "a\\u0062", ""])
_scalars = (
    st.none()
    | st.booleans()
    | st.integers(-(10**25), 10**25)
    | st.floats(allow_nan=False, allow_infinity=False).map(repr)
    | st.text(max_size=8)
)


def _raw(value: Any) -> str:
    """JSON text of ``value``, where a list starting "object" is an object of the
    pairs that follow (keys may repeat) and a string that is a number is written as one."""
    if isinstance(value, list) and value and value[0] == "object":
        return "{" + ", ".join(f'"{key}": {_raw(item)}' for key, item in value[1:]) + "}"
    if isinstance(value, list):
        return "[" + ",".join(_raw(item) for item in value) + "]"
    if isinstance(value, str) and re.fullmatch(r"-?[0-9][0-9.e+-]*", value):
        return value
    return json.dumps(value, ensure_ascii=False)


_values = st.recursive(
    _scalars,
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.lists(st.tuples(_keys, inner), max_size=4).map(lambda pairs: ["object", *pairs])
    ),
    max_leaves=20,
)
_splices = st.sampled_from(
    ["", "NaN", "Infinity", '"\\ud800"', "\ufeff", "\xff", "1e400", "-0", "01", ",", "]", "\x00"]
)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_values, _splices, st.integers(0, 200), st.booleans())
@example(["object", ("a", 1), ("a", 2)], "", 0, False)
@example(["object", ("a", ["object", ("b", 1), ("b", 1)])], "", 0, False)
def test_what_jiter_reads_the_standard_library_reads_alike(
    value: Any, splice: str, at: int, bom: bool
) -> None:
    text = _raw(value)
    text = text[:at] + splice + text[at:]
    data = (("\ufeff" if bom else "") + text).encode("utf-8", "surrogatepass")
    fast = _decode.fast_decode(data)
    slow = _outcome(_decode.decode, data)
    if fast is _decode.UNDECIDED:
        return
    if slow[0] == "value":
        assert repr(fast) == slow[1]
    else:
        # Only numbers no field can hold are left to the reader, which refuses them.
        assert re.fullmatch(
            r"\d+ problems? in the document\n(  .*: expected (an integer of at most 20 digits"
            r"|a number within the range of a 64-bit float), found .*\n?)+",
            slow[1],
        ), slow[1]


#: Values a memo's field may be given instead of its own: each refused somewhere.
_hostile = st.sampled_from(
    [
        "123456789012345678901234",
        "-123456789012345678901",
        "99999999999999999999",
        "1e400",
        "-1e400",
        "1e-400",
        "611.0",
        "1e19",
        "1e20",
        "NaN",
        '"\\ud800"',
        '"\\udc00x"',
        '"x"',
        "1",
        "true",
        "null",
        "{}",
        "[]",
    ]
)
_VALUE = re.compile(r'(?<=": )("(?:[^"\\]|\\.)*"|-?[0-9][0-9.eE+-]*|true|false|null)')
_OBJECT_KEY = re.compile(r'\{\n *("[^"]*"): ')


@st.composite
def _mutated_memos(draw: st.DrawFn) -> bytes:
    """A memo's JSON with a value replaced, or an object's first key repeated."""
    text = hn.to_json(draw(negotiations()), indent=1).decode()
    if draw(st.booleans()):
        places = list(_VALUE.finditer(text))
        place = places[draw(st.integers(0, len(places) - 1))]
        text = text[: place.start()] + draw(_hostile) + text[place.end() :]
    else:
        places = list(_OBJECT_KEY.finditer(text))
        place = places[draw(st.integers(0, len(places) - 1))]
        key = place.group(1)
        text = text[: place.end()] + f"null, {key}: " + text[place.end() :]
    return text.encode()


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_mutated_memos(), st.booleans())
def test_from_json_reads_alike_with_and_without_the_extra(data: bytes, as_text: bool) -> None:
    document: bytes | str = data.decode() if as_text else data
    assert _outcome(hn.from_json, document) == _without_extra(hn.from_json, document)


def test_a_repeated_key_is_refused_with_the_same_problem() -> None:
    data = hn.to_json(examples.load()).replace(b'{"fi":', b'{"fi":"x","fi":', 1)
    expected = (
        "problems",
        "1 problem in the document\n"
        '  /title/fi: expected each key once in an object, found the key "fi" more than once',
    )
    assert _outcome(hn.from_json, data) == _without_extra(hn.from_json, data) == expected


def test_an_ordinary_memo_is_parsed_by_the_fast_parser(monkeypatch: pytest.MonkeyPatch) -> None:
    data = hn.to_json(examples.load(), indent=2)

    def refuse(*args: object, **kwargs: object) -> Any:
        raise AssertionError("the standard library parsed it")

    monkeypatch.setattr(json, "loads", refuse)
    assert hn.from_json(data) == examples.load()
    assert hn.from_json(data.decode()) == examples.load()


@pytest.mark.parametrize("fast", [True, False], ids=["with jiter", "without jiter"])
def test_the_example_reads_the_same_with_and_without_the_extra(
    fast: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    if not fast:
        monkeypatch.setattr(_decode, "jiter", None)
    memo: m.Negotiation = examples.load()
    for indent in (None, 2):
        assert hn.from_json(hn.to_json(memo, indent=indent)) == memo


def _strings(value: Any, *, keys_only: bool = False) -> set[str]:
    """The keys of every object in ``value``, and (unless ``keys_only``) every text."""
    if isinstance(value, dict):
        found = set(value)
        return found.union(*(_strings(item, keys_only=keys_only) for item in value.values()))
    if isinstance(value, list):
        return set().union(*(_strings(item, keys_only=keys_only) for item in value))
    return {value} if isinstance(value, str) and not keys_only else set()


def test_jiter_keeps_the_short_texts_read_in_its_bounded_cache() -> None:
    jiter: Any = _decode.jiter
    data = hn.to_json(examples.load())
    document = json.loads(data)
    jiter.cache_clear()
    hn.from_json(data)
    # The keys, and short texts besides: the identifiers and codes repeated in a memo.
    assert len(_strings(document, keys_only=True)) < jiter.cache_usage() <= len(_strings(document))
    jiter.cache_clear()
    assert jiter.cache_usage() == 0
