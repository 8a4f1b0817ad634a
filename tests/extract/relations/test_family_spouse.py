"""Spouses: the contract has no spouse_of, so a spouse is related as ``other`` (sentence written for this test)."""

from __future__ import annotations

from typing import Any


def test_family_spouse_is_other(relations_of: Any) -> None:
    found, _ = relations_of("Senator Paul Grant attended the ceremony with his wife, Anne Grant, on Sunday.")
    assert ("Anne Grant", "other", "Paul Grant") in found, found
    assert all(p != "spouse_of" for _, p, _ in found)
