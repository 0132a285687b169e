"""Which outcome follows which: the links between the steps of every memo, made once all
are known, and the errors found making them (an outcome not found, a follow-up dated
before what it follows, a cycle)."""

from __future__ import annotations

from collections.abc import Iterator

from ..model import EarlierOutcome
from ._items import ErrorKind, FollowupError, Step

__all__ = ["Links"]


class Links:
    """Which step follows which: roots, descendants, and the errors found linking."""

    def __init__(
        self,
        steps: list[Step],
        indexed: dict[tuple[str, str], int],
        records: dict[str, str],
        unused: dict[str, str],
    ) -> None:
        self.steps = steps
        self.parent: dict[int, int] = {}
        self.children: dict[int, list[int]] = {}
        #: Roots whose ``follows`` names an outcome not found.
        self.unresolved: dict[int, EarlierOutcome] = {}
        self.errors: list[tuple[int, FollowupError]] = []
        for index, step in enumerate(steps):
            follows = step.follows
            if follows is None:
                continue
            target = indexed.get((follows.record, follows.outcome))
            if target is None:
                self.unresolved[index] = follows
                self.errors.append((index, _missing(step, follows, records, unused)))
                continue
            earlier = steps[target]
            if _dated_before(step, earlier):
                self.errors.append((index, _dated_before_error(step, earlier)))
            self.parent[index] = target
        self._cut_cycles()
        for child, parent in self.parent.items():
            self.children.setdefault(parent, []).append(child)

    def _cut_cycles(self) -> None:
        # Each step has at most one parent, so a cycle is found by walking
        # up; each cycle is cut once, at its earliest step.
        state: dict[int, int] = {}  # 1: on the current walk, 2: done
        for start in list(self.parent):
            walk: list[int] = []
            node: int | None = start
            while node is not None and node not in state:
                state[node] = 1
                walk.append(node)
                node = self.parent.get(node)
            if node is not None and state[node] == 1:
                cycle = walk[walk.index(node) :]
                cut = min(cycle, key=lambda i: self.steps[i].order)
                earlier = self.steps[self.parent.pop(cut)]
                step = self.steps[cut]
                self.errors.append(
                    (
                        cut,
                        FollowupError(
                            path=step.path,
                            kind=ErrorKind.CYCLE,
                            values=(
                                ("outcome", step.outcome),
                                ("earlier", earlier.outcome),
                                ("memo", earlier.path),
                            ),
                        ),
                    )
                )
            for visited in walk:
                state[visited] = 2

    def roots(self) -> Iterator[int]:
        return (i for i in range(len(self.steps)) if i not in self.parent)

    def descendants(self, root: int) -> Iterator[int]:
        stack = list(self.children.get(root, ()))
        while stack:
            node = stack.pop()
            yield node
            stack.extend(self.children.get(node, ()))


def _missing(
    step: Step, follows: EarlierOutcome, records: dict[str, str], unused: dict[str, str]
) -> FollowupError:
    values = (
        ("outcome", step.outcome),
        ("record", follows.record),
        ("earlier", follows.outcome),
    )
    memo = records.get(follows.record)
    if memo is None and follows.record in unused:
        return FollowupError(
            path=step.path,
            kind=ErrorKind.UNUSED_RECORD,
            values=(*values, ("memo", unused[follows.record])),
        )
    if memo is None:
        return FollowupError(path=step.path, kind=ErrorKind.MISSING_RECORD, values=values)
    return FollowupError(
        path=step.path, kind=ErrorKind.MISSING_OUTCOME, values=(*values, ("memo", memo))
    )


def _dated_before(step: Step, earlier: Step) -> bool:
    return step.date is not None and earlier.date is not None and step.date.before(earlier.date)


def _dated_before_error(step: Step, earlier: Step) -> FollowupError:
    return FollowupError(
        path=step.path,
        kind=ErrorKind.DATED_BEFORE,
        values=(
            ("outcome", step.outcome),
            ("date", step.date.text if step.date else ""),
            ("earlier", earlier.outcome),
            ("earlier_date", earlier.date.text if earlier.date else ""),
            ("memo", earlier.path),
        ),
    )
