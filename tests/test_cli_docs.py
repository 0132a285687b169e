"""The command-line page names every command and every option the parser has."""

from __future__ import annotations

import argparse

import pytest

from hyvaneuvottelu.cli import _parser

from .documents import REPO

PAGE = (REPO / "docs" / "cli.md").read_text(encoding="utf-8")


def _commands() -> dict[str, argparse.ArgumentParser]:
    (action,) = (a for a in _parser()._actions if isinstance(a, argparse._SubParsersAction))
    return dict(action.choices)


@pytest.mark.parametrize("command", sorted(_commands()))
def test_every_command_and_option_is_documented(command: str) -> None:
    assert f"## `{command}`" in PAGE
    section = PAGE.split(f"## `{command}`", 1)[1].split("\n## ", 1)[0]
    for action in _commands()[command]._actions:
        options = [o for o in action.option_strings if o.startswith("--") and o != "--help"]
        for option in options:
            assert option in section, f"{command} {option} is not in docs/cli.md"
        for choice in action.choices or () if options else ():
            assert str(choice) in section, f"{command} {options[0]} {choice} is not in docs/cli.md"
