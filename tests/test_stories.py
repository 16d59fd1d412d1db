"""Stories: near-duplicate articles are one story; one event told by several articles is one story event."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwatch import stories
from eventwatch.read import read_inputs
from eventwatch.store import Store, ingest
from eventwatch.stories import EventKey, same_event, signature, similarity
from eventwatch.toolkit import Toolkit

WIRE = (
    "Gunmen attacked an Israeli army checkpoint near Hebron on Tuesday, wounding two soldiers, the Israeli "
    "military said. The military said troops returned fire and that the attackers fled towards nearby hills. "
    "A spokesman said roads around the city were closed while soldiers searched the area."
)
ROAD = (
    "Kenya and Tanzania signed an agreement on Monday to build a new road across their shared border, the "
    "two governments said. Officials said the road would cut travel time for traders and that work would "
    "start next year after the rainy season."
)


@pytest.mark.parametrize(
    ("other", "alike"),
    [
        (WIRE.replace("on Tuesday", "on Tuesday morning") + " Reporting by the Harbour desk.", True),
        ("Breaking: " + WIRE + " Copyright Valley Daily. All rights reserved.", True),
        (ROAD, False),
        (WIRE[: len(WIRE) // 3], False),
    ],
    ids=["light-edit", "re-host", "other-story", "a-third-of-it"],
)
def test_similarity_tells_copies_from_other_articles(other: str, alike: bool) -> None:
    assert (similarity(signature(WIRE), signature(other)) >= stories.SIMILAR) is alike


@pytest.mark.parametrize(
    ("b", "same"),
    [
        (EventKey("ASSAULT", "ISR", None, "PSE", "2026-03-04"), True),
        (EventKey("ASSAULT", None, "ISR", "PSE", "2026-03-03"), False),
        (EventKey("ASSAULT", "ISR", "PSE", "PSE", "2026-03-03"), True),
        (EventKey("ASSAULT", "SYR", None, "PSE", "2026-03-03"), False),
        (EventKey("ASSAULT", "ISR", None, "LBN", "2026-03-03"), False),
        (EventKey("PROTEST", "ISR", None, "PSE", "2026-03-03"), False),
    ],
    ids=[
        "next-day",
        "no-shared-participant",
        "recipient-added",
        "other-actor",
        "other-country",
        "other-type",
    ],
)
def test_same_event(b: EventKey, same: bool) -> None:
    assert same_event(EventKey("ASSAULT", "ISR", None, "PSE", "2026-03-03"), b) is same


def _articles(folder: Path) -> Path:
    folder.mkdir()
    copies = {
        "a-wire": ("Wire Service", WIRE),
        "b-harbour": (
            "Harbour Post",
            WIRE.replace("on Tuesday", "on Tuesday morning") + " Reporting by the desk.",
        ),
        "c-valley": ("Valley Daily", "Breaking: " + WIRE),
        "d-road": ("Wire Service", ROAD),
    }
    lines = [
        f'{{"id": "{name}", "text": "{text}", "source": "{source}", "date": "2026-03-03"}}'
        for name, (source, text) in copies.items()
    ]
    (folder / "news.jsonl").write_text("\n".join(lines) + "\n")
    return folder


def test_ingest_groups_copies_and_counts_sources_once(tmp_path: Path, kit: Toolkit) -> None:
    corpus = _articles(tmp_path / "news")
    with Store.open(tmp_path / "s.db") as store:
        ingest(read_inputs([str(corpus)], kit.options), kit, store, after_commit=stories.update)
        found = list(stories.article_stories(store))
        told = list(stories.story_events(store))
        assert stories.update(store) == 0  # nothing left to assign: idempotent
        counts = stories.event_counts(store.conn)
    assert sorted((s["num_articles"], s["num_sources"]) for s in found) == [(1, 1), (3, 3)]
    assault = [e for e in told if e["event_type"] == "ASSAULT"]
    assert assault and max(e["num_articles"] for e in assault) == 3
    top = max(assault, key=lambda e: e["num_articles"])
    assert (top["num_sources"], top["first_seen"]) == (3, "2026-03-03") and len(top["event_ids"]) >= 3
    assert sum(c.is_root for c in counts.values()) == len(told)
