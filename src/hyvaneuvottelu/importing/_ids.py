"""Identifiers in a draft: one namespace, each given once."""

from __future__ import annotations

__all__ = ["Identifiers"]


class Identifiers:
    """The identifiers a draft uses; :meth:`new` gives a fresh one from a base.

    >>> ids = Identifiers({"lohja"})
    >>> ids.new("lohja"), ids.new("lohja"), ids.new("laiho")
    ('lohja-2', 'lohja-3', 'laiho')
    """

    def __init__(self, taken: set[str] | None = None) -> None:
        self._taken: set[str] = set(taken or ())
        #: The next number to try for each base, so that giving many ids stays linear.
        self._next: dict[str, int] = {}

    def __contains__(self, ident: object) -> bool:
        return ident in self._taken

    def add(self, ident: str) -> None:
        """Mark ``ident`` as used."""
        self._taken.add(ident)

    def new(self, base: str) -> str:
        """``base`` if unused, else ``base-2``, ``base-3``, ... the first unused."""
        candidate = base
        number = self._next.get(base, 2)
        while candidate in self._taken:
            candidate, number = f"{base}-{number}", number + 1
        self._next[base] = number
        self._taken.add(candidate)
        return candidate
