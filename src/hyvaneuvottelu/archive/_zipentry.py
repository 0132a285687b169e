"""Reading one zip entry a chunk at a time, checked against its directory record.

Stored and deflated entries only (the layout marks the others unreadable).
Deflated data are inflated with the output of each step bounded, so an
entry that claims a few bytes and inflates to gigabytes costs one chunk;
the size, the CRC-32 and the end of the deflate stream are checked, and
compressed bytes after the stream's end are a finding, not ignored.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from typing import BinaryIO

from .._messages import Message, message, recognise, render, system_text
from ._zipscan import STORED, ZipEntry

__all__ = ["CHUNK", "EntryError", "read_entry"]

#: Bytes read or produced at a time: what verifying holds of one file.
CHUNK = 64 * 1024


class EntryError(Exception):
    """One entry cannot be read, or its data disagree with the directory.

    ``text`` is the reason as a message of the catalogues (an English text the
    catalogue does not know stays a text); ``str()`` is its English.
    """

    def __init__(self, text: Message | str) -> None:
        super().__init__(render(text, "en"))
        self.text = text if isinstance(text, Message) else recognise(text, "verify")


def read_entry(stream: BinaryIO, entry: ZipEntry) -> Iterator[bytes]:
    """The entry's bytes, a chunk at a time, checked against its directory record.

    Never produces more than the entry's recorded size. Raises
    :class:`EntryError` when the data are damaged, longer or shorter than
    recorded, or followed by compressed bytes that are not part of the file.
    """
    if entry.unreadable:
        raise EntryError(entry.unreadable)
    if entry.data_offset < 0:
        raise EntryError(message("verify.zip.no_data"))
    chunks = _stored(stream, entry) if entry.method == STORED else _inflated(stream, entry)
    crc = produced = 0
    for chunk in chunks:
        produced += len(chunk)
        if produced > entry.file_size:
            raise EntryError(message("verify.zip.longer", n=entry.file_size))
        crc = zlib.crc32(chunk, crc)
        yield chunk
    if produced != entry.file_size:
        raise EntryError(message("verify.zip.length", n=produced, expected=entry.file_size))
    if crc != entry.crc:
        raise EntryError(message("verify.zip.crc", found=f"{crc:08x}", expected=f"{entry.crc:08x}"))


def _raw(stream: BinaryIO, entry: ZipEntry) -> Iterator[bytes]:
    left = entry.compressed_size
    stream.seek(entry.data_offset)
    while left:
        data = stream.read(min(CHUNK, left))
        if not data:
            raise EntryError(message("verify.zip.truncated"))
        left -= len(data)
        yield data


def _stored(stream: BinaryIO, entry: ZipEntry) -> Iterator[bytes]:
    yield from _raw(stream, entry)


def _inflated(stream: BinaryIO, entry: ZipEntry) -> Iterator[bytes]:
    inflater = zlib.decompressobj(-zlib.MAX_WBITS)
    try:
        for data in _raw(stream, entry):
            if inflater.eof:
                raise EntryError(message("verify.zip.after_deflate", n=len(data)))
            pending = data
            while pending:
                chunk = inflater.decompress(pending, CHUNK)
                pending = inflater.unconsumed_tail
                yield chunk
            if inflater.unused_data:
                raise EntryError(message("verify.zip.after_deflate", n=len(inflater.unused_data)))
        # Output zlib held back when a chunk filled up exactly.
        while not inflater.eof and (chunk := inflater.decompress(b"", CHUNK)):
            yield chunk
        if not inflater.eof:
            raise EntryError(message("verify.zip.deflate_short"))
    except zlib.error as exc:
        # zlib's own words, framed as the system's in each language but English.
        raise EntryError(
            message("verify.zip.deflate_damaged", detail=system_text(str(exc)))
        ) from None
