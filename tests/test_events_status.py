"""Event status: occurred, ongoing, planned, hypothetical or negated (sentences written for these tests).

Uses the test dictionary of test_events, so only the coder is under test.
"""

from __future__ import annotations

from typing import Any

import pytest
from test_events import _show, coded

STATUS = {
    "definite-blockade-below-a-request": (
        "Kenya called for an end to the blockade of Sudan by Ethiopia.",
        "blockade",
        "occurred",
    ),
    "definite-offensive-deep-below-a-request": (
        "Japan asked for an assessment of the progress of the Russian offensive in Ukraine.",
        "offensive",
        "occurred",
    ),
    "owned-invasion-in-an-adjunct": (
        "Ukraine asked for Russia to be expelled from the UN because of its invasion of Ukraine.",
        "invasion",
        "occurred",
    ),
    "asked-release-is-not-done": ("Kenya called for the release of Sudanese prisoners.", "release", None),
    "past-clause-below-a-refusal": (
        "Russia refused to meet Ukraine after Ukraine met NATO in Geneva.",
        "met",
        "occurred",
    ),
    "refused-meeting-is-no-meeting": (
        "Russia refused to meet Ukraine after Ukraine met NATO in Geneva.",
        "meet",
        None,
    ),
    "past-perfect-below-a-promise": (
        "Japan promised more aid to Sudan after Egypt had attacked the border posts.",
        "attacked",
        "occurred",
    ),
    "past-in-a-condition-stays-open": (
        "Kenya said it would retaliate if Uganda attacked its border posts.",
        "attacked",
        "hypothetical",
    ),
    "yes-no-question-asks": ("Will Russia attack Ukraine again?", "attack", "hypothetical"),
    "past-question-asks": ("Did Kenya send troops to Somalia last year?", "send", "hypothetical"),
    "why-question-takes-the-act-as-given": ("Why did Russia attack Ukraine?", "attack", "occurred"),
}


@pytest.mark.parametrize(("text", "trigger", "status"), list(STATUS.values()), ids=list(STATUS))
def test_status_of_the_event(text: str, trigger: str, status: str | None, kit: Any, nlp: Any) -> None:
    found = [e for e in coded(text, kit, nlp) if e.trigger.split()[0] == trigger]
    if status is None:  # the act is only asked for: no event of its own, or not as done
        assert all(e.status != "occurred" for e in found), _show(found)
    else:
        assert found and all(e.status == status for e in found), _show(found)
