"""Input mutations for the fuzzer: bytes, JSON documents, XML documents, zip packages.

Every mutation takes a :class:`random.Random` and returns new bytes no larger
than :data:`MAX_INPUT`, so that a fuzz input never becomes a memory test of
the fuzzer itself.
"""

from __future__ import annotations

import copy
import io
import json
import random
import warnings
import zipfile
from collections.abc import Callable
from typing import Any

from lxml import etree

__all__ = [
    "INTERESTING_NUMBERS",
    "INTERESTING_STRINGS",
    "MAX_INPUT",
    "mutate_bytes",
    "mutate_json",
    "mutate_xml",
    "mutate_zip",
]

#: The largest input the fuzzer builds, in bytes.
MAX_INPUT = 1024 * 1024

INTERESTING_STRINGS: tuple[str, ...] = (
    "",
    " ",
    "444\u001e",
    "\u001c12\u001f",
    "  444  ",
    "0444",
    "٤٤٤",  # Arabic-Indic digits: int() accepts them
    "４４４",  # full-width digits
    "1e309",
    "-0",
    "\x00",
    "\x1b[2J\x1b[32mALL GOOD\x1b[0m",
    "\ud800",
    "\udfff",
    "\ufeff",
    "\u202e",
    "a\r\nb",
    "\t",
    "NaN",
    "2025-02-30",
    "2025-13-01",
    "0000-01-01",
    "9999-12-31T23:59:60+14:00",
    "2025-01-01T00:00:00.123456+05:30:07",
    "2025-01-01T12:00:00",
    "24:00:00",
    "611/2021",
    "14 §",
    "1234567-1",
    "0000000-0",
    "01",
    "90",
    "91",
    "2021-2025",
    "2025-2021",
    "x" * 70_000,
    "../../etc/passwd",
    "<script>alert(1)</script>",
    "&amp;&lt;",
    "]]>",
    "ä" * 3,
    "A\u030a",
)
INTERESTING_NUMBERS: tuple[int | float, ...] = (
    0,
    -1,
    1,
    2**31,
    2**63,
    -(2**63),
    1.5,
    -0.0,
    1e308,
)


def _cap(data: bytes) -> bytes:
    return data[:MAX_INPUT]


# -- bytes ----------------------------------------------------------------------------------


def _flip(rng: random.Random, data: bytearray, _: bytes) -> None:
    if data:
        data[rng.randrange(len(data))] ^= 1 << rng.randrange(8)


def _set_byte(rng: random.Random, data: bytearray, _: bytes) -> None:
    if data:
        data[rng.randrange(len(data))] = rng.choice(b"\x00\x01\x7f\x80\xff\"'<>&{}[],:\\")


def _insert(rng: random.Random, data: bytearray, _: bytes) -> None:
    where = rng.randrange(len(data) + 1)
    data[where:where] = rng.randbytes(rng.randint(1, 16))


def _delete(rng: random.Random, data: bytearray, _: bytes) -> None:
    if data:
        start = rng.randrange(len(data))
        del data[start : start + rng.randint(1, 64)]


def _splice(rng: random.Random, data: bytearray, other: bytes) -> None:
    if other:
        start = rng.randrange(len(other))
        chunk = other[start : start + rng.randint(1, 256)]
        where = rng.randrange(len(data) + 1)
        data[where:where] = chunk


def _repeat(rng: random.Random, data: bytearray, _: bytes) -> None:
    if data:
        start = rng.randrange(len(data))
        chunk = data[start : start + rng.randint(1, 64)]
        where = rng.randrange(len(data) + 1)
        data[where:where] = chunk * rng.choice((2, 10, 1000, 100_000))


_BYTE_MUTATIONS: tuple[Callable[[random.Random, bytearray, bytes], None], ...] = (
    _flip,
    _set_byte,
    _insert,
    _delete,
    _splice,
    _repeat,
)


def mutate_bytes(rng: random.Random, data: bytes, other: bytes = b"") -> bytes:
    """One to four byte-level changes: flip, set, insert, delete, splice from ``other``, repeat."""
    buffer = bytearray(data)
    for _ in range(rng.randint(1, 4)):
        rng.choice(_BYTE_MUTATIONS)(rng, buffer, other)
        if len(buffer) > MAX_INPUT:
            break
    return _cap(bytes(buffer))


# -- JSON -----------------------------------------------------------------------------------

_Path = list[str | int]
#: Stands for a deeply nested array, spliced into the text (json.dumps would recurse).
_DEEP = "\u0000deep\u0000"
#: Stands for an integer of thousands of digits (json.dumps refuses more than 4,300).
_HUGE = "\u0000huge\u0000"


def _json_paths(node: Any, path: _Path, found: list[_Path]) -> None:
    found.append(path)
    if isinstance(node, dict):
        for key, value in node.items():
            _json_paths(value, [*path, key], found)
    elif isinstance(node, list):
        for index, value in enumerate(node):
            _json_paths(value, [*path, index], found)


def _get(document: Any, path: _Path) -> Any:
    for step in path:
        document = document[step]
    return document


def _interesting_value(rng: random.Random, donor: Any) -> Any:
    choice = rng.randrange(9)
    if choice < 3:
        return rng.choice(INTERESTING_STRINGS)
    if choice < 5:
        return rng.choice((*INTERESTING_NUMBERS, _HUGE))
    if choice == 5:
        return rng.choice((None, True, False, [], {}, [None], {"": None}))
    if choice == 6:
        return donor
    if choice == 7:
        return _DEEP
    size = len(json.dumps(donor))
    return [donor] * max(2, min(rng.choice((2, 100, 10_000)), MAX_INPUT // 2 // max(size, 1)))


def mutate_json(rng: random.Random, data: bytes, other: bytes = b"") -> bytes:
    """A change of the parsed document: a value replaced, a key dropped or renamed, an item
    repeated.

    Falls back to :func:`mutate_bytes` when ``data`` is not JSON.
    """
    try:
        document = json.loads(data)
        donor_document = json.loads(other) if other else document
    except (ValueError, RecursionError):
        return mutate_bytes(rng, data, other)
    donors: list[_Path] = []
    _json_paths(donor_document, [], donors)
    for _ in range(rng.randint(1, 3)):
        paths: list[_Path] = []
        _json_paths(document, [], paths)
        path = rng.choice(paths)
        # A copy: grafted into the document, the donor's own tree must stay as listed.
        donor = copy.deepcopy(_get(donor_document, rng.choice(donors)))
        if not path:
            document = _interesting_value(rng, donor)
            continue
        parent = _get(document, path[:-1])
        step = path[-1]
        action = rng.randrange(5)
        if action == 0 and isinstance(parent, dict):
            parent.pop(step, None)
        elif action == 1 and isinstance(parent, dict):
            parent[rng.choice((*INTERESTING_STRINGS[:20], "unknownKey", str(step) * 2))] = (
                parent.get(step)
            )
        elif action == 2 and isinstance(parent, list) and isinstance(step, int):
            parent.insert(step, parent[step])
        else:
            try:
                parent[step] = _interesting_value(rng, donor)
            except (IndexError, KeyError, TypeError):
                continue
    try:
        text = json.dumps(document, ensure_ascii=rng.random() < 0.5)
    except (ValueError, RecursionError):
        return mutate_bytes(rng, data, other)
    marker = json.dumps(_DEEP)
    if marker in text:
        depth = min(rng.choice((50, 1000, 100_000)), max(0, (MAX_INPUT - len(text)) // 2))
        text = text.replace(marker, "[" * depth + "0" + "]" * depth, 1).replace(marker, "0")
    marker = json.dumps(_HUGE)
    if marker in text:
        digits = "9" * rng.choice((4301, 5000, 100_000))
        text = text.replace(marker, digits, 3).replace(marker, "0")
    return _cap(text.encode("utf-8", "surrogatepass"))


# -- XML ------------------------------------------------------------------------------------

_HOSTILE_PROLOGUES = (
    b'<!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
    b'<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]>',
    b'<!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>',
    b'<!DOCTYPE r SYSTEM "http://127.0.0.1:9/x.dtd">',
    b'<?xml-stylesheet href="http://127.0.0.1:9/x.xsl"?>',
    b'<?xml version="1.0" encoding="UTF-16"?>',
    b'<?xml version="1.1"?>',
)


def _xml_text(rng: random.Random) -> str:
    text = rng.choice(INTERESTING_STRINGS)
    # lxml refuses to store what XML 1.0 cannot carry; keep what it can.
    return "".join(c for c in text if c in "\t\n\r" or (" " <= c < "\ud800") or c > "\udfff")


def _mutate_tree(rng: random.Random, root: etree._Element, donor: etree._Element) -> None:
    elements = list(root.iter(etree.Element))
    donors = list(donor.iter(etree.Element))
    for _ in range(rng.randint(1, 3)):
        element = rng.choice(elements)
        parent = element.getparent()
        action = rng.randrange(8)
        if action == 0 and parent is not None:
            parent.remove(element)
            elements = list(root.iter(etree.Element))
        elif action == 1 and parent is not None:
            parent.insert(parent.index(element), _copy(element))
        elif action == 2:
            element.text = _xml_text(rng)
        elif action == 3:
            element.set(rng.choice(("unknown", "id", "lang", "{urn:x}a")), _xml_text(rng))
        elif action == 4 and element.attrib:
            name = rng.choice(list(element.attrib))
            element.set(name, _xml_text(rng))
        elif action == 5:
            element.append(_copy(rng.choice(donors)))
        elif action == 6 and len(element):
            children = list(element)
            rng.shuffle(children)
            element[:] = children
        else:
            deep = etree.SubElement(element, element.tag)
            for _depth in range(rng.choice((10, 300, 5000))):
                deep = etree.SubElement(deep, element.tag)
        if len(elements) == 0:
            return


def _copy(element: etree._Element) -> etree._Element:
    return copy.deepcopy(element)


def mutate_xml(rng: random.Random, data: bytes, other: bytes = b"") -> bytes:
    """A change of the parsed tree (an element dropped, doubled, emptied, moved; an attribute
    added or changed), or a hostile prologue. Falls back to bytes when ``data`` is not XML."""
    if rng.random() < 0.05:
        body = data.split(b"?>", 1)[-1] if data.startswith(b"<?xml") else data
        return _cap(rng.choice(_HOSTILE_PROLOGUES) + body)
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    try:
        root = etree.fromstring(data, parser)
        donor = etree.fromstring(other, parser) if other else root
    except etree.XMLSyntaxError:
        return mutate_bytes(rng, data, other)
    _mutate_tree(rng, root, donor)
    return _cap(etree.tostring(root, xml_declaration=True, encoding="UTF-8"))


# -- zip packages ---------------------------------------------------------------------------


def _members(data: bytes) -> list[tuple[zipfile.ZipInfo, bytes]] | None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return [(info, archive.read(info)) for info in archive.infolist()]
    except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError, RuntimeError, EOFError):
        return None


def _zip(members: list[tuple[zipfile.ZipInfo, bytes]]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for info, content in members:
            archive.writestr(info, content)
    return out.getvalue()


def mutate_zip(rng: random.Random, data: bytes, other: bytes = b"") -> bytes:
    """A change of one member (its bytes, or its JSON or XML), a member added, dropped or
    renamed, a flag set; or a byte-level change of the whole zip file."""
    members = _members(data)
    if members is None or rng.random() < 0.2:
        return mutate_bytes(rng, data, other)
    index = rng.randrange(len(members))
    info, content = members[index]
    action = rng.randrange(8)
    if action <= 2:
        mutate = mutate_xml if info.filename.endswith(".xml") else mutate_json
        if action == 2:
            mutate = mutate_bytes
        members[index] = (info, mutate(rng, content, content))
    elif action == 3:
        del members[index]
    elif action == 4:
        clone = zipfile.ZipInfo(
            rng.choice(
                (
                    "case-001/",
                    "x/../../evil",
                    "case-001/memo.dat",
                    info.filename,
                    "case-002/memo.xml",
                    "/abs",
                )
            )
        )
        members.append((clone, rng.choice((b"", content, b"data in a folder entry"))))
    elif action == 5:
        renamed = zipfile.ZipInfo(
            info.filename.upper() if rng.random() < 0.5 else info.filename.replace("xml", "dat"),
            info.date_time,
        )
        members[index] = (renamed, content)
    elif action == 6:
        info.flag_bits |= rng.choice((0x1, 0x8, 0x40))
        info.compress_type = rng.choice((zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED))
    else:
        payload = rng.choice((b"0" * 1_000_000, content * 50))
        members.append((zipfile.ZipInfo(f"case-001/extra-{rng.randrange(100)}.xml"), payload))
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # duplicate names are one of the mutations
            result = _zip(members)
    except (ValueError, OSError, zipfile.BadZipFile):
        return mutate_bytes(rng, data, other)
    if action == 6 and rng.random() < 0.5:
        # Set the compression method to one zipfile cannot read, in the local and central headers.
        method = rng.choice((1, 6, 97, 99)).to_bytes(2, "little")
        buffer = bytearray(result)
        for signature, offset in ((b"PK\x03\x04", 8), (b"PK\x01\x02", 10)):
            at = buffer.find(signature)
            if at >= 0:
                buffer[at + offset : at + offset + 2] = method
        result = bytes(buffer)
    return _cap(result)
