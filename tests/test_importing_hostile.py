"""Hostile inputs end with a clear error, quickly, in a process of bounded memory.

Each runs the command line in a subprocess with a time limit and an address
space limit, so that a regression fails the test instead of harming the
machine. The bombs are generated here and kept small where the attack allows.
"""

from __future__ import annotations

import io
import resource
import subprocess
import sys
import time
import zipfile
import zlib
from pathlib import Path

import pytest

from hyvaneuvottelu import ImportRefusedError, import_text
from hyvaneuvottelu.limits import (
    MAX_IMPORT_BYTES,
    MAX_IMPORT_PDF_OBJECTS,
    MAX_IMPORT_UNPACKED_BYTES,
    MAX_INPUT_BYTES,
)

MiB = 1024 * 1024
#: A child may take this long; the attacks below end in a few seconds.
TIMEOUT = 60
#: Address space of a child: enough for Python, lxml and pypdf, not for a bomb.
MEMORY = 1536 * MiB


def _limit_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY, MEMORY))


def run_import(path: Path, tmp_path: Path) -> tuple[subprocess.CompletedProcess[str], float]:
    started = time.monotonic()
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "hyvaneuvottelu",
            "import",
            str(path),
            "--out",
            str(tmp_path / "out"),
        ],
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=False,
        preexec_fn=_limit_memory,
    )
    return result, time.monotonic() - started


def assert_refused(result: subprocess.CompletedProcess[str], path: Path, reason: str) -> None:
    assert result.returncode == 2, result.stderr
    assert result.stderr == ""
    assert result.stdout == (
        f"{path}: not imported: {reason}\n1 file: 0 imported, 0 partly imported, 1 not imported\n"
    )


def test_a_zip_bomb_disguised_as_a_word_file(tmp_path: Path) -> None:
    path = tmp_path / "memo.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("[Content_Types].xml", b"<Types/>")
        with package.open("word/document.xml", "w", force_zip64=True) as part:
            zeros = bytes(MiB)
            for _ in range(2 * MAX_IMPORT_UNPACKED_BYTES // MiB):
                part.write(zeros)
    assert path.stat().st_size < MiB  # the bomb is small; what it unpacks to is not
    result, seconds = run_import(path, tmp_path)
    assert_refused(
        result,
        path,
        f"its parts would unpack to {2 * MAX_IMPORT_UNPACKED_BYTES // MiB} MiB; a Word file to "
        f"import unpacks to at most {MAX_IMPORT_UNPACKED_BYTES // MiB} MiB",
    )
    assert seconds < TIMEOUT


def test_a_zip_that_lies_about_its_sizes(tmp_path: Path) -> None:
    # The central directory declares a tiny part; the data unpacks to far more.
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("[Content_Types].xml", b"<Types/>")
        package.writestr("word/document.xml", bytes(50 * MiB))
    data = bytearray(out.getvalue())
    declared = (50 * MiB).to_bytes(4, "little")
    data = bytearray(bytes(data).replace(declared, (1000).to_bytes(4, "little")))
    path = tmp_path / "liar.docx"
    path.write_bytes(bytes(data))
    result, _seconds = run_import(path, tmp_path)
    assert result.returncode == 2, result.stderr
    assert result.stdout.startswith(f"{path}: not imported: not a readable Word file: ")


def test_a_pdf_with_a_million_objects(tmp_path: Path) -> None:
    count = 1_000_000
    body = b"".join(b"%d 0 obj null endobj\n" % number for number in range(1, count + 1))
    path = tmp_path / "objects.pdf"
    path.write_bytes(b"%PDF-1.7\n" + body + b"trailer << /Size %d >>\n%%%%EOF\n" % (count + 1))
    result, seconds = run_import(path, tmp_path)
    assert_refused(
        result,
        path,
        f"a PDF to import has at most {MAX_IMPORT_PDF_OBJECTS} objects; this one has "
        f"at least {count + 1}",
    )
    assert seconds < TIMEOUT


def test_a_million_objects_packed_in_an_object_stream(tmp_path: Path) -> None:
    count = 1_000_000
    packed = zlib.compress(b" ".join(b"%d 0" % n for n in range(count)) + b" " + b"null " * count)
    stream = b"1 0 obj << /Type /ObjStm /N %d /First 10 /Length %d /Filter /FlateDecode >>\n" % (
        count,
        len(packed),
    )
    path = tmp_path / "packed.pdf"
    path.write_bytes(b"%PDF-1.7\n" + stream + b"stream\n" + packed + b"\nendstream\nendobj\n")
    assert path.stat().st_size < 8 * MiB
    result, _seconds = run_import(path, tmp_path)
    assert_refused(
        result,
        path,
        f"a PDF to import has at most {MAX_IMPORT_PDF_OBJECTS} objects; this one has "
        f"at least {count + 1}",
    )


def test_a_page_that_draws_forever(tmp_path: Path) -> None:
    # Little to unpack, endless to read: pypdf's work limit, tightened, stops it.
    content = zlib.compress(b"BT /F1 10 Tf " + b"(a)Tj " * 170_000 + b"ET")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> >> >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(content)
        + content
        + b"\nendstream",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    table = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    out.writelines(b"%010d 00000 n \n" % offset for offset in offsets)
    out.write(
        b"trailer << /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, table)
    )
    path = tmp_path / "forever.pdf"
    path.write_bytes(out.getvalue())
    result, seconds = run_import(path, tmp_path)
    assert result.returncode == 2, result.stderr
    assert result.stdout.startswith(f"{path}: not imported: not a readable PDF: ")
    assert seconds < TIMEOUT


@pytest.mark.parametrize(
    ("size", "reason"),
    [
        (
            MAX_INPUT_BYTES,
            f"a text to import is at most {MAX_IMPORT_BYTES // MiB} MiB; this one is "
            f"{MAX_INPUT_BYTES // MiB} MiB",
        ),
        (MAX_INPUT_BYTES + 1, f"larger than {MAX_INPUT_BYTES // MiB} MiB; refused"),
    ],
)
def test_a_huge_text(tmp_path: Path, size: int, reason: str) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as stream:
        line = b"Neuvottelu jatkuu ja jatkuu.\n"
        stream.write(line * (size // len(line)))
        stream.write(b"x" * (size % len(line)))
    assert path.stat().st_size == size
    result, seconds = run_import(path, tmp_path)
    assert_refused(result, path, reason)
    assert seconds < TIMEOUT


def test_the_largest_text_allowed_is_read_in_seconds(tmp_path: Path) -> None:
    # Just under the limit, a memo-like text of many sections: the importer's own
    # work must stay linear.
    section = (
        "{n}. Asia {n}\n\n"
        "Kaupunginjohtaja Pasi Perämäki piti puheenvuoron kaupungin viranhaltijajohdon\n"
        "puolesta.\n\n"
        "• Lohjan kaupunki ehdotti yhteistä tapaamista hyvinvointialueen kanssa\n"
        "syksyn aikana. Ankkuri-toimintaa halutaan jatkaa.\n\n"
    )
    parts = ["Neuvottelu\n\n"]
    size, number = len(parts[0]), 1
    while size < MAX_IMPORT_BYTES - 1000:
        part = section.format(n=number)
        size += len(part.encode())
        parts.append(part)
        number += 1
    path = tmp_path / "long.txt"
    path.write_text("".join(parts[:-1]), encoding="utf-8")
    result, seconds = run_import(path, tmp_path)
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr
    assert result.stdout.endswith("1 file: 1 imported, 0 partly imported, 0 not imported\n")
    assert seconds < TIMEOUT


def test_import_text_refuses_a_text_larger_than_one_memo() -> None:
    text = "ä" * (MAX_IMPORT_BYTES // 2 + 1)
    with pytest.raises(ImportRefusedError) as refused:
        import_text(text, source="huge")
    assert str(refused.value) == (
        f"huge: the text is {(MAX_IMPORT_BYTES + 2) // 1024} KiB; a memo to import is at most "
        f"{MAX_IMPORT_BYTES // MiB} MiB"
    )
