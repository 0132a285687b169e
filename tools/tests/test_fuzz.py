"""The fuzzer's mutations, its finding files and its reproducer."""

from __future__ import annotations

import json
import random
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from tools import fuzz
from tools._fuzz_inputs import MAX_INPUT, mutate_bytes, mutate_json, mutate_xml, mutate_zip
from tools._fuzz_targets import TARGETS

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "lohja-archive-example.json"


@pytest.mark.parametrize(
    ("mutate", "target"),
    [
        (mutate_bytes, "from_json"),
        (mutate_json, "from_json"),
        (mutate_xml, "from_xml"),
        (mutate_zip, "verify"),
    ],
)
def test_mutations_are_bounded_and_repeat_with_their_seed(
    mutate: Callable[[random.Random, bytes, bytes], bytes], target: str
) -> None:
    seed = TARGETS[target].seeds()[0]
    first = [mutate(random.Random(n), seed, seed) for n in range(30)]
    again = [mutate(random.Random(n), seed, seed) for n in range(30)]
    assert first == again
    assert all(len(data) <= MAX_INPUT for data in first)
    assert sum(data != seed for data in first) >= 25


def test_a_finding_is_saved_once_with_its_reproducer(tmp_path: Path) -> None:
    saved = fuzz.save_finding(tmp_path, "check", "exception", "ValueError at x.py:1", b"{}", "tb")
    assert saved is not None
    assert saved.read_bytes() == b"{}"
    text = saved.with_suffix(".txt").read_text(encoding="utf-8")
    assert f"reproduce: python -m tools.fuzz check --reproduce {saved}\n" in text
    assert (
        fuzz.save_finding(tmp_path, "check", "exception", "ValueError at x.py:1", b"[]", "") is None
    )


def test_reproducing_an_input_the_oracle_allows() -> None:
    # In a subprocess: reproducing limits the address space of its process.
    done = subprocess.run(
        [sys.executable, "-m", "tools.fuzz", "from_json", "--reproduce", str(EXAMPLE)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("no finding: the oracle holds (")


def test_the_readers_may_refuse_with_a_document_error() -> None:
    TARGETS["from_json"].run(b"{")
    TARGETS["from_xml"].run(b"<")
    TARGETS["check"].run(b"[]")


def test_json_mutations_never_break_on_their_own_donor() -> None:
    # A donor value grafted into the document is a copy: mutating the document later must not
    # change the donor document whose paths were listed before. These seeds broke it (a cycle:
    # RecursionError; a path gone: TypeError, KeyError) and stopped the fuzzer's worker.
    document = b'{"a": {"b": {"c": 1}}, "d": [1, {"e": 2}]}'
    for n in (544, 3169, 4254):
        assert json.loads(mutate_json(random.Random(n), document, document)) != json.loads(document)
