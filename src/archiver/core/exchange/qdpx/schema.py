"""The REFI-QDA project schema (``resources/refi-qda/Project-mrt2019.xsd``, MIT): every export is
checked against it before a byte is written."""

from __future__ import annotations

import functools

from lxml import etree

from archiver.core.errors import Invalid
from archiver.core.resources import resource_path

XSD = "refi-qda/Project-mrt2019.xsd"


@functools.cache
def _schema() -> etree.XMLSchema:
    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    return etree.XMLSchema(etree.parse(str(resource_path(XSD)), parser))


def problems(tree: etree._Element) -> list[str]:
    """What makes a project document invalid under the schema (empty: it is valid)."""
    schema = _schema()
    if schema.validate(tree):
        return []
    return [f"line {e.line}: {e.message}" for e in schema.error_log]


def check(tree: etree._Element) -> None:
    """Invalid naming the first problems when the project document does not validate."""
    found = problems(tree)
    if found:
        raise Invalid("the REFI-QDA project would not validate against Project-mrt2019.xsd, so "
                      "it was not written: " + "; ".join(found[:3]))  # fmt: skip
