"""Results that cross between processes, pickled small.

Validating files or reading a collection with several processes sends each
file's result back to the parent pickled. attrs pickles a slotted class as a
dict of every field, made and read back by Python code for each object: for
a memo's result, its report and its extracted facts, that cost about a
tenth of reading and checking the memo. The results pickle as a call with
their fields as arguments instead, and a report without findings, the common
case, as its profile alone; and they are made again by :func:`restorer`,
which sets their fields without ``__init__``.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, TypeVar

import attrs

from .rules import Profile, Report

__all__ = ["report_from_state", "report_state", "restorer", "restorer_source"]

_T = TypeVar("_T")


def report_state(report: Report) -> Report | Profile:
    """What of ``report`` crosses: its profile when it has no finding, else the report."""
    return report if report.findings else report.profile


def report_from_state(state: Report | Profile) -> Report:
    """The report :func:`report_state` gave ``state`` for."""
    return state if isinstance(state, Report) else _without_findings(state)


@functools.cache
def _without_findings(profile: Profile) -> Report:
    # Reports are frozen: one report without findings per profile serves all.
    return Report(profile=profile)


def restorer(cls: type[_T]) -> Callable[[tuple[Any, ...]], _T]:
    """A function that makes a ``cls`` from its fields' values, in the order of its fields.

    ``cls`` is a frozen attrs class with slots. The object is made without
    its ``__init__``: each slot is set through its own setter (a frozen
    class's ``__init__`` goes through ``object.__setattr__`` for each
    field), and no converter or validator runs. It is therefore only for
    values an object of ``cls`` held when it was pickled, such as the results
    a worker of this library sends back.
    """
    made: type = cls
    restore: Callable[[tuple[Any, ...]], _T] = _restorers(made)[0]
    return restore


def restorer_source(cls: type) -> str:
    """The source of :func:`restorer`'s function for ``cls``, to read."""
    source: str = _restorers(cls)[1]
    return source


@functools.cache
def _restorers(cls: type) -> tuple[Callable[[tuple[Any, ...]], Any], str]:
    names = [field.name for field in attrs.fields(cls)]
    namespace: dict[str, Any] = {"_new": object.__new__, "_cls": cls}
    lines = [
        f"def restore_{cls.__name__}(fields):",
        f"    ({', '.join(f'v_{name}' for name in names)},) = fields",
        "    obj = _new(_cls)",
    ]
    for name in names:
        namespace[f"_set_{name}"] = getattr(cls, name).__set__
        lines.append(f"    _set_{name}(obj, v_{name})")
    lines.append("    return obj")
    source = "\n".join(lines) + "\n"
    exec(compile(source, f"<restorer of {cls.__qualname__}>", "exec"), namespace)  # noqa: S102 - written above from the class's own fields
    return namespace[f"restore_{cls.__name__}"], source
