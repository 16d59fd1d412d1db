"""CAMEO actor codes for the GDELT export, from `knowledge/cameo_actors.tsv`.

An eventwatch actor (ISO3 country, kind, sector, code) becomes the GDELT actor fields:
`Code` (country + role: KENCOP; IGO + known group: IGOUNO), `KnownGroupCode`, `Type1Code`
and `Type2Code`. The codes are data; this module only composes them.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from eventwatch.errors import KnowledgeError
from eventwatch.tsvfile import tsv_rows

TABLE = Path(__file__).resolve().parents[1] / "knowledge" / "cameo_actors.tsv"
_TABLES = ("role", "kind", "group")
_CODE_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")


@dataclass(frozen=True, slots=True)
class CameoActorCodes:
    """The three look-up tables: sector -> role, kind -> type, eventwatch code -> known group."""

    roles: dict[str, str]
    kinds: dict[str, str]
    groups: dict[str, str]

    def fields(self, actor: dict[str, Any]) -> dict[str, str | None]:
        """GDELT actor fields (without the Actor1/Actor2 prefix) for one contract actor object."""
        kind, sector = actor.get("kind") or "other", actor.get("sector") or ""
        group = self.groups.get(actor.get("code") or "", "")
        role = self.roles.get(sector, "") if sector else self.kinds.get(kind, "")
        country = actor.get("country") or ""
        if kind in ("igo", "ngo"):
            kind_code = self.kinds.get(kind, "")
            code, country, type1 = kind_code + group, "", kind_code
        elif kind == "party":
            party = self.kinds.get("party", "")
            code, type1 = country + role + party, role or party
        else:
            code, type1 = (country + role) or group, role
        return {
            "Code": code or None,
            "Name": (actor.get("name") or "").upper() or None,
            "CountryCode": country or None,
            "KnownGroupCode": group or None,
            "Type1Code": type1 or None,
            "Type2Code": self.kinds.get("party") if kind == "party" and role else None,
        }


def load_cameo_actor_codes(path: Path = TABLE) -> CameoActorCodes:
    """The table at `path`; a bad line raises `KnowledgeError` naming file and line."""
    tables: dict[str, dict[str, str]] = {name: {} for name in _TABLES}
    rows = tsv_rows(path)
    next(rows, None)  # the header
    for number, cells in rows:
        table, key, code = (cells + ["", "", ""])[:3]
        if table not in tables or not key:
            raise KnowledgeError(f"{path}:{number}: expected table (role, kind or group), key, cameo")
        if not set(code) <= _CODE_CHARS:
            raise KnowledgeError(f"{path}:{number}: CAMEO code {code!r} must be upper-case letters or digits")
        tables[table][key] = code
    return CameoActorCodes(tables["role"], tables["kind"], tables["group"])
