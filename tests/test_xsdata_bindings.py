"""Bindings generated from the XSD by xsdata keep a memo as it is (docs/xml.md).

xsdata's generator and its round trip run in subprocesses, with time limits:
the generated package is imported there, never into the test process.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import hyvaneuvottelu as hn
from hyvaneuvottelu import examples, schemas

from .xml_samples import every_kind

BIN = Path(sys.executable).parent

# Parses each file named on the command line into the generated bindings and
# writes it back with the serializer settings docs/xml.md gives, one file each.
ROUND_TRIP = """
import sys
from pathlib import Path

from xsdata.formats.dataclass.parsers import XmlParser
from xsdata.formats.dataclass.serializers import XmlSerializer
from xsdata.formats.dataclass.serializers.config import SerializerConfig

from hn_bindings import Negotiation

parser = XmlParser()
config = SerializerConfig(indent="  ", xml_declaration=True, encoding="UTF-8")
serializer = XmlSerializer(config=config)
for name in sys.argv[1:]:
    memo = parser.from_bytes(Path(name).read_bytes(), Negotiation)
    text = serializer.render(memo, ns_map={None: "urn:hyvaneuvottelu:schema:1"})
    Path(name + ".out").write_text(text, encoding="utf-8")
"""


def _run(args: list[str], folder: Path) -> None:
    # xsdata formats what it generates with ruff, which it looks up on PATH.
    env = {**os.environ, "PATH": str(BIN) + os.pathsep + os.environ.get("PATH", "")}
    result = subprocess.run(
        args, cwd=folder, env=env, capture_output=True, text=True, timeout=300, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr


def _round_trip(tmp_path: Path, *options: str) -> list[tuple[bytes, bytes]]:
    """Each memo's XML, and what bindings generated with ``options`` write back."""
    xsdata = shutil.which("xsdata", path=str(BIN))
    if xsdata is None or shutil.which("ruff", path=str(BIN)) is None:
        pytest.skip("xsdata's command line and ruff are not installed (both in the tests group)")
    (tmp_path / schemas.XSD_FILE).write_bytes(schemas.xsd_bytes())
    (tmp_path / schemas.XML_NAMESPACE_XSD_FILE).write_bytes(schemas.xml_namespace_xsd_bytes())
    _run([xsdata, "generate", schemas.XSD_FILE, "--package", "hn_bindings", *options], tmp_path)
    originals = [hn.to_xml(examples.load()), hn.to_xml(every_kind())]
    names = []
    for number, data in enumerate(originals):
        path = tmp_path / f"memo{number}.xml"
        path.write_bytes(data)
        names.append(path.name)
    _run([sys.executable, "-c", ROUND_TRIP, *names], tmp_path)
    return [
        (data, (tmp_path / f"{name}.out").read_bytes())
        for data, name in zip(originals, names, strict=True)
    ]


def test_compound_fields_bindings_write_the_memo_back_byte_for_byte(tmp_path: Path) -> None:
    for original, written in _round_trip(tmp_path, "--compound-fields"):
        assert written == original


def test_default_bindings_reorder_section_content(tmp_path: Path) -> None:
    # Why docs/xml.md asks for --compound-fields: without it, each element of a
    # choice gets its own list, and the memo's order is lost on writing.
    original, written = _round_trip(tmp_path)[0]
    assert written != original
    assert hn.from_xml(written) != examples.load()
    assert sorted(written.splitlines()) == sorted(original.splitlines())
