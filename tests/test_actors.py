"""Actor mentions in sentences: nationality + agent, title + name, metonyms, coreference."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwatch.actors import find_mentions
from eventwatch.actors.kb import ActorKB
from eventwatch.records import Document, Mention

OFFICEHOLDERS = Path(__file__).resolve().parents[1] / "src/eventwatch/knowledge/actors/officeholders-g20.tsv"


@pytest.fixture(scope="module")
def kb() -> ActorKB:
    return ActorKB.load()


def mentions(kb: ActorKB, text: str, date: str | None = "2021-09-17") -> list[Mention]:
    return find_mentions(Document(id="t", origin="test", text=text, date=date), kb).mentions


def found(kb: ActorKB, text: str, date: str | None = "2021-09-17") -> list[tuple[str, str | None, str]]:
    return [(text[m.start : m.end], m.actor.code, m.actor.kind) for m in mentions(kb, text, date)]


SENTENCES = [
    ("nationality-agent", "Russian troops crossed the river.", [("Russian troops", "RUS", "state")]),
    (
        "capitals",
        "Moscow and Beijing signed a deal.",
        [("Moscow", "RUS", "state"), ("Beijing", "CHN", "state")],
    ),
    ("seat-of-power", "The Kremlin denied the report.", [("Kremlin", "RUS", "state")]),
    (
        "x-led-government",
        "The new Taliban-led government met envoys.",
        [("Taliban-led government", "TALIBAN", "armed_group"), ("envoys", None, "other")],
    ),
    ("prefix", "Sino-Indian talks resumed.", [("Sino-", "CHN", "state"), ("Indian", "IND", "state")]),
    (
        "compound-adjective",
        "Tajik-Afghan trade grew.",
        [("Tajik", "TJK", "state"), ("Afghan", "AFG", "state")],
    ),
    ("acronym-case", "Let us wait for the US reply.", [("US", "USA", "state")]),
    (
        "coordinated-nationalities",
        "Russian and Chinese warships sailed.",
        [("Russian", "RUS", "state"), ("Chinese warships", "CHN", "state")],
    ),
    ("pro-prefix-not-the-state", "Pro-Russian separatists attacked.", [("separatists", None, "armed_group")]),
    ("non-actor-phrase", "Prices rose across Latin America.", []),
]


@pytest.mark.parametrize(("text", "expected"), [s[1:] for s in SENTENCES], ids=[s[0] for s in SENTENCES])
def test_sentence_mentions(kb: ActorKB, text: str, expected: list[tuple[str, str | None, str]]) -> None:
    assert found(kb, text) == expected


def test_mentions_are_sorted_and_disjoint(kb: ActorKB) -> None:
    text = "Iranian officials said the Iraqi parliament and Turkish police met in Ankara."
    spans = [(m.start, m.end) for m in mentions(kb, text)]
    assert spans == sorted(spans)
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:], strict=False))


def test_bloc_refers_back_to_the_organisation(kb: ActorKB) -> None:
    text = "The CSTO held drills. The bloc said the drills went well."
    coref = [m for m in mentions(kb, text) if m.how == "coref"]
    assert [(text[m.start : m.end], m.actor.code) for m in coref] == [("The bloc", "CSTO")]


def test_user_file_extends_the_knowledge(tmp_path: Path) -> None:
    extra = tmp_path / "mine.tsv"
    header = "code\tname\taliases\tkind\tcountry\tsector\tnouns\n"
    extra.write_text(header + "ZETA\tZeta Front\tZF\tarmed_group\tMEX\tREB\tgroup\n")
    kb = ActorKB.load([extra])
    actor = kb.lookup("Zeta Front")
    assert actor is not None and (actor.code, actor.country, actor.kind) == ("ZETA", "MEX", "armed_group")
