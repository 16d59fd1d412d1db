"""Word forms of trigger lemmas, so the parse prefilter sees every inflection."""

from __future__ import annotations

VOWELS = set("aeiou")
SIBILANT_ENDINGS = ("s", "x", "z", "ch", "sh")


def verb_forms(lemma: str, irregular: dict[str, list[str]]) -> set[str]:
    """Base, third person, past and -ing forms of a verb (multi-word: of its first word)."""
    word = lemma.split()[0]
    forms = {word, _third_person(word), _past(word), _gerund(word), *irregular.get(word, [])}
    if _doubles(word):
        forms |= {word + word[-1] + "ed", word + word[-1] + "ing"}
    return forms


def noun_forms(lemma: str) -> set[str]:
    """Singular and plural of a noun ("embargo" takes both "embargos" and "embargoes")."""
    forms = {lemma, _plural(lemma)}
    if lemma.endswith("o") and len(lemma) > 1 and lemma[-2] not in VOWELS:
        forms.add(lemma + "es")
    return forms


def _third_person(word: str) -> str:
    if word.endswith(SIBILANT_ENDINGS):
        return word + "es"
    if _consonant_y(word):
        return word[:-1] + "ies"
    return word + "s"


def _plural(word: str) -> str:
    return _third_person(word)


def _past(word: str) -> str:
    if word.endswith("e"):
        return word + "d"
    if _consonant_y(word):
        return word[:-1] + "ied"
    return word + "ed"


def _gerund(word: str) -> str:
    if word.endswith("ie"):
        return word[:-2] + "ying"
    if word.endswith("e") and not word.endswith(("ee", "ye", "oe")):
        return word[:-1] + "ing"
    return word + "ing"


def _consonant_y(word: str) -> bool:
    return len(word) > 1 and word.endswith("y") and word[-2] not in VOWELS


def _doubles(word: str) -> bool:
    """Verbs ending consonant-vowel-consonant may double their last letter (stab -> stabbed,
    kidnap -> kidnapped, cancel -> cancelled); an extra form costs the prefilter nothing."""
    if len(word) < 3 or word[-1] in VOWELS or word[-1] in "wxyh":
        return False
    return word[-2] in VOWELS and word[-3] not in VOWELS
