"""The library's limits: one set of numbers that writers respect, readers
enforce and the archive profile checks.

Every bound on work an untrusted input can cause lives here, so that what
``validate --profile archive`` accepts, ``archive`` writes and ``verify``
reads back are judged by the same numbers. ``docs/security.md`` lists them.
"""

from __future__ import annotations

__all__ = [
    "MAX_DEPTH",
    "MAX_IMPORT_BYTES",
    "MAX_IMPORT_PAGES",
    "MAX_IMPORT_PARTS",
    "MAX_IMPORT_PDF_CONTENT_BYTES",
    "MAX_IMPORT_PDF_OBJECTS",
    "MAX_IMPORT_UNPACKED_BYTES",
    "MAX_INDENT",
    "MAX_INPUT_BYTES",
    "MAX_INTEGER_DIGITS",
    "MAX_MANIFEST_BYTES",
    "MAX_PACKAGE_ENTRIES",
    "MAX_PACKAGE_FILE_BYTES",
    "MAX_PACKAGE_MEMOS",
    "MAX_PACKAGE_TOTAL_BYTES",
    "MAX_PROBLEMS",
    "MAX_SAHKE2_BYTES",
    "MAX_SAHKE2_NODES",
    "MAX_TEXT",
    "MAX_XML_BYTES",
]

MiB = 1024 * 1024

#: A file larger than this is refused before it is parsed (JSON or XML input).
MAX_INPUT_BYTES = 64 * MiB
#: A memo's XML larger than this is refused by the reader (a memo of
#: thousands of pages fits); the archive profile refuses a memo whose XML
#: would be larger, so nothing is archived that cannot be read back.
MAX_XML_BYTES = 8 * MiB
#: Elements (XML) or arrays and objects (JSON) nested deeper than this are
#: refused; a memo needs about 10, plus 2 for each level of subsections.
MAX_DEPTH = 100
#: A text longer than this many characters is refused.
MAX_TEXT = 1_000_000
#: An integer written with more digits than this is refused (no field of the
#: model needs more than a handful).
MAX_INTEGER_DIGITS = 20
#: Problems listed for one document; past this the reader stops looking and
#: says how many more it skipped or that it stopped.
MAX_PROBLEMS = 50
#: The largest indent the command line writes JSON with.
MAX_INDENT = 16

#: Memos in one transfer package; more must be split into several transfers.
MAX_PACKAGE_MEMOS = 1000
#: Entries in one package (each memo has a few files, plus the metadata).
MAX_PACKAGE_ENTRIES = 4 * MAX_PACKAGE_MEMOS + 16
#: One file inside a package.
MAX_PACKAGE_FILE_BYTES = 64 * MiB
#: All files of a package together, uncompressed.
MAX_PACKAGE_TOTAL_BYTES = 2048 * MiB
#: The SÄHKE2 metadata file of a package, which describes every memo.
MAX_SAHKE2_BYTES = 32 * MiB
#: Elements, attributes and namespace declarations in the SÄHKE2 metadata of a
#: package, counted before they are parsed: parsed, each takes 150 to 450
#: bytes, so that these take at most about 250 MB, where 32 MiB of tiny
#: elements would take 1 GB. A memo's case file has about 120 (105 elements in
#: about 5,400 bytes); 500 for each memo of a full transfer leaves room for
#: memos with many topics, parties and attachments.
MAX_SAHKE2_NODES = 500 * MAX_PACKAGE_MEMOS
#: The manifest of a package: about 200 bytes for each of its entries.
MAX_MANIFEST_BYTES = 4 * MiB

#: The text of one memo to import, in bytes of UTF-8: a text file, or the text
#: extracted from a Word file or a PDF. A memo of 300 pages fits (memos have a
#: few); reading takes about 15 seconds a MiB.
MAX_IMPORT_BYTES = 1 * MiB
#: Pages of a PDF to import.
MAX_IMPORT_PAGES = 300
#: The drawing instructions of all pages of a PDF to import, unpacked, counted
#: before any page is read. Reading them is the slow part (about 10 seconds a
#: MiB); a dense page of text has 5 to 15 KiB, so a memo of 70 pages fits.
MAX_IMPORT_PDF_CONTENT_BYTES = 1 * MiB
#: Objects a PDF to import may declare (its cross-reference table's size).
MAX_IMPORT_PDF_OBJECTS = 200_000
#: Parts (zip entries) of a Word file to import.
MAX_IMPORT_PARTS = 1000
#: All parts of a Word file together, uncompressed, as their sizes are declared;
#: the zip reader never unpacks more than it declares.
MAX_IMPORT_UNPACKED_BYTES = 64 * MiB
