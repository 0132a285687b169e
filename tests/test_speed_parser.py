"""The ``fast`` extra's parser (jiter) reads what the standard library's path reads.

Same documents, same values, the same problems at the same places: jiter reads
first, and whatever it refuses, or whatever may need a located problem, is
read by the standard library's path.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import hyvaneuvottelu as hn
from hyvaneuvottelu import examples
from hyvaneuvottelu.errors import DocumentError
from hyvaneuvottelu.jsonformat import _codec

pytest.importorskip("jiter", reason="the fast extra (jiter) is not installed")


def _outcome(data: bytes) -> tuple[str, str]:
    """What decode makes of ``data``: the value's repr (1 and 1.0 and True apart), or the problems."""
    try:
        return ("value", repr(_codec.decode(data)))
    except DocumentError as exc:
        return ("problems", str(exc))


def _both(data: bytes, monkeypatch: pytest.MonkeyPatch) -> tuple[tuple[str, str], tuple[str, str]]:
    fast = _outcome(data)
    with monkeypatch.context() as patched:
        patched.setattr(_codec, "jiter", None)
        slow = _outcome(data)
    return fast, slow


_keys = st.sampled_from(["a", "b", "fi", "type", "\u00e4", "a\\u0062", ""])
_scalars = (
    st.none()
    | st.booleans()
    | st.integers(-(10**25), 10**25)
    | st.floats(allow_nan=False, allow_infinity=False).map(repr)
    | st.text(max_size=8)
)


def _raw(value: Any) -> str:
    """JSON text of ``value``, where a list of pairs is an object (keys may repeat)
    and a float's repr is written as it is."""
    if isinstance(value, list) and value and value[0] == "object":
        return "{" + ", ".join(f'"{key}": {_raw(item)}' for key, item in value[1:]) + "}"
    if isinstance(value, list):
        return "[" + ",".join(_raw(item) for item in value) + "]"
    if isinstance(value, str) and value[:1] in "-0123456789" and value not in ("",):
        try:
            float(value)
        except ValueError:
            pass
        else:
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
def test_the_fast_parser_and_the_standard_library_agree(
    value: Any, splice: str, at: int, bom: bool
) -> None:
    text = _raw(value)
    text = text[:at] + splice + text[at:]
    data = (("\ufeff" if bom else "") + text).encode("utf-8", "surrogatepass")
    with pytest.MonkeyPatch.context() as monkeypatch:
        fast, slow = _both(data, monkeypatch)
    assert fast == slow


def test_a_repeated_key_is_refused_with_the_same_problem(monkeypatch: pytest.MonkeyPatch) -> None:
    data = b'{"a": {"fi": "x", "sv": "y", "fi": "z"}}'
    fast, slow = _both(data, monkeypatch)
    assert (
        fast
        == slow
        == (
            "problems",
            "1 problem in the document\n"
            '  /a/fi: expected each key once in an object, found the key "fi" more than once',
        )
    )


def test_an_ordinary_memo_is_parsed_by_the_fast_parser(monkeypatch: pytest.MonkeyPatch) -> None:
    data = hn.to_json(examples.load(), indent=2)

    def refuse(*args: object, **kwargs: object) -> Any:
        raise AssertionError("the standard library parsed it")

    monkeypatch.setattr(json, "loads", refuse)
    assert hn.from_json(data) == examples.load()


@pytest.mark.parametrize("fast", [True, False], ids=["with jiter", "without jiter"])
def test_the_example_reads_the_same_with_and_without_the_extra(
    fast: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    if not fast:
        monkeypatch.setattr(_codec, "jiter", None)
    for indent in (None, 2):
        assert hn.from_json(hn.to_json(examples.load(), indent=indent)) == examples.load()
