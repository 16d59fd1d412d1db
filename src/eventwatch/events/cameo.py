"""The project's CAMEO table: code -> label, Goldstein score, quad class, PLOVER type, mode, contexts."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

from eventwatch.errors import KnowledgeError
from eventwatch.records import Event
from eventwatch.tsvfile import tsv_rows

PLOVER_TYPES = (
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
)
QUAD_OF_TYPE = {
    "AGREE": 1,
    "CONSULT": 1,
    "SUPPORT": 1,
    "CONCEDE": 2,
    "COOPERATE": 2,
    "AID": 2,
    "RETREAT": 2,
    "REQUEST": 3,
    "ACCUSE": 3,
    "REJECT": 3,
    "THREATEN": 3,
    "PROTEST": 4,
    "SANCTION": 4,
    "MOBILIZE": 4,
    "COERCE": 4,
    "ASSAULT": 4,
}
CONFLICT_QUADS = {3, 4}  # verbal and material conflict
COLUMNS = ["code", "label", "goldstein", "quad", "type", "mode", "context"]


@dataclass(slots=True, frozen=True)
class CameoCode:
    """One row of the table."""

    code: str
    label: str
    goldstein: float
    quad_class: int
    plover_type: str | None
    mode: str | None
    context: tuple[str, ...]


@dataclass(slots=True)
class CameoTable:
    """All CAMEO codes the project knows, loaded once from `knowledge/cameo.tsv`."""

    rows: dict[str, CameoCode] = field(default_factory=dict)

    @classmethod
    def load(cls, path: Path) -> CameoTable:
        table = cls()
        try:
            body = list(tsv_rows(path))
        except OSError as exc:
            raise KnowledgeError(f"{path}: cannot read CAMEO table ({exc.strerror})") from exc
        if not body or body[0][1] != COLUMNS:
            raise KnowledgeError(f"{path}:1: header must be {' '.join(COLUMNS)} (tab-separated)")
        for number, cells in body[1:]:
            row = _parse_row(f"{path}:{number}", cells)
            table.rows[row.code] = row
        return table

    def __contains__(self, code: object) -> bool:
        return code in self.rows

    def get(self, code: str | None) -> CameoCode | None:
        return self.rows.get(code) if code else None


def _parse_row(where: str, cells: list[str]) -> CameoCode:
    if len(cells) != len(COLUMNS):
        raise KnowledgeError(f"{where}: expected {len(COLUMNS)} tab-separated columns, got {len(cells)}")
    code, label, goldstein, quad, ptype, mode, context = cells
    if not code.isdigit():
        raise KnowledgeError(f"{where}: CAMEO code must be digits, got {code!r}")
    try:
        score, quad_class = float(goldstein), int(quad)
    except ValueError as exc:
        raise KnowledgeError(f"{where}: Goldstein must be a number and quad class 1-4 ({exc})") from exc
    if not -10 <= score <= 10 or quad_class not in (1, 2, 3, 4):
        raise KnowledgeError(f"{where}: Goldstein out of -10..10 or quad class not 1-4")
    if ptype and ptype not in PLOVER_TYPES:
        raise KnowledgeError(f"{where}: {ptype!r} is not a PLOVER type")
    contexts = tuple(c.strip() for c in context.split(";") if c.strip())
    return CameoCode(code, label, score, quad_class, ptype or None, mode or None, contexts)


def recoded(event: Event, event_type: str, code: str, row: CameoCode | None) -> Event:
    """The event told by another CAMEO code (and PLOVER type): mode, quad class and Goldstein come
    from the code's row; without a row the mode is unknown and the scores stay."""
    return replace(
        event,
        event_type=event_type,
        cameo=code,
        mode=row.mode if row else None,
        quad_class=row.quad_class if row else event.quad_class,
        goldstein=row.goldstein if row else event.goldstein,
    )
