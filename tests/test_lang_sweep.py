"""The sweep: every command that prints for people, in Finnish and Swedish, over bad input.

Each command runs in-process with ``--lang fi`` and ``--lang sv`` on a battery
of bad inputs (broken JSON and XML, a missing file, a FIFO, a damaged zip
package, an existing output without ``--force``, an unknown option, a
missing argument), and no line it prints may hold an English function word
(the list of :mod:`tests.test_messages`, and the words a usage error or a
location would leave: ``error``, ``usage``, ``line``, ``column``). Excluded,
as :mod:`tests.test_messages` excludes them: paths (the test's folder, and
file names such as ``case-001/memo.xml``), quoted values, option names, the
usage synopsis (the command's syntax, the same as ``--help``), and a
system's own text where it is framed as such (``järjestelmän
virheilmoitus: ...``).

Nothing here can hang: a FIFO is never opened (every reader checks the kind
of a file first), and no command waits for standard input.
"""

from __future__ import annotations

import json
import os
import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from hyvaneuvottelu._messages import CATALOGUES
from hyvaneuvottelu.archive import write_package
from hyvaneuvottelu.cli import main

from .archive_support import completed_memo, settings
from .documents import minimal_document
from .test_messages import _NOT_WORDS, _WORD, FUNCTION_WORDS
from .zip_support import package_entries, raw_zip

#: English words a leak would show besides the function words.
_ALSO = {"error", "errors", "usage", "line", "column", "warning", "note", "skipped"}
#: A file name: a path inside the battery or a package, shown as it is.
_FILE_NAME = re.compile(r"[\w./-]*\.(?:json|xml|html|zip|txt|docx|pdf|csv)\b")


def _frames(language: str) -> tuple[str, ...]:
    """What a system's own text is introduced by in ``language``."""
    catalogue = CATALOGUES[language]
    ids = ("system.text", "system.parser", "usage.parser")
    return tuple(catalogue[id].split("{text}")[0] for id in ids)


def _english_in(output: str, language: str, battery: Path) -> list[tuple[str, list[str]]]:
    """Each line of ``output`` with the English words it holds."""
    prefix = CATALOGUES[language]["usage.prefix"]
    found = []
    in_usage = False
    for line in output.replace(str(battery), "").splitlines():
        # The usage synopsis and the lines that continue it: syntax, as in --help.
        if line.startswith(prefix) or (in_usage and line.startswith(" ")):
            in_usage = True
            continue
        in_usage = False
        text = line
        for frame in _frames(language):
            if frame in text:
                text = text[: text.index(frame)]
        text = _FILE_NAME.sub(" ", text)
        # A word in capitals is a metavariable of the syntax (MEMO, PATH, PACKAGE).
        words = {w.casefold() for w in _WORD.findall(_NOT_WORDS.sub(" ", text)) if not w.isupper()}
        english = sorted(words & (FUNCTION_WORDS["en"] | _ALSO))
        if english:
            found.append((line, english))
    return found


@pytest.fixture(scope="module")
def battery(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bad inputs, named so that no name is an English word of the list."""
    root = tmp_path_factory.mktemp("battery")
    (root / "rikki.json").write_bytes(b'{"schemaVersion": "1.0", "kind": }')
    (root / "rikki.xml").write_bytes(b"<negotiation><title></negotiation>")
    (root / "kelpo.json").write_text(json.dumps(minimal_document()), encoding="utf-8")
    (root / "olemassa.json").write_text("{}", encoding="utf-8")
    (root / "olemassa.xml").write_text("<x/>", encoding="utf-8")
    os.mkfifo(root / "putki.json")
    kansio = root / "kansio"
    kansio.mkdir()
    shutil.copy(root / "rikki.json", kansio / "rikki.json")
    shutil.copy(root / "rikki.xml", kansio / "rikki.xml")
    os.mkfifo(kansio / "putki.json")
    (root / "teksti.txt").write_text("", encoding="utf-8")
    (root / "kohde").mkdir()
    # A zip package with a damaged entry and bytes after its end.
    write_package([completed_memo()], root / "paketti", settings())
    entries = package_entries(root / "paketti")
    for entry in entries:
        if entry.name.endswith(".html"):
            entry.local = {"method": 0}
        elif entry.name.endswith(".xml") and entry.name != "sahke2.xml":
            entry.payload = b"\xff\xff\xff"
    (root / "vaurio.zip").write_bytes(raw_zip(entries, trailing=b"tail"))
    shutil.rmtree(root / "paketti")
    (root / "asetukset.json").write_bytes(b'{"x": ')
    return root


def _runs(battery: Path) -> Iterator[list[str]]:
    """Each command line of the sweep, without ``--lang``."""
    b = str(battery)
    missing = f"{b}/puuttuu.json"
    for bad in ("rikki.json", "rikki.xml", "puuttuu.json", "putki.json", "kansio", "vaurio.zip"):
        yield ["validate", f"{b}/{bad}"]
    yield ["validate", "--profile", "archive", "--settings", f"{b}/asetukset.json", f"{b}/kansio"]
    for bad in ("rikki.json", "rikki.xml", "puuttuu.json", "putki.json"):
        yield ["convert", f"{b}/{bad}", "--to", "xml"]
    yield ["convert", f"{b}/kelpo.json", f"{b}/olemassa.xml"]
    yield ["convert", f"{b}/kelpo.json", f"{b}/tulos.yaml"]
    yield ["archive", f"{b}/kansio", "--out", f"{b}/uusi"]
    yield ["archive", f"{b}/kelpo.json", "--out", f"{b}/kohde"]
    yield ["archive", missing, "--out", f"{b}/uusi2"]
    yield ["archive", f"{b}/kelpo.json", "--out", f"{b}/uusi3", "--settings", f"{b}/asetukset.json"]
    for bad in ("vaurio.zip", "puuttuu", "putki.json", "rikki.json", "kansio"):
        yield ["verify", f"{b}/{bad}"]
    yield ["verify", "--format", "json", f"{b}/vaurio.zip"]
    for bad in ("puuttuu.txt", "putki.json", "teksti.txt", "rikki.json"):
        yield ["import", f"{b}/{bad}", "--out", f"{b}/tuonti"]
    for command in ("coverage", "followup"):
        yield [command, f"{b}/kansio"]
        yield [command, missing]
        yield [command, f"{b}/kansio", "--out", f"{b}/olemassa.json"]
    yield ["new", "--out", f"{b}/olemassa.json"]
    yield ["schema", f"{b}/olemassa.json"]
    yield ["example", "--to", "xml", "--indent", "99"]
    for command in (
        "validate",
        "convert",
        "archive",
        "verify",
        "import",
        "coverage",
        "followup",
        "new",
        "example",
        "schema",
    ):
        yield [command, "--tuntematon"]
        if command not in ("new", "example", "schema"):
            yield [command]
    yield []


def _run(capsys: pytest.CaptureFixture[str], args: list[str]) -> str:
    code: object
    try:
        code = main(args)
    except SystemExit as exit:
        # argparse's usage errors: exit code 2, whatever the language.
        code = exit.code
    assert code in (1, 2), args
    captured = capsys.readouterr()
    return captured.out + captured.err


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_no_english_in_finnish_or_swedish_output(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    battery: Path,
    language: str,
) -> None:
    # A command without --lang (the bare command name) takes the locale's language.
    monkeypatch.setenv("LC_MESSAGES", f"{language}_FI.UTF-8")
    monkeypatch.chdir(battery)
    leaks = {}
    runs = 0
    for args in _runs(battery):
        for placed in (["--lang", language], [f"--lang={language}"]):
            command = [*args[:1], *placed, *args[1:]] if args else placed
            output = _run(capsys, command)
            assert output, command
            runs += 1
            english = _english_in(output, language, battery)
            if english:
                leaks[" ".join(command).replace(str(battery), "")] = english
    assert runs > 100
    assert leaks == {}
