"""Importing the memos that exist: plain text, Word and PDF into validated drafts.

>>> from hyvaneuvottelu import import_text
>>> result = import_text('''Neuvottelu
...
... 1. Puheenjohtaja avaa neuvottelun
...
... Lohjan kaupungin ja hyvinvointialueen neuvottelu alkoi.
...
... 2. Neuvottelujen päätös
...
... Puheenjohtaja päätti neuvottelun.
... ''')
>>> [s.title.fi for s in result.negotiation.sections]
['Puheenjohtaja avaa neuvottelun', 'Neuvottelujen päätös']
>>> result.negotiation.county.name.fi
'Länsi-Uudenmaan hyvinvointialue'
>>> result.complete
True
"""

from ._draft import import_text
from ._files import IMPORT_SUFFIXES, import_file
from ._result import ImportNote, ImportRefusedError, ImportResult, MissingExtraError, NoteKind

__all__ = [
    "IMPORT_SUFFIXES",
    "ImportNote",
    "ImportRefusedError",
    "ImportResult",
    "MissingExtraError",
    "NoteKind",
    "import_file",
    "import_text",
]
