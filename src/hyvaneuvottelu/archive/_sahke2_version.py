"""Which SÄHKE2 transfer schema a package is written for, and that schema's namespace.

Apart from the code lists of :mod:`._vocabulary`, which are keyed by the
model's enums: the command line lists the versions among the options of
``archive`` without loading the model.
"""

from __future__ import annotations

from enum import StrEnum

__all__ = ["Sahke2Version"]


class Sahke2Version(StrEnum):
    """Which SÄHKE2 transfer schema a package is written for.

    ``"2019"`` is the newer schema (namespace ``.../Sahke2/2019/08/29``), the
    default; ``"2011"`` the older, widely used one (``.../Sahke2/2011/12/20``).
    """

    V2019 = "2019"
    V2011 = "2011"

    @property
    def namespace(self) -> str:
        return _NAMESPACES[self]

    @property
    def schema_file(self) -> str:
        """The official XSD's file name, as the National Archives publish it."""
        return _SCHEMA_FILES[self]

    @classmethod
    def of_namespace(cls, namespace: str) -> Sahke2Version | None:
        """The version whose namespace is ``namespace``, or None."""
        return next((v for v in cls if v.namespace == namespace), None)


_NAMESPACES = {
    Sahke2Version.V2019: "http://www.arkisto.fi/skeemat/Sahke2/2019/08/29",
    Sahke2Version.V2011: "http://www.arkisto.fi/skeemat/Sahke2/2011/12/20",
}
_SCHEMA_FILES = {
    Sahke2Version.V2019: "Sahke2_2019_03.xsd",
    Sahke2Version.V2011: "Sahke2_2011_12.xsd",
}
