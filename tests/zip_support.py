"""Zip files written byte by byte, to say exactly what a hostile one holds.

:mod:`zipfile` cannot write a zip file whose headers disagree, that hides
bytes between entries, or whose entries are flagged encrypted; this small
writer can. It follows the zip specification (APPNOTE 6.3) directly and
shares no code with the library's reader; ``test_raw_zip_is_a_zip_file``
checks that what it writes plainly is what :mod:`zipfile` reads.
"""

from __future__ import annotations

import struct
import zlib
from dataclasses import dataclass, field
from pathlib import Path

LOCAL = b"PK\x03\x04"
CENTRAL = b"PK\x01\x02"
END = b"PK\x05\x06"


def deflate(data: bytes) -> bytes:
    """Raw deflate, as zip entries hold it."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    return compressor.compress(data) + compressor.flush()


@dataclass
class RawEntry:
    """One entry; every field of its headers can be set to a lie."""

    name: str
    data: bytes = b""
    method: int = 8
    flags: int = 0
    #: The bytes written as the entry's data (default: ``data``, deflated if method 8).
    payload: bytes | None = None
    crc: int | None = None
    file_size: int | None = None
    #: Fields of the local header that differ from the central directory's.
    local: dict[str, int] = field(default_factory=dict)
    extra: bytes = b""
    comment: bytes = b""
    #: Bytes written just before this entry's local header.
    before: bytes = b""

    def written(self) -> bytes:
        if self.payload is not None:
            return self.payload
        return deflate(self.data) if self.method == 8 else self.data


def raw_zip(
    entries: list[RawEntry],
    *,
    prefix: bytes = b"",
    adjust_offsets: bool = True,
    before_directory: bytes = b"",
    comment: bytes = b"",
    trailing: bytes = b"",
    count: int | None = None,
) -> bytes:
    """A zip file of ``entries``; ``prefix`` before it all (offsets counted from
    the file's start when ``adjust_offsets``), ``trailing`` after its end record."""
    body = bytearray(prefix)
    base = 0 if adjust_offsets else len(prefix)
    central = bytearray()
    for entry in entries:
        body += entry.before
        offset = len(body) - base
        payload = entry.written()
        crc = zlib.crc32(entry.data) if entry.crc is None else entry.crc
        size = len(entry.data) if entry.file_size is None else entry.file_size
        name = entry.name.encode("utf-8")
        fields = {
            "flags": entry.flags,
            "method": entry.method,
            "crc": crc,
            "compressed": len(payload),
            "size": size,
        }
        local = {**fields, **entry.local}
        body += struct.pack(
            "<4s5H3L2H",
            LOCAL,
            20,
            local["flags"],
            local["method"],
            0,
            0x21,
            local["crc"],
            local["compressed"],
            local["size"],
            len(name),
            len(entry.extra),
        )
        body += name + entry.extra + payload
        central += struct.pack(
            "<4s6H3L5H2L",
            CENTRAL,
            0x0314,
            20,
            fields["flags"],
            fields["method"],
            0,
            0x21,
            fields["crc"],
            fields["compressed"],
            fields["size"],
            len(name),
            len(entry.extra),
            len(entry.comment),
            0,
            0,
            0o100644 << 16,
            offset,
        )
        central += name + entry.extra + entry.comment
    body += before_directory
    start = len(body) - base
    body += central
    total = len(entries) if count is None else count
    body += struct.pack("<4s4H2LH", END, 0, 0, total, total, len(central), start, len(comment))
    return bytes(body + comment + trailing)


def package_entries(folder: Path) -> list[RawEntry]:
    """Every file of a package folder as a plain entry, sorted by path."""
    files = sorted(p for p in folder.rglob("*") if p.is_file())
    return [RawEntry(name=p.relative_to(folder).as_posix(), data=p.read_bytes()) for p in files]
