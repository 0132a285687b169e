"""Reading a package: listed first, each file streamed, special files never opened."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from hyvaneuvottelu import HyvaneuvotteluError
from hyvaneuvottelu.archive._reader import PackageEntry, UnreadableError, open_package
from hyvaneuvottelu.archive._zipentry import CHUNK


def folder(tmp_path: Path, files: dict[str, bytes]) -> Path:
    root = tmp_path / "package"
    for name, data in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    return root


def test_a_folder_is_listed_in_name_order_with_sizes(tmp_path: Path) -> None:
    root = folder(tmp_path, {"b/x.xml": b"12", "a.txt": b"", "b/a/y": b"abc"})
    (root / "empty").mkdir()
    with open_package(root) as source:
        assert source.kind == "folder"
        assert source.entries == (
            PackageEntry(name="a.txt", size=0),
            PackageEntry(name="b/a/y", size=3),
            PackageEntry(name="b/x.xml", size=2),
        )
        assert source.problems == []
        assert b"".join(source.read("b/a/y")) == b"abc"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="the platform has no FIFOs")
def test_special_files_and_links_are_reported_not_listed(tmp_path: Path) -> None:
    root = folder(tmp_path, {"memo.xml": b"<x/>"})
    os.mkfifo(root / "fifo.json")
    (root / "link.xml").symlink_to(root / "memo.xml")
    with open_package(root) as source:
        assert [e.name for e in source.entries] == ["memo.xml"]
        assert source.problems == [
            ("fifo.json", "a FIFO, not a file; not read"),
            ("link.xml", "a symbolic link, not a file; not read"),
        ]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="the platform has no FIFOs")
def test_a_file_replaced_by_a_fifo_after_listing_is_not_waited_for(tmp_path: Path) -> None:
    root = folder(tmp_path, {"memo.xml": b"<x/>"})
    with open_package(root) as source:
        (root / "memo.xml").unlink()
        os.mkfifo(root / "memo.xml")
        with pytest.raises(UnreadableError, match=r"^is no longer a regular file \(a FIFO\)"):
            list(source.read("memo.xml"))


def test_a_file_that_grows_while_it_is_read_is_unreadable(tmp_path: Path) -> None:
    root = folder(tmp_path, {"big.bin": bytes(3 * CHUNK)})
    with open_package(root) as source:
        chunks = source.read("big.bin")
        next(chunks)
        with (root / "big.bin").open("ab") as stream:
            stream.write(b"more")
        with pytest.raises(
            UnreadableError, match=rf"^grew while it was read \(from {3 * CHUNK} bytes\)$"
        ):
            list(chunks)


def test_a_file_that_shrinks_while_it_is_read_is_unreadable(tmp_path: Path) -> None:
    root = folder(tmp_path, {"big.bin": bytes(3 * CHUNK)})
    with open_package(root) as source:
        chunks = source.read("big.bin")
        next(chunks)
        os.truncate(root / "big.bin", CHUNK + 1)
        with pytest.raises(UnreadableError, match=r"^shrank while it was read"):
            list(chunks)


def test_no_package_at_all(tmp_path: Path) -> None:
    with pytest.raises(HyvaneuvotteluError, match="no such package"), open_package(tmp_path / "x"):
        pass
