"""Force is used against foes, not against conditions a government fights."""

from __future__ import annotations

import pytest

from tests.helpers import extract_text


@pytest.mark.parametrize("text", ["Peru pledged to combat the root causes of irregular migration.", "Kenya vowed to fight corruption.", "Chile is fighting inflation."])
def test_fighting_a_condition_is_no_use_of_force(extractor, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not [e for e in extract_text(extractor, text).events if e.cameo[:2] in {"18", "19", "20"} or e.cameo.startswith("138")]


def test_fighting_a_foe_still_is(extractor) -> None:  # type: ignore[no-untyped-def]
    assert [e.cameo for e in extract_text(extractor, "Kenyan troops fought Somali militants on Monday.").events] == ["190"]
