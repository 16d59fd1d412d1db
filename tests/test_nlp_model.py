"""The loaded pipeline multiplies through numpy and parses as stock spaCy does."""

from __future__ import annotations

from thinc.api import NumpyOps

from eventwatch.nlp.model import load_model

SENTENCES = [
    "The foreign minister of Chile met his Peruvian counterpart in Lima on Tuesday.",
    "Rebels shelled the outskirts of the provincial capital overnight, killing four soldiers.",
    "The council voted to extend the mission for another year despite objections from two members.",
    "Protesters who gathered outside parliament demanded the resignation of the interior minister.",
    "Officials said the talks, which had stalled since March, would resume next week in Geneva.",
]


def _analysis(nlp, text: str) -> list[tuple[str, str, int, str]]:
    return [(t.text, t.tag_, t.head.i, t.dep_) for t in nlp(text)]


def test_every_layer_multiplies_through_numpy(nlp) -> None:
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if model is not None:
            for layer in model.walk():
                assert isinstance(layer.ops, NumpyOps) and not layer.ops.use_blis, layer.name


def test_same_tags_and_parses_as_the_stock_pipeline(nlp) -> None:
    stock = load_model(numpy_matmul=False)
    assert stock.get_pipe("parser").model.ops.use_blis
    for text in SENTENCES:
        assert _analysis(nlp, text) == _analysis(stock, text)
