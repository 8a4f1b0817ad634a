"""kg's corrections to the PETRARCH2 verb dictionary (``kg/data/petrarch_verbs_overlay.tsv``).

The vendored dictionary is shipped unchanged; where a verb's default code is
plainly wrong for its common sense in news ("died" coded as military force),
the overlay gives the verb its own code (often the null code ``---``) with the
reason on the same line. A verb with its own code keeps only the patterns
written for it, so its specific constructions ("died in an air raid") are
still coded (see :mod:`kg.extract.events.verbs`).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from importlib import resources
from types import MappingProxyType

from kg.errors import KgError
from kg.extract.events.verbs_dictionary import VerbDictionary, VerbEntry

__all__ = ["apply_verb_overlay", "load_verb_overlay", "read_verb_overlay"]

_FILE = "petrarch_verbs_overlay.tsv"


def load_verb_overlay() -> Mapping[str, tuple[str | None, str]]:
    """Read the shipped overlay (verb -> (code or ``None`` for no event, reason)).

    Raises:
        KgError: the file is missing or malformed (a broken installation or a bug in kg's data).
    """
    try:
        text = resources.files("kg.data").joinpath(_FILE).read_text(encoding="utf-8")
        return read_verb_overlay(text)
    except (OSError, ValueError) as exc:
        raise KgError(f"cannot read kg/data/{_FILE}: {exc}") from exc


def read_verb_overlay(text: str) -> Mapping[str, tuple[str | None, str]]:
    """Parse ``VERB<TAB>CODE<TAB>reason`` lines; ``#`` lines are comments.

    Raises:
        ValueError: a line without a reason, a code that is neither digits nor
            ``---``, or a verb listed twice.
    """
    out: dict[str, tuple[str | None, str]] = {}
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = [f.strip() for f in line.split("\t")]
        if len(fields) != 3 or not all(fields):
            raise ValueError(f"line {number}: expected VERB<TAB>CODE<TAB>reason")
        verb, code, reason = fields
        if code != "---" and not (code.isdigit() and 2 <= len(code) <= 4):
            raise ValueError(f"line {number}: {code!r} is not a CAMEO code or ---")
        if verb.upper() in out:
            raise ValueError(f"line {number}: {verb} listed twice")
        out[verb.upper()] = (None if code == "---" else code, reason)
    return MappingProxyType(out)


def apply_verb_overlay(dictionary: VerbDictionary, overlay: Mapping[str, tuple[str | None, str]]) -> VerbDictionary:
    """The dictionary with the overlay's own codes on its single-word verbs.

    Raises:
        ValueError: the overlay names a verb the dictionary does not have.
    """
    missing = sorted(set(overlay) - {e.word for e in dictionary.verbs if not e.front and not e.back})
    if missing:
        raise ValueError(f"overlay verbs not in the dictionary: {', '.join(missing)}")
    verbs = tuple(_corrected(e, overlay) for e in dictionary.verbs)
    by_form: dict[str, list[VerbEntry]] = {}
    for entry in verbs:
        for form in entry.forms:
            by_form.setdefault(form, []).append(entry)
    return dataclasses.replace(
        dictionary, verbs=verbs, by_form=MappingProxyType({k: tuple(v) for k, v in by_form.items()})
    )


def _corrected(entry: VerbEntry, overlay: Mapping[str, tuple[str | None, str]]) -> VerbEntry:
    if entry.front or entry.back or entry.word not in overlay:
        return entry
    code, reason = overlay[entry.word]
    return dataclasses.replace(entry, code=code, inverse_code=None, null=code is None, note=reason)
