"""Writing whole or not at all: no overwrite unasked, no leftovers, deterministic zips."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import pytest

from hyvaneuvottelu import OutputError
from hyvaneuvottelu.archive._contents import PackageFile
from hyvaneuvottelu.archive._staging import remove_strays, write_folder, write_zip

from .archive_support import COMPLETED_EXAMPLE, ROOT

CREATED = datetime(2025, 2, 5, 8, 0, 30, tzinfo=UTC)
FILES = (
    PackageFile(path="b/two.txt", data=b"two"),
    PackageFile(path="a.txt", data=b"one"),
)


def dead_pid() -> int:
    """The id of a process that has ended."""
    process = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        check=True,
        text=True,
    )
    return int(process.stdout)


def test_a_folder_is_written(tmp_path: Path) -> None:
    target = tmp_path / "p"
    write_folder(target, FILES)
    assert (target / "b" / "two.txt").read_bytes() == b"two"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p"]


@pytest.mark.parametrize("as_zip", [False, True])
def test_an_existing_target_is_never_overwritten_without_force(
    tmp_path: Path, as_zip: bool
) -> None:
    target = tmp_path / "p"
    target.write_bytes(b"precious")

    def write() -> None:
        if as_zip:
            write_zip(target, FILES, CREATED)
        else:
            write_folder(target, FILES)

    with pytest.raises(OutputError) as caught:
        write()
    assert str(caught.value) == (
        f"{target}: already exists; not overwritten (use --force to replace it)"
    )
    assert target.read_bytes() == b"precious"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p"]


@pytest.mark.parametrize("as_zip", [False, True])
@pytest.mark.parametrize("existing", ["file", "folder"])
def test_force_replaces_a_file_or_a_folder(tmp_path: Path, as_zip: bool, existing: str) -> None:
    target = tmp_path / "p"
    if existing == "folder":
        (target / "old").mkdir(parents=True)
    else:
        target.write_bytes(b"old")
    if as_zip:
        write_zip(target, FILES, CREATED, force=True)
        assert zipfile.ZipFile(target).namelist() == ["a.txt", "b/two.txt"]
    else:
        write_folder(target, FILES, force=True)
        assert sorted(p.name for p in target.iterdir()) == ["a.txt", "b"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p"]


def test_a_missing_parent_folder_is_an_error(tmp_path: Path) -> None:
    target = tmp_path / "no" / "p"
    with pytest.raises(OutputError, match=r"the folder .*no does not exist"):
        write_folder(target, FILES)


def test_a_failure_midway_leaves_nothing(tmp_path: Path) -> None:
    target = tmp_path / "p"
    clash = (PackageFile(path="a.txt", data=b"1"), PackageFile(path="a.txt", data=b"2"))
    with pytest.raises(FileExistsError):
        write_folder(target, clash)
    assert list(tmp_path.iterdir()) == []


def test_the_zip_is_deterministic_sorted_and_stamped(tmp_path: Path) -> None:
    write_zip(tmp_path / "a.zip", FILES, CREATED)
    write_zip(tmp_path / "b.zip", tuple(reversed(FILES)), CREATED)
    assert (tmp_path / "a.zip").read_bytes() == (tmp_path / "b.zip").read_bytes()
    with zipfile.ZipFile(tmp_path / "a.zip") as archive:
        infos = archive.infolist()
        assert [i.filename for i in infos] == ["a.txt", "b/two.txt"]
        assert {i.date_time for i in infos} == {(2025, 2, 5, 8, 0, 30)}
        assert archive.read("b/two.txt") == b"two"


def test_zip_timestamps_before_1980_are_clamped(tmp_path: Path) -> None:
    write_zip(tmp_path / "a.zip", FILES, datetime(1970, 1, 1, tzinfo=UTC))
    with zipfile.ZipFile(tmp_path / "a.zip") as archive:
        assert archive.infolist()[0].date_time == (1980, 1, 1, 0, 0, 0)


def test_strays_of_dead_runs_are_removed_and_live_ones_kept(tmp_path: Path) -> None:
    target = tmp_path / "p"
    dead = dead_pid()
    stray_folder = tmp_path / f".p.{dead}.partial"
    (stray_folder / "case-001").mkdir(parents=True)
    stray_file = tmp_path / f".p.{dead}.replaced"
    stray_file.write_bytes(b"x")
    live = tmp_path / f".p.{os.getppid()}.partial"
    live.mkdir()
    other = tmp_path / f".q.{dead}.partial"
    other.mkdir()
    assert sorted(remove_strays(target)) == sorted([stray_folder, stray_file])
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([live.name, other.name])


_KILLED_RUN = textwrap.dedent(
    """
    import os, signal, sys, zipfile
    from hyvaneuvottelu.archive import _staging
    from hyvaneuvottelu.cli import main

    write_member = _staging._write_member
    write_entry = zipfile.ZipFile.writestr

    def write_then_die(root, file):
        write_member(root, file)
        os.kill(os.getpid(), signal.SIGKILL)  # midway: one file written, more to come

    def write_entry_then_die(self, *args, **kwargs):
        write_entry(self, *args, **kwargs)
        os.kill(os.getpid(), signal.SIGKILL)  # midway: one zip entry written

    _staging._write_member = write_then_die
    zipfile.ZipFile.writestr = write_entry_then_die
    sys.exit(main(sys.argv[1:]))
    """
)


@pytest.mark.skipif(not hasattr(os, "kill") or sys.platform == "win32", reason="needs SIGKILL")
@pytest.mark.parametrize("as_zip", [False, True], ids=["folder", "zip"])
def test_a_killed_run_leaves_no_package_and_the_next_run_cleans_up(
    tmp_path: Path, as_zip: bool
) -> None:
    target = tmp_path / ("package.zip" if as_zip else "package")
    args = ["archive", str(COMPLETED_EXAMPLE), "--out", str(target), *(["--zip"] if as_zip else [])]
    killed = subprocess.run(
        [sys.executable, "-c", _KILLED_RUN, *args], capture_output=True, cwd=ROOT, check=False
    )
    assert killed.returncode == -9, killed.stderr
    assert not target.exists()
    (stray,) = tmp_path.iterdir()
    assert stray.name.startswith(f".{target.name}.")
    assert stray.name.endswith(".partial")

    again = subprocess.run(
        [sys.executable, "-m", "hyvaneuvottelu", *args], capture_output=True, cwd=ROOT, check=False
    )
    assert again.returncode == 0, again.stderr
    assert [p.name for p in tmp_path.iterdir()] == [target.name]
    verified = subprocess.run(
        [sys.executable, "-m", "hyvaneuvottelu", "verify", str(target)],
        capture_output=True,
        check=False,
    )
    assert verified.returncode == 0, verified.stdout
