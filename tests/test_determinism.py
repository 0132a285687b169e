"""Output is the same bytes in every process: JSON, XML, HTML and archive packages.

Writing twice in one process cannot show that output depends on string
hashing (the iteration order of sets and dicts built from sets), the time
zone or the locale; two processes with different ``PYTHONHASHSEED``, ``TZ``
and ``LC_ALL`` can.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from .documents import REPO

#: Writes every output of the library for the examples into the folder argv[1].
WRITER = """
import sys
from pathlib import Path

import hyvaneuvottelu as hn
from hyvaneuvottelu import examples
from hyvaneuvottelu.archive import ContactPerson, TransferSettings, write_package

out = Path(sys.argv[1])
repo = Path(sys.argv[2])
memo = examples.load()
out.joinpath("memo.json").write_bytes(hn.to_json(memo))
out.joinpath("memo-indented.json").write_bytes(hn.to_json(memo, indent=2))
out.joinpath("memo.xml").write_bytes(hn.to_xml(memo))
for language in ("fi", "sv", "en"):
    out.joinpath(f"memo-{language}.html").write_bytes(hn.to_html(memo, lang=language))
completed = hn.from_json(repo.joinpath("examples", "lohja-archive-example.json").read_bytes())
out.joinpath("completed.xml").write_bytes(hn.to_xml(completed))
settings = TransferSettings(
    transfer_contract_id="SOPIMUS-1",
    organisation="Länsi-Uudenmaan hyvinvointialue",
    contact_person=ContactPerson(
        name="Arkistonhoitaja", address="Katu 1", phone="+358 1", email="a@example.invalid"
    ),
)
write_package([completed], out / "package", settings)
write_package([completed], out / "package.zip", settings, zip=True)
"""

#: Two environments as different as a user's machines can be.
ENVIRONMENTS = (
    {"PYTHONHASHSEED": "1", "TZ": "UTC", "LC_ALL": "C.UTF-8"},
    {"PYTHONHASHSEED": "4242", "TZ": "Pacific/Kiritimati", "LC_ALL": "C"},
)


def _write(folder: Path, environment: dict[str, str]) -> dict[str, bytes]:
    folder.mkdir()
    env = {k: v for k, v in os.environ.items() if k != "SOURCE_DATE_EPOCH"} | environment
    done = subprocess.run(
        [sys.executable, "-c", WRITER, str(folder), str(REPO)],
        env=env,
        capture_output=True,
        timeout=180,
        check=False,
    )
    assert done.returncode == 0, done.stderr.decode(errors="replace")
    return {
        str(path.relative_to(folder)): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def test_two_processes_with_other_hash_seeds_time_zones_and_locales_write_the_same_bytes(
    tmp_path: Path,
) -> None:
    first = _write(tmp_path / "a", ENVIRONMENTS[0])
    second = _write(tmp_path / "b", ENVIRONMENTS[1])
    assert sorted(first) == sorted(second)
    assert {"memo.json", "memo.xml", "memo-fi.html", "package.zip"} <= set(first)
    assert any(name.startswith("package/") for name in first)
    assert [name for name in first if first[name] != second[name]] == []
