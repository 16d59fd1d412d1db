"""The trigger lexicon: verbs, nouns and phrases for the 16 PLOVER types, as data.

Built from `knowledge/triggers.yaml` plus any user file with a `triggers:` section
(user entries come first, so they win ties). Word forms for the parse prefilter are
generated here from the lemmas and the `irregular` table.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from eventwatch.errors import KnowledgeError
from eventwatch.events.calibration import Calibration
from eventwatch.events.cameo import PLOVER_TYPES, CameoTable
from eventwatch.events.inflect import noun_forms, verb_forms
from eventwatch.yamlfile import has_top_level_key, list_at, load_with_lines

KNOWLEDGE = Path(__file__).resolve().parent.parent / "knowledge"
SLOTS = {"obj", "dative"}
SECTIONS = {
    "triggers",
    "agent_nouns",
    "party_nouns",
    "carrier_nouns",
    "receiving_verbs",
    "membership_words",
    "time_words",
    "natural_forces",
    "claim_words",
    "hearsay_nouns",
    "claiming_verbs",
    "official_acts",
    "ability_words",
    "blame_words",
    "responsibility_words",
    "disapproval_words",
    "approval_words",
    "stance_verbs",
    "menace_words",
    "proposal_words",
    "hostile_words",
    "mutual_words",
    "state_nouns",
    "withheld_speech",
    "non_events",
    "demand_words",
    "light_verbs",
    "control",
    "speech",
    "irregular",
    "refine",
    "context_cues",
}
# "implicative" words ("had to", "was able to") set the status by their own tense; "rejecting" ones
# negate, except an act someone owns ("rejected Hamas's offer")
STATUSES = ("planned", "hypothetical", "negated", "ongoing", "implicative", "rejecting")


@dataclass(slots=True, frozen=True)
class Trigger:
    """One way of saying an event: a head word plus required companion words."""

    event_type: str
    cameo: str
    pos: str  # "verb" or "noun"
    head: frozenset[str]
    others: tuple[frozenset[str], ...]
    recipient: tuple[str, ...]
    of_role: str
    mode: str | None = None
    context: tuple[str, ...] = ()
    participants: bool = False
    conflict_type: str | None = None
    needs: str | None = None  # one of NEEDS: "recipient", "object", "thing", "party", ... (see NEEDS)
    # the sense holds only for a "party", "thing", "deed", "reproach", "proposal" or "praise" as its object
    object_kind: str | None = None
    abroad: str | None = None  # the CAMEO code when the recipient is of another state than the actor
    armed: str | None = None  # the CAMEO code when the recipient is an armed group ("backed the rebels")
    by_armed: str | None = None  # the CAMEO code when an armed group does it to people ("seized by gunmen")
    origin: str = ""

    @property
    def size(self) -> int:
        return 1 + len(self.others)


@dataclass(slots=True)
class Lexicon:
    """Triggers indexed by (pos, head lemma), with the word lists that steer coding."""

    triggers: dict[tuple[str, str], list[Trigger]] = field(default_factory=dict)
    forms: dict[str, str] = field(default_factory=dict)
    control_forms: dict[str, str] = field(default_factory=dict)  # "hopes" -> "hope" (spaCy: "hop")
    light_verbs: set[str] = field(default_factory=set)
    carrier_nouns: set[str] = field(default_factory=set)
    receiving_verbs: set[str] = field(default_factory=set)
    membership_words: set[str] = field(default_factory=set)
    time_words: set[str] = field(default_factory=set)
    natural_forces: set[str] = field(default_factory=set)
    claim_words: set[str] = field(default_factory=set)
    hearsay_nouns: set[str] = field(default_factory=set)
    claiming_verbs: set[str] = field(default_factory=set)
    official_acts: set[str] = field(default_factory=set)
    ability_words: set[str] = field(default_factory=set)
    blame_words: set[str] = field(default_factory=set)
    responsibility_words: set[str] = field(default_factory=set)
    disapproval_words: set[str] = field(default_factory=set)
    approval_words: set[str] = field(default_factory=set)
    stance_verbs: set[str] = field(default_factory=set)
    menace_words: set[str] = field(default_factory=set)
    proposal_words: set[str] = field(default_factory=set)
    hostile_words: set[str] = field(default_factory=set)
    mutual_words: set[str] = field(default_factory=set)
    state_nouns: set[str] = field(default_factory=set)
    withheld_speech: set[str] = field(default_factory=set)
    agent_nouns: set[str] = field(default_factory=set)
    party_nouns: set[str] = field(default_factory=set)
    non_events: set[tuple[str, str]] = field(default_factory=set)
    non_event_heads: set[str] = field(default_factory=set)  # first words of non_events, a quick test
    demand_words: set[str] = field(default_factory=set)
    control: dict[str, str] = field(default_factory=dict)
    speech: set[str] = field(default_factory=set)
    irregular: dict[str, list[str]] = field(default_factory=dict)
    refine: dict[tuple[str, str], str] = field(default_factory=dict)
    cues: dict[str, set[str]] = field(default_factory=dict)
    cameo: CameoTable = field(default_factory=CameoTable)
    calibration: Calibration | None = None  # learned confidence (knowledge/confidence.json)

    @classmethod
    def load(cls, extra: Sequence[Path] = ()) -> Lexicon:
        """Built-in triggers, extended by user trigger files (files without `triggers:` are skipped)."""
        lex = cls(cameo=CameoTable.load(KNOWLEDGE / "cameo.tsv"))
        sources = [p for p in extra if is_trigger_file(p)] + [KNOWLEDGE / "triggers.yaml"]
        for path in sources:
            lex._absorb(path, _read_yaml(path))
        lex._index_forms()
        lex.calibration = Calibration.load()
        return lex

    def keywords(self) -> set[str]:
        """Lower-case word forms that may start or head a trigger (for the parse prefilter)."""
        return set(self.forms) | self.demand_words | self.disapproval_words  # "said the vote was illegal"

    def standalone_keywords(self) -> set[str]:
        """Word forms of official acts, told even with no party named ("a curfew was imposed")."""
        return {form for form, lemma in self.forms.items() if lemma in self.official_acts}

    def lookup(self, pos: str, lemma: str) -> list[Trigger]:
        return self.triggers.get((pos, lemma), [])

    def lemma_of(self, form: str) -> str | None:
        return self.forms.get(form.lower())

    def _absorb(self, path: Path, data: dict[str, Any]) -> None:
        for key in data:
            if key not in SECTIONS and key != "__line__":
                raise KnowledgeError(
                    f"{path}:{data['__line__']}: unknown section {key!r} (expected {sorted(SECTIONS)})"
                )
        for entry in list_at(path, data, "triggers"):
            for trig in _parse_entry(path, entry, self.cameo):
                for head in trig.head:
                    self.triggers.setdefault((trig.pos, head), []).append(trig)
        self.light_verbs.update(str(w) for w in list_at(path, data, "light_verbs"))
        self.speech.update(str(w) for w in list_at(path, data, "speech"))
        self.carrier_nouns.update(str(w) for w in list_at(path, data, "carrier_nouns"))
        self.receiving_verbs.update(str(w) for w in list_at(path, data, "receiving_verbs"))
        self.membership_words.update(str(w) for w in list_at(path, data, "membership_words"))
        self.time_words.update(str(w) for w in list_at(path, data, "time_words"))
        self.natural_forces.update(str(w) for w in list_at(path, data, "natural_forces"))
        self.claim_words.update(str(w) for w in list_at(path, data, "claim_words"))
        self.hearsay_nouns.update(str(w) for w in list_at(path, data, "hearsay_nouns"))
        self.claiming_verbs.update(str(w) for w in list_at(path, data, "claiming_verbs"))
        self.official_acts.update(str(w) for w in list_at(path, data, "official_acts"))
        self.ability_words.update(str(w) for w in list_at(path, data, "ability_words"))
        self.blame_words.update(str(w) for w in list_at(path, data, "blame_words"))
        self.responsibility_words.update(str(w) for w in list_at(path, data, "responsibility_words"))
        self.disapproval_words.update(str(w) for w in list_at(path, data, "disapproval_words"))
        self.approval_words.update(str(w) for w in list_at(path, data, "approval_words"))
        self.stance_verbs.update(str(w) for w in list_at(path, data, "stance_verbs"))
        self.menace_words.update(str(w) for w in list_at(path, data, "menace_words"))
        self.proposal_words.update(str(w) for w in list_at(path, data, "proposal_words"))
        self.hostile_words.update(str(w) for w in list_at(path, data, "hostile_words"))
        self.mutual_words.update(str(w) for w in list_at(path, data, "mutual_words"))
        self.state_nouns.update(str(w) for w in list_at(path, data, "state_nouns"))
        for entry in list_at(path, data, "withheld_speech"):
            verb, _, objects = str(entry).lower().partition(" ")  # "give detail|figure": each pair
            self.withheld_speech.update([f"{verb} {o}" for o in objects.split("|")] if objects else [verb])
        self.agent_nouns.update(str(w) for w in list_at(path, data, "agent_nouns"))
        self.party_nouns.update(str(w) for w in list_at(path, data, "party_nouns"))
        for pair in list_at(path, data, "non_events"):
            firsts, _, seconds = str(pair).lower().partition(" ")
            for first in (f for f in firsts.split("|") if f):
                self.non_events.update((first, s) for s in seconds.split("|") if s)
                self.non_event_heads.add(first)
        self.demand_words.update(str(w) for w in list_at(path, data, "demand_words"))
        self._absorb_control(path, data.get("control") or {})
        self._absorb_refine(path, data.get("refine") or {})
        for context, words in (data.get("context_cues") or {}).items():
            if context != "__line__":
                for word in words:
                    self.cues.setdefault(str(word), set()).add(str(context))
        for verb, forms in (data.get("irregular") or {}).items():
            if verb != "__line__":
                self.irregular.setdefault(str(verb), [str(f) for f in forms])

    def _absorb_control(self, path: Path, control: dict[str, Any]) -> None:
        for status, words in control.items():
            if status == "__line__":
                continue
            if status not in STATUSES:
                raise KnowledgeError(
                    f"{path}:{control['__line__']}: control status {status!r} not in {STATUSES}"
                )
            for word in words:
                self.control.setdefault(str(word), status)

    def _absorb_refine(self, path: Path, refine: dict[str, Any]) -> None:
        for outer, inner_codes in refine.items():
            if outer == "__line__":
                continue
            for inner, code in inner_codes.items():
                if inner == "__line__":
                    continue
                if str(code) not in self.cameo:
                    raise KnowledgeError(
                        f"{path}:{inner_codes['__line__']}: CAMEO code {code!r} is not in cameo.tsv"
                    )
                self.refine.setdefault((str(outer), str(inner)), str(code))

    def _index_forms(self) -> None:
        for (pos, _), trigs in self.triggers.items():
            for lemma in {w for t in trigs for w in t.head}:
                forms = verb_forms(lemma, self.irregular) if pos == "verb" else noun_forms(lemma)
                for form in forms:
                    self.forms.setdefault(form, lemma)
        for trigs in self.triggers.values():
            trigs.sort(key=lambda t: -t.size)
        for word in self.control:
            if " " not in word:
                for form in verb_forms(word, self.irregular) | noun_forms(word):
                    self.control_forms.setdefault(form, word)


def _read_yaml(path: Path) -> dict[str, Any]:
    data = load_with_lines(path, "trigger file")
    if not isinstance(data, dict):
        raise KnowledgeError(f"{path}:1: a trigger file must be a mapping with a 'triggers' list")
    return data


def is_trigger_file(path: Path) -> bool:
    """A user file is a trigger file when it is YAML and has a top-level `triggers:` key."""
    return has_top_level_key(path, "triggers")


ENTRY_KEYS = {
    "type",
    "cameo",
    "mode",
    "context",
    "verbs",
    "nouns",
    "phrases",
    "recipient",
    "of",
    "participants",
    "conflict_type",
    "needs",
    "object",
    "abroad",
    "armed",
    "by_armed",
    "__line__",
}


def _parse_entry(path: Path, entry: Any, table: CameoTable) -> list[Trigger]:
    """Validate one `triggers` entry and expand it into one Trigger per word or phrase."""
    if not isinstance(entry, dict):
        raise KnowledgeError(f"{path}: every trigger entry must be a mapping, got {entry!r}")
    where = f"{path}:{entry['__line__']}"
    _validate_entry(where, entry, table)
    recipient = tuple(entry.get("recipient", ["obj"]))
    base = {
        "event_type": entry["type"],
        "cameo": str(entry["cameo"]),
        "mode": entry.get("mode"),
        "recipient": recipient,
        "context": tuple(entry.get("context") or ()),
        "participants": bool(entry.get("participants")),
        "conflict_type": entry.get("conflict_type"),
        "origin": where,
        "needs": entry.get("needs"),
        "object_kind": entry.get("object"),
        "abroad": str(entry["abroad"]) if "abroad" in entry else None,
        "armed": str(entry["armed"]) if "armed" in entry else None,
        "by_armed": str(entry["by_armed"]) if "by_armed" in entry else None,
    }
    of_role = str(entry.get("of", "recipient" if "obj" in recipient else "actor"))
    out = [
        _verb_trigger(where, t, base, of_role) for t in [*entry.get("verbs", []), *entry.get("phrases", [])]
    ]
    out += [_noun_trigger(where, t, base, of_role) for t in entry.get("nouns", [])]
    if not out:
        raise KnowledgeError(f"{where}: entry has no verbs, nouns or phrases")
    return out


def _validate_entry(where: str, entry: dict[str, Any], table: CameoTable) -> None:
    """Every check of one entry, each failing with the file and line of the entry."""
    if entry.get("type") not in PLOVER_TYPES:
        raise KnowledgeError(f"{where}: type {entry.get('type')!r} is not a PLOVER type")
    if str(entry.get("cameo", "")) not in table:
        raise KnowledgeError(f"{where}: CAMEO code {entry.get('cameo')!r} is not in cameo.tsv")
    unknown = set(entry) - ENTRY_KEYS
    if unknown:
        raise KnowledgeError(f"{where}: unknown key(s) {sorted(unknown)}")
    if not all(isinstance(r, str) for r in entry.get("recipient", [])):
        raise KnowledgeError(
            f'{where}: every recipient slot must be a word (quote "on", which YAML reads as true)'
        )
    if entry.get("needs") not in (None, *NEEDS):
        known = ", ".join(NEEDS)
        raise KnowledgeError(f"{where}: 'needs' must be one of {known}, got {entry.get('needs')!r}")
    for key in ("abroad", "armed", "by_armed"):
        if key in entry and str(entry[key]) not in table:
            raise KnowledgeError(f"{where}: {key} code {entry.get(key)!r} is not in cameo.tsv")
    if entry.get("object") not in (None, "party", "thing", "deed", "reproach", "proposal", "praise"):
        raise KnowledgeError(
            f"{where}: 'object' must be party, thing, deed, reproach, proposal or praise, "
            f"got {entry.get('object')!r}"
        )
    if entry.get("of", "actor") not in ("actor", "recipient"):
        raise KnowledgeError(f"{where}: 'of' must be actor or recipient, got {entry.get('of')!r}")


NEEDS = ("recipient", "object", "thing", "party", "intransitive", "disapproval", "menace")
NOUN_PARTICLES = frozenset({"with", "between", "among"})  # "call with": what follows is the other side


def _words(where: str, text: Any) -> list[frozenset[str]]:
    words = [frozenset(p.split("|")) for p in str(text).lower().split()]
    if not words or any("" in w for w in words):
        raise KnowledgeError(f"{where}: empty word in trigger {text!r}")
    return words


def _verb_trigger(where: str, text: Any, base: dict[str, Any], of_role: str) -> Trigger:
    words = _words(where, text)
    return Trigger(pos="verb", head=words[0], others=tuple(words[1:]), of_role=of_role, **base)


def _noun_trigger(where: str, text: Any, base: dict[str, Any], of_role: str) -> Trigger:
    """The head of a noun phrase is its last word, or the word before "of" or a last preposition
    ("call with": a call with someone is a phone call); "cease-fire" stays whole."""
    if "-" in str(text) and " " not in str(text).strip():
        return Trigger(pos="noun", head=frozenset({str(text).lower()}), others=(), of_role=of_role, **base)
    words = _words(where, text)
    cut = next((i - 1 for i, w in enumerate(words) if w == {"of"} and i > 0), len(words) - 1)
    if len(words) > 1 and words[-1] <= NOUN_PARTICLES:
        cut = len(words) - 2
    others = tuple(w for i, w in enumerate(words) if i != cut)
    return Trigger(pos="noun", head=words[cut], others=others, of_role=of_role, **base)
