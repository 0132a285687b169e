"""A seeded random sample of each target's mutants, and what the sample says about the whole.

A full run of the default targets takes hours on two cores; a sample of a few
hundred mutants per target gives the killed share within a few points, and
the Wilson interval says how many.
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable, Sequence
from typing import TypeVar

__all__ = ["sample", "wilson_interval"]

T = TypeVar("T")

#: The normal quantile of a two-sided 95 % interval.
_Z95 = 1.959963984540054


def sample(
    items: Sequence[T], size: int, seed: int, target: str, key: Callable[[T], str]
) -> list[T]:
    """``size`` of ``items`` (all of them if there are no more), in the order they were drawn.

    The draw depends on the seed, the target's name and the items' keys only,
    not on the order the items come in, so that a later run with the same
    seed draws the same mutants while the modules are unchanged. A smaller
    sample is the beginning of a larger one: a run stopped early has run a
    sample too.
    """
    ordered = sorted(items, key=key)
    random.Random(f"{seed}\0{target}").shuffle(ordered)
    return ordered[:size]


def wilson_interval(successes: int, trials: int, z: float = _Z95) -> tuple[float, float]:
    """The Wilson score interval for a share of ``successes`` in ``trials`` (95 % by default)."""
    if not 0 <= successes <= trials:
        raise ValueError(f"successes must be between 0 and {trials}, not {successes}")
    if trials == 0:
        return (0.0, 1.0)
    share = successes / trials
    squared = z * z
    centre = (share + squared / (2 * trials)) / (1 + squared / trials)
    spread = (
        z
        / (1 + squared / trials)
        * math.sqrt(share * (1 - share) / trials + squared / (4 * trials * trials))
    )
    return (max(0.0, centre - spread), min(1.0, centre + spread))
