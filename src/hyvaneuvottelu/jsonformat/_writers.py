"""Generated writers: one function per model class, from its attrs fields.

Each writer turns an object into the JSON-ready data cattrs' unstructuring
gives (the same keys, in the same order, defaults left out, the same values),
with the standard library only; generated once, on first use, like the
readers (:mod:`._generated`). ``writer_source(cls)`` shows the code.
"""

from __future__ import annotations

import ast
import json
import linecache
import re
import threading
import typing
from collections.abc import Callable
from datetime import date, datetime, time
from enum import Enum
from json.encoder import encode_basestring
from typing import Any

import attrs

from .._naming import wire_name
from ..limits import MAX_INTEGER_DIGITS
from ._converter import TAG_KEY, fast_converter
from ._generated import CodeGenerator, optional_of, tags_of
from ._wire import unstructure_time

__all__ = ["fast_writer", "write_text", "writer_source"]


class _Generator(CodeGenerator[str | None]):
    """Writes the writers of every class reachable from a root; the variant is the tag."""

    prefix = "write_"

    def __init__(self) -> None:
        super().__init__({"_time": unstructure_time})

    def function(self, target: Any, variant: str | None = None) -> str:
        """The name of the writer of ``target``, writing ``variant`` as its tag if given."""
        return super().function(target, variant)

    def class_code(self, name: str, cls: type, variant: str | None) -> str:
        return self.class_writer(name, cls, variant)

    def union_code(self, name: str, union: Any) -> str:
        return self.union_writer(name, union)

    def union_writer(self, name: str, union: Any) -> str:
        tags = tags_of(union)
        assert tags is not None
        table = self.constant("writers", {})
        self.tables.append((table, {cls: self.function(cls, tag) for cls, tag in tags.items()}))
        return (
            f"def {name}(obj):\n"
            f"    # A tagged union: each class writes its {TAG_KEY!r} first.\n"
            f"    return {table}[obj.__class__](obj)\n"
        )

    def class_writer(self, name: str, cls: type, tag: str | None) -> str:
        start = f"{{{TAG_KEY!r}: {tag!r}}}" if tag else "{}"
        lines = [f"def {name}(obj):", f"    # {cls.__module__}.{cls.__qualname__}"]
        lines.append(f"    d = {start}")
        hints = typing.get_type_hints(cls)
        fields = attrs.fields(cls)
        # The wire order: required fields first, then optional ones, each in the model's order.
        required = [f for f in fields if f.default is attrs.NOTHING]
        for field in [*required, *(f for f in fields if f.default is not attrs.NOTHING)]:
            hint = hints[field.name]
            wire = wire_name(field.name)
            default = field.default
            if default is attrs.NOTHING:
                value = self.value_code(hint, f"obj.{field.name}")
                lines.append(f"    d[{wire!r}] = {value}")
                continue
            inner = optional_of(hint)
            value = self.value_code(inner if default is None and inner else hint, "v")
            lines.append(f"    v = obj.{field.name}")
            if default is None:
                test = "v is not None"
            elif isinstance(default, attrs.Factory):  # type: ignore[arg-type]  # attrs types Factory as a function
                # As cattrs does: compare with a fresh default.
                factory: Any = default
                made = self.constant("factory", factory.factory)
                test = f"v != {made}(obj)" if factory.takes_self else f"v != {made}()"
            else:
                test = f"v != {self.constant('default', default)}"
            lines.append(f"    if {test}:")
            lines.append(f"        d[{wire!r}] = {value}")
        lines.append("    return d")
        return "\n".join(lines) + "\n"

    def value_code(self, hint: Any, var: str) -> str:
        """An expression for the JSON-ready form of ``var``, of type ``hint``."""
        if hint in (str, int, bool, float) or (isinstance(hint, type) and issubclass(hint, Enum)):
            return var
        if hint is date or hint is datetime:
            return f"{var}.isoformat()"
        if hint is time:
            return f"_time({var})"
        if (isinstance(hint, type) and attrs.has(hint)) or tags_of(hint) is not None:
            return f"{self.function(hint)}({var})"
        inner = optional_of(hint)
        if inner is not None:
            code = self.value_code(inner, var)
            return var if code == var else f"None if {var} is None else {code}"
        args = typing.get_args(hint)
        if typing.get_origin(hint) is tuple and len(args) == 2 and args[1] is Ellipsis:
            if args[0] in (str, int):
                # cattrs leaves such a tuple as it is: the encoders write it as an array.
                return var
            item = self.value_code(args[0], "i")
            return f"list({var})" if item == "i" else f"[{item} for i in {var}]"
        hook = self.constant("hook", fast_converter.get_unstructure_hook(hint))
        return f"{hook}({var})"


@attrs.frozen
class _Document:
    """The variant of a root's text writer that writes a whole document: ``key``
    and its string ``value`` first, a final newline last.
    """

    key: str
    value: str


_lock = threading.Lock()
_compiled: dict[Any, tuple[dict[Any, Any], dict[Any, str]]] = {}


def _compile(
    root: type, kind: str = "dict", head: tuple[str, str] | None = None
) -> tuple[dict[Any, Any], dict[Any, str]]:
    """The writers of ``kind`` ("dict", "compact" or "indented") for documents of ``root``;
    a text writer of ``root`` writes documents with ``head`` first.
    """
    with _lock:
        done = _compiled.get((root, kind, head))
        if done is not None:
            return done
        generator: CodeGenerator[Any]
        if kind == "dict":
            generator = _Generator()
            generator.function(root, None)
        else:
            generator = _TextGenerator(indented=kind == "indented")
            assert head is not None
            generator.function(root, _Document(*head))
        generator.run()
        source = "\n\n".join(generator.sources.values())
        label = "JSON writers" if kind == "dict" else f"{kind} JSON text writers"
        filename = f"<generated {label} of {root.__qualname__}>"
        linecache.cache[filename] = (len(source), None, source.splitlines(True), filename)
        namespace = dict(generator.namespace)
        exec(compile(source, filename, "exec"), namespace)  # noqa: S102 - written above from the model's fields
        for table, by_class in generator.tables:
            namespace[table].update({cls: namespace[f] for cls, f in by_class.items()})
        writers: dict[Any, Any] = {}
        sources: dict[Any, str] = {}
        for (target, tag), name in generator.names.items():
            if tag is None or isinstance(tag, _Document):
                writers[target] = namespace[name]
            # A member of a tagged union is shown as it is written there.
            if tag is None or target not in sources:
                sources[target] = generator.sources[name]
        done = _compiled[(root, kind, head)] = (writers, sources)
        return done


def fast_writer(root: type) -> Any:
    """The generated writer of ``root`` (compiled on first use, once)."""
    compiled = _compiled.get((root, "dict", None)) or _compile(root)
    return compiled[0][root]


def write_text(obj: Any, root: type, indent: int | None, head: tuple[str, str]) -> str:
    """The JSON text :func:`~._codec.encode_stdlib` writes for the data of
    :func:`fast_writer`, with the key and string value ``head`` first, and a
    final newline: written directly, in one pass.

    Raises ValueError for an integer of more than
    :data:`~hyvaneuvottelu.limits.MAX_INTEGER_DIGITS` digits, which the readers refuse.
    """
    kind = "compact" if indent is None else "indented"
    compiled = _compiled.get((root, kind, head)) or _compile(root, kind, head)
    writer = compiled[0][root]
    text: str = writer(obj) if indent is None else writer(obj, "\n", " " * indent)
    return text


def writer_source(cls: type, root: type | None = None, kind: str = "dict") -> str:
    """The generated source of ``cls``'s writer, as compiled for ``root`` (a negotiation).

    ``kind`` is "dict" (JSON-ready data), "compact" or "indented" (JSON text).
    """
    if root is None:
        from ..model import Negotiation  # noqa: PLC0415 - the model is imported already

        root = Negotiation
    head = None
    if kind != "dict":
        from . import _VERSION_KEY, SCHEMA_VERSION  # noqa: PLC0415 - the package imports this module

        head = (_VERSION_KEY, SCHEMA_VERSION)
    return _compile(root, kind, head)[1][cls]


# JSON text, written directly -------------------------------------------------


class _TextGenerator(CodeGenerator[str | _Document | None]):
    """Writes functions that return the JSON text of an object.

    The same keys, order and values as the dict writers above followed by
    ``json.dumps(ensure_ascii=False)``, byte for byte: strings are escaped by
    the standard library's own C function, codes once (a table by code).
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
                "_ints": _INTEGERS,
                "_bools": {True: "true", False: "false"},
                "_null": "null",
                "_time": unstructure_time,
                "_join": ",".join,
                "_array": _indented_array,
                "_dumps": _dumps_compact,
                "_dumps_indented": _dumps_indented,
            }
        )
        self.indented = indented
        #: How deep arrays nest where the function being written is, and at most.
        self.depth = 0
        self.max_depth = 0
        #: The constant naming the escaped texts of each code list (an enum).
        self.codes: dict[type, str] = {}

    def function(self, target: Any, variant: str | _Document | None = None) -> str:
        """The name of the text writer of ``target``, writing ``variant`` as its tag if
        given, or writing a document.
        """
        if isinstance(variant, _Document) and (target, variant) not in self.names:
            self.names[(target, variant)] = f"document_{target.__name__}"
            self.pending.append((target, variant))
        return super().function(target, variant)

    def params(self) -> str:
        return "obj, nl, st" if self.indented else "obj"

    def call(self, target: Any, var: str, n: str) -> str:
        tags = tags_of(target)
        if tags is not None:
            # A tagged union: the class of the object picks its writer.
            table = self.constant("writers", {})
            self.tables.append((table, {cls: self.function(cls, tag) for cls, tag in tags.items()}))
            function = f"{table}[{var}.__class__]"
        else:
            function = self.function(target)
        return f"{function}({var}, {n}, st)" if self.indented else f"{function}({var})"

    def union_code(self, name: str, union: Any) -> str:
        return (
            f"def {name}({self.params()}):\n"
            f"    # A tagged union: each class writes its {TAG_KEY!r} first.\n"
            f"    return {self.call(union, 'obj', 'nl')}\n"
        )

    def class_code(self, name: str, cls: type, variant: str | _Document | None) -> str:
        self.depth = self.max_depth = 0
        hints = typing.get_type_hints(cls)
        fields = attrs.fields(cls)
        required = [f for f in fields if f.default is attrs.NOTHING]
        pieces = [repr("{")]
        if isinstance(variant, _Document):
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
        if isinstance(variant, _Document):
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
        # Read again where present rather than kept in a variable: most optional
        # fields are absent, and a test alone is the fewest steps.
        attribute = f"obj.{field.name}"
        inner = optional_of(hint)
        if default is None and inner:
            hint = inner
        value = self.value(hint, attribute, "n")
        if len(re.findall(rf"\b{re.escape(attribute)}\b", _code(value))) > 1:
            # Read more than once (an integer's bounds): read once, where tested.
            value = self.value(hint, f"v_{field.name}", "n")
            attribute = f"(v_{field.name} := {attribute})"
        if default is None:
            test = f"{attribute} is not None"
        elif isinstance(default, attrs.Factory):  # type: ignore[arg-type]  # attrs types Factory as a function
            factory: Any = default
            made = self.constant("factory", factory.factory)
            test = f"{attribute} != {made}({'obj' if factory.takes_self else ''})"
        elif default == () and typing.get_origin(hint) is tuple:
            # The model holds tuples: an empty one is the default.
            test = attribute
        else:
            test = f"{attribute} != {self.constant('default', default)}"
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
            return [f"_str({var})"]
        if isinstance(hint, type) and issubclass(hint, Enum) and issubclass(hint, str):
            # A code: its text escaped once, here, looked up when written.
            codes = self.codes.get(hint)
            if codes is None:
                escaped = _Escaped({code: encode_basestring(code) for code in hint})
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
            return [f"_str(_time({var}))"]
        if (isinstance(hint, type) and attrs.has(hint)) or tags_of(hint) is not None:
            return [self.call(hint, var, n)]
        inner = optional_of(hint)
        if inner is not None:
            return [f"(_null if {var} is None else {_code(self.value(inner, var, n))})"]
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
        each = _code(self.value(item, "i", m))
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


class _Escaped(dict[str, str]):
    """Texts as JSON strings, by text: any text missing is escaped when looked up."""

    def __missing__(self, text: str) -> str:
        return encode_basestring(text)


def _added(pieces: list[str]) -> list[str]:
    """Lines that add ``pieces`` to s, in place: s is the only reference to its text."""
    return [f"s += {_code(pieces)}"] if pieces else []


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
    return " + ".join(pieces)


def _in_literal(text: str) -> str:
    """``text`` as it is written between single quotes in a string literal."""
    return "".join(
        "\\'" if c == "'" else c if c.isprintable() and c != "\\" else repr(c)[1:-1] for c in text
    )


def _indented_array(items: Any, inner: str, outer: str) -> str:
    """An indented array of the texts ``items``: each on a line ``inner``, "]" on ``outer``."""
    text = ("," + inner).join(items)
    return "[" + inner + text + outer + "]" if text else "[]"


#: A string literal as repr() writes one.
_LITERAL = re.compile(r"'[^'\\]*(?:\\.[^'\\]*)*'|\"[^\"\\]*(?:\\.[^\"\\]*)*\"")


_BOUND = 10**MAX_INTEGER_DIGITS


class _Integers(dict[int, str]):
    """Integers' texts, by integer: one missing is written when looked up, and
    kept while fewer than :data:`_KEPT_INTEGERS` are (years, counts and numbers
    of sentences recur from memo to memo).
    """

    def __missing__(self, value: int) -> str:
        if not -_BOUND < value < _BOUND:
            raise ValueError(f"an integer of more than {MAX_INTEGER_DIGITS} digits")
        text = int.__repr__(value)
        if len(self) < _KEPT_INTEGERS:
            self[value] = text
        return text


#: How many integers' texts are kept at most: a few tens of KiB.
_KEPT_INTEGERS = 1024
_INTEGERS = _Integers()


def _dumps_compact(value: Any) -> str:
    return _unrefused(json.dumps(value, ensure_ascii=False, separators=(",", ":")))


def _dumps_indented(value: Any, step: str, nl: str) -> str:
    text = json.dumps(value, ensure_ascii=False, indent=step, separators=(",", ": "))
    # A JSON text holds no raw newline but between its lines: indent them all by nl.
    return _unrefused(text.replace("\n", nl))


def _unrefused(text: str) -> str:
    """``text``, or ValueError where it may hold an integer the readers refuse."""
    if re.search(f"[0-9]{{{MAX_INTEGER_DIGITS + 1}}}", text):
        raise ValueError(f"perhaps an integer of more than {MAX_INTEGER_DIGITS} digits")
    return text
