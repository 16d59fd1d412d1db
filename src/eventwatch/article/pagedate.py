"""The publication date printed near the top of a plain-text page ("Published: 17 September 2021")."""

from __future__ import annotations

import re
from datetime import date

MONTHS = {
    name: number
    for number, names in enumerate(
        [("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",),
         ("jun", "june"), ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"),
         ("oct", "october"), ("nov", "november"), ("dec", "december")],
        start=1,
    )
    for name in names
}  # fmt: skip
MONTH = r"(?P<month>[A-Za-z]{3,9})\.?"
DATE_FORMS = (
    re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<num>\d\d)-(?P<day>\d\d)\b"),
    re.compile(rf"\b{MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d\d)\b"),
    re.compile(rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH},?\s+(?P<year>(?:19|20)\d\d)\b"),
)
DATE_LINE_WORDS = 14  # a line this short that holds a date is the page's date line
HEAD = 8  # the date line is among the first lines of the page


def page_date(head: list[str]) -> str | None:
    """YYYY-MM-DD of the first date line (short, not a sentence) among the lines before the body."""
    for para in head[:HEAD]:
        if len(para.split()) <= DATE_LINE_WORDS and not para.rstrip().endswith("."):
            found = find_date(para)
            if found:
                return found
    return None


def find_date(text: str) -> str | None:
    """The first full date written in `text` (ISO or with an English month name), as YYYY-MM-DD."""
    for form in DATE_FORMS:
        for match in form.finditer(text):
            parts = match.groupdict()
            month = int(parts["num"]) if parts.get("num") else MONTHS.get((parts.get("month") or "").lower())
            if month is None:
                continue
            try:
                return date(int(parts["year"]), month, int(parts["day"])).isoformat()
            except ValueError:
                continue
    return None
