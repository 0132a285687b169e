"""How `archive` scales: time, peak memory and metadata size by number of memos.

Run: ``python -m benchmarks.bench_archive [--memos 100 1000] [--zip] [--runs 3]``.

For each count, writes that many copies of the completed example
(``examples/lohja-archive-example.json``, each with its own record identifier
and case id) into a folder under the system's temporary directory, archives
the folder in a fresh process (``--runs`` times, the median shown), and
prints the wall and CPU time, the peak resident memory of the whole process
tree (target: flat in the number of memos), the size of
``sahke2.xml`` and its bytes per memo (to hold ``limits.MAX_PACKAGE_MEMOS``
memos within ``limits.MAX_SAHKE2_BYTES`` with a wide margin).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import sys
import tempfile
import zipfile
from pathlib import Path
from typing import Any

from hyvaneuvottelu.limits import MAX_PACKAGE_MEMOS, MAX_SAHKE2_BYTES

from ._timing import tree_peak_rss

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "lohja-archive-example.json"
SETTINGS = ROOT / "examples" / "archive-settings.json"


def write_memos(folder: Path, count: int) -> None:
    document: dict[str, Any] = json.loads(EXAMPLE.read_bytes())
    for number in range(1, count + 1):
        document["record"]["identifier"] = f"ESIMERKKI-LUHA-2025-{number:04d}"
        document["record"]["caseId"] = f"ESIMERKKI-{number}/00.01.02/2025"
        path = folder / f"memo-{number:04d}.json"
        path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    shutil.copy(SETTINGS, folder / SETTINGS.name)


def sahke2_size(target: Path) -> int:
    if target.is_dir():
        return (target / "sahke2.xml").stat().st_size
    with zipfile.ZipFile(target) as archive:
        return archive.getinfo("sahke2.xml").file_size


def measure(count: int, *, as_zip: bool, workdir: Path, runs: int) -> None:
    memos = workdir / f"memos-{count}"
    memos.mkdir()
    write_memos(memos, count)
    walls, cpus, peaks = [], [], []
    for run in range(runs):
        target = workdir / (f"package-{count}-{run}" + (".zip" if as_zip else ""))
        command = [sys.executable, "-m", "hyvaneuvottelu", "archive", str(memos)]
        command += ["--out", str(target), *(["--zip"] if as_zip else [])]
        before = os.times()
        code, seconds, peak_kib = tree_peak_rss(command)
        after = os.times()
        if code != 0:
            raise SystemExit(f"archive failed with exit status {code}")
        walls.append(seconds)
        cpus.append(
            after.children_user
            + after.children_system
            - before.children_user
            - before.children_system
        )
        peaks.append(peak_kib)
    size = sahke2_size(target)
    print(
        f"  {count:>5} memos: {statistics.median(walls):6.1f} s wall, "
        f"{statistics.median(cpus):6.1f} s CPU, "
        f"peak RSS of the process tree {statistics.median(peaks) / 1024:6.1f} MiB, "
        f"sahke2.xml {size:>10,} bytes ({size / count:,.0f} per memo)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--memos", type=int, nargs="+", default=[100, 1000])
    parser.add_argument("--zip", action="store_true", help="write zip packages")
    parser.add_argument("--runs", type=int, default=3, help="runs per count (median shown)")
    args = parser.parse_args()
    print(f"archive ({'zip' if args.zip else 'folder'}), Python {sys.version.split()[0]}")
    with tempfile.TemporaryDirectory() as folder:
        for count in args.memos:
            measure(count, as_zip=args.zip, workdir=Path(folder), runs=args.runs)
    print(
        f"  limits: at most {MAX_PACKAGE_MEMOS} memos, sahke2.xml at most "
        f"{MAX_SAHKE2_BYTES:,} bytes ({MAX_SAHKE2_BYTES / MAX_PACKAGE_MEMOS:,.0f} per memo)"
    )


if __name__ == "__main__":
    main()
