"""Wire names: the one place where Python names become JSON and XML names."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

__all__ = ["pointer", "wire_name"]


@cache
def wire_name(python_name: str) -> str:
    """``other_organisations`` -> ``otherOrganisations``."""
    head, *rest = python_name.split("_")
    return head + "".join(part[:1].upper() + part[1:] for part in rest)


def pointer(path: Sequence[str | int]) -> str:
    """An RFC 6901 JSON pointer for a path of wire names and indices."""
    return "".join("/" + str(token).replace("~", "~0").replace("/", "~1") for token in path)
