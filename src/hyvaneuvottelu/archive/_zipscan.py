"""Reading a zip file's structure ourselves, so that every byte is accounted for.

:mod:`zipfile` reads what a zip file's central directory points at and
ignores everything else: bytes before the first entry, between entries, in
a folder entry, after a deflate stream's end or after the end record. A
verifier must not, so this module walks the file from its end record to
its first byte and reports every byte that is neither zip structure nor
the data of an entry, and marks what cannot be read (encrypted entries,
methods other than stored and deflate) with the reason.
:mod:`._zipentry` reads the entries.
"""

from __future__ import annotations

import struct
from typing import BinaryIO

import attrs

from .._messages import Message, message

__all__ = [
    "STORED",
    "ZipEntry",
    "ZipLayout",
    "ZipStructureError",
    "scan",
]

_EOCD = struct.Struct("<4s4H2LH")
_ZIP64_LOCATOR = struct.Struct("<4sLQL")
_ZIP64_EOCD = struct.Struct("<4sQ2H2L4Q")
_CENTRAL = struct.Struct("<4s6H3L5H2L")
_LOCAL = struct.Struct("<4s5H3L2H")
_MAX_COMMENT = 0xFFFF
_FULL16, _FULL32 = 0xFFFF, 0xFFFFFFFF

_ENCRYPTED = 0x0001
_DESCRIPTOR = 0x0008
_UTF8 = 0x0800
#: Deflate options (bits 1, 2), data descriptor, UTF-8 names: nothing else.
_KNOWN_FLAGS = 0x0002 | 0x0004 | _DESCRIPTOR | _UTF8
STORED, _DEFLATED = 0, 8
_METHODS = {
    1: "shrink",
    6: "implode",
    9: "deflate64",
    12: "bzip2",
    14: "LZMA",
    93: "Zstandard",
    95: "xz",
}
#: Extra fields that only say times, owners or sizes: (id, largest data).
_HARMLESS_EXTRA = {0x0001: 28, 0x000A: 32, 0x5455: 13, 0x7875: 20}
#: The headers extra fields are in, as findings name them.
_CENTRAL_WHERE = message("verify.where.central")
_LOCAL_WHERE = message("verify.where.local")


class ZipStructureError(Exception):
    """The file is not a zip file this module can read at all.

    ``text`` is the reason as a message of the catalogues; ``str()`` is its English.
    """

    def __init__(self, text: Message) -> None:
        super().__init__(text.render("en"))
        self.text = text


@attrs.frozen(kw_only=True)
class ZipEntry:
    """One central directory record, with where its data lie."""

    name: str
    flags: int
    method: int
    crc: int
    compressed_size: int
    file_size: int
    header_offset: int
    #: Where the entry's data start; -1 when its local header is unusable.
    data_offset: int = -1
    #: Why the entry cannot be read (its data are not hashed), or "".
    unreadable: str = ""

    @property
    def is_dir(self) -> bool:
        return self.name.endswith("/")


@attrs.frozen(kw_only=True)
class ZipLayout:
    """Every entry, and every finding about bytes outside them, as ``(file, message)``."""

    entries: tuple[ZipEntry, ...]
    findings: tuple[tuple[str, Message], ...]

    @property
    def problems(self) -> tuple[tuple[str, str], ...]:
        """The findings in English, as ``verify`` reports them (and recognises them)."""
        return tuple((file, text.render("en")) for file, text in self.findings)


@attrs.define
class _Scan:
    stream: BinaryIO
    size: int
    label: str
    max_entries: int
    findings: list[tuple[str, Message]] = attrs.Factory(list)

    def note(self, file: str, id: str, /, **args: str | int | Message) -> None:
        self.findings.append((file, message(id, **args)))

    def read_at(self, offset: int, length: int) -> bytes:
        self.stream.seek(offset)
        return self.stream.read(length)


def scan(stream: BinaryIO, size: int, *, label: str, max_entries: int) -> ZipLayout:
    """The layout of the zip file in ``stream`` (``size`` bytes), checked.

    ``label`` names the zip file in findings about bytes no entry owns.
    Raises :class:`ZipStructureError` when there is no readable end record or
    central directory, or when the zip file holds more than ``max_entries``
    entries (nothing is read then).
    """
    check = _Scan(stream=stream, size=size, label=label, max_entries=max_entries)
    directory_end, count, cd_size, cd_offset = _end_records(check)
    cd_start = directory_end - cd_size
    if cd_start < 0:
        raise ZipStructureError(message("verify.zip.directory_before_start"))
    if cd_start != cd_offset:
        check.note(label, "verify.zip.shifted", n=cd_start, expected=cd_offset)
    entries = _central_directory(check, cd_start, cd_size, count, shift=cd_start - cd_offset)
    located = _local_headers(check, entries, cd_start)
    return ZipLayout(entries=tuple(located), findings=tuple(check.findings))


def _end_records(check: _Scan) -> tuple[int, int, int, int]:
    """Where the central directory ends, and the entry count, size and offset it has."""
    tail_start = max(0, check.size - _EOCD.size - _MAX_COMMENT)
    tail = check.read_at(tail_start, check.size - tail_start)
    position = tail.rfind(b"PK\x05\x06")
    if position < 0 or len(tail) - position < _EOCD.size:
        raise ZipStructureError(message("verify.zip.not_zip"))
    end = tail_start + position
    _, disk, cd_disk, on_disk, count, cd_size, cd_offset, comment = _EOCD.unpack_from(
        tail, position
    )
    record_end = end + _EOCD.size + comment
    if record_end > check.size:
        raise ZipStructureError(message("verify.zip.end_record_damaged"))
    if record_end < check.size:
        check.note(check.label, "verify.zip.after_end", n=check.size - record_end)
    if comment:
        check.note(check.label, "verify.zip.comment", n=comment)
    directory_end = end
    locator_at = end - _ZIP64_LOCATOR.size
    if locator_at >= 0 and check.read_at(locator_at, 4) == b"PK\x06\x07":
        directory_end, count, cd_size, cd_offset, disk, cd_disk = _zip64_end(check, locator_at)
    elif _FULL16 in (count, on_disk) or _FULL32 in (cd_size, cd_offset):
        raise ZipStructureError(message("verify.zip.zip64_missing"))
    if disk or cd_disk:
        raise ZipStructureError(message("verify.zip.disks"))
    if count > check.max_entries:
        raise ZipStructureError(message("verify.zip.entries", n=count, limit=check.max_entries))
    return directory_end, count, cd_size, cd_offset


def _zip64_end(check: _Scan, locator_at: int) -> tuple[int, int, int, int, int, int]:
    _, locator_disk, record_at, disks = _ZIP64_LOCATOR.unpack(
        check.read_at(locator_at, _ZIP64_LOCATOR.size)
    )
    if locator_disk or disks > 1 or record_at + _ZIP64_EOCD.size > locator_at:
        raise ZipStructureError(message("verify.zip.locator_damaged"))
    fields = _ZIP64_EOCD.unpack(check.read_at(record_at, _ZIP64_EOCD.size))
    signature, record_size, _, _, disk, cd_disk, _, count, cd_size, cd_offset = fields
    if signature != b"PK\x06\x06":
        raise ZipStructureError(message("verify.zip.zip64_damaged"))
    record_end = record_at + 12 + record_size
    if record_end != locator_at:
        check.note(check.label, "verify.zip.between_zip64", n=locator_at - record_end)
    return record_at, count, cd_size, cd_offset, disk, cd_disk


def _decode_name(raw: bytes, flags: int) -> str:
    if flags & _UTF8:
        return raw.decode("utf-8", "surrogateescape")
    return raw.decode("cp437")


def _extra_fields(check: _Scan, name: str, extra: bytes, where: Message) -> dict[int, bytes]:
    """The extra fields by id; anything that could hide data is reported.

    ``where`` names the header the fields are in (``verify.where.*``).
    """
    fields: dict[int, bytes] = {}
    offset = 0
    while offset < len(extra):
        if offset + 4 > len(extra):
            check.note(name, "verify.zip.stray_extra", n=len(extra) - offset, what_where=where)
            break
        kind, length = struct.unpack_from("<2H", extra, offset)
        data = extra[offset + 4 : offset + 4 + length]
        offset += 4 + length
        if len(data) < length:
            check.note(name, "verify.zip.extra_overrun", kind=f"0x{kind:04x}", what_where=where)
            break
        if kind not in _HARMLESS_EXTRA or length > _HARMLESS_EXTRA[kind] or kind in fields:
            check.note(name, "verify.zip.extra", kind=f"0x{kind:04x}", n=length, what_where=where)
        fields[kind] = data
    return fields


def _zip64_values(data: bytes, wanted: list[bool]) -> list[int | None]:
    """The ZIP64 extra's 8-byte values, in order, for the fields that need one."""
    values: list[int | None] = []
    offset = 0
    for needed in wanted:
        if needed and offset + 8 <= len(data):
            values.append(struct.unpack_from("<Q", data, offset)[0])
            offset += 8
        else:
            values.append(None)
    return values


def _central_directory(
    check: _Scan, start: int, size: int, count: int, *, shift: int
) -> list[ZipEntry]:
    entries: list[ZipEntry] = []
    offset, end = start, start + size
    while offset < end:
        if len(entries) >= check.max_entries:
            raise ZipStructureError(message("verify.zip.more_entries", limit=check.max_entries))
        header = check.read_at(offset, _CENTRAL.size)
        if len(header) < _CENTRAL.size or header[:4] != b"PK\x01\x02":
            raise ZipStructureError(message("verify.zip.directory_damaged", n=offset))
        (_, _, _, flags, method, _, _, crc, csize, usize, name_length, extra_length,
         comment_length, _, _, _, local) = _CENTRAL.unpack(header)  # fmt: skip
        variable = check.read_at(offset + _CENTRAL.size, name_length + extra_length)
        name = _decode_name(variable[:name_length], flags)
        fields = _extra_fields(check, name, variable[name_length:], _CENTRAL_WHERE)
        large = _zip64_values(
            fields.get(0x0001, b""), [usize == _FULL32, csize == _FULL32, local == _FULL32]
        )
        if comment_length:
            check.note(name, "verify.zip.entry_comment", n=comment_length)
        entries.append(
            ZipEntry(
                name=name,
                flags=flags,
                method=method,
                crc=crc,
                compressed_size=large[1] if large[1] is not None else csize,
                file_size=large[0] if large[0] is not None else usize,
                header_offset=(large[2] if large[2] is not None else local) + shift,
            )
        )
        offset += _CENTRAL.size + name_length + extra_length + comment_length
    if offset != end:
        raise ZipStructureError(message("verify.zip.directory_overrun"))
    if len(entries) != count:
        check.note(check.label, "verify.zip.count", n=count, found=len(entries))
    return entries


def _local_headers(check: _Scan, entries: list[ZipEntry], cd_start: int) -> list[ZipEntry]:
    """Each entry with its data located; every gap and overlap reported."""
    located: dict[int, ZipEntry] = {}
    expected, previous = 0, ""
    for index, entry in sorted(enumerate(entries), key=lambda item: item[1].header_offset):
        if entry.header_offset > expected:
            gap = entry.header_offset - expected
            if previous:
                check.note(
                    check.label, "verify.zip.between", n=gap, previous=previous, name=entry.name
                )
            else:
                check.note(check.label, "verify.zip.before_first", n=gap, name=entry.name)
        elif entry.header_offset < expected:
            located[index] = attrs.evolve(entry, unreadable=_said("verify.zip.overlap"))
            continue
        located[index], end = _local_header(check, entry, cd_start)
        if end > expected:
            expected, previous = end, entry.name
    if expected < cd_start:
        check.note(check.label, "verify.zip.before_directory", n=cd_start - expected)
    return [located[i] for i in range(len(entries))]


def _local_header(check: _Scan, entry: ZipEntry, cd_start: int) -> tuple[ZipEntry, int]:
    """The entry with its data offset or why it is unreadable, and where it ends."""
    header = check.read_at(entry.header_offset, _LOCAL.size)
    if len(header) < _LOCAL.size or header[:4] != b"PK\x03\x04":
        return attrs.evolve(entry, unreadable=_said("verify.zip.local_missing")), (
            entry.header_offset
        )
    (_, _, flags, method, _, _, crc, csize, usize, name_length,
     extra_length) = _LOCAL.unpack(header)  # fmt: skip
    variable = check.read_at(entry.header_offset + _LOCAL.size, name_length + extra_length)
    data_offset = entry.header_offset + _LOCAL.size + name_length + extra_length
    fields = _extra_fields(check, entry.name, variable[name_length:], _LOCAL_WHERE)
    large = _zip64_values(fields.get(0x0001, b""), [usize == _FULL32, csize == _FULL32])
    usize = large[0] if large[0] is not None else usize
    csize = large[1] if large[1] is not None else csize
    # By the id of the message that names the field: what each header says.
    said: dict[str, str | int] = {
        "name": _decode_name(variable[:name_length], flags),
        "flags": flags,
        "method": method,
    }
    if not flags & _DESCRIPTOR or (crc, csize, usize) != (0, 0, 0):
        said.update({"crc": crc, "compressed": csize, "size": usize})
    directory: dict[str, str | int] = {
        "name": entry.name,
        "flags": entry.flags,
        "method": entry.method,
        "crc": entry.crc,
        "compressed": entry.compressed_size,
        "size": entry.file_size,
    }
    for field, value in said.items():
        if value != directory[field]:
            check.note(
                entry.name,
                f"verify.zip.local.{field}",
                value=_shown(field, value),
                expected=_shown(field, directory[field]),
            )
    end = data_offset + entry.compressed_size
    if end > cd_start:
        return attrs.evolve(entry, unreadable=_said("verify.zip.into_directory")), end
    if entry.flags & _DESCRIPTOR:
        end = _data_descriptor(check, entry, end, zip64=0x0001 in fields)
    return attrs.evolve(entry, data_offset=data_offset, unreadable=_unreadable(entry)), end


def _data_descriptor(check: _Scan, entry: ZipEntry, offset: int, *, zip64: bool) -> int:
    width = 8 if zip64 else 4
    data = check.read_at(offset, 4 + 4 + 2 * width)
    signed = data[:4] == b"PK\x07\x08"
    body = data[4:] if signed else data
    if len(body) < 4 + 2 * width:
        check.note(entry.name, "verify.zip.descriptor_missing")
        return offset
    crc = struct.unpack_from("<L", body)[0]
    csize, usize = struct.unpack_from("<2Q" if zip64 else "<2L", body, 4)
    if (crc, csize, usize) != (entry.crc, entry.compressed_size, entry.file_size):
        check.note(entry.name, "verify.zip.descriptor_differs")
    return offset + (4 if signed else 0) + 4 + 2 * width


def _unreadable(entry: ZipEntry) -> str:
    if entry.is_dir:
        if entry.compressed_size or entry.file_size:
            return _said("verify.zip.folder_entry", n=entry.compressed_size)
        return ""
    if entry.flags & _ENCRYPTED or entry.flags & 0x0040 or entry.method == 99:
        return _said("verify.zip.encrypted")
    if entry.method not in (STORED, _DEFLATED):
        name = _METHODS.get(entry.method)
        if name is None:
            return _said("verify.zip.method_unknown", n=entry.method)
        return _said("verify.zip.method", n=entry.method, name=name)
    if entry.flags & ~_KNOWN_FLAGS:
        return _said("verify.zip.flags", flags=f"0x{entry.flags:04x}")
    if entry.method == STORED and entry.compressed_size != entry.file_size:
        return _said("verify.zip.stored_size", n=entry.compressed_size, size=entry.file_size)
    return ""


def _said(id: str, /, **args: str | int) -> str:
    """The message ``id`` in English: what an entry carries as why it is unreadable,
    which ``verify`` recognises against the catalogue to show it in another language."""
    return message(id, **args).render("en")


def _shown(field: str, value: str | int) -> str:
    """A header's value as a finding quotes it: a name in quotes, flags in hexadecimal
    (as the zip specification writes them), any other number as it is."""
    if isinstance(value, str):
        return repr(value)
    return f"0x{value:04x}" if field == "flags" else str(value)
