"""The mutation runner's mutants, report and equivalent-mutants file."""

from __future__ import annotations

import textwrap
from collections import Counter
from pathlib import Path

import pytest

from tools._mutants import mutants
from tools._mutation_report import (
    Equivalent,
    entry_problem,
    load_equivalents,
    named_mutants,
    score,
    write_report,
)

ROOT = Path(__file__).resolve().parents[2]
#: The list the runner reads; an entry that names no mutant or several must be fixed with the code.
EQUIVALENTS = ROOT / "tools" / "mutation-equivalent.toml"

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
        '[[mutant]]\nmodule = "src/m.py"\nline = 3\ncode = "if a < b:"\nmutation = "< -> <="\n'
        'reason = "why"\n',
        encoding="utf-8",
    )
    [entry] = load_equivalents(good)
    assert entry == Equivalent("src/m.py", 3, "if a < b:", "< -> <=", "why")
    bad = tmp_path / "bad.toml"
    bad.write_text('[[mutant]]\nmodule = "src/m.py"\nline = 3\n', encoding="utf-8")
    with pytest.raises(SystemExit, match=r"bad\.toml: mutant 1 lacks 'code'"):
        load_equivalents(bad)
    assert load_equivalents(tmp_path / "absent.toml") == []


def test_the_score_sets_equivalent_mutants_and_errors_aside() -> None:
    counts = Counter(
        {"killed": 6, "timeout": 1, "survived": 2, "no tests": 1, "equivalent": 5, "error": 3}
    )
    assert score(counts) == 7 / 10
    assert score(Counter({"equivalent": 2})) is None


BEFORE = textwrap.dedent(
    """\
    def f(x: int) -> int:
        if x < 3:
            return 1
        return x + 1


    def g(x: int) -> int:
        if x < 3:
            return 2
        return x
    """
)


def _entry(line: int, code: str, mutation: str, **where: int) -> Equivalent:
    return Equivalent("src/m.py", line, code, mutation, "why", **where)


def _named(entry: Equivalent, source: str) -> list[tuple[int, int, str]]:
    return [
        (m.line, m.col, m.description) for m in entry.named(mutants(source), source.splitlines())
    ]


def test_an_equivalent_entry_follows_its_line_when_an_edit_shifts_it() -> None:
    entry = _entry(4, "return x + 1", "+ -> -")
    assert _named(entry, BEFORE) == [(4, 11, "+ -> -")]
    shifted = "import os\n\n\n" + BEFORE
    assert _named(entry, shifted) == [(7, 11, "+ -> -")]
    moved_into_a_class = "class C:\n" + textwrap.indent(BEFORE, "    ")
    assert _named(entry, moved_into_a_class) == [(5, 15, "+ -> -")]


def test_an_equivalent_entry_no_longer_matches_when_its_line_changes() -> None:
    entry = _entry(4, "return x + 1", "+ -> -")
    changed = BEFORE.replace("return x + 1", "return x + 2")
    assert _named(entry, changed) == []
    assert entry_problem(entry, entry.named(mutants(changed), changed.splitlines())) == (
        "src/m.py:4: + -> - on `return x + 1`: no such mutant now (stale)"
    )
    other_mutation = _entry(4, "return x + 1", "- -> +")
    assert _named(other_mutation, BEFORE) == []


def test_of_two_lines_with_the_entry_text_the_nearest_to_its_line_wins() -> None:
    assert _named(_entry(2, "if x < 3:", "< -> <="), BEFORE) == [(2, 7, "< -> <=")]
    assert _named(_entry(7, "if x < 3:", "< -> <="), BEFORE) == [(8, 7, "< -> <=")]
    # Three lines after the first and three before the second: no way to choose.
    halfway = _entry(5, "if x < 3:", "< -> <=")
    named = halfway.named(mutants(BEFORE), BEFORE.splitlines())
    assert [(m.line, m.col) for m in named] == [(2, 7), (8, 7)]
    assert entry_problem(halfway, named) == (
        "src/m.py:5: < -> <= on `if x < 3:`: 2 mutants alike (2:7 to 2:12, 8:7 to 8:12):"
        " tell it by line, column or end_column"
    )


def test_a_column_and_an_end_column_tell_apart_mutations_alike_on_one_line() -> None:
    source = "y = a - b - c + d(1) + e(1)\n"
    ones = _entry(1, "y = a - b - c + d(1) + e(1)", "1 -> 0")
    assert [col for _, col, _ in _named(ones, source)] == [18, 25]
    assert _named(_entry(1, ones.code, "1 -> 0", column=25), source) == [(1, 25, "1 -> 0")]
    # The inner a - b starts where the outer a - b - c does.
    minus = _entry(1, ones.code, "- -> +", column=4)
    assert [(m.col, m.end_col) for m in minus.named(mutants(source), [ones.code])] == [
        (4, 13),
        (4, 9),
    ]
    inner = _entry(1, ones.code, "- -> +", column=4, end_column=9)
    assert [(m.col, m.end_col) for m in inner.named(mutants(source), [ones.code])] == [(4, 9)]


def test_every_listed_equivalent_mutant_names_exactly_one_mutant() -> None:
    entries = load_equivalents(EQUIVALENTS)
    problems = [
        problem
        for entry, named in zip(entries, named_mutants(entries, ROOT), strict=True)
        if (problem := entry_problem(entry, named)) is not None
    ]
    assert problems == []


def test_the_report_gives_where_each_entry_is_now_and_marks_stale_and_ambiguous_ones(
    tmp_path: Path,
) -> None:
    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "m.py").write_text("import os\n\n\n" + BEFORE, encoding="utf-8")
    entries = [
        _entry(4, "return x + 1", "+ -> -"),
        _entry(4, "return x + 2", "+ -> -"),
        _entry(8, "if x < 3:", "< -> <="),
    ]
    report = tmp_path / "report.md"
    write_report([], entries, report, tmp_path, 0.0)
    text = report.read_text(encoding="utf-8")
    assert text.split("## Equivalent mutants (set aside)\n\n")[1] == (
        "- `src/m.py:7:11`: + -> -:\n"
        "  `return x + 1`: why\n"
        "- `src/m.py:4` (STALE: no such mutant now): + -> -:\n"
        "  `return x + 2`: why\n"
        "- `src/m.py:8` (AMBIGUOUS: 2 alike): < -> <=:\n"
        "  `if x < 3:`: why\n"
    )
