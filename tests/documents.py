"""Small hand-made documents for tests, and the location of shared material."""

from __future__ import annotations

import copy
import os
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parent.parent
#: Material shared by the project's workplace: the seed memo, reference data,
#: official schemas. Absent in a user's fresh clone.
SHARED = REPO.parent / "shared"

_MINIMAL: dict[str, Any] = {
    "schemaVersion": "1.1",
    "kind": "councilTerm",
    "title": {"fi": "Neuvottelu"},
    "county": {
        "id": "lu",
        "kind": "county",
        "name": {"fi": "Länsi-Uudenmaan hyvinvointialue"},
        "statisticsCode": "03",
    },
    "municipalities": [
        {
            "id": "lohja",
            "kind": "municipality",
            "name": {"fi": "Lohja", "sv": "Lojo"},
            "statisticsCode": "444",
        }
    ],
    "participants": [
        {"id": "jp", "name": "Jussi Patinen", "organisation": "lohja", "leadership": "elected"}
    ],
    "sections": [
        {
            "number": "1",
            "title": {"fi": "Avaus"},
            "kind": "opening",
            "content": [
                {"type": "paragraph", "text": {"fi": "Puheenjohtaja avasi neuvottelun."}},
                {
                    "type": "statement",
                    "speaker": "jp",
                    "points": [{"text": {"fi": "Yhteistyö on kehittynyt."}, "id": "p1"}],
                },
            ],
        }
    ],
    "outcomes": [
        {
            "type": "agreement",
            "id": "tym",
            "title": {"fi": "TYM-sopimus"},
            "status": "pending",
            "sources": [{"section": "1", "point": "p1"}],
        }
    ],
}


def minimal_document() -> dict[str, Any]:
    """A small valid document in canonical key order; a fresh copy each call."""
    return copy.deepcopy(_MINIMAL)


def shared_path(*parts: str) -> Path:
    """A path under the shared folder; skip without it, but fail under CI."""
    path = SHARED.joinpath(*parts)
    if path.exists():
        return path
    reason = f"{path} is absent (it exists beside the project's own checkout only)"
    if os.environ.get("CI") == "true":
        pytest.fail(f"CI=true but {reason}")
    pytest.skip(reason)
