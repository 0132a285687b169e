"""``.. public-module:: NAME``: a module's reference, every name of its ``__all__``.

autodoc documents a module's classes and functions, and its data only where
the module assigns them itself; a public module that imports a constant from
a private one (``xmlformat.MAX_BYTES``) would lose it. This directive runs
``automodule`` for the classes and functions, and writes each data name of
``__all__`` as ``py:data`` with its value (when short) and the ``#:`` comment
of the module that defines it, never the docstring of the value's type.
"""

from __future__ import annotations

import importlib
import inspect
import sys
import types
from typing import Any

from docutils import nodes
from docutils.parsers.rst import directives
from docutils.statemachine import StringList
from sphinx.application import Sphinx
from sphinx.errors import PycodeError
from sphinx.pycode import ModuleAnalyzer
from sphinx.util.docutils import SphinxDirective
from sphinx.util.nodes import nested_parse_with_titles

#: A value longer than this is not shown (a catalogue of 69 rules is not a value).
LONGEST_VALUE = 80


def is_data(value: Any) -> bool:
    """Whether autodoc's class and function documenters leave ``value`` out."""
    return not (inspect.isclass(value) or inspect.isroutine(value) or inspect.ismodule(value))


def shown_value(value: Any) -> str | None:
    """The value as the reference shows it, or None where it is too long."""
    if isinstance(value, types.UnionType):
        text = " | ".join(getattr(arg, "__name__", repr(arg)) for arg in value.__args__)
    else:
        text = repr(value)
    return text if len(text) <= LONGEST_VALUE and "\n" not in text else None


def comment(module_name: str, name: str, value: Any) -> list[str]:
    """The ``#:`` comment of ``name``: in its module, else where it is defined."""
    package = module_name.split(".", maxsplit=1)[0] + "."
    defining = sorted(
        other
        for other, module in list(sys.modules.items())
        if other.startswith(package) and getattr(module, name, None) is value
    )
    for candidate in [module_name, *defining]:
        try:
            analyzer = ModuleAnalyzer.for_module(candidate)
            analyzer.analyze()
        except PycodeError:
            continue
        if ("", name) in analyzer.attr_docs:
            return list(analyzer.attr_docs["", name])
    return []


class PublicModule(SphinxDirective):
    """The reference of one module: ``automodule`` plus its data."""

    required_arguments = 1
    option_spec = {"inherited-members": directives.unchanged}  # noqa: RUF012 - docutils' API

    def run(self) -> list[nodes.Node]:
        name = self.arguments[0]
        module = importlib.import_module(name)
        data = [n for n in module.__all__ if is_data(getattr(module, n))]
        lines = [f".. automodule:: {name}", "   :members:", "   :undoc-members:"]
        if data:
            lines.append("   :exclude-members: " + ", ".join(data))
        if "inherited-members" in self.options:
            lines.append(f"   :inherited-members: {self.options['inherited-members']}")
        for item in data:
            value = getattr(module, item)
            lines += ["", f".. data:: {item}"]
            shown = shown_value(value)
            if shown is not None:
                lines.append(f"   :value: {shown}")
            lines.append("")
            lines += [f"   {line}" for line in comment(name, item, value)]
        container = nodes.section()
        nested_parse_with_titles(
            self.state, StringList(lines, source=self.get_source_info()[0]), container
        )
        return container.children


def setup(app: Sphinx) -> dict[str, bool]:
    app.add_directive("public-module", PublicModule)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
