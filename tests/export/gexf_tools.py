"""Checking GEXF files as Gephi's own schema does: parse safely, strip viz, validate.

The published XSDs declare viz elements in the main namespace, so files that
use the proper ``viz:`` namespace (as Gephi writes them) never validate; the
viz elements are checked separately and dropped before validation.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

ROOT = Path(__file__).resolve().parents[2]
SCHEMAS = ROOT.parent / "shared" / "gexf-schema"
PARSER = etree.XMLParser(resolve_entities=False, no_network=True)
VIZ = {"1.3": "http://gexf.net/1.3/viz", "1.2draft": "http://www.gexf.net/1.2draft/viz"}
MAIN = {"1.3": "http://gexf.net/1.3", "1.2draft": "http://www.gexf.net/1.2draft"}


def parse(path: Path) -> etree._ElementTree:
    """Parse a GEXF file without resolving entities or touching the network."""
    return etree.parse(str(path), PARSER)


def schema(version: str) -> etree.XMLSchema:
    """The official XSD of ``version``; skips the test when ../shared is absent."""
    xsd = SCHEMAS / version / "gexf.xsd"
    if not xsd.is_file():
        pytest.skip(f"GEXF XSD not found at {xsd} (the shared/ folder beside the repo)")
    return etree.XMLSchema(etree.parse(str(xsd), PARSER))


def assert_valid(path: Path, version: str) -> etree._ElementTree:
    """Assert the file validates against its XSD once viz is stripped; return it unstripped."""
    document = parse(path)
    stripped = parse(path)
    for viz in stripped.xpath("//*[namespace-uri()=$ns]", ns=VIZ[version]):
        viz.getparent().remove(viz)
    checker = schema(version)
    assert checker.validate(stripped), checker.error_log
    return document
