"""JSON load and dump: hyvaneuvottelu against pydantic v2 and orjson, in one run.

Run: ``python -m benchmarks.bench_json`` (needs the ``benchmark`` extra:
``pip install -e '.[benchmark]'``, which also brings orjson, the optional
``fast`` encoder; both encoders are timed). Prints times per call and ratios;
the issue's targets are load <= 1.0x pydantic ``model_validate_json`` and
dump <= 0.7x ``model_dump_json``.
"""

from __future__ import annotations

import json
import platform
from typing import Any

import orjson
import pydantic

import hyvaneuvottelu as hn
from hyvaneuvottelu import examples
from hyvaneuvottelu.jsonformat import _codec, structure, unstructure

from ._timing import best_of, row
from .large import large_negotiation
from .pydantic_peer import negotiation_model


def measure(title: str, negotiation: hn.Negotiation, peer: Any) -> None:
    data = hn.to_json(negotiation)
    peer_object = peer.model_validate_json(data)
    plain = orjson.loads(data)
    body = {k: v for k, v in plain.items() if k != "schemaVersion"}
    # Both sides read and write the same documents.
    assert hn.from_json(data) == negotiation
    assert json.loads(peer_object.model_dump_json(by_alias=True, exclude_defaults=True)) == plain

    print(f"\n{title}: {len(data):,} bytes")
    load_peer = best_of(lambda: peer.model_validate_json(data))
    load_ours = best_of(lambda: hn.from_json(data))
    print("load")
    print(row("pydantic model_validate_json", load_peer))
    print(row("hyvaneuvottelu.from_json", load_ours, load_peer, "of pydantic"))
    parse = best_of(lambda: json.loads(data))
    print(row("  of which json.loads (stdlib)", parse, load_ours, "of from_json"))
    build = best_of(lambda: structure(body))
    print(row("  of which structure (cattrs)", build, load_ours, "of from_json"))
    floor = best_of(lambda: orjson.loads(data))
    print(row("orjson.loads alone (floor)", floor, load_peer, "of pydantic"))

    dump_peer = best_of(lambda: peer_object.model_dump_json(by_alias=True, exclude_defaults=True))
    dump_ours = best_of(lambda: hn.to_json(negotiation))
    dump_stdlib = best_of(
        lambda: _codec.encode_stdlib(
            {"schemaVersion": hn.SCHEMA_VERSION, **unstructure(negotiation)}, None
        )
    )
    print("dump")
    print(row("pydantic model_dump_json", dump_peer))
    print(row("hyvaneuvottelu.to_json (orjson encoder)", dump_ours, dump_peer, "of pydantic"))
    print(row("hyvaneuvottelu.to_json (stdlib encoder)", dump_stdlib, dump_peer, "of pydantic"))
    walk = best_of(lambda: unstructure(negotiation))
    print(row("  of which unstructure (cattrs)", walk, dump_ours, "of to_json (orjson)"))
    floor = best_of(lambda: orjson.dumps(plain))
    print(row("orjson.dumps of the plain data (floor)", floor, dump_peer, "of pydantic"))


def main() -> None:
    print(
        f"Python {platform.python_version()}, hyvaneuvottelu {hn.__version__}, "
        f"pydantic {pydantic.VERSION}, orjson {orjson.__version__}"
    )
    peer = negotiation_model()
    measure("example memo", examples.load(), peer)
    measure("large memo (200 sections, 200 outcomes)", large_negotiation(), peer)


if __name__ == "__main__":
    main()
