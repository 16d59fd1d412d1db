"""The parties a document's acts name: counted once per act, the main two, each one's share."""

from __future__ import annotations

from eventwatch.events.parties import Parties
from eventwatch.records import Actor, Event, Sentence


def _event(etype: str, actor: str | None, recipient: str | None, sentence: int = 0) -> Event:
    def state(code: str) -> Actor:
        return Actor(code.lower(), code.title(), code, code, "state")

    return Event(
        etype,
        etype.lower(),
        Sentence(sentence, 0, 10, "A sentence."),
        actor=state(actor) if actor else None,
        recipient=state(recipient) if recipient else None,
    )


STORY = [  # a story about Kenya and Uganda, with one passing mention of Chad
    _event("ACCUSE", "KEN", "UGA", 0),
    _event("REJECT", "UGA", "KEN", 1),
    _event("SANCTION", "KEN", "UGA", 2),
    _event("CONSULT", "KEN", "TCD", 3),
]


def test_parties_count_the_acts_naming_each_party_once() -> None:
    parties = Parties.of(STORY + [_event("CONSULT", "KEN", "KEN", 4)])
    assert parties.counts["KEN"] == 5 and parties.counts["UGA"] == 3 and parties.counts["TCD"] == 1
    assert parties.main("KEN") and parties.main("UGA") and not parties.main("TCD")
    assert parties.share("UGA") == 3 / 5 and parties.share(None) == 0.0


def test_one_act_of_many_parties_names_each_once() -> None:
    """ "Chad met Kenya, Uganda and Sudan": three events of one act do not make Chad the main party."""
    meeting = [_event("CONSULT", "TCD", other, 5) for other in ("KEN", "UGA", "SDN")]
    parties = Parties.of(STORY + meeting)
    assert parties.counts["TCD"] == 2 and parties.events == 5
    assert not parties.main("TCD")
