"""How much a text reads like fluent, original prose: 1.0 clean, lower when garbled or machine-translated."""

from __future__ import annotations

import re

from eventwatch.article.lines import shape

SENTENCE_END = re.compile(r"(?<=[.!?…])[\"'”’)]*\s+(?=[\"'“‘(]?[A-Z0-9])")
# A capitalised function word in the middle of a sentence, before a lower-case word:
# "said The current state", "the only one The block's border" (a lost sentence boundary).
BROKEN_BOUNDARY = re.compile(
    r"(?<=[a-z,])\s+(?:The|This|These|Those|It|He|She|They|We|His|Her|Their|Its|Our|A|An|In|On|At|But|And|However)"
    r"\s+(?=[a-z])"
)
# A sentence end followed by a stray fragment that closes the paragraph: "video link. 19th".
STRAY_TAIL = re.compile(r"[.!?][\"'”’)]*\s+\S{1,12}(?:\s+\S{1,12})?$")
# A lower-case word after a full stop; the word before is long, since abbreviations ("tsp.") are short.
LOWER_START = re.compile(r"\b[a-z]{5,}[.!?]\s+[a-z]{2,}\b")
DOUBLED = re.compile(r"\b(\w{2,})\s+\1\b", re.IGNORECASE)
MOJIBAKE = re.compile(r"Ã.|â€|Â\s|�")
WEIGHTS = {"broken": 2.0, "stray": 1.0, "lower": 1.0, "doubled": 1.0, "mojibake": 2.0}


def sentences_of(text: str) -> list[str]:
    return [s for s in SENTENCE_END.split(text) if s.strip()]


def score(text: str) -> float:
    """Quality in [0, 1]: one minus the weighted rate of signs of broken text per sentence."""
    paragraphs = [p for p in text.split("\n") if p.strip()]
    sentences = [s for p in paragraphs for s in sentences_of(p)]
    if not sentences:
        return 0.0
    counts = {
        "broken": sum(len(BROKEN_BOUNDARY.findall(s)) for s in sentences),
        "stray": sum(_stray_tail(p) for p in paragraphs),
        "lower": sum(len(LOWER_START.findall(p)) for p in paragraphs),
        "doubled": sum(len(DOUBLED.findall(s)) for s in sentences),
        "mojibake": len(MOJIBAKE.findall(text)),
    }
    penalty = sum(WEIGHTS[name] * count for name, count in counts.items()) / len(sentences)
    return round(max(0.0, min(1.0, 1.0 - penalty)), 3)


def _stray_tail(paragraph: str) -> bool:
    """A paragraph that ends in a fragment after its last full sentence."""
    if STRAY_TAIL.search(paragraph.strip()) is None:
        return False
    s = shape(paragraph)
    return not s.ends_sentence and s.words >= 10
