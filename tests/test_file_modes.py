"""File modes: memos and schemas for their owner only, archive packages for all; the umask obeyed."""

from __future__ import annotations

import io
import os
import stat
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from hyvaneuvottelu import _files as files_module
from hyvaneuvottelu._files import current_umask, write_atomic
from hyvaneuvottelu.cli import main

from .archive_support import COMPLETED_EXAMPLE, EXAMPLES


@pytest.fixture
def umask(request: pytest.FixtureRequest) -> Iterator[int]:
    """Run the test under the umask given as the parameter, then put the old one back."""
    mask: int = request.param
    old = os.umask(mask)
    try:
        yield mask
    finally:
        os.umask(old)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.parametrize("umask", [0o000, 0o022, 0o077, 0o277], indirect=True)
def test_current_umask_reads_the_umask_and_leaves_it(umask: int) -> None:
    assert current_umask() == umask
    assert current_umask() == umask


@pytest.mark.skipif(not os.path.exists("/proc/self/status"), reason="no /proc/self/status here")
def test_current_umask_is_read_without_setting_it_where_the_system_shows_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Setting the umask and putting it back is seen by every thread meanwhile.
    expected = os.umask(0o022)
    os.umask(expected)

    def refuse(_mask: int) -> int:
        raise AssertionError("the umask was set")

    monkeypatch.setattr(os, "umask", refuse)
    assert current_umask() == expected


def test_current_umask_reads_a_status_whose_process_name_is_not_ascii(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The process's name, first in the status, is whatever it was started as.
    status = b"Name:\tty\xc3\xb6kalu\nUmask:\t0027\nState:\tR (running)\n"

    def fake_open(name: str, *, encoding: str, errors: str) -> io.TextIOWrapper:
        assert name == "/proc/self/status"
        return io.TextIOWrapper(io.BytesIO(status), encoding=encoding, errors=errors)

    def refuse(_mask: int) -> int:
        raise AssertionError("the umask was set")

    monkeypatch.setattr(files_module, "open", fake_open, raising=False)
    monkeypatch.setattr(os, "umask", refuse)
    assert current_umask() == 0o027


@pytest.mark.parametrize("umask", [0o000, 0o022, 0o277], indirect=True)
def test_without_a_status_to_read_the_umask_is_set_owner_only_for_an_instant_and_put_back(
    umask: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_status(name: str, **_options: str) -> io.TextIOWrapper:
        raise FileNotFoundError(2, "No such file or directory", name)

    real_umask = os.umask
    set_to: list[int] = []

    def recording(mask: int) -> int:
        set_to.append(mask)
        return real_umask(mask)

    monkeypatch.setattr(files_module, "open", no_status, raising=False)
    monkeypatch.setattr(os, "umask", recording)
    assert current_umask() == umask
    # Meanwhile a file another thread creates is its owner's alone.
    assert set_to == [0o077, umask]
    monkeypatch.undo()
    assert os.umask(umask) == umask


@pytest.mark.parametrize(
    ("umask", "expected"), [(0o000, 0o600), (0o022, 0o600), (0o277, 0o400)], indirect=["umask"]
)
def test_convert_writes_owner_only_less_the_umask(
    umask: int, expected: int, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "memo.xml"
    assert main(["convert", str(COMPLETED_EXAMPLE), str(out)]) == 0
    assert mode(out) == expected
    # Replacing a file gives the new one the same mode, not the old one's.
    out.chmod(0o666)
    assert main(["convert", str(COMPLETED_EXAMPLE), str(out), "--force"]) == 0
    assert mode(out) == expected


@pytest.mark.parametrize(
    ("umask", "expected"), [(0o000, 0o600), (0o022, 0o600), (0o277, 0o400)], indirect=["umask"]
)
@pytest.mark.parametrize("xsd", [False, True])
def test_schema_writes_owner_only_less_the_umask(
    umask: int, expected: int, xsd: bool, tmp_path: Path
) -> None:
    out = tmp_path / ("memo.xsd" if xsd else "memo.schema.json")
    assert main(["schema", *(["--xsd"] if xsd else []), str(out)]) == 0
    written = sorted(tmp_path.iterdir())
    assert [mode(p) for p in written] == [expected] * len(written)


@pytest.mark.parametrize(
    ("umask", "files", "folders"),
    [(0o000, 0o644, 0o755), (0o022, 0o644, 0o755), (0o027, 0o640, 0o750), (0o077, 0o600, 0o700)],
    indirect=["umask"],
)
def test_archive_writes_readable_by_all_less_the_umask(
    umask: int, files: int, folders: int, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder, archive = tmp_path / "p", tmp_path / "p.zip"
    settings = str(EXAMPLES / "archive-settings.json")
    args = [str(COMPLETED_EXAMPLE), "--settings", settings]
    assert main(["archive", *args, "--out", str(folder)]) == 0
    assert main(["archive", *args, "--out", str(archive), "--zip"]) == 0
    everything = [folder, *folder.rglob("*")]
    assert {p.name: mode(p) for p in everything if p.is_file()} == {
        p.name: files for p in everything if p.is_file()
    }
    assert [mode(p) for p in everything if p.is_dir()] == [folders] * sum(
        p.is_dir() for p in everything
    )
    assert mode(archive) == files
    # The zip's own entries say 0644 whatever the umask: the bytes are the same everywhere.
    with zipfile.ZipFile(archive) as opened:
        assert {i.external_attr >> 16 for i in opened.infolist()} == {0o100644}


@pytest.mark.parametrize("umask", [0o022], indirect=True)
def test_write_atomic_takes_a_mode(umask: int, tmp_path: Path) -> None:
    out = tmp_path / "x"
    write_atomic(out, b"x", mode=0o666)
    assert mode(out) == 0o644


@pytest.mark.parametrize(
    ("umask", "expected"), [(0o000, 0o600), (0o277, 0o400)], indirect=["umask"]
)
def test_new_and_import_write_owner_only_less_the_umask(
    umask: int, expected: int, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    memo = tmp_path / "muistio.json"
    assert main(["new", "--out", str(memo)]) == 0
    source = tmp_path / "vanha.txt"
    source.write_text("Neuvottelumuistio\n\n1. Avaus\nPuheenjohtaja avasi kokouksen.\n", "utf-8")
    assert main(["import", str(source), "--out", str(tmp_path / "drafts")]) == 1  # a partial draft
    assert [mode(memo), mode(tmp_path / "drafts" / "vanha.json")] == [expected, expected]
