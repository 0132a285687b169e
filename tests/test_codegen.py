"""The generated modules' namespace: each constant under a name of its own, each pattern
given one memory, shared by every field that checks it."""

from __future__ import annotations

from typing import Any

from hyvaneuvottelu._codegen import Constants
from hyvaneuvottelu.model._checks import Matches


def test_constants_are_numbered_from_one_in_the_order_asked_under_their_prefix() -> None:
    namespace: dict[str, Any] = {"_str": str}
    constants = Constants(namespace)
    first, second = object(), object()
    # The names are what the generated source shows (writer_source, reader_source).
    assert constants.constant("codes", first) == "_codes1"
    assert constants.constant("hook", second) == "_hook2"
    assert constants.constant("codes", first) == "_codes3"
    assert namespace == {"_str": str, "_codes1": first, "_hook2": second, "_codes3": first}
    assert constants.count == 3


def test_a_pattern_is_given_one_memory_whichever_field_checks_it() -> None:
    namespace: dict[str, Any] = {}
    constants = Constants(namespace)
    digits = Matches(r"[0-9]+", "digits")
    assert constants.remembered(digits) == ("_matched1", "_mismatch2")
    # Another validator of the same pattern shares the memory; another pattern has its own.
    assert constants.remembered(Matches(r"[0-9]+", "numbers")) == ("_matched1", "_mismatch2")
    assert constants.remembered(Matches(r"[a-z]+", "letters")) == ("_matched3", "_mismatch4")
    assert sorted(namespace) == ["_matched1", "_matched3", "_mismatch2", "_mismatch4"]
    matched, mismatch = namespace["_matched1"], namespace["_mismatch2"]
    assert (mismatch("12"), mismatch("1a"), mismatch("7")) == (False, True, False)
    assert matched == {"12", "7"}
    assert namespace["_matched3"] == set()
