"""The words of the findings about files: why a file could not be read or checked.

In each language of the rules' messages: an argument ``name`` holds the
Finnish text and ``name@sv``, ``name@en`` the others (see
:attr:`~hyvaneuvottelu.rules.RuleFinding.arguments`).
"""

from __future__ import annotations

import errno

from ._files import NotRegularFileError
from ._messages import os_error, recognise_found, render
from .errors import Problem
from .rules import NOT_A_DOCUMENT, RuleFinding

__all__ = [
    "OS_ERRORS",
    "SPECIAL_KINDS",
    "finding",
    "folder_error_words",
    "in_languages",
    "internal_error_words",
    "os_error_words",
    "problem_words",
    "too_large_words",
]


def finding(code: str, path: str, **arguments: str) -> RuleFinding:
    return RuleFinding(
        code=code,
        severity=NOT_A_DOCUMENT.severity,
        path=path if path != "/" else "",
        arguments=tuple(arguments.items()),
    )


def in_languages(name: str, fi: str, sv: str, en: str) -> dict[str, str]:
    return {name: fi, f"{name}@sv": sv, f"{name}@en": en}


def problem_words(problem: Problem) -> dict[str, str]:
    # A parser's own words (the JSON decoder's "Expecting value") are said in
    # English words too, or framed as the parser's (libxml2's).
    found = problem.found_message or recognise_found(problem.found, problem.expected)
    return {
        **in_languages(
            "expected",
            fi=problem.expected_in("fi"),
            sv=problem.expected_in("sv"),
            en=problem.expected,
        ),
        **in_languages(
            "found", fi=problem.found_in("fi"), sv=problem.found_in("sv"), en=render(found, "en")
        ),
    }


def too_large_words(limit: int) -> dict[str, str]:
    size = f"{limit / (1024 * 1024):g} MiB"
    return in_languages(
        "reason",
        fi=f"tiedosto on suurempi kuin enimmäiskoko {size}",
        sv=f"filen är större än maxstorleken {size}",
        en=f"the file is larger than the limit of {size}",
    )


#: Not a regular file: what it is, by NotRegularFileError.kind.
SPECIAL_KINDS = {
    "fifo": ("nimetty putki (FIFO)", "en namngiven pipe (FIFO)", "a named pipe (FIFO)"),
    "socket": ("pistoke (socket)", "en socket", "a socket"),
    "character device": ("merkkilaite", "en teckenenhet", "a character device"),
    "block device": ("lohkolaite", "en blockenhet", "a block device"),
    "special file": ("erikoistiedosto", "en specialfil", "a special file"),
}

#: Common reasons a file cannot be read, by errno; the catalogue's words for the system's
#: other common errors, and the system's own text, framed, for the rest.
OS_ERRORS = {
    errno.ENOENT: ("tiedostoa ei ole", "filen finns inte", "no such file"),
    errno.EACCES: ("ei käyttöoikeutta", "åtkomst nekad", "permission denied"),
    errno.EPERM: ("ei käyttöoikeutta", "åtkomst nekad", "permission denied"),
    errno.EISDIR: ("se on kansio", "det är en mapp", "it is a folder"),
    errno.ENOTDIR: (
        "polun osa ei ole kansio",
        "en del av sökvägen är ingen mapp",
        "a part of the path is not a folder",
    ),
}


def os_error_words(error: OSError) -> dict[str, str]:
    if isinstance(error, NotRegularFileError):
        fi, sv, en = SPECIAL_KINDS.get(error.kind, SPECIAL_KINDS["special file"])
        return in_languages(
            "reason",
            fi=f"ei tavallinen tiedosto vaan {fi}",
            sv=f"inte en vanlig fil utan {sv}",
            en=f"not a regular file but {en}",
        )
    words = OS_ERRORS.get(error.errno or 0)
    if words is None:
        said = os_error(error)
        words = (said.render("fi"), said.render("sv"), said.render("en"))
    fi, sv, en = words
    return in_languages("reason", fi=fi, sv=sv, en=en)


def folder_error_words(error: OSError) -> dict[str, str]:
    words = os_error_words(error)
    return in_languages(
        "reason",
        fi=f"kansion sisältöä ei voi lukea: {words['reason']}",
        sv=f"mappens innehåll kan inte läsas: {words['reason@sv']}",
        en=f"the folder cannot be listed: {words['reason@en']}",
    )


def internal_error_words(error: str) -> dict[str, str]:
    return {
        **in_languages(
            "expected",
            fi="tiedosto, jonka tämä versio pystyy tarkistamaan",
            sv="en fil som den här versionen kan kontrollera",
            en="a file this release can check",
        ),
        **in_languages(
            "found",
            fi=f"sisäinen virhe ({error}); ilmoitathan siitä kehittäjille",
            sv=f"ett internt fel ({error}); rapportera det gärna till utvecklarna",
            en=f"an internal error ({error}); please report it to the developers",
        ),
    }
