"""Alert rules over story events: fire once per rule and story event, store, deliver to the sinks.

An alert is stored (with its story events and one pending delivery per sink) in one transaction;
`alert_keys` holds each (rule, story event) that fired, so a condition that still holds next
cycle does not fire again. Deliveries are made after the commit and retried next cycle when a
sink fails (at most `MAX_TRIES` times), so a crash may repeat a delivery but never loses one.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable
from dataclasses import dataclass
from typing import IO, Any

from eventwatch import stories
from eventwatch.store import EventQuery, Store
from eventwatch.trends import timeseries
from eventwatch.watch.config import Rule
from eventwatch.watch.ledger import now
from eventwatch.watch.sinks import SinkError, send, summary_line

MAX_TRIES = 3


@dataclass(slots=True, frozen=True)
class Alert:
    """One firing of a rule, with the story events (or trend rows) that caused it."""

    pk: int
    rule: str
    fired_at: str
    payload: dict[str, Any]


def matches(rule: Rule, event: dict[str, Any]) -> bool:
    """True when a story event meets every condition of an event rule."""
    actor, recipient = event.get("actor") or {}, event.get("recipient") or {}
    place = event.get("location") or {}
    countries = {
        place.get("country"),
        *place.get("countries", []),
        actor.get("country"),
        recipient.get("country"),
    }
    checks = (
        not rule.types or event.get("event_type") in rule.types,
        not rule.quad_classes or event.get("quad_class") in rule.quad_classes,
        not rule.actors or actor.get("code") in rule.actors,
        not rule.recipients or recipient.get("code") in rule.recipients,
        not rule.countries or bool(countries & set(rule.countries)),
        not rule.statuses or event.get("status") in rule.statuses,
        (event.get("confidence") or 0.0) >= rule.min_confidence,
        event.get("num_sources", 1) >= rule.min_sources,
        rule.near is None or _within(rule, place),
    )
    return all(checks)


def _within(rule: Rule, place: dict[str, Any]) -> bool:
    lat, lon = place.get("lat"), place.get("lon")
    assert rule.near is not None
    if lat is None or lon is None:
        return False
    return km_between(rule.near.lat, rule.near.lon, lat, lon) <= rule.near.km


def km_between(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine, mean Earth radius)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(math.sqrt(a))


def evaluate(store: Store, rules: Iterable[Rule], fired_at: str | None = None) -> list[Alert]:
    """Fire every rule whose condition newly holds; returns the alerts stored now."""
    fired: list[Alert] = []
    latest = int(store.conn.execute("SELECT coalesce(max(event), 0) FROM story_event_members").fetchone()[0])
    for rule in rules:
        if rule.trend is not None:
            fired.extend(_trend_alert(store, rule, fired_at or now()))
            continue
        mark = _mark_of(store, rule.name)  # story events untouched since the last look cannot newly match
        seen = _fired_keys(store, rule.name)
        found = [line for _, line in stories.numbered_story_events(store, touched_after=mark)]
        new = [e for e in found if e["story_id"] not in seen and matches(rule, e)]
        if new:
            keys = [e["story_id"] for e in new]
            fired.append(store_alert(store, rule, {"story_events": new}, keys, fired_at or now()))
        _set_mark(store, rule.name, latest)
    return fired


def trend_query(rule: Rule) -> EventQuery:
    """The `events` filters a trend rule counts (each of its conditions holds one value at most)."""

    def one(values: tuple[Any, ...]) -> Any:
        return values[0] if values else None

    return EventQuery(
        actor=one(rule.actors), recipient=one(rule.recipients), event_type=one(rule.types),
        country=one(rule.countries), status=one(rule.statuses), quad_class=one(rule.quad_classes),
        min_confidence=rule.min_confidence or None,
    )  # fmt: skip


def spikes(store: Store, rule: Rule) -> list[dict[str, Any]]:
    """The groups whose latest period is a spike for a trend rule: group, period, count, z, baseline."""
    trend = rule.trend
    assert trend is not None
    found = timeseries(store, trend_query(rule), by=trend.by, group=trend.group, window=trend.window,
                       threshold=trend.z)  # fmt: skip
    rows = []
    for series in found.series:
        last = series.points[-1] if series.points else None
        if last is not None and last.spike and last.count >= trend.min_count:
            earlier = [p.count for p in series.points[-trend.window - 1 : -1]]
            rows.append({"group": series.group, "period": last.period, "count": last.count,
                         "z": round(last.z or 0.0, 3), "baseline": earlier, "by": trend.by})  # fmt: skip
    return rows


def _trend_alert(store: Store, rule: Rule, fired_at: str) -> list[Alert]:
    """One alert for the groups newly spiking in their latest period; a group fires once per period."""
    seen = _fired_keys(store, rule.name)
    new = [row for row in spikes(store, rule) if f"{row['group']}@{row['period']}" not in seen]
    if not new:
        return []
    keys = [f"{row['group']}@{row['period']}" for row in new]
    return [store_alert(store, rule, {"trend": new}, keys, fired_at)]


def _mark_of(store: Store, rule: str) -> int:
    row = store.conn.execute("SELECT last_event FROM rule_marks WHERE rule = ?", (rule,)).fetchone()
    return int(row[0]) if row else 0


def _set_mark(store: Store, rule: str, latest: int) -> None:
    store.conn.execute(
        "INSERT INTO rule_marks VALUES (?, ?) "
        "ON CONFLICT (rule) DO UPDATE SET last_event = excluded.last_event",
        (rule, latest),
    )


def _fired_keys(store: Store, rule: str) -> set[str]:
    return {r[0] for r in store.conn.execute("SELECT key FROM alert_keys WHERE rule = ?", (rule,))}


def store_alert(store: Store, rule: Rule, body: dict[str, Any], keys: list[str], fired_at: str) -> Alert:
    """Store one firing with its keys and one pending delivery per sink, in one transaction."""
    payload = {"rule": rule.name, "fired_at": fired_at, **body}
    conn = store.conn
    conn.execute("BEGIN IMMEDIATE")
    try:
        cur = conn.execute(
            "INSERT INTO alerts (rule, fired_at, payload) VALUES (?, ?, ?)",
            (rule.name, fired_at, json.dumps(payload, ensure_ascii=False)),
        )
        pk = int(cur.lastrowid or 0)
        conn.executemany("INSERT INTO alert_keys VALUES (?, ?, ?)", [(rule.name, k, pk) for k in keys])
        conn.executemany(
            "INSERT INTO deliveries (alert, sink, state) VALUES (?, ?, 'pending')",
            [(pk, sink.label()) for sink in rule.sinks],
        )
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return Alert(pk, rule.name, fired_at, payload)


def deliver(store: Store, rules: Iterable[Rule], stdout: IO[str]) -> list[str]:
    """Send every pending delivery; returns one problem line per delivery that failed this time."""
    sinks = {(r.name, s.label()): s for r in rules for s in r.sinks}
    pending = store.conn.execute(
        "SELECT d.alert, d.sink, d.tries, a.rule, a.payload FROM deliveries d "
        "JOIN alerts a ON a.pk = d.alert WHERE d.state = 'pending' ORDER BY d.alert, d.sink"
    ).fetchall()
    problems = []
    for alert, label, tries, rule, payload in pending:
        sink = sinks.get((rule, label))
        if sink is None:  # the rule or sink was removed from the rules file since
            _mark(store, alert, label, "dropped", tries, "no longer in the rules")
            continue
        try:
            send(sink, json.loads(payload), stdout)
        except SinkError as exc:
            problems.append(f"alert {alert} ({rule}) -> {exc}")
            _mark(store, alert, label, "failed" if tries + 1 >= MAX_TRIES else "pending", tries + 1, str(exc))
            continue
        _mark(store, alert, label, "sent", tries + 1, "")
    return problems


def _mark(store: Store, alert: int, sink: str, state: str, tries: int, detail: str) -> None:
    store.conn.execute(
        "UPDATE deliveries SET state = ?, tries = ?, detail = ? WHERE alert = ? AND sink = ?",
        (state, tries, detail, alert, sink),
    )


def list_alerts(store: Store, rule: str | None = None, limit: int | None = None) -> list[dict[str, Any]]:
    """Stored alerts, newest last: the payload plus `deliveries` ({sink: state})."""
    sql = "SELECT pk, payload FROM alerts" + (" WHERE rule = ?" if rule else "") + " ORDER BY pk"
    rows = store.conn.execute(sql, (rule,) if rule else ()).fetchall()
    if limit is not None:
        rows = rows[-limit:]
    out = []
    for pk, payload in rows:
        states = store.conn.execute("SELECT sink, state FROM deliveries WHERE alert = ?", (pk,))
        out.append({"alert_id": pk, **json.loads(payload), "deliveries": dict(states.fetchall())})
    return out


def summary_lines(alert: dict[str, Any], most: int = 3) -> str:
    """The first `most` story events of an alert, one readable line each."""
    found = alert.get("story_events") or alert.get("trend") or []
    lines = [summary_line(e) for e in found[:most]]
    more = [f"... and {len(found) - most} more"] if len(found) > most else []
    return "\n".join(lines + more)
