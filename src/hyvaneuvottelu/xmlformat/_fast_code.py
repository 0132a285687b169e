"""The fast XML tree reader's source: one function per class, from the plans.

What made it cheap, measured on the example memo (587 elements):

- One iterator over the whole tree in document order (``root.iter()``), which
  every reader is given: a reader takes its children and their descendants
  from it with the builtin ``next``, in turn. A child iterator per element
  (``for c in el``) cost lxml about as much again as making the elements
  themselves; calling the iterator's bound ``__next__`` cost 1.5 % more of
  the reader's machine instructions than ``next(it)``, which the interpreter
  calls without building a tuple of arguments.
- Tags looked at only when the count of children cannot tell which optional
  elements are there: lxml builds a new string for an element's tag the first
  time it is asked, a seventh of a microsecond each (1,400 instructions, seven
  times counting its children). Where the XSD makes an optional element hold
  elements and the others that may stand in its place none (a localized text
  before a code), or the other way round, the count of its children tells
  them apart instead (see :func:`_is_here`).
- A localized text in one language, as most are, read without a loop.
- The checks of an optional value written where it is read, so that its
  default (None, no items) skips them.
- Objects built as a twin class whose fields plain stores set, then given
  their own class (see :func:`.._codegen.twin`).
- The items of a wrapper of one or two written out, without a ``range``, a
  list and a comprehension's function (76 of the example's 84 lists of items):
  each ``range()`` alone builds integers to compute its length.
- The number of required fields taken counted when the code is generated,
  not at run time.
- What the XSD has checked is not checked again: the order and number of the
  children, that a required element is there, the codes of code lists, the
  lexical forms of dates, times and numbers, that a localized text has a text.

Each function takes its element's children in the XSD's order: the order
and count of the children are laid out here, their values written by
:mod:`._fast_values`. :mod:`._fast` compiles the source and reads with it.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import attrs

from .._codegen import twin
from ..model import LANGUAGES, LocalizedText
from ..model._checks import Each, Optional
from ..model._guard import _own_converter as own_converter
from ._fast_values import ValueCode
from ._plan import PLANS, ClassPlan, FieldPlan, Scalar, TextValue

__all__ = ["RefusedError", "TreeReaderGenerator"]


class RefusedError(Exception):
    """The fast reader met something it does not accept: the detailed reader locates it."""


def _refuse() -> Any:
    raise RefusedError


class TreeReaderGenerator(ValueCode):
    """Writes the readers of every planned class, as one module's source.

    Each reader takes an element and ``nxt``, the ``__next__`` of the
    iterator over the tree that the element itself has just come from: its
    children and their descendants come next, and the reader takes exactly
    those, so that the caller's next ``nxt()`` is the element's next sibling.
    """

    def __init__(self) -> None:
        super().__init__(
            {
                "_Refused": RefusedError,
                "_refuse": _refuse,
                "_len": len,
                "_range": range,
                "_tuple": tuple,
                "_next": next,
            }
        )
        self.sources: dict[type, str] = {}

    def run(self) -> None:
        for cls, plan in PLANS.items():
            self.sources[cls] = self.class_code(plan)
        self.sources[LocalizedText] = self.text_code()

    def class_code(self, plan: ClassPlan) -> str:
        cls = plan.cls
        lines = [
            f"def {self.function(cls)}(el, it):",
            f"    # {cls.__module__}.{cls.__qualname__}",
            "    # n: the children less the optional ones taken; c: the next one, once fetched.",
            "    n = _len(el)",
            "    c = None",
        ]
        fields = {f.name: f for f in attrs.fields(cls)}
        # Whether c is known to hold no child not taken yet: at first, and after
        # a required field (after an optional one, c may hold the next child).
        fresh = True
        # The required fields taken so far: counted here, not at run time, so
        # that n less this is the number of children not taken yet.
        taken = 0
        # Optional fields whose checks are written where their value is read.
        checked: set[str] = set()
        for index, field in enumerate(plan.fields):
            later = plan.fields[index + 1 :]
            required = sum(1 for f in later if f.required)
            lines += self.field_read(
                fields[field.name],
                field,
                (required, len(later) - required),
                fresh=fresh,
                taken=taken,
                optional_next=bool(later) and not later[0].required,
                rivals=_rivals(later),
                checked=checked,
            )
            fresh = field.required
            taken += field.required
        # A child left over (or one too few) means the XSD did not check this tree.
        lines += [f"    if n != {taken}:", "        raise _Refused"]
        lines.append(self.building(cls))
        checks: list[str] = []
        for field in attrs.fields(cls):
            lines += self.field_set(field, checks, checked=field.name in checked)
        lines.append(self.built(cls))
        lines += checks
        if hasattr(cls, "__attrs_post_init__"):
            # A check across fields, which the XSD cannot express.
            lines.append("    obj.__attrs_post_init__()")
        lines.append("    return obj")
        return "\n".join(lines) + "\n"

    def text_code(self) -> str:
        # Texts are elements of the same name, told apart by their language.
        lines = [
            f"def {self.function(LocalizedText)}(el, it):",
            f"    # {LocalizedText.__module__}.{LocalizedText.__qualname__}",
        ]
        # A language without a text is None, the field's default.
        if any(
            attrs.fields_dict(LocalizedText)[language].default is not None for language in LANGUAGES
        ):
            raise TypeError("LocalizedText: a language's default is not None")
        lines.append(self.building(LocalizedText))
        # The XSD requires xml:lang on a text and allows no other attribute but
        # xsi: ones, which the parse refuses: one attribute, else refused.
        # Most texts are in one language: read without a loop, the others None.
        lines += [
            "    if _len(el) == 1:",
            "        c = _next(it)",
            "        (lang,) = c.values()",
        ]
        for index, language in enumerate(LANGUAGES):
            keyword = "if" if index == 0 else "elif"
            others = [other for other in LANGUAGES if other != language]
            lines += [
                f"        {keyword} lang == {language!r}:",
                "            " + self.setter(language, "c.text or ''"),
                "            " + _none(others),
            ]
        lines += ["        else:", "            raise _Refused", "    else:"]
        lines.append("        " + _none(LANGUAGES))
        lines += [
            "        n = _len(el)",
            "        while n:",
            "            c = _next(it)",
            "            (lang,) = c.values()",
        ]
        for index, language in enumerate(LANGUAGES):
            keyword = "if" if index == 0 else "elif"
            lines += [
                f"            {keyword} lang == {language!r}:",
                "                " + self.setter(language, "c.text or ''"),
            ]
        lines += ["            else:", "                raise _Refused", "            n -= 1"]
        lines.append(self.built(LocalizedText))
        # No __attrs_post_init__ (a text in at least one language): the XSD
        # requires a text element, and each one set a language or was refused.
        lines.append("    return obj")
        return "\n".join(lines) + "\n"

    def field_read(
        self,
        field: attrs.Attribute[Any],
        plan: FieldPlan,
        later: tuple[int, int],
        *,
        fresh: bool,
        taken: int,
        optional_next: bool,
        rivals: tuple[FieldPlan, ...] = (),
        checked: set[str] | None = None,
    ) -> list[str]:
        """Takes ``plan``'s element, or its default when it is not there.

        ``later`` counts the required and the optional fields after it,
        ``taken`` the required ones before it; ``rivals`` are the fields whose
        element may stand where this one's would (see :func:`_rivals`). The
        name of a field whose checks are written here is added to ``checked``.
        """
        var = f"f_{field.name}"
        value = self.value_code(plan)
        converter = own_converter(field)
        if converter is not None:
            # As assemble does: a given value is converted, a default is not.
            value = f"{self.constant('convert', converter)}({value})"
        fetch = ["c = _next(it)"] if fresh else ["if c is None:", "    c = _next(it)"]
        if plan.required:
            # An optional field next looks at c only if it is None: say c was taken.
            take = [*f"{var} = {value}".split("\n"), *(["c = None"] if optional_next else [])]
            return [f"    # {plan.wire}"] + ["    " + line for line in fetch + take]
        checks = self.checks_where_read(field, var) if checked is not None else None
        if checks is not None and checked is not None:
            checked.add(field.name)
        take = [*f"{var} = {value}".split("\n"), *(checks or []), "n -= 1", "c = None"]
        default_code = f"{var} = {self.default(field, None)}"
        required, optional = later
        # More children left than required fields: perhaps this one. It is, without
        # a look at its tag, when there are as many as there are fields left.
        count = required + optional + 1 + taken
        test = f"n == {count} or {_is_here(plan, rivals)}" if optional else ""
        return [
            f"    # {plan.wire} (optional)",
            f"    if n > {required + taken}:",
            *("        " + line for line in fetch),
            *(
                [
                    f"        if {test}:",
                    *("            " + line for line in take),
                    "        else:",
                    f"            {default_code}",
                ]
                if test
                else ["        " + line for line in take]
            ),
            "    else:",
            f"        {default_code}",
        ]

    def checks_where_read(self, field: attrs.Attribute[Any], var: str) -> list[str] | None:
        """The checks of an optional field's value, to be written where it is read:
        its default (None, or no items) passes them, so the default's path skips
        them. None where they cannot all be written inline."""
        validator = field.validator
        if isinstance(validator, Optional) and field.default is None:
            inline, deferred = self.validator_lines(field, validator.inner, var)
        elif isinstance(validator, Each) and field.default == ():
            inline, deferred = self.validator_lines(field, validator, var)
        else:
            return None
        return None if deferred else inline

    def field_set(
        self, field: attrs.Attribute[Any], checks: list[str], *, checked: bool = False
    ) -> list[str]:
        var = f"f_{field.name}"
        if checked:
            return [f"    {self.setter(field.name, var)}"]
        inline, deferred = self.validator_lines(field, field.validator, var)
        # Any other validator runs once every field is set, as attrs runs them.
        checks += ["    " + line for line in deferred]
        return ["    " + line for line in inline] + [f"    {self.setter(field.name, var)}"]

    def building(self, cls: type) -> str:
        """Starts the object: a twin of ``cls``, whose fields plain stores set."""
        return f"    obj = {self.constant('twin', twin(cls))}()"

    def built(self, cls: type) -> str:
        """Makes the twin the frozen object it stands for."""
        return f"    obj.__class__ = {self.constant('cls', cls)}"

    @staticmethod
    def setter(name: str, var: str) -> str:
        return f"obj.{name} = {var}"


def _none(languages: Iterable[str]) -> str:
    """Sets ``languages`` to None, a language's default when it has no text."""
    return " = ".join(f"obj.{language}" for language in languages) + " = None"


def _rivals(later: tuple[FieldPlan, ...]) -> tuple[FieldPlan, ...]:
    """The fields whose element may come next instead of an optional field's: the
    fields after it up to the first required one, which the XSD requires there."""
    for index, field in enumerate(later):
        if field.required:
            return later[: index + 1]
    return later


def _has_children(plan: FieldPlan) -> bool | None:
    """Whether the XSD requires ``plan``'s element to hold elements (True), lets it
    hold none (False: a value's text), or allows both (None: a wrapper may be empty)."""
    if plan.many:
        return None
    if isinstance(plan.value, Scalar):
        return False
    if isinstance(plan.value, TextValue):
        # At least one text element.
        return True
    if isinstance(plan.value, type):
        return any(field.required for field in PLANS[plan.value].fields) or None
    return None


def _is_here(plan: FieldPlan, rivals: tuple[FieldPlan, ...]) -> str:
    """A test that the child ``c`` is ``plan``'s element, not one of the ``rivals``'.

    Where the XSD makes this one's element hold elements and the others' none,
    or the other way round, their count tells them apart: lxml builds a tag
    anew for each element, a string of some 40 characters, which costs seven
    times what counting its children does.
    """
    mine = _has_children(plan)
    theirs = {_has_children(rival) for rival in rivals}
    if mine is not None and theirs == {not mine}:
        return "_len(c)" if mine else "not _len(c)"
    return f"c.tag == {plan.tag!r}"
