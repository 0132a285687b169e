"""Every code of every vocabulary has a Finnish, a Swedish and an English label."""

from __future__ import annotations

from enum import Enum

import pytest
from lxml import etree

from hyvaneuvottelu.model import (
    CODE_LISTS,
    LABEL_LANGUAGES,
    AttachmentKind,
    DocumentGenre,
    DocumentType,
    LeadershipKind,
    MeetingRole,
    OutcomeStatus,
    PersonalDataClass,
    Presence,
    PublicityClass,
    RecordStatus,
    RoundKind,
    ScopeKind,
    SectionKind,
    StrategyLevel,
    Topic,
    _codes,
    code_label,
)

from .documents import REPO

MEMBERS = [member for code_list in CODE_LISTS for member in code_list]


def test_the_vocabularies_are_the_enums_of_the_codes_module() -> None:
    enums = {
        value
        for value in vars(_codes).values()
        if isinstance(value, type)
        and issubclass(value, Enum)
        and value.__module__ == _codes.__name__
    }
    assert enums == set(CODE_LISTS)


@pytest.mark.parametrize("member", MEMBERS, ids=lambda m: f"{type(m).__name__}.{m.name}")
def test_every_member_has_three_non_empty_labels(member: Enum) -> None:
    labels = [code_label(member, language) for language in LABEL_LANGUAGES]
    assert all(label.strip() == label and label for label in labels), labels


def test_labels_in_each_language() -> None:
    assert [code_label(SectionKind.OPENING, lang) for lang in ("fi", "sv", "en")] == [
        "avaus",
        "öppnande",
        "opening",
    ]
    assert code_label(MeetingRole.CHAIR) == "puheenjohtaja"


def test_the_labels_of_one_vocabulary_differ_from_each_other() -> None:
    for code_list in CODE_LISTS:
        for language in LABEL_LANGUAGES:
            labels = [code_label(member, language) for member in code_list]
            assert len(set(labels)) == len(labels), (code_list.__name__, language)


def test_an_unknown_language_is_refused() -> None:
    with pytest.raises(ValueError, match=r"^no labels in language 'de': expected fi, sv or en$"):
        code_label(Topic.PREMISES, "de")


def test_a_code_of_no_vocabulary_is_refused() -> None:
    class Colour(Enum):
        RED = "red"

    with pytest.raises(KeyError, match=r"no label for Colour\.RED"):
        code_label(Colour.RED, "fi")


_XSL_PREFIXES: dict[str, type[Enum]] = {
    "topic.": Topic,
    "status.": OutcomeStatus,
    "role.": MeetingRole,
    "presence.": Presence,
    "leadership.": LeadershipKind,
    "documentType.": DocumentType,
    "recordStatus.": RecordStatus,
    "publicityClass.": PublicityClass,
    "personalData.": PersonalDataClass,
    "genre.": DocumentGenre,
    "roundKind.": RoundKind,
    "scope.": ScopeKind,
    "level.": StrategyLevel,
    "attachment.": AttachmentKind,
}


def test_the_html_rendition_shows_the_same_labels() -> None:
    """The stylesheet's code labels agree with the model's (capitals aside)."""
    tree = etree.parse(str(REPO / "schemas" / "hyvaneuvottelu-html.xsl"))
    compared = 0
    for entry in tree.iter("l"):
        key = entry.get("k", "")
        for prefix, enum in _XSL_PREFIXES.items():
            if key.startswith(prefix):
                member = enum(key.removeprefix(prefix))
                for language in LABEL_LANGUAGES:
                    expected = entry.get(language, "").casefold()
                    assert expected == code_label(member, language).casefold(), (key, language)
                compared += 1
    assert compared == sum(len(enum) for enum in _XSL_PREFIXES.values())


def test_codes_of_the_same_value_in_two_vocabularies_keep_their_own_labels() -> None:
    # String enums are equal to their values: Topic.OTHER == LeadershipKind.OTHER.
    assert code_label(Topic.OTHER, "sv") == "annat"
    assert code_label(LeadershipKind.OTHER, "sv") == "annan"
