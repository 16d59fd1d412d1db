"""Time expressions: span finding and resolution against the document date, one phenomenon each."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from eventwatch.dates import find_dates
from eventwatch.dates.expressions import Grammar
from eventwatch.dates.lexicon import DEFAULT_PATH, default_words, load_words
from eventwatch.errors import KnowledgeError

PAST, FUTURE, UNKNOWN = True, False, None
FRI = "2021-09-17"  # a Friday
THU = "2021-09-16"  # a Thursday
MON = "2024-04-01"  # a Monday, first of the month
JAN = "2022-01-05"  # a Wednesday early in the year


def case(id_: str, sentence: str, anchor: str | None, past: bool | None, *expected: tuple[str, str | None]):
    return pytest.param(sentence, anchor, past, list(expected), id=id_)


CASES = [
    # weekdays and tense
    case("weekday-past", "The ministers met on Thursday.", FRI, PAST, ("on Thursday", "2021-09-16")),
    case(
        "weekday-future", "The ministers will meet on Thursday.", FRI, FUTURE, ("on Thursday", "2021-09-23")
    ),
    case(
        "weekday-unknown-tense-is-past",
        "Talks on Tuesday in Geneva.",
        FRI,
        UNKNOWN,
        ("on Tuesday", "2021-09-14"),
    ),
    case("weekday-same-day-past", "The summit opened on Thursday.", THU, PAST, ("on Thursday", "2021-09-16")),
    case(
        "weekday-same-day-future", "The vote will take place on Thursday.", THU, FUTURE, ("on Thursday", THU)
    ),
    case(
        "weekday-bare-after-said",
        "The army said Monday it had withdrawn.",
        FRI,
        PAST,
        ("Monday", "2021-09-13"),
    ),
    case(
        "weekday-with-day-part",
        "Shelling resumed on Sunday night.",
        FRI,
        PAST,
        ("on Sunday night", "2021-09-12"),
    ),
    case(
        "weekday-late-on",
        "The deal was signed late on Wednesday.",
        FRI,
        PAST,
        ("late on Wednesday", "2021-09-15"),
    ),
    case(
        "weekday-possessive", "Wednesday's strike killed four people.", FRI, PAST, ("Wednesday", "2021-09-15")
    ),
    case("weekday-last-strict", "They met last Friday.", FRI, UNKNOWN, ("last Friday", "2021-09-10")),
    case("weekday-next-strict", "They meet again next Friday.", FRI, UNKNOWN, ("next Friday", "2021-09-24")),
    case(
        "weekday-this-coming",
        "The envoy arrives this coming Monday.",
        FRI,
        UNKNOWN,
        ("this coming Monday", "2021-09-20"),
    ),
    case("weekday-across-month", "Rebels attacked on Saturday.", MON, PAST, ("on Saturday", "2024-03-30")),
    case("weekday-since", "Protests have continued since Monday.", FRI, PAST, ("since Monday", "2021-09-13")),
    case("weekday-no-anchor", "The ministers met on Thursday.", None, PAST, ("on Thursday", None)),
    # deictic days
    case("yesterday", "Police arrested 12 protesters yesterday.", FRI, PAST, ("yesterday", "2021-09-16")),
    case("today", "The parliament votes today.", FRI, UNKNOWN, ("today", FRI)),
    case("tomorrow", "Talks resume tomorrow morning.", FRI, UNKNOWN, ("tomorrow morning", "2021-09-18")),
    case("last-night", "Jets struck the depot last night.", MON, PAST, ("last night", "2024-03-31")),
    case(
        "day-before-yesterday",
        "He left the day before yesterday.",
        FRI,
        PAST,
        ("the day before yesterday", "2021-09-15"),
    ),
    case("yesterday-no-anchor", "Police arrested 12 protesters yesterday.", None, PAST, ("yesterday", None)),
    case("usa-today-is-a-paper", "The minister told USA Today that talks failed.", FRI, PAST),
    # months, weeks, years relative to the document
    case("last-month", "The offensive began last month.", FRI, PAST, ("last month", "2021-08")),
    case("last-month-across-year", "Fighting flared last month.", JAN, PAST, ("last month", "2021-12")),
    case("this-month", "Inflation rose this month.", FRI, UNKNOWN, ("this month", "2021-09")),
    case("next-month", "The bloc will hold drills next month.", FRI, FUTURE, ("next month", "2021-10")),
    case(
        "earlier-this-month",
        "Earlier this month the army withdrew.",
        FRI,
        PAST,
        ("Earlier this month", "2021-09"),
    ),
    case(
        "later-this-year", "Elections are expected later this year.", FRI, FUTURE, ("later this year", "2021")
    ),
    case("last-year", "The border was closed last year.", FRI, PAST, ("last year", "2020")),
    case("next-year", "The troops leave next year.", FRI, FUTURE, ("next year", "2022")),
    case("this-week-inside-month", "The SCO met this week in Dushanbe.", FRI, PAST, ("this week", "2021-09")),
    case("this-week-across-months", "The envoys met this week.", MON, PAST, ("this week", "2024-04")),
    case("last-week-across-months", "The envoys met last week.", "2021-10-06", PAST, ("last week", None)),
    case("next-week", "Inspectors arrive next week.", FRI, FUTURE, ("next week", "2021-09")),
    case("weekend-past", "Thousands rallied over the weekend.", FRI, PAST, ("over the weekend", "2021-09")),
    case(
        "weekend-across-months",
        "Thousands rallied over the weekend.",
        MON,
        PAST,
        ("over the weekend", "2024-03"),
    ),
    case("the-past-week", "Prices doubled in the past week.", FRI, PAST, ("in the past week", "2021-09")),
    case(
        "the-past-year-too-long",
        "Prices doubled over the past year.",
        FRI,
        PAST,
        ("over the past year", None),
    ),
    case("last-month-no-anchor", "The offensive began last month.", None, PAST, ("last month", None)),
    # counted from the document date
    case(
        "in-a-months-time",
        "The bloc will hold drills in a month’s time.",
        FRI,
        FUTURE,
        ("in a month’s time", "2021-10"),
    ),
    case(
        "in-a-months-time-ascii",
        "Drills are planned in a month's time.",
        FRI,
        UNKNOWN,
        ("in a month's time", "2021-10"),
    ),
    case("within-a-month", "Drills will be held within a month.", FRI, FUTURE, ("within a month", "2021-10")),
    case(
        "within-the-next-month",
        "Troops deploy within the next month.",
        FRI,
        FUTURE,
        ("within the next month", "2021-10"),
    ),
    case(
        "in-three-days", "The ceasefire expires in three days.", FRI, FUTURE, ("in three days", "2021-09-20")
    ),
    case("in-two-years", "The base closes in two years.", FRI, FUTURE, ("in two years", "2023")),
    case("in-a-fortnight", "Talks restart in a fortnight.", MON, FUTURE, ("in a fortnight", "2024-04")),
    case("two-days-ago", "Two days ago rebels attacked the post.", FRI, PAST, ("Two days ago", "2021-09-15")),
    case("digits-days-ago", "The convoy left 10 days ago.", FRI, PAST, ("10 days ago", "2021-09-07")),
    case("a-year-ago", "A year ago the talks collapsed.", FRI, PAST, ("A year ago", "2020")),
    case(
        "three-months-ago",
        "The rebels seized the town three months ago.",
        JAN,
        PAST,
        ("three months ago", "2021-10"),
    ),
    case(
        "a-couple-of-weeks-ago",
        "They met a couple of weeks ago.",
        "2021-09-24",
        PAST,
        ("a couple of weeks ago", "2021-09"),
    ),
    case(
        "within-a-month-in-past-clause",
        "Within a month the rebels had taken the city.",
        FRI,
        PAST,
        ("Within a month", None),
    ),
    case("in-two-days-duration-past", "The deal was reached in two days.", FRI, PAST, ("in two days", None)),
    case(
        "in-a-month-unknown-tense",
        "New elections in a month, the envoy said.",
        FRI,
        UNKNOWN,
        ("in a month", "2021-10"),
    ),
    case("in-a-month-of-is-not-a-date", "It was the worst attack in a month of violence.", FRI, PAST),
    case("within-weeks-is-vague", "Officials expect a deal within weeks.", FRI, FUTURE),
    # absolute dates
    case("in-year", "India and Pakistan joined the SCO in 2017.", FRI, PAST, ("in 2017", "2017")),
    case("in-year-no-anchor", "India and Pakistan joined the SCO in 2017.", None, PAST, ("in 2017", "2017")),
    case("since-year", "The two states have clashed since 2014.", FRI, PAST, ("since 2014", "2014")),
    case("mid-year", "The pipeline should open by mid-2020.", FRI, UNKNOWN, ("by mid-2020", "2020")),
    case("end-of-year", "Troops leave at the end of 2022.", FRI, FUTURE, ("at the end of 2022", "2022")),
    case(
        "month-day-abbrev", "Officials met on Sept. 16 in Geneva.", FRI, PAST, ("on Sept. 16", "2021-09-16")
    ),
    case(
        "month-day-year",
        "The accord was signed on March 3, 2019.",
        None,
        PAST,
        ("on March 3, 2019", "2019-03-03"),
    ),
    case(
        "day-month-year",
        "The accord was signed on 3 March 2019.",
        FRI,
        PAST,
        ("on 3 March 2019", "2019-03-03"),
    ),
    case(
        "ordinal-of-month",
        "Voting ends on the 16th of October.",
        FRI,
        FUTURE,
        ("on the 16th of October", "2021-10-16"),
    ),
    case(
        "weekday-and-date",
        "On Thursday, Sept. 16, 2021, leaders met.",
        FRI,
        PAST,
        ("On Thursday, Sept. 16, 2021", "2021-09-16"),
    ),
    case("month-year", "The treaty was signed in March 2019.", FRI, PAST, ("in March 2019", "2019-03")),
    case("month-of-year", "It happened in June of 2015.", FRI, PAST, ("in June of 2015", "2015-06")),
    case("iso-date", "The decree dated 2021-09-15 was published.", None, PAST, ("2021-09-15", "2021-09-15")),
    # a month or day without a year takes the year from the anchor and the tense
    case("month-alone-past", "The rebels took the town in March.", FRI, PAST, ("in March", "2021-03")),
    case(
        "month-alone-later-past",
        "The rebels took the town in November.",
        FRI,
        PAST,
        ("in November", "2020-11"),
    ),
    case("month-alone-future", "Elections will be held in March.", FRI, FUTURE, ("in March", "2022-03")),
    case("month-alone-unknown-nearest", "Elections in October.", FRI, UNKNOWN, ("in October", "2021-10")),
    case(
        "month-day-past-shifts-back",
        "The pact was signed on Dec. 20.",
        FRI,
        PAST,
        ("on Dec. 20", "2020-12-20"),
    ),
    case(
        "month-day-future-shifts-on",
        "The pact will be signed on Jan. 4.",
        FRI,
        FUTURE,
        ("on Jan. 4", "2022-01-04"),
    ),
    case("last-month-name", "Troops arrived last September.", FRI, UNKNOWN, ("last September", "2020-09")),
    case("early-month", "Fighting eased in early August.", FRI, PAST, ("in early August", "2021-08")),
    case("mid-month", "The army withdrew by mid-July.", FRI, PAST, ("by mid-July", "2021-07")),
    case("month-no-anchor", "The rebels took the town in March.", None, PAST, ("in March", None)),
    # chained to an earlier date in the sentence
    case(
        "previous-day",
        "They arrived on Monday, a day after clashes the previous day.",
        FRI,
        PAST,
        ("on Monday", "2021-09-13"),
        ("the previous day", "2021-09-12"),
    ),
    case(
        "previous-day-alone", "The clashes had begun the previous day.", FRI, PAST, ("the previous day", None)
    ),
    case(
        "years-later",
        "In 2019 they met; two years later they split.",
        FRI,
        PAST,
        ("In 2019", "2019"),
        ("two years later", "2021"),
    ),
    case(
        "same-month-needs-month",
        "In 2019 they met and in the same month they split.",
        FRI,
        PAST,
        ("In 2019", "2019"),
        ("in the same month", None),
    ),
    # false friends: no date at all
    case("modal-may", "The minister may resign if the talks fail.", FRI, UNKNOWN),
    case("modal-may-capital", "May the talks succeed, the envoy said.", FRI, UNKNOWN),
    case("person-may", "Theresa May met the envoy.", None, UNKNOWN),
    case("verb-march", "Thousands will march on the capital.", FRI, FUTURE),
    case("verb-march-capital", "March with us, the organisers urged.", FRI, UNKNOWN),
    case("measurement-km", "Tajikistan has a 1,344-kilometer-long border with Afghanistan.", FRI, UNKNOWN),
    case("count-about-year-like", "About 2000 people attended the rally.", FRI, PAST),
    case("count-with-comma", "Some 2,019 troops were deployed.", FRI, PAST),
    case("good-friday-is-a-name", "The Good Friday agreement ended the conflict.", FRI, PAST),
    case("newspaper-name", "The minister told the Sunday Times that talks had failed.", FRI, PAST),
    case("weekday-before-a-name", "On Sunday Putin spoke to Biden.", FRI, PAST, ("On Sunday", "2021-09-12")),
    case(
        "earlier-on-weekday",
        "Earlier on Wednesday the envoy left.",
        FRI,
        PAST,
        ("Earlier on Wednesday", "2021-09-15"),
    ),
    case("ordinary-words", "The envoy said the border must be secured.", FRI, UNKNOWN),
    case("modal-and-month", "The minister may resign in May.", FRI, FUTURE, ("in May", "2022-05")),
    case("verb-and-month", "Veterans march in March every year.", MON, UNKNOWN, ("in March", "2024-03")),
    # ranges, attributive years, days of the month, seasons, hours
    case("day-range", "Talks were held on Sept. 16-17 in Geneva.", FRI, PAST, ("on Sept. 16-17", "2021-09")),
    case(
        "day-range-words",
        "Talks ran on 16 and 17 September.",
        FRI,
        PAST,
        ("on 16 and 17 September", "2021-09"),
    ),
    case("attributive-year", "The 2016 coup attempt failed.", FRI, PAST, ("2016", "2016")),
    case("round-number-is-a-count", "The 2000 troops left the base.", FRI, PAST),
    case("day-of-month-past", "The bill passed on the 14th.", FRI, PAST, ("on the 14th", "2021-09-14")),
    case("day-of-month-future", "They will vote on the 20th.", FRI, FUTURE, ("on the 20th", "2021-09-20")),
    case(
        "day-of-month-previous-month",
        "The bill passed on the 28th.",
        FRI,
        PAST,
        ("on the 28th", "2021-08-28"),
    ),
    case("ordinal-round-is-not-a-date", "It was the 5th round of talks.", FRI, PAST),
    case("last-summer", "Crops failed last summer.", FRI, UNKNOWN, ("last summer", "2021")),
    case(
        "summer-of-year", "Crops failed in the summer of 2019.", None, PAST, ("in the summer of 2019", "2019")
    ),
    case("spring-future", "Talks resume in the spring.", FRI, FUTURE, ("in the spring", "2022")),
    case("winter-spans-two-years", "Exports rose last winter.", FRI, UNKNOWN, ("last winter", None)),
    case("fall-of-a-city-is-not-a-season", "Aid stopped after the fall of Kabul.", FRI, PAST),
    case("fall-as-noun", "Traders saw a fall in oil prices.", FRI, PAST),
    case("hours-ago", "Rebels struck 48 hours ago.", FRI, PAST, ("48 hours ago", "2021-09-15")),
    case("odd-hours-are-not-days", "Rebels struck 10 hours ago.", FRI, PAST),
    case(
        "over-the-next-years",
        "Aid will rise over the next three years.",
        FRI,
        FUTURE,
        ("over the next three years", None),
    ),
    case(
        "over-the-next-week",
        "Talks continue over the next week.",
        FRI,
        FUTURE,
        ("over the next week", "2021-09"),
    ),
    case(
        "weekday-abbrev-before-date",
        "They met on Thu., Sept. 16.",
        FRI,
        PAST,
        ("on Thu., Sept. 16", "2021-09-16"),
    ),
    # month ranges, the current period, fixed holidays
    case(
        "month-range", "Fighting raged between March and May.", FRI, PAST, ("between March and May", "2021")
    ),
    case(
        "month-range-over-new-year",
        "Fighting raged from November to February.",
        FRI,
        PAST,
        ("from November to February", None),
    ),
    case(
        "end-of-the-year",
        "The base will close by the end of the year.",
        FRI,
        FUTURE,
        ("by the end of the year", "2021"),
    ),
    case(
        "end-of-this-month",
        "The base will close by the end of this month.",
        FRI,
        FUTURE,
        ("by the end of this month", "2021-09"),
    ),
    case("holiday-past", "They met on Christmas Day.", FRI, PAST, ("on Christmas Day", "2020-12-25")),
    case(
        "holiday-future", "Shops will reopen after Christmas.", FRI, FUTURE, ("after Christmas", "2021-12-25")
    ),
    case(
        "holiday-curly-apostrophe",
        "Protests on New Year’s Eve turned violent.",
        JAN,
        PAST,
        ("on New Year’s Eve", "2021-12-31"),
    ),
    case("holiday-as-modifier", "Christmas shopping fell sharply.", FRI, PAST),
    case(
        "holiday-with-year",
        "Travel fell at Christmas 2016.",
        FRI,
        UNKNOWN,
        ("at Christmas 2016", "2016-12-25"),
    ),
    case("over-the-summer", "Attacks rose over the summer.", FRI, PAST, ("over the summer", "2021")),
    case("may-day", "Workers marched on May Day.", FRI, PAST, ("on May Day", "2021-05-01")),
    # several expressions
    case(
        "two-mentions",
        "India joined in 2017, while Iran was approved on Friday.",
        FRI,
        PAST,
        ("in 2017", "2017"),
        ("on Friday", FRI),
    ),
    case(
        "mixed-no-anchor",
        "They met on Thursday, in 2017 and last month.",
        None,
        PAST,
        ("on Thursday", None),
        ("in 2017", "2017"),
        ("last month", None),
    ),
]


@pytest.mark.parametrize(("sentence", "anchor", "past", "expected"), CASES)
def test_find_dates(sentence: str, anchor: str | None, past: bool | None, expected: list) -> None:
    mentions = find_dates(sentence, anchor, past=past)
    assert [(m.text, m.value) for m in mentions] == expected
    assert all(sentence[m.start : m.end] == m.text for m in mentions)


def test_mentions_are_sorted_and_do_not_overlap() -> None:
    mentions = find_dates("On Monday, Sept. 13, and again last week and yesterday.", FRI, past=True)
    assert [m.text for m in mentions] == ["On Monday, Sept. 13", "last week", "yesterday"]
    assert all(a.end <= b.start for a, b in zip(mentions, mentions[1:], strict=False))


def test_many_sentences_are_fast() -> None:
    sentences = [
        "The envoy urged restraint on both sides.",
        "Troops left on Friday, two days after the vote.",
    ] * 2000
    started = time.perf_counter()
    for sentence in sentences:
        find_dates(sentence, FRI, past=True)
    assert time.perf_counter() - started < 5.0  # measured about 0.05 s per 1,000 sentences


def test_prefilter_skips_sentences_without_date_words() -> None:
    grammar = Grammar(default_words())
    assert grammar.prefilter.search("The envoy urged restraint on both sides.") is None
    assert grammar.prefilter.search("The envoy spoke on Friday.") is not None


@pytest.mark.parametrize("anchor", ["0001-01-01", "9999-12-31", "2024-02-29", "2021-12-31"])
def test_edge_anchors_never_crash(anchor: str) -> None:
    sentence = "Last year, two years ago, next month, next week, last winter and on the 31st, they met."
    mentions = find_dates(sentence, anchor, past=None)
    assert [m.text for m in mentions] == [
        "Last year",
        "two years ago",
        "next month",
        "next week",
        "last winter",
        "on the 31st",
    ]


def test_bad_anchor_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="not YYYY-MM-DD"):
        find_dates("They met on Friday.", "17/09/2021")


def test_vocabulary_error_names_file_and_line(tmp_path: Path) -> None:
    broken = DEFAULT_PATH.read_text(encoding="utf-8").replace("  years: year", "  years: eon")
    path = tmp_path / "dates.yaml"
    path.write_text(broken, encoding="utf-8")
    line = next(n for n, text in enumerate(broken.splitlines(), 1) if "years: eon" in text)
    with pytest.raises(KnowledgeError, match=rf"dates\.yaml:{line}: .*unknown unit 'eon'"):
        load_words(path)


def test_vocabulary_needs_every_month(tmp_path: Path) -> None:
    broken = DEFAULT_PATH.read_text(encoding="utf-8").replace("  May: []\n", "")
    path = tmp_path / "dates.yaml"
    path.write_text(broken, encoding="utf-8")
    with pytest.raises(KnowledgeError, match="needs exactly 12 entries"):
        load_words(path)


def test_seed_article_dates(shared: Path) -> None:
    """The real example page, dated 2021-09-17: every date the issue names, in reading order."""
    text = (shared / "seed" / "csto-dushanbe.txt").read_text(encoding="utf-8")
    found = [(m.text, m.value) for para in text.split("\n") for m in find_dates(para, FRI)]
    assert found == [
        ("within a month", "2021-10"),
        ("on Thursday", "2021-09-16"),
        ("in a month’s time", "2021-10"),
        ("this week", "2021-09"),
        ("in 2017", "2017"),
        ("on Friday", "2021-09-17"),
        ("last month", "2021-08"),
        ("on Thursday", "2021-09-16"),
    ]
