"""The mutation runner's mutants, report and equivalent-mutants file."""

from __future__ import annotations

import textwrap
from collections import Counter
from pathlib import Path

import pytest

from tools._mutants import mutants
from tools._mutation_report import load_equivalents, score

SOURCE = textwrap.dedent(
    '''
    """Module docstring: never mutated."""

    __all__ = ["f"]

    LIMIT: int = 3


    def f(items: list[int], flag: bool = True) -> int | None:
        """Function docstring."""
        total = 0
        for item in items:
            if item < LIMIT and not flag:
                break
            total += item
        print("ä", total)
        return total
    '''
)


def test_every_classic_operator_once_and_nothing_else() -> None:
    found = [(m.line, m.description) for m in mutants(SOURCE)]
    assert found == [
        (6, "3 -> 0"),
        (6, "3 -> 2"),
        (6, "3 -> 4"),
        (9, "True -> False"),
        (11, "0 -> -1"),
        (11, "0 -> 1"),
        (13, "< -> <="),
        (13, "and -> or"),
        (13, "negate if condition"),
        (13, "remove not"),
        (14, "break -> continue"),
        (15, "+= -> -="),
        (16, "remove statement print('ä', total)"),
        (16, "string 'ä' -> 'XXäXX'"),
        (17, "return total -> return None"),
    ]


@pytest.mark.parametrize(
    ("description", "line"),
    [
        ("< -> <=", "        if (item <= LIMIT) and not flag:"),
        ("string 'ä' -> 'XXäXX'", "    print(('XXäXX'), total)"),
        ("remove statement print('ä', total)", "    pass"),
        ("negate if condition", "        if (not (item < LIMIT and (not flag))):"),
    ],
)
def test_a_mutant_changes_its_span_and_keeps_every_other_byte(description: str, line: str) -> None:
    mutant = next(m for m in mutants(SOURCE) if m.description == description)
    mutated = mutant.apply(SOURCE).splitlines()
    original = SOURCE.splitlines()
    assert mutated[mutant.line - 1] == line
    assert mutated[: mutant.line - 1] == original[: mutant.line - 1]
    assert mutated[mutant.line :] == original[mutant.line :]


def test_a_line_marked_no_mutate_and_a_main_block_are_left_alone() -> None:
    source = "X = 1  # pragma: no mutate\nY = 2\nif __name__ == '__main__':\n    print(3)\n"
    assert [(m.line, m.description) for m in mutants(source)] == [
        (2, "2 -> 0"),
        (2, "2 -> 1"),
        (2, "2 -> 3"),
    ]


def test_equivalent_mutants_are_read_and_a_missing_field_is_named(tmp_path: Path) -> None:
    good = tmp_path / "good.toml"
    good.write_text(
        '[[mutant]]\nmodule = "src/m.py"\nline = 3\nmutation = "< -> <="\nreason = "why"\n',
        encoding="utf-8",
    )
    [entry] = load_equivalents(good)
    assert (entry.module, entry.line, entry.mutation, entry.reason) == (
        "src/m.py",
        3,
        "< -> <=",
        "why",
    )
    bad = tmp_path / "bad.toml"
    bad.write_text('[[mutant]]\nmodule = "src/m.py"\nline = 3\n', encoding="utf-8")
    with pytest.raises(SystemExit, match=r"bad\.toml: mutant 1 lacks 'mutation'"):
        load_equivalents(bad)
    assert load_equivalents(tmp_path / "absent.toml") == []


def test_the_score_sets_equivalent_mutants_and_errors_aside() -> None:
    counts = Counter(
        {"killed": 6, "timeout": 1, "survived": 2, "no tests": 1, "equivalent": 5, "error": 3}
    )
    assert score(counts) == 7 / 10
    assert score(Counter({"equivalent": 2})) is None
