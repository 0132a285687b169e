"""A pytest plugin for mutation runs: fewer, derandomized Hypothesis examples and no deadline.

Loaded with ``-p tools._mutation_plugin`` by the mutation runner only. Fewer
examples keep a run to hours rather than days; derandomized examples make a
result repeatable (and so cacheable); no deadline, because a mutant that is
merely slower must not count as caught.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

settings.register_profile(
    "mutation",
    max_examples=int(os.environ.get("MUTATION_HYPOTHESIS_EXAMPLES", "20")),
    derandomize=True,
    database=None,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.load_profile("mutation")
