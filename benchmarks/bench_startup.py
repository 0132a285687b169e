"""Start-up of the command line: CPU of each command's whole process, and what it imports.

Each command runs as users run it (the ``hyvaneuvottelu`` script installed
next to this Python, else ``python -m hyvaneuvottelu``; output to /dev/null),
the commands in turns, ``--runs`` times each; a figure is the median CPU time
(user and system) of the child process. Then ``python -X importtime`` of
``--version`` and of ``validate`` lists the modules each loads, the largest
cumulative first: a command imports what it uses, when it uses it.

goal: ``hyvaneuvottelu --version`` under 150 ms.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from hyvaneuvottelu import examples

#: Each command's arguments after ``python -m hyvaneuvottelu``; {memo} is the example memo.
COMMANDS: dict[str, list[str]] = {
    "--version": ["--version"],
    "--help": ["--help"],
    "new": ["new"],
    "verify --help": ["verify", "--help"],
    "archive --help": ["archive", "--help"],
    "validate example": ["validate", "{memo}"],
    "convert example to XML": ["convert", "{memo}", "--to", "xml"],
}

GOAL_VERSION_MS = 150.0


def _cpu_of_child(argv: list[str]) -> float:
    """Seconds of CPU, user and system, of one run of ``argv`` to its end."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(
        argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False, timeout=120
    )
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def _imports(argv: list[str], top: int) -> list[tuple[int, str]]:
    """The ``top`` largest cumulative import times (microseconds) of one run."""
    result = subprocess.run(
        [sys.executable, "-X", "importtime", *argv],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    rows: list[tuple[int, str]] = []
    for line in result.stderr.splitlines():
        # "import time:      self [us] |  cumulative | imported package"
        parts = line.removeprefix("import time:").split("|")
        if len(parts) == 3 and parts[1].strip().isdigit():
            name = parts[2].rstrip()
            # Top level imports only: nested ones are inside their parent's time.
            if not name.startswith("  "):
                rows.append((int(parts[1]), name.strip()))
    rows.sort(reverse=True)
    return rows[:top]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9, help="runs of each command (median)")
    parser.add_argument("--top", type=int, default=8, help="imports listed for a command")
    args = parser.parse_args()
    print(f"Python {sys.version.split()[0]}, load {os.getloadavg()[0]:.1f}")
    with tempfile.TemporaryDirectory() as folder:
        memo = Path(folder) / "example.json"
        memo.write_bytes(examples.read_bytes())
        script = Path(sys.executable).with_name("hyvaneuvottelu")
        program = [str(script)] if script.is_file() else [sys.executable, "-m", "hyvaneuvottelu"]
        print(f"command: {' '.join(program)}")
        argvs = {
            name: [*program, *(a.format(memo=memo) for a in command)]
            for name, command in COMMANDS.items()
        }
        times: dict[str, list[float]] = {name: [] for name in argvs}
        for run in range(args.runs):
            names = list(argvs)
            turn = run % len(names)
            for name in names[turn:] + names[:turn]:
                times[name].append(_cpu_of_child(argvs[name]))
        print(f"CPU of the whole process, median of {args.runs} runs in turns (runs' range)")
        for name, values in times.items():
            median = statistics.median(values) * 1e3
            goal = f"  (goal < {GOAL_VERSION_MS:.0f} ms)" if name == "--version" else ""
            print(
                f"  {name:<28} {median:7.1f} ms  "
                f"({min(values) * 1e3:.1f} to {max(values) * 1e3:.1f}){goal}"
            )
        for name in ("--version", "validate example"):
            print(f"largest imports of {name} (python -X importtime, cumulative)")
            arguments = argvs[name][len(program) :]
            for micros, module in _imports(["-m", "hyvaneuvottelu", *arguments], args.top):
                print(f"  {micros / 1e3:8.1f} ms  {module}")


if __name__ == "__main__":
    main()
