"""What validating and reading a collection cost against the floor: reading and checking alone.

Run: ``python -m benchmarks.bench_collection [--memos 10000] [--repeat 3] [--folder F]
[--xml-every 5] [--sample 200]``.

Writes the corpus of :mod:`benchmarks.corpus` (``--memos`` memos over the 21
counties, every ``--xml-every``-th in XML) into a temporary folder, or uses
``--folder``. First, in this process, in interleaved short batches
(:func:`benchmarks._timing.paired_runs`, CPU time, medians of three runs of
paired ratios), over ``--sample`` memos spread over the corpus: the floor,
``validate_files``, the ``validate`` command run in this process (the files
named as paths, output to /dev/null) and the coverage report. Then it runs, each in a fresh
process and in turns (the order rotating, so that load from elsewhere falls on
all alike), ``--repeat`` times:

- ``floor``: the issue's reference: ``from_json`` (``from_xml`` for a ``.xml``
  file) and ``check`` with the profile ``validate`` uses (draft), over the
  files' bytes read into memory before the clock starts; with N processes,
  N such processes at once, each over every N-th file, their CPU summed;
- ``validate``: :func:`~hyvaneuvottelu.validation.validate_files` over the
  folder's walk, as the ``validate`` command does;
- ``read_memos``: :func:`~hyvaneuvottelu.collection.read_memos`, whole models
  carried back from the workers;
- ``read_memos extract``: the same with ``extract``, a small summary of each
  memo made in the worker;
- ``coverage``: the whole coverage report (:func:`~hyvaneuvottelu.coverage.coverage`
  over ``read_memos(extract=memo_facts)``), as the ``coverage`` command makes it
  before printing;
- ``cli validate`` and ``cli coverage``: what users run, timed whole, start-up
  included: ``hyvaneuvottelu validate FOLDER --jobs N --format json`` and
  ``coverage FOLDER --jobs N --format json``, output to /dev/null, with the
  bytecode cache on and output buffered (PYTHONDONTWRITEBYTECODE and
  PYTHONUNBUFFERED taken out of the environment);

each with one process and with one per CPU. It prints, per memo, the median
wall time and the median CPU time of the whole process tree (the process and
its workers: per core, the throughput), the CPU as a ratio to ``validate``
with as many processes and to the floor with as many processes (the median
of the runs' ratios, each run against the floor's run of the same turn, the
runs shown; the floor's own rows against the floor in one process), and
the peak memory of the tree: the sum of the resident sizes of the process and
its workers, sampled every 20 ms. The issue's goal: ``validate`` and
``coverage`` within 1.3x of the floor per core. With every core busy, each
does less than one core alone (shared caches and memory, the clock the
processor allows): the floor in N processes at once is the reference for
N workers, so that the ratio measures what is ours, not the machine's.

The floor is ``from_json`` and ``from_xml`` as they are on this branch; making
them faster raises every ratio here, since the rest then weighs more.

Measured on a shared machine with 2 CPUs (Python 3.11; load 7 to 10 from other
work, so wall times are rough and whole runs noisy), 10,000 memos, medians of
three; "before" is the branch point, "after" this version:

- in one process, paired batches of 200 memos: ``validate_files`` 1.35x the
  floor before, 1.18x after; the coverage report 1.63x before, 1.41x after
  (of which the report's own computation over the extracted facts is about
  0.12x);
- whole runs, CPU per memo (floor 0.50 / 0.47 ms): ``validate --jobs 1``
  0.69 / 0.60 ms; ``cli validate --jobs 1`` 0.84 / 0.69 ms (1.7x the floor
  after, start-up of about 0.3 s of CPU included); ``cli coverage --jobs 1``
  0.75 / 0.72 ms; ``validate --jobs 2`` 0.71 / 0.67 ms and ``cli validate
  --jobs 2`` 0.84 / 0.75 ms of CPU per memo for the two processes together.
  The paired ratios of whole runs ranged from 1.3x to 1.9x from turn to turn:
  trust the in-process figures for the library, these for the order of things.

What was beyond the floor, and fixed: each file was read into a buffer of
the 64 MiB input limit (allocated and freed for every file: three times the
cost of the read itself), and ``validate --format json`` wrote its output
with one system call for each file. What remains: the file's stat, open and
read, the report objects, and for the commands their start-up.

The command line against the library, later (load 4.4 to 6.4 from other
work; whole runs of this script moved by 0.3x from run to run, so the
figures below are paired and interleaved, or instruction counts):

- what the command added to ``validate_files``, and was fixed: a second walk
  of the whole folder looking for zip files, a normalised path and a lookup
  of the package folders around each memo (the command's walk cost twice
  the library's: 13.5 against 7.2 microseconds a memo; now 7.3), a JSON
  encoder made for each file's entry, a Path for each path named, and at
  start-up every command's module and the archive imported to build the
  parser;
- instructions (callgrind), 2,000 memos, ``validate FOLDER --jobs 1 --format
  json``: 5,138 million before, 4,988 million after, against 4,866 million
  for ``validate_files`` over ``walk_memos`` in a whole process (imports
  included): the command's own share from 5.6 % to 2.5 %;
- CPU of whole processes, 10,000 memos, medians of 5 interleaved: the command
  4.73 s before, 4.58 s after (paired 0.95x); the library in a whole process
  4.47 s, the floor in a whole process (imports and reading the files
  included) 3.77 s;
- in one process, paired batches of 200 memos (``validate command`` above,
  its 200 files named as paths, its parser made each call): 1.31x the floor
  before, 1.26x after, ``validate_files`` 1.15x and 1.14x; over a folder of
  200 memos, the command against ``validate_files`` over ``walk_memos``,
  1.17x before and 1.11x after;
- start-up, ``validate example.json``, CPU median of 20 interleaved: 294 ms
  before, 281 ms after (968 and 907 million instructions); ``--help`` 266 ms
  and 94 ms, ``schema`` 256 ms and 104 ms, ``--version`` 46 ms. What is left
  of ``validate``'s start-up is the library's own: the model, the rules and
  their reference data, and the generated readers compiled at first use.

The coverage report's own cost, profiled (cProfile and callgrind over 2,000
memos of the corpus, against ``validate_files``): nothing is parsed or checked
twice; beyond reading and checking, the report built every county's rows
anew for each of its reports (a scan of the whole regional table each time),
worked out the default periods and asked for today's date for each county,
rebuilt the council terms for each memo's day, and made each extracted entry
with ``attrs.evolve``. Now the rows, the county's name and the default periods
are made once, a memo's term comes from the terms already met, and the entry
is built directly. In one process, paired batches of 200 memos (load 5, three
runs each, before / after): the coverage report 1.41x / 1.30-1.32x the floor
(``validate_files`` 1.14x in both), and at load 1.5, two runs each, 1.40x /
1.29x (1.13x); the report's own computation over the
extracted facts 0.10x / 0.05x. Instructions (callgrind, 800 memos less 400,
so that the report's fixed cost per county and period drops out): the floor
741 M, ``validate_files`` 776 M (1.05x), the coverage report 829 M (1.12x)
before and 826 M (1.11x) after. So per memo the report costs what it did:
the gain is in the fixed cost of its 126 reports (21 counties, six periods
each), which weighs on batches of 200 memos and on reports over few memos,
little on 10,000, where the whole runs' gap to ``validate`` is per memo. Of
what is left above ``validate_files`` in the paired batches (about 0.15x):
``memo_facts`` about 0.05x (49,000 instructions a memo, most of them the
reference data's lookups by code), the report's computation 0.05x (half of
it the fixed cost of the reports), the walk's stat of each path and the
entry made again with its extract 0.02x. Whole runs over
2,000 memos were too noisy on this machine to say more (``coverage --jobs
1`` 1.39x before and 1.10x after, the runs ranging 1.22-1.71x and
1.06-1.29x); peak memory unchanged (44 MiB in one process, 113 MiB with two).

The coverage command with one and two processes, later (load 4.5 to 7.7
from other work; instructions by callgrind over 2,000 and 1,000 memos of the
corpus, ``--as-of`` fixed, the bytecode cache written, per memo the
difference of the two runs; with two processes, each worker's count less
the parent's at the fork). Each memo's result crossed from a worker pickled
by attrs as a dict of its fields, for the entry, its report and its facts,
made and read back in Python: 588 bytes for the example memo's entry, and
12.7 microseconds of CPU a memo to pickle and unpickle in batches of 32.
The entry, its facts and ``validate``'s file result now pickle as their
fields, a report without findings as its profile alone: 374 bytes, 6.8
microseconds. Freezing the parent's objects for the garbage collector
before forking the workers (``gc.freeze``) was tried and left out: their
collections are of the young objects a memo's reading makes, and it saved
5 % of them, 0.1 % of the whole, for a change to the state of the caller's
process. The JSON output's check for characters a terminal acts on stepped through
its 640 KB in the regular expression engine (39 million instructions for
2,000 memos, a fifth of the command's own cost a memo); a text of Latin-1
characters is now checked from its bytes. The report's computation
remembers the period of each pair of days and makes each county's rows once
per table, not once per call (over 200 memos, CPU at load 6: 3.2 ms before,
2.0 ms after, of which its 126 reports 1.4 and 0.9 ms). Reading memos no
longer loads the archive's manifest, settings and hashlib at start-up (74
million instructions). Before / after:

- ``coverage --jobs 1 --format json``, instructions a memo: 1,955 / 1,887
  thousand, against 1,755 thousand for the floor (1.11x / 1.08x);
- ``coverage --jobs 2``, the process tree, 2,000 memos (``PYTHONHASHSEED=0``;
  "after" on the branch rebased, whose own start-up changes fall before the
  fork): 5,833 / 5,638 million instructions, of which the two workers 3,914
  / 3,831 million and the parent after the fork 570 / 497 million, against
  the parent's 1,350 / 1,310 million up to the fork; per memo, less the
  count up to the fork, the pool's start and the output included, 2.24 /
  2.16 million (1.28x / 1.23x the floor's instructions a memo; one
  process: 1.11x / 1.08x). "After" was measured with the freeze above,
  since left out;
- in one process, paired batches of 200 memos, three runs each: the
  coverage report 1.28x, 1.28x, 1.29x / 1.28x, 1.27x, 1.27x the floor
  (``validate_files`` 1.08-1.12x / 1.08-1.19x in the same runs): no
  difference this load lets be seen. By instructions, over the same 200
  memos, ``validate_files`` is 1.05x the floor: the rest of the paired
  ratios is time outside the instructions (system calls, caches).

With two processes, later (instructions by callgrind, 2,000 and 1,000 memos
of the corpus, per memo the difference of the two runs, each process of the
tree counted; the floor is ``floor`` over the files' bytes in one process,
1,750 thousand instructions a memo). The parent's share went to the
standard library's process pool: three threads (the pool's manager, the call
queue's feeder, this one) woke for every batch, each result was unpickled in
one thread and handed to another through a future. The workers are now fed
through a pipe each, written and read without blocking from the parent's
only thread, waited on in one ``select``. Each memo's entry is read back
without ``__init__`` (``_pickled.restorer``), and the folder walk keeps the
directory entries of its files rather than stat'ing each memo again.
Before / after, thousands of instructions a memo:

- ``coverage --jobs 2 --format json``: the parent 149 / 115, the workers
  1,897 / 1,869, together 2,046 / 1,984 (1.17x / 1.13x the floor);
- ``validate --jobs 2 --format json``: the parent 53, the workers 1,784,
  together 1,837 (1.05x), after;
- what each starts with, before the first memo (imports, the readers
  compiled once before the workers are forked): 1,510 and 1,344 million
  instructions for ``coverage`` and ``validate``, against 675 million for
  ``coverage`` of an empty folder (no reader compiled) and 115 million for
  ``--version``.

Timed, the parent's own CPU (its thread, in this process, 10,000 memos, load
4 to 5 from other work): 42 microseconds a memo with the standard pool (21 in
this thread, 21 in the pool's), 30 with the pipes alone (before the restorer and
the walk).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import math
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from itertools import islice
from pathlib import Path
from typing import Any

from hyvaneuvottelu.validation import available_cpus

from ._timing import paired_runs, ratio, runs_row
from .corpus import write_corpus

ROOT = Path(__file__).resolve().parents[1]

# Runs one contender in the child; prints the count and its times, from after
# the imports (the workers, forked or spawned later, are counted whole).
_CHILD = """
import json, resource, sys, time
mode, folder, jobs = sys.argv[1], sys.argv[2], int(sys.argv[3])
part = int(sys.argv[4]) if len(sys.argv) > 4 else 0
from hyvaneuvottelu.validation import validate_files, walk_memos
from hyvaneuvottelu.collection import read_memos
from hyvaneuvottelu.coverage import coverage, memo_facts
from benchmarks.bench_collection import floor, read_files, summary
def used(who):
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime
if mode == "floor":
    # The files' bytes, read before the clock starts; with ``jobs`` floors
    # running at once, this one's share.
    files = read_files(folder, part, jobs)
wall, cpu = time.perf_counter(), used(resource.RUSAGE_SELF) + used(resource.RUSAGE_CHILDREN)
if mode == "floor":
    results = range(floor(files))
elif mode == "validate":
    results = validate_files(walk_memos([folder]), jobs=jobs)
elif mode == "read_memos":
    results = read_memos([folder], jobs=jobs)
elif mode == "coverage":
    seen = []
    def counted(entries):
        for entry in entries:
            seen.append(None)
            yield entry
    result = coverage(counted(read_memos([folder], jobs=jobs, extract=memo_facts)))
    assert result.reports
    results = seen
else:
    results = read_memos([folder], jobs=jobs, extract=summary)
count = sum(1 for _ in results)
wall = time.perf_counter() - wall
cpu = used(resource.RUSAGE_SELF) + used(resource.RUSAGE_CHILDREN) - cpu
print(json.dumps({"count": count, "wall": wall, "cpu": cpu}))
"""

#: The library's own contenders, timed from after the imports, with --jobs 1 and N.
MODES = ("validate", "read_memos", "read_memos extract", "coverage")
#: The commands as users run them, timed whole (start-up, walk, output to /dev/null).
COMMANDS = {
    "cli validate": ("validate", "{folder}", "--jobs", "{jobs}", "--format", "json"),
    "cli coverage": ("coverage", "{folder}", "--jobs", "{jobs}", "--format", "json"),
}
#: The reference: reading and checking the memos alone, in one process.
FLOOR = "floor"
#: The issue's goal for validate and coverage, CPU per memo against the floor.
GOAL = 1.3
#: Contenders held to the goal.
_HELD = ("validate", "coverage", "cli validate", "cli coverage")


def read_files(folder: str, part: int = 0, parts: int = 1) -> list[tuple[str, bytes]]:
    """Each memo file of ``folder``, as ``validate`` walks it, with its bytes;
    of ``parts`` shares, share ``part`` only (every ``parts``-th file)."""
    from hyvaneuvottelu.validation import memo_files  # noqa: PLC0415 - only in the child

    files = []
    for name in islice(memo_files([folder]), part, None, parts):
        with open(name, "rb") as stream:
            files.append((name, stream.read()))
    return files


def floor(files: list[tuple[str, bytes]], profile: str = "draft") -> int:
    """``from_json`` (``from_xml`` for a ``.xml`` file) and ``check`` of each file's bytes.

    What ``validate`` cannot avoid: the profile is the one it uses by default;
    a file that is not a memo ends at the reader's error. The reports are
    not kept (``validate`` keeps none either); the number of files is returned.
    """
    from hyvaneuvottelu import check, from_json, from_xml  # noqa: PLC0415 - only in the child
    from hyvaneuvottelu.errors import DocumentError  # noqa: PLC0415 - as above

    for name, data in files:
        try:
            memo = from_xml(data) if name.endswith(".xml") else from_json(data)
        except DocumentError:
            continue
        check(memo, profile)
    return len(files)


def summary(entry: Any) -> tuple[str | None, tuple[str | None, ...], str | None]:
    """What coverage keeps of a memo: the county, the municipalities, the date."""
    memo = entry.memo
    return (
        memo.county.statistics_code,
        tuple(o.statistics_code for o in memo.municipalities),
        None if memo.date is None else memo.date.isoformat(),
    )


def _tree_rss(root: int) -> int:
    """Resident bytes of ``root`` and its descendants, from /proc (0 where it is gone)."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as stream:
                fields = stream.read().rsplit(b")", 1)[1].split()
        except OSError:
            continue
        children.setdefault(int(fields[1]), []).append(int(entry))
    total, pending = 0, [root]
    page = os.sysconf("SC_PAGE_SIZE")
    while pending:
        pid = pending.pop()
        pending.extend(children.get(pid, ()))
        try:
            with open(f"/proc/{pid}/statm", "rb") as stream:
                total += int(stream.read().split()[1]) * page
        except OSError:
            continue
    return total


def run(mode: str, folder: Path, jobs: int) -> dict[str, float]:
    """One contender in a fresh process: its times, and the tree's peak memory.

    A library contender times itself from after its imports; a command is
    timed whole, its CPU that of its process and the workers it waited for.
    The floor with more than one process is :func:`_floors`.
    """
    if mode == FLOOR and jobs > 1:
        return _floors(folder, jobs)
    command = _command(mode, folder, jobs)
    before = _children_cpu()
    wall = time.perf_counter()
    output = subprocess.DEVNULL if mode in COMMANDS else subprocess.PIPE
    with subprocess.Popen(command, cwd=ROOT, env=_USERS_ENV, stdout=output, text=True) as child:
        peak = 0
        while child.poll() is None:
            peak = max(peak, _tree_rss(child.pid))
            time.sleep(0.02)
        out = child.stdout.read() if child.stdout else ""
    wall = time.perf_counter() - wall
    # validate and coverage exit 1 for the corpus's broken memos.
    if child.returncode not in (0, 1) or (mode not in COMMANDS and child.returncode != 0):
        raise SystemExit(f"{mode} --jobs {jobs} failed ({child.returncode})")
    if mode in COMMANDS:
        result = {"count": math.nan, "wall": wall, "cpu": _children_cpu() - before}
    else:
        result = json.loads(out)
    result["peak"] = peak
    return result


def _floors(folder: Path, jobs: int) -> dict[str, float]:
    """The floor in ``jobs`` processes at once, each over its share of the files.

    Every core is then busy, as it is for ``--jobs N``: what a core does when
    the others work too is the reference for the contenders with as many
    processes. The count and the CPU are the processes' sums (each timed
    from after its imports and reading), the wall time the whole, the peak
    the sum of their sizes at once.
    """
    command = [sys.executable, "-c", _CHILD, FLOOR, str(folder), str(jobs)]
    wall = time.perf_counter()
    children = [
        subprocess.Popen(
            [*command, str(part)], cwd=ROOT, env=_USERS_ENV, stdout=subprocess.PIPE, text=True
        )
        for part in range(jobs)
    ]
    peak = 0
    while any(child.poll() is None for child in children):
        peak = max(peak, sum(_tree_rss(child.pid) for child in children))
        time.sleep(0.02)
    wall = time.perf_counter() - wall
    results = []
    for child in children:
        out = child.stdout.read() if child.stdout else ""
        if child.stdout:
            child.stdout.close()
        if child.wait() != 0:
            raise SystemExit(f"{FLOOR} --jobs {jobs} failed ({child.returncode})")
        results.append(json.loads(out))
    return {
        "count": sum(r["count"] for r in results),
        "wall": wall,
        "cpu": sum(r["cpu"] for r in results),
        "peak": peak,
    }


#: The environment as users have it: bytecode cached, output buffered.
_USERS_ENV = {
    name: value
    for name, value in os.environ.items()
    if name not in ("PYTHONDONTWRITEBYTECODE", "PYTHONUNBUFFERED")
}


def _children_cpu() -> float:
    """CPU seconds of the children this process has waited for, and of theirs."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def contenders(jobs_list: list[int]) -> list[tuple[str, int]]:
    """Every contender, with its number of processes; the floor with each."""
    return [
        *((FLOOR, jobs) for jobs in jobs_list),
        *((mode, jobs) for jobs in jobs_list for mode in (*MODES, *COMMANDS)),
    ]


def paired_in_process(folder: Path, sample: int) -> str:
    """The floor, ``validate_files`` and the coverage report over ``sample`` memos
    spread over the corpus, in this process, in interleaved short batches
    (:func:`benchmarks._timing.paired_runs`): tighter ratios than whole runs."""
    from hyvaneuvottelu.collection import read_memos  # noqa: PLC0415 - as the child does
    from hyvaneuvottelu.coverage import coverage, memo_facts  # noqa: PLC0415 - as above
    from hyvaneuvottelu.validation import validate_files  # noqa: PLC0415 - as above

    every = read_files(str(folder))
    files = every[:: max(1, len(every) // sample)][:sample]
    paths = [name for name, _ in files]
    contenders = {
        FLOOR: lambda: floor(files),
        "validate_files": lambda: sum(1 for _ in validate_files(paths, jobs=1)),
        "validate command": lambda: _validate_command(paths),
        "coverage report": lambda: coverage(read_memos(paths, jobs=1, extract=memo_facts)),
    }
    runs = paired_runs(contenders)
    lines = [f"In one process, {len(files)} memos a call, paired batches (medians of 3 runs):"]
    lines += [runs_row(runs, name, FLOOR, GOAL if name != FLOOR else None) for name in contenders]
    return "\n".join(lines)


def _validate_command(paths: list[str]) -> None:
    """``hyvaneuvottelu validate PATHS --jobs 1 --format json`` in this process, its
    output to /dev/null: what the command adds to ``validate_files`` for each file
    (its parser, made once a call, included)."""
    from hyvaneuvottelu.cli import main  # noqa: PLC0415 - as the child does

    with (
        open(os.devnull, "w", encoding="utf-8") as null,
        contextlib.redirect_stdout(null),
    ):
        main(["validate", *paths, "--jobs", "1", "--format", "json"])


def measure(folder: Path, repeat: int, jobs_list: list[int], sample: int = 200) -> None:
    """Run every contender ``repeat`` times in turns, and print the table."""
    if sample:
        print(paired_in_process(folder, sample))
    every = contenders(jobs_list)
    runs: dict[tuple[str, int], list[dict[str, float]]] = {c: [] for c in every}
    for turn in range(repeat):
        shift = turn % len(every)
        for contender in every[shift:] + every[:shift]:
            mode, jobs = contender
            runs[contender].append(run(mode, folder, jobs))
    print(table(runs, jobs_list, repeat, folder))


def table(
    runs: dict[tuple[str, int], list[dict[str, float]]],
    jobs_list: list[int],
    repeat: int,
    folder: Path,
) -> str:
    """The printed table: per memo, medians of the runs; ratios, medians of paired ratios."""
    count = int(runs[FLOOR, 1][0]["count"])
    one_floor = [r["cpu"] for r in runs[FLOOR, 1]]
    lines = [
        f"{count} memos in {folder}; medians of {repeat}; load: {os.getloadavg()[0]:.2f}",
        "  'x floor': against the floor with as many processes at once (every core",
        "  busy alike); the floor's own row: against the floor in one process.",
        f"  {'contender':<28} {'wall/memo':>10} {'CPU/memo':>10} {'x validate':>10} "
        f"{'x floor':>8} {'(runs)':<18} {'peak MiB':>8}",
    ]
    for jobs in jobs_list:
        reference = statistics.median(r["cpu"] for r in runs["validate", jobs])
        floor_cpu = [r["cpu"] for r in runs[FLOOR, jobs]]
        lines.append(_row(f"{FLOOR} --jobs {jobs}", runs[FLOOR, jobs], count, None, one_floor))
        for mode in (*MODES, *COMMANDS):
            done = runs[mode, jobs]
            cpu = statistics.median(r["cpu"] for r in done)
            row = _row(f"{mode} --jobs {jobs}", done, count, cpu / reference, floor_cpu)
            if mode in _HELD:
                row += f"  (goal <= {GOAL}x)"
            lines.append(row)
    return "\n".join(lines)


def _row(
    name: str,
    done: list[dict[str, float]],
    count: int,
    by_validate: float | None,
    floor: list[float],
) -> str:
    # Turn by turn, each run against the floor's run of the same turn, as
    # _timing pairs batches.
    times = {name: [r["cpu"] for r in done], FLOOR: floor}
    paired = sorted(t / f for t, f in zip(times[name], floor, strict=True))
    wall = statistics.median(r["wall"] for r in done) / count
    cpu = statistics.median(r["cpu"] for r in done) / count
    peak = statistics.median(r["peak"] for r in done) / 2**20
    runs = "(" + ", ".join(f"{r:.2f}" for r in paired) + ")"
    shown = "-".rjust(10) if by_validate is None else f"{by_validate:9.2f}x"
    return (
        f"  {name:<28} {wall * 1e3:8.3f}ms {cpu * 1e3:8.3f}ms {shown} "
        f"{ratio(times, name, FLOOR):7.2f}x {runs:<18} {peak:8.1f}"
    )


#: The contenders counted by :func:`instructions`, each with its processes.
_COUNTED = (
    (FLOOR, 1),
    ("validate", 1),
    ("coverage", 1),
    ("cli validate", 1),
    ("cli coverage", 1),
    ("cli validate", 2),
    ("cli coverage", 2),
)


def _command(mode: str, folder: Path, jobs: int) -> list[str]:
    """The process :func:`run` starts for ``mode``."""
    if mode in COMMANDS:
        arguments = [a.format(folder=folder, jobs=jobs) for a in COMMANDS[mode]]
        return [sys.executable, "-m", "hyvaneuvottelu", *arguments]
    return [sys.executable, "-c", _CHILD, mode.replace(" ", "_"), str(folder), str(jobs)]


def counted(mode: str, folder: Path, jobs: int) -> tuple[int, int]:
    """Machine instructions of one run of ``mode`` over ``folder`` under callgrind,
    every process of its tree counted: the first process's, and its workers' together."""
    with tempfile.TemporaryDirectory(prefix="bench-callgrind-") as out:
        command = [
            "valgrind",
            "--tool=callgrind",
            "--trace-children=yes",
            f"--callgrind-out-file={out}/callgrind.%p",
            *_command(mode, folder, jobs),
        ]
        # The same hashes in every run: sets and dicts then probe alike.
        env = {**_USERS_ENV, "PYTHONHASHSEED": "0"}
        with subprocess.Popen(
            command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
        ) as child:
            _, errors = child.communicate()
        if child.returncode not in (0, 1):
            raise SystemExit(f"{mode} --jobs {jobs} under callgrind failed: {errors[-2000:]!r}")
        parent = workers = 0
        for name in os.listdir(out):
            with open(os.path.join(out, name), encoding="utf-8") as stream:
                totals = [line for line in stream if line.startswith(("totals:", "summary:"))]
            if not totals:
                raise SystemExit(f"no totals in {name} of {mode} --jobs {jobs}")
            instructions = int(totals[-1].split()[1])
            if name == f"callgrind.{child.pid}":
                parent += instructions
            else:
                workers += instructions
        return parent, workers


def instructions(memos: int, xml_every: int) -> str:
    """Thousands of instructions a memo of each contender: callgrind over corpora of
    ``memos`` and twice as many, the difference of the two runs over ``memos``, so
    that what a run does once (imports, the readers compiled) falls out."""
    with tempfile.TemporaryDirectory(prefix="bench-collection-") as temporary:
        small, large = Path(temporary) / "small", Path(temporary) / "large"
        write_corpus(small, memos, xml_every=xml_every)
        write_corpus(large, 2 * memos, xml_every=xml_every)
        lines = [
            f"Instructions (callgrind), thousands a memo: runs over {2 * memos} and "
            f"{memos} memos, their difference over {memos}",
            f"  {'contender':<28} {'parent':>9} {'workers':>9} {'together':>9} {'x floor':>8}",
        ]
        reference = 0.0
        for mode, jobs in _COUNTED:
            # Once first, uncounted: whatever a first run writes (bytecode caches)
            # is then written, and each counted run does the same work once.
            subprocess.run(
                _command(mode, small, jobs),
                cwd=ROOT,
                env=_USERS_ENV,
                stdout=subprocess.DEVNULL,
                check=False,
            )
            parent_small, workers_small = counted(mode, small, jobs)
            parent_large, workers_large = counted(mode, large, jobs)
            parent = (parent_large - parent_small) / memos / 1e3
            workers = (workers_large - workers_small) / memos / 1e3
            together = parent + workers
            reference = reference or together
            lines.append(
                f"  {f'{mode} --jobs {jobs}':<28} {parent:9,.0f} {workers:9,.0f} "
                f"{together:9,.0f} {together / reference:7.3f}x"
            )
        return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--memos", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--folder", type=Path, help="an existing corpus (not written)")
    parser.add_argument(
        "--xml-every", type=int, default=5, help="every Nth memo in XML (0: all JSON)"
    )
    parser.add_argument(
        "--sample", type=int, default=200, help="memos a call in one process (0: none)"
    )
    parser.add_argument(
        "--instructions",
        type=int,
        metavar="MEMOS",
        help="count instructions a memo with callgrind over corpora of MEMOS and twice as many",
    )
    arguments = parser.parse_args(argv)
    if arguments.instructions:
        print(instructions(arguments.instructions, arguments.xml_every))
        return 0
    jobs_list = sorted({1, available_cpus()})
    if arguments.folder is not None:
        measure(arguments.folder, arguments.repeat, jobs_list, arguments.sample)
        return 0
    with tempfile.TemporaryDirectory(prefix="bench-collection-") as temporary:
        folder = Path(temporary) / "corpus"
        started = time.perf_counter()
        write_corpus(folder, arguments.memos, xml_every=arguments.xml_every)
        print(f"corpus written in {time.perf_counter() - started:.1f} s")
        measure(folder, arguments.repeat, jobs_list, arguments.sample)
    return 0


if __name__ == "__main__":
    sys.exit(main())
