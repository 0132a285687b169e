"""Sphinx configuration."""

from __future__ import annotations

import sys
from pathlib import Path

from hyvaneuvottelu import __version__

# The API reference's own directive, in docs/_ext.
sys.path.insert(0, str(Path(__file__).parent / "_ext"))

project = "hyvaneuvottelu"
author = "The hyvaneuvottelu authors"
copyright = "2026, The hyvaneuvottelu authors"
release = __version__
version = __version__

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.autosummary",
    "sphinx.ext.doctest",
    "public_module",
]
source_suffix = {".md": "markdown", ".rst": "restructuredtext"}
myst_enable_extensions = ["colon_fence", "deflist"]
# Files starting with "_" are sections that other pages include, not pages.
exclude_patterns = ["_build", "_*.md"]
html_theme = "furo"
html_title = "hyvaneuvottelu"
autodoc_member_order = "bysource"
autodoc_typehints = "description"
nitpicky = False
