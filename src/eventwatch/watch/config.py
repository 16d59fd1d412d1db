"""Watch configuration: the sources file and the alert rules file, validated with file and line.

Both are YAML: `sources:` (feeds, sitemaps, folders, plus optional `fetch:` politeness settings)
and `rules:` (conditions on story events, or a trend condition, and the sinks to reach). Every
problem names the file and the line of the entry it is in; `check` lists them all, `load_*`
raises `ConfigError` with the first.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

import yaml

from eventwatch.errors import ConfigError
from eventwatch.events.cameo import PLOVER_TYPES
from eventwatch.trends import GROUPS, PERIODS

STATUSES = ("occurred", "ongoing", "planned", "hypothetical", "negated")
SOURCE_KINDS = ("feed", "sitemap", "folder")
SINK_KINDS = ("stdout", "file", "webhook", "email")
_LINE = "__line__"


@dataclass(slots=True, frozen=True)
class FetchSettings:
    """How politely to fetch: identity, limits, delays and retries (all overridable in `fetch:`)."""

    user_agent: str = "eventwatch/0.1 (political event monitor; +https://github.com/eventwatch)"
    timeout: float = 10.0  # seconds per request
    retries: int = 2  # further attempts after a timeout, a connection error, 429 or 5xx
    backoff: float = 1.0  # seconds before the first retry, doubled each time
    delay: float = 1.0  # seconds between two requests to the same host
    max_bytes: int = 5_000_000  # a page or feed larger than this is abandoned
    max_redirects: int = 5


@dataclass(slots=True, frozen=True)
class Source:
    """One thing to follow: an RSS/Atom feed, a sitemap, or a folder."""

    name: str
    kind: str  # feed sitemap folder
    location: str  # URL, or folder path (resolved against the sources file)
    line: int = 0


@dataclass(slots=True, frozen=True)
class Sources:
    sources: tuple[Source, ...]
    fetch: FetchSettings = FetchSettings()


@dataclass(slots=True, frozen=True)
class Sink:
    """Where an alert goes: `stdout`, a JSON Lines `file`, a `webhook` URL, or `email`."""

    kind: str
    target: str = ""  # file path or webhook URL or recipient address
    options: tuple[tuple[str, Any], ...] = ()  # e-mail: host, port, sender

    def label(self) -> str:
        return f"{self.kind}:{self.target}" if self.target else self.kind


@dataclass(slots=True, frozen=True)
class Near:
    lat: float
    lon: float
    km: float


@dataclass(slots=True, frozen=True)
class Trend:
    """Fire when a group's count in the latest period exceeds its baseline by `z` standard deviations."""

    by: str = "week"
    group: str = "country"
    z: float = 3.0
    min_count: int = 3  # a spike of fewer events than this is not worth an alert
    window: int = 8  # earlier periods that form a group's baseline


@dataclass(slots=True, frozen=True)
class Rule:
    """An alert rule: every condition given must hold for a story event."""

    name: str
    types: tuple[str, ...] = ()
    quad_classes: tuple[int, ...] = ()
    actors: tuple[str, ...] = ()
    recipients: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()
    near: Near | None = None
    min_confidence: float = 0.0
    min_sources: int = 1
    trend: Trend | None = None
    sinks: tuple[Sink, ...] = (Sink("stdout"),)
    line: int = 0


class _LineLoader(yaml.SafeLoader):
    """Safe YAML whose mappings remember the line they start on (1-based) under `__line__`."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        mapping = super().construct_mapping(node, deep=deep)
        mapping[_LINE] = node.start_mark.line + 1
        return mapping


def _read(path: Path, key: str) -> tuple[list[Any], dict[str, Any]]:
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_LineLoader)  # noqa: S506 (a SafeLoader)
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read: {exc.strerror}") from exc
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f":{mark.line + 1}" if mark else ""
        raise ConfigError(f"{path}{where}: not valid YAML: {getattr(exc, 'problem', exc)}") from exc
    if not isinstance(data, dict) or not isinstance(data.get(key), list):
        raise ConfigError(f"{path}:1: expected a top-level '{key}:' list")
    return data[key], data


def is_watch_file(path: Path) -> str | None:
    """`sources` or `rules` when the YAML file has that top-level list, else None."""
    if path.suffix.lower() not in {".yaml", ".yml"}:
        return None
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError, UnicodeDecodeError):
        return None
    if isinstance(data, dict):
        return next((k for k in ("sources", "rules") if k in data), None)
    return None


@dataclass(slots=True, frozen=True)
class Checked:
    """A watch file's kind (`sources` or `rules`) and its problems (empty: it can be used)."""

    path: Path
    kinds: tuple[str, ...]
    problems: list[str]


def check_file(path: Path) -> Checked | None:
    """`Checked` for a sources or rules file; None for any other file."""
    kind = is_watch_file(path)
    return Checked(path, (kind,), check(path)) if kind else None


def check(path: Path) -> list[str]:
    """Every problem of a sources or rules file, each `file:line: message`."""
    kind = is_watch_file(path) or "sources"
    try:
        entries, top = _read(path, kind)
    except ConfigError as exc:
        return [str(exc)]
    problems: list[str] = []
    if kind == "sources":
        _parse_sources(path, entries, top, problems)
    else:
        _parse_rules(path, entries, problems)
    return problems


def load_sources(path: Path) -> Sources:
    """The sources file, or `ConfigError` naming the file and line of the first problem."""
    entries, top = _read(path, "sources")
    problems: list[str] = []
    sources = _parse_sources(path, entries, top, problems)
    if problems:
        raise ConfigError(problems[0] + (f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""))
    return sources


def load_rules(path: Path) -> tuple[Rule, ...]:
    """The rules file, or `ConfigError` naming the file and line of the first problem."""
    entries, _ = _read(path, "rules")
    problems: list[str] = []
    rules = _parse_rules(path, entries, problems)
    if problems:
        raise ConfigError(problems[0] + (f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""))
    return rules


def _parse_sources(path: Path, entries: list[Any], top: dict[str, Any], problems: list[str]) -> Sources:
    fetch = _fetch_settings(path, top.get("fetch"), problems)
    out: list[Source] = []
    names: set[str] = set()
    for n, entry in enumerate(entries, 1):
        where = f"{path}:{_line_of(entry, top)}"
        if not isinstance(entry, dict):
            problems.append(f"{where}: source {n} must be a mapping like {{name: wire, feed: URL}}")
            continue
        unknown = set(entry) - {"name", *SOURCE_KINDS, _LINE}
        name, kinds = entry.get("name"), [k for k in SOURCE_KINDS if k in entry]
        if unknown:
            problems.append(f"{where}: unknown key(s) {', '.join(sorted(map(str, unknown)))}")
        if not isinstance(name, str) or not name.strip():
            problems.append(f"{where}: source {n} needs a 'name'")
        elif name in names:
            problems.append(f"{where}: source name '{name}' is used twice")
        if len(kinds) != 1:
            problems.append(f"{where}: give exactly one of feed, sitemap or folder")
            continue
        location = str(entry[kinds[0]])
        if kinds[0] != "folder" and not location.startswith(("http://", "https://")):
            problems.append(f"{where}: {kinds[0]} must be an http(s) URL, not '{location}'")
        if kinds[0] == "folder":
            location = str((path.parent / location).resolve())
        names.add(str(name))
        out.append(Source(str(name), kinds[0], location, entry[_LINE]))
    return Sources(tuple(out), fetch)


def _fetch_settings(path: Path, given: Any, problems: list[str]) -> FetchSettings:
    if given is None:
        return FetchSettings()
    where = f"{path}:{given.get(_LINE, 1) if isinstance(given, dict) else 1}"
    if not isinstance(given, dict):
        problems.append(f"{where}: 'fetch:' must be a mapping")
        return FetchSettings()
    known = {f.name: f.type for f in fields(FetchSettings)}
    values: dict[str, Any] = {}
    for key, value in given.items():
        if key == _LINE:
            continue
        if key not in known:
            problems.append(f"{where}: unknown fetch setting '{key}' (known: {', '.join(known)})")
            continue
        default = getattr(FetchSettings(), key)
        if isinstance(default, str):
            values[key] = str(value)
        elif isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
            problems.append(f"{where}: fetch setting '{key}' must be a number >= 0")
        else:
            values[key] = type(default)(value)
    return FetchSettings(**values)


def _parse_rules(path: Path, entries: list[Any], problems: list[str]) -> tuple[Rule, ...]:
    out: list[Rule] = []
    names: set[str] = set()
    for n, entry in enumerate(entries, 1):
        if not isinstance(entry, dict):
            problems.append(f"{path}: rule {n} must be a mapping with a 'name'")
            continue
        where = f"{path}:{entry[_LINE]}"
        before = len(problems)
        rule = _rule(path, where, entry, problems)
        if rule.name in names:
            problems.append(f"{where}: rule name '{rule.name}' is used twice")
        names.add(rule.name)
        if len(problems) == before:
            out.append(rule)
    return tuple(out)


_RULE_KEYS = {"name", "type", "quad_class", "actor", "recipient", "country", "status", "near",
              "min_confidence", "min_sources", "trend", "sinks", _LINE}  # fmt: skip


def _rule(path: Path, where: str, entry: dict[str, Any], problems: list[str]) -> Rule:
    unknown = set(entry) - _RULE_KEYS
    if unknown:
        known = ", ".join(sorted(_RULE_KEYS - {_LINE}))
        problems.append(f"{where}: unknown key(s) {', '.join(sorted(map(str, unknown)))} (known: {known})")
    name = entry.get("name")
    if not isinstance(name, str) or not name.strip():
        problems.append(f"{where}: a rule needs a 'name'")
        name = ""
    types = _words(where, entry, "type", problems, allowed=PLOVER_TYPES, upper=True)
    rule = Rule(
        name=name,
        types=types,
        quad_classes=tuple(_numbers(where, entry, "quad_class", problems, int, 1, 4)),
        actors=_words(where, entry, "actor", problems, upper=True),
        recipients=_words(where, entry, "recipient", problems, upper=True),
        countries=_countries(where, entry, problems),
        statuses=_words(where, entry, "status", problems, allowed=STATUSES),
        near=_near(where, entry.get("near"), problems),
        min_confidence=_number(where, entry, "min_confidence", problems, float, 0.0, 1.0, 0.0),
        min_sources=int(_number(where, entry, "min_sources", problems, int, 1, 10_000, 1)),
        trend=_trend(where, entry.get("trend"), problems),
        sinks=_sinks(path, where, entry.get("sinks", ["stdout"]), problems),
        line=int(entry[_LINE]),
    )
    if rule.trend is not None:
        _trend_conditions(where, rule, problems)
    return rule


def _words(
    where: str, entry: dict[str, Any], key: str, problems: list[str], *,
    allowed: tuple[str, ...] = (), upper: bool = False,
) -> tuple[str, ...]:  # fmt: skip
    value = entry.get(key)
    if value is None:
        return ()
    items = value if isinstance(value, list) else [value]
    if not all(isinstance(v, str) and v.strip() for v in items):
        problems.append(f"{where}: '{key}' must be a word or a list of words")
        return ()
    words = tuple(v.strip().upper() if upper else v.strip().lower() for v in items)
    bad = [w for w in words if allowed and w not in allowed]
    if bad:
        problems.append(f"{where}: unknown {key} {', '.join(bad)} (one of: {', '.join(allowed)})")
    return words


def _countries(where: str, entry: dict[str, Any], problems: list[str]) -> tuple[str, ...]:
    codes = _words(where, entry, "country", problems, upper=True)
    bad = [c for c in codes if len(c) != 3 or not c.isalpha()]
    if bad:
        problems.append(f"{where}: country must be ISO 3166 alpha-3 codes, not {', '.join(bad)}")
    return codes


def _number(
    where: str, entry: dict[str, Any], key: str, problems: list[str], kind: type, low: float, high: float,
    default: float,
) -> float:  # fmt: skip
    value = entry.get(key, default)
    if isinstance(value, bool) or not isinstance(value, int | float) or not low <= value <= high:
        problems.append(f"{where}: '{key}' must be a number from {low:g} to {high:g}, not {value!r}")
        return default
    if kind is int and value != int(value):
        problems.append(f"{where}: '{key}' must be a whole number, not {value!r}")
        return default
    return kind(value)


def _numbers(
    where: str, entry: dict[str, Any], key: str, problems: list[str], kind: type, low: float, high: float
) -> list[Any]:
    value = entry.get(key)
    items = [] if value is None else value if isinstance(value, list) else [value]
    return [_number(where, {key: v}, key, problems, kind, low, high, low) for v in items]


def _near(where: str, value: Any, problems: list[str]) -> Near | None:
    if value is None:
        return None
    if not isinstance(value, dict) or not {"lat", "lon", "km"} <= set(value):
        problems.append(f"{where}: 'near' must be {{lat: ..., lon: ..., km: ...}}")
        return None
    lat = _number(where, value, "lat", problems, float, -90, 90, 0.0)
    lon = _number(where, value, "lon", problems, float, -180, 180, 0.0)
    return Near(lat, lon, _number(where, value, "km", problems, float, 0, 20_000, 0.0))


def _trend(where: str, value: Any, problems: list[str]) -> Trend | None:
    if value is None:
        return None
    if not isinstance(value, dict):
        problems.append(f"{where}: 'trend' must be a mapping like {{by: week, group: country, z: 3}}")
        return None
    unknown = set(value) - {"by", "group", "z", "min_count", "window", _LINE}
    if unknown:
        problems.append(f"{where}: unknown trend key(s) {', '.join(sorted(map(str, unknown)))}")
    by, group = str(value.get("by", "week")), str(value.get("group", "country"))
    if by not in PERIODS:
        problems.append(f"{where}: trend 'by' must be {', '.join(PERIODS)}, not '{by}'")
    if group not in GROUPS:
        problems.append(f"{where}: trend 'group' must be one of {', '.join(GROUPS)}, not '{group}'")
    z = _number(where, value, "z", problems, float, 0, 100, 3.0)
    least = int(_number(where, value, "min_count", problems, int, 1, 1_000_000, 3))
    window = int(_number(where, value, "window", problems, int, 1, 366, 8))
    return Trend(by, group, z, least, window)


def _trend_conditions(where: str, rule: Rule, problems: list[str]) -> None:
    """A trend rule counts the events of one filter: each condition takes one value at most."""
    lists = {"type": rule.types, "quad_class": rule.quad_classes, "actor": rule.actors,
             "recipient": rule.recipients, "country": rule.countries, "status": rule.statuses}  # fmt: skip
    for key, values in lists.items():
        if len(values) > 1:
            problems.append(f"{where}: a trend rule takes one {key} at most, not {len(values)}")
    if rule.near is not None or rule.min_sources != 1:
        problems.append(f"{where}: 'near' and 'min_sources' apply to event rules, not trend rules")


def _sinks(path: Path, where: str, value: Any, problems: list[str]) -> tuple[Sink, ...]:
    items = value if isinstance(value, list) else [value]
    out: list[Sink] = []
    for item in items:
        sink = _sink(path, item)
        if sink is None:
            problems.append(
                f"{where}: a sink is stdout, {{file: PATH}}, {{webhook: URL}} or "
                f"{{email: ADDRESS, host: H, port: P, from: ADDRESS}}, not {_plain(item)!r}"
            )
        else:
            out.append(sink)
    return tuple(out)


def _sink(path: Path, item: Any) -> Sink | None:
    if item == "stdout":
        return Sink("stdout")
    if not isinstance(item, dict):
        return None
    given = {k: v for k, v in item.items() if k != _LINE}
    if set(given) == {"file"} and isinstance(given["file"], str):
        return Sink("file", str((path.parent / given["file"]).resolve()))
    if set(given) == {"webhook"} and str(given["webhook"]).startswith(("http://", "https://")):
        return Sink("webhook", str(given["webhook"]))
    if "email" in given and set(given) <= {"email", "host", "port", "from"} and "@" in str(given["email"]):
        options = (("host", str(given.get("host", "localhost"))), ("port", int(given.get("port", 25))),
                   ("from", str(given.get("from", "eventwatch@localhost"))))  # fmt: skip
        return Sink("email", str(given["email"]), options)
    return None


def _plain(item: Any) -> Any:
    return {k: v for k, v in item.items() if k != _LINE} if isinstance(item, dict) else item


def _line_of(entry: Any, top: dict[str, Any]) -> int:
    return int(entry.get(_LINE, 1)) if isinstance(entry, dict) else int(top.get(_LINE, 1))
