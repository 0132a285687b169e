"""Hostile XML: every file of the corpus gets a clear error, reads no file, touches no network.

The corpus is generated here, small, in a temporary folder. A local HTTP server
stands in for "the network": it must never receive a request. A secret file
stands in for "local files": its marker must never appear in any output.
"""

from __future__ import annotations

import gzip
import http.server
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

import hyvaneuvottelu as hn
from hyvaneuvottelu import DocumentError, examples
from hyvaneuvottelu.cli import main
from hyvaneuvottelu.xmlformat import MAX_TEXT

MARKER = "SECRET-MARKER-7f3a9c"
VALID = hn.to_xml(examples.load())
HEAD = b'<?xml version="1.0" encoding="UTF-8"?>\n'
ROOT_OPEN = b'<negotiation xmlns="urn:hyvaneuvottelu:schema:1" schemaVersion="1.1">'
DOCTYPE_REFUSED = (
    "expected no document type declaration (DTDs and entities are refused), found <!DOCTYPE ...>"
)


class _Recorder(http.server.BaseHTTPRequestHandler):
    requests: list[str] = []  # noqa: RUF012 - shared on purpose: the server records here

    def do_GET(self) -> None:
        _Recorder.requests.append(self.path)
        body = f"<!ENTITY leak '{MARKER}'>".encode()
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Recorder)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()
    assert _Recorder.requests == [], "the parser reached the network"


@pytest.fixture(scope="module")
def secret(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("secret") / "secret.txt"
    path.write_text(MARKER, encoding="utf-8")
    return path


@pytest.fixture(autouse=True)
def _no_python_network(monkeypatch: pytest.MonkeyPatch) -> None:
    real = socket.socket.connect

    def guarded(self: socket.socket, address: object) -> None:
        raise AssertionError(f"a connection to {address!r} was attempted")

    monkeypatch.setattr(socket.socket, "connect", guarded)
    assert real is not guarded


def _memo(title: bytes) -> bytes:
    """A valid memo whose title text is ``title`` (raw XML)."""
    return VALID.replace(b'<text xml:lang="fi">Neuvottelu</text>', title, 1)


def _with_doctype(doctype: bytes, title: bytes) -> bytes:
    return HEAD + doctype + b"\n" + _memo(title)[len(HEAD) :]


def corpus(server: str, secret: Path) -> dict[str, tuple[bytes, str]]:
    """Name -> (document, the one message expected)."""
    url = server.encode()
    file_url = secret.as_uri().encode()
    laughs = b"".join(
        b'<!ENTITY lol%d "%s">' % (i, b"&lol%d;" % (i - 1) * 10) for i in range(1, 10)
    )
    big = b"x" * 100_000
    deep = 10_000
    return {
        "billion laughs": (
            _with_doctype(
                b'<!DOCTYPE negotiation [<!ENTITY lol0 "lol">' + laughs + b"]>",
                b'<text xml:lang="fi">&lol9;</text>',
            ),
            f"line 2: before the root element: {DOCTYPE_REFUSED}",
        ),
        "quadratic blow-up": (
            _with_doctype(
                b'<!DOCTYPE negotiation [<!ENTITY a "' + big + b'">]>',
                b'<text xml:lang="fi">' + b"&a;" * 2000 + b"</text>",
            ),
            f"line 2: before the root element: {DOCTYPE_REFUSED}",
        ),
        "external entity, local file": (
            _with_doctype(
                b'<!DOCTYPE negotiation [<!ENTITY x SYSTEM "' + file_url + b'">]>',
                b'<text xml:lang="fi">&x;</text>',
            ),
            f"line 2: before the root element: {DOCTYPE_REFUSED}",
        ),
        "external entity, URL": (
            _with_doctype(
                b'<!DOCTYPE negotiation [<!ENTITY x SYSTEM "' + url + b'/entity">]>',
                b'<text xml:lang="fi">&x;</text>',
            ),
            f"line 2: before the root element: {DOCTYPE_REFUSED}",
        ),
        "external parameter entity, local file": (
            _with_doctype(
                b'<!DOCTYPE negotiation [<!ENTITY % p SYSTEM "' + file_url + b'"> %p;]>',
                b'<text xml:lang="fi">x</text>',
            ),
            f"line 2: before the root element: {DOCTYPE_REFUSED}",
        ),
        "external parameter entity, URL": (
            _with_doctype(
                b'<!DOCTYPE negotiation [<!ENTITY % p SYSTEM "' + url + b'/p.dtd"> %p;]>',
                b'<text xml:lang="fi">&leak;</text>',
            ),
            f"line 2: before the root element: {DOCTYPE_REFUSED}",
        ),
        "external DTD": (
            _with_doctype(
                b'<!DOCTYPE negotiation SYSTEM "' + url + b'/memo.dtd">',
                b'<text xml:lang="fi">&leak;</text>',
            ),
            f"line 2: before the root element: {DOCTYPE_REFUSED}",
        ),
        "DOCTYPE after comments": (
            HEAD
            + b"<!-- <!DOCTYPE in a comment --><?pi x?>\n\n<!DOCTYPE negotiation>\n"
            + VALID[len(HEAD) :],
            f"line 4: before the root element: {DOCTYPE_REFUSED}",
        ),
        "XInclude": (
            _memo(
                b'<text xml:lang="fi">x</text><xi:include xmlns:xi="http://www.w3.org/2001/XInclude"'
                b' href="' + file_url + b'" parse="text"/>'
            ),
            "line 5: /negotiation/title/include: expected only the elements the format defines "
            "here, found the element <{http://www.w3.org/2001/XInclude}include>",
        ),
        "xsi:schemaLocation elsewhere": (
            VALID.replace(
                ROOT_OPEN,
                ROOT_OPEN[:-1]
                + b' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"'
                + b' xsi:schemaLocation="urn:hyvaneuvottelu:schema:1 '
                + url
                + b'/evil.xsd">',
            ),
            "line 2: /negotiation/@xsi:schemaLocation: expected no xsi: attributes (documents "
            "are validated against the format's own XSD only), found "
            f'xsi:schemaLocation="urn:hyvaneuvottelu:schema:1 {server}/evil.xsd"',
        ),
        "gzip-compressed": (
            gzip.compress(VALID, mtime=0),
            "line 1: expected an XML document, found gzip-compressed data (decompress it first)",
        ),
        "huge text node": (
            _memo(b'<text xml:lang="fi">' + b"a" * (MAX_TEXT + 1) + b"</text>"),
            f"line 5: /negotiation/title/text: expected a text of at most {MAX_TEXT} "
            f"characters, found {MAX_TEXT + 1} characters",
        ),
        "very deep nesting": (
            _memo(b'<text xml:lang="fi">x</text>' + b"<a>" * deep + b"</a>" * deep),
            "line 5, column 797: expected elements nested at most 100 deep, found nesting "
            "deeper than the parser's limit of 256 levels",
        ),
        "deeper than the format allows": (
            _memo(b'<text xml:lang="fi">x</text>' + b"<a>" * 150 + b"</a>" * 150),
            "line 5: /negotiation/title/a/.../a: expected elements nested at most 100 deep, "
            "found <a> at depth 101",
        ),
        "invalid UTF-8": (
            VALID.replace(b"Neuvottelu", b"Neuvottelu\xff", 1),
            f"line 5, byte {VALID.index(b'Neuvottelu') + 10}: expected UTF-8 text, found the "
            "byte 0xff, which is not UTF-8",
        ),
        "UTF-16 with BOM": (
            VALID.decode().replace('encoding="UTF-8"', 'encoding="UTF-16"').encode("utf-16"),
            "line 1: expected UTF-8 text (the format is UTF-8 only), found a UTF-16 or UTF-32 "
            "byte order mark",
        ),
        "UTF-16 without BOM": (
            VALID.decode().replace('encoding="UTF-8"', 'encoding="UTF-16"').encode("utf-16-le"),
            "line 1, byte 1: expected UTF-8 text (the format is UTF-8 only), found a NUL byte "
            "(is it UTF-16 or UTF-32?)",
        ),
        "another declared encoding": (
            VALID.replace(b'encoding="UTF-8"', b'encoding="ISO-8859-1"', 1),
            'line 1: expected the encoding "UTF-8" (the format is UTF-8 only), found the '
            'declared encoding "ISO-8859-1"',
        ),
        "wrong namespace": (
            VALID.replace(b"urn:hyvaneuvottelu:schema:1", b"http://example.org/memo", 1),
            "line 2: /negotiation: expected the element <negotiation> in the namespace "
            '"urn:hyvaneuvottelu:schema:1", found the element <negotiation> in the namespace '
            '"http://example.org/memo"',
        ),
        "no namespace": (
            VALID.replace(b' xmlns="urn:hyvaneuvottelu:schema:1"', b"", 1),
            "line 2: /negotiation: expected the element <negotiation> in the namespace "
            '"urn:hyvaneuvottelu:schema:1", found the element <negotiation> in no namespace',
        ),
        "newer minor version": (
            VALID.replace(b'schemaVersion="1.1"', b'schemaVersion="1.2"', 1),
            "line 2: /negotiation/@schemaVersion: expected a schemaVersion this release reads "
            '("1.0" to "1.1"), found "1.2" (a newer version: upgrade hyvaneuvottelu)',
        ),
        "newer major version": (
            VALID.replace(b"urn:hyvaneuvottelu:schema:1", b"urn:hyvaneuvottelu:schema:2", 1),
            "line 2: /negotiation: expected the element <negotiation> in the namespace "
            '"urn:hyvaneuvottelu:schema:1", found the element <negotiation> in the namespace '
            '"urn:hyvaneuvottelu:schema:2" (a newer major version: upgrade hyvaneuvottelu)',
        ),
        "version in other digits": (
            VALID.replace(b'schemaVersion="1.1"', 'schemaVersion="¹.0"'.encode(), 1),
            "line 2: /negotiation/@schemaVersion: expected a schemaVersion this release reads "
            '("1.0" to "1.1"), found "¹.0"',
        ),
        "undefined entity": (
            _memo(b'<text xml:lang="fi">&x;</text>'),
            "line 5, column 28: expected well-formed XML, found Entity 'x' not defined",
        ),
        "empty": (b"", "line 1, column 1: expected well-formed XML, found Document is empty"),
    }


NAMES = list(corpus("http://127.0.0.1:1", Path("/nonexistent/secret.txt")))


@pytest.mark.parametrize("name", NAMES)
def test_each_hostile_document_gets_one_clear_error(server: str, secret: Path, name: str) -> None:
    data, expected = corpus(server, secret)[name]
    started = time.perf_counter()
    with pytest.raises(DocumentError) as caught:
        hn.from_xml(data)
    elapsed = time.perf_counter() - started
    assert [p.message for p in caught.value.problems] == [expected]
    assert MARKER not in str(caught.value)
    assert elapsed < 2.0, f"{name} took {elapsed:.2f} s"


def test_documents_over_the_size_limit_are_refused_before_parsing() -> None:
    with pytest.raises(DocumentError) as caught:
        hn.from_xml(VALID, max_bytes=1000)
    assert str(caught.value.problems[0]) == (
        f"line 1: expected a document of at most 1000 bytes, found {len(VALID)} bytes"
    )


def test_a_lower_depth_limit_can_be_asked_for() -> None:
    with pytest.raises(DocumentError, match="expected elements nested at most 5 deep"):
        hn.from_xml(VALID, max_depth=5)


@pytest.mark.parametrize("name", NAMES)
def test_the_command_line_exits_1_without_a_traceback(
    server: str,
    secret: Path,
    name: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    data, expected = corpus(server, secret)[name]
    path = tmp_path / "hostile.xml"
    path.write_bytes(data)
    assert main(["validate", str(path)]) == 1
    assert main(["convert", str(path), str(tmp_path / "out.json")]) == 1
    captured = capsys.readouterr()
    output = captured.out + captured.err
    assert expected in output
    assert "Traceback" not in output
    assert MARKER not in output
    assert not (tmp_path / "out.json").exists()
