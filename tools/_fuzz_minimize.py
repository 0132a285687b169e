"""Shrinking a saved fuzz input while it keeps its finding (the same signature).

Structure first (JSON members and items, XML elements and attributes, zip
members), then bytes; each candidate runs in this process, so this is for
exceptions and oracle findings, not for hangs or dead workers.
"""

from __future__ import annotations

import io
import json
import signal
import time
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from types import FrameType
from typing import Any

from lxml import etree

__all__ = ["minimize"]

_BUDGET_SECONDS = 180.0
_CANDIDATE_SECONDS = 10


class _SlowError(Exception):
    pass


def _alarm(_signum: int, _frame: FrameType | None) -> None:
    raise _SlowError


def _json_candidates(data: bytes) -> Iterator[bytes]:
    try:
        document = json.loads(data)
    except (ValueError, RecursionError):
        return
    holders: list[Any] = []

    def walk(node: Any) -> None:
        if isinstance(node, dict | list):
            holders.append(node)
            for value in node.values() if isinstance(node, dict) else node:
                walk(value)

    walk(document)
    for holder in holders:
        keys: list[Any] = list(holder) if isinstance(holder, dict) else list(range(len(holder)))
        for key in reversed(keys):
            saved = holder[key]
            del holder[key]
            yield json.dumps(document, ensure_ascii=False).encode("utf-8", "surrogatepass")
            if isinstance(holder, dict):
                holder[key] = saved
            else:
                holder.insert(key, saved)


def _xml_candidates(data: bytes) -> Iterator[bytes]:
    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError:
        return
    for element in list(root.iter(etree.Element)):
        parent = element.getparent()
        if parent is not None:
            index = parent.index(element)
            parent.remove(element)
            yield etree.tostring(root, xml_declaration=True, encoding="UTF-8")
            parent.insert(index, element)
        for name in list(element.attrib):
            value = element.attrib.pop(name)
            yield etree.tostring(root, xml_declaration=True, encoding="UTF-8")
            element.set(name, value)


def _zip_candidates(data: bytes) -> Iterator[bytes]:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = [(info, archive.read(info)) for info in archive.infolist()]
    except Exception:  # noqa: BLE001 -- not a readable zip: nothing to try here
        return
    for skip in range(len(members)):
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
            for index, (info, content) in enumerate(members):
                if index != skip:
                    archive.writestr(info, content)
        yield out.getvalue()


def _byte_candidates(data: bytes) -> Iterator[bytes]:
    size = len(data) // 2
    while size >= 1:
        for start in range(0, len(data), size):
            yield data[:start] + data[start + size :]
        size //= 2


def minimize(target_name: str, path: Path, memory_mib: int) -> int:
    from ._fuzz_targets import TARGETS
    from .fuzz import _limit_memory, _signature

    _limit_memory(memory_mib)()
    run = TARGETS[target_name].run
    signal.signal(signal.SIGALRM, _alarm)

    def finding(data: bytes) -> str | None:
        signal.alarm(_CANDIDATE_SECONDS)
        try:
            run(data)
        except _SlowError:
            return None
        except Exception as error:  # noqa: BLE001 -- the finding being kept
            return _signature(error)
        finally:
            signal.alarm(0)
        return None

    data = path.read_bytes()
    wanted = finding(data)
    if wanted is None:
        print("no finding with this input: nothing to minimize")
        return 1
    print(f"keeping: {wanted}; {len(data)} bytes")
    deadline = time.monotonic() + _BUDGET_SECONDS
    strategies: tuple[Callable[[bytes], Iterator[bytes]], ...] = (
        _zip_candidates,
        _json_candidates,
        _xml_candidates,
        _byte_candidates,
    )
    progress = True
    while progress and time.monotonic() < deadline:
        progress = False
        for strategy in strategies:
            for candidate in strategy(data):
                if time.monotonic() > deadline:
                    break
                if len(candidate) < len(data) and finding(candidate) == wanted:
                    data = candidate
                    progress = True
                    break
            if progress:
                break
    out = path.with_suffix(".min.bin")
    out.write_bytes(data)
    print(f"minimized to {len(data)} bytes: {out}")
    return 0
