"""Both readers list at most MAX_PROBLEMS problems, say so in the same words, and stop looking.

The large hostile documents are read in a child process with a time limit and
a memory limit, so that a regression fails the test instead of the machine.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import hyvaneuvottelu as hn
from hyvaneuvottelu import DocumentError, examples
from hyvaneuvottelu.limits import MAX_PROBLEMS

from .documents import minimal_document

STOPPED = (
    "expected at most 50 problems listed, "
    "found more problems from here on (the reader stopped looking after 50)"
)
VALID_XML = hn.to_xml(examples.load())
ROOT_OPEN = b'<negotiation xmlns="urn:hyvaneuvottelu:schema:1" schemaVersion="1.1"'

#: Reads the file in argv[2] with from_json or from_xml (argv[1]) under a memory
#: limit, and prints the problem messages, the time taken and the peak memory
#: (Linux, where these tests run).
CHILD = """
import json, resource, sys, time
limit = 1536 * 1024 * 1024
resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
import hyvaneuvottelu as hn
data = open(sys.argv[2], "rb").read()
start = time.perf_counter()
try:
    getattr(hn, sys.argv[1])(data)
    messages = []
except hn.DocumentError as exc:
    messages = [p.message for p in exc.problems]
seconds = time.perf_counter() - start
# The peak of this process's own memory (getrusage counts its parent's too).
status = open("/proc/self/status").read()
peak = int(status.split("VmHWM:")[1].split()[0]) // 1024
print(json.dumps({"messages": messages, "seconds": seconds, "peak_mib": peak}))
"""


#: The child limits its memory with setrlimit and reads its peak from /proc.
linux_only = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="the child measures its memory in /proc"
)


def read_in_child(reader: str, data: bytes, folder: Path) -> dict[str, Any]:
    path = folder / "hostile"
    path.write_bytes(data)
    done = subprocess.run(
        [sys.executable, "-c", CHILD, reader, str(path)],
        capture_output=True,
        timeout=60,
        check=True,
    )
    result: dict[str, Any] = json.loads(done.stdout)
    return result


@linux_only
def test_a_million_wrong_items_in_json_stop_at_the_limit(tmp_path: Path) -> None:
    document = minimal_document()
    document["objectives"] = [1] * 1_000_000
    data = json.dumps(document, separators=(",", ":")).encode()
    assert 2_000_000 < len(data) < 2_100_000
    result = read_in_child("from_json", data, tmp_path)
    assert result["messages"] == [
        *(f"/objectives/{i}: expected an object, found the number 1" for i in range(MAX_PROBLEMS)),
        f"/objectives/{MAX_PROBLEMS}: {STOPPED}",
    ]
    # Unbounded, the problems took 1.8 GB here; a walk with a path for each item, 200 MB.
    assert result["peak_mib"] < 150


@linux_only
def test_700000_unknown_attributes_stop_at_the_limit(tmp_path: Path) -> None:
    attributes = b"".join(b' a%d=""' % i for i in range(700_000))
    data = VALID_XML.replace(ROOT_OPEN, ROOT_OPEN + attributes, 1)
    assert 7_000_000 < len(data) < 8_000_000
    result = read_in_child("from_xml", data, tmp_path)
    assert result["messages"] == [
        *(
            f"line 2: /negotiation/@a{i}: expected no attribute a{i}, found the attribute a{i}"
            for i in range(MAX_PROBLEMS)
        ),
        f"line 2: /negotiation/@a{MAX_PROBLEMS}: {STOPPED}",
    ]
    # Unbounded, the errors took 1.2 GB here; the tree of 700,000 attributes is most of this.
    assert result["peak_mib"] < 600


def _topics(items: bytes) -> bytes:
    start = VALID_XML.index(b"  <topics>")
    end = VALID_XML.index(b"  </topics>\n") + len(b"  </topics>\n")
    return VALID_XML[:start] + b"  <topics>" + items + b"</topics>\n" + VALID_XML[end:]


@linux_only
def test_400000_invalid_values_stop_at_the_limit(tmp_path: Path) -> None:
    # Each invalid code is an XSD error whose path libxml2 finds by counting its
    # siblings: unbounded, 20,000 of them took 6.6 s, 400,000 hours.
    data = _topics(b"<topic>x</topic>" * 400_000)
    result = read_in_child("from_xml", data, tmp_path)
    line = VALID_XML[: VALID_XML.index(b"  <topics>")].count(b"\n") + 1
    codes = ", ".join(f'"{topic.value}"' for topic in hn.Topic)
    assert result["messages"] == [
        *(
            f'line {line}: /negotiation/topics/topic[{i + 1}]: expected one of {codes}, found "x"'
            for i in range(MAX_PROBLEMS)
        ),
        f"line {line}: /negotiation/topics/topic[{MAX_PROBLEMS + 1}]: {STOPPED}",
    ]
    assert result["peak_mib"] < 600


@linux_only
def test_as_many_errors_as_a_document_validated_at_once_can_hold_are_all_counted(
    tmp_path: Path,
) -> None:
    # 127 topics of 300 unknown attributes: 39,578 "<" and "=", under the
    # 40,000 of a large document validated as a tree at once, and fewer topics
    # in a row than 10,000,000 // 39,578 rounded down to a power of two (128).
    # Each of the 38,100 errors has its path found among 127 siblings.
    attributes = b"".join(b' b%d="1"' % i for i in range(300))
    data = _topics((b"<topic%s>other</topic>" % attributes) * 127)
    assert (len(data), data.count(b"<") + data.count(b"=")) == (358_056, 39_578)
    result = read_in_child("from_xml", data, tmp_path)
    line = VALID_XML[: VALID_XML.index(b"  <topics>")].count(b"\n") + 1
    assert result["messages"] == [
        *(
            f"line {line}: /negotiation/topics/topic[1]/@b{i}: "
            f"expected no attribute b{i}, found the attribute b{i}"
            for i in range(MAX_PROBLEMS)
        ),
        f"line {line}: /negotiation/topics/topic[1]/@b{MAX_PROBLEMS}: expected at most "
        "50 problems listed, found 38050 more problems from here on, not listed",
    ]
    # About 0.15 s and 75 MiB here; counted while parsed, 0.01 s and 50 MiB.
    assert result["peak_mib"] < 200


@linux_only
def test_errors_after_many_valid_siblings_stop_at_the_limit(tmp_path: Path) -> None:
    # The errors come late: the tree is cut just past the 51st, so that libxml2
    # finds the paths of a few dozen errors among 100,000 siblings, not thousands.
    data = _topics(b"<topic>other</topic>" * 100_000 + b"<topic>x</topic>" * 5_000)
    result = read_in_child("from_xml", data, tmp_path)
    line = VALID_XML[: VALID_XML.index(b"  <topics>")].count(b"\n") + 1
    codes = ", ".join(f'"{topic.value}"' for topic in hn.Topic)
    assert result["messages"] == [
        *(
            f"line {line}: /negotiation/topics/topic[{100_001 + i}]: expected one of {codes}, "
            'found "x"'
            for i in range(MAX_PROBLEMS)
        ),
        f"line {line}: /negotiation/topics/topic[{100_001 + MAX_PROBLEMS}]: {STOPPED}",
    ]


def problems(error: DocumentError) -> list[str]:
    return [p.message for p in error.problems]


def test_xml_errors_a_little_past_the_limit_are_counted() -> None:
    # A small document is validated in one piece: all its errors are counted.
    small = hn.to_xml(hn.from_json(json.dumps(minimal_document())))
    data = small.replace(
        b"  <sections>", b"  <topics>" + b"<topic>x</topic>" * 60 + b"</topics>\n  <sections>"
    )
    assert len(data) < 16 * 1024
    with pytest.raises(DocumentError) as caught:
        hn.from_xml(data)
    listed = problems(caught.value)
    assert len(listed) == MAX_PROBLEMS + 1
    line = small[: small.index(b"  <sections>")].count(b"\n") + 1
    assert listed[-1] == (
        f"line {line}: /negotiation/topics/topic[51]: expected at most 50 problems listed, "
        "found 10 more problems from here on, not listed"
    )
    assert caught.value.omitted == 10
    assert str(caught.value).splitlines()[0] == "50 problems in the document, and 10 more"


def test_json_unknown_keys_past_the_limit_are_counted() -> None:
    document = minimal_document()
    document["county"].update({f"x{i:03d}": 1 for i in range(60)})
    with pytest.raises(DocumentError) as caught:
        hn.from_json(json.dumps(document).encode())
    listed = problems(caught.value)
    assert [m.split(":")[0] for m in listed] == [f"/county/x{i:03d}" for i in range(51)]
    assert listed[-1] == (
        "/county/x050: expected at most 50 problems listed, "
        "found 10 more problems from here on, not listed"
    )
    assert caught.value.omitted == 10


def test_json_problems_nested_in_many_items_stop_at_the_limit() -> None:
    document = minimal_document()
    section = document["sections"][0]
    document["sections"] = [
        {**section, "number": str(i + 1), "content": [{"type": "paragraph", "text": {}}] * 2}
        for i in range(40)
    ]
    with pytest.raises(DocumentError) as caught:
        hn.from_json(json.dumps(document).encode())
    listed = problems(caught.value)
    expected = [
        f"/sections/{i}/content/{j}/text: expected text in at least one of fi, sv, en, "
        "found none of them"
        for i in range(25)
        for j in range(2)
    ]
    assert listed == [*expected, f"/sections/25/content/0/text: {STOPPED}"]
    assert caught.value.omitted is None
    assert str(caught.value).splitlines()[0] == (
        "50 problems in the document, and more: the reader stopped looking"
    )


def test_json_repeated_keys_past_the_limit_stop_the_walk() -> None:
    pairs = ", ".join(f'"k{i:03d}": 1, "k{i:03d}": 2' for i in range(60))
    text = json.dumps(minimal_document())[:-1] + ", " + pairs + "}"
    with pytest.raises(DocumentError) as caught:
        hn.from_json(text)
    listed = problems(caught.value)
    assert (
        listed[0]
        == '/k000: expected each key once in an object, found the key "k000" more than once'
    )
    assert listed[-1] == f"/k050: {STOPPED}"
    assert len(listed) == MAX_PROBLEMS + 1


def test_xml_model_problems_past_the_limit_stop_the_reading() -> None:
    organisation = b'<municipality><id>%d</id><kind>municipality</kind><name><text xml:lang="fi">K</text></name></municipality>'
    start = VALID_XML.index(b"  <municipalities>")
    end = VALID_XML.index(b"  </municipalities>\n") + len(b"  </municipalities>\n")
    items = b"".join(organisation % i for i in range(60))
    data = (
        VALID_XML[:start] + b"  <municipalities>" + items + b"</municipalities>\n" + VALID_XML[end:]
    )
    with pytest.raises(DocumentError) as caught:
        hn.from_xml(data)
    listed = problems(caught.value)
    line = VALID_XML[:start].count(b"\n") + 1
    assert listed[0] == (
        f"line {line}: /negotiation/municipalities/municipality[1]/id: expected an identifier "
        """(a letter or '_', then letters, digits, '_', '.', '-'), found "0\""""
    )
    assert listed[-1] == f"line {line}: /negotiation/municipalities/municipality[51]/id: {STOPPED}"
    assert len(listed) == MAX_PROBLEMS + 1


def test_the_limit_keeps_its_place_when_the_source_is_named() -> None:
    document = minimal_document()
    document["county"].update({f"x{i:03d}": 1 for i in range(60)})
    with pytest.raises(DocumentError) as caught:
        hn.from_json(json.dumps(document).encode())
    named = caught.value.with_source("memo.json")
    assert named.problems == caught.value.problems
    assert str(named).splitlines()[0] == "memo.json: 50 problems in the document, and 10 more"


def test_a_list_passed_to_document_error_is_cut_and_counted() -> None:
    listed = [hn.Problem(location=f"/a/{i}", expected="x", found="y") for i in range(120)]
    error = DocumentError(listed)
    assert error.problems[:50] == tuple(listed[:50])
    assert error.problems[50] == hn.Problem(
        location="/a/50",
        expected="at most 50 problems listed",
        found="70 more problems from here on, not listed",
    )
    assert error.omitted == 70
    assert DocumentError(listed[:50]).problems == tuple(listed[:50])
    assert DocumentError(listed[:50]).omitted == 0
