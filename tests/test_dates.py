"""Time expressions: span finding and resolution against the document date, one phenomenon each."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from eventwatch.dates import default_grammar, find_dates
from eventwatch.dates.expressions import Grammar
from eventwatch.dates.lexicon import DEFAULT_PATH, default_words, load_words
from eventwatch.errors import KnowledgeError

PAST, FUTURE, UNKNOWN = True, False, None
FRI = "2021-09-17"  # a Friday
THU = "2021-09-16"  # a Thursday
MON = "2024-04-01"  # a Monday, first of the month
JAN = "2022-01-05"  # a Wednesday early in the year
GRAMMAR = default_grammar()
MARK = re.compile(r"\[([^|\]]+)\|([^\]]+)\]")


def case(id_: str, anchor: str | None, past: bool | None, marked: str):
    """A sentence with each expected expression marked as [words|value], "-" for no value."""
    expected = [(words, None if value == "-" else value) for words, value in MARK.findall(marked)]
    sentence = MARK.sub(r"\1", marked)
    assert "[" not in sentence and "|" not in sentence, f"malformed mark in {id_}"
    return pytest.param(sentence, anchor, past, expected, id=id_)


CASES = [
    # weekdays and tense
    case("weekday-past", FRI, PAST, "The ministers met [on Thursday|2021-09-16]."),
    case("weekday-future", FRI, FUTURE, "The ministers will meet [on Thursday|2021-09-23]."),
    case("weekday-unknown-tense-is-past", FRI, UNKNOWN, "Talks [on Tuesday|2021-09-14] in Geneva."),
    case("weekday-same-day-past", THU, PAST, "The summit opened [on Thursday|2021-09-16]."),
    case("weekday-same-day-future", THU, FUTURE, "The vote will take place [on Thursday|2021-09-16]."),
    case("weekday-bare-after-said", FRI, PAST, "The army said [Monday|2021-09-13] it had withdrawn."),
    case("weekday-with-day-part", FRI, PAST, "Shelling resumed [on Sunday night|2021-09-12]."),
    case("weekday-late-on", FRI, PAST, "The deal was signed [late on Wednesday|2021-09-15]."),
    case("weekday-possessive", FRI, PAST, "[Wednesday|2021-09-15]'s strike killed four people."),
    case("weekday-last-strict", FRI, UNKNOWN, "They met [last Friday|2021-09-10]."),
    case("weekday-next-strict", FRI, UNKNOWN, "They meet again [next Friday|2021-09-24]."),
    case("weekday-this-coming", FRI, UNKNOWN, "The envoy arrives [this coming Monday|2021-09-20]."),
    case("weekday-last-week", FRI, PAST, "They met [on Thursday last week|2021-09-09]."),
    case("weekday-of-next-week", FRI, FUTURE, "They meet [on Tuesday of next week|2021-09-21]."),
    case("weekday-across-month", MON, PAST, "Rebels attacked [on Saturday|2024-03-30]."),
    case("weekday-since", FRI, PAST, "Protests have continued [since Monday|2021-09-13]."),
    case("weekday-no-anchor", None, PAST, "The ministers met [on Thursday|-]."),
    # deictic days
    case("yesterday", FRI, PAST, "Police arrested 12 protesters [yesterday|2021-09-16]."),
    case("today", FRI, UNKNOWN, "The parliament votes [today|2021-09-17]."),
    case("tomorrow", FRI, UNKNOWN, "Talks resume [tomorrow morning|2021-09-18]."),
    case("last-night", MON, PAST, "Jets struck the depot [last night|2024-03-31]."),
    case("day-before-yesterday", FRI, PAST, "He left [the day before yesterday|2021-09-15]."),
    case("yesterday-no-anchor", None, PAST, "Police arrested 12 protesters [yesterday|-]."),
    case("usa-today-is-a-paper", FRI, PAST, "The minister told USA Today that talks failed."),
    # months, weeks, years relative to the document
    case("last-month", FRI, PAST, "The offensive began [last month|2021-08]."),
    case("last-month-across-year", JAN, PAST, "Fighting flared [last month|2021-12]."),
    case("this-month", FRI, UNKNOWN, "Inflation rose [this month|2021-09]."),
    case("next-month", FRI, FUTURE, "The bloc will hold drills [next month|2021-10]."),
    case("earlier-this-month", FRI, PAST, "[Earlier this month|2021-09] the army withdrew."),
    case("later-this-year", FRI, FUTURE, "Elections are expected [later this year|2021]."),
    case("last-year", FRI, PAST, "The border was closed [last year|2020]."),
    case("next-year", FRI, FUTURE, "The troops leave [next year|2022]."),
    case("this-week-inside-month", FRI, PAST, "The SCO met [this week|2021-09] in Dushanbe."),
    case("this-week-across-months", MON, PAST, "The envoys met [this week|2024-04]."),
    case("last-week-across-months", "2021-10-06", PAST, "The envoys met [last week|-]."),
    case("next-week", FRI, FUTURE, "Inspectors arrive [next week|2021-09]."),
    case("weekend-past", FRI, PAST, "Thousands rallied [over the weekend|2021-09]."),
    case("weekend-across-months", MON, PAST, "Thousands rallied [over the weekend|2024-03]."),
    case("the-past-week", FRI, PAST, "Prices doubled [in the past week|2021-09]."),
    case("the-past-year-too-long", FRI, PAST, "Prices doubled [over the past year|-]."),
    case("last-month-no-anchor", None, PAST, "The offensive began [last month|-]."),
    # counted from the document date
    case("in-a-months-time", FRI, FUTURE, "The bloc will hold drills [in a month’s time|2021-10]."),
    case("in-a-months-time-ascii", FRI, UNKNOWN, "Drills are planned [in a month's time|2021-10]."),
    case("within-a-month", FRI, FUTURE, "Drills will be held [within a month|2021-10]."),
    case("within-the-next-month", FRI, FUTURE, "Troops deploy [within the next month|2021-10]."),
    case("in-three-days", FRI, FUTURE, "The ceasefire expires [in three days|2021-09-20]."),
    case("in-two-years", FRI, FUTURE, "The base closes [in two years|2023]."),
    case("in-a-fortnight", MON, FUTURE, "Talks restart [in a fortnight|2024-04]."),
    case("two-days-ago", FRI, PAST, "[Two days ago|2021-09-15] rebels attacked the post."),
    case("digits-days-ago", FRI, PAST, "The convoy left [10 days ago|2021-09-07]."),
    case("a-year-ago", FRI, PAST, "[A year ago|2020] the talks collapsed."),
    case("three-months-ago", JAN, PAST, "The rebels seized the town [three months ago|2021-10]."),
    case("a-couple-of-weeks-ago", "2021-09-24", PAST, "They met [a couple of weeks ago|2021-09]."),
    case("within-a-month-in-past-clause", FRI, PAST, "[Within a month|-] the rebels had taken the city."),
    case("in-two-days-duration-past", FRI, PAST, "The deal was reached [in two days|-]."),
    case("in-a-month-unknown-tense", FRI, UNKNOWN, "New elections [in a month|2021-10], the envoy said."),
    case("in-a-month-of-is-not-a-date", FRI, PAST, "It was the worst attack in a month of violence."),
    case("within-weeks-is-vague", FRI, FUTURE, "Officials expect a deal within weeks."),
    # absolute dates
    case("in-year", FRI, PAST, "India and Pakistan joined the SCO [in 2017|2017]."),
    case("in-year-no-anchor", None, PAST, "India and Pakistan joined the SCO [in 2017|2017]."),
    case("since-year", FRI, PAST, "The two states have clashed [since 2014|2014]."),
    case("mid-year", FRI, UNKNOWN, "The pipeline should open [by mid-2020|2020]."),
    case("end-of-year", FRI, FUTURE, "Troops leave [at the end of 2022|2022]."),
    case("month-day-abbrev", FRI, PAST, "Officials met [on Sept. 16|2021-09-16] in Geneva."),
    case("month-day-year", None, PAST, "The accord was signed [on March 3, 2019|2019-03-03]."),
    case("day-month-year", FRI, PAST, "The accord was signed [on 3 March 2019|2019-03-03]."),
    case("ordinal-of-month", FRI, FUTURE, "Voting ends [on the 16th of October|2021-10-16]."),
    case("weekday-and-date", FRI, PAST, "[On Thursday, Sept. 16, 2021|2021-09-16], leaders met."),
    case("month-year", FRI, PAST, "The treaty was signed [in March 2019|2019-03]."),
    case("month-of-year", FRI, PAST, "It happened [in June of 2015|2015-06]."),
    case("slashed-day-first", None, PAST, "The decree dated [25/09/2021|2021-09-25] was published."),
    case("slashed-month-first", None, PAST, "The decree dated [09/25/2021|2021-09-25] was published."),
    case("slashed-ambiguous-keeps-year", None, PAST, "The decree dated [12/09/2021|2021] was published."),
    case("of-stays-out-of-the-span", FRI, PAST, "The attack came on the night of [Sept. 15|2021-09-15]."),
    case("iso-date", None, PAST, "The decree dated [2021-09-15|2021-09-15] was published."),
    # a month or day without a year takes the year from the anchor and the tense
    case("month-alone-past", FRI, PAST, "The rebels took the town [in March|2021-03]."),
    case("month-alone-later-past", FRI, PAST, "The rebels took the town [in November|2020-11]."),
    case("month-alone-future", FRI, FUTURE, "Elections will be held [in March|2022-03]."),
    case("month-alone-unknown-nearest", FRI, UNKNOWN, "Elections [in October|2021-10]."),
    case("month-day-past-shifts-back", FRI, PAST, "The pact was signed [on Dec. 20|2020-12-20]."),
    case("month-day-future-shifts-on", FRI, FUTURE, "The pact will be signed [on Jan. 4|2022-01-04]."),
    case("last-month-name", FRI, UNKNOWN, "Troops arrived [last September|2020-09]."),
    case("early-month", FRI, PAST, "Fighting eased [in early August|2021-08]."),
    case("abbreviated-month-alone", FRI, PAST, "Prices have risen [since Aug.|2021-08]"),
    case("first-quarter", FRI, PAST, "Output fell [in the first quarter of 2020|2020]."),
    case("last-week-of-month", FRI, PAST, "Talks stalled [in the last week of August|2021-08]."),
    case("mid-month", FRI, PAST, "The army withdrew [by mid-July|2021-07]."),
    case("month-no-anchor", None, PAST, "The rebels took the town [in March|-]."),
    # chained to an earlier date in the sentence
    case(
        "previous-day",
        FRI,
        PAST,
        "They arrived [on Monday|2021-09-13], a day after clashes [the previous day|2021-09-12].",
    ),
    case(
        "week-before",
        FRI,
        PAST,
        "Talks failed [on Sept. 16|2021-09-16], after a truce [the week before|2021-09].",
    ),
    case("previous-day-alone", FRI, PAST, "The clashes had begun [the previous day|-]."),
    case("years-later", FRI, PAST, "[In 2019|2019] they met; [two years later|2021] they split."),
    case(
        "same-month-needs-month", FRI, PAST, "[In 2019|2019] they met and [in the same month|-] they split."
    ),
    # false friends: no date at all
    case("modal-may", FRI, UNKNOWN, "The minister may resign if the talks fail."),
    case("modal-may-capital", FRI, UNKNOWN, "May the talks succeed, the envoy said."),
    case("person-may", None, UNKNOWN, "Theresa May met the envoy."),
    case("verb-march", FRI, FUTURE, "Thousands will march on the capital."),
    case("verb-march-capital", FRI, UNKNOWN, "March with us, the organisers urged."),
    case("measurement-km", FRI, UNKNOWN, "Tajikistan has a 1,344-kilometer-long border with Afghanistan."),
    case("count-about-year-like", FRI, PAST, "About 2000 people attended the rally."),
    case("count-with-comma", FRI, PAST, "Some 2,019 troops were deployed."),
    case("good-friday-is-a-name", FRI, PAST, "The Good Friday agreement ended the conflict."),
    case("habitual-weekday", FRI, PAST, "Protesters gather every Friday outside parliament."),
    case("newspaper-name", FRI, PAST, "The minister told the Sunday Times that talks had failed."),
    case("weekday-before-a-name", FRI, PAST, "[On Sunday|2021-09-12] Putin spoke to Biden."),
    case("earlier-on-weekday", FRI, PAST, "[Earlier on Wednesday|2021-09-15] the envoy left."),
    case("ordinary-words", FRI, UNKNOWN, "The envoy said the border must be secured."),
    case("modal-and-month", FRI, FUTURE, "The minister may resign [in May|2022-05]."),
    case("verb-and-month", MON, UNKNOWN, "Veterans march [in March|2024-03] every year."),
    # ranges, attributive years, days of the month, seasons, hours
    case("day-range", FRI, PAST, "Talks were held [on Sept. 16-17|2021-09] in Geneva."),
    case("day-range-words", FRI, PAST, "Talks ran [on 16 and 17 September|2021-09]."),
    case("attributive-year", FRI, PAST, "The [2016|2016] coup attempt failed."),
    case("round-number-is-a-count", FRI, PAST, "The 2000 troops left the base."),
    case("day-of-month-past", FRI, PAST, "The bill passed [on the 14th|2021-09-14]."),
    case("day-of-month-future", FRI, FUTURE, "They will vote [on the 20th|2021-09-20]."),
    case("day-of-month-previous-month", FRI, PAST, "The bill passed [on the 28th|2021-08-28]."),
    case("ordinal-round-is-not-a-date", FRI, PAST, "It was the 5th round of talks."),
    case("last-summer", FRI, UNKNOWN, "Crops failed [last summer|2021]."),
    case("summer-of-year", None, PAST, "Crops failed [in the summer of 2019|2019]."),
    case("spring-future", FRI, FUTURE, "Talks resume [in the spring|2022]."),
    case("winter-spans-two-years", FRI, UNKNOWN, "Exports rose [last winter|-]."),
    case("fall-of-a-city-is-not-a-season", FRI, PAST, "Aid stopped after the fall of Kabul."),
    case("fall-as-noun", FRI, PAST, "Traders saw a fall in oil prices."),
    case("hours-ago", FRI, PAST, "Rebels struck [48 hours ago|2021-09-15]."),
    case("odd-hours-are-not-days", FRI, PAST, "Rebels struck 10 hours ago."),
    case("over-the-next-years", FRI, FUTURE, "Aid will rise [over the next three years|-]."),
    case("over-the-next-week", FRI, FUTURE, "Talks continue [over the next week|2021-09]."),
    case("weekday-abbrev-before-date", FRI, PAST, "They met [on Thu., Sept. 16|2021-09-16]."),
    # month ranges, the current period, fixed holidays
    case("month-range", FRI, PAST, "Fighting raged [between March and May|2021]."),
    case("month-range-over-new-year", FRI, PAST, "Fighting raged [from November to February|-]."),
    case("end-of-the-year", FRI, FUTURE, "The base will close [by the end of the year|2021]."),
    case("end-of-this-month", FRI, FUTURE, "The base will close [by the end of this month|2021-09]."),
    case("holiday-past", FRI, PAST, "They met [on Christmas Day|2020-12-25]."),
    case("holiday-future", FRI, FUTURE, "Shops will reopen [after Christmas|2021-12-25]."),
    case("holiday-curly-apostrophe", JAN, PAST, "Protests [on New Year’s Eve|2021-12-31] turned violent."),
    case("holiday-as-modifier", FRI, PAST, "Christmas shopping fell sharply."),
    case("holiday-with-year", FRI, UNKNOWN, "Travel fell [at Christmas 2016|2016-12-25]."),
    case("over-the-summer", FRI, PAST, "Attacks rose [over the summer|2021]."),
    case("may-day", FRI, PAST, "Workers marched [on May Day|2021-05-01]."),
    # several expressions
    case(
        "two-mentions",
        FRI,
        PAST,
        "India joined [in 2017|2017], while Iran was approved [on Friday|2021-09-17].",
    ),
    case("mixed-no-anchor", None, PAST, "They met [on Thursday|-], [in 2017|2017] and [last month|-]."),
]


@pytest.mark.parametrize(("sentence", "anchor", "past", "expected"), CASES)
def test_find_dates(sentence: str, anchor: str | None, past: bool | None, expected: list) -> None:
    mentions = find_dates(sentence, anchor, GRAMMAR, past=past)
    assert [(m.text, m.value) for m in mentions] == expected
    assert all(sentence[m.start : m.end] == m.text for m in mentions)


def test_mentions_are_sorted_and_do_not_overlap() -> None:
    mentions = find_dates("On Monday, Sept. 13, and again last week and yesterday.", FRI, GRAMMAR, past=True)
    assert [m.text for m in mentions] == ["On Monday, Sept. 13", "last week", "yesterday"]
    assert all(a.end <= b.start for a, b in zip(mentions, mentions[1:], strict=False))


class _Unfiltered(Grammar):
    """The same grammar trying every pattern on every sentence: what the keys must not change."""

    def _find(self, text: str) -> list:
        self.prefilter = self.caseless_prefilter = re.compile("")
        return super()._find(text)

    def _has(self, key: str, text: str, lower: str, present: dict[str, bool]) -> bool:
        return True


MIXED_CASE = [
    "LAST WEEK the army withdrew; THREE DAYS AGO it had shelled the town.",
    "Talks resume In The Spring, officials said, and again Next Month.",
    "The vote, held Yesterday, came Two Weeks after the Summer offensive.",
    "Aid arrived within a Week's time, the day before the ceasefire.",
    "The envoy urged restraint on both sides.",
]


def test_prefilters_and_keys_never_hide_an_expression() -> None:
    sentences = [p.values[0] for p in CASES] + MIXED_CASE
    fast, full = Grammar(default_words()), _Unfiltered(default_words())
    for sentence in sentences:
        assert fast._find(sentence) == full._find(sentence), sentence


def test_prefilter_skips_sentences_without_date_words() -> None:
    grammar = Grammar(default_words())
    plain = "The envoy urged restraint on both sides."
    assert (
        grammar.prefilter.search(plain) is None and grammar.caseless_prefilter.search(plain.lower()) is None
    )
    assert grammar.prefilter.search("The envoy spoke on Friday.") is not None
    assert grammar.caseless_prefilter.search("troops left three days ago.") is not None


@pytest.mark.parametrize("anchor", ["0001-01-01", "9999-12-31", "2024-02-29", "2021-12-31"])
def test_edge_anchors_never_crash(anchor: str) -> None:
    sentence = "Last year, two years ago, next month, next week, last winter and on the 31st, they met."
    mentions = find_dates(sentence, anchor, GRAMMAR, past=None)
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
        find_dates("They met on Friday.", "17/09/2021", GRAMMAR)


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
    found = [(m.text, m.value) for para in text.split("\n") for m in find_dates(para, FRI, GRAMMAR)]
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
