"""The trigger prefilter decides which sentences reach the parser."""

from __future__ import annotations

from eventwatch.nlp.prefilter import TriggerFilter, candidates
from eventwatch.nlp.segment import segment
from eventwatch.records import Actor, Document, Mention

FILTER = TriggerFilter(["attacked", "met", "sign"])


def test_trigger_needs_word_boundaries() -> None:
    assert FILTER.has_trigger("Rebels attacked the town.")
    assert not FILTER.has_trigger("The metal was signed off.")  # "met" inside "metal", "sign" in "signed"


def test_empty_lexicon_matches_nothing() -> None:
    assert not TriggerFilter([]).has_trigger("Anything at all.")


def test_candidates_need_trigger_and_actor_candidate() -> None:
    text = "Rebels attacked the town. it rained and people met. The weather was fine. Kenya met Uganda."
    doc = segment(Document(id="d", origin="t", text=text))
    kenya = text.index("Kenya")
    doc.mentions = [Mention(kenya, kenya + 5, Actor("Kenya", "Kenya", "KEN", "KEN", "state"))]
    chosen = [s.text for s in candidates(doc, FILTER)]
    # Sentence 1 has a trigger but only its first word is capitalised and no mention: not parsed.
    assert chosen == ["Kenya met Uganda."]


def test_capitalised_name_inside_sentence_counts_as_candidate() -> None:
    doc = segment(Document(id="d", origin="t", text="Yesterday the envoy met Ms Okafor in town."))
    assert [s.index for s in candidates(doc, FILTER)] == [0]


def test_a_pronoun_may_stand_for_a_party_named_before() -> None:
    """ "He met the envoy": the parse can find who "he" is in the sentences before."""
    doc = segment(Document(id="d", origin="t", text="He met the envoy. The hotel met every need."))
    assert [s.index for s in candidates(doc, FILTER)] == [0]


def test_an_act_told_with_no_party_named_is_parsed() -> None:
    """ "a curfew was imposed" names no one, yet its authorities are known from the article's setting."""
    doc = segment(Document(id="d", origin="t", text="a curfew was imposed. the rebels attacked the town."))
    triggers = TriggerFilter(["curfew", "attacked"])
    assert [s.index for s in candidates(doc, triggers)] == []
    assert [s.index for s in candidates(doc, triggers, TriggerFilter(["curfew"]))] == [0]


def test_the_forms_of_official_acts_stand_alone() -> None:
    from eventwatch.events.lexicon import Lexicon

    forms = Lexicon.load().standalone_keywords()
    assert {"arrested", "arrests", "curfew", "sentenced"} <= forms
    assert "attacked" not in forms  # an attack names its doer or is told by its blast


def test_in_a_lower_case_text_every_trigger_sentence_is_parsed() -> None:
    """An archive that writes everything in lower case has no capitals to tell a name by."""
    pair = ["riots broke out in the old city on monday.", "the weather was warm and dry all week."]
    text = " ".join(pair * 4)
    doc = segment(Document(id="d", origin="t", text=text))
    chosen = candidates(doc, TriggerFilter(["riots"]))
    assert [s.text for s in chosen] == ["riots broke out in the old city on monday."] * 4
    cased = segment(Document(id="d", origin="t", text=text.replace("riots", "Riots")))
    assert not candidates(cased, TriggerFilter(["riots"]))  # capitals exist and tell no name here
