"""The XSD 1.0 of the format, generated from the same plans as the writer and reader."""

from __future__ import annotations

import inspect
from enum import Enum

from ..model import CODE_LISTS
from ..schemas import XML_NAMESPACE_XSD_FILE
from ._plan import (
    NAMESPACE,
    PLANS,
    ROOT,
    SCHEMA_VERSION,
    ClassPlan,
    FieldPlan,
    Scalar,
    TextValue,
    UnionValue,
)

__all__ = ["SIMPLE_TYPES", "generate_xsd"]

#: The format's own simple types: name -> (base type, pattern, description).
SIMPLE_TYPES: dict[str, tuple[str, str, str]] = {
    "Date": ("xs:date", "[0-9]{4}-[0-9]{2}-[0-9]{2}", "a date as YYYY-MM-DD"),
    # A local time of day in whole seconds: no fraction, no offset.
    "Time": (
        "xs:time",
        "([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]",
        "a time of day as HH:MM:SS (whole seconds, no UTC offset)",
    ),
    # At most microseconds; an offset of whole minutes within ±14:00.
    "DateTime": (
        "xs:dateTime",
        "[0-9]{4}-[0-9]{2}-[0-9]{2}T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\\.[0-9]{1,6})?"
        "(Z|[+\\-](0[0-9]|1[0-3]):[0-5][0-9]|[+\\-]14:00)",
        "a date-time as YYYY-MM-DDTHH:MM:SS with a UTC offset within ±14:00",
    ),
    "SchemaVersion": ("xs:token", "[0-9]+\\.[0-9]+", "a schema version such as 1.0"),
}

_HEAD = f"""<?xml version="1.0" encoding="UTF-8"?>
<!-- Generated from the hyvaneuvottelu model (hyvaneuvottelu.xmlformat); do not edit. -->
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"
           xmlns:hn="{NAMESPACE}"
           targetNamespace="{NAMESPACE}"
           elementFormDefault="qualified"
           attributeFormDefault="unqualified"
           version="{SCHEMA_VERSION}">
  <xs:annotation>
    <xs:documentation>The memo of a statutory negotiation between a Finnish wellbeing services
county and its municipalities (Laki hyvinvointialueesta 611/2021 14 §, Laki sosiaali- ja
terveydenhuollon järjestämisestä 612/2021 7 §). Schema version {SCHEMA_VERSION}: documents
carry it in the root's schemaVersion attribute. Minor versions only add optional elements
and codes; a new major version gets a new namespace.</xs:documentation>
  </xs:annotation>
  <xs:import namespace="http://www.w3.org/XML/1998/namespace"
             schemaLocation="{XML_NAMESPACE_XSD_FILE}"/>
"""


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _summary(obj: type) -> str:
    doc = inspect.getdoc(obj) or obj.__name__
    return _escape(doc.split("\n\n")[0].replace("\n", " "))


def _documentation(obj: type, pad: str) -> list[str]:
    return [
        f"{pad}<xs:annotation>",
        f"{pad}  <xs:documentation>{_summary(obj)}</xs:documentation>",
        f"{pad}</xs:annotation>",
    ]


def _type_name(kind: Scalar | TextValue | UnionValue | type) -> str:
    if isinstance(kind, Scalar):
        return kind.xsd_type
    if isinstance(kind, TextValue):
        return "hn:LocalizedText"
    if isinstance(kind, type):
        return f"hn:{kind.__name__}"
    raise TypeError(kind)


def _element(
    name: str, kind: Scalar | TextValue | UnionValue | type, occurs: str, pad: str, key: str
) -> list[str]:
    head = f'{pad}<xs:element name="{name}" type="{_type_name(kind)}"{occurs}'
    if not isinstance(kind, TextValue):
        return [head + "/>"]
    # Each language at most once in a localized text.
    return [
        head + ">",
        f'{pad}  <xs:unique name="{key}.lang">',
        f'{pad}    <xs:selector xpath="hn:text"/>',
        f'{pad}    <xs:field xpath="@xml:lang"/>',
        f"{pad}  </xs:unique>",
        f"{pad}</xs:element>",
    ]


def _field(plan: ClassPlan, field: FieldPlan, pad: str) -> list[str]:
    occurs = "" if field.required else ' minOccurs="0"'
    key = f"{plan.cls.__name__}.{field.wire}"
    if not field.many:
        assert not isinstance(field.value, UnionValue)
        return _element(field.wire, field.value, occurs, pad, key)
    lines = [
        f'{pad}<xs:element name="{field.wire}"{occurs}>',
        f"{pad}  <xs:complexType>",
    ]
    inner = pad + "      "
    if isinstance(field.value, UnionValue):
        lines.append(f'{pad}    <xs:choice minOccurs="0" maxOccurs="unbounded">')
        for cls, tag in field.value.tags.items():
            lines.extend(_element(tag, cls, "", inner, f"{key}.{tag}"))
        lines.append(f"{pad}    </xs:choice>")
    else:
        lines.append(f"{pad}    <xs:sequence>")
        item = field.item or ""
        lines.extend(
            _element(item, field.value, ' minOccurs="0" maxOccurs="unbounded"', inner, key)
        )
        lines.append(f"{pad}    </xs:sequence>")
    lines += [f"{pad}  </xs:complexType>", f"{pad}</xs:element>"]
    return lines


def _complex_type(plan: ClassPlan) -> list[str]:
    lines = [f'  <xs:complexType name="{plan.cls.__name__}">']
    lines += _documentation(plan.cls, "    ")
    lines.append("    <xs:sequence>")
    for field in plan.fields:
        lines += _field(plan, field, "      ")
    lines.append("    </xs:sequence>")
    if plan.cls is ROOT:
        lines.append(
            '    <xs:attribute name="schemaVersion" type="hn:SchemaVersion" use="required"/>'
        )
    lines.append("  </xs:complexType>")
    return lines


def _enum_type(enum: type[Enum]) -> list[str]:
    lines = [f'  <xs:simpleType name="{enum.__name__}">']
    lines += _documentation(enum, "    ")
    lines.append('    <xs:restriction base="xs:token">')
    lines += [f'      <xs:enumeration value="{member.value}"/>' for member in enum]
    lines += ["    </xs:restriction>", "  </xs:simpleType>"]
    return lines


def _fixed_types() -> list[str]:
    lines = [
        '  <xs:complexType name="LocalizedText">',
        "    <xs:annotation>",
        "      <xs:documentation>A text in one or more languages (kieliversiot): one text",
        "element per language, each language at most once, in the order fi, sv, en."
        "</xs:documentation>",
        "    </xs:annotation>",
        "    <xs:sequence>",
        '      <xs:element name="text" type="hn:Text" maxOccurs="3"/>',
        "    </xs:sequence>",
        "  </xs:complexType>",
        '  <xs:complexType name="Text">',
        "    <xs:annotation>",
        "      <xs:documentation>The text in one language: xml:lang is fi, sv or en."
        "</xs:documentation>",
        "    </xs:annotation>",
        "    <xs:simpleContent>",
        '      <xs:extension base="xs:string">',
        '        <xs:attribute ref="xml:lang" use="required"/>',
        "      </xs:extension>",
        "    </xs:simpleContent>",
        "  </xs:complexType>",
    ]
    for name, (base, pattern, description) in SIMPLE_TYPES.items():
        lines += [
            f'  <xs:simpleType name="{name}">',
            "    <xs:annotation>",
            f"      <xs:documentation>{_escape(description)}.</xs:documentation>",
            "    </xs:annotation>",
            f'    <xs:restriction base="{base}">',
            f'      <xs:pattern value="{pattern}"/>',
            "    </xs:restriction>",
            "  </xs:simpleType>",
        ]
    return lines


def generate_xsd() -> bytes:
    """The XSD of the format, as published in ``schemas/hyvaneuvottelu.xsd``."""
    lines = [_HEAD.rstrip("\n")]
    lines += _element(ROOT.__name__.lower(), ROOT, "", "  ", "root")
    for plan in PLANS.values():
        lines += _complex_type(plan)
    lines += _fixed_types()
    for enum in CODE_LISTS:
        lines += _enum_type(enum)
    lines.append("</xs:schema>")
    return ("\n".join(lines) + "\n").encode("utf-8")
