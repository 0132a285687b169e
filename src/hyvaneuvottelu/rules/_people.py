"""Rules on the people of a memo: one chair, each person once, titles that fit, names only
where the memo says it holds personal data."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

import attrs

from ..model import LeadershipKind, MeetingRole, PersonalDataClass
from ..refdata import name_key
from ._context import Context, person
from ._registry import Hit, Severity, rule

__all__: list[str] = []


@rule(
    "HN-P020",
    Severity.WARNING,
    fi='Myös "{participant}" on merkitty puheenjohtajaksi; puheenjohtajana on jo "{chair}"',
    sv='Även "{participant}" har angetts som ordförande; ordförande är redan "{chair}"',
    en='"{participant}" is also marked as chair; "{chair}" already is',
    rationale="A negotiation has one chair, who answers for the memo; two is a copying error.",
)
def one_chair(ctx: Context) -> Iterator[Hit]:
    chair: dict[str, str] | None = None
    for index, participant in enumerate(ctx.negotiation.participants):
        if MeetingRole.CHAIR not in participant.roles:
            continue
        if chair is None:
            chair = person("chair", participant, index)
        else:
            yield (
                ("participants", index, "roles"),
                {
                    **person("participant", participant, index),
                    **chair,
                },
            )


def _person_key(name: str) -> str:
    """A name compared without case, accents composed, spacing and hyphen spacing."""
    folded = unicodedata.normalize("NFC", name).casefold()
    return " ".join(folded.replace("-", " - ").split())


@rule(
    "HN-P021",
    Severity.WARNING,
    fi='Henkilö "{name}" on merkitty osallistujiin kahdesti',
    sv='Personen "{name}" har angetts två gånger bland deltagarna',
    en='The person "{name}" is listed among the participants twice',
    rationale="Each person attends once; a repeat is a copying error that skews attendance.",
)
def person_once(ctx: Context) -> Iterator[Hit]:
    seen: set[str] = set()
    for index, participant in enumerate(ctx.negotiation.participants):
        key = _person_key(participant.name) if participant.name else ""
        if not key:
            continue
        if key in seen:
            yield ("participants", index, "name"), {"name": participant.name or ""}
        seen.add(key)


#: Words of titles held by elected officials (luottamushenkilöt): the chairs of
#: boards and councils and their members; Finnish, Swedish and English.
_ELECTED_WORD = re.compile(
    r"(?:puheenjohtaja|valtuutettu|ordförande|ledamot|chair|chairman|chairperson|chairwoman"
    r"|councillor|councilor)",
)
#: Words of titles held by civil servants (viranhaltijat): managers, directors, heads.
#: "puheenjohtaja" ends in "johtaja" too, so it is taken out first.
_OFFICIAL_WORD = re.compile(
    r"(?:johtaja|päällikkö|direktör|chef|director|manager|mayor)",
)


def _title_kind(title: str) -> LeadershipKind | None:
    """The leadership a title belongs to, or None when it does not say or says both."""
    words = re.findall(r"[^\W\d_]+", title.casefold())
    elected = any(_ELECTED_WORD.search(w) for w in words)
    official = any(
        _OFFICIAL_WORD.search(w.replace("puheenjohtaja", "").replace("ordförande", ""))
        for w in words
    )
    if elected == official:
        return None
    return LeadershipKind.ELECTED if elected else LeadershipKind.OFFICIAL


#: How the messages say a leadership: the title's owner (genitive) and what the person is marked as.
_KIND_WORDS = {
    LeadershipKind.ELECTED: {
        "expected": "luottamushenkilön nimike",
        "expected@sv": "en förtroendevalds titel",
        "expected@en": "an elected official's title",
        "found": "luottamushenkilöksi",
        "found@sv": "förtroendevald",
        "found@en": "an elected official",
    },
    LeadershipKind.OFFICIAL: {
        "expected": "viranhaltijan nimike",
        "expected@sv": "en tjänsteinnehavares titel",
        "expected@en": "a civil servant's title",
        "found": "viranhaltijaksi",
        "found@sv": "tjänsteinnehavare",
        "found@en": "a civil servant",
    },
}


@rule(
    "HN-P022",
    Severity.WARNING,
    fi=(
        'Osallistujan "{participant}" tehtävänimike "{title}" on {expected}, mutta hänet on '
        "merkitty {found}"
    ),
    sv=(
        'Deltagaren "{participant}" har titeln "{title}", som är {expected}, men har angetts '
        "som {found}"
    ),
    en=(
        'The participant "{participant}" has the title "{title}", {expected}, but is marked as '
        "{found}"
    ),
    rationale=(
        "A city manager is a civil servant and a board chair an elected official; a mix-up puts "
        "a statement on the wrong leadership."
    ),
)
def title_fits_leadership(ctx: Context) -> Iterator[Hit]:
    for index, participant in enumerate(ctx.negotiation.participants):
        found = participant.leadership
        if participant.title is None or found is None or found not in _KIND_WORDS:
            continue
        for _, title in participant.title.items():
            expected = _title_kind(title)
            if expected is not None and expected is not found:
                who = person("participant", participant, index)
                if not participant.name:
                    who = person("participant", attrs.evolve(participant, title=None), index)
                expected_words = {
                    k: v for k, v in _KIND_WORDS[expected].items() if k.startswith("expected")
                }
                found_words = {k: v for k, v in _KIND_WORDS[found].items() if k.startswith("found")}
                yield (
                    ("participants", index, "leadership"),
                    {**who, "title": title, **expected_words, **found_words},
                )
                break


#: A word written like a name: a capital, then small letters; a double name joined by a hyphen.
_NAME_WORD = r"[A-ZÅÄÖÉÜ][a-zåäöéüø]+(?:-[A-ZÅÄÖÉÜ][a-zåäöéüø]+)?"
#: Two or three such words in a row, as whole words: "Jussi Patinen", "Pasi Perämäki".
_NAME_RUN = re.compile(rf"(?<![\w-]){_NAME_WORD}(?: {_NAME_WORD}){{1,2}}(?![\w-])")


@rule(
    "HN-A040",
    Severity.WARNING,
    fi=(
        'Puheenvuoron tekstissä näyttää olevan henkilön nimi "{name}", vaikka muistion mukaan '
        "siinä ei ole henkilötietoja"
    ),
    sv=(
        'Anförandets text verkar innehålla en persons namn, "{name}", fast promemorian uppges '
        "inte innehålla personuppgifter"
    ),
    en=(
        'The statement\'s text seems to name a person, "{name}", but the memo claims no '
        "personal data"
    ),
    rationale=(
        "A name in running text is personal data as much as a participant's; found by how names "
        "are written, so a warning."
    ),
)
def no_names_in_statements(ctx: Context) -> Iterator[Hit]:
    negotiation = ctx.negotiation
    record = negotiation.record
    # A named participant is HN-A014's: the claim is wrong already, and said so once.
    if record is None or record.personal_data is not PersonalDataClass.NONE or ctx.named_people:
        return
    places: dict[str, bool] = {}
    for path, statement in ctx.statements:
        if statement.text is None:
            continue
        for language, text in statement.text.items():
            name = _a_name(ctx, text, places)
            if name is not None:
                yield (*path, "text", language), {"name": name}


def _a_name(ctx: Context, text: str, places: dict[str, bool]) -> str | None:
    """The first two words of ``text`` written like a person's name and naming no place.

    ``places`` remembers what is a place, so that a text of place names over and
    over costs one lookup for each different one.
    """
    for match in _NAME_RUN.finditer(text):
        words = match.group().split(" ")[-2:]
        pair = " ".join(words)
        if not any(_remembered(ctx, word, places) for word in (*words, pair)):
            return pair
    return None


def _remembered(ctx: Context, words: str, places: dict[str, bool]) -> bool:
    found = places.get(words)
    if found is None:
        found = places[words] = _a_place(ctx, words)
    return found


def _a_place(ctx: Context, words: str) -> bool:
    """Whether ``words`` name a municipality, a county or a region, or a declared organisation."""
    if ctx.table.municipality(words) is not None or ctx.table.area(words) is not None:
        return True
    key = name_key(words)
    return not key or any(
        key in name_key(text) for o in ctx.negotiation.organisations for _, text in o.name.items()
    )
