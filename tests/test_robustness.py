"""Bad input of any shape gives a DocumentError, never another exception."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import hyvaneuvottelu as hn
from hyvaneuvottelu import examples

from .documents import minimal_document

_json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=8,
)


def _places(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    places = [path]
    if isinstance(value, dict):
        for key, item in value.items():
            places.extend(_places(item, (*path, key)))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            places.extend(_places(item, (*path, index)))
    return places


def _replace(document: Any, path: tuple[Any, ...], value: Any) -> Any:
    if not path:
        return value
    target = document
    for token in path[:-1]:
        target = target[token]
    target[path[-1]] = value
    return document


def _read(
    reader: Callable[[bytes], hn.Negotiation], data: bytes
) -> hn.Negotiation | hn.DocumentError:
    """What ``reader`` made of ``data``: a negotiation, or the DocumentError it raised."""
    try:
        return reader(data)
    except hn.DocumentError as error:
        return error


def _assert_located(error: hn.DocumentError) -> None:
    assert error.problems
    assert all(p.location and p.expected and p.found for p in error.problems), error


@st.composite
def damaged_documents(draw: st.DrawFn) -> bytes:
    """A valid document with one place replaced by any JSON value."""
    document = draw(st.sampled_from([minimal_document(), json.loads(examples.read_bytes())]))
    place = draw(st.sampled_from(_places(document)))
    return json.dumps(_replace(document, place, draw(_json_values))).encode()


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(damaged_documents())
def test_from_json_reads_or_raises_document_error(data: bytes) -> None:
    result = _read(hn.from_json, data)
    if isinstance(result, hn.DocumentError):
        _assert_located(result)
    else:
        assert hn.from_json(hn.to_json(result)) == result


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=64))
def test_from_json_on_any_bytes(data: bytes) -> None:
    result = _read(hn.from_json, data)
    if isinstance(result, hn.DocumentError):
        _assert_located(result)


_EXAMPLE_XML = hn.to_xml(examples.load())


@st.composite
def damaged_xml(draw: st.DrawFn) -> bytes:
    """The example's XML with a slice replaced by other bytes."""
    start = draw(st.integers(0, len(_EXAMPLE_XML) - 1))
    end = draw(st.integers(start, min(len(_EXAMPLE_XML), start + 40)))
    filler = draw(
        st.binary(max_size=12)
        | st.sampled_from([b"<", b">", b"&", b"&amp;", b"</text>", b"<x/>", b'"', b"\xc3", b"]]>"])
    )
    return _EXAMPLE_XML[:start] + filler + _EXAMPLE_XML[end:]


@settings(max_examples=300, deadline=None)
@given(damaged_xml())
def test_from_xml_reads_or_raises_document_error(data: bytes) -> None:
    result = _read(hn.from_xml, data)
    if isinstance(result, hn.DocumentError):
        _assert_located(result)
    else:
        assert hn.from_xml(hn.to_xml(result)) == result
