"""CAMEO event coding: the public face of the codebook, lexicon and coder.

The code lives in five modules, one step each:

* :mod:`kg.extract.events.cameo_lexicon`: the codebook and pattern lexicon
  (``kg/data/cameo.json``, ``kg/data/cameo_patterns.json``, checked against
  ``kg/data/cameo_patterns.schema.json`` by :mod:`kg.extract.events.cameo_schema`)
  and their loader;
* :mod:`kg.extract.events.cameo_syntax`: reading a token's frame from the parse;
* :mod:`kg.extract.events.cameo_frames`: matching a token's frame against the patterns;
* :mod:`kg.extract.events.cameo_derivation`: recoding by derivation families,
  modals and reversing prefixes;
* :mod:`kg.extract.events.cameo_match`: :func:`code_predicate`, :func:`code_nominal`
  and :func:`code_span`, and the coder's named exceptions (``CODING_RULES``).

Import the public names from here.
"""

from __future__ import annotations

from kg.extract.events.cameo_lexicon import (
    CameoConcept,
    CameoLexicon,
    CameoMatch,
    CameoPattern,
    DerivationFamily,
    load_cameo,
    plover_of,
)
from kg.extract.events.cameo_match import code_nominal, code_predicate, code_span, code_tokens, keep_predicates

__all__ = [
    "CameoConcept",
    "CameoLexicon",
    "CameoMatch",
    "CameoPattern",
    "DerivationFamily",
    "code_nominal",
    "code_predicate",
    "code_span",
    "code_tokens",
    "keep_predicates",
    "load_cameo",
    "plover_of",
]
