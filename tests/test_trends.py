"""Trends: counts and Goldstein sums per period and group, zero-filled, with spikes over a baseline."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from synthetic import Row, build, document

from eventwatch.store import EventQuery, Store
from eventwatch.trends import TrendsError, spike_score, timeseries


def _weeks(first: str, n: int) -> list[str]:
    start = dt.date.fromisoformat(first)
    return [(start + dt.timedelta(days=7 * i)).isoformat() for i in range(n)]


@pytest.fixture()
def store(db_path: Path) -> Store:
    """Sudan: one assault a week for 8 weeks (Mondays from 2025-01-06), then 9 in week 9.
    Ukraine: an accusation in weeks 1 and 3 only. France: one agreement dated only by year."""
    rows = [Row("ASSAULT", day, "SDN", place="SDN") for day in _weeks("2025-01-06", 8)]
    rows += [Row("ASSAULT", "2025-03-05", "SDN", place="SDN")] * 9
    docs = [document(f"s{i}", [row]) for i, row in enumerate(rows)]
    docs.append(document("u1", [Row("ACCUSE", "2025-01-07", "RUS", "UKR", place="UKR")]))
    docs.append(document("u3", [Row("ACCUSE", "2025-01-22", "RUS", "UKR", place="UKR")]))
    docs.append(document("f", [Row("AGREE", "2025", "FRA", "SDN")]))
    return Store.open(build(db_path, docs))


def test_weekly_counts_per_country_are_zero_filled_on_a_shared_axis(store: Store) -> None:
    trends = timeseries(store, by="week", group="country")
    assert trends.periods == tuple(_weeks("2025-01-06", 9))
    assert [s.group for s in trends.series] == ["SDN", "UKR"]
    sudan, ukraine = trends.series
    assert [p.count for p in sudan.points] == [1] * 8 + [9]
    assert [p.count for p in ukraine.points] == [1, 0, 1, 0, 0, 0, 0, 0, 0]
    assert ukraine.points[0].goldstein == -2.0 and sudan.points[-1].goldstein == -81.0
    assert trends.undated == 1  # France's agreement is dated 2025 only


def test_a_burst_over_a_steady_baseline_is_a_spike_and_short_histories_are_not(store: Store) -> None:
    sudan, ukraine = timeseries(store, by="week").series
    assert sudan.spikes == ["2025-03-03"]
    assert sudan.points[-1].z == pytest.approx(8.0)  # mean 1, sd 0 floored at 1
    assert all(p.z is None for p in sudan.points[:8])
    assert ukraine.spikes == []


def test_a_smaller_window_gives_earlier_scores(store: Store) -> None:
    ukraine = timeseries(store, by="week", window=1, threshold=1).series[1]
    assert ukraine.points[0].z is None
    assert ukraine.spikes == ["2025-01-20"]  # 0 -> 1 is one floored sd


def test_months_take_month_dates_and_a_bare_year_stays_undated(store: Store) -> None:
    trends = timeseries(store, by="month", group="type")
    assert trends.periods == ("2025-01", "2025-02", "2025-03")
    assert {s.group: [p.count for p in s.points] for s in trends.series} == {
        "ASSAULT": [4, 4, 9],
        "ACCUSE": [2, 0, 0],
    }
    assert trends.undated == 1


def test_days_run_from_the_first_to_the_last_dated_event(store: Store) -> None:
    trends = timeseries(store, EventQuery(event_type="ACCUSE"), by="day", group="actor")
    assert trends.periods[0] == "2025-01-07" and trends.periods[-1] == "2025-01-22"
    assert len(trends.periods) == 16
    assert [s.group for s in trends.series] == ["RUS"]


def test_a_week_is_named_by_its_monday(db_path: Path) -> None:
    docs = [
        document("sun", [Row("CONSULT", "2025-03-09", "FRA")]),
        document("mon", [Row("CONSULT", "2025-03-10", "FRA")]),
    ]
    with Store.open(build(db_path, docs)) as store:
        trends = timeseries(store, by="week", group="actor")
    assert trends.periods == ("2025-03-03", "2025-03-10")


def test_filters_apply_and_an_empty_selection_has_no_periods(store: Store) -> None:
    assert [s.group for s in timeseries(store, EventQuery(country="UKR")).series] == ["UKR"]
    empty = timeseries(store, EventQuery(actor="NOBODY"))
    assert empty.periods == () and empty.series == ()


def test_events_without_the_group_value_are_left_out(store: Store) -> None:
    by_recipientless_actor = timeseries(store, group="quad_class", by="month")
    assert [(s.group, s.total) for s in by_recipientless_actor.series] == [("4", 17), ("3", 2)]


def test_all_is_one_series_of_every_dated_event(store: Store) -> None:
    (every,) = timeseries(store, group="all", by="month").series
    assert every.group == "all" and [p.count for p in every.points] == [6, 4, 9]


def test_top_keeps_the_biggest_groups(store: Store) -> None:
    assert [s.group for s in timeseries(store, top=1).series] == ["SDN"]


def test_to_dict_is_plain_json(store: Store) -> None:
    line = timeseries(store, by="month").to_dict()
    assert line["series"][0]["points"][0] == {"period": "2025-01", "count": 4, "goldstein": -36.0,
                                              "z": None, "spike": False}  # fmt: skip


@pytest.mark.parametrize(
    ("baseline", "count", "z"),
    [
        pytest.param([0] * 8, 3, 3.0, id="flat-zero-history-floors-sd"),
        pytest.param([2, 4, 2, 4], 9, 6.0, id="sd-one"),
        pytest.param([10, 20, 10, 20], 30, 3.0, id="wide-history"),
        pytest.param([5, 5], 2, -3.0, id="drop-is-negative"),
    ],
)
def test_spike_score(baseline: list[int], count: int, z: float) -> None:
    assert spike_score(baseline, count) == pytest.approx(z)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        pytest.param({"by": "year"}, "unknown period 'year'", id="period"),
        pytest.param({"group": "dyad"}, "unknown group 'dyad'", id="group"),
        pytest.param({"window": 0}, "window must be", id="window"),
        pytest.param({"threshold": float("nan")}, "threshold must be", id="threshold"),
        pytest.param({"top": 0}, "top must be", id="top"),
    ],
)
def test_bad_arguments_raise_a_named_error(store: Store, kwargs: dict, message: str) -> None:
    with pytest.raises(TrendsError, match=message):
        timeseries(store, **kwargs)
