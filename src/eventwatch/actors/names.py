"""The shape of a person's name the knowledge lacks, read right after a title.

"Foreign Minister Ivan Petrov", "Minister for Interior Tariq Example", "Sen. John McAllister",
"King Omaro of Morocco". Headline words and words of institutions or places ("Hospital",
"League") end the reading: "General Hospital Transplant Clinic" names no person.
"""

from __future__ import annotations

import re

_LOWER = r"a-z\u00e0-\u024f"
# "Petrov", "McCain", "Zia-Ul-Haq", "O'Brien", "J."; an apostrophe only before a capital ("Raggi's")
_NAME_WORD = rf"(?:[A-Z][{_LOWER}]+(?:[A-Z][{_LOWER}]+)?(?:['\u2019-][A-Z][{_LOWER}]+)*|[A-Z]\.)"
_PARTICLE = r"(?:al|bin|ibn|de|da|do|dos|das|du|del|della|di|la|le|van|von|der|den|ter|ten|el)"
_NAME = rf"({_NAME_WORD}(?:\s+(?:{_PARTICLE}[\s-]){{0,2}}{_NAME_WORD}){{1,3}})\b"
_PORTFOLIO = r"(?:\s+(?:for|of)\s+(?:the\s+)?[A-Z][a-z]+(?:\s+(?:and\s+)?[A-Z][a-z]+)?)?"  # "for Interior"
_AFTER_TITLE = re.compile(rf",?\s+{_NAME}")
_AFTER_CAPITALISED_TITLE = re.compile(rf"{_PORTFOLIO},?\s+{_NAME}")
_ONE_WORD = re.compile(rf"\s+([A-Z][{_LOWER}'\u2019-]{{5,}})\b")
_BEFORE_OF = re.compile(rf"\s+({_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}}),? of (?:the )?")
_HEADLINE_WORDS = (
    "Will Says Said Say To In On Of The And For With Visit Visits Meets Met Calls Call Warns",
    "Urges Vows Is Are Has Have After Before Over At By As Amid",
    "Slams Rejects Backs Agrees Signs Arrives Holds",
)
_INSTITUTION_WORDS = (
    "League Association Party Union Council Front Movement Committee Organization Organisation Assembly",
    "Commission Court Bank University College Institute Foundation Agency Office Ministry Department",
    "Forum Group Society Church Company Corporation Hospital Clinic School Center Centre Airport Street",
    "Square Park Museum Hotel Station Bridge River Mountains Times Post News Press Television Radio",
)
NOT_NAME_WORDS = frozenset(" ".join(_HEADLINE_WORDS).split())
_NOT_PERSON_WORDS = NOT_NAME_WORDS | frozenset(" ".join(_INSTITUTION_WORDS).split())


def unknown_name(text: str, at: int, later: int, capitalised: bool) -> tuple[str, int] | None:
    """A name of two to four words starting at `at` and ending by `later`: the name and its end."""
    found = (_AFTER_CAPITALISED_TITLE if capitalised else _AFTER_TITLE).match(text, at)
    if found is None or found.end() > later or any(w in _NOT_PERSON_WORDS for w in found.group(1).split()):
        return None
    return found.group(1), found.end()


def one_word_name(text: str, at: int, later: int) -> tuple[str, int] | None:
    """One capitalised word of six letters or more ("Bouteflicka"): only ever matched to a known name."""
    found = _ONE_WORD.match(text, at)
    return (found.group(1), found.end()) if found and found.end() <= later else None


def name_before_of(text: str, at: int) -> tuple[str, int] | None:
    """ "Hassan of Morocco": a name of one to four words, then "of"; the name and where the state starts."""
    found = _BEFORE_OF.match(text, at)
    if found is None or any(w in NOT_NAME_WORDS for w in found.group(1).split()):
        return None
    return found.group(1), found.end()
