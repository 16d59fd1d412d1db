"""Event status: occurred, ongoing, planned, hypothetical or negated (sentences written for these tests).

Uses the test dictionary of test_events, so only the coder is under test.
"""

from __future__ import annotations

from typing import Any

import pytest
from test_events import _show, coded

STATUS = {
    "definite-war-below-a-request": (
        "Kenya called for an end to the war between Ethiopia and Sudan.",
        "ASSAULT",
        "occurred",
    ),
    "definite-war-deep-below-a-request": (
        "Japan asked for an assessment of the progress of the war in Ukraine.",
        "ASSAULT",
        "occurred",
    ),
    "owned-invasion-in-an-adjunct": (
        "Ukraine asked for Russia to be expelled from the UN because of its invasion of Ukraine.",
        "ASSAULT",
        "occurred",
    ),
    "asked-release-is-not-done": ("Kenya called for the release of Sudanese prisoners.", "CONCEDE", None),
}


@pytest.mark.parametrize(("text", "type_", "status"), list(STATUS.values()), ids=list(STATUS))
def test_status_of_the_event(text: str, type_: str, status: str | None, kit: Any, nlp: Any) -> None:
    found = [e for e in coded(text, kit, nlp) if e.event_type == type_]
    if status is None:  # the act is only asked for: no event of its own, or not as done
        assert all(e.status != "occurred" for e in found), _show(found)
    else:
        assert found and all(e.status == status for e in found), _show(found)
