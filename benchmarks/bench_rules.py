"""How fast the rules are, and how validating folders scales.

Run: ``python -m benchmarks.bench_rules [--files 10000] [--more 50000]``.

Prints, for the bundled example and a generated large memo (~200 sections
and outcomes), the time of all rules against ``from_json`` on the same memo
(target: at most 0.5x; CPU time, medians of three runs of paired ratios over
interleaved batches); the throughput of ``validate --jobs 2`` against one
process on a folder of generated memos (target: at least 1.7x); and the peak
memory (RSS, the whole process tree: workers with the parent) of validating
the folder against one five times its size (target: no growth). Folders
are generated under the system's temporary directory.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import shutil
import sys
import tempfile
import time
from functools import partial
from pathlib import Path

import attrs

from hyvaneuvottelu import (
    FollowUpAction,
    LocalizedText,
    Negotiation,
    OutcomeStatus,
    Point,
    Section,
    SectionKind,
    SourceRef,
    Statement,
    check,
    examples,
    from_json,
    to_json,
)

from ._timing import paired_runs, runs_row, tree_peak_rss


def large_memo(sections: int = 200) -> Negotiation:
    """The example grown to ``sections`` sections of statements and as many outcomes."""
    base = examples.load()
    speakers = [p.id for p in base.participants if p.name]
    grown = []
    outcomes = []
    for index in range(1, sections + 1):
        number = str(index)
        points = tuple(
            Point(id=f"s{index}-p{n}", text=LocalizedText(fi=f"Kohta {n}: yhteistyö jatkuu."))
            for n in range(1, 4)
        )
        grown.append(
            Section(
                number=number,
                title=LocalizedText(fi=f"Asiakohta {number}"),
                kind=SectionKind.OPENING
                if index == 1
                else SectionKind.CLOSING
                if index == sections
                else SectionKind.DISCUSSION,
                content=(
                    Statement(
                        speaker=speakers[index % len(speakers)],
                        text=LocalizedText(fi="Puheenvuoro kunnan puolesta."),
                        points=points,
                    ),
                ),
            )
        )
        outcomes.append(
            FollowUpAction(
                id=f"jatko-{index}",
                title=LocalizedText(fi=f"Jatkotoimi {index}"),
                status=OutcomeStatus.PROPOSED,
                parties=(base.county.id, base.municipalities[0].id),
                sources=(SourceRef(section=number, point=f"s{index}-p1"),),
                proposer=base.municipalities[0].id,
                responsible=(base.county.id,),
                due_date=dt.date(2026, 1, 1),
            )
        )
    return attrs.evolve(base, sections=tuple(grown), outcomes=tuple(outcomes))


def rules_against_reading(name: str, negotiation: Negotiation) -> None:
    """CPU time of all rules against from_json: medians of three runs of paired ratios."""
    data = to_json(negotiation)
    times = paired_runs(
        {
            "from_json": lambda: from_json(data),
            "check, draft profile": partial(check, negotiation, "draft"),
            "check, archive profile": partial(check, negotiation, "archive"),
        }
    )
    print(f"{name}:")
    print(runs_row(times, "from_json"))
    print(runs_row(times, "check, draft profile", "from_json", 0.5))
    print(runs_row(times, "check, archive profile", "from_json", 0.5))


def make_folder(root: Path, count: int) -> Path:
    """``count`` memos: the example with its title varied, 1,000 to a folder."""
    folder = root / f"memos-{count}"
    if folder.exists():
        return folder
    document = json.loads(examples.read_bytes())
    for index in range(count):
        sub = folder / f"{index // 1000:03d}"
        if index % 1000 == 0:
            sub.mkdir(parents=True)
        document["title"] = {"fi": f"Neuvottelu {index}"}
        (sub / f"memo-{index:06d}.json").write_text(
            json.dumps(document, ensure_ascii=False), encoding="utf-8"
        )
    return folder


def validate_folder(folder: Path, jobs: int) -> tuple[float, int]:
    """Wall seconds and peak RSS (KiB) of ``validate --format json``: the whole process
    tree's at once, the workers with the parent."""
    command = [
        sys.executable, "-m", "hyvaneuvottelu", "validate",
        "--format", "json", "--jobs", str(jobs), str(folder),
    ]  # fmt: skip
    code, seconds, peak = tree_peak_rss(command)
    if code not in (0, 1):
        raise SystemExit(f"validate failed with exit status {code}")
    return seconds, peak


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=10_000)
    parser.add_argument("--more", type=int, default=50_000)
    parser.add_argument("--keep", action="store_true", help="keep the generated folders")
    args = parser.parse_args()

    rules_against_reading("example", examples.load())
    rules_against_reading("large", large_memo())

    root = Path(tempfile.mkdtemp(prefix="hyvaneuvottelu-bench-"))
    try:
        started = time.perf_counter()
        small = make_folder(root, args.files)
        print(f"generated {args.files} memos in {time.perf_counter() - started:.1f} s")
        one, one_rss = validate_folder(small, 1)
        two, two_rss = validate_folder(small, 2)
        print(
            f"{args.files} files: 1 process {args.files / one:7.0f} files/s, "
            f"2 processes {args.files / two:7.0f} files/s, "
            f"speed-up {one / two:.2f}x (target >= 1.7)"
        )
        big = make_folder(root, args.more)
        _, big_rss = validate_folder(big, 1)
        _, big_two_rss = validate_folder(big, 2)
        print(
            "peak RSS of the process tree, 1 process: "
            f"{args.files} files {one_rss / 1024:.1f} MiB, "
            f"{args.more} files {big_rss / 1024:.1f} MiB, ratio {big_rss / one_rss:.2f}"
        )
        print(
            "peak RSS of the process tree, 2 processes: "
            f"{args.files} files {two_rss / 1024:.1f} MiB, "
            f"{args.more} files {big_two_rss / 1024:.1f} MiB, ratio {big_two_rss / two_rss:.2f}"
        )
    finally:
        if not args.keep:
            shutil.rmtree(root)


if __name__ == "__main__":
    main()
