"""What the fuzzer calls, and what each call may do (the oracle).

- ``from_json``, ``from_xml``: may raise :class:`~hyvaneuvottelu.DocumentError` and
  nothing else; a document they accept must be written back and read again
  to an equal memo (a round trip that loses or refuses a value is a finding).
- ``check``: a memo read from the JSON input is checked under every profile;
  ``check`` must return a :class:`~hyvaneuvottelu.Report` and never raise.
- ``verify``: the input is a zip package; it is verified as a zip and, where its
  names allow, unpacked into a folder and verified again. ``verify_package`` may
  raise :class:`~hyvaneuvottelu.HyvaneuvotteluError` only when the package cannot
  be read (zipfile cannot read all its files either), nothing else, and may not
  call a package whose files differ from the package it was made from "ok".
"""

from __future__ import annotations

import datetime as dt
import enum
import io
import random
import tempfile
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path, PurePosixPath
from typing import Any

import attrs

from hyvaneuvottelu import (
    DocumentError,
    HyvaneuvotteluError,
    Negotiation,
    Profile,
    Report,
    check,
    from_json,
    from_xml,
    to_json,
    to_xml,
    verify_package,
    write_package,
)
from hyvaneuvottelu.archive._settings import load_settings, settings_from

from ._fuzz_inputs import (
    INTERESTING_NUMBERS,
    INTERESTING_STRINGS,
    mutate_bytes,
    mutate_json,
    mutate_xml,
    mutate_zip,
)

__all__ = ["TARGETS", "OracleError", "Target"]

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
SAHKE2_SCHEMAS = ROOT.parent / "shared" / "schemas-external" / "sahke2"


class OracleError(AssertionError):
    """The call returned, but not what the oracle allows.

    ``signature`` names the kind of violation, without the input's values, so
    that one kind is saved once.
    """

    def __init__(self, signature: str, details: str = "") -> None:
        super().__init__(f"{signature}: {details}" if details else signature)
        self.signature = signature


@dataclass(frozen=True)
class Target:
    name: str
    #: The real documents every input starts from.
    seeds: Callable[[], list[bytes]]
    #: One input from a seed (and a second document to splice from).
    mutate: Callable[[random.Random, bytes, bytes], bytes]
    #: Calls the library; raises what the oracle does not allow.
    run: Callable[[bytes], None]
    #: Encodes a generated memo as an input (None: this target takes no generated memos).
    encode: Callable[[Negotiation], bytes] | None


@cache
def _json_seeds() -> list[bytes]:
    return [path.read_bytes() for path in sorted(EXAMPLES.glob("lohja-*.json"))]


@cache
def _xml_seeds() -> list[bytes]:
    return [to_xml(from_json(data)) for data in _json_seeds()]


def _mixed(
    structured: Callable[[random.Random, bytes, bytes], bytes],
) -> Callable[[random.Random, bytes, bytes], bytes]:
    def mutate(rng: random.Random, data: bytes, other: bytes) -> bytes:
        if rng.random() < 0.3:
            return mutate_bytes(rng, data, other)
        return structured(rng, data, other)

    return mutate


def _round_trip(
    memo: Negotiation, write: Callable[[Negotiation], bytes], read: Callable[[bytes], Negotiation]
) -> None:
    try:
        written = write(memo)
    except HyvaneuvotteluError as error:
        raise OracleError("an accepted memo cannot be written back", str(error)) from error
    try:
        again = read(written)
    except DocumentError as error:
        raise OracleError("a memo written back is refused", str(error)) from error
    if again != memo:
        where, what = _difference(memo, again)
        raise OracleError(f"a memo written back differs at {where}", what)


def _difference(one: Any, other: Any, path: str = "") -> tuple[str, str]:
    """Where two memos first differ (list indexes as ``[]``), and how."""
    if attrs.has(type(one)) and type(one) is type(other):
        for field in attrs.fields(type(one)):
            a, b = getattr(one, field.name), getattr(other, field.name)
            if a != b:
                return _difference(a, b, f"{path}.{field.name}")
    if isinstance(one, tuple) and isinstance(other, tuple) and len(one) == len(other):
        for a, b in zip(one, other, strict=True):
            if a != b:
                return _difference(a, b, f"{path}[]")
    return path or "memo", f"{one!r} became {other!r}"[:300]


def _run_from_json(data: bytes) -> None:
    try:
        memo = from_json(data)
    except DocumentError:
        return
    _round_trip(memo, to_json, from_json)


def _run_from_xml(data: bytes) -> None:
    try:
        memo = from_xml(data)
    except DocumentError:
        return
    _round_trip(memo, to_xml, from_xml)


def _run_check(data: bytes) -> None:
    try:
        memo = from_json(data)
    except DocumentError:
        return
    for profile in Profile:
        report = check(memo, profile)
        if not isinstance(report, Report):
            raise OracleError("check returned no Report", type(report).__name__)


# -- check: changes of the model itself ---------------------------------------------------------

_DATES = (dt.date(1, 1, 1), dt.date(9999, 12, 31), dt.date(2023, 1, 1), dt.date(2025, 2, 28))


def _new_value(rng: random.Random, value: Any, strings: list[str]) -> Any:
    if isinstance(value, bool):
        return not value
    if isinstance(value, enum.Enum):
        return rng.choice(list(type(value)))
    if isinstance(value, int):
        return rng.choice(INTERESTING_NUMBERS[:6])
    if isinstance(value, str):
        return rng.choice((*INTERESTING_STRINGS, *strings))
    if isinstance(value, dt.datetime):
        return value.replace(year=rng.choice((1, 2020, 9999)))
    if isinstance(value, dt.date):
        return rng.choice(_DATES)
    if isinstance(value, tuple) and value:
        items = list(value)
        action = rng.randrange(3)
        if action == 0:
            del items[rng.randrange(len(items))]
        elif action == 1:
            items.insert(rng.randrange(len(items)), rng.choice(items))
        else:
            items.reverse()
        return tuple(items)
    return value


def _places(node: Any, path: tuple[str | int, ...], found: list[tuple[str | int, ...]]) -> None:
    if attrs.has(type(node)):
        for field in attrs.fields(type(node)):
            found.append((*path, field.name))
            _places(getattr(node, field.name), (*path, field.name), found)
    elif isinstance(node, tuple):
        for index, item in enumerate(node):
            _places(item, (*path, index), found)


def _replaced(node: Any, path: tuple[str | int, ...], make: Callable[[Any], Any]) -> Any:
    if not path:
        return make(node)
    step, rest = path[0], path[1:]
    if isinstance(step, int):
        items = list(node)
        items[step] = _replaced(items[step], rest, make)
        return tuple(items)
    return attrs.evolve(node, **{step: _replaced(getattr(node, step), rest, make)})


def _strings(node: Any, found: list[str]) -> None:
    if isinstance(node, str):
        found.append(node)
    elif attrs.has(type(node)):
        for field in attrs.fields(type(node)):
            _strings(getattr(node, field.name), found)
    elif isinstance(node, tuple):
        for item in node:
            _strings(item, found)


def _mutate_memo(rng: random.Random, data: bytes, other: bytes) -> bytes:
    """A change of one field of the memo, kept only where the model's own checks accept it."""
    try:
        memo = from_json(data)
    except DocumentError:
        return mutate_json(rng, data, other)
    strings: list[str] = []
    _strings(memo, strings)
    for _ in range(rng.randint(1, 3)):
        places: list[tuple[str | int, ...]] = []
        _places(memo, (), places)
        path = rng.choice(places)
        try:
            memo = _replaced(memo, path, lambda value: _new_value(rng, value, strings))
        except (ValueError, TypeError):
            continue  # the model refuses the value at construction, as it may
    try:
        return to_json(memo)
    except HyvaneuvotteluError:
        return mutate_json(rng, data, other)


def _mutate_for_check(rng: random.Random, data: bytes, other: bytes) -> bytes:
    return _mutate_memo(rng, data, other) if rng.random() < 0.7 else mutate_json(rng, data, other)


# -- verify ----------------------------------------------------------------------------------------


@cache
def _package() -> bytes:
    memo = from_json((EXAMPLES / "lohja-archive-example.json").read_bytes())
    settings = settings_from(load_settings(EXAMPLES / "archive-settings.json"))
    with tempfile.TemporaryDirectory(prefix="fuzz-seed-") as folder:
        path = Path(folder) / "package.zip"
        write_package([memo], path, settings, zip=True)
        return path.read_bytes()


def _contents(data: bytes) -> dict[str, bytes] | None:
    """The package's files as zipfile reads them; None when it cannot read them all."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return {
                info.filename: archive.read(info)
                for info in archive.infolist()
                if not (info.is_dir() and info.file_size == 0)
            }
    except Exception:  # noqa: BLE001 -- anything zipfile cannot read is simply "not readable"
        return None


def _unpack(contents: dict[str, bytes], folder: Path) -> bool:
    """Write ``contents`` below ``folder``; False when a name cannot be a file there."""
    for name, content in contents.items():
        parts = PurePosixPath(name).parts
        if not parts or name.startswith("/") or ".." in parts or name.endswith("/") or "\\" in name:
            return False
        path = folder.joinpath(*parts)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(content)
        except OSError:
            return False
    return True


def _verify(path: Path, expected: dict[str, bytes] | None) -> None:
    schemas = SAHKE2_SCHEMAS if SAHKE2_SCHEMAS.is_dir() else None
    form = "folder" if path.is_dir() else "zip"
    try:
        report = verify_package(path, sahke2_schema_dir=schemas)
    except HyvaneuvotteluError as error:
        if expected is not None:
            # zipfile read every file, so the package can be read: a report was due.
            raise OracleError(
                f"a readable {form} raised instead of reporting", str(error)
            ) from error
        return
    original = _contents(_package()) or {}
    if report.ok and expected != original:
        if expected is None:
            raise OracleError(f"a {form} zipfile cannot read verified ok")
        changed = sorted(
            name for name in {*expected, *original} if expected.get(name) != original.get(name)
        )
        raise OracleError(
            f"a {form} whose files differ verified ok", f"differing: {', '.join(changed)}"
        )


def _run_verify(data: bytes) -> None:
    contents = _contents(data)
    with tempfile.TemporaryDirectory(prefix="fuzz-verify-") as folder:
        zipped = Path(folder) / "package.zip"
        zipped.write_bytes(data)
        _verify(zipped, contents)
        unpacked = Path(folder) / "package"
        if contents is not None and _unpack(contents, unpacked):
            _verify(unpacked, contents)


TARGETS: dict[str, Target] = {
    "from_json": Target("from_json", _json_seeds, _mixed(mutate_json), _run_from_json, to_json),
    "from_xml": Target("from_xml", _xml_seeds, _mixed(mutate_xml), _run_from_xml, to_xml),
    "check": Target("check", _json_seeds, _mixed(_mutate_for_check), _run_check, to_json),
    "verify": Target("verify", lambda: [_package()], mutate_zip, _run_verify, None),
}
