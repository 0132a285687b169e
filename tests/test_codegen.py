"""The generated modules' namespace: each constant under a name of its own, each pattern
given one memory, shared by every field that checks it."""

from __future__ import annotations

from typing import Any

import attrs
import pytest

from hyvaneuvottelu import model as m
from hyvaneuvottelu._codegen import Constants, twin
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


def test_a_default_is_named_as_one_and_a_factory_is_called_with_the_object_if_it_takes_it() -> None:
    @attrs.frozen
    class Later:
        plain: str = "x"
        made: tuple[str, ...] = attrs.field(factory=tuple)
        own: str = attrs.field(default=attrs.Factory(lambda self: self.plain, takes_self=True))

    namespace: dict[str, Any] = {}
    constants = Constants(namespace)
    plain, made, own = attrs.fields(Later)
    assert constants.default(plain, "obj") == "_default1"
    assert constants.default(made, "obj") == "_factory2()"
    assert constants.default(own, "obj") == "_factory3(obj)"
    assert namespace["_default1"] == "x"
    assert namespace["_factory2"] is tuple
    assert namespace["_factory3"](Later(plain="y")) == "y"
    with pytest.raises(NotImplementedError, match="own: a default that takes the object"):
        constants.default(own, None)


def test_the_twin_of_a_class_is_named_after_it_made_once_and_adds_no_slot() -> None:
    made = twin(m.Section)
    # As tracebacks through a generated reader name it.
    assert (made.__name__, made.__module__) == ("SectionTwin", "hyvaneuvottelu._codegen")
    assert twin(m.Section) is made
    assert made.__bases__ == (m.Section,)
    assert made.__dict__["__slots__"] == ()
    obj = made()
    obj.number = "1."  # a plain store, where the frozen class refuses one
    obj.__class__ = m.Section
    assert obj.number == "1."
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        obj.number = "2."
