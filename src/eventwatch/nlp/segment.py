"""Stage 3: split the clean text into sentences with offsets.

Rule-based on purpose: the dependency parser only sees candidate sentences, so
sentence boundaries must come without it. Boundaries are paragraph breaks and
end punctuation followed by an opening capital, digit or quote, except after
known abbreviations and initials. Some sources deliver text lower-cased: there end
punctuation before a lower-case word ends a sentence too.
"""

from __future__ import annotations

import re

from eventwatch.records import Document, Sentence

# Abbreviations after which a period does not end a sentence (titles, months, common shortenings).
# fmt: off
_ABBREVIATIONS = frozenset((
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cmdr", "adm", "sgt", "rep",
    "sen", "gov", "pres", "amb", "rev", "st", "jr", "sr", "jan", "feb", "mar", "apr", "jun", "jul",
    "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft", "no", "vs", "etc", "inc", "ltd", "corp",
    "co", "dept", "est", "approx", "fig", "vol", "e.g", "i.e", "u.s", "u.k", "u.n", "a.m", "p.m",
))
# fmt: on
_CANDIDATE = re.compile(
    r"[.!?]+[\"”’')\]]*(?=\s+[\"“‘'(\[]?[A-Z0-9])|\n\s*\n|\n(?=\s*\S)"
    # Machine-translated text drops full stops: "... Rahmon said The current state ...".
    # A reporting verb directly followed by a capitalised function word and a lower-case word
    # cannot be one sentence, so the boundary goes after the verb.
    r"|\b(?:said|says|added|stated|noted)(?=\s+(?:The|This|These|That|It|He|She|They|We|In|On)\s+[a-z])"
)
# A dateline opening a paragraph is no part of its first sentence: "MANILA (Reuters) - ...",
# "HANOI, Vietnam (AP) — ...", "WASHINGTON — ...", "Washington (CNN)President ...". Cut off, its agency
# cannot be parsed as the subject of the story's first act.
_DATELINE = re.compile(
    r"^(?:[A-Z][A-Z.'’ -]{2,40}(?:,\s*[\w.'’ -]{2,30}?)?\s*[—–](?=\s)"
    r"|(?:[A-Z][\w.'’ -]{0,40}?(?:,\s*[\w.'’ -]{2,40}?)?\s*)?"
    r"\([A-Z][\w.&'’ -]{1,30}\)\s*(?:[—–-]{1,2}|:)(?=\s)"
    r"|(?:[A-Z][\w.'’ -]{0,40}?\s*)?\([A-Z]{2,6}\)(?=[A-Z]))",
    re.MULTILINE,
)
# A wire dateline inside a line, after a headline the extractor joined to it: "... WENT TO CONTRAS
# WASHINGTON, March 19 - President Reagan denied ...": cut before and after ("CITY, Month Day -").
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_CITY_FIRST = (  # first words of two-word cities: "NEW DELHI", "TEL AVIV"
    r"(?:NEW|SAN|SANTA|SAO|BUENOS|TEL|KUALA|HONG|ABU|RIO|LOS|PORT|CAPE|ADDIS|DAR|PHNOM|SANTO|ST\.|"
    r"MEXICO|PANAMA|KUWAIT|HO CHI) "
)
_INLINE_DATELINE = rf"\b(?:{_CITY_FIRST})?[A-Z][A-Z.'’-]+,\s*{_MONTH}\s+\d{{1,2}}\s+[-—–](?=\s)"
_DATELINE_CUTS = re.compile(rf"(?={_INLINE_DATELINE})|{_INLINE_DATELINE}")
# In lower-cased text ("police fired in the air. the crowd fled.") no capital marks a new sentence.
_LOWER_CANDIDATE = re.compile(r"[.!?]+[\"”’')\]]*(?=\s+[\"“‘'(\[]?[a-z])")
_LOWER_SHARE = 0.01  # below this share of capitals among letters a text counts as lower-cased
_WORD_BEFORE = re.compile(r"([A-Za-z.]+)\.$")
# Longer "sentences" (a page without full stops, a table flattened into one line) are split into
# pieces of at most this many characters before parsing: the parser's time and memory, and spaCy's
# own length limit, stay bounded whatever the input.
MAX_SENTENCE_CHARS = 1000
_CLAUSE_BREAK = re.compile(r".*[;,:]\s", re.DOTALL)  # greedy: the last clause break of a window
_WORD_BREAK = re.compile(r".*\s", re.DOTALL)


def segment(doc: Document) -> Document:
    sentences = split_sentences(doc.text)
    doc.sentences = capped(sentences)
    if len(doc.sentences) != len(sentences):
        longer = sum(1 for s in sentences if len(s.text) > MAX_SENTENCE_CHARS)
        doc.notes.append(f"{longer} sentence(s) over {MAX_SENTENCE_CHARS} characters split before parsing")
    return doc


def capped(sentences: list[Sentence], limit: int = MAX_SENTENCE_CHARS) -> list[Sentence]:
    """Sentences over `limit` characters cut into pieces at a clause or word break; indexes renumbered."""
    if all(len(s.text) <= limit for s in sentences):
        return sentences
    out: list[Sentence] = []
    for s in sentences:
        for start, end in _pieces(s.text, limit):
            piece = s.text[start:end]
            text = piece.strip()
            if text:
                first = s.start + start + len(piece) - len(piece.lstrip())
                out.append(Sentence(len(out), first, first + len(text), text))
    return out


def _pieces(text: str, limit: int) -> list[tuple[int, int]]:
    """[start, end) spans of at most `limit` characters, each ending after the last break in its window."""
    spans, start = [], 0
    while len(text) - start > limit:
        window = text[start + limit // 2 : start + limit]
        found = _CLAUSE_BREAK.match(window) or _WORD_BREAK.match(window)
        end = start + limit // 2 + found.end() if found else start + limit
        spans.append((start, end))
        start = end
    spans.append((start, len(text)))
    return spans


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of `text` with offsets; whitespace around each sentence is not included."""
    out: list[Sentence] = []
    start = 0
    for m in _candidates(text):
        if m.end() <= start or (m.group().startswith(".") and _is_abbreviation(text, m.start())):
            continue
        _append(out, text, start, m.end())
        start = m.end()
    _append(out, text, start, len(text))
    return out


def _candidates(text: str) -> list[re.Match[str]]:
    """Possible sentence ends in text order: punctuation, paragraph breaks and datelines; lower-cased
    text adds ends before a lower-case word."""
    found = list(_CANDIDATE.finditer(text)) + list(_DATELINE.finditer(text))
    found += _DATELINE_CUTS.finditer(text)
    if lower_cased(text):
        found += list(_LOWER_CANDIDATE.finditer(text))
    return sorted(found, key=lambda m: m.start())


def lower_cased(text: str) -> bool:
    """A text whose source dropped capitals: almost no upper-case letters among many letters."""
    letters = sum(c.isalpha() for c in text)
    return letters >= 40 and sum(c.isupper() for c in text) < _LOWER_SHARE * letters


def _is_abbreviation(text: str, dot: int) -> bool:
    m = _WORD_BEFORE.search(text[max(0, dot - 12) : dot + 1])
    if not m:
        return False
    word = m.group(1).lower()
    if word in _ABBREVIATIONS or word.rstrip(".") in _ABBREVIATIONS:
        return True
    # Single initials ("John F. Kennedy", "U.S.") are not sentence ends.
    return len(word.replace(".", "")) == 1


def _append(out: list[Sentence], text: str, start: int, end: int) -> None:
    chunk = text[start:end]
    lead = len(chunk) - len(chunk.lstrip())
    s, e = start + lead, start + len(chunk.rstrip())
    if e > s:
        out.append(Sentence(len(out), s, e, text[s:e]))
