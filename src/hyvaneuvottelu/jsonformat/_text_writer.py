"""The generator of the JSON text writers: one function per model class
returning the JSON text of an object, as the dict writers' data followed by
``json.dumps(ensure_ascii=False)`` would be, byte for byte.
"""

from __future__ import annotations

import ast
import re
import typing
from collections.abc import Callable
from datetime import date, datetime, time
from enum import Enum
from json.encoder import encode_basestring
from typing import Any

import attrs

from .._naming import wire_name
from ._converter import TAG_KEY, fast_converter
from ._generator import CodeGenerator, optional_of, tags_of
from ._text_runtime import (
    INTEGERS,
    Escaped,
    dumps_compact,
    dumps_indented,
    indented_array,
)
from ._wire import unstructure_time

__all__ = ["Document", "TextGenerator"]


@attrs.frozen
class Document:
    """The variant of a root's text writer that writes a whole document: ``key``
    and its string ``value`` first, a final newline last.
    """

    key: str
    value: str


class TextGenerator(CodeGenerator[str | Document | None]):
    """Writes functions that return the JSON text of an object.

    The same keys, order and values as the dict writers followed by
    ``json.dumps(ensure_ascii=False)``, byte for byte. Codes are escaped once
    (a table by code). A text field is written as it is, between quotes,
    where it holds no quote, no backslash and, indented, no newline (a
    search for each, where escaping reads and copies every character); else
    the standard library's own C function escapes it. The other control
    characters a text written so may hold are escaped in the whole document
    at once, at the end (:func:`~._text_runtime.escape_controls`): none is
    written raw but in a text, and, compact, the final newline. The items of
    arrays of texts (short identifiers) are escaped by the standard library.
    Each optional field is tested once; a class of at most
    :data:`_MAX_TREE_FIELDS` optional fields returns one f-string for each
    combination of them present, a class of more adds them that many at a
    time: few steps per object, and no text built and then copied again in
    the object. The root's writer writes the whole document (schema version
    first, newline last). Compact (``indented`` false), a function takes
    ``obj``; indented, ``(obj, nl, st)``: the newline and indent of the
    object's own line, and one level's indent.

    Code is made of pieces: string literals (as ``repr`` writes them) and
    expressions giving strings.
    """

    prefix = "json_"

    def __init__(self, *, indented: bool) -> None:
        super().__init__(
            {
                "_str": encode_basestring,
                "_q": '"',
                "_bs": "\\",
                "_nl": "\n",
                "_ints": INTEGERS,
                "_bools": {True: "true", False: "false"},
                "_null": "null",
                "_time": unstructure_time,
                "_join": ",".join,
                "_array": indented_array,
                "_dumps": dumps_compact,
                "_dumps_indented": dumps_indented,
            }
        )
        self.indented = indented
        #: How deep arrays nest where the function being written is, and at most.
        self.depth = 0
        self.max_depth = 0
        #: The constant naming the escaped texts of each code list (an enum).
        self.codes: dict[type, str] = {}
        #: Whether the function being written writes a text raw.
        self.raw = False

    def function(self, target: Any, variant: str | Document | None = None) -> str:
        """The name of the text writer of ``target``, writing ``variant`` as its tag if
        given, or writing a document.
        """
        if isinstance(variant, Document) and (target, variant) not in self.names:
            self.names[(target, variant)] = f"document_{target.__name__}"
            self.pending.append((target, variant))
        return super().function(target, variant)

    def params(self) -> str:
        return "obj, nl, st" if self.indented else "obj"

    def call(self, target: Any, var: str, n: str) -> str:
        tags = tags_of(target)
        if tags is not None:
            # A tagged union: the class of the object picks its writer, so a union
            # has no function of its own here (no union_code; the roots are classes).
            table = self.constant("writers", {})
            self.tables.append((table, {cls: self.function(cls, tag) for cls, tag in tags.items()}))
            function = f"{table}[{var}.__class__]"
        else:
            function = self.function(target)
        return f"{function}({var}, {n}, st)" if self.indented else f"{function}({var})"

    def class_code(self, name: str, cls: type, variant: str | Document | None) -> str:
        self.depth = self.max_depth = 0
        self.raw = False
        hints = typing.get_type_hints(cls)
        fields = attrs.fields(cls)
        required = [f for f in fields if f.default is attrs.NOTHING]
        pieces = [repr("{")]
        if isinstance(variant, Document):
            pieces += [*self.key(variant.key, True), repr(encode_basestring(variant.value))]
        elif variant:
            pieces += [*self.key(TAG_KEY, True), repr(encode_basestring(variant))]
        for field in required:
            pieces += self.key(wire_name(field.name), len(pieces) == 1)
            pieces += self.value(hints[field.name], f"obj.{field.name}", "n")
        # Without a required field, the object may be empty, "{}"; otherwise
        # it opens with the first field present.
        empty = len(pieces) == 1
        close = ["nl", repr("}")] if self.indented else [repr("}")]
        if isinstance(variant, Document):
            close.append(repr("\n"))
        # Each optional field: the test that it is present, its key, its value.
        optional = [
            self.present(field, hints[field.name])
            for field in fields
            if field.default is not attrs.NOTHING
        ]
        if len(optional) <= _MAX_TREE_FIELDS:
            # A few optional fields (or none): one expression for each combination.
            def returned(pieces: list[str]) -> list[str]:
                return [
                    f"return {_code([*pieces, *close]) if pieces != [repr('{')] else repr('{}')}"
                ]

            body = self.tree(pieces, optional, returned, returns=True)
        elif not empty:
            body = self.grouped(pieces, close, optional)
        else:
            body = ["s = ''"]
            for test, wire, value in optional:
                body += self.optional_lines(test, wire, value, first=body == ["s = ''"])
            body += ["if not s:", "    return '{}'"]
            # Closed in place, as the fields were added: s is the only reference to its text.
            body += [f"s += {_code(close)}", "return s"]
        lines = [f"def {name}({self.params()}):", f"    # {cls.__module__}.{cls.__qualname__}"]
        if self.raw:
            lines.append(f"    # {_RAW_COMMENT_INDENTED if self.indented else _RAW_COMMENT}")
        if self.indented:
            lines.append("    n = nl + st")
            lines.extend(
                f"    m{level} = {'n' if level == 1 else f'm{level - 1}'} + st"
                for level in range(1, self.max_depth + 1)
            )
        lines.extend("    " + line for line in body)
        return "\n".join(lines) + "\n"

    def key(self, wire: str, first: bool) -> list[str]:
        """The pieces before a value: a comma, a new line and indent, the key."""
        comma = "" if first else ","
        if self.indented:
            return [repr(comma), "n", repr(encode_basestring(wire) + ": ")]
        return [repr(comma + encode_basestring(wire) + ":")]

    def grouped(
        self, pieces: list[str], close: list[str], optional: list[tuple[str, str, list[str]]]
    ) -> list[str]:
        """Lines that write an object with many optional fields (after the ``pieces``
        of its required ones) a few fields at a time, each group added in one step.
        """
        size = _MAX_TREE_FIELDS
        groups = [optional[i : i + size] for i in range(0, len(optional), size)]
        lines = self.tree(pieces, groups[0], lambda pieces: [f"s = {_code(pieces)}"], False)
        for group in groups[1:-1]:
            lines += self.tree([], group, _added, returns=False)
        lines += self.tree([], groups[-1], lambda pieces: _added([*pieces, *close]), False)
        return [*lines, "return s"]

    def tree(
        self,
        pieces: list[str],
        optional: list[tuple[str, str, list[str]]],
        leaf: Callable[[list[str]], list[str]],
        returns: bool,
    ) -> list[str]:
        """Lines that test each of the few ``optional`` fields once, and then, for each
        combination of them present, the ``leaf`` lines of the pieces so far and theirs;
        ``returns``: the leaf lines return.
        """
        if not optional:
            return leaf(pieces)
        (test, wire, value), rest = optional[0], optional[1:]
        present = [*pieces, *self.key(wire, pieces == [repr("{")]), *value]
        absent = self.tree(pieces, rest, leaf, returns)
        return [
            f"if {test}:",
            *("    " + line for line in self.tree(present, rest, leaf, returns)),
            *(absent if returns else ["else:", *("    " + line for line in absent or ["pass"])]),
        ]

    def present(self, field: attrs.Attribute[Any], hint: Any) -> tuple[str, str, list[str]]:
        """The test that the optional ``field`` is not its default, its key, and the
        pieces of its value where it is.
        """
        default = field.default
        inner = optional_of(hint)
        if default is None and inner:
            hint = inner
        name = f"v_{field.name}"
        value = self.value(hint, name, "n")
        if len(re.findall(rf"\b{name}\b", _code(value))) > 1:
            # Read more than once (a text's tests, an integer's bounds): read once, where tested.
            attribute = f"({name} := obj.{field.name})"
        else:
            # Read again where present rather than kept in a variable: most optional
            # fields are absent, and a test alone is the fewest steps.
            attribute = f"obj.{field.name}"
            value = [re.sub(rf"\b{name}\b", attribute, piece) for piece in value]
        if default is None:
            test = f"{attribute} is not None"
        elif default == () and typing.get_origin(hint) is tuple:
            # The model holds tuples: an empty one is the default.
            test = attribute
        else:
            # As cattrs does: a factory's default is compared fresh.
            test = f"{attribute} != {self.default(field, 'obj')}"
        return test, wire_name(field.name), value

    def optional_lines(self, test: str, wire: str, value: list[str], first: bool) -> list[str]:
        """Lines that add a field when ``test`` shows it is not its default, in an object
        that may be empty; ``first``: where the object opens with the first field present.
        """
        opening = _code([repr("{"), *self.key(wire, True), *value])
        if first:
            return [f"if {test}:", f"    s = {opening}"]
        following = _code(["s", *self.key(wire, False), *value])
        return [f"if {test}:", f"    s = {following} if s else {opening}"]

    def value(self, hint: Any, var: str, n: str) -> list[str]:
        """The pieces of the JSON text of ``var``, of type ``hint``, on a line indented by ``n``."""
        if hint is str:
            # Raw where it needs no escaping but of its control characters (see the class).
            self.raw = True
            read = var if var.isidentifier() else f"(t := {var})"
            text = var if var.isidentifier() else "t"
            test = f"_q not in {read} and _bs not in {text}"
            if self.indented:
                test += f" and _nl not in {text}"
            # Else escaped by the standard library, written between the quotes here.
            return [repr('"'), f"{text} if {test} else _str({text})[1:-1]", repr('"')]
        if isinstance(hint, type) and issubclass(hint, Enum) and issubclass(hint, str):
            # A code: its text escaped once, here, looked up when written.
            codes = self.codes.get(hint)
            if codes is None:
                escaped = Escaped({code: encode_basestring(code) for code in hint})
                codes = self.codes[hint] = self.constant("codes", escaped)
            return [f"{codes}[{var}]"]
        if hint is bool:
            return [f"_bools[{var}]"]
        if hint is int:
            # Looked up, written on a miss; an integer the readers would refuse
            # raises: to_json then says where.
            return [f"_ints[{var}]"]
        if hint is date or hint is datetime:
            return [repr('"'), f"{var}.isoformat()", repr('"')]
        if hint is time:
            # Digits and colons: nothing to escape.
            return [repr('"'), f"_time({var})", repr('"')]
        if (isinstance(hint, type) and attrs.has(hint)) or tags_of(hint) is not None:
            return [self.call(hint, var, n)]
        inner = optional_of(hint)
        if inner is not None:
            code = f"_str({var})" if inner is str else _code(self.value(inner, var, n))
            return [f"(_null if {var} is None else {code})"]
        args = typing.get_args(hint)
        if typing.get_origin(hint) is tuple and len(args) == 2 and args[1] is Ellipsis:
            return self.array(args[0], var, n)
        # A type the generator does not know: cattrs' hook, then the standard library.
        hook = self.constant("hook", fast_converter.get_unstructure_hook(hint))
        if self.indented:
            return [f"_dumps_indented({hook}({var}), st, {n})"]
        return [f"_dumps({hook}({var}))"]

    def array(self, item: Any, var: str, n: str) -> list[str]:
        self.depth += 1
        m = f"m{self.depth}"
        self.max_depth = max(self.max_depth, self.depth)
        each = "_str(i)" if item is str else _code(self.value(item, "i", m))
        self.depth -= 1
        # Each item's text, joined once; map() where one function writes an item.
        one_call = _ONE_CALL.fullmatch(each)
        if one_call:
            function = f"{one_call[1]}.__getitem__" if one_call[2] else one_call[1]
            items = f"map({function}, {var})"
        else:
            items = f"[{each} for i in {var}]"
        if self.indented:
            return [f"_array({items}, {m}, {n})"]
        return [repr("["), f"_join({items})", repr("]")]


def _added(pieces: list[str]) -> list[str]:
    """Lines that add ``pieces`` to s, in place: s is the only reference to its text."""
    return [f"s += {_code(pieces)}"] if pieces else []


#: Said in a function that writes a text raw.
_RAW_COMMENT = (
    "A text is written raw where it holds no quote and no backslash; "
    "write_json escapes its control characters."
)
_RAW_COMMENT_INDENTED = (
    "A text is written raw where it holds no quote, no backslash and no newline; "
    "write_json escapes its other control characters."
)

#: A class with at most this many optional fields is written by a tree of tests,
#: one expression for each combination of them present (2**n).
_MAX_TREE_FIELDS = 3

#: An item written by one call of a function of it alone, or looked up in a
#: table: map() can call the function, or the table's ``__getitem__``.
_ONE_CALL = re.compile(r"([A-Za-z_][A-Za-z0-9_]*)(?:\(i\)|(\[i\]))")


def _merged(pieces: list[str]) -> list[str]:
    """``pieces``, with adjacent string literals written as one."""
    merged: list[str] = []
    for piece in pieces:
        literal = _LITERAL.fullmatch(piece) is not None
        if literal and merged and _LITERAL.fullmatch(merged[-1]):
            merged[-1] = repr(ast.literal_eval(merged[-1]) + ast.literal_eval(piece))
        else:
            merged.append(piece)
    return merged


def _code(pieces: list[str]) -> str:
    """One expression for ``pieces``: an f-string where it can be written as one
    (Python 3.11 allows no quote or backslash in its expressions), else a sum.
    Literal pieces are escaped as in any string literal.
    """
    pieces = _merged(pieces)
    if len(pieces) == 1:
        return pieces[0]
    parts: list[str] = []
    for piece in pieces:
        if _LITERAL.fullmatch(piece):
            text = ast.literal_eval(piece)
            parts.append(_in_literal(text).replace("{", "{{").replace("}", "}}"))
        elif any(c in piece for c in "'\"\\"):
            break
        else:
            parts.append(f"{{{piece}}}")
    else:
        return "f'" + "".join(parts) + "'"
    # A conditional expression binds less tightly than +: in parentheses.
    return " + ".join(f"({piece})" if " if " in piece else piece for piece in pieces)


def _in_literal(text: str) -> str:
    """``text`` as it is written between single quotes in a string literal."""
    return "".join(
        "\\'" if c == "'" else c if c.isprintable() and c != "\\" else repr(c)[1:-1] for c in text
    )


#: A string literal as repr() writes one.
_LITERAL = re.compile(r"'[^'\\]*(?:\\.[^'\\]*)*'|\"[^\"\\]*(?:\\.[^\"\\]*)*\"")
