"""Name keys: the folded form under which surfaces and gazetteer names meet."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_DASHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "–": "-", "—": "-", "‐": "-", "‑": "-"})
_SPACES = re.compile(r"\s+")
_SPECIAL = str.maketrans(
    {"ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss", "æ": "ae"}
)


@lru_cache(maxsize=65536)
def fold(name: str) -> str:
    """Lower-case, diacritics removed, quotes/dashes/spaces unified: "Kandahār" -> "kandahar"."""
    text = name.translate(_DASHES).translate(_SPECIAL)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = _SPACES.sub(" ", text).strip().lower()
    return text.removeprefix("the ")


def is_latin(name: str) -> bool:
    """True when every letter is Latin script (other scripts never match English text)."""
    return all(not ch.isalpha() or ord(ch) <= 0x24F or 0x1E00 <= ord(ch) <= 0x1EFF for ch in name)


def is_acronym(name: str) -> bool:
    """Names such as "US", "UAE", "U.K." must match with their exact letters."""
    letters = [ch for ch in name if ch.isalpha()]
    return len(letters) <= 5 and all(ch.isupper() for ch in letters)
