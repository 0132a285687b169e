"""The manifest: canonical JSON of every file's SHA-256 and size."""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable
from datetime import UTC, datetime, timedelta, timezone

import pytest

from hyvaneuvottelu.archive._contents import PackageFile
from hyvaneuvottelu.archive._manifest import Manifest, ManifestError, build_manifest

CREATED = datetime(2025, 2, 5, 10, 0, tzinfo=timezone(timedelta(hours=2)))


def manifest() -> Manifest:
    files = [PackageFile(path="b/x.xml", data=b"<x/>"), PackageFile(path="a.txt", data=b"")]
    return build_manifest(files, CREATED)


def test_entries_are_sorted_with_size_and_sha256() -> None:
    entries = manifest().entries
    assert [e.path for e in entries] == ["a.txt", "b/x.xml"]
    assert entries[1].size == 4
    assert entries[1].sha256 == hashlib.sha256(b"<x/>").hexdigest()


def test_render_is_canonical_json_in_utc() -> None:
    data = manifest().render()
    document = json.loads(data)
    assert document["created"] == "2025-02-05T08:00:00Z"
    assert document["algorithm"] == "SHA-256"
    assert data.endswith(b"}\n")


def test_parse_round_trips() -> None:
    original = manifest()
    parsed = Manifest.parse(original.render())
    assert parsed.entries == original.entries
    assert parsed.created == CREATED.astimezone(UTC)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d.replace(b'"size": 4', b'"size":  4'), "not in the canonical form"),
        (lambda d: d.replace(b"SHA-256", b"SHA-512"), 'expected algorithm "SHA-256"'),
        (lambda d: d.replace(b'"version": 1', b'"version": 2'), "not a manifest of format"),
        (lambda d: d.replace(b'"files"', b'"filez"'), 'expected "files" (a list)'),
        (lambda d: d.replace(b"08:00:00Z", b"08:00:00"), '"created": expected a UTC time'),
        (lambda d: d[:-3], "not a JSON document"),
        (lambda d: d.replace(b'"sha256": "e', b'"sha256": "E'), "64 lower-case hex digits"),
    ],
)
def test_a_changed_manifest_is_refused(change: Callable[[bytes], bytes], message: str) -> None:
    data = change(manifest().render())
    with pytest.raises(ManifestError, match=re.escape(message)):
        Manifest.parse(data)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (
            b"[" * 100_000 + b"]" * 100_000,
            "expected JSON nested 3 deep (a manifest), found JSON nested deeper than the "
            "reader follows",
        ),
        (
            b'{"size": ' + b"9" * 5000 + b"}",
            "expected an integer of at most 20 digits, found one of 5000 digits",
        ),
        (b'{"size": 1.5}', "expected whole numbers only, found 1.5"),
        (b'{"size": NaN}', "expected whole numbers only, found NaN"),
        (b" " * (4 * 1024 * 1024 + 1), "4194305 bytes; a manifest holds at most 4194304 bytes"),
    ],
    ids=["deep", "long-integer", "float", "nan", "large"],
)
def test_hostile_json_is_a_manifest_error_with_bounded_work(data: bytes, message: str) -> None:
    with pytest.raises(ManifestError) as caught:
        Manifest.parse(data)
    assert str(caught.value) == message


def test_a_negative_size_or_a_hash_with_a_newline_is_refused() -> None:
    document = json.loads(manifest().render())
    document["files"][0]["size"] = -1
    data = (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode()
    with pytest.raises(ManifestError, match=re.escape('"a.txt": expected a size of 0 bytes')):
        Manifest.parse(data)
    document["files"][0]["size"] = 0
    document["files"][0]["sha256"] += "\n"
    data = (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode()
    with pytest.raises(ManifestError, match="64 lower-case hex digits"):
        Manifest.parse(data)
