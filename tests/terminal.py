"""Running a command with its standard error on a terminal (a pseudo-terminal), as a person would."""

from __future__ import annotations

import os
import pty
import subprocess

__all__ = ["read_all", "stderr_on_a_terminal"]


def stderr_on_a_terminal(
    command: list[str], *, env: dict[str, str] | None = None
) -> tuple[int, str]:
    """Run ``command`` with standard error on a pseudo-terminal, standard output discarded.

    Returns the exit code and what the terminal was sent, decoded. The
    command has two minutes: it must not hang a test.
    """
    leader, follower = pty.openpty()
    try:
        process = subprocess.run(
            command,
            stdout=subprocess.DEVNULL,
            stderr=follower,
            env=env,
            timeout=120,
            check=False,
        )
        os.close(follower)
        follower = -1
        return process.returncode, read_all(leader)
    finally:
        if follower != -1:
            os.close(follower)
        os.close(leader)


def read_all(descriptor: int) -> str:
    """All a pseudo-terminal's leader is sent until the other end closes, decoded."""
    chunks = []
    while True:
        try:
            chunk = os.read(descriptor, 65536)
        except OSError:  # EIO: the other end is closed
            break
        if not chunk:
            break
        chunks.append(chunk)
    return b"".join(chunks).decode()
