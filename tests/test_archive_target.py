"""A package is never written over, around or into its own inputs."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from hyvaneuvottelu import OutputError
from hyvaneuvottelu.archive import check_target
from hyvaneuvottelu.archive._target import package_path

ADVICE = "choose a target outside the inputs; nothing was written"


@pytest.fixture
def memos(tmp_path: Path) -> Path:
    folder = tmp_path / "memos"
    folder.mkdir()
    (folder / "a.json").write_bytes(b"{}")
    return folder


def refusal(target: Path | str, inputs: list[Path | str]) -> str:
    with pytest.raises(OutputError) as caught:
        check_target(target, inputs)
    return str(caught.value)


def test_a_target_apart_from_the_inputs_passes(memos: Path, tmp_path: Path) -> None:
    check_target(tmp_path / "package", [memos, memos / "a.json"])
    check_target(memos.parent / "package.zip", [memos / "a.json"])
    check_target(tmp_path / "package", ["-"])


def test_the_target_is_an_input_folder(memos: Path) -> None:
    assert refusal(memos, [memos]) == f"{memos}: the target is the input {memos}; {ADVICE}"


def test_the_target_is_an_input_file(memos: Path) -> None:
    memo = memos / "a.json"
    assert refusal(memo, [memo]) == f"{memo}: the target is the input {memo}; {ADVICE}"


def test_the_target_holds_an_input(memos: Path, tmp_path: Path) -> None:
    memo = memos / "a.json"
    assert refusal(tmp_path, [memo]) == f"{tmp_path}: the target holds the input {memo}; {ADVICE}"


def test_the_target_lies_inside_an_input_folder(memos: Path) -> None:
    target = memos / "deeper" / "package"
    assert refusal(target, [memos]) == (
        f"{target}: the target lies inside the input folder {memos}; {ADVICE}"
    )


def test_a_relative_target_and_dot_dot(memos: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(memos)
    assert refusal(".", [memos / "a.json"]) == (
        f".: the target holds the input {memos / 'a.json'}; {ADVICE}"
    )
    assert refusal("..", ["a.json"]) == f"..: the target holds the input a.json; {ADVICE}"
    assert refusal("../memos/.", ["a.json"]) == (
        f"../memos/.: the target holds the input a.json; {ADVICE}"
    )
    assert refusal("package", ["."]) == (
        f"package: the target lies inside the input folder .; {ADVICE}"
    )


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symlinks")
def test_symlinks_are_resolved(memos: Path, tmp_path: Path) -> None:
    link = tmp_path / "link"
    link.symlink_to(memos, target_is_directory=True)
    assert refusal(link, [memos]) == f"{link}: the target is the input {memos}; {ADVICE}"
    assert refusal(memos, [link / "a.json"]) == (
        f"{memos}: the target holds the input {link / 'a.json'}; {ADVICE}"
    )
    assert refusal(link / "package", [memos]) == (
        f"{link / 'package'}: the target lies inside the input folder {memos}; {ADVICE}"
    )
    # A memo given through a link to a file elsewhere: that file is the input.
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "real.json").write_bytes(b"{}")
    (memos / "b.json").symlink_to(elsewhere / "real.json")
    assert refusal(elsewhere, [memos / "b.json"]) == (
        f"{elsewhere}: the target holds the input {memos / 'b.json'}; {ADVICE}"
    )


def test_a_hard_link_to_an_input_is_the_input(memos: Path, tmp_path: Path) -> None:
    other = tmp_path / "other.json"
    os.link(memos / "a.json", other)
    memo = memos / "a.json"
    assert refusal(other, [memo]) == f"{other}: the target is the input {memo}; {ADVICE}"


def test_a_target_without_a_name_of_its_own_is_resolved(
    memos: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(memos)
    assert package_path(".") == memos
    assert package_path("..") == memos.parent
    assert package_path("package") == Path("package")
    with pytest.raises(OutputError) as caught:
        package_path("/")
    assert str(caught.value) == "/: expected a path that names the package, found /"
