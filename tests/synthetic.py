"""Build small stores of hand-made events (no NLP) for the trends, API and dashboard tests."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from eventwatch.records import Actor, Document, Event, EventDate, Place, Sentence
from eventwatch.store import Store, Stored

STATES = {
    "RUS": Actor("Russia", "Russia", "RUS", "RUS", "state", "GOV"),
    "UKR": Actor("Ukraine", "Ukraine", "UKR", "UKR", "state", "GOV"),
    "FRA": Actor("France", "France", "FRA", "FRA", "state", "GOV"),
    "SDN": Actor("Sudan", "Sudan", "SDN", "SDN", "state", "GOV"),
}
PLACES = {
    "UKR": Place("Kyiv", "Kyiv", "UKR", 50.45, 30.52, "city"),
    "SDN": Place("Khartoum", "Khartoum", "SDN", 15.5, 32.56, "city"),
    "FRA": Place("Paris", "Paris", "FRA", 48.86, 2.35, "city"),
}
QUAD = {"ASSAULT": (4, -9.0), "ACCUSE": (3, -2.0), "AGREE": (1, 4.0), "CONSULT": (1, 1.0)}


@dataclass(frozen=True)
class Row:
    """One event to store: its type, date, actor code, recipient code and place (by country)."""

    kind: str
    date: str | None
    actor: str | None = None
    recipient: str | None = None
    place: str | None = None
    confidence: float = 0.8
    status: str = "occurred"


def document(key: str, rows: list[Row], date: str | None = "2025-01-01") -> Document:
    """One document with a sentence per row and that row's event on it."""
    lines = [f"Sentence {i} of article {key} tells of a {r.kind.lower()} event." for i, r in enumerate(rows)]
    text = " ".join(lines)
    doc = Document(id=key, origin=f"{key}.txt", text=text, title=f"Article {key}", date=date,
                   url=f"https://news.example/{key}", source="Example News",
                   content_hash=f"hash-{key}")  # fmt: skip
    start = 0
    for i, (row, line) in enumerate(zip(rows, lines, strict=True)):
        sentence = Sentence(i, start, start + len(line), line)
        start += len(line) + 1
        quad, goldstein = QUAD.get(row.kind, (2, 0.0))
        doc.sentences.append(sentence)
        doc.events.append(
            Event(row.kind, row.kind.lower(), sentence, actor=STATES.get(row.actor or ""),
                  recipient=STATES.get(row.recipient or ""), location=PLACES.get(row.place or ""),
                  date=EventDate(row.date, row.date), quad_class=quad, goldstein=goldstein,
                  confidence=row.confidence, status=row.status, cameo="190" if quad == 4 else "010")
        )  # fmt: skip
    return doc


def build(path: Path, docs: list[Document]) -> Path:
    """A store at `path` holding `docs`."""
    with Store.open(path) as store:
        store.save([Stored(d, f"raw-{d.id}") for d in docs])
    return path
