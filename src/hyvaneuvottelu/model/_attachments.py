"""Attachments and background material of a memo."""

from __future__ import annotations

import attrs

from . import _checks
from ._codes import AttachmentKind
from ._text import LocalizedText

__all__ = ["Attachment"]


#: A plain file name: no folder, no leading dot, ASCII only, so that it is
#: the same name in every file system and inside a package.
FILE_NAME_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$"


@attrs.frozen(kw_only=True, field_transformer=_checks.protect)
class Attachment:
    """A file that belongs with the memo (liite): pre-material, an agreement's text, an annex.

    ``part_of_record`` says whether the file is part of the record: such a
    file is archived with the memo, found by ``file_name`` beside it and
    checked against ``sha256``. Background material that is only mentioned
    needs no file.
    """

    id: str = attrs.field(validator=_checks.identifier)
    kind: AttachmentKind
    title: LocalizedText
    #: The file's name, without a folder: "yhteistyosopimus-2026.pdf".
    file_name: str | None = attrs.field(
        default=None,
        validator=_checks.optional(
            _checks.matches(
                FILE_NAME_PATTERN,
                "a file name of at most 128 ASCII letters, digits, '_', '.' or '-', "
                "not starting with '.', '_' or '-'",
            )
        ),
    )
    #: The IANA media type, "application/pdf".
    media_type: str | None = attrs.field(
        default=None,
        validator=_checks.optional(
            _checks.matches(
                r"^[a-z0-9][a-z0-9!#$&^_.+-]*/[a-z0-9][a-z0-9!#$&^_.+-]*$",
                "a media type such as 'application/pdf'",
            )
        ),
    )
    #: The file's SHA-256, 64 lower-case hexadecimal digits.
    sha256: str | None = attrs.field(
        default=None,
        validator=_checks.optional(
            _checks.matches(r"^[0-9a-f]{64}$", "a SHA-256 of 64 lower-case hexadecimal digits")
        ),
    )
    #: Whether the file is part of the record (archived with the memo).
    part_of_record: bool = False
