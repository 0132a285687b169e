"""Developer tools: mutation testing (``python -m tools.mutate``) and fuzzing
(``python -m tools.fuzz``).

Not part of the library and not installed with it; see docs/development.md.
"""
