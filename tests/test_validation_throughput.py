"""What validating thousands of files costs beyond reading and checking them: few
system calls for each file, and the same results and output as before."""

from __future__ import annotations

import io
import json
from typing import TYPE_CHECKING, Any

import pytest

from hyvaneuvottelu.cli._validate import _Tally, _write_json
from hyvaneuvottelu.rules import Profile, Report
from hyvaneuvottelu.validation import FileResult

if TYPE_CHECKING:
    from _typeshed import ReadableBuffer


class _Counted(io.BytesIO):
    """The byte buffer of standard output, counting its writes (each a system call)."""

    writes = 0

    def write(self, data: ReadableBuffer, /) -> int:
        self.writes += 1
        return super().write(data)


def test_json_output_of_many_files_is_written_in_a_few_pieces_and_whole() -> None:
    results = [
        FileResult(file=f"memo-{n:04d}.json", report=Report(profile=Profile.DRAFT))
        for n in range(3000)
    ]
    buffer = _Counted()
    tally = _Tally()
    stdout = io.TextIOWrapper(buffer, encoding="utf-8")
    _write_json(iter(results), "en", tally, stdout)
    written = buffer.getvalue().decode("utf-8")
    assert json.loads(written) == [
        {"file": f"memo-{n:04d}.json", "valid": True, "findings": []} for n in range(3000)
    ]
    assert written.startswith('[\n{"file": "memo-0000.json", "valid": true, "findings": []},\n')
    assert written.endswith('{"file": "memo-2999.json", "valid": true, "findings": []}\n]\n')
    # 3000 entries of 57 characters, 2999 ",\n" between them, "[\n" and "\n]\n":
    # 173 KiB, written in three pieces of about 64 KiB, not in one for each file.
    assert (len(written), buffer.writes, tally.files) == (177_003, 3, 3000)
    stdout.close()


def test_json_output_makes_no_encoder_for_each_file(monkeypatch: pytest.MonkeyPatch) -> None:
    results = [
        FileResult(file=f"memo-{n:04d}.json", report=Report(profile=Profile.DRAFT))
        for n in range(100)
    ]
    made: list[None] = []
    init = json.JSONEncoder.__init__

    def counted(self: json.JSONEncoder, **options: Any) -> None:
        made.append(None)
        init(self, **options)

    monkeypatch.setattr(json.JSONEncoder, "__init__", counted)
    out = io.StringIO()
    tally = _Tally()
    _write_json(iter(results), "en", tally, out)
    assert made == []
    assert out.getvalue().count('"valid": true') == tally.files == 100
