"""libxml2's XSD validation messages, as located problems in the user's terms."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from itertools import islice
from typing import Any

from lxml import etree

from .._messages import Message, message, recognise
from ..errors import Problem
from ..limits import MAX_PROBLEMS
from ._locate import Paths, element_path, shown_text
from ._plan import NAMESPACE
from ._xsd import SIMPLE_TYPES

__all__ = ["attribute_problems", "schema_problems"]

_HEAD = re.compile(r"^Element '(?P<element>[^']*)'(?:, attribute '(?P<attribute>[^']*)')?: ")
_QNAME = re.compile(r"\{([^}]*)\}([\w.-]+)")
_XML_NS = "http://www.w3.org/XML/1998/namespace"
_XML_LANG = f"{{{_XML_NS}}}lang"
_TEXT = f"{{{NAMESPACE}}}text"
#: A path whose last step is a position among all the element children: ``/*/*[9]/*[4]``.
_LAST_STEP = re.compile(r"(?P<parent>.*)/\*\[(?P<n>[0-9]+)\]")
#: How far a path is followed on from the last element found.
_STEPS_AHEAD = 10_000
_PREFIXED_STEP = re.compile(r"(?<=/)([\w.-]+):([\w.-]+)")

_BUILTIN = {
    "xs:integer": message("expected.integer"),
    "xs:boolean": message("expected.boolean"),
    "xs:date": message("expected.existing_date_format"),
    "xs:time": message("expected.time_seconds"),
    "xs:dateTime": message("expected.existing_datetime_offset"),
    "xs:language": message("expected.language_code"),
    "Date": message("expected.existing_date_format"),
    "Time": message("expected.time_seconds"),
    "DateTime": message("expected.existing_datetime_offset"),
}
# The patterns' descriptions are English texts of the XSD; as messages of the catalogue.
_PATTERNS = {
    pattern: recognise(description, "expected")
    for _base, pattern, description in SIMPLE_TYPES.values()
}


def _name(qname: str) -> str:
    """``{ns}title`` -> ``title`` in the format's namespace, ``{other}x`` kept."""

    def replace(match: re.Match[str]) -> str:
        namespace, local = match.groups()
        if namespace == NAMESPACE:
            return local
        if namespace == _XML_NS:
            return f"xml:{local}"
        return match.group()

    return _QNAME.sub(replace, qname)


def _elements(listing: str) -> Message:
    names = [f"<{_name(n.strip())}>" for n in listing.split(",") if n.strip()]
    if len(names) == 1:
        return message("expected.element", element=names[0])
    return message("expected.elements", elements=", ".join(names))


def _set(listing: str) -> Message:
    codes = re.findall(r"'([^']*)'", listing)
    return message("expected.one_of", codes=", ".join(f'"{code}"' for code in codes))


# Each rule: a pattern over the message after its "Element '...': " head, and
# a function from the match and the element's name to (expected, found); a
# found value quoted from the document is the same in every language.
_Text = Message | str
_Rule = tuple[re.Pattern[str], Callable[[re.Match[str], str], tuple[_Text, _Text]]]
_RULES: tuple[_Rule, ...] = (
    (
        re.compile(r"This element is not expected\. Expected is (?:one of )?\( (.*) \)\.$"),
        lambda m, el: (_elements(m.group(1)), message("found.element", element=f"<{el}>")),
    ),
    (
        re.compile(r"This element is not expected\.$"),
        lambda m, el: (
            message("expected.defined_elements"),
            message("found.element", element=f"<{el}>"),
        ),
    ),
    (
        re.compile(r"Missing child element\(s\)\. Expected is (?:one of )?\( (.*) \)\.$"),
        lambda m, el: (_elements(m.group(1)), message("found.nothing_required")),
    ),
    (
        re.compile(
            r"\[facet 'enumeration'\] The value '(.*)' is not an element of the set "
            r"\{(.*)\}\.$"
        ),
        lambda m, el: (_set(m.group(2)), shown_text(m.group(1))),
    ),
    (
        re.compile(
            r"\[facet 'pattern'\] The value '(.*)' is not accepted by the pattern "
            r"'(.*)'\.$"
        ),
        lambda m, el: (
            _PATTERNS.get(m.group(2), message("expected.matching", pattern=m.group(2))),
            shown_text(m.group(1)),
        ),
    ),
    (
        re.compile(
            r"'(.*)' is not a valid value of the (?:local )?(?:atomic|list|union) "
            r"type '(.*)'\.$"
        ),
        lambda m, el: (
            _BUILTIN.get(_name(m.group(2)), message("expected.of_type", type=_name(m.group(2)))),
            shown_text(m.group(1)),
        ),
    ),
    (
        # The only union is xml:lang's, in the W3C's xml.xsd: a language code or "".
        re.compile(r"'(.*)' is not a valid value of the local union type\.$"),
        lambda m, el: (_BUILTIN["xs:language"], shown_text(m.group(1))),
    ),
    (
        re.compile(r"Character content other than whitespace is not allowed"),
        lambda m, el: (
            message("expected.only_children", element=f"<{el}>"),
            message("found.text"),
        ),
    ),
    (
        re.compile(r"Element content is not allowed, because the content type is a simple"),
        lambda m, el: (
            message("expected.only_text", element=f"<{el}>"),
            message("found.children"),
        ),
    ),
    (
        re.compile(r"The attribute '(.*)' is not allowed\.$"),
        lambda m, el: (
            message("expected.no_attribute", name=_name(m.group(1))),
            message("found.attribute", name=_name(m.group(1))),
        ),
    ),
    (
        re.compile(r"The attribute '(.*)' is required but missing\.$"),
        lambda m, el: (
            message("expected.attribute", name=_name(m.group(1))),
            message("found.nothing"),
        ),
    ),
    (
        re.compile(r"Duplicate key-sequence \['(.*)'\] in unique identity-constraint"),
        lambda m, el: (
            message("expected.language_once"),
            message("found.language_again", text=f'"{m.group(1)}"'),
        ),
    ),
)


class _Finder:
    """Finds the elements libxml2's paths name, in document order.

    A path that ends in ``*[n]`` under the same parent as the last one is
    followed on from that element, so that fifty errors among a million
    siblings cost a million steps, not fifty million.
    """

    def __init__(self, root: etree._Element) -> None:
        self.root = root
        self.paths = Paths()
        self._last: tuple[str, int, etree._Element] | None = None

    def element(self, path: str | None) -> etree._Element | None:
        if not path:
            return None
        step = _LAST_STEP.fullmatch(path)
        if step is not None and self._last is not None:
            parent, position, element = self._last
            ahead = int(step.group("n")) - position
            if step.group("parent") == parent and 0 <= ahead <= _STEPS_AHEAD:
                found = self._ahead(element, ahead)
                if found is not None:
                    self._last = (parent, position + ahead, found)
                    return found
        found = self._search(path)
        if step is not None and found is not None:
            self._last = (step.group("parent"), int(step.group("n")), found)
        return found

    @staticmethod
    def _ahead(element: etree._Element, steps: int) -> etree._Element | None:
        node: etree._Element | None = element
        for _ in range(steps):
            node = node.getnext() if node is not None else None
        return node

    def _search(self, path: str) -> etree._Element | None:
        # libxml2 writes steps as prefix:name with the document's own prefixes;
        # local names are enough to find the element again.
        path = _PREFIXED_STEP.sub(r"*[local-name()='\2']", path)
        try:
            found = self.root.getroottree().xpath(path)
        except etree.XPathError:
            return None
        if isinstance(found, list) and found and isinstance(found[0], etree._Element):
            return found[0]
        return None


def _problem(finder: _Finder, entry: etree._LogEntry) -> Problem:
    text = entry.message.strip()
    head = _HEAD.match(text)
    element_name = _name(head.group("element")) if head else ""
    attribute = head.group("attribute") if head else None
    rest = text[head.end() :] if head else text
    element = finder.element(entry.path)
    path = element_path(element, finder.paths) if element is not None else (entry.path or "")
    if attribute:
        path += f"/@{_name(attribute)}"
    where = f"line {entry.line}: {path}"
    for pattern, explain in _RULES:
        match = pattern.search(rest)
        if match is not None:
            expected, found = explain(match, element_name)
            return Problem.of(where, expected, found)
    return Problem.of(where, message("expected.xsd"), _name(rest))


def schema_problems(root: etree._Element, log: etree._ListErrorLog) -> tuple[list[Problem], int]:
    """The XSD validation errors in ``log``, located and explained, as many as are
    listed and one more; and how many more there are.
    """
    finder = _Finder(root)
    problems = [_problem(finder, entry) for entry in islice(log, MAX_PROBLEMS + 1)]
    return problems, len(log) - len(problems)


@cache
def _with_attributes() -> etree.XPath:
    return etree.XPath("//*[@*]")


def attribute_problems(root: etree._Element) -> list[Problem]:
    """Attributes the format does not have, as the XSD reports them: as many as are
    listed and one more, in document order.

    The format has ``schemaVersion`` on the root and ``xml:lang`` on a text;
    the XSD says the rest, this only counts what it would report one by one.
    """
    problems: list[Problem] = []
    paths = Paths()
    found: Any = _with_attributes()(root)
    for element in found:
        for attribute in element.attrib:
            if (attribute == "schemaVersion" and element.getparent() is None) or (
                attribute == _XML_LANG and element.tag == _TEXT
            ):
                continue
            name = _name(attribute)
            where = f"line {element.sourceline}: {element_path(element, paths)}/@{name}"
            problems.append(
                Problem.of(
                    where,
                    message("expected.no_attribute", name=name),
                    message("found.attribute", name=name),
                )
            )
            if len(problems) > MAX_PROBLEMS:
                return problems
    return problems
