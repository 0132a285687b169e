"""Outcomes the text plainly names, as proposals a person confirms.

Only wordings that say what happened are read: "halutaan jatkaa" (continues),
"ovat edelleen olemassa" (exists), "tullaan muodostamaan uusi
yhteistyörakenne" (planned), "sopimus on menossa allekirjoitukseen"
(pending), "ehdotti ... tapaamista" (proposed), "on tarkoitus järjestää ...
aikana" (planned, with its timing), "ollaan myöhemmin yhteydessä" (open),
and their Swedish counterparts. Each outcome's title is the clause that names
it, as written; nothing is paraphrased. Challenges and matters to agree
separately need judgement and are left to the person.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from ..model import (
    Agreement,
    CooperationStructure,
    FollowUpAction,
    LocalizedText,
    OperatingModel,
    Outcome,
    OutcomeStatus,
    SourceRef,
)
from ._ids import Identifiers
from ._parties import PartyFinder, slug
from ._sections import Passage
from ._topics import topics_in

__all__ = ["Proposal", "propose_outcomes"]

_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[\"“”'(]?[A-ZÅÄÖ0-9])")
_STRUCTURE_WORDS = re.compile(
    r"rakente|rakenne|työryhm|ryhmä|foorumi|verkosto|struktur|arbetsgrupp|forum|nätverk", re.I
)
_DUE = {
    "fi": re.compile(
        r"\b(?:(?:(?:tämän|ensi|kuluvan|seuraavan|saman)\s+)?[\wåäö]+\s+(?:\d{4}\s+)?"
        r"(?:aikana|mennessä)|myöhemmin)\b",
        re.I,
    ),
    "sv": re.compile(
        r"\b(?:under\s+[\wåäö]+(?:\s+\d{4})?|senare|före\s+[\wåäö]+(?:\s+\d{4})?)\b", re.I
    ),
}
_LEADING = re.compile(r"^(?:ja|sekä|mutta|lisäksi|myös|och|men|dessutom|även)\s+", re.I)

#: What a wording names: a structure or operating model (by its words), an agreement, a follow-up.
_STRUCTURE, _AGREEMENT, _FOLLOW_UP = "structure", "agreement", "followUp"


@attrs.frozen
class _Wording:
    pattern: re.Pattern[str]
    kind: str
    status: OutcomeStatus
    #: The outcome was proposed by whoever the text before the verb names.
    has_proposer: bool = False


def _w(pattern: str, kind: str, status: OutcomeStatus, *, proposer: bool = False) -> _Wording:
    return _Wording(re.compile(pattern, re.IGNORECASE), kind, status, proposer)


_WORDINGS: dict[str, tuple[_Wording, ...]] = {
    "fi": (
        _w(
            r"\b(?:halutaan|on tarkoitus|päätettiin) jatkaa\b|\bjatketaan\b",
            _STRUCTURE,
            OutcomeStatus.CONTINUES,
        ),
        _w(r"\b(?:ovat|on) edelleen olemassa\b", _STRUCTURE, OutcomeStatus.EXISTING),
        _w(r"\btullaan (?:muodostamaan|perustamaan|luomaan)\b", _STRUCTURE, OutcomeStatus.PLANNED),
        _w(
            r"sopimus\w*\s+on\s+(?:menossa|tulossa)\s+(?:\w+\s+)?allekirjoitettavaksi|sopimus\w*\s+on\s+(?:menossa|tulossa)\s+(?:\w+\s+)?allekirjoitukseen",
            _AGREEMENT,
            OutcomeStatus.PENDING,
        ),
        _w(
            r"\behdotti\b.*\b(?:tapaami|kokou|neuvottelu|selvity)"
            r"|\besitti toiveen\b.*\b(?:tapaami|kokou|neuvottelu)",
            _FOLLOW_UP,
            OutcomeStatus.PROPOSED,
            proposer=True,
        ),
        _w(
            r"\bon tarkoitus (?:järjestää|pitää|käydä|valmistella|selvittää)\b",
            _FOLLOW_UP,
            OutcomeStatus.PLANNED,
        ),
        _w(
            r"\bon ottamassa\b.*\bkäyttöön\b|\bmenossa\b.*\bpäätettäväksi\b",
            _FOLLOW_UP,
            OutcomeStatus.PLANNED,
        ),
        _w(
            r"\bollaan (?:\w+\s+)?yhteydessä\b|\botetaan yhteyttä\b", _FOLLOW_UP, OutcomeStatus.OPEN
        ),
    ),
    "sv": (
        _w(
            r"\b(?:vill|ska|skall)\s+(?:\w+\s+)?fortsätta\b|\bfortsätter\b",
            _STRUCTURE,
            OutcomeStatus.CONTINUES,
        ),
        _w(r"\bfinns (?:fortfarande|kvar)\b", _STRUCTURE, OutcomeStatus.EXISTING),
        _w(r"\bkommer att (?:bildas|inrättas|skapas)\b", _STRUCTURE, OutcomeStatus.PLANNED),
        _w(
            r"avtal\w*\s+(?:ska|kommer att|skall)\s+(?:snart\s+)?undertecknas",
            _AGREEMENT,
            OutcomeStatus.PENDING,
        ),
        _w(
            r"\bföreslog\b.*\b(?:möte|träff|förhandling|utredning)",
            _FOLLOW_UP,
            OutcomeStatus.PROPOSED,
            proposer=True,
        ),
        _w(
            r"\b(?:avses|ska|skall) (?:ordnas|hållas|arrangeras)\b|\bär avsikten att\b",
            _FOLLOW_UP,
            OutcomeStatus.PLANNED,
        ),
        _w(r"\bkontaktar\b|\btar kontakt\b|\bhör av sig\b", _FOLLOW_UP, OutcomeStatus.OPEN),
    ),
}


@attrs.frozen
class Proposal:
    """An outcome the importer proposes, and the passage it came from."""

    outcome: Outcome
    passage: Passage


def propose_outcomes(
    passages: Sequence[Passage], finder: PartyFinder, language: str, taken: Identifiers
) -> list[Proposal]:
    """The outcomes ``passages`` plainly name, in memo order."""
    proposals: list[Proposal] = []
    for passage in passages:
        for sentence in _SENTENCE.split(passage.text):
            for wording in _WORDINGS[language]:
                match = wording.pattern.search(sentence)
                if match is not None:
                    outcome = _outcome(
                        sentence, match, wording, passage, _Context(finder, language, taken)
                    )
                    proposals.append(Proposal(outcome, passage))
    return proposals


@attrs.frozen
class _Context:
    finder: PartyFinder
    language: str
    #: Identifiers already in the draft.
    taken: Identifiers


def _outcome(
    sentence: str, match: re.Match[str], wording: _Wording, passage: Passage, context: _Context
) -> Outcome:
    finder, language, taken = context.finder, context.language, context.taken
    clause = _clause(sentence, match.start())
    ident = taken.new(slug(" ".join(clause.split()[:5]))[:48].rstrip("-") or "outcome")
    title = LocalizedText(**{language: clause})
    topics = topics_in(sentence)
    parties = finder.mentioned(sentence)
    sources = (SourceRef(section=passage.section, point=passage.point),)
    if wording.kind == _FOLLOW_UP:
        due = _DUE[language].search(sentence[match.start() :]) or _DUE[language].search(sentence)
        named = finder.mentioned(sentence[: match.start()]) if wording.has_proposer else ()
        return FollowUpAction(
            id=ident,
            title=title,
            status=wording.status,
            topics=topics,
            parties=parties,
            sources=sources,
            proposer=named[0] if named else None,
            due_text=None if due is None else LocalizedText(**{language: due.group()}),
        )
    kind: type[Agreement | CooperationStructure | OperatingModel] = Agreement
    if wording.kind == _STRUCTURE:
        kind = CooperationStructure if _STRUCTURE_WORDS.search(clause) else OperatingModel
    return kind(
        id=ident,
        title=title,
        status=wording.status,
        topics=topics,
        parties=parties,
        sources=sources,
    )


def _clause(sentence: str, at: int) -> str:
    """The clause of ``sentence`` between commas that holds position ``at``, no link word."""
    start = sentence.rfind(", ", 0, at)
    end = sentence.find(", ", at)
    clause = sentence[start + 2 if start >= 0 else 0 : end if end >= 0 else len(sentence)]
    return _LEADING.sub("", clause.strip()).rstrip(".!?:; ")
