"""How `archive` scales: time, peak memory and metadata size by number of memos.

Run: ``python -m benchmarks.bench_archive [--memos 100 1000] [--zip]``.

For each count, writes that many copies of the completed example
(``examples/lohja-archive-example.json``, each with its own record identifier
and case id) into a folder under the system's temporary directory, archives
the folder in a fresh process, and prints the wall time, the process's peak
resident memory (target: flat in the number of memos), the size of
``sahke2.xml`` and its bytes per memo (to hold ``limits.MAX_PACKAGE_MEMOS``
memos within ``limits.MAX_SAHKE2_BYTES`` with a wide margin).
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path
from typing import Any

from hyvaneuvottelu.limits import MAX_PACKAGE_MEMOS, MAX_SAHKE2_BYTES

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "lohja-archive-example.json"
SETTINGS = ROOT / "examples" / "archive-settings.json"

# Runs the command line in the child and reports the child's own peak memory.
_CHILD = """
import resource, sys
from hyvaneuvottelu.cli import main
code = main(sys.argv[1:])
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr)
sys.exit(code)
"""


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


def measure(count: int, *, as_zip: bool, workdir: Path) -> None:
    memos = workdir / f"memos-{count}"
    memos.mkdir()
    write_memos(memos, count)
    target = workdir / (f"package-{count}.zip" if as_zip else f"package-{count}")
    command = ["archive", str(memos), "--out", str(target), *(["--zip"] if as_zip else [])]
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, *command], capture_output=True, text=True, check=True
    )
    seconds = time.perf_counter() - start
    peak_kib = int(done.stderr.split()[-1])
    size = sahke2_size(target)
    print(
        f"  {count:>5} memos: {seconds:6.1f} s, peak RSS {peak_kib / 1024:6.1f} MiB, "
        f"sahke2.xml {size:>10,} bytes ({size / count:,.0f} per memo)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--memos", type=int, nargs="+", default=[100, 1000])
    parser.add_argument("--zip", action="store_true", help="write zip packages")
    args = parser.parse_args()
    print(f"archive ({'zip' if args.zip else 'folder'}), Python {sys.version.split()[0]}")
    with tempfile.TemporaryDirectory() as folder:
        for count in args.memos:
            measure(count, as_zip=args.zip, workdir=Path(folder))
    print(
        f"  limits: at most {MAX_PACKAGE_MEMOS} memos, sahke2.xml at most "
        f"{MAX_SAHKE2_BYTES:,} bytes ({MAX_SAHKE2_BYTES / MAX_PACKAGE_MEMOS:,.0f} per memo)"
    )


if __name__ == "__main__":
    main()
