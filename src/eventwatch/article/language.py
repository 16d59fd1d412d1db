"""Language of a document with py3langid, guarded so short English inputs are never misjudged."""

from __future__ import annotations

import re
from collections.abc import Callable

from py3langid.langid import MODEL_FILE, LanguageIdentifier

WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
# English function words: frequent, short, and rare as words of other languages written in Latin script.
ENGLISH_FUNCTION_WORDS = frozenset(
    {
        "the",
        "of",
        "and",
        "to",
        "in",
        "is",
        "was",
        "for",
        "that",
        "with",
        "on",
        "as",
        "by",
        "at",
        "from",
        "it",
        "its",
        "are",
        "were",
        "be",
        "been",
        "has",
        "have",
        "had",
        "this",
        "these",
        "those",
        "which",
        "who",
        "whom",
        "whose",
        "will",
        "would",
        "should",
        "could",
        "can",
        "not",
        "but",
        "or",
        "an",
        "a",
        "they",
        "he",
        "she",
        "we",
        "you",
        "his",
        "her",
        "their",
        "our",
        "said",
        "says",
        "after",
        "before",
        "over",
        "into",
        "than",
        "then",
        "there",
        "about",
        "also",
        "more",
    }
)
SHORT_WORDS = 15  # below this many words the detector's guess is not trusted on its own
SAMPLE_CHARS = 4000
ENGLISH_SHARE = 0.2  # this many English function words make a text English whatever the model says
SURE = 0.9  # a short text needs a sure guess
LIKELY = 0.5  # a longer one a likely guess


def load_identifier() -> LanguageIdentifier:
    """The py3langid model with normalised probabilities (about half a second; `Toolkit` keeps it)."""
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def words(text: str) -> list[str]:
    return WORD.findall(text)


def english_share(tokens: list[str]) -> float:
    """Share of tokens that are English function words (about 0.4 in English prose)."""
    if not tokens:
        return 0.0
    lowered = " ".join(tokens).lower().split()
    return sum(map(ENGLISH_FUNCTION_WORDS.__contains__, lowered)) / len(tokens)


def foreign_script(text: str) -> bool:
    """True when most letters are outside the Latin script (Chinese, Arabic, Cyrillic...)."""
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and sum(c > "\u024f" for c in letters) > len(letters) / 2


def detect(text: str, identifier: Callable[[], LanguageIdentifier]) -> str:
    """ISO 639-1 code of the text's language; "en" whenever English cannot be ruled out.

    `identifier` gives the model; it is asked for only when the function words leave a doubt,
    so English news never loads it.
    """
    sample = text[:SAMPLE_CHARS]
    tokens = words(sample)
    if not tokens:
        return "en"
    share = english_share(tokens)
    if share >= ENGLISH_SHARE:
        return "en"
    lang, prob = identifier().classify(sample)
    if lang == "en":
        return "en"
    if foreign_script(sample):  # "中国外交部周一表示" is one "word" but cannot be English
        return lang
    if len(tokens) < SHORT_WORDS:
        return lang if prob >= SURE and share == 0.0 else "en"
    return lang if prob >= LIKELY else "en"
