"""XML write and read: hyvaneuvottelu against xsdata bindings and against lxml alone.

Run: ``python -m benchmarks.bench_xml`` (needs the ``benchmark`` extra, with
xsdata's command line: ``pip install -e '.[benchmark]' 'xsdata[cli]'``).

The xsdata bindings are generated at run time, from the project's own XSD,
into a temporary folder (``xsdata generate --compound-fields``, which keeps the
order of mixed content and outcomes). The floor is lxml alone: parse, or
serialize a parsed tree. The issue's targets: both directions at least 10x
faster than xsdata; reading (hardened parse, XSD validation and mapping) at
most 3x ``from_json`` on the same memo.
"""

from __future__ import annotations

import importlib
import importlib.metadata
import os
import platform
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from lxml import etree
from xsdata.formats.dataclass.parsers import XmlParser
from xsdata.formats.dataclass.parsers.handlers import LxmlEventHandler
from xsdata.formats.dataclass.serializers import XmlSerializer
from xsdata.formats.dataclass.serializers.config import SerializerConfig

import hyvaneuvottelu as hn
from hyvaneuvottelu import examples, schemas
from hyvaneuvottelu.xmlformat import xml_schema
from hyvaneuvottelu.xmlformat._parse import parse

from ._timing import best_of, row
from .large import large_negotiation


def _bindings(folder: Path) -> Any:
    """The xsdata dataclass for ``<negotiation>``, generated from the XSD into ``folder``."""
    # The XSD imports the xml.xsd published beside it.
    (folder / schemas.XSD_FILE).write_bytes(schemas.xsd_bytes())
    (folder / schemas.XML_NAMESPACE_XSD_FILE).write_bytes(schemas.xml_namespace_xsd_bytes())
    bin_dir = str(Path(sys.executable).parent)
    env = {**os.environ, "PATH": bin_dir + os.pathsep + os.environ.get("PATH", "")}
    subprocess.run(
        [
            str(Path(bin_dir) / "xsdata"),
            "generate",
            "hyvaneuvottelu.xsd",
            "--package",
            "hn_bindings",
            "--compound-fields",
        ],
        cwd=folder,
        env=env,
        check=True,
        capture_output=True,
    )
    sys.path.insert(0, str(folder))
    return importlib.import_module("hn_bindings").Negotiation


def _case(
    title: str,
    negotiation: hn.Negotiation,
    binding: Any,
    peer_parser: XmlParser,
    peer_serializer: XmlSerializer,
) -> str:
    """Print the timings of one memo; return its summary line."""
    data = hn.to_xml(negotiation)
    json_data = hn.to_json(negotiation)
    peer_object = peer_parser.from_bytes(data, binding)
    # The peer reads and writes the same memo, order included.
    assert hn.from_xml(peer_serializer.render(peer_object).encode()) == negotiation
    tree = etree.fromstring(data)

    print(f"\n{title}: {len(data):,} bytes of XML, {len(json_data):,} bytes of JSON")
    write_peer = best_of(lambda: peer_serializer.render(peer_object))
    write_ours = best_of(lambda: hn.to_xml(negotiation))
    write_floor = best_of(lambda: etree.tostring(tree, encoding="UTF-8"))
    print("write")
    print(row("xsdata XmlSerializer.render", write_peer))
    print(row("hyvaneuvottelu.to_xml", write_ours, write_peer, "of xsdata"))
    print(row("lxml tostring of a parsed tree (floor)", write_floor, write_ours, "of ours"))

    read_peer = best_of(lambda: peer_parser.from_bytes(data, binding))
    read_ours = best_of(lambda: hn.from_xml(data))
    read_checked = best_of(lambda: parse(data, max_bytes=1 << 30, max_depth=100))
    schema = xml_schema()
    read_schema = best_of(lambda: schema.validate(tree))
    read_floor = best_of(lambda: etree.fromstring(data))
    read_json = best_of(lambda: hn.from_json(json_data))
    print("read")
    print(row("xsdata XmlParser.from_bytes (lxml events)", read_peer))
    print(row("hyvaneuvottelu.from_xml", read_ours, read_peer, "of xsdata"))
    print(row("  of which hardened parse + checks + XSD", read_checked, read_ours, "of ours"))
    print(row("  of which XSD validation alone", read_schema, read_ours, "of ours"))
    print(row("lxml fromstring alone (floor)", read_floor, read_ours, "of ours"))
    print(row("hyvaneuvottelu.from_json", read_json))
    print(row("hyvaneuvottelu.from_xml", read_ours, read_json, "of from_json"))
    return (
        f"  {title}: write {write_peer / write_ours:.1f}x faster than xsdata, "
        f"read {read_peer / read_ours:.1f}x faster than xsdata, "
        f"read {read_ours / read_json:.2f}x from_json"
    )


def main() -> None:
    print(
        f"Python {platform.python_version()}, hyvaneuvottelu {hn.__version__}, "
        f"lxml {etree.__version__}, xsdata {importlib.metadata.version('xsdata')}"
    )
    with tempfile.TemporaryDirectory() as folder:
        binding = _bindings(Path(folder))
        peer_parser = XmlParser(handler=LxmlEventHandler)
        peer_serializer = XmlSerializer(config=SerializerConfig(indent="  "))
        cases = {
            "example memo": examples.load(),
            "large memo (200 sections, 200 outcomes)": large_negotiation(),
        }
        summary = [
            _case(title, negotiation, binding, peer_parser, peer_serializer)
            for title, negotiation in cases.items()
        ]
        print("\nsummary (targets: >= 10x faster than xsdata both ways; read <= 3x from_json)")
        print("\n".join(summary))


if __name__ == "__main__":
    main()
