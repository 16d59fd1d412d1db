"""The original outlet of a re-hosted story, from attribution lines and datelines, which leave the body."""

from __future__ import annotations

import re
from dataclasses import dataclass

from eventwatch.article.phrasing import Phrasing

DASH = r"[—–-]{1,2}"
SOURCE_LINE = re.compile(
    r"^\(?\s*(?:(?:sources?|via|credits?)\s*[:\-–—]|courtesy(?: of)?\s*:?|(?:with )?inputs? from\s*:?)"
    r"\s*(?P<who>[^()]{2,80}?)\s*\)?\.?$",
    re.IGNORECASE,
)
ORIGINAL_LINE = re.compile(
    r"^(?:(?:this|the) (?:article|story|piece|report|post) )?(?:was |is |has been )?"
    r"(?:(?:originally|first) (?:published|appeared|posted|ran)|republished(?: with permission)?)"
    r"(?: (?:on|in|by|at|from))? (?P<who>[^.,;:()]{2,60})",
    re.IGNORECASE,
)
SIGN_OFF = re.compile(rf"^(?:{DASH}\s*(?P<dashed>[^\s].{{0,40}}?)|\((?P<bracketed>[^()]{{2,40}})\))\s*\.?$")
DATELINE = re.compile(
    rf"^(?P<place>[A-Z][\w.'’ -]{{0,40}}?(?:,\s*[\w.'’ -]{{2,40}}?)?\s*)?"
    rf"\((?P<who>[^()]{{2,40}})\)\s*(?:{DASH}|:)\s*"
)
SPLIT_OUTLETS = re.compile(r"\s*(?:,|;|/|&|\band\b|\bwith\b)\s*", re.IGNORECASE)
ATTRIBUTION_WORDS = 30  # an attribution line is short
OUTLET_WORDS = 8  # "Source: TRTWorld and agencies"; a longer tail is a sentence ("Sources: the minister ...")
DATELINE_RANK = 2
GENERIC = frozenset({"agencies", "agency", "news agencies", "wires", "wire services", "staff", "news desk"})


@dataclass(slots=True, frozen=True)
class Attributed:
    """The outlet named by the page (or None) and the paragraphs without their attribution."""

    source: str | None
    paragraphs: list[str]


def find_source(paragraphs: list[str], phrasing: Phrasing) -> Attributed:
    """Take attribution lines out of the body and name the original outlet they give.

    A "Source:" or "originally published by" line outranks a sign-off ("— Reuters"), which
    outranks a dateline's agency ("HANOI (AP) —"). A lone paragraph is never taken out.
    """
    ranked: list[tuple[int, str]] = []
    kept: list[str] = []
    for index, para in enumerate(paragraphs):
        line = _attribution_line(para, phrasing, first=index == 0) if len(paragraphs) > 1 else None
        if line is not None:
            ranked.extend([line] if line[1] else [])
            continue
        agency = _dateline(para, phrasing)
        ranked.extend([(DATELINE_RANK, agency)] if agency else [])
        kept.append(para)
    return Attributed(min(ranked)[1] if ranked else None, kept)


def _attribution_line(line: str, phrasing: Phrasing, *, first: bool) -> tuple[int, str] | None:
    """(rank, outlet) of a whole attribution line (outlet "" when it names none), or None for body."""
    text = line.strip()
    if len(text.split()) > ATTRIBUTION_WORDS:
        return None
    match = SOURCE_LINE.match(text) or ORIGINAL_LINE.match(text)
    if match and len(match.group("who").split()) <= OUTLET_WORDS:
        outlet = outlet_name(match.group("who"), phrasing, strict=False)
        return None if outlet is None else (0, outlet)
    if first:
        return None
    match = SIGN_OFF.match(text)
    named = (match.group("dashed") or match.group("bracketed")) if match else text
    outlet = outlet_name(named, phrasing, strict=True) if match else phrasing.outlet(text)
    return (1, outlet) if outlet else None


def _dateline(para: str, phrasing: Phrasing) -> str | None:
    """The agency of a dateline ("HANOI, Vietnam (AP) —"); the dateline stays, it places the story."""
    match = DATELINE.match(para)
    return outlet_name(match.group("who"), phrasing, strict=True) if match else None


def outlet_name(named: str, phrasing: Phrasing, *, strict: bool) -> str | None:
    """The normalised outlet in "TRTWorld and agencies"; unknown names only when not `strict`.

    "" when every part is generic ("agencies"), None when nothing reads as an outlet.
    """
    parts = [p.strip(" .") for p in SPLIT_OUTLETS.split(named) if p and p.strip(" .")]
    for part in [named, *parts]:
        known = phrasing.outlet(part)
        if known:
            return known
    if strict:
        return None
    if all(p.lower() in GENERIC for p in parts):
        return ""
    plausible = [p for p in parts if p.lower() not in GENERIC and len(p.split()) <= 5 and p[:1].isupper()]
    return plausible[0] if plausible else None
