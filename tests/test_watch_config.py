"""Sources and rules files: the shapes of the README load; every mistake is named with file and line."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwatch.errors import ConfigError
from eventwatch.watch.config import Sink, check, check_file, is_watch_file, load_rules, load_sources

SOURCES = """\
sources:
  - {name: wire, feed: "http://127.0.0.1:8080/wire.rss"}
  - {name: inbox, folder: ./inbox}
  - {name: map, sitemap: "http://127.0.0.1:8080/sitemap.xml"}
fetch: {delay: 0.5, timeout: 3, user_agent: "eventwatch-test/1"}
"""
RULES = """\
rules:
  - name: attacks-in-israel
    type: [ASSAULT]
    country: [ISR]
    min_sources: 1
    sinks: [{file: alerts.jsonl}, {webhook: "http://127.0.0.1:9000/hook"}, stdout]
  - name: near-the-capital
    quad_class: [3, 4]
    near: {lat: 31.77, lon: 35.21, km: 50}
    status: [occurred, ongoing]
    min_confidence: 0.6
    sinks: [{email: desk@example.test, host: 127.0.0.1, port: 2525}]
"""


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text)
    return path


def test_the_readme_shapes_load(tmp_path: Path) -> None:
    sources = load_sources(_write(tmp_path, "sources.yaml", SOURCES))
    rules = load_rules(_write(tmp_path, "rules.yaml", RULES))
    assert [(s.name, s.kind) for s in sources.sources] == [
        ("wire", "feed"),
        ("inbox", "folder"),
        ("map", "sitemap"),
    ]
    assert sources.sources[1].location == str(tmp_path / "inbox")
    assert (sources.fetch.delay, sources.fetch.timeout, sources.fetch.user_agent) == (
        0.5,
        3.0,
        "eventwatch-test/1",
    )
    assert rules[0].types == ("ASSAULT",) and rules[0].countries == ("ISR",)
    assert rules[0].sinks[0] == Sink("file", str(tmp_path / "alerts.jsonl"))
    assert [s.kind for s in rules[0].sinks] == ["file", "webhook", "stdout"]
    assert rules[1].near is not None and rules[1].near.km == 50 and rules[1].quad_classes == (3, 4)
    assert dict(rules[1].sinks[0].options)["port"] == 2525


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("rules:\n  - name: a\n    type: [ATTACK]\n", "rules.yaml:2: unknown type ATTACK"),
        ("rules:\n  - name: a\n  - name: b\n    country: [Israel]\n", "rules.yaml:3: country must be ISO"),
        ("rules:\n  - name: a\n    min_sources: 0\n", "rules.yaml:2: 'min_sources' must be a number from 1"),
        ("rules:\n  - name: a\n    sinks: [{slack: x}]\n", "rules.yaml:2: a sink is stdout"),
        ("rules:\n  - name: a\n    colour: red\n", "rules.yaml:2: unknown key(s) colour"),
        ("rules:\n  - type: [ASSAULT]\n", "rules.yaml:2: a rule needs a 'name'"),
        ("rules:\n  - name: a\n  - name: a\n", "rules.yaml:3: rule name 'a' is used twice"),
        ("rules:\n  - name: a\n    near: {lat: 95, lon: 0, km: 5}\n", "rules.yaml:2: 'lat' must be a number"),
        (
            "rules:\n  - name: a\n    trend: {by: year}\n",
            "rules.yaml:2: trend 'by' must be day, week, month, not 'year'",
        ),
        (
            "rules:\n  - name: a\n    country: [SYR, IRQ]\n    trend: {by: week}\n",
            "rules.yaml:2: a trend rule takes one country",
        ),
        (
            "rules:\n  - name: a\n    trend: {by: week, sigma: 2}\n",
            "rules.yaml:2: unknown trend key(s) sigma",
        ),
        ("rules: [\n", "rules.yaml:2: not valid YAML"),
    ],
    ids=[
        "type",
        "country",
        "min-sources",
        "sink",
        "unknown-key",
        "no-name",
        "twice",
        "near",
        "trend",
        "trend-two-countries",
        "trend-key",
        "yaml",
    ],
)
def test_rule_mistakes_name_file_and_line(tmp_path: Path, text: str, expected: str) -> None:
    path = _write(tmp_path, "rules.yaml", text)
    problems = check(path) if "rules: [" not in text else [_error(lambda: load_rules(path))]
    assert any(p.startswith(str(tmp_path / expected.split(":")[0])) and expected.split(":", 1)[1] in p
               for p in problems), problems  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("sources:\n  - {name: a}\n", "sources.yaml:2: give exactly one of feed, sitemap or folder"),
        ("sources:\n  - {name: a, feed: wire.rss}\n", "sources.yaml:2: feed must be an http(s) URL"),
        ("sources:\n  - {feed: 'http://x/a.rss'}\n", "sources.yaml:2: source 1 needs a 'name'"),
        ("sources:\n  - {name: a, folder: x}\n  - {name: a, folder: y}\n", "sources.yaml:3: source name 'a'"),
        ("sources: []\nfetch: {delay: -1}\n", "sources.yaml:2: fetch setting 'delay' must be a number >= 0"),
        ("feeds: []\n", "sources.yaml:1: expected a top-level 'sources:' list"),
    ],
    ids=["no-kind", "not-url", "no-name", "twice", "negative-delay", "no-list"],
)
def test_source_mistakes_name_file_and_line(tmp_path: Path, text: str, expected: str) -> None:
    path = _write(tmp_path, "sources.yaml", text)
    message = _error(lambda: load_sources(path))
    assert message.startswith(str(tmp_path / expected.split(":")[0]) + ":" + expected.split(":")[1])
    assert expected.split(":", 2)[2].strip() in message


def test_watch_files_are_told_by_their_top_level_list(tmp_path: Path) -> None:
    rules = _write(tmp_path, "r.yaml", RULES)
    assert is_watch_file(rules) == "rules"
    assert is_watch_file(_write(tmp_path, "s.yml", SOURCES)) == "sources"
    assert is_watch_file(_write(tmp_path, "t.yaml", "triggers: []\n")) is None
    checked = check_file(rules)
    assert checked is not None and checked.kinds == ("rules",) and checked.problems == []


def _error(load) -> str:
    with pytest.raises(ConfigError) as caught:
        load()
    return str(caught.value)
