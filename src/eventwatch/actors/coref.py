"""In-document coreference: "the bloc", "the Russia-led alliance", "the group", and he/she."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from eventwatch.actors.kb import ActorKB
from eventwatch.actors.match import STATE_NOUNS
from eventwatch.actors.pieces import Piece, follows_the
from eventwatch.records import Actor, Mention

_THE_BEFORE = re.compile(r"(?:^|(?<=\W))[Tt]he\s+(?:[A-Z][\w-]*\s+)?$")
_LED = re.compile(r"^[-\u2013]led\s+(?:[a-z]+\s+)?$")
_NAMED = ("org", "group")
_REACH_FORWARD = 1500  # a headline may name "the bloc" before the body names the CSTO
_REACH_BACK_TO_STATE = 300  # "the country's" looks no further back than about two sentences
_POSSESSIVE_PRONOUN = re.compile(r"\b([Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Ww]hose)\s+$")
_POSSESSIVE = re.compile(r"['\u2019]s?\b")


def resolve_nouns(pieces: list[Piece], text: str, kb: ActorKB) -> list[Piece]:
    """Replace "the bloc"-like pieces by the organisation or group they refer to; drop the rest."""
    out: list[Piece] = []
    for i, piece in enumerate(pieces):
        if piece.what != "coref":
            out.append(piece)
            continue
        if piece.ref in STATE_NOUNS:
            out.extend(_the_country(out, piece, text))
            continue
        leader = _leader(out, piece, text)
        the = _THE_BEFORE.search(text, max(0, piece.start - 40), piece.start)
        if the is not None and out and out[-1].end > the.start() and leader is None:
            the = None  # "the Russian forces": a nationality's agent, not a coreference
        code = _antecedent(out, pieces[i + 1 :], str(piece.ref), piece.end, kb) if leader or the else None
        if code is None and leader is not None:
            code = _led_by_the_same(out, pieces[i + 1 :], leader, piece.end, text)
        if code is None:
            if piece.fallback is not None:  # an unresolved "X-led bloc" keeps its leader piece as it is
                out.append(Piece(piece.start, piece.end, "agent", piece.fallback, "agent"))
            continue
        start = out[-1].start if leader is not None else the.start() if the else piece.start
        while out and out[-1].start >= start:
            out.pop()
        what = "org" if code in kb.orgs else "group"
        out.append(Piece(start, piece.end, what, code, "coref"))
    return out


def _the_country(before: list[Piece], piece: Piece, text: str) -> list[Piece]:
    """ "the country's president": the state named last, within about two sentences; else nothing."""
    the = _THE_BEFORE.search(text, max(0, piece.start - 5), piece.start)
    if the is None or not _POSSESSIVE.match(text, piece.end):
        return [piece] if piece.fallback is not None else []
    for earlier in reversed(before):
        if piece.start - earlier.end > _REACH_BACK_TO_STATE:
            break
        if earlier.what in ("state", "adjective", "capital"):
            return [Piece(the.start(), piece.end, "state", earlier.ref, "coref")]
    return []


def _leader(before: list[Piece], piece: Piece, text: str) -> Piece | None:
    if not before or before[-1].what not in ("state", "adjective", "group", "org"):
        return None
    return before[-1] if _LED.match(text[before[-1].end : piece.start]) else None


def _antecedent(before: list[Piece], after: list[Piece], noun: str, at: int, kb: ActorKB) -> str | None:
    """The closest earlier organisation or group called `noun`, else the first one soon after."""
    for piece in reversed(before):
        if piece.what in _NAMED and noun in _nouns(kb, str(piece.ref)):
            return str(piece.ref)
    for piece in after:
        if piece.start - at > _REACH_FORWARD:
            break
        if piece.what in _NAMED and noun in _nouns(kb, str(piece.ref)):
            return str(piece.ref)
    return None


def _led_by_the_same(
    before: list[Piece], after: list[Piece], leader: Piece, at: int, text: str
) -> str | None:
    """ "the Russia-led coalition" is the one organisation the story calls "Russia-led" by name."""
    found: set[str] = set()
    for pieces in (before, [p for p in after if p.start - at <= _REACH_FORWARD]):
        for prev, piece in zip(pieces, pieces[1:], strict=False):
            led = prev.ref == leader.ref and _LED.match(text[prev.end : piece.start])
            if piece.what == "org" and led:
                found.add(str(piece.ref))
    return found.pop() if len(found) == 1 else None


def _nouns(kb: ActorKB, code: str) -> tuple[str, ...]:
    entity = kb.orgs.get(code) or kb.groups.get(code)
    return entity.nouns if entity else ()


def resolve_pronouns(
    mentions: list[Mention], pronouns: list[Piece], sentences: list[tuple[int, int]], text: str
) -> list[Mention]:
    """He/she as the one person named in the nearest sentences that name anyone, or in the text so far."""
    people = [m for m in mentions if m.actor.kind == "person"]
    found = []
    for pronoun in pronouns:
        earlier = [m for m in people if m.end <= pronoun.start]
        named = next((n for n in _names_by_distance(earlier, sentences, pronoun.start) if n), set())
        if len(named) == 1:
            last = next(m for m in reversed(earlier) if m.actor.name in named)
            actor = replace(last.actor, text=text[pronoun.start : pronoun.end])
            found.append(Mention(pronoun.start, pronoun.end, actor, "coref"))
    return found


def _names_by_distance(earlier: list[Mention], sentences: list[tuple[int, int]], at: int) -> list[set[str]]:
    """Names of the people in ever wider stretches before `at`."""
    index = next((i for i, (s, e) in enumerate(sentences) if s <= at < e), len(sentences) - 1)
    starts = [sentences[max(0, index - back)][0] for back in (0, 1, 3)] if sentences else [0]
    bounds = [(start, at) for start in starts[:1]]
    bounds += [(starts[k], starts[k - 1]) for k in range(1, len(starts))] + [(0, at)]
    return [{m.actor.name for m in earlier if lo <= m.start < hi} for lo, hi in bounds]


def resolve_possessives(mentions: list[Mention], text: str, kb: ActorKB, day: str) -> list[Mention]:
    """ "its troops", "his government": a bare agent after a possessive takes the owner named before."""
    out: list[Mention] = []
    for mention in mentions:
        owner = (
            _possessor(out, mention, text) if mention.how == "agent" and mention.actor.code is None else None
        )
        out.append(_owned(mention, owner, text, kb, day) if owner else mention)
    return out


def _possessor(before: list[Mention], mention: Mention, text: str) -> Mention | None:
    word = _POSSESSIVE_PRONOUN.search(text, max(0, mention.start - 7), mention.start)
    if word is None:
        return None
    pronoun = word.group(1).lower()
    for earlier in reversed(before):
        if mention.start - earlier.end > _REACH_BACK_TO_STATE:
            return None
        personal = earlier.actor.kind == "person"
        if earlier.actor.code and (pronoun == "whose" or personal == (pronoun in ("his", "her"))):
            return earlier
    return None


def _owned(mention: Mention, owner: Mention, text: str, kb: ActorKB, day: str) -> Mention:
    """The agent as the owner's: its office-holder on the day, or the owner's code with the agent's sector."""
    code = owner.actor.country if owner.actor.kind == "person" else owner.actor.code
    if code is None:
        return mention
    role = mention.actor.role
    number = kb.holder(code, role, day) if role else None
    words = text[mention.start : mention.end]
    if number is not None:
        return Mention(mention.start, mention.end, kb.person_actor(number, words, day), "coref")
    if code not in kb.states and code not in kb.orgs and code not in kb.groups:
        return mention
    return Mention(mention.start, mention.end, kb.entity_actor(code, words, mention.actor.sector), "coref")


def resolve_new_surnames(mentions: list[Mention], text: str, kb: ActorKB) -> list[Mention]:
    """A person the knowledge lacks, introduced with a title, is named later by surname alone."""
    new = {
        m.actor.name.split()[-1]: m
        for m in mentions
        if m.actor.kind == "person" and m.how == "title" and not kb.knows_person(m.actor.name)
    }
    found: list[Mention] = []
    taken = [(m.start, m.end) for m in mentions]
    for surname, first in new.items():
        for hit in re.finditer(rf"\b{re.escape(surname)}\b(?! [A-Z])", text[first.end :]):
            start, end = first.end + hit.start(), first.end + hit.end()
            if len(surname) > 2 and not any(s < end and start < e for s, e in taken):
                found.append(Mention(start, end, replace(first.actor, text=surname), "surname"))
    return found


_BODIES = ("state", "igo")  # what "the ministry", "the army", "the council" may refer back to
# "the president of ...", "the government in (mostly-Buddhist) X": the phrase names its own owner
_HOME_AFTER = re.compile(r"\s+of\b|\s+(?:in|from)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}[A-Z]")


def resolve_definite_agents(mentions: list[Mention], text: str) -> list[Mention]:
    """ "the prime minister", "the ministry", "the army" with no owner: the holder of that office, or
    the body, named last before in the text ("Prime Minister Boris Johnson", "Iran's foreign
    ministry"); a body that needs an owner and has none named before is no actor."""
    out: list[Mention] = []
    for mention in mentions:
        if _definite(mention, text):
            named = _named_before(out, mention, text)
            if named is not None:
                mention = Mention(mention.start, mention.end, _as_named(named, mention, text), "coref")
            elif mention.how == "definite":
                continue
        out.append(mention)
    return out


def _definite(mention: Mention, text: str) -> bool:
    """An ownerless "the ..." that no place follows ("the government in Cairo" has its own home)."""
    actor = mention.actor
    return (
        mention.how in ("agent", "definite")
        and actor.code is None
        and actor.country is None
        and follows_the(text, mention.start)
        and not _HOME_AFTER.match(text, mention.end)
        and not text.startswith("-", mention.end)  # "the state-run exporter" describes, names no body
    )


def _named_before(before: list[Mention], mention: Mention, text: str) -> Mention | None:
    """The holder of the same office named before (a person of the same role; the one named most
    often, then the latest), or the latest body named before with the same head word (a state's or
    an organisation's)."""
    role, head = mention.actor.role, text[mention.start : mention.end].split()[-1].lower()
    word = re.compile(rf"\b{re.escape(head)}\b", re.IGNORECASE)
    if role is not None:
        holders = [m for m in before if m.actor.kind == "person" and m.actor.role == role and m.actor.code]
        titled = {m.actor.name for m in holders if word.search(text, m.start, m.end)}
        holders = [m for m in holders if m.actor.name in titled]  # once called so: "the emir" is no president
        if not holders or head.endswith("s"):  # "the ministers": several, no one holder
            return None
        counts = Counter(m.actor.name for m in holders)
        return max(reversed(holders), key=lambda m: counts[m.actor.name])
    for earlier in reversed(before):
        actor = earlier.actor
        if (
            (actor.code or actor.country)
            and actor.kind in _BODIES
            and word.search(text, earlier.start, earlier.end)
        ):
            return earlier
    return None


def _as_named(named: Mention, mention: Mention, text: str) -> Actor:
    words = text[mention.start : mention.end]
    if named.actor.kind == "person":
        return replace(named.actor, text=words)
    generic = mention.actor
    return replace(named.actor, text=words, sector=generic.sector or named.actor.sector, role=generic.role)


_HALF = re.compile(r"\b[Tt]he (North|South|East|West)\b(?![ -][A-Z])")


def resolve_halves(mentions: list[Mention], text: str) -> list[Mention]:
    """ "The North", "the South": the state named before whose name begins so ("North Korea" -> PRK),
    when only one such state is named before it."""
    found: list[Mention] = []
    taken = [(m.start, m.end) for m in mentions]
    for hit in _HALF.finditer(text):
        start, end = hit.start(), hit.end()
        if any(s < end and start < e for s, e in taken):
            continue
        named = {
            m.actor.code: m.actor
            for m in mentions
            if m.end <= start and m.actor.kind == "state" and m.actor.name.startswith(hit.group(1) + " ")
        }
        if len(named) == 1:
            (actor,) = named.values()
            found.append(Mention(start, end, replace(actor, text=text[start:end]), "coref"))
    return found


_DEFINED = re.compile(r"\s*\(([A-Z][A-Z0-9&-]{1,9})\)")  # "Rapid Support Forces (RSF)"


def resolve_defined_acronyms(mentions: list[Mention], text: str) -> list[Mention]:
    """An acronym the article defines after a name ("Sudan's Rapid Support Forces (RSF)") stands for
    that actor all through it, whatever else the knowledge files it under (Reporters Without Borders);
    one the knowledge lacks becomes a mention too."""
    defined: dict[str, Mention] = {}
    for mention in mentions:
        found = _DEFINED.match(text, mention.end)
        if found and found.group(1) != text[mention.start : mention.end] and mention.actor.kind != "person":
            defined.setdefault(found.group(1), mention)
    defined = {**_spelled_out(mentions, text), **defined}
    if not defined:
        return mentions
    out = [m for m in mentions if text[m.start : m.end] not in defined]
    taken = [(m.start, m.end) for m in out]
    for acronym, named in defined.items():
        for hit in re.finditer(rf"(?<![\w-]){re.escape(acronym)}(?![\w-])", text):
            start, end = hit.span()
            if not any(s < end and start < e for s, e in taken):  # a headline may use it first
                out.append(Mention(start, end, replace(named.actor, text=acronym), "acronym"))
    return sorted(out, key=lambda m: m.start)


_CAPITALISED = re.compile(r"[A-Z][\w'’-]*")


def _spelled_out(mentions: list[Mention], text: str) -> dict[str, Mention]:
    """ "the Rapid Support Forces ... The RSF": an acronym that spells the initials of a group or
    organisation the article names in full stands for it, as a defined one does (the knowledge may
    file the letters under another body: Reporters Without Borders)."""
    spelled: dict[str, list[Mention]] = {}
    for mention in mentions:
        words = _CAPITALISED.findall(text[mention.start : mention.end])
        if len(words) >= 2 and mention.actor.kind not in ("person", "state") and mention.actor.code:
            spelled.setdefault("".join(w[0] for w in words), []).append(mention)
    acronyms: dict[str, set[str | None]] = {}
    for m in mentions:
        if text[m.start : m.end].isupper():
            acronyms.setdefault(text[m.start : m.end], set()).add(m.actor.code)
    out: dict[str, Mention] = {}
    for letters, named in spelled.items():
        codes = {m.actor.code for m in named}
        if len(codes) == 1 and acronyms.get(letters, codes) - codes:  # the letters filed under another body
            out[letters] = named[0]
    return out


def resolve_foreign_organs(mentions: list[Mention], text: str, kb: ActorKB) -> list[Mention]:
    """ "the Belarusian KGB", "Kazakh special forces": a state organ named with another state's
    adjective right before it is that state's organ (Belarus kept the KGB's name); one mention."""
    out: list[Mention] = []
    for mention in mentions:
        before = out[-1] if out else None
        actor = mention.actor
        if (
            before is not None
            and before.how == "nationality"
            and before.actor.code in kb.states
            and actor.kind == "state"
            and not (actor.code in kb.states and actor.name == kb.states[actor.code].name)  # not the state
            and actor.country != before.actor.country
            and not text[before.end : mention.start].strip()
        ):
            organ = kb.entity_actor(before.actor.code, text[before.start : mention.end], actor.sector)
            out[-1] = Mention(before.start, mention.end, replace(organ, name=actor.name), "name")
            continue
        out.append(mention)
    return out
