"""SÄHKE2 export of 1.1 memos: the archiving organisation's registration, attendees by group,
and organisations only mentioned never among the attendees."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import cast

import attrs
from lxml import etree

from hyvaneuvottelu import ScopeKind, check
from hyvaneuvottelu.archive import Sahke2Version
from hyvaneuvottelu.archive._mapping import agreed_values, attending_organisations, parties
from hyvaneuvottelu.archive._package import package_files

from .archive_support import settings
from .meeting_memos import WIDE

CREATED = datetime(2025, 11, 5, 8, 0, tzinfo=UTC)
NS = {"s": Sahke2Version.V2019.namespace}


def _sahke2() -> etree._Element:
    files = {f.path: f.data for f in package_files([WIDE], settings(), CREATED)}
    return etree.fromstring(files["sahke2.xml"])


def _texts(root: etree._Element, path: str) -> list[str]:
    return [e.text or "" for e in cast("list[etree._Element]", root.xpath(path, namespaces=NS))]


def test_the_transfer_uses_the_archiving_organisations_own_identifiers() -> None:
    root = _sahke2()
    assert _texts(root, "//s:CaseFile/s:NativeId") == ["5146/01.04.00/2025"]
    assert _texts(root, "//s:Record/s:NativeId") == ["LU-2025-123"]
    data = etree.tostring(root)
    # The municipality's own registration is its business, not the transfer's.
    assert b"LOH/2025/77" not in data
    assert b"LOH 12/2025" not in data


def test_a_mentioned_organisation_is_never_an_attendee_nor_a_party() -> None:
    root = _sahke2()
    names = _texts(root, "//s:Agent/s:CorporateName")
    assert "HUS-yhtymä" not in names
    assert _texts(root, "//s:Action/s:Agent[s:Role='Osallistuja']/s:CorporateName") == [
        "Länsi-Uudenmaan hyvinvointialue",
        "Lohja",
        "Vihti",
    ]


def test_attendees_in_groups_are_exported_for_their_organisations() -> None:
    # Vihti has nobody named: it attended only through the group of municipalities.
    assert "vihti" not in {p.organisation for p in WIDE.participants}
    assert [o.id for o in attending_organisations(WIDE)] == ["lu", "lohja", "vihti"]
    mentioned_attending = attrs.evolve(
        WIDE,
        attendance_groups=(
            *WIDE.attendance_groups,
            attrs.evolve(WIDE.attendance_groups[0], id="hus-g", organisation="hus"),
        ),
    )
    assert [o.id for o in attending_organisations(mentioned_attending)] == [
        "lu",
        "lohja",
        "vihti",
    ]
    values = agreed_values(mentioned_attending)
    assert "HUS-yhtymä" not in values["Action/Agent[Role='Osallistuja']/CorporateName"]
    assert values["Agent[Role='Muu osallistuva organisaatio']/CorporateName"] == ()


def test_a_county_wide_memo_names_every_municipality_of_the_county_as_a_party() -> None:
    assert WIDE.record is not None
    county_wide = attrs.evolve(
        WIDE,
        municipalities=(),
        municipality_groups=(),
        attendance_groups=(WIDE.attendance_groups[0],),
        participants=(WIDE.participants[0],),
        outcomes=(),
        decision_item=None,
        sections=WIDE.sections[:1] + WIDE.sections[2:],
        record=attrs.evolve(WIDE.record, registrations=WIDE.record.registrations[:1]),
    )
    # Not one municipality typed in, and none missing (HN-P011).
    assert check(county_wide, "archive").findings == ()
    assert "HN-P011" in check(attrs.evolve(county_wide, scope=ScopeKind.LISTED), "draft").codes
    files = {f.path: f.data for f in package_files([county_wide], settings(), CREATED)}
    root = etree.fromstring(files["sahke2.xml"])
    expected = [
        "Länsi-Uudenmaan hyvinvointialue",
        "Espoo",
        "Hanko",
        "Inkoo",
        "Karkkila",
        "Kauniainen",
        "Kirkkonummi",
        "Lohja",
        "Raasepori",
        "Siuntio",
        "Vihti",
    ]
    assert _texts(root, "//s:CaseFile/s:Agent[s:Role='Osapuoli']/s:CorporateName") == expected
    assert _texts(root, "//s:Record/s:Coverage/s:Spatial") == expected


def test_a_listed_scope_names_only_the_declared_parties() -> None:
    listed = attrs.evolve(WIDE, scope=ScopeKind.LISTED)
    assert [o.id for o in parties(listed)] == ["lu", "lohja", "vihti"]
