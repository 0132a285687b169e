"""Work every worker would do for itself is done once, before the workers are forked."""

from __future__ import annotations

import multiprocessing
import os
from pathlib import Path

import pytest

from hyvaneuvottelu import _pool, validation
from hyvaneuvottelu.collection import _read as reading
from hyvaneuvottelu.collection import read_memos
from hyvaneuvottelu.jsonformat import _generated
from hyvaneuvottelu.model import Negotiation
from hyvaneuvottelu.rules import Profile
from hyvaneuvottelu.validation import validate_files, walk_memos
from hyvaneuvottelu.xmlformat import _fast

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "lohja-neuvottelumuistio.json"

pytestmark = pytest.mark.skipif(
    multiprocessing.get_start_method() != "fork",
    reason="workers inherit what the parent made only where they are forked",
)


def _pid_of(item: int) -> tuple[int, int]:
    return item, os.getpid()


@pytest.fixture
def two_cpus(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_pool, "available_cpus", lambda: 2)


@pytest.mark.usefixtures("two_cpus")
def test_prepare_runs_once_in_this_process_before_the_workers() -> None:
    calls: list[int] = []
    results = list(
        _pool.map_in_processes(
            _pid_of,
            range(100),
            jobs=2,
            crashed=lambda item, reason: (item, 0),
            prepare=lambda: calls.append(os.getpid()),
        )
    )
    assert calls == [os.getpid()]
    assert [item for item, _ in results] == list(range(100))
    # The items were taken in other processes, after the preparation.
    assert os.getpid() not in {pid for _, pid in results}


def test_prepare_does_not_run_without_workers() -> None:
    calls: list[int] = []
    results = list(
        _pool.map_in_processes(
            _pid_of,
            range(10),
            jobs=1,
            crashed=lambda item, reason: (item, 0),
            prepare=lambda: calls.append(1),
        )
    )
    assert calls == []
    assert results == [(item, os.getpid()) for item in range(10)]


@pytest.mark.usefixtures("two_cpus")
def test_validate_and_read_memos_prepare_the_workers(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for number in range(70):
        (tmp_path / f"m{number:02d}.json").write_bytes(EXAMPLE.read_bytes())
    prepared: list[tuple[str, str | None]] = []
    real = validation._prepare_workers

    def recorded(profile: Profile, sahke2_version: str | None = None) -> None:
        prepared.append((profile.value, sahke2_version))
        real(profile, sahke2_version)

    monkeypatch.setattr(validation, "_prepare_workers", recorded)
    monkeypatch.setattr(reading, "_prepare_workers", recorded)
    results = list(
        validate_files(walk_memos([str(tmp_path)]), "archive", jobs=2, sahke2_version="2011")
    )
    assert len(results) == 70
    assert prepared == [("archive", "2011")]
    entries = list(read_memos([str(tmp_path)], jobs=2))
    assert len(entries) == 70
    assert prepared == [("archive", "2011"), ("draft", None)]


def test_preparing_compiles_the_readers_in_this_process(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_generated, "_compiled", {})
    monkeypatch.setattr(_fast, "_compiled", {})
    validation._prepare_workers(Profile.DRAFT)
    assert Negotiation in _generated._compiled
    assert _fast._compiled
