"""The statutes the negotiations rest on, as legal references."""

from __future__ import annotations

from ..model import LegalReference, LocalizedText, NegotiationKind

__all__ = ["STATUTES", "WELLBEING_COUNTY_ACT_14", "statutory_basis"]

_ACT_611 = LocalizedText(fi="Laki hyvinvointialueesta", sv="Lag om välfärdsområden")
_ACT_612 = LocalizedText(
    fi="Laki sosiaali- ja terveydenhuollon järjestämisestä",
    sv="Lag om ordnandet av social- och hälsovård",
)

#: 611/2021 14 §: the county and its municipalities negotiate at least once a council term.
WELLBEING_COUNTY_ACT_14 = LegalReference(
    statute_number=611, statute_year=2021, section="14", statute_title=_ACT_611
)
#: 612/2021 6 §: wellbeing and health promotion in the county.
ORGANISATION_ACT_6 = LegalReference(
    statute_number=612, statute_year=2021, section="6", statute_title=_ACT_612
)
#: 612/2021 7 §: the yearly negotiation on wellbeing and health promotion.
ORGANISATION_ACT_7 = LegalReference(
    statute_number=612, statute_year=2021, section="7", statute_title=_ACT_612
)

#: Every statute provision the library knows.
STATUTES = (WELLBEING_COUNTY_ACT_14, ORGANISATION_ACT_6, ORGANISATION_ACT_7)

_BASIS = {
    NegotiationKind.COUNCIL_TERM: (WELLBEING_COUNTY_ACT_14,),
    NegotiationKind.WELLBEING_PROMOTION: (ORGANISATION_ACT_6, ORGANISATION_ACT_7),
}


def statutory_basis(kind: NegotiationKind) -> tuple[LegalReference, ...]:
    """The provisions a negotiation of ``kind`` may rest on; citing any one of them suffices."""
    return _BASIS[kind]
