"""How things look, shared by every picture: colours, quad classes, sizes, modality marks.

The GEXF export and ``kg plot`` draw from these tables, so an actor has the
same colour in Gephi, in the PNG and in the HTML page.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from enum import IntEnum

from kg.model import ActorKind, Modality

__all__ = [
    "ACTOR_COLOURS",
    "EVENT_NODE_COLOUR",
    "GOLDSTEIN_COLOURS",
    "ModalityMark",
    "MODALITY_MARKS",
    "QUAD_COLOURS",
    "QuadClass",
    "RELATION_COLOUR",
    "Rgb",
    "actor_colour",
    "goldstein_colour",
    "parse_goldstein",
    "quad_class",
    "scale_size",
]


@dataclass(frozen=True)
class Rgb:
    """An sRGB colour; ``hex`` gives "#rrggbb"."""

    r: int
    g: int
    b: int

    @classmethod
    def from_hex(cls, text: str) -> Rgb:
        """Parse "#rrggbb"."""
        return cls(int(text[1:3], 16), int(text[3:5], 16), int(text[5:7], 16))

    @property
    def hex(self) -> str:
        """The colour as "#rrggbb"."""
        return f"#{self.r:02x}{self.g:02x}{self.b:02x}"


class QuadClass(IntEnum):
    """GDELT's four primary classes of CAMEO codes (its ``QuadClass`` column)."""

    VERBAL_COOPERATION = 1
    MATERIAL_COOPERATION = 2
    VERBAL_CONFLICT = 3
    MATERIAL_CONFLICT = 4

    @property
    def label(self) -> str:
        """"verbal cooperation" and so on."""
        return self.name.replace("_", " ").lower()


def quad_class(cameo: str) -> QuadClass:
    """The quad class of a CAMEO code, by its root as GDELT groups them.

    Roots 01-05 are verbal cooperation, 06-08 material cooperation, 09-13
    verbal conflict, 14-20 material conflict: ``quad_class("163")`` is
    MATERIAL_CONFLICT.
    """
    try:
        root = int(cameo[:2])
    except ValueError:
        return QuadClass.VERBAL_COOPERATION
    if root <= 5:
        return QuadClass.VERBAL_COOPERATION
    if root <= 8:
        return QuadClass.MATERIAL_COOPERATION
    if root <= 13:
        return QuadClass.VERBAL_CONFLICT
    return QuadClass.MATERIAL_CONFLICT


def parse_goldstein(text: str | None) -> float | None:
    """The Goldstein score of the codebook's decimal text, or None."""
    if text is None:
        return None
    try:
        return float(text)
    except ValueError:
        return None


# Okabe-Ito colours first (readable by colour-blind viewers), then muted extras.
ACTOR_COLOURS: Mapping[ActorKind, Rgb] = {
    ActorKind.COUNTRY: Rgb.from_hex("#0072b2"),
    ActorKind.GOVERNMENT: Rgb.from_hex("#56b4e9"),
    ActorKind.MILITARY: Rgb.from_hex("#3d4f7d"),
    ActorKind.PERSON: Rgb.from_hex("#e69f00"),
    ActorKind.ORGANIZATION: Rgb.from_hex("#009e73"),
    ActorKind.IGO: Rgb.from_hex("#cc79a7"),
    ActorKind.NGO: Rgb.from_hex("#8e6bb8"),
    ActorKind.GROUP: Rgb.from_hex("#d55e00"),
    ActorKind.REBEL: Rgb.from_hex("#8c1c13"),
    ActorKind.MEDIA: Rgb.from_hex("#b8a200"),
    ActorKind.LOCATION: Rgb.from_hex("#a0785a"),
    ActorKind.OTHER: Rgb.from_hex("#9a9a9a"),
}

QUAD_COLOURS: Mapping[QuadClass, Rgb] = {
    QuadClass.VERBAL_COOPERATION: Rgb.from_hex("#78c679"),
    QuadClass.MATERIAL_COOPERATION: Rgb.from_hex("#1b7837"),
    QuadClass.VERBAL_CONFLICT: Rgb.from_hex("#f58b2c"),
    QuadClass.MATERIAL_CONFLICT: Rgb.from_hex("#c51b1b"),
}

#: Goldstein sign -> colour: cooperative (> 0), neutral (0), conflictual (< 0).
GOLDSTEIN_COLOURS: Mapping[int, Rgb] = {
    1: Rgb.from_hex("#2166ac"),
    0: Rgb.from_hex("#969696"),
    -1: Rgb.from_hex("#b2182b"),
}

RELATION_COLOUR = Rgb.from_hex("#8c8c8c")
EVENT_NODE_COLOUR = Rgb.from_hex("#5a5a5a")


def actor_colour(kind: ActorKind | None) -> Rgb:
    """The colour of an actor kind (unknown kinds are OTHER's grey)."""
    return ACTOR_COLOURS[kind or ActorKind.OTHER]


def goldstein_colour(score: float | None) -> Rgb:
    """The colour of a Goldstein score's sign; None counts as neutral."""
    if score is None or score == 0:
        return GOLDSTEIN_COLOURS[0]
    return GOLDSTEIN_COLOURS[1 if score > 0 else -1]


def scale_size(value: float, largest: float, *, smallest_size: float = 8.0,
               largest_size: float = 40.0) -> float:
    """Map a count (degree, mentions) to a node size, by its square root.

    The area of a disc then grows with the count. Rounded to one decimal so
    exports are byte-identical.
    """
    if largest <= 0:
        return smallest_size
    share = math.sqrt(max(value, 0.0) / largest)
    return round(smallest_size + (largest_size - smallest_size) * share, 1)


@dataclass(frozen=True)
class ModalityMark:
    """How a modality is drawn on the timeline.

    Attributes:
        filled: False draws a hollow marker (planned, conditional, hypothetical).
        crossed: True overlays a cross (denied, negated).
        alpha: opacity; reported and alleged events are faded.
        note: the legend's words.
    """

    filled: bool
    crossed: bool
    alpha: float
    note: str


MODALITY_MARKS: Mapping[Modality, ModalityMark] = {
    Modality.ASSERTED: ModalityMark(True, False, 1.0, "asserted"),
    Modality.REPORTED: ModalityMark(True, False, 0.4, "reported (faded)"),
    Modality.ALLEGED: ModalityMark(True, False, 0.4, "alleged (faded)"),
    Modality.DENIED: ModalityMark(True, True, 1.0, "denied (crossed)"),
    Modality.NEGATED: ModalityMark(True, True, 1.0, "negated (crossed)"),
    Modality.PLANNED: ModalityMark(False, False, 1.0, "planned (hollow)"),
    Modality.CONDITIONAL: ModalityMark(False, False, 0.7, "conditional (hollow)"),
    Modality.HYPOTHETICAL: ModalityMark(False, False, 0.7, "hypothetical (hollow)"),
}
