"""Remake the screenshot of the coverage report in the coordinator's guide.

    python -m tools.screenshot_report                     # docs/_static/coverage-report.png
    python -m tools.screenshot_report --lang sv --out raport-sv.png

Builds the generated Länsi-Uusimaa test set (``tests/coverage_set.py``) in a
temporary folder ``muistiot``, runs ``hyvaneuvottelu coverage muistiot
--format html`` on it as of the set's day, as the guide does, and has
headless Chromium take a screenshot of the page, cropped to the sheet. The
output file is replaced (written whole, then renamed into place): remaking
it is the point. Needs ``chromium`` on the PATH and Pillow (installed with
the test dependencies).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from PIL import Image, ImageChops
from tests import coverage_set

__all__ = ["main"]

REPO = Path(__file__).resolve().parent.parent
DEFAULT_OUT = REPO / "docs" / "_static" / "coverage-report.png"
#: The browser window: the sheet is 52rem wide on a grey desk.
WINDOW = (960, 1200)
#: Room left around the sheet when cropping, in pixels.
MARGIN = 12
#: Seconds each program may take before it is stopped.
TIMEOUT = 120


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.screenshot_report")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="the PNG to write")
    parser.add_argument("--lang", choices=("fi", "sv", "en"), default="fi")
    args = parser.parse_args(argv)
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        sys.exit("screenshot_report: no chromium on PATH (apt-get install chromium)")
    with tempfile.TemporaryDirectory(prefix="screenshot-report-") as temporary:
        work = Path(temporary)
        coverage_set.build(work / "muistiot")
        page = work / "raportti.html"
        command = [
            *("coverage", "muistiot", "--as-of", coverage_set.AS_OF.isoformat()),
            *("--format", "html", "--lang", args.lang, "--out", page.name),
        ]
        done = subprocess.run(
            [sys.executable, "-m", "hyvaneuvottelu", *command],
            cwd=work,
            capture_output=True,
            text=True,
            timeout=TIMEOUT,
            check=False,
        )
        # Exit 1: the set has gaps, as it should.
        if done.returncode != 1 or not page.exists():
            sys.exit(f"screenshot_report: coverage exited {done.returncode}: {done.stderr}")
        shot = work / "shot.png"
        subprocess.run(
            [
                chromium,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                f"--user-data-dir={work / 'profile'}",
                "--hide-scrollbars",
                "--force-device-scale-factor=1",
                f"--window-size={WINDOW[0]},{WINDOW[1]}",
                f"--screenshot={shot}",
                page.as_uri(),
            ],
            capture_output=True,
            timeout=TIMEOUT,
            check=True,
            env={**os.environ, "HOME": str(work)},
        )
        cropped = work / "cropped.png"
        _crop(shot, cropped)
        args.out.parent.mkdir(parents=True, exist_ok=True)
        staged = args.out.with_name(f".{args.out.name}.tmp")
        shutil.copyfile(cropped, staged)
        staged.replace(args.out)
    print(args.out)
    return 0


def _crop(source: Path, target: Path) -> None:
    """Keep the sheet and a little of the desk around it."""
    with Image.open(source) as image:
        rgb = image.convert("RGB")
        desk = Image.new("RGB", rgb.size, rgb.getpixel((0, rgb.height - 1)))
        box = ImageChops.difference(rgb, desk).getbbox()
        if box is not None:
            left, top, right, bottom = box
            rgb = rgb.crop(
                (
                    max(0, left - MARGIN),
                    max(0, top - MARGIN),
                    min(rgb.width, right + MARGIN),
                    min(rgb.height, bottom + MARGIN),
                )
            )
        rgb.save(target, optimize=True)


if __name__ == "__main__":
    sys.exit(main())
