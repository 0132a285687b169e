"""Many distinct memos ready for the archive: the completed example, numbered.

Each copy differs in its record identifier and case id, which a transfer
requires to be unique; everything else is the completed example.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from hyvaneuvottelu import Negotiation, from_json
from hyvaneuvottelu.archive import SETTINGS_FILE

from .archive_support import COMPLETED_EXAMPLE, EXAMPLES


def numbered_document(number: int) -> dict[str, Any]:
    """The completed example's JSON document as memo ``number``."""
    document: dict[str, Any] = json.loads(COMPLETED_EXAMPLE.read_bytes())
    document["record"]["identifier"] = f"ESIMERKKI-LUHA-2025-{number:04d}"
    document["record"]["caseId"] = f"ESIMERKKI-{number}/00.01.02/2025"
    return document


def numbered_memos(count: int) -> Iterator[Negotiation]:
    """``count`` memos, each read afresh from its own bytes (no shared objects)."""
    for number in range(1, count + 1):
        yield from_json(json.dumps(numbered_document(number), ensure_ascii=False).encode())


def write_numbered_memos(folder: Path, count: int) -> list[Path]:
    """``count`` memo files in ``folder``, with the example's settings file beside them."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for number in range(1, count + 1):
        path = folder / f"memo-{number:04d}.json"
        path.write_text(json.dumps(numbered_document(number), ensure_ascii=False), "utf-8")
        paths.append(path)
    shutil.copy(EXAMPLES / SETTINGS_FILE, folder / SETTINGS_FILE)
    return paths
