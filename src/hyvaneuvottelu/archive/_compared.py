"""Whether each memo of a package agrees with what its case files in ``sahke2.xml`` say.

The plan read by :mod:`._described` keeps each case file serialized; here a
memo's case files are parsed again, one at a time, and their values and
attachments compared with what the memo would give them.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import PurePosixPath

from .._messages import Message, message
from ..model import Negotiation
from ._attachments import ATTACHMENTS_FOLDER, record_attachments
from ._described import Described, attachment_path, parse_again, report, texts
from ._findings import Findings, Section
from ._mapping import agreed_values
from ._package import SAHKE2_FILE

__all__ = ["compare"]


def compare(described: Described, memo: Negotiation, memo_name: str, findings: Findings) -> None:
    """Report where the case files whose memo is ``memo_name`` disagree with it."""
    expected_values = agreed_values(memo)
    for index in described.memos.get(memo_name, ()):
        _compare_attachments(described, index, memo, memo_name, findings)
        case = parse_again(described.cases[index - 1])
        for path, expected in expected_values.items():
            found = texts(case, path, described.namespace)
            if found != expected and not _topic_codes(path, found, memo):
                text = _differs(f"CaseFile[{index}]", path, found, memo_name, expected)
                report(findings, Section.SAHKE2, SAHKE2_FILE, text)


def _topic_codes(path: str, found: tuple[str, ...], memo: Negotiation) -> bool:
    """Whether ``found`` are the memo's topics as codes: packages written before
    SÄHKE2 subjects were Finnish words hold those, and are no less intact."""
    return path == "Subject" and found == tuple(topic.value for topic in memo.topics)


def _compare_attachments(
    described: Described, index: int, memo: Negotiation, memo_name: str, findings: Findings
) -> None:
    """Each attachment the memo holds as part of its record, and nothing else, in its case."""
    folder = f"{PurePosixPath(memo_name).parent}/{ATTACHMENTS_FOLDER}/"
    found = {
        d.path: d
        for d in described.documents
        if d.case == index and d.path.startswith(folder) and attachment_path(d.path)
    }
    expected: set[str] = set()
    for position, attachment in record_attachments(memo):
        path = f"{folder}{attachment.file_name}"
        expected.add(path)
        document = found.get(path)
        where = f"CaseFile[{index}]"
        if document is None:
            text = message(
                "verify.sahke2.no_attachment", where=where, path=path, memo=memo_name, n=position
            )
            report(findings, Section.SAHKE2, SAHKE2_FILE, text)
            continue
        if document.sha256 is not None and document.sha256 != attachment.sha256:
            altered = message(
                "verify.sahke2.attachment_altered",
                found=document.sha256,
                file=SAHKE2_FILE,
                memo=memo_name,
                expected=str(attachment.sha256),
            )
            report(findings, Section.FILES, path, altered)
        if document.format[0] != attachment.media_type:
            said = {
                "where": where,
                "path": path,
                "memo": memo_name,
                "media": str(attachment.media_type),
            }
            wrong = (
                message("verify.sahke2.attachment_format", format=document.format[0], **said)
                if document.format[0]
                else message("verify.sahke2.attachment_no_format", **said)
            )
            report(findings, Section.SAHKE2, SAHKE2_FILE, wrong)
    for path in sorted(set(found) - expected):
        text = message(
            "verify.sahke2.not_attachment", where=f"CaseFile[{index}]", path=path, memo=memo_name
        )
        report(findings, Section.SAHKE2, SAHKE2_FILE, text)


def _differs(
    where: str, path: str, found: tuple[str, ...], memo: str, expected: tuple[str, ...]
) -> Message:
    """A value of a case file that is not the memo's (one of them may be missing)."""
    if not found:
        return message(
            "verify.sahke2.differs_missing",
            where=where,
            path=path,
            memo=memo,
            expected=_shown(expected),
        )
    if not expected:
        return message(
            "verify.sahke2.differs_none", where=where, path=path, found=_shown(found), memo=memo
        )
    return message(
        "verify.sahke2.differs",
        where=where,
        path=path,
        found=_shown(found),
        memo=memo,
        expected=_shown(expected),
    )


def _shown(values: Iterable[str]) -> str:
    return ", ".join(f'"{value}"' for value in values)
