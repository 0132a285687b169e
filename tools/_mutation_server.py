"""A fork server for the mutation runner: the third-party imports once, one fork per mutant.

Started by ``python -m tools.mutate`` in a private copy of the repository, with
that copy's ``src`` first on ``PYTHONPATH``. It reads one JSON request a line
(``{"args": [...], "timeout": seconds, "output": path}``), forks, runs pytest
with ``args`` in the child (output to ``output``), and answers one JSON line
``{"code": exit status or null after a timeout}``. The library itself is never
imported here, only in the children, so each child sees the mutant written
into the copy just before it.
"""

from __future__ import annotations

import contextlib
import importlib
import json
import os
import signal
import sys
import time

__all__ = ["main"]

#: Slow third-party imports the tests share; a missing one is simply not preloaded.
_PRELOAD = (
    "pytest",
    "_pytest.doctest",
    "hypothesis",
    "hypothesis.strategies",
    "lxml.etree",
    "attrs",
    "cattrs",
    "jsonschema",
    "xmlschema",
    "orjson",
)


def _child(args: list[str], output: str) -> None:
    os.setsid()
    descriptor = os.open(output, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.dup2(descriptor, 1)
    os.dup2(descriptor, 2)
    os.close(descriptor)
    code = 3
    try:
        import pytest

        code = int(pytest.main(args))
    except BaseException:  # noqa: BLE001 -- shown in the output, then the child ends
        import traceback

        traceback.print_exc()
    finally:
        with contextlib.suppress(Exception):
            sys.stdout.flush()
            sys.stderr.flush()
        os._exit(code)


def _wait(pid: int, timeout: float) -> int | None:
    deadline = time.monotonic() + timeout
    while True:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            return os.waitstatus_to_exitcode(status)
        if time.monotonic() > deadline:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
            return None
        time.sleep(0.02)


_running: list[int] = []


def _stop(_signum: int, _frame: object) -> None:
    """Asked to stop: the running child's whole session goes too."""
    for pid in _running:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(pid, signal.SIGKILL)
    os._exit(1)


def main() -> int:
    signal.signal(signal.SIGTERM, _stop)
    for name in _PRELOAD:
        with contextlib.suppress(ImportError):
            importlib.import_module(name)
    print(json.dumps({"ready": True}), flush=True)
    for line in sys.stdin:
        request = json.loads(line)
        pid = os.fork()
        if pid == 0:
            signal.signal(signal.SIGTERM, signal.SIG_DFL)
            _child(request["args"], request["output"])
        _running.append(pid)
        code = _wait(pid, float(request["timeout"]))
        _running.remove(pid)
        print(json.dumps({"code": code}), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
