"""The zip reader: every byte of a zip file accounted for, entries read in chunks."""

from __future__ import annotations

import io
import struct
import zipfile
import zlib

import pytest

from hyvaneuvottelu.archive._zipentry import CHUNK, EntryError, read_entry
from hyvaneuvottelu.archive._zipscan import ZipEntry, ZipLayout, ZipStructureError, scan

from .zip_support import RawEntry, deflate, raw_zip

A = RawEntry(name="a.txt", data=b"alpha" * 100)
B = RawEntry(name="b.txt", data=b"beta", method=0)


def layout(data: bytes, max_entries: int = 10) -> ZipLayout:
    return scan(io.BytesIO(data), len(data), label="p.zip", max_entries=max_entries)


def contents(data: bytes) -> dict[str, bytes]:
    stream = io.BytesIO(data)
    found = scan(stream, len(data), label="p.zip", max_entries=10)
    return {e.name: b"".join(read_entry(stream, e)) for e in found.entries if not e.is_dir}


def entry(data: bytes, name: str) -> ZipEntry:
    (found,) = [e for e in layout(data).entries if e.name == name]
    return found


def read(data: bytes, name: str) -> bytes:
    return b"".join(read_entry(io.BytesIO(data), entry(data, name)))


def test_raw_zip_is_a_zip_file() -> None:
    data = raw_zip([A, B])
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert archive.testzip() is None
        assert {i.filename: archive.read(i) for i in archive.infolist()} == {
            "a.txt": A.data,
            "b.txt": B.data,
        }
    assert layout(data).problems == ()
    assert contents(data) == {"a.txt": A.data, "b.txt": B.data}


def written_by_zipfile(*, force_zip64: bool = False) -> bytes:
    stream = io.BytesIO()
    with zipfile.ZipFile(stream, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("folder/", b"")
        archive.writestr("small.txt", b"x" * 1000)
        with archive.open("large.bin", "w", force_zip64=force_zip64) as target:
            target.write(bytes(range(256)) * 2000)
    return stream.getvalue()


class _Unseekable(io.RawIOBase):
    def __init__(self) -> None:
        self.data = bytearray()

    def writable(self) -> bool:
        return True

    def write(self, b: bytes) -> int:  # type: ignore[override]  # buffer protocol, bytes here
        self.data += b
        return len(b)


def streamed_by_zipfile() -> bytes:
    """Written to a stream that cannot seek: each entry has a data descriptor."""
    target = _Unseekable()
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, force in (("a.txt", False), ("b.txt", True)):
            with archive.open(name, "w", force_zip64=force) as stream:
                stream.write(name.encode() * 5000)
    return bytes(target.data)


@pytest.mark.parametrize(
    "data",
    [written_by_zipfile(), written_by_zipfile(force_zip64=True), streamed_by_zipfile()],
    ids=["plain", "zip64", "data-descriptors"],
)
def test_what_zipfile_writes_is_read_alike_and_fully_accounted_for(data: bytes) -> None:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        expected = {i.filename: archive.read(i) for i in archive.infolist() if not i.is_dir()}
    assert layout(data).problems == ()
    assert contents(data) == expected


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (raw_zip([A], prefix=b"HIDDEN"), "6 bytes before its first entry a.txt, in no file"),
        (
            raw_zip([A, RawEntry(name="b", before=b"12345")]),
            "5 bytes between a.txt and b, in no file",
        ),
        (
            raw_zip([A], before_directory=b"xyz"),
            "3 bytes between its last entry and its central directory, in no file",
        ),
        (raw_zip([A], trailing=b"tail"), "4 bytes after its end record, in no file"),
        (raw_zip([A], comment=b"note"), "a zip comment of 4 bytes, which no hash covers"),
        (
            raw_zip([A], count=2),
            "its end record says 2 entries; its central directory holds 1",
        ),
    ],
    ids=["prefix", "between", "before-directory", "trailing", "comment", "count"],
)
def test_bytes_in_no_entry_are_reported(data: bytes, problem: str) -> None:
    assert layout(data).problems == (("p.zip", problem),)


def test_a_prefix_without_adjusted_offsets_is_found_too() -> None:
    data = raw_zip([A], prefix=b"MZ-stub", adjust_offsets=False)
    recorded = 30 + len("a.txt") + len(deflate(A.data))
    assert layout(data).problems == (
        (
            "p.zip",
            f"its central directory starts at byte {recorded + 7}, not at byte {recorded} as "
            "its end record says: bytes were added before its entries",
        ),
        ("p.zip", "7 bytes before its first entry a.txt, in no file"),
    )
    assert read(data, "a.txt") == A.data


@pytest.mark.parametrize(
    ("raw", "problem"),
    [
        (
            RawEntry(name="a", data=b"x", comment=b"hidden"),
            "an entry comment of 6 bytes, which no hash covers",
        ),
        (
            RawEntry(name="a", data=b"x", extra=struct.pack("<2H", 0xCAFE, 5) + b"hello"),
            "an extra field 0xcafe of 5 bytes in its central directory, which no hash covers",
        ),
        (
            RawEntry(name="a", data=b"x", extra=struct.pack("<2H", 0x5455, 100) + bytes(100)),
            "an extra field 0x5455 of 100 bytes in its central directory, which no hash covers",
        ),
        (
            RawEntry(name="a", data=b"x", local={"method": 0}),
            "its local header says method 0; the central directory says 8",
        ),
        (
            RawEntry(name="a", data=b"x", local={"size": 5}),
            "its local header says size 5; the central directory says 1",
        ),
        (
            RawEntry(name="a", data=b"x", local={"crc": 7}),
            f"its local header says CRC-32 7; the central directory says {zlib.crc32(b'x')}",
        ),
    ],
    ids=["comment", "unknown-extra", "long-extra", "method", "size", "crc"],
)
def test_entry_headers_that_hide_bytes_or_disagree(raw: RawEntry, problem: str) -> None:
    problems = layout(raw_zip([raw])).problems
    assert problems[0] == ("a", problem)


def test_data_inside_a_folder_entry_is_reported_and_not_read() -> None:
    data = raw_zip([RawEntry(name="case-001/", data=b"hidden data", method=0), A])
    folder = entry(data, "case-001/")
    assert folder.unreadable == "a folder entry holding 11 bytes, which no hash covers"


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (RawEntry(name="e", data=b"x", flags=1), "encrypted; verify reads no encrypted entries"),
        (
            RawEntry(name="e", data=b"x", method=12, payload=b"BZh9"),
            "compressed with method 12 (bzip2); verify reads stored (0) and deflated (8) "
            "entries only",
        ),
        (
            RawEntry(name="e", data=b"x", method=99, payload=b"??"),
            "encrypted; verify reads no encrypted entries",
        ),
        (
            RawEntry(name="e", data=b"x", flags=0x20),
            "general purpose flags 0x0020, which verify does not read",
        ),
        (
            RawEntry(name="e", data=b"xy", method=0, payload=b"xyz"),
            "stored, but 3 bytes hold a file of 2 bytes",
        ),
    ],
    ids=["encrypted", "bzip2", "aes", "patched", "stored-sizes"],
)
def test_entries_verify_cannot_read_say_why(raw: RawEntry, reason: str) -> None:
    data = raw_zip([raw])
    found = entry(data, "e")
    assert found.unreadable == reason
    with pytest.raises(EntryError, match="^" + reason.replace("(", r"\(").replace(")", r"\)")):
        list(read_entry(io.BytesIO(data), found))


def test_overlapping_entries_are_not_read() -> None:
    data = bytearray(raw_zip([A, RawEntry(name="b", data=b"b")]))
    # Point b's central directory record at a's local header.
    start = data.rindex(b"PK\x01\x02")
    data[start + 42 : start + 46] = struct.pack("<L", 0)
    assert entry(bytes(data), "b").unreadable == "its data overlap another entry's"


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (
            # Declares the 4 bytes of "safe"; its deflate stream holds 4 MiB more.
            RawEntry(
                name="e",
                data=b"safe",
                payload=deflate(b"safe" + bytes(4 * 1024 * 1024)),
            ),
            "holds more than the 4 bytes its record says",
        ),
        (
            RawEntry(name="e", data=b"safe", payload=deflate(b"safe") + b"hidden"),
            "compressed bytes after the end of its deflate stream, which no hash covers (6+)",
        ),
        (
            RawEntry(name="e", data=b"safe", payload=deflate(b"safe")[:-2]),
            "its compressed data end before its deflate stream does",
        ),
        (
            RawEntry(name="e", data=b"safe", payload=b"\xff\xff\xff"),
            "its compressed data are damaged (Error -3 while decompressing data: "
            "invalid block type)",
        ),
        (
            RawEntry(name="e", data=b"safe", crc=1),
            f"CRC-32 {zlib.crc32(b'safe'):08x}; its record says 00000001 (damaged)",
        ),
        (
            RawEntry(name="e", data=b"safe", file_size=9),
            "holds 4 bytes; its record says 9",
        ),
    ],
    ids=["bomb", "after-stream", "truncated", "damaged", "crc", "short"],
)
def test_entry_data_are_checked_as_they_are_read(raw: RawEntry, message: str) -> None:
    data = raw_zip([raw])
    sizes: list[int] = []

    def read_all() -> None:
        sizes.extend(len(c) for c in read_entry(io.BytesIO(data), entry(data, "e")))

    with pytest.raises(EntryError) as caught:
        read_all()
    assert str(caught.value) == message
    assert all(size <= CHUNK for size in sizes)


def test_a_large_entry_is_read_in_bounded_chunks() -> None:
    content = bytes(range(256)) * (4 * CHUNK // 256) + b"end"
    data = raw_zip([RawEntry(name="big", data=content)])
    chunks = list(read_entry(io.BytesIO(data), entry(data, "big")))
    assert max(len(c) for c in chunks) <= CHUNK
    assert b"".join(chunks) == content


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"not a zip file at all", "not a zip file (no end of central directory record)"),
        (
            b"PK\x05\x06" + struct.pack("<4H2LH", 0, 0, 1, 1, 46, 0, 9),
            "its end record is damaged (the comment runs past the file)",
        ),
        (
            b"PK\x05\x06" + struct.pack("<4H2LH", 1, 1, 1, 1, 0, 0, 0),
            "it spans several disks, which verify does not read",
        ),
        (
            raw_zip([A])[:-22] + b"PK\x05\x06" + struct.pack("<4H2LH", 0, 0, 1, 1, 99, 0, 0),
            "its central directory lies before the start of the file",
        ),
    ],
    ids=["garbage", "comment", "disks", "directory"],
)
def test_what_is_no_zip_file_is_refused(data: bytes, message: str) -> None:
    with pytest.raises(
        ZipStructureError, match="^" + message.replace("(", r"\(").replace(")", r"\)")
    ):
        layout(data)


def test_too_many_entries_are_refused_before_any_is_listed() -> None:
    entries = [RawEntry(name=f"f{i}", method=0) for i in range(11)]
    with pytest.raises(
        ZipStructureError, match=r"^it holds 11 entries; a package holds at most 10$"
    ):
        layout(raw_zip(entries))
    # An end record that understates the count does not help.
    with pytest.raises(
        ZipStructureError, match=r"^it holds more than 10 entries; a package holds at most 10$"
    ):
        layout(raw_zip(entries, count=1))


def test_a_crc_that_matches_is_not_enough_when_the_local_header_lies() -> None:
    content = b"the real memo"
    raw = RawEntry(name="m", data=content, local={"compressed": 3})
    problems = layout(raw_zip([raw])).problems
    assert ("m", "its local header says compressed size 3; the central directory says 15") in (
        problems
    )
    assert zlib.crc32(content) == entry(raw_zip([raw]), "m").crc
