"""The calibrated confidence: its features (with the document's parties) and the shipped model."""

from __future__ import annotations

from test_events_parties import STORY, _event

from eventwatch.events.calibration import Calibration, features
from eventwatch.events.parties import Parties


def test_an_act_between_the_main_parties_is_told_from_a_passing_one() -> None:
    parties = Parties.of(STORY)
    main, passing = features(STORY[0], parties), features(STORY[3], parties)
    assert main["pair_main"] == 1.0 and passing["pair_main"] == 0.0
    assert main["recipient_share"] > passing["recipient_share"]


def test_without_its_document_an_event_is_its_own_story() -> None:
    alone = features(_event("ACCUSE", "KEN", "UGA"))
    assert alone["pair_main"] == 1.0 and alone["actor_share"] == 1.0
    assert features(_event("ACCUSE", "KEN", "KEN"))["pair_main"] == 0.0  # one party is no pair


def test_the_shipped_model_gives_probabilities() -> None:
    model = Calibration.load()
    assert model is not None and model.weights
    parties = Parties.of(STORY)
    for event in STORY:
        assert 0.0 <= model.probability(event, parties) <= 1.0
