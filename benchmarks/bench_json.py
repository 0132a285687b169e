"""JSON load and dump: hyvaneuvottelu against pydantic v2 and orjson, in one run.

Run: ``python -m benchmarks.bench_json`` (needs the ``benchmark`` extra:
``pip install -e '.[benchmark]'``, which also brings jiter, the ``fast``
extra's parser; reading is timed with and without it). Prints CPU times per
call and medians of paired ratios over interleaved batches, with the issue's
goals: load with the extra <= 1.3x pydantic ``model_validate_json`` on the
example and 1.0x on the large memo, <= 6x the ``orjson.loads`` floor, and
<= 1.5x on the large memo without it; dump <= 0.7x ``model_dump_json``,
standard library only.
"""

from __future__ import annotations

import json
import os
import platform
from collections.abc import Callable
from typing import Any

import attrs
import jiter
import orjson
import pydantic

import hyvaneuvottelu as hn
from hyvaneuvottelu import examples
from hyvaneuvottelu.jsonformat import _decode, structure, unstructure
from hyvaneuvottelu.model import LocalizedText

from ._timing import paired_runs, runs_row
from .large import large_negotiation
from .pydantic_peer import negotiation_model


def _without_extra(function: Callable[[], Any]) -> Callable[[], Any]:
    """``function`` with the standard library's parser, as without the ``fast`` extra."""

    def call() -> Any:
        codec: Any = _decode
        saved = codec.jiter
        codec.jiter = None
        try:
            return function()
        finally:
            codec.jiter = saved

    return call


def _texts_changed(value: Any, change: Callable[[str], str]) -> Any:
    """``value`` with every text of every localized text in it changed."""
    if isinstance(value, LocalizedText):
        return LocalizedText(**{lang: change(text) for lang, text in value.items()})
    if isinstance(value, tuple):
        return tuple(_texts_changed(item, change) for item in value)
    if attrs.has(type(value)):
        fields = attrs.fields(type(value))
        return attrs.evolve(
            value, **{f.name: _texts_changed(getattr(value, f.name), change) for f in fields}
        )
    return value


def measure(title: str, negotiation: hn.Negotiation, peer: Any, goals: dict[str, float]) -> None:
    data = hn.to_json(negotiation)
    peer_object = peer.model_validate_json(data)
    plain = orjson.loads(data)
    body = {k: v for k, v in plain.items() if k != "schemaVersion"}
    # Both sides read and write the same documents.
    assert hn.from_json(data) == negotiation
    assert json.loads(peer_object.model_dump_json(by_alias=True, exclude_defaults=True)) == plain
    assert _without_extra(lambda: hn.from_json(data))() == negotiation
    codec: Any = _decode
    assert codec.jiter is not None, "the fast extra (jiter) is not installed"

    print(f"\n{title}: {len(data):,} bytes")
    load = paired_runs(
        {
            "pydantic": lambda: peer.model_validate_json(data),
            "from_json": lambda: hn.from_json(data),
            "from_json (no extra)": _without_extra(lambda: hn.from_json(data)),
            "json.loads": lambda: json.loads(data),
            "jiter parse alone (fast_decode)": lambda: _decode.fast_decode(data),
            "structure (generated reader)": lambda: structure(body),
            "orjson.loads (floor)": lambda: orjson.loads(data),
        }
    )
    print("load (CPU time; ratios: medians of three runs of paired, interleaved batches)")
    print(runs_row(load, "pydantic"))
    print(runs_row(load, "from_json", "pydantic", goals["load"]))
    print(runs_row(load, "from_json", "orjson.loads (floor)", 6.0))
    print(runs_row(load, "from_json (no extra)", "pydantic", goals.get("load without")))
    print(runs_row(load, "json.loads", "from_json"))
    # from_json is about the parse and the reader, one after the other.
    print(runs_row(load, "jiter parse alone (fast_decode)", "from_json"))
    print(runs_row(load, "structure (generated reader)", "from_json"))
    print(runs_row(load, "orjson.loads (floor)", "pydantic"))

    # Texts to escape: each with a quote (escaped as before), or a newline (written
    # raw, escaped in the whole document).
    quoted = _texts_changed(negotiation, lambda text: f'"{text}"')
    lines = _texts_changed(negotiation, lambda text: f"{text}\n")
    quoted_peer = peer.model_validate_json(hn.to_json(quoted))
    lines_peer = peer.model_validate_json(hn.to_json(lines))
    dump = paired_runs(
        {
            "pydantic": lambda: peer_object.model_dump_json(by_alias=True, exclude_defaults=True),
            "to_json": lambda: hn.to_json(negotiation),
            "pydantic, texts quoted": lambda: quoted_peer.model_dump_json(
                by_alias=True, exclude_defaults=True
            ),
            "to_json, texts quoted": lambda: hn.to_json(quoted),
            "pydantic, texts of two lines": lambda: lines_peer.model_dump_json(
                by_alias=True, exclude_defaults=True
            ),
            "to_json, texts of two lines": lambda: hn.to_json(lines),
            "to_json, indent 2": lambda: hn.to_json(negotiation, indent=2),
            "unstructure (generated writer)": lambda: unstructure(negotiation),
            "orjson.dumps of the data (floor)": lambda: orjson.dumps(plain),
        }
    )
    print("dump")
    print(runs_row(dump, "pydantic"))
    print(runs_row(dump, "to_json", "pydantic", 0.7))
    print(runs_row(dump, "to_json, indent 2", "pydantic"))
    print(runs_row(dump, "to_json, texts quoted", "pydantic, texts quoted"))
    print(runs_row(dump, "to_json, texts of two lines", "pydantic, texts of two lines"))
    print(runs_row(dump, "unstructure (generated writer)", "to_json"))
    print(runs_row(dump, "orjson.dumps of the data (floor)", "pydantic"))


def main() -> None:
    print(
        f"Python {platform.python_version()}, hyvaneuvottelu {hn.__version__}, "
        f"pydantic {pydantic.VERSION}, orjson {orjson.__version__}, "
        f"jiter {getattr(jiter, '__version__', '?')}"
    )
    peer = negotiation_model()
    print(f"machine: {platform.machine()}, {os.cpu_count()} CPUs, load {os.getloadavg()[0]:.1f}")
    measure("example memo", examples.load(), peer, {"load": 1.3})
    measure(
        "large memo (200 sections, 200 outcomes)",
        large_negotiation(),
        peer,
        {"load": 1.0, "load without": 1.5},
    )


if __name__ == "__main__":
    main()
