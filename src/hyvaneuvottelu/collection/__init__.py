"""A collection of memos: read from files, folders and archive packages, and queried.

>>> from hyvaneuvottelu.collection import read_memos, select
>>> entries = read_memos(["examples/lohja-neuvottelumuistio.json"])
>>> [(e.path, e.ok) for e in select(entries, municipality="Lohja")]
[('examples/lohja-neuvottelumuistio.json', True)]
"""

from ._entry import MemoEntry
from ._query import QueryError, council_term_of, select
from ._read import read_memos
from ._walk import Reasons

__all__ = ["MemoEntry", "QueryError", "Reasons", "council_term_of", "read_memos", "select"]
