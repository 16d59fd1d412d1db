"""Choose one reading for each stretch of text: the longest key, with surnames only when licensed."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from eventwatch.actors.kb import ActorKB
from eventwatch.actors.match import Hit, Target

HOW = {
    "person": "name", "org": "name", "group": "name", "state": "name", "seat": "seat", "capital": "capital",
    "adjective": "nationality", "people": "people", "prefix": "prefix", "agent": "agent",
    "surname": "surname", "coref": "coref", "pronoun": "coref",
}  # fmt: skip
_PRONOUN = re.compile(r"\b(?:[Hh]e|[Ss]he)\b")
_THE_BEFORE = re.compile(r"(?:^|(?<=\W))[Tt]he\s+$")
_NAME_GOES_ON = re.compile(r" (?:[A-Z][a-z]|[A-Z]\. )")
_PLACE_MODIFIERS = frozenset(
    [
        "North",
        "South",
        "East",
        "West",
        "Northern",
        "Southern",
        "Eastern",
        "Western",
        "Central",
        "Greater",
        "Upper",
        "Lower",
        "Mainland",
        "Occupied",
        "Free",
        "Old",
        "New",
        "Soviet",
        "Imperial",
        "Rural",
        "Coastal",
        "Southeast",
        "Southwest",
        "Northeast",
        "Northwest",
    ]
)
_LONG_WORD = re.compile(r"[A-Za-z]{4,}")
_WORD_BEFORE = re.compile(r"(?<![\w.-])[A-Z][a-z]+ $")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\"\u201c\u2018(\n]\s*)$")
_CAPITALISED_BEFORE = re.compile(r"[A-Z][a-z]+\s$")
_BEFORE_GOVERNMENT = re.compile(
    r"(?:['\u2019]s (?:forces|troops|army|spokesman|spokeswoman|supporters|loyalists|party)\b"
    r"|(?:['\u2019]s)? (?:administration|government|regime|cabinet)\b)"
)
_NOT_GIVEN_NAMES = frozenset(
    ["the", "and", "but", "when", "while", "after", "before", "then", "as", "if", "said", "says", "prime"]
)
_NEGATED_PREFIX = re.compile(r"(?:pro|anti|non|ex|vice)-$", re.IGNORECASE)  # "Vice-Premier" is no premier


@dataclass(slots=True)
class Piece:
    """A chosen key: [start, end) of the text read as `what` (a kind of target) with `ref`."""

    start: int
    end: int
    what: str
    ref: str | int
    how: str
    fallback: int | None = None  # the agent a coreference noun stands for when it refers to nothing


def follows_the(text: str, start: int) -> bool:
    """The words just before `start` are "the" ("the ministry", "the prime minister")."""
    return bool(_THE_BEFORE.search(text, max(0, start - 5), start))


def choose(hits: list[Hit], text: str, kb: ActorKB, day: str) -> list[Piece]:
    """Longest non-overlapping hits, left to right, each read as its first licensed target."""
    chosen: list[Piece] = []
    seen: set[int] = set()
    end = 0
    for hit in hits:
        if hit.start < end or _NEGATED_PREFIX.search(text, max(0, hit.start - 5), hit.start):
            continue
        target = _licensed(hit, chosen, seen, text, kb, day)
        if target is None:
            continue
        what = target.what
        agent = next((int(t.ref) for t in hit.targets if t.what == "agent"), None)
        chosen.append(Piece(hit.start, hit.end, what, target.ref, HOW[what], agent))
        if what in ("person", "surname"):
            seen.add(int(target.ref))
        end = hit.end
    return _with_pronouns(chosen, text)


def _with_pronouns(chosen: list[Piece], text: str) -> list[Piece]:
    """Add "he"/"she" pieces where no name was chosen, keeping the order by start."""
    pronouns = [
        Piece(m.start(), m.end(), "pronoun", m.group().lower(), "coref") for m in _PRONOUN.finditer(text)
    ]
    if not pronouns:
        return chosen
    taken = [(p.start, p.end) for p in chosen]
    free = [p for p in pronouns if not any(s < p.end and p.start < e for s, e in taken)]
    return sorted(chosen + free, key=lambda p: p.start)


def _licensed(
    hit: Hit, chosen: list[Piece], seen: set[int], text: str, kb: ActorKB, day: str
) -> Target | None:
    first = hit.targets[0]
    if first.what in ("state", "capital") and _after_a_given_name(hit, chosen, text):
        return None
    if first.what != "surname":
        return first
    if _NAME_GOES_ON.match(text, hit.end) and not _in_title_case_line(text, hit.start):
        return None  # "Ahmed Ben Bella": a first name, not the surname of someone known
    people = [int(t.ref) for t in hit.targets if t.what == "surname"]
    known = [n for n in people if n in seen]
    if known:
        return replace(first, ref=known[-1])
    titled = _after_title(hit, chosen, text, kb)
    if _someone_else(hit, people, text, kb) and not (titled and kb.agents[int(chosen[-1].ref)].role):
        return None  # "Fernando Suarez ... Mr Suarez" is not the Suárez the knowledge holds
    number = _by_title(people, chosen, text, kb, day) if titled else None
    if number is None and len(first.surface) >= 4 and _BEFORE_GOVERNMENT.match(text, hit.end):
        number = _nearest_in_time(people, kb, day)  # "the Reagan administration", "Suharto's government"
    if number is None and not _CAPITALISED_BEFORE.search(text, max(0, hit.start - 20), hit.start):
        serving = [n for n in people if kb.persons[n].term_on(day)]  # "Assad" in 2020: Bashar, not Hafez
        number = serving[0] if len(serving) == 1 and len(first.surface) >= 4 else None
    return None if number is None else replace(first, ref=number)


def _someone_else(hit: Hit, people: list[int], text: str, kb: ActorKB) -> bool:
    """ "Fernando Suarez ... Mr Suarez": the text before gives this surname another person's first name."""
    surname = text[hit.start : hit.end]
    given = {
        w.lower() for n in people for f in (kb.persons[n].name, *kb.persons[n].aliases) for w in f.split()
    }
    for found in re.compile(rf"\b([A-Z][a-z]+) {re.escape(surname)}\b").finditer(text, 0, hit.start):
        word = found.group(1).lower()
        if word not in given and word not in kb.title_words and word not in _NOT_GIVEN_NAMES:
            return True
    return False


def _after_a_given_name(hit: Hit, chosen: list[Piece], text: str) -> bool:
    """ "George Washington", "Michael Jordan": a one-word place name after a capitalised unknown word."""
    if " " in hit.targets[0].surface:
        return False
    word = _WORD_BEFORE.search(text, max(0, hit.start - 30), hit.start)
    if word is None or (chosen and chosen[-1].end > word.start()) or word.group().strip() in _PLACE_MODIFIERS:
        return False
    if _SENTENCE_START.search(text, max(0, word.start() - 3), word.start()):
        return False
    return not _in_title_case_line(text, hit.start)


def _in_title_case_line(text: str, at: int) -> bool:
    """A headline in Title Case capitalises every word, so a capital proves nothing there."""
    start, end = text.rfind("\n", max(0, at - 200), at) + 1, text.find("\n", at, at + 200)
    words = _LONG_WORD.findall(text, start, end if end >= 0 else min(len(text), at + 200))
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


def _after_title(hit: Hit, chosen: list[Piece], text: str, kb: ActorKB) -> bool:
    if not chosen or chosen[-1].what != "agent":
        return False
    agent = kb.agents[int(chosen[-1].ref)]
    return (agent.title or agent.role is not None) and text[chosen[-1].end : hit.start].strip(" .,") == ""


def _by_title(people: list[int], chosen: list[Piece], text: str, kb: ActorKB, day: str) -> int | None:
    """Of the people with this surname, the one holding the title's office (or serving) on `day`."""
    role = kb.agents[int(chosen[-1].ref)].role
    terms = [(n, kb.persons[n].term_on(day)) for n in people]
    fitting = [n for n, t in terms if t is not None and (role is None or role == "leader" or t.role == role)]
    serving = [n for n, t in terms if t is not None]
    if fitting or serving:
        return (fitting or serving)[0]
    if role is None:  # "Mr Blair" is the one Blair known; "General Franco" of two Francos is neither
        return people[0] if len(people) == 1 else None
    return _nearest_in_time(people, kb, day)


def _nearest_in_time(people: list[int], kb: ActorKB, day: str) -> int | None:
    """Of people none of whom served on `day`, the one whose term came closest to it (if only one did)."""
    gaps = sorted((kb.persons[n].days_from(day), n) for n in people)
    if len(gaps) == 1 or gaps[0][0] < gaps[1][0]:
        return gaps[0][1]
    return None


def compound_agents(pieces: list[Piece], text: str, kb: ActorKB) -> list[Piece]:
    """ "opposition activists", "government troops": adjacent agent nouns read as one, headed by the last."""
    out: list[Piece] = []
    for piece in pieces:
        last = out[-1] if out else None
        if (
            last is not None
            and piece.what == last.what == "agent"
            and text[last.end : piece.start] == " "
            and kb.agents[int(last.ref)].role is None
            and kb.agents[int(piece.ref)].role is None
            and kb.agents[int(piece.ref)].sector
            is not None  # "news agency Mr Suarez": an honorific joins no agent
        ):
            out[-1] = Piece(last.start, piece.end, "agent", piece.ref, "agent")
            continue
        if last is not None and _describes_the_group(last, piece, text, kb):
            out[-1] = Piece(last.start, piece.end, piece.what, piece.ref, piece.how)
            continue
        out.append(piece)
    return out


def _describes_the_group(agent: Piece, group: Piece, text: str, kb: ActorKB) -> bool:
    """ "the rebel Kurdistan Workers' Party": a plain agent word right before a group's own name."""
    if agent.what != "agent" or group.what not in ("group", "org") or text[agent.end : group.start] != " ":
        return False
    described = kb.agents[int(agent.ref)]
    return described.role is None and described.sector in ("REB", "OPP")
