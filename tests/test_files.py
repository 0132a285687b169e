"""Atomic writes: whole or not at all, never over something unasked."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from hyvaneuvottelu._files import read_limited, write_atomic
from hyvaneuvottelu.errors import OutputError


def test_writes_the_bytes_and_leaves_nothing_else(tmp_path: Path) -> None:
    target = tmp_path / "memo.json"
    write_atomic(target, b"{}\n")
    assert target.read_bytes() == b"{}\n"
    assert os.listdir(tmp_path) == ["memo.json"]


def test_refuses_to_overwrite_without_force(tmp_path: Path) -> None:
    target = tmp_path / "memo.json"
    target.write_bytes(b"precious")
    with pytest.raises(OutputError) as caught:
        write_atomic(target, b"new")
    assert (
        str(caught.value)
        == f"{target}: already exists; not overwritten (use --force to replace it)"
    )
    assert target.read_bytes() == b"precious"
    write_atomic(target, b"new", force=True)
    assert target.read_bytes() == b"new"
    assert os.listdir(tmp_path) == ["memo.json"]


def test_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    target = tmp_path / "nowhere" / "memo.json"
    with pytest.raises(OutputError) as caught:
        write_atomic(target, b"x")
    assert str(caught.value) == f"{target}: the folder {target.parent} does not exist"


def test_a_failed_write_leaves_no_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fail(_fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", fail)
    with pytest.raises(OSError, match="No space left"):
        write_atomic(tmp_path / "memo.json", b"x" * 1000)
    assert os.listdir(tmp_path) == []


def test_the_bytes_are_on_disk_before_the_sync_and_the_temporary_is_hidden(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # What fsync makes durable must be every byte, not what a buffer let
    # through; and meanwhile the half-written file must not look like a memo
    # to a folder walk (hidden, ending in .tmp, not in .json).
    target = tmp_path / "memo.json"
    data = b"{}" * 100  # smaller than a file object's buffer
    real_fsync = os.fsync
    seen: list[tuple[int, list[str]]] = []

    def observe(fd: int) -> None:
        seen.append((os.fstat(fd).st_size, os.listdir(tmp_path)))
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", observe)
    write_atomic(target, data)
    [(size, names)] = seen
    assert size == len(data)
    [temporary] = names
    assert temporary.startswith(".memo.json.")
    assert temporary.endswith(".tmp")
    assert target.read_bytes() == data
    assert os.listdir(tmp_path) == ["memo.json"]


def _appearing_while_written(target: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Make someone else write ``target`` once ours is synced, before it is put in place."""
    real_fsync = os.fsync

    def appear(fd: int) -> None:
        real_fsync(fd)
        target.write_bytes(b"someone else's")

    monkeypatch.setattr(os, "fsync", appear)


def test_a_target_that_appears_meanwhile_is_not_overwritten(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "memo.json"
    _appearing_while_written(target, monkeypatch)
    with pytest.raises(OutputError, match="appeared while writing; not overwritten"):
        write_atomic(target, b"mine")
    assert target.read_bytes() == b"someone else's"
    assert os.listdir(tmp_path) == ["memo.json"]


def test_read_limited_refuses_a_larger_input_before_parsing(tmp_path: Path) -> None:
    path = tmp_path / "big.json"
    path.write_bytes(b"x" * 11)
    assert read_limited(str(path), limit=11) == b"x" * 11
    with pytest.raises(OSError, match="larger than 0 MiB; refused") as caught:
        read_limited(str(path), limit=10)
    assert (caught.value.errno, caught.value.strerror) == (
        errno.EFBIG,
        "larger than 0 MiB; refused",
    )


def test_without_hard_links_the_finished_file_is_renamed_into_place_unless_one_appeared(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Some file systems (FAT, some network shares) refuse hard links.
    def no_links(_source: object, _target: object) -> None:
        raise OSError(errno.EPERM, "Operation not permitted")

    monkeypatch.setattr(os, "link", no_links)
    target = tmp_path / "memo.json"
    write_atomic(target, b"mine")
    assert target.read_bytes() == b"mine"
    assert os.listdir(tmp_path) == ["memo.json"]

    other = tmp_path / "other.json"
    _appearing_while_written(other, monkeypatch)
    with pytest.raises(OutputError) as caught:
        write_atomic(other, b"mine")
    assert str(caught.value) == f"{other}: appeared while writing; not overwritten"
    assert other.read_bytes() == b"someone else's"
    assert sorted(os.listdir(tmp_path)) == ["memo.json", "other.json"]
