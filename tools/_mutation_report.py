"""The mutation run's report, and the list of mutants known to be equivalent."""

from __future__ import annotations

import tomllib
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ._mutants import Mutant, mutants
from ._sampling import wilson_interval

if TYPE_CHECKING:
    from .mutate import Job

__all__ = [
    "Equivalent",
    "Sample",
    "entry_problem",
    "load_equivalents",
    "named_mutants",
    "sample_line",
    "score",
    "write_report",
]

#: Statuses a test caught.
CAUGHT = ("killed", "timeout")
STATUSES = ("killed", "timeout", "survived", "no tests", "equivalent", "error")


@dataclass(frozen=True)
class Equivalent:
    """A mutant no test can kill because it behaves as the original, and why.

    The mutant is named by its module, its mutation and the text of the line it
    starts on, so that an edit that shifts lines leaves the entry valid; the line
    number only chooses among lines of the same text (the nearest wins).
    """

    module: str
    #: Where the line was when the entry was written: a hint, not a key.
    line: int
    #: The text of the line the mutation starts on, stripped.
    code: str
    mutation: str
    reason: str
    #: The mutation's column (0-based), for a line holding two mutants alike; None: any.
    column: int | None = None
    #: Where the mutation ends on its last line, for two alike starting at one column.
    end_column: int | None = None

    def named(self, found: Sequence[Mutant], lines: Sequence[str]) -> list[Mutant]:
        """The mutants of ``found`` (of a module of ``lines``) that this entry names.

        One, normally; none when the entry is stale; several when it is ambiguous
        (two lines of its text equally near its line, or two mutations alike on one
        line and no column to tell them apart).
        """
        alike = [
            mutant
            for mutant in found
            if mutant.description == self.mutation
            and self.column in (None, mutant.col)
            and self.end_column in (None, mutant.end_col)
            and mutant.line <= len(lines)
            and lines[mutant.line - 1].strip() == self.code
        ]
        if not alike:
            return []
        nearest = min(abs(mutant.line - self.line) for mutant in alike)
        return [mutant for mutant in alike if abs(mutant.line - self.line) == nearest]


def named_mutants(entries: Sequence[Equivalent], root: Path) -> list[list[Mutant]]:
    """For each entry, the mutants it names in its module as the module is now."""
    modules: dict[str, tuple[list[Mutant], list[str]]] = {}
    result: list[list[Mutant]] = []
    for entry in entries:
        if entry.module not in modules:
            path = root / entry.module
            source = path.read_text(encoding="utf-8") if path.is_file() else ""
            modules[entry.module] = (mutants(source), source.splitlines())
        result.append(entry.named(*modules[entry.module]))
    return result


def entry_problem(entry: Equivalent, named: Sequence[Mutant]) -> str | None:
    """Why ``entry`` names no mutant or several (None: it names one)."""
    if len(named) == 1:
        return None
    where = f"{entry.module}:{entry.line}: {entry.mutation} on `{entry.code}`"
    if not named:
        return f"{where}: no such mutant now (stale)"
    places = ", ".join(f"{m.line}:{m.col} to {m.end_line}:{m.end_col}" for m in named)
    return f"{where}: {len(named)} mutants alike ({places}): tell it by line, column or end_column"


@dataclass(frozen=True)
class Sample:
    """The mutants drawn from one target, out of how many it has."""

    target: str
    population: int
    seed: int
    jobs: Sequence[Job]


def sample_line(drawn: Sample) -> str:
    """The sample's size, score and 95 % Wilson interval, in one line."""
    counts = Counter(job.status for job in drawn.jobs)
    counted = sum(counts[s] for s in ("killed", "timeout", "survived", "no tests"))
    caught = sum(counts[s] for s in CAUGHT)
    where = f"`{drawn.target}`: {len(drawn.jobs)} of {drawn.population} mutants (seed {drawn.seed})"
    if counts["equivalent"] or counts["error"]:
        aside = ", ".join(f"{counts[s]} {s}" for s in ("equivalent", "error") if counts[s])
        where += f", {aside} set aside"
    if not counted:
        return f"{where}: none counted"
    low, high = wilson_interval(caught, counted)
    return (
        f"{where}: {caught} of {counted} caught, {_percent(caught / counted)}"
        f" (95 % interval {_percent(low)} to {_percent(high)})"
    )


def load_equivalents(path: Path) -> list[Equivalent]:
    """The ``[[mutant]]`` tables of ``path`` (none when the file does not exist)."""
    if not path.is_file():
        return []
    with path.open("rb") as file:
        document = tomllib.load(file)
    found: list[Equivalent] = []
    for number, entry in enumerate(document.get("mutant", []), start=1):
        try:
            found.append(
                Equivalent(
                    module=str(entry["module"]),
                    line=int(entry["line"]),
                    code=str(entry["code"]),
                    mutation=str(entry["mutation"]),
                    reason=str(entry["reason"]),
                    column=None if "column" not in entry else int(entry["column"]),
                    end_column=None if "end_column" not in entry else int(entry["end_column"]),
                )
            )
        except KeyError as missing:
            raise SystemExit(f"{path}: mutant {number} lacks {missing}") from None
    return found


def score(counts: Counter[str]) -> float | None:
    """Caught mutants over the mutants that count (equivalent ones and run errors set aside)."""
    counted = sum(counts[s] for s in ("killed", "timeout", "survived", "no tests"))
    return sum(counts[s] for s in CAUGHT) / counted if counted else None


def _percent(value: float | None) -> str:
    return "–" if value is None else f"{100 * value:.1f} %"


def _row(name: str, counts: Counter[str]) -> str:
    cells = [str(counts[s]) for s in STATUSES]
    return f"| {name} | {sum(counts.values())} | {' | '.join(cells)} | {_percent(score(counts))} |"


def write_report(
    jobs: Sequence[Job],
    equivalents: Sequence[Equivalent],
    path: Path,
    root: Path,
    seconds: float,
    samples: Sequence[Sample] = (),
) -> str:
    """Write the Markdown report to ``path``; return the summary lines for the terminal."""
    by_module: dict[str, Counter[str]] = defaultdict(Counter)
    for job in jobs:
        by_module[job.module][job.status] += 1
    total: Counter[str] = Counter()
    for counts in by_module.values():
        total.update(counts)
    header = f"| module | mutants | {' | '.join(STATUSES)} | score |"
    rule = "|---" * (len(STATUSES) + 3) + "|"
    lines = [
        "# Mutation testing report",
        "",
        f"Run time {seconds / 60:.1f} min. Score: killed and timed-out mutants over all mutants"
        " except the equivalent ones (listed below) and run errors.",
        "",
        header,
        rule,
        *(_row(f"`{module}`", by_module[module]) for module in sorted(by_module)),
        _row("**total**", total),
        "",
    ]
    if samples:
        lines += [
            "## Samples",
            "",
            "A seeded random sample of each target's mutants was run (every equivalent"
            " mutant is listed in the table whatever the sample); the interval is Wilson's,"
            " for the caught share of all the target's mutants that count.",
            "",
            *(f"- {sample_line(drawn)}" for drawn in samples),
            "",
        ]
    lines += [
        "## Survivors",
        "",
    ]
    sources: dict[str, list[str]] = {}
    survivors = [j for j in jobs if j.status in {"survived", "no tests", "error"}]
    for job in sorted(survivors, key=lambda j: (j.module, j.mutant.line, j.mutant.description)):
        text = sources.setdefault(job.module, (root / job.module).read_text("utf-8").splitlines())
        code = text[job.mutant.line - 1].strip()
        why = {
            "no tests": "no test runs this line",
            "error": f"run error: {job.detail.splitlines()[0] if job.detail else ''}",
        }.get(job.status, f"{len(job.tests)} tests run it")
        place = f"{job.module}:{job.mutant.line}:{job.mutant.col}"
        lines.append(f"- `{place}`: {job.mutant.description} ({why})")
        lines.append(f"  `{code}`")
    if not survivors:
        lines.append("None.")
    lines += ["", "## Equivalent mutants (set aside)", ""]
    for entry, named in zip(equivalents, named_mutants(equivalents, root), strict=True):
        if len(named) == 1:
            lines.append(f"- `{entry.module}:{named[0].line}:{named[0].col}`: {entry.mutation}:")
        else:
            trouble = "STALE: no such mutant now" if not named else f"AMBIGUOUS: {len(named)} alike"
            lines.append(f"- `{entry.module}:{entry.line}` ({trouble}): {entry.mutation}:")
        lines.append(f"  `{entry.code}`: {entry.reason}")
    if not equivalents:
        lines.append("None listed.")
    timeouts = [j for j in jobs if j.status == "timeout"]
    if timeouts:
        lines += ["", "## Timeouts (counted as caught)", ""]
        lines += [f"- `{j.module}:{j.mutant.line}`: {j.mutant.description}" for j in timeouts]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    summary = ", ".join(f"{total[s]} {s}" for s in STATUSES if total[s])
    result = f"{sum(total.values())} mutants: {summary}; score {_percent(score(total))}"
    return "\n".join([result, *(f"sample {sample_line(drawn)}" for drawn in samples)])
