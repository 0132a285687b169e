"""The generated readers' generators on what the model's classes never show.

A generator is run only on the model, whose classes take some of its paths
and never others: a class without slots, a converter it cannot write, a
default made by a factory, an optional type written ``None | X``. These
tests take those paths on purpose, and the readers' sources on a first call.
"""

from __future__ import annotations

import subprocess
import sys
import typing

import attrs
import pytest

import hyvaneuvottelu as hn
from hyvaneuvottelu import examples
from hyvaneuvottelu import model as m
from hyvaneuvottelu.jsonformat._generated import fast_reader, reader_source
from hyvaneuvottelu.jsonformat._generator import optional_of
from hyvaneuvottelu.limits import MAX_INTEGER_DIGITS
from hyvaneuvottelu.model._checks import IntRange, Optional
from hyvaneuvottelu.xmlformat import _fast_code
from hyvaneuvottelu.xmlformat._fast import fast_read, fast_source
from hyvaneuvottelu.xmlformat._fast_code import RefusedError, TreeReaderGenerator
from hyvaneuvottelu.xmlformat._parse import parse
from hyvaneuvottelu.xmlformat._plan import PLANS


@attrs.frozen(kw_only=True, slots=False)
class Unslotted:
    name: str


@attrs.frozen(kw_only=True)
class Converted:
    size: int = attrs.field(converter=int)


@attrs.frozen(kw_only=True)
class Loose:
    extra: dict[str, typing.Any]


def test_an_optional_type_is_found_on_either_side_of_none() -> None:
    assert optional_of(int | None) is int
    assert optional_of(None | int) is int
    assert optional_of(typing.Optional[str]) is str  # noqa: UP045 - the spelling is the subject
    assert optional_of(int) is None
    assert optional_of(int | str) is None


def test_a_class_without_slots_is_built_by_plain_stores_as_its_own_class() -> None:
    built = fast_reader(Unslotted)({"name": "x"})
    assert built == Unslotted(name="x")
    assert type(built) is Unslotted
    assert "    obj.name = v\n" in reader_source(Unslotted, Unslotted)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        built.name = "y"  # type: ignore[misc]  # frozen: the subject


def test_a_converter_the_generator_cannot_write_is_left_to_cattrs() -> None:
    assert fast_reader(Converted)({"size": 3}) == Converted(size=3)
    assert reader_source(Converted, Converted) == (
        "def read_Converted(value):\n"
        "    # tests.test_generated_edges.Converted, built by cattrs\n"
        "    return _hook1(value, _cls2)\n"
    )


def test_a_hint_is_shown_without_its_module() -> None:
    assert "    # extra: dict[str, Any]\n" in reader_source(Loose, Loose)


@pytest.mark.parametrize(
    ("module", "function", "first_line"),
    [
        ("hyvaneuvottelu.jsonformat._generated", "reader_source", "def read_SourceRef(value):"),
        ("hyvaneuvottelu.xmlformat._fast", "fast_source", "def xml_SourceRef(el, it):"),
    ],
)
def test_a_source_can_be_shown_before_anything_is_read(
    module: str, function: str, first_line: str
) -> None:
    # In a process of its own: the first call compiles the readers.
    code = (
        "from hyvaneuvottelu.model import SourceRef\n"
        f"from {module} import {function}\n"
        f"print({function}(SourceRef).splitlines()[0])\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False
    )
    assert result.stdout == first_line + "\n", result.stderr[-2000:]


def test_a_refused_tree_raises_the_fast_reader_s_own_error() -> None:
    # Any exception sends the tree on to the detailed reader; the fast reader's
    # own says that it refused what it read, not that its code went wrong.
    example = hn.to_xml(examples.load())
    assert b"<id>lohja</id>" in example
    wrong_id = example.replace(b"<id>lohja</id>", b"<id>Lohja!</id>")
    with pytest.raises(RefusedError):
        fast_read(parse(wrong_id, max_bytes=1 << 24, max_depth=100))
    assert b"<statuteNumber>611</statuteNumber>" in example
    digits = b"1" * (MAX_INTEGER_DIGITS + 1)
    too_long = example.replace(b"611</statuteNumber>", digits + b"</statuteNumber>")
    with pytest.raises(RefusedError):
        fast_read(parse(too_long, max_bytes=1 << 24, max_depth=100))


def test_a_factory_default_is_called_and_one_that_takes_the_object_is_refused() -> None:
    @attrs.frozen(kw_only=True)
    class Later:
        made: tuple[str, ...] = attrs.field(factory=tuple)
        own: tuple[str, ...] = attrs.field(default=attrs.Factory(lambda self: (), takes_self=True))

    plan = next(f for f in PLANS[m.Negotiation].fields if f.name == "council_term")
    generator = TreeReaderGenerator()
    lines = generator.field_read(
        attrs.fields(Later).made, plan, (0, 0), fresh=True, taken=0, optional_next=False
    )
    assert lines == [
        "    # councilTerm (optional)",
        "    if n > 0:",
        "        c = _next(it)",
        "        f_made = (c.text or '')",
        "        n -= 1",
        "        c = None",
        "    else:",
        "        f_made = _factory1()",
    ]
    assert generator.namespace["_factory1"] is tuple
    with pytest.raises(NotImplementedError) as caught:
        generator.field_read(
            attrs.fields(Later).own, plan, (0, 0), fresh=True, taken=0, optional_next=False
        )
    assert str(caught.value) == "own: a default that takes the object"


def test_a_text_whose_language_has_a_default_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    @attrs.frozen(kw_only=True)
    class Texts:
        fi: str | None = "oletus"
        sv: str | None = None
        en: str | None = None

    monkeypatch.setattr(_fast_code, "LocalizedText", Texts)
    with pytest.raises(TypeError) as caught:
        TreeReaderGenerator().text_code()
    assert str(caught.value) == "LocalizedText: a language's default is not None"


def _positive(instance: object, attribute: attrs.Attribute[int | None], value: int) -> None:
    """A check the generator does not know, so cannot write inline."""


@attrs.frozen(kw_only=True)
class Checked:
    size: int | None = attrs.field(default=None, validator=Optional(_positive))
    count: int | None = attrs.field(
        default=None, validator=Optional(IntRange(1, None, "1 or more"))
    )


def test_an_optional_check_is_written_inline_or_called_once_the_object_is_built() -> None:
    generator = TreeReaderGenerator()
    size, count = attrs.fields(Checked)
    # One it cannot write: called on the object built, as attrs calls it.
    assert generator.validator_lines(size, size.validator, "f_size") == (
        [],
        ["_validator3(obj, _field4, f_size)"],
    )
    assert generator.namespace["_validator3"] is size.validator
    assert generator.namespace["_field4"] is size
    assert generator.validator_lines(count, count.validator, "f_count") == (
        ["if (i := f_count) is not None:", "    if i < 1:", "        raise _Refused"],
        [],
    )


def test_every_line_of_a_generated_xml_reader_is_indented_under_its_def() -> None:
    for cls in [*PLANS, m.LocalizedText]:
        first, *body = fast_source(cls).splitlines()
        assert first == f"def xml_{cls.__name__}(el, it):"
        assert [line for line in body if not line.startswith("    ")] == []
