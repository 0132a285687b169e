"""XML write and read: hyvaneuvottelu against xsdata bindings and against lxml alone.

Run: ``python -m benchmarks.bench_xml`` (needs the ``benchmark`` extra, with
xsdata's command line: ``pip install -e '.[benchmark]' 'xsdata[cli]'``).

The xsdata bindings are generated at run time, from the project's own XSD,
into a temporary folder (``xsdata generate --compound-fields``, which keeps the
order of mixed content and outcomes). The floor is lxml alone: parse, or
serialize a parsed tree. CPU times, and medians of three runs of paired
ratios over interleaved batches. The issue's targets: both directions at
least 10x faster than xsdata; ``from_xml`` at most 1.5x its own hardened
parse and XSD validation (the floor it cannot avoid) and at most 4x
``from_json`` on the same memo.

Machine instructions, which the load of a shared machine does not move:
``python -m benchmarks.bench_xml --instructions`` runs ``from_xml`` and its
floor under valgrind's callgrind (about 50x slower: a few minutes), each over
a fixed number of calls counted alone (the import and the first calls are
not), and prints the instructions a call and their ratio. The figures
quoted in ``docs/xml.md`` were counted so.
"""

from __future__ import annotations

import functools
import importlib
import importlib.metadata
import os
import platform
import re
import statistics
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
from hyvaneuvottelu.xmlformat import MAX_BYTES, MAX_DEPTH, xml_schema
from hyvaneuvottelu.xmlformat._parse import parse
from hyvaneuvottelu.xmlformat._parsers import parser as hardened_parser
from hyvaneuvottelu.xmlformat._reader import read_tree

from ._timing import paired_runs, run_ratio, runs_row
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
    write = paired_runs(
        {
            "xsdata XmlSerializer.render": lambda: peer_serializer.render(peer_object),
            "hyvaneuvottelu.to_xml": lambda: hn.to_xml(negotiation),
            "lxml tostring of a parsed tree (floor)": lambda: etree.tostring(
                tree, encoding="UTF-8"
            ),
        }
    )
    print("write (CPU time; ratios: medians of three runs of paired, interleaved batches)")
    print(runs_row(write, "xsdata XmlSerializer.render"))
    print(runs_row(write, "hyvaneuvottelu.to_xml", "xsdata XmlSerializer.render"))
    print(runs_row(write, "lxml tostring of a parsed tree (floor)", "hyvaneuvottelu.to_xml"))

    # The floor as from_xml runs it: its own limits, the same hardened parser
    # and the same compiled schema.
    schema = xml_schema()
    root = parse(data, max_bytes=MAX_BYTES, max_depth=MAX_DEPTH)
    hardened = etree.fromstring(data, hardened_parser())
    read = paired_runs(
        {
            "xsdata XmlParser.from_bytes (lxml events)": lambda: peer_parser.from_bytes(
                data, binding
            ),
            "hyvaneuvottelu.from_xml": lambda: hn.from_xml(data),
            "hardened parse + checks + XSD (the floor)": lambda: parse(
                data, max_bytes=MAX_BYTES, max_depth=MAX_DEPTH
            ),
            "XSD validation alone": lambda: schema.validate(hardened),
            "reading the tree (generated reader)": lambda: read_tree(root),
            "lxml fromstring alone (hardened parser)": lambda: etree.fromstring(
                data, hardened_parser()
            ),
            "hyvaneuvottelu.from_json": lambda: hn.from_json(json_data),
        }
    )
    ours = "hyvaneuvottelu.from_xml"
    floor = "hardened parse + checks + XSD (the floor)"
    print("read")
    print(runs_row(read, "xsdata XmlParser.from_bytes (lxml events)"))
    print(runs_row(read, ours, "xsdata XmlParser.from_bytes (lxml events)"))
    print(runs_row(read, ours, floor, 1.5))
    print(runs_row(read, ours, "hyvaneuvottelu.from_json", 4.0))
    print(runs_row(read, "reading the tree (generated reader)", floor))
    print(runs_row(read, "XSD validation alone", floor))
    print(runs_row(read, "lxml fromstring alone (hardened parser)", floor))
    # Reading the tree right after parsing it costs more than reading one tree
    # again and again (the parse leaves other data in the caches): what from_xml
    # adds to its floor is the reading as users pay it.
    added = statistics.median(
        statistics.median(run[ours]) - statistics.median(run[floor]) for run in read
    )
    print(f"  {'from_xml beyond its floor (reading in place)':<48} {added * 1e3:10.3f} ms")
    writing = run_ratio(write, "hyvaneuvottelu.to_xml", "xsdata XmlSerializer.render")
    return (
        f"  {title}: write {1 / writing:.1f}x faster than xsdata, read "
        f"{1 / run_ratio(read, ours, 'xsdata XmlParser.from_bytes (lxml events)'):.1f}x faster "
        f"than xsdata, read {run_ratio(read, ours, floor):.2f}x its floor and "
        f"{run_ratio(read, ours, 'hyvaneuvottelu.from_json'):.2f}x from_json"
    )


#: Calls counted for each memo under callgrind: enough that a call's share of
#: what runs once (the loop, a first collection) is noise.
_COUNTED_CALLS = {"example": 40, "large": 3}


def _memo(name: str) -> hn.Negotiation:
    return examples.load() if name == "example" else large_negotiation()


def _workload(contender: str, memo: str, calls: int) -> None:
    """Run ``contender`` ``calls`` times inside ``functools.reduce``, the one function
    callgrind is told to count in (``--toggle-collect``): nothing else is counted."""
    data = hn.to_xml(_memo(memo))
    assert hn.from_xml(data) == _memo(memo)

    def from_xml(_: object, __: object) -> object:
        return hn.from_xml(data)

    def floor(_: object, __: object) -> object:
        return parse(data, max_bytes=MAX_BYTES, max_depth=MAX_DEPTH)

    run = from_xml if contender == "from_xml" else floor
    for _ in range(3):  # compiled readers, a parser and a schema made, caches warm
        run(None, None)
    functools.reduce(run, range(calls), None)


def _instructions() -> None:
    """Print the instructions a call of ``from_xml`` and of its floor, counted by callgrind."""
    print(f"Python {platform.python_version()}, lxml {etree.__version__}, callgrind")
    for memo, calls in _COUNTED_CALLS.items():
        counted = {}
        for contender in ("from_xml", "floor"):
            with tempfile.TemporaryDirectory() as folder:
                result = subprocess.run(
                    [
                        "valgrind",
                        "--tool=callgrind",
                        "--collect-atstart=no",
                        "--toggle-collect=functools_reduce",
                        f"--callgrind-out-file={folder}/callgrind.out",
                        sys.executable,
                        "-m",
                        "benchmarks.bench_xml",
                        "--workload",
                        contender,
                        memo,
                        str(calls),
                    ],
                    capture_output=True,
                    text=True,
                    check=True,
                    # The same hashes in every run: sets and dicts then probe alike.
                    env={**os.environ, "PYTHONHASHSEED": "0"},
                )
            collected = re.search(r"Collected : (\d+)", result.stderr)
            if collected is None:
                raise RuntimeError(result.stderr[-2000:])
            counted[contender] = int(collected.group(1)) / calls
        print(
            f"  {memo}: from_xml {counted['from_xml'] / 1e6:.3f} M instructions a call, "
            f"its floor {counted['floor'] / 1e6:.3f} M: "
            f"{counted['from_xml'] / counted['floor']:.3f}x"
        )


def main() -> None:
    if sys.argv[1:2] == ["--workload"]:
        contender, memo, calls = sys.argv[2:5]
        _workload(contender, memo, int(calls))
        return
    if sys.argv[1:] == ["--instructions"]:
        _instructions()
        return
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
        print(
            "\nsummary (targets: >= 10x faster than xsdata both ways; read <= 1.5x its floor, "
            "<= 4x from_json)"
        )
        print("\n".join(summary))


if __name__ == "__main__":
    main()
