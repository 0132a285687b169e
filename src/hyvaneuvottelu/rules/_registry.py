"""The rule catalogue's machinery: rules, findings, reports, the registry."""

from __future__ import annotations

import string
from collections.abc import Callable, Iterable, Iterator
from enum import StrEnum
from typing import TYPE_CHECKING, TypeAlias

import attrs

if TYPE_CHECKING:
    from ._context import Context

__all__ = [
    "MESSAGE_LANGUAGES",
    "RULES",
    "SAHKE2_VERSIONS",
    "Hit",
    "Profile",
    "Report",
    "Rule",
    "RuleFinding",
    "Severity",
    "rule",
    "rule_by_code",
]

#: Languages every rule's message is written in; Finnish first, the default.
MESSAGE_LANGUAGES = ("fi", "sv", "en")
#: The SÄHKE2 transfer schemas the ``archive`` profile can check for; the first is the default.
SAHKE2_VERSIONS = ("2019", "2011")

#: Where a finding is (wire names and indices) and the values its message names; a value
#: under ``name@sv`` stands for ``name`` in the Swedish message (likewise other languages).
Hit: TypeAlias = tuple[tuple[str | int, ...], dict[str, str]]
CheckFunction: TypeAlias = Callable[["Context"], Iterable[Hit]]


class Severity(StrEnum):
    """How bad a finding is. Only errors make a memo invalid."""

    ERROR = "error"  #: virhe, fel
    WARNING = "warning"  #: varoitus, varning
    INFO = "info"  #: huomautus, anmärkning


class Profile(StrEnum):
    """Which rules run: what the memo is being checked for."""

    #: Structure and domain: is the memo right?
    DRAFT = "draft"
    #: Everything in ``draft``, plus the record metadata an archive requires.
    ARCHIVE = "archive"


DRAFT_AND_ARCHIVE = frozenset({Profile.DRAFT, Profile.ARCHIVE})
ARCHIVE_ONLY = frozenset({Profile.ARCHIVE})


@attrs.frozen(kw_only=True)
class Rule:
    """One entry of the catalogue."""

    #: Stable code, ``HN-P004``; never reused for another meaning.
    code: str
    severity: Severity
    profiles: frozenset[Profile]
    #: Message templates by language; ``{name}`` placeholders are filled from the finding.
    messages: dict[str, str] = attrs.field(hash=False)
    #: Why the rule exists, in one line.
    rationale: str
    #: The check, or None for a rule that readers report (HN-D001).
    check: CheckFunction | None = attrs.field(default=None, eq=False, hash=False, repr=False)

    def placeholders(self, language: str) -> frozenset[str]:
        """The names the ``language`` message expects."""
        return frozenset(
            field for _, field, _, _ in string.Formatter().parse(self.messages[language]) if field
        )


@attrs.frozen(kw_only=True)
class RuleFinding:
    """What a rule found, and where: ``path`` is a JSON pointer in the wire names."""

    code: str
    severity: Severity
    path: str
    #: The values the message names, as ``(name, value)`` pairs; ``(name@sv, value)`` is
    #: the value in Swedish messages where it differs (a county's Swedish name).
    arguments: tuple[tuple[str, str], ...] = ()

    def message(self, language: str = "fi") -> str:
        """The message in ``language`` (``fi``, ``sv`` or ``en``; Finnish for others)."""
        messages = rule_by_code(self.code).messages
        template = messages.get(language) or messages["fi"]
        values = dict(self.arguments)
        suffix = f"@{language}"
        values.update((k.removesuffix(suffix), v) for k, v in self.arguments if k.endswith(suffix))
        return template.format_map(values)

    def as_dict(self, language: str = "fi") -> dict[str, str]:
        """``{"code", "severity", "path", "message"}``, ready for JSON."""
        return {
            "code": self.code,
            "severity": self.severity.value,
            "path": self.path,
            "message": self.message(language),
        }


@attrs.frozen(kw_only=True)
class Report:
    """The findings of one check; never raised, always returned."""

    profile: Profile
    findings: tuple[RuleFinding, ...] = ()

    @property
    def errors(self) -> tuple[RuleFinding, ...]:
        return self._of(Severity.ERROR)

    @property
    def warnings(self) -> tuple[RuleFinding, ...]:
        return self._of(Severity.WARNING)

    @property
    def infos(self) -> tuple[RuleFinding, ...]:
        return self._of(Severity.INFO)

    @property
    def valid(self) -> bool:
        """True when no finding is an error; warnings are allowed."""
        return not any(f.severity is Severity.ERROR for f in self.findings)

    @property
    def codes(self) -> tuple[str, ...]:
        """The codes found, in report order, each once."""
        return tuple(dict.fromkeys(f.code for f in self.findings))

    def _of(self, severity: Severity) -> tuple[RuleFinding, ...]:
        return tuple(f for f in self.findings if f.severity is severity)

    def __iter__(self) -> Iterator[RuleFinding]:
        return iter(self.findings)

    def __len__(self) -> int:
        return len(self.findings)


#: Every rule, in code order once all rule modules are imported.
RULES: list[Rule] = []
_BY_CODE: dict[str, Rule] = {}


def register(entry: Rule) -> Rule:
    """Add ``entry`` to the catalogue; codes are unique."""
    if entry.code in _BY_CODE:
        raise ValueError(f"rule code {entry.code} registered twice")
    missing = [lang for lang in MESSAGE_LANGUAGES if lang not in entry.messages]
    if missing:
        raise ValueError(f"rule {entry.code} has no message in {', '.join(missing)}")
    _BY_CODE[entry.code] = entry
    RULES.append(entry)
    RULES.sort(key=lambda r: r.code)
    return entry


def rule(
    code: str,
    severity: Severity,
    *,
    fi: str,
    sv: str,
    en: str,
    rationale: str,
    profiles: frozenset[Profile] = DRAFT_AND_ARCHIVE,
) -> Callable[[CheckFunction], CheckFunction]:
    """Register the decorated function as the check of rule ``code``."""

    def decorate(function: CheckFunction) -> CheckFunction:
        register(
            Rule(
                code=code,
                severity=severity,
                profiles=profiles,
                messages={"fi": fi, "sv": sv, "en": en},
                rationale=rationale,
                check=function,
            )
        )
        return function

    return decorate


def rule_by_code(code: str) -> Rule:
    """The rule with ``code``; KeyError if there is none."""
    return _BY_CODE[code]
