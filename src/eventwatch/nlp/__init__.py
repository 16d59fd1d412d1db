"""Stages 3 and 6: sentences of the clean text, and spaCy parses of the candidate sentences."""

from eventwatch.nlp.parse import parse_candidates
from eventwatch.nlp.segment import segment

__all__ = ["parse_candidates", "segment"]
