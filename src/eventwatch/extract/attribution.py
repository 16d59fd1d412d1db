"""The original outlet of a re-hosted story, from attribution lines and datelines, which leave the body."""

from __future__ import annotations

import re
from dataclasses import dataclass

from eventwatch.extract.phrasing import Phrasing

DASH = r"[—–-]{1,2}"
SOURCE_LINE = re.compile(
    r"^\(?\s*(?:(?:sources?|via|credits?)\s*[:\-–—]|courtesy(?: of)?\s*:?|(?:with )?inputs? from\s*:?)"
    r"\s*(?P<who>[^()]{2,80}?)\s*\)?\.?$",
    re.IGNORECASE,
)
ORIGINAL_LINE = re.compile(
    r"^(?:this (?:article|story|piece|report|post) )?(?:was |is )?(?:originally|first) "
    r"(?:published|appeared|posted|ran)(?: (?:on|in|by|at))? (?P<who>[^.,;:()]{2,60})",
    re.IGNORECASE,
)
SIGN_OFF = re.compile(rf"^(?:{DASH}\s*(?P<dashed>[^\s].{{0,40}}?)|\((?P<bracketed>[^()]{{2,40}})\))\s*\.?$")
DATELINE = re.compile(
    rf"^(?P<place>[A-Z][\w.'’ -]{{0,40}}?(?:,\s*[\w.'’ -]{{2,40}}?)?\s*)?"
    rf"\((?P<who>[^()]{{2,40}})\)\s*(?:{DASH}|:)\s*"
)
SPLIT_OUTLETS = re.compile(r"\s*(?:,|;|/|&|\band\b|\bwith\b)\s*", re.IGNORECASE)
GENERIC = frozenset({"agencies", "agency", "news agencies", "wires", "wire services", "staff", "news desk"})


@dataclass(slots=True, frozen=True)
class Attributed:
    """The outlet named by the page (or None) and the paragraphs without their attribution."""

    source: str | None
    paragraphs: list[str]


def find_source(paragraphs: list[str], phrasing: Phrasing) -> Attributed:
    """Take attribution lines out of the body and name the original outlet they give."""
    found: list[str] = []
    kept: list[str] = []
    for index, para in enumerate(paragraphs):
        outlet = _attribution_line(para, phrasing, first=index == 0)
        if outlet is not None:
            found.append(outlet)
            continue
        outlet, para = _dateline(para, phrasing)
        if outlet:
            found.append(outlet)
        kept.append(para)
    named = [name for name in found if name]
    return Attributed(named[0] if named else None, kept if kept or not paragraphs else paragraphs)


def _attribution_line(line: str, phrasing: Phrasing, *, first: bool) -> str | None:
    """The outlet of a whole attribution line ("" when it names none), or None for a body line."""
    text = line.strip()
    if len(text.split()) > 30:
        return None
    match = SOURCE_LINE.match(text) or ORIGINAL_LINE.match(text)
    if match:
        return outlet_name(match.group("who"), phrasing, strict=False) or ""
    match = SIGN_OFF.match(text)
    if match and not first:
        return outlet_name(match.group("dashed") or match.group("bracketed"), phrasing, strict=True)
    return phrasing.outlet(text) if not first else None


def _dateline(para: str, phrasing: Phrasing) -> tuple[str | None, str]:
    """The agency of a dateline ("HANOI, Vietnam (AP) —"); the dateline stays, it places the story."""
    match = DATELINE.match(para)
    if match is None:
        return None, para
    outlet = outlet_name(match.group("who"), phrasing, strict=True)
    if outlet is None:
        return None, para
    return outlet, para


def outlet_name(named: str, phrasing: Phrasing, *, strict: bool) -> str | None:
    """The normalised outlet in "TRTWorld and agencies"; unknown names only when not `strict`."""
    parts = [p.strip(" .") for p in SPLIT_OUTLETS.split(named) if p and p.strip(" .")]
    for part in parts:
        known = phrasing.outlet(part)
        if known:
            return known
    if strict:
        return None
    plausible = [p for p in parts if p.lower() not in GENERIC and len(p.split()) <= 5 and p[:1].isupper()]
    return plausible[0] if plausible else None
