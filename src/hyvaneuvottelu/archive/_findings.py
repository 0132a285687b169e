"""What verifying a package finds: each problem with the file it concerns.

Problems are kept in sections, so that a report reads in a stable order
(what could not be read, the manifest, the SÄHKE2 metadata, each file, what
nothing describes), and at most :data:`~hyvaneuvottelu.limits.MAX_PROBLEMS`
per file: past that, one line says how many more there were, or that the
checks of that file stopped early.
"""

from __future__ import annotations

from enum import IntEnum

import attrs

from .. import limits
from .._messages import Message, message, plural, recognise, render

__all__ = ["Discrepancy", "Findings", "Section"]


class Section(IntEnum):
    """Where in a report a problem goes."""

    READING = 0
    MANIFEST = 1
    SAHKE2 = 2
    FILES = 3
    COVERAGE = 4


@attrs.frozen(kw_only=True)
class Discrepancy:
    """One thing wrong with a package, and the file it concerns.

    ``message`` is in English; ``text`` is the same as a message of the
    catalogues where there is one, for :meth:`render` in another language;
    ``translations`` holds it as ``(language, message)`` pairs where it was
    made in each language already (a rule's message has its own catalogue).
    """

    file: str
    message: str
    text: Message | None = attrs.field(default=None, eq=False, repr=False)
    translations: tuple[tuple[str, str], ...] = attrs.field(default=(), eq=False, repr=False)

    def render(self, language: str = "en") -> str:
        """``file: message`` in ``language`` (``fi``, ``sv`` or ``en``).

        A message made elsewhere in English is recognised against the
        catalogue; one the catalogue does not know is shown as it is.
        """
        return f"{self.file}: {self.message_in(language)}"

    def message_in(self, language: str = "en") -> str:
        """The message alone, without the file, in ``language``."""
        if language == "en":
            return self.message
        translated = dict(self.translations)
        if translated:
            return translated.get(language) or translated.get("fi") or self.message
        return render(self.text or recognise(self.message, "verify"), language)

    def __str__(self) -> str:
        return f"{self.file}: {self.message}"


@attrs.define
class Findings:
    """Problems found so far, at most ``limit`` listed per file."""

    limit: int = limits.MAX_PROBLEMS
    _listed: list[tuple[Section, int, Discrepancy]] = attrs.Factory(list)
    _counts: dict[str, int] = attrs.Factory(dict)
    _stopped: set[str] = attrs.Factory(set)

    def report(
        self,
        section: Section,
        file: str,
        message: str,
        *,
        translations: tuple[tuple[str, str], ...] = (),
    ) -> None:
        count = self._counts.get(file, 0) + 1
        self._counts[file] = count
        if count <= self.limit:
            problem = Discrepancy(file=file, message=message, translations=translations)
            self._listed.append((section, len(self._listed), problem))

    def stopped(self, file: str) -> None:
        """The checks of ``file`` stopped early: there may be more problems."""
        self._stopped.add(file)

    def full(self, file: str) -> bool:
        """Whether ``file`` has as many problems as are listed."""
        return self._counts.get(file, 0) >= self.limit

    def problems(self) -> tuple[Discrepancy, ...]:
        listed = [problem for _, _, problem in sorted(self._listed, key=lambda p: p[:2])]
        for file, count in self._counts.items():
            more = count - self.limit
            if more > 0 or file in self._stopped:
                text = plural("verify.more", max(more, 0))
                if file in self._stopped:
                    text = message("verify.stopped", what=text)
                listed.append(Discrepancy(file=file, message=text.render("en"), text=text))
        return tuple(listed)
