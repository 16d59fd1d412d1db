"""Find place-name mentions: capitalised word runs looked up in the gazetteer, then false friends removed."""

from __future__ import annotations

import re
from dataclasses import dataclass

from eventwatch.places.gazetteer import ACRONYM, ADJECTIVE, ALIAS, NAME, Gazetteer
from eventwatch.places.names import fold

TOKEN = re.compile(r"(?:[^\W\d_]\.){2,}|(?<!['’])[^\W\d_]+(?:['’](?![sS]\b)[^\W\d_]+)*")
LOWER_WORD = re.compile(r"\b[a-z]{3,}\b")
LONGER_WORD = re.compile(r"[^\W\d_]{4,}")  # whole words of four letters or more
LINE = re.compile(r"[^\n]+")
MAX_TOKENS = 6
ARTICLES = frozenset({"al", "el", "ar", "as", "ad", "an", "ash", "at", "az", "ed", "es", "ez"})
ABBREVIATIONS = frozenset({"St", "Ft", "Mt", "Pt"})
GAPS = frozenset({" ", "\u00a0", "-", "–", "'s ", "’s "})  # "Cox's Bazar", "St. John's" are tried whole
SENTENCE_END = frozenset(".!?\"“”‘'(:;—\n")
DATELINE_END = re.compile(r"(?:,\s*[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)?\s*(?:\([^)]{1,40}\)\s*)?[—–-]")
CAPITALS_DATELINE_END = re.compile(r"(?:,\s*[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)?\s*(?:\([^)]{1,40}\)\s*)?\s[A-Z]")
BIG_CITY = 100_000
METROPOLIS = 1_000_000
AREA_TOKENS = frozenset(
    {"province", "region", "governorate", "oblast", "prefecture", "district", "county", "state"}
)
NAME_TAILS = frozenset(
    {
        "rainforest",
        "basin",
        "river",
        "valley",
        "sea",
        "peninsula",
        "desert",
        "mountains",
        "islands",
        "delta",
        "strait",
    }
)  # lower-case last words of names written either way: "Amazon basin", "Jordan valley"
AREA_WORD = re.compile(r"\s((?i:province|region|governorate|oblast|prefecture)|district|county|state)\b")
NAME_GOES_ON = re.compile(r"\s(?:of|de|del|la|du|des|di|da|von|van|der)\s[A-Z]")
STATE_CODE = re.compile(r",\s*([A-Z][A-Za-z]{1,3})(?![\w.])")
QUALIFIED = re.compile(r",\s*[A-Z][\w.]+")
LANGUAGE_BEFORE = re.compile(
    r"\b(?:speaks?|spoke|speaking|fluent|translated\s+(?:in)?to|dubbed\s+in(?:to)?)\s+$"
)
LANGUAGE_AFTER = re.compile(r"[-–](?:language|speaking|speaker)s?\b")
SPEECH_AFTER = re.compile(r"\s+(?:said|says|told|added|explained|wrote|asked|recalled)\b")
SPEECH_BEFORE = re.compile(r"\b(?:said|says|asked)\s+$")


@dataclass(slots=True)
class Mention:
    """A stretch of text that names a place; `options` are the gazetteer entries it may mean."""

    start: int
    end: int
    surface: str
    options: list[tuple[int, int]]  # (entry id, how)
    first_token: int
    last_token: int
    sentence_start: bool = False
    dateline: bool = False
    common: bool = False  # the surface is also an ordinary word: needs a qualifier ("Nice, France")
    name_before: bool = False  # "Michael Jordan", "Real Madrid"
    name_after: bool = False  # "Jordan Peterson", "Edmonton Police"
    only_cities: bool = False
    qualified: bool = False  # followed by ", State" or ", Country"
    biggest: int = 0  # population of the largest city it may be
    headline: bool = False  # in a line Written Like This, where capitals tell little
    area: str | None = None  # "Idlib province", "Kherson region": the word naming the area
    area_end: int = -1

    @property
    def key(self) -> str:
        """The folded surface: "LONDON" and "London" are the same name."""
        return fold(self.surface)


def find_mentions(text: str, gazetteer: Gazetteer) -> list[Mention]:
    """Every gazetteer name in `text`, longest match first, with false friends removed."""
    tokens = list(TOKEN.finditer(text))
    titled = _title_case_lines(text)
    found: list[Mention] = []
    next_free = 0
    for i in _name_starts(tokens):
        if i < next_free:
            continue
        mention = _match_at(text, tokens, i, gazetteer)
        if mention is not None:
            next_free = mention.last_token + 1
            _describe(text, tokens, mention, gazetteer, titled)
            found.append(mention)
    return _with_state_codes(text, _without_false_friends(text, found, gazetteer), gazetteer)


def _name_starts(tokens: list[re.Match[str]]) -> list[int]:
    """Tokens a name can start at: capitalised words and Arabic articles ("al-Raqqa")."""
    return [i for i, t in enumerate(tokens) if t.group()[0].isupper() or t.group().lower() in ARTICLES]


def _match_at(text: str, tokens: list[re.Match[str]], i: int, gazetteer: Gazetteer) -> Mention | None:
    """The longest gazetteer name starting at token i, if any."""
    word = tokens[i].group()
    if (
        word.lower() in ARTICLES
        and i + 1 < len(tokens)
        and text[tokens[i].end() : tokens[i + 1].start()] == "-"
    ):
        return _after_article(text, tokens, i, gazetteer)
    if not word[0].isupper() or word.lower() in gazetteer.connectors:
        return None
    last = _run_end(text, tokens, i, gazetteer)
    for j in range(last, i - 1, -1):
        word = tokens[j].group()
        tail = word in AREA_TOKENS or word in NAME_TAILS
        if not (_capitalised(word) or (tail and j > i)) or word in gazetteer.connectors:
            continue
        start, end = tokens[i].start(), tokens[j].end()
        if end < len(text) and text[end] == "." and gazetteer.has(fold(text[start : end + 1])):
            end += 1  # "Ky.", "Calif.", "Man."
        elif text[end : end + 2] in {"'s", "’s"} and gazetteer.has(fold(text[start : end + 2])):
            end += 2  # "St. John's"
        options = _lookup(text, start, end, gazetteer)
        if options:
            return Mention(start, end, text[start:end], options, i, j)
    return None


def _after_article(text: str, tokens: list[re.Match[str]], i: int, gazetteer: Gazetteer) -> Mention | None:
    """ "al-Raqqa", "el-Arish": the name after the Arabic article, with the article kept in the span."""
    inner = _match_at(text, tokens, i + 1, gazetteer)
    if inner is not None:
        inner.start, inner.first_token = tokens[i].start(), i
        inner.surface = text[inner.start : inner.end]
    return inner


def _capitalised(word: str) -> bool:
    """ "Ivoire" and the elided "d'Ivoire" both count as capitalised name words."""
    return word[0].isupper() or (len(word) > 2 and word[1] in "'’" and word[2].isupper())


def _run_end(text: str, tokens: list[re.Match[str]], i: int, gazetteer: Gazetteer) -> int:
    """The last token that may still belong to a name starting at token i."""
    j = i
    while j + 1 < len(tokens) and j + 1 - i < MAX_TOKENS:
        gap = text[tokens[j].end() : tokens[j + 1].start()]
        word = tokens[j + 1].group()
        joined = gap in GAPS or (gap == ". " and tokens[j].group() in ABBREVIATIONS)
        tail = word in AREA_TOKENS or word in NAME_TAILS
        if not joined or not (_capitalised(word) or word in gazetteer.connectors or tail):
            break
        j += 1
    return j


def _lookup(text: str, start: int, end: int, gazetteer: Gazetteer) -> list[tuple[int, int]]:
    surface = text[start:end]
    options = gazetteer.candidates(fold(surface))
    letters = surface.replace(".", "")
    if not letters.isupper():
        options = [(e, how) for e, how in options if how != ACRONYM]  # "Act" is not the ACT
    if not options or not letters.isupper() or len(letters) < 2 or _dateline_at(text, start, end):
        return options  # "PARIS, Mo. —" opens a story
    # in capitals elsewhere: "US" is the United States, never the French village Us; "LONDON" is a shout
    return [(e, how) for e, how in options if gazetteer.entry(e).feature != "city"]


def _describe(
    text: str,
    tokens: list[re.Match[str]],
    mention: Mention,
    gazetteer: Gazetteer,
    titled: list[tuple[int, int]],
) -> None:
    """Set the flags the false-friend filter and the resolver read."""
    mention.sentence_start = _sentence_start(text, mention.start)
    mention.dateline = _dateline_at(text, mention.start, mention.end)
    single = mention.first_token == mention.last_token
    ordinary = mention.surface in gazetteer.common_words or (
        not mention.surface.isupper() and mention.surface.lower() in gazetteer.function_words
    )
    mention.common = mention.surface in gazetteer.common_words or (single and ordinary)
    mention.headline = any(start <= mention.start < end for start, end in titled)
    if not mention.headline:  # in "Trump Visits Paris" every word is capitalised
        mention.name_before = _name_before(text, tokens, mention, gazetteer)
        mention.name_after = _name_after(text, tokens, mention, gazetteer)
    mention.qualified = bool(QUALIFIED.match(text, mention.end))
    area = AREA_WORD.match(text, mention.end)
    if area:
        mention.area, mention.area_end = area.group(1).lower(), area.end()
    entries = [gazetteer.entry(e) for e, _ in mention.options]
    mention.only_cities = all(e.feature == "city" for e in entries)
    mention.biggest = max((e.population for e in entries if e.feature == "city"), default=0)


def _with_state_codes(text: str, mentions: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """Add the state after a town when written as a code: "LOUISVILLE, KY --", "Edmonton, Ky (WBKO)"."""
    starts = {m.start for m in mentions}
    added = []
    for mention in mentions:
        code = STATE_CODE.match(text, mention.end)
        entry = gazetteer.state_abbreviation(code.group(1)) if code else None
        if code and entry is not None and code.start(1) not in starts:
            start, end = code.span(1)
            added.append(Mention(start, end, code.group(1), [(entry, ALIAS)], -1, -1, qualified=True))
    return sorted(mentions + added, key=lambda m: m.start) if added else mentions


def _without_false_friends(text: str, mentions: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """Drop what only looks like a place: ordinary words, people's names, parts of longer names."""
    lower_words = set(LOWER_WORD.findall(text))
    people = _people(text, mentions, gazetteer)
    alone = {m.surface for m in mentions if not (m.name_before or m.name_after)}
    kept: list[Mention] = []
    for m in mentions:
        if _names_a_language(text, m):
            continue  # "in Turkish," "speaks fluent French", "English-language"
        if m.surface in people or (m.surface in gazetteer.person_names and (m.name_before or m.name_after)):
            continue
        if m.only_cities and _doubtful_city(m, lower_words, alone, gazetteer):
            continue
        if m.only_cities and kept and text[kept[-1].end : m.start] == " ":
            continue  # "Louisville Metro": a town's name right after a place is part of a longer name
        kept.append(m)
    return kept


def _names_a_language(text: str, mention: Mention) -> bool:
    """A nationality adjective used for the language (or as a noun) is not a place mention."""
    hows = {how for _, how in mention.options}
    if ADJECTIVE not in hows:
        return False
    if LANGUAGE_AFTER.match(text, mention.end) or LANGUAGE_BEFORE.search(
        text, max(0, mention.start - 30), mention.start
    ):
        return True
    return hows == {ADJECTIVE} and _used_as_noun(text, mention.end)


def _people(text: str, mentions: list[Mention], gazetteer: Gazetteer) -> set[str]:
    """Surfaces this document uses as a person's name ("Georgia Smith ... said Georgia")."""
    people = set()
    for m in mentions:
        named = m.surface in gazetteer.person_names
        given_name = named and m.name_after  # "Georgia Mills": later "Georgia" alone is her too
        # "Juan Santos", "Michael Jordan": later "Santos" alone is him, but "Jordan" alone stays a country
        surname = m.only_cities and m.name_before and (named or m.biggest < METROPOLIS)
        speaker = m.only_cities and m.biggest < BIG_CITY and _speaks(text, m)  # "Murphy said"
        if given_name or surname or speaker:
            people.add(m.surface)
    return people


def _speaks(text: str, mention: Mention) -> bool:
    """ "Murphy said", "said Murphy": a small town's name used as a speaker is a surname."""
    return bool(
        SPEECH_AFTER.match(text, mention.end)
        or SPEECH_BEFORE.search(text[max(0, mention.start - 12) : mention.start])
    )


def _doubtful_city(mention: Mention, lower_words: set[str], alone: set[str], gazetteer: Gazetteer) -> bool:
    if mention.dateline:
        return False
    if mention.surface in gazetteer.person_names and mention.biggest < BIG_CITY:
        return not mention.qualified  # "Thomas", "Linda": a name first, a town only with its state
    single = mention.first_token == mention.last_token
    if single and mention.headline and mention.biggest < BIG_CITY:
        return True  # "Man Arrested In Reading": only well-known towns are trusted in a headline
    if single and mention.sentence_start and all(how != NAME for _, how in mention.options):
        return True  # "Part of the ..." is not Perth's old name
    if single and fold(mention.surface) in lower_words:
        return True  # the same word is written in lower case here: an ordinary word ("Reading", "Mobile")
    if mention.name_before:
        return True  # "Real Madrid", "Mevlut Mert"
    return mention.name_after and mention.surface not in alone  # "Vladimir Putin", never "Vladimir" alone


def _title_case_lines(text: str) -> list[tuple[int, int]]:
    """Spans of lines Written Like This: four or more longer words, nearly all capitalised."""
    spans = []
    for line in LINE.finditer(text):
        longer = LONGER_WORD.findall(line.group())
        if len(longer) >= 4 and sum(w[0].isupper() for w in longer) >= 0.8 * len(longer):
            spans.append(line.span())
    return spans


def _sentence_start(text: str, start: int) -> bool:
    i = start
    while i > 0 and text[i - 1] in " \t":  # walk back over blanks instead of copying the text before
        i -= 1
    return i == 0 or text[i - 1] in SENTENCE_END


def _dateline_at(text: str, start: int, end: int) -> bool:
    """A place opening a sentence, then a dash ("LONDON, Ky. (WKYT) -"), or in capitals ("DETROIT The")."""
    if not _sentence_start(text, start):
        return False
    if DATELINE_END.match(text, end):
        return True
    line_start = text.rfind("\n", 0, start) + 1
    capitals = text[start:end].isupper() and end - start >= 4 and not text[line_start:start].strip()
    return capitals and bool(CAPITALS_DATELINE_END.match(text, end))  # "EU Commission" is no dateline


def _used_as_noun(text: str, end: int) -> bool:
    """An adjective followed by punctuation or nothing is used as a noun (a language, a people)."""
    rest = text[end : end + 2]
    return not rest or not (rest[0].isalpha() or rest[0] in "-–" or (rest[0] == " " and rest[1:2].isalnum()))


def _name_before(text: str, tokens: list[re.Match[str]], mention: Mention, gazetteer: Gazetteer) -> bool:
    """A capitalised word or a title right before: "Michael Jordan", "Real Madrid", "President Lincoln"."""
    i = mention.first_token
    if (
        i == 0
        or mention.sentence_start
        or text[tokens[i - 1].end() : tokens[i].start()] not in {" ", ". ", "-"}
    ):
        return False
    previous = tokens[i - 1].group()
    if previous.rstrip(".") in gazetteer.titles:
        return True
    if previous.isupper() and len(previous) > 1:
        return False  # "CBC Toronto", "CTV Edmonton": a broadcaster's local station
    if not previous[0].isupper() or previous in gazetteer.place_words:
        return False
    return previous.lower() not in gazetteer.function_words and not _well_known(previous, gazetteer)


def _well_known(word: str, gazetteer: Gazetteer) -> bool:
    """A country, region or big city: "London-Paris train" pairs places, it is no one's name."""
    for entry_id, _ in gazetteer.candidates(fold(word)):
        entry = gazetteer.entry(entry_id)
        if entry.feature != "city" or entry.population >= BIG_CITY:
            return True
    return False


def _name_after(text: str, tokens: list[re.Match[str]], mention: Mention, gazetteer: Gazetteer) -> bool:
    """A capitalised name right after: "Jordan Peterson", but not "Edmonton Police" nor "Paris Saturday"."""
    j = mention.last_token
    if NAME_GOES_ON.match(text, mention.end):
        return True  # "Stade de France", "Bank of England"
    if j + 1 >= len(tokens) or text[mention.end : tokens[j + 1].start()] != " ":
        return False
    following = tokens[j + 1].group()
    if following in gazetteer.name_heads or following.rstrip(".") in gazetteer.titles:
        return False  # "Edmonton Police", "Georgia Gov. Brian Kemp"
    if following.lower() in gazetteer.function_words:
        return False
    return following[0].isupper() and following not in gazetteer.place_words
