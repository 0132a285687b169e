"""Sphinx configuration."""

from __future__ import annotations

from hyvaneuvottelu import __version__

project = "hyvaneuvottelu"
author = "The hyvaneuvottelu authors"
copyright = "2026, The hyvaneuvottelu authors"
release = __version__
version = __version__

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.doctest",
    "sphinx.ext.napoleon",
]
source_suffix = {".md": "markdown", ".rst": "restructuredtext"}
myst_enable_extensions = ["colon_fence", "deflist"]
exclude_patterns = ["_build"]
html_theme = "furo"
html_title = "hyvaneuvottelu"
autodoc_member_order = "bysource"
autodoc_typehints = "description"
nitpicky = False
