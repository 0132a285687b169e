"""Writing whole or not at all: no overwrite unasked, no leftovers, deterministic zips."""

from __future__ import annotations

import os
import shutil
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
from hyvaneuvottelu.cli import main

from .archive_support import COMPLETED_EXAMPLE, ROOT

CREATED = datetime(2025, 2, 5, 8, 0, 30, tzinfo=UTC)
FILES = (
    PackageFile(path="b/two.txt", data=b"two"),
    PackageFile(path="a.txt", data=b"one"),
)


def write(target: Path, *, as_zip: bool) -> None:
    if as_zip:
        write_zip(target, FILES, CREATED, force=True)
    else:
        write_folder(target, FILES, force=True)


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
@pytest.mark.parametrize("existing", ["file", "package folder", "empty folder"])
def test_force_replaces_a_file_or_a_folder(tmp_path: Path, as_zip: bool, existing: str) -> None:
    target = tmp_path / "p"
    if existing == "package folder":
        (target / "case-001").mkdir(parents=True)
        (target / "manifest.json").write_bytes(b"{}")
    elif existing == "empty folder":
        target.mkdir()
    else:
        target.write_bytes(b"old")
    if as_zip:
        write_zip(target, FILES, CREATED, force=True)
        assert zipfile.ZipFile(target).namelist() == ["a.txt", "b/two.txt"]
    else:
        write_folder(target, FILES, force=True)
        assert sorted(p.name for p in target.iterdir()) == ["a.txt", "b"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p"]


@pytest.mark.parametrize("as_zip", [False, True])
def test_force_never_replaces_a_folder_that_holds_no_package(tmp_path: Path, as_zip: bool) -> None:
    target = tmp_path / "documents"
    (target / "sub").mkdir(parents=True)
    (target / "sub" / "letter.txt").write_bytes(b"precious")
    with pytest.raises(OutputError) as caught:
        write(target, as_zip=as_zip)
    assert str(caught.value) == (
        f"{target}: is a folder that holds no package (no manifest.json); "
        "not replaced, even with --force"
    )
    assert (target / "sub" / "letter.txt").read_bytes() == b"precious"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["documents"]


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
    target.mkdir()
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
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([live.name, other.name, "p"])


@pytest.mark.parametrize("kind", ["folder", "file"])
def test_an_old_package_set_aside_is_restored_when_the_target_is_missing(
    tmp_path: Path, kind: str
) -> None:
    target = tmp_path / "p"
    dead = dead_pid()
    aside = tmp_path / f".p.{dead}.replaced"
    if kind == "folder":
        (aside / "case-001").mkdir(parents=True)
        (aside / "manifest.json").write_bytes(b"old")
    else:
        aside.write_bytes(b"old zip")
    new = tmp_path / f".p.{dead}.partial"
    new.mkdir()
    assert remove_strays(target) == (new,)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p"]
    if kind == "folder":
        assert (target / "manifest.json").read_bytes() == b"old"
        assert (target / "case-001").is_dir()
    else:
        assert target.read_bytes() == b"old zip"


def test_a_restored_package_is_not_replaced_without_force(tmp_path: Path) -> None:
    target = tmp_path / "p"
    (tmp_path / f".p.{dead_pid()}.replaced").write_bytes(b"old")
    with pytest.raises(OutputError, match="already exists; not overwritten"):
        write_zip(target, FILES, CREATED)
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p"]


_KILLED_RUN = textwrap.dedent(
    """
    import os, shutil, signal, sys
    from hyvaneuvottelu.archive import _staging
    from hyvaneuvottelu.cli import main

    add = _staging.Staging.add
    copy = shutil.copyfileobj

    def add_then_die(self, path, chunks):
        entry = add(self, path, chunks)
        if sys.argv[1] == "file":
            os.kill(os.getpid(), signal.SIGKILL)  # midway: one file written, more to come
        return entry

    def copy_then_die(*args, **kwargs):
        copy(*args, **kwargs)
        os.kill(os.getpid(), signal.SIGKILL)  # midway: one zip entry written

    _staging.Staging.add = add_then_die
    _staging.shutil.copyfileobj = copy_then_die
    sys.exit(main(sys.argv[2:]))
    """
)


@pytest.mark.skipif(not hasattr(os, "kill") or sys.platform == "win32", reason="needs SIGKILL")
@pytest.mark.parametrize(
    ("as_zip", "where"),
    [(False, "file"), (True, "file"), (True, "entry")],
    ids=["folder", "zip-file", "zip-entry"],
)
def test_a_killed_run_leaves_no_package_and_the_next_run_cleans_up(
    tmp_path: Path, as_zip: bool, where: str
) -> None:
    target = tmp_path / ("package.zip" if as_zip else "package")
    args = ["archive", str(COMPLETED_EXAMPLE), "--out", str(target), *(["--zip"] if as_zip else [])]
    killed = subprocess.run(
        [sys.executable, "-c", _KILLED_RUN, where, *args],
        capture_output=True,
        cwd=ROOT,
        check=False,
        timeout=120,
    )
    assert killed.returncode == -9, killed.stderr
    assert not target.exists()
    (stray,) = tmp_path.iterdir()
    assert stray.name.startswith(f".{target.name}.")
    assert stray.name.endswith(".partial")

    again = subprocess.run(
        [sys.executable, "-m", "hyvaneuvottelu", *args],
        capture_output=True,
        cwd=ROOT,
        check=False,
        timeout=120,
    )
    assert again.returncode == 0, again.stderr
    assert [p.name for p in tmp_path.iterdir()] == [target.name]
    verified = subprocess.run(
        [sys.executable, "-m", "hyvaneuvottelu", "verify", str(target)],
        capture_output=True,
        check=False,
        timeout=120,
    )
    assert verified.returncode == 0, verified.stdout


_KILLED_REPLACING = textwrap.dedent(
    """
    import os, signal, sys
    from hyvaneuvottelu.archive import _staging
    from hyvaneuvottelu.cli import main

    rename = os.rename
    renameat2 = getattr(_staging, "_renameat2", None)

    def without_exchange(source, target, flags):
        if flags == _staging._RENAME_EXCHANGE:
            return False  # as on a system or file system without one
        return renameat2(source, target, flags)

    def rename_then_die(source, target):
        rename(source, target)
        if str(target).endswith(".replaced"):
            os.kill(os.getpid(), signal.SIGKILL)  # the old package aside, the new not in place

    def exchange_then_die(source, target, flags):
        done = renameat2(source, target, flags)
        if flags == _staging._RENAME_EXCHANGE:
            if not done:
                sys.exit(3)  # this file system cannot exchange
            os.kill(os.getpid(), signal.SIGKILL)  # exchanged; the old package not yet removed
        return done

    if sys.argv[1] == "rename":
        if renameat2 is not None:
            _staging._renameat2 = without_exchange
        os.rename = rename_then_die
    else:
        _staging._renameat2 = exchange_then_die
    sys.exit(main(sys.argv[2:]))
    """
)


def snapshot(path: Path) -> dict[str, bytes]:
    """Every file at ``path`` (a zip file or a folder) with its bytes."""
    if path.is_file():
        return {"": path.read_bytes()}
    return {p.relative_to(path).as_posix(): p.read_bytes() for p in path.rglob("*") if p.is_file()}


@pytest.mark.skipif(not hasattr(os, "kill") or sys.platform == "win32", reason="needs SIGKILL")
@pytest.mark.parametrize("as_zip", [False, True], ids=["folder", "zip"])
@pytest.mark.parametrize("step", ["rename", "exchange"])
def test_a_run_killed_while_replacing_keeps_the_old_package_or_the_new_one_whole(
    tmp_path: Path, as_zip: bool, step: str
) -> None:
    target = tmp_path / ("package.zip" if as_zip else "package")
    base = ["archive", str(COMPLETED_EXAMPLE), "--out", str(target), *(["--zip"] if as_zip else [])]
    old_args = [*base, "--created", "2025-03-01T12:00:00+02:00"]
    assert main(old_args) == 0
    old = snapshot(target)
    reference = tmp_path / "reference"
    reference.mkdir()
    new_args = [*base, "--force"]
    assert main([*new_args[:3], str(reference / target.name), *new_args[4:]]) == 0
    new = snapshot(reference / target.name)
    assert new != old
    shutil.rmtree(reference)

    killed = subprocess.run(
        [sys.executable, "-c", _KILLED_REPLACING, step, *new_args],
        capture_output=True,
        cwd=ROOT,
        check=False,
        timeout=120,
    )
    if killed.returncode == 3:
        pytest.skip("the file system cannot exchange two paths atomically")
    assert killed.returncode == -9, killed.stderr
    if step == "rename":
        # Killed between the two renames: the old package is aside, the target missing.
        assert not target.exists()
        assert any(p.name.endswith(".replaced") for p in tmp_path.iterdir())
    else:
        assert snapshot(target) == new

    again = subprocess.run(
        [sys.executable, "-m", "hyvaneuvottelu", *base],
        capture_output=True,
        cwd=ROOT,
        check=False,
        timeout=120,
    )
    assert again.returncode == 2, again.stderr
    assert again.stderr.decode() == (
        f"hyvaneuvottelu: {target}: already exists; not overwritten (use --force to replace it)\n"
    )
    assert snapshot(target) == (old if step == "rename" else new)
    assert [p.name for p in tmp_path.iterdir()] == [target.name]
    verified = subprocess.run(
        [sys.executable, "-m", "hyvaneuvottelu", "verify", str(target)],
        capture_output=True,
        check=False,
        timeout=120,
    )
    assert verified.returncode == 0, verified.stdout
