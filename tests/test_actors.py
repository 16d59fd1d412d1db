"""Actor mentions in sentences: nationality + agent, title + name, metonyms, coreference."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwatch.actors import find_mentions
from eventwatch.actors.resolve import ActorResolver
from eventwatch.records import Document, Mention

OFFICEHOLDERS = Path(__file__).resolve().parents[1] / "src/eventwatch/knowledge/actors/officeholders-g20.tsv"


@pytest.fixture(scope="module")
def kb() -> ActorResolver:
    return ActorResolver.load()


def mentions(kb: ActorResolver, text: str, date: str | None = "2021-09-17") -> list[Mention]:
    return find_mentions(Document(id="t", origin="test", text=text, date=date), kb).mentions


def found(kb: ActorResolver, text: str, date: str | None = "2021-09-17") -> list[tuple[str, str | None, str]]:
    return [(text[m.start : m.end], m.actor.code, m.actor.kind) for m in mentions(kb, text, date)]


SENTENCES = [
    ("nationality-agent", "Russian troops crossed the river.", [("Russian troops", "RUS", "state")]),
    (
        "union-leader-is-labour",
        "Kenyan union leaders joined the strike.",
        [("Kenyan union leaders", "KEN", "population")],
    ),
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
    (
        "x-run-agent",
        "The Hamas-run health ministry gave figures.",
        [("Hamas-run health ministry", "HAMAS", "armed_group")],
    ),
    (
        "armed-wing-is-the-group",
        "The Qassam Brigades fired rockets.",
        [("Qassam Brigades", "HAMAS", "armed_group")],
    ),
    (
        "x-controlled-media",
        "Kremlin-controlled media denied it.",
        [("Kremlin-controlled media", "RUS", "media")],
    ),
    (
        "headline-abbreviated-koreas",
        "N Korea fired at S. Korea.",
        [("N Korea", "PRK", "state"), ("S. Korea", "KOR", "state")],
    ),
    (
        "verb-between-name-and-agent",
        "Officials in Kabul banned women from travel.",
        [("Officials", None, "other"), ("Kabul", "AFG", "state")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [s[1:] for s in SENTENCES], ids=[s[0] for s in SENTENCES])
def test_sentence_mentions(kb: ActorResolver, text: str, expected: list[tuple[str, str | None, str]]) -> None:
    assert found(kb, text) == expected


PEOPLE = [
    (
        "surname-after-full-name",
        "Sergei Lavrov arrived in Ankara on Monday. Lavrov then met his Turkish counterpart.",
        [
            ("Sergei Lavrov", "Sergei Lavrov"),
            ("Lavrov", "Sergei Lavrov"),
            ("Turkish counterpart", "Mevlüt Çavuşoğlu"),
        ],
    ),
    (
        "title-and-surname",
        "Secretary General Zas opened the session.",
        [("Secretary General Zas", "Stanislav Zas")],
    ),
    (
        "he-with-one-person",
        "Kassym-Jomart Tokayev flew to Tashkent. He signed a water accord there.",
        [("Kassym-Jomart Tokayev", "Kassym-Jomart Tokayev"), ("He", "Kassym-Jomart Tokayev")],
    ),
    (
        "he-with-two-people-is-left-alone",
        "Vladimir Putin phoned Recep Tayyip Erdogan. He praised the grain deal.",
        [("Vladimir Putin", "Vladimir Putin"), ("Recep Tayyip Erdogan", "Recep Tayyip Erdoğan")],
    ),
    (
        "counterpart-holds-the-same-office",
        "Sergei Lavrov met his Chinese counterpart.",
        [("Sergei Lavrov", "Sergei Lavrov"), ("Chinese counterpart", "Wang Yi")],
    ),
    (
        "former-is-not-the-holder",
        "The former Kazakh president gave a speech.",
        [("Kazakh president", None)],
    ),
    (
        "he-is-the-one-person-of-the-last-sentence",
        "Nikol Pashinyan met Ilham Aliyev. Sergei Lavrov hosted them. He called it a success.",
        [
            ("Nikol Pashinyan", "Nikol Pashinyan"),
            ("Ilham Aliyev", "Ilham Aliyev"),
            ("Sergei Lavrov", "Sergei Lavrov"),
            ("He", "Sergei Lavrov"),
        ],
    ),
    (
        "role-on-the-date",
        "The Russian president will visit Minsk.",
        [("Russian president", "Vladimir Putin")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [p[1:] for p in PEOPLE], ids=[p[0] for p in PEOPLE])
def test_people(kb: ActorResolver, text: str, expected: list[tuple[str, str | None]]) -> None:
    got = [
        (text[m.start : m.end], m.actor.name if m.actor.kind == "person" else None)
        for m in mentions(kb, text)
    ]
    assert [g for g in got if g[1] or g[0] in dict(expected)] == expected


def test_a_hong_kong_figure_with_an_english_given_name_goes_by_the_family_name(kb: ActorResolver) -> None:
    """ "Carrie Lam ... Lam said": the family name comes last in an English-style name, first only in
    one written the Chinese way ("Tsai Ing-wen ... Tsai")."""
    text = "Carrie Lam met Tsai Ing-wen on Monday. Later Lam said that Tsai had agreed."
    got = [(text[m.start : m.end], m.actor.name) for m in mentions(kb, text, "2019-06-01")]
    assert ("Lam", "Carrie Lam") in got and ("Tsai", "Tsai Ing-wen") in got


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The Group of 77 called for an end to the embargo.", "G77"),
        ("AMISOM troops killed ten militants.", "AU"),  # a mission acts under its parent
        ("Lawmakers challenged the MACCIH in court.", "OAS"),
    ],
)
def test_groupings_and_missions_are_known(kb: ActorResolver, text: str, code: str) -> None:
    assert code in {c for _, c, _ in found(kb, text, "2016-06-01")}


def test_a_company_or_a_deity_is_not_a_politician_of_the_same_surname(kb: ActorResolver) -> None:
    """ "Meta said" is the company, not Albania's Ilir Meta; "Lord Rama" is no one's actor."""
    assert found(kb, "Meta said it would remove the posts.") == [("Meta", "META", "business")]
    assert found(kb, "Devotees prayed to Lord Rama in Ayodhya.") == []


def test_a_known_surname_inside_a_longer_name_is_another_person(kb: ActorResolver) -> None:
    """ "deputy foreign minister Hussein al-Ezzi" is not Iraq's foreign minister Fuad Hussein."""
    text = "Deputy foreign minister Hussein al-Ezzi said on Monday that the strikes would fail."
    assert not [m for m in mentions(kb, text, "2024-01-12") if m.actor.code == "IRQ"]


COREFERENCE = [
    ("the-group", "Hamas fired rockets overnight. The group later claimed the attack.", "The group", "HAMAS"),
    (
        "the-alliance",
        "NATO ministers met in Brussels. The alliance agreed to send jets.",
        "The alliance",
        "NATO",
    ),
    (
        "adjective-then-noun",
        "The SCO met in Tashkent. The Eurasian bloc discussed trade.",
        "The Eurasian bloc",
        "SCO",
    ),
    (
        "x-led-bloc-forward",
        "The Russia-led bloc will drill soon. The CSTO confirmed the date.",
        "Russia-led bloc",
        "CSTO",
    ),
    ("possessive-org", "The OSCE met. The organization's observers left.", "The organization", "OSCE"),
    (
        "x-led-coalition-same-leader-as-a-named-org",
        "Moscow-led coalition to drill near the frontier\n\nThe Russia-led Collective Security Treaty "
        "Organization will hold drills. A Russia-led coalition last drilled in 2019.",
        "Russia-led coalition",
        "CSTO",
    ),
    (
        "definite-office-its-holder-named-before",
        "Prime Minister Narendra Modi opened the bridge. Later the prime minister met reporters.",
        "prime minister",
        "IND",
    ),
    (
        "definite-body-named-before",
        "Kenya's foreign ministry summoned the envoy. The ministry said the talks had failed.",
        "ministry",
        "KEN",
    ),
    ("definite-army-named-before", "Sudan's army shelled the town. The army denied it.", "army", "SDN"),
    (
        "definite-chamber-named-before",
        "The United States House of Representatives issued a subpoena. The House voted on Friday.",
        "House",
        "USA",
    ),
    (
        "the-north",
        "North Korea fired missiles at Japan. The North said the launch was routine.",
        "The North",
        "PRK",
    ),
    (
        "x-led-coalition-in-a-headline",
        "Russia-led coalition to drill near the frontier\n\nThe Russia-led Collective Security Treaty "
        "Organization will hold drills.",
        "Russia-led coalition",
        "CSTO",
    ),
]


@pytest.mark.parametrize(
    ("text", "words", "code"), [c[1:] for c in COREFERENCE], ids=[c[0] for c in COREFERENCE]
)
def test_coreference(kb: ActorResolver, text: str, words: str, code: str) -> None:
    got = {text[m.start : m.end]: m.actor.code for m in mentions(kb, text) if m.how == "coref"}
    assert got.get(words) == code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "RSF drones hit Port Sudan. Sudan's Rapid Support Forces (RSF) said the RSF would go on.",
            "RSF_SDN",
        ),
        ("Reporters Without Borders (RSF) condemned the arrest. RSF said the reporter was innocent.", "RSF"),
        # an acronym spelling the initials of a group the article names in full, undefined
        (
            "Sudan's army fought the Rapid Support Forces in Khartoum. The RSF said it took the airport.",
            "RSF_SDN",
        ),
    ],
    ids=["defined-as-the-armed-group", "defined-as-the-watchdog", "spelled-out-earlier"],
)
def test_an_acronym_the_article_defines_stands_for_that_actor(
    kb: ActorResolver, text: str, code: str
) -> None:
    got = [m.actor.code for m in mentions(kb, text) if text[m.start : m.end] == "RSF"]
    assert got and set(got) == {code}, got


NOT_ACTORS = [
    ("lowercase-common-noun", "The turkey was roasted for hours."),
    ("unreferenced-group", "A group of hikers got lost."),
    ("bare-people", "Many people attended the concert."),
    ("currency", "The Turkish lira fell again."),
    ("former-state-as-description", "The talks drew former Soviet republics."),
    ("era-as-description", "Rebels used Soviet-era rifles."),
    ("region-with-a-prefix", "The Indo-Pacific strategy was updated."),
    ("definite-body-named-nowhere-before", "The ministry said the talks had failed."),
]


@pytest.mark.parametrize("text", [n[1] for n in NOT_ACTORS], ids=[n[0] for n in NOT_ACTORS])
def test_not_actors(kb: ActorResolver, text: str) -> None:
    assert [m for m in mentions(kb, text) if m.actor.code] == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The Belarusian KGB detained two men.", [("Belarusian KGB", "BLR", "state")]),
        ("The KGB detained two men in 1975.", [("KGB", "SUN", "state")]),
        ("The Ukrainian SBU detained two men.", [("Ukrainian", "UKR", "state"), ("SBU", "UKR", "state")]),
    ],
    ids=["organ-of-another-state", "organ-alone", "organ-of-the-same-state"],
)
def test_a_state_organ_named_with_another_state_s_adjective_is_that_state_s(
    kb: ActorResolver, text: str, want: list[tuple[str, str, str]]
) -> None:
    assert found(kb, text) == want


def test_definite_body_with_its_own_place_is_not_the_one_before(kb: ActorResolver) -> None:
    text = "Kenya's government protested. The government in Cairo replied."
    assert [m.actor.code for m in mentions(kb, text) if text[m.start : m.end] == "government"] == [None]


def test_definite_office_is_its_most_named_holder(kb: ActorResolver) -> None:
    text = (
        "President Joe Biden spoke. Biden met President Emmanuel Macron on Monday. "
        "Biden later left. The president said the talks went well."
    )
    (found,) = [m for m in mentions(kb, text) if text[m.start : m.end] == "president"]
    assert found.actor.name == "Joe Biden"


def test_the_south_with_two_southern_states_named_is_neither(kb: ActorResolver) -> None:
    text = "South Korea and South Sudan voted. The South abstained."
    assert not [m for m in mentions(kb, text) if m.how == "coref"]


def test_definite_office_is_someone_once_called_so(kb: ActorResolver) -> None:
    """ "The emir" is no president named before, though both head their states."""
    text = "President Joe Biden spoke on Monday. The emir said the talks went well."
    assert not [m for m in mentions(kb, text) if text[m.start : m.end] == "emir" and m.actor.code]


def test_plural_office_is_not_one_person(kb: ActorResolver) -> None:
    text = "The foreign ministers of Armenia and Azerbaijan met."
    assert all(m.actor.kind != "person" for m in mentions(kb, text))


def test_state_after_in_is_marked_locative(kb: ActorResolver) -> None:
    text = "Talks were held in Moscow while Kazakhstan waited."
    assert [(text[m.start : m.end], m.how) for m in mentions(kb, text)] == [
        ("Moscow", "locative"),
        ("Kazakhstan", "name"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Troops moved to the Tajik-Afghan border.", [("Tajik", "locative"), ("Afghan", "locative")]),
        ("Leaders met in the Tajik capital on Friday.", [("Tajik", "locative")]),
        ("Kyrgyz border guards fired shots.", [("Kyrgyz border guards", "nationality")]),
        ("The Russian side rejected the offer.", [("Russian side", "nationality")]),
    ],
    ids=["compound-border", "capital-of-a-nationality", "border-guards-are-agents", "side-is-an-agent"],
)
def test_nationality_of_a_place_is_locative(
    kb: ActorResolver, text: str, expected: list[tuple[str, str]]
) -> None:
    got = [(text[m.start : m.end], m.how) for m in mentions(kb, text) if m.actor.code]
    assert got == expected


def test_unresolved_x_led_coalition_keeps_the_leader(kb: ActorResolver) -> None:
    text = "The US-led coalition struck a depot."
    assert [(text[m.start : m.end], m.actor.code) for m in mentions(kb, text)] == [("US", "USA")]


def test_x_led_coalition_is_not_an_org_led_by_another_state(kb: ActorResolver) -> None:
    text = "The US-led coalition struck a depot. The Russia-led CSTO condemned the strike."
    got = {text[m.start : m.end]: m.actor.code for m in mentions(kb, text)}
    assert got.get("US") == "USA" and "US-led coalition" not in got


def test_anti_prefix_is_not_the_state(kb: ActorResolver) -> None:
    text = "Anti-American protesters gathered."
    assert [(text[m.start : m.end], m.actor.code, m.actor.sector) for m in mentions(kb, text)] == [
        ("protesters", None, "OPP")
    ]


def test_no_date_means_the_knowledge_s_latest_day(kb: ActorResolver) -> None:
    assert mentions(kb, "The Kremlin spoke.", None)[0].actor.code == "RUS"
    undated = mentions(kb, "The Russian president spoke.", None)[0].actor
    assert undated == mentions(kb, "The Russian president spoke.", kb.kb.latest_day)[0].actor


INSTITUTIONS = [
    (
        "ministry-of-x",
        "The Ministry of Emergency Situations sent rescuers.",
        "Ministry of Emergency Situations",
        None,
    ),
    ("owner-ministry-of-x", "Russia's Ministry of Emergency Situations sent rescuers.", None, "RUS"),
    ("state-organ-keeps-state-code", "The FSB detained a suspect.", "FSB", "RUS"),
    ("army-of-a-state", "The IDF struck a depot.", "IDF", "ISR"),
]


@pytest.mark.parametrize(
    ("text", "words", "code"), [c[1:] for c in INSTITUTIONS], ids=[c[0] for c in INSTITUTIONS]
)
def test_institutions(kb: ActorResolver, text: str, words: str | None, code: str | None) -> None:
    (mention,) = mentions(kb, text)
    assert mention.actor.code == code
    assert text[mention.start : mention.end] == (words or text[: mention.end])


def test_name_missing_from_the_knowledge_keeps_the_title(kb: ActorResolver) -> None:
    text = "Belarusian Foreign Minister Ivan Example spoke first."
    (mention,) = mentions(kb, text)
    actor = mention.actor
    assert (actor.name, actor.code, actor.kind, actor.role) == (
        "Ivan Example",
        "BLR",
        "person",
        "foreign minister",
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("King Omaro of Morocco received the envoy.", ("Omaro", "MAR", "head of state")),
        (
            "President Amadou Kourouma of Rwanda met the rebels.",
            ("Amadou Kourouma", "RWA", "head of state"),
        ),
        ("President Ahmed Ben Bella spoke.", ("Ahmed Ben Bella", None, "head of state")),
    ],
    ids=["one-word-name-of-state", "full-name-of-state", "title-and-unknown-name"],
)
def test_title_before_an_unknown_name(kb: ActorResolver, text: str, expected: tuple) -> None:
    first = mentions(kb, text, "1990-01-01")[0]
    assert (first.actor.kind, first.actor.name, first.actor.code, first.actor.role) == ("person", *expected)


def test_surname_of_a_person_the_knowledge_lacks(kb: ActorResolver) -> None:
    text = "Belarusian Foreign Minister Ivan Example arrived. Example said the talks went well."
    later = mentions(kb, text)[-1]
    assert (text[later.start : later.end], later.actor.name, later.actor.code) == (
        "Example",
        "Ivan Example",
        "BLR",
    )


def test_title_case_headline_words_are_not_a_name(kb: ActorResolver) -> None:
    (first, _) = mentions(kb, "Russian President Will Visit Minsk", "2021-09-17")
    assert first.actor.name == "Vladimir Putin"


def test_the_text_title_wins_over_the_day(kb: ActorResolver) -> None:
    text = "CSTO Secretary General Stanislav Zas spoke."
    (mention,) = mentions(kb, text, "2030-01-01")
    assert (mention.actor.code, mention.actor.role) == ("CSTO", "secretary general")


def test_military_rank_alone_is_no_actor(kb: ActorResolver) -> None:
    assert mentions(kb, "General Motors cut jobs.") == []


PLACED_PEOPLE = [
    ("people-in-a-state", "Opposition activists in Zimbabwe called a strike.", "Opposition activists", "ZWE"),
    ("people-in-a-capital", "Protesters rallied in Minsk overnight.", "Protesters", "BLR"),
    ("refugees-keep-no-host", "Refugees in Turkey waited for papers.", "Refugees", None),
    ("state-people", "Bosnian Serbs demanded a truce.", "Bosnian Serbs", "BIH"),
    ("people-living-in-a-state", "Ethnic Turks in Bulgaria held a rally.", "Turks", "BGR"),
    ("state-stateless-people", "Iraqi Kurds voted on Monday.", "Iraqi Kurds", "IRQ"),
]


@pytest.mark.parametrize(
    ("text", "words", "code"), [p[1:] for p in PLACED_PEOPLE], ids=[p[0] for p in PLACED_PEOPLE]
)
def test_placed_people(kb: ActorResolver, text: str, words: str, code: str | None) -> None:
    first = mentions(kb, text)[0]
    assert (text[first.start : first.end], first.actor.code) == (words, code)


def test_the_country_s_president_is_the_state_named_before(kb: ActorResolver) -> None:
    text = "Floods hit Tajikistan on Monday. The country's president toured the valley."
    last = mentions(kb, text)[-1]
    assert (text[last.start : last.end], last.actor.name) == ("The country's president", "Emomali Rahmon")


def test_a_bare_country_is_no_actor(kb: ActorResolver) -> None:
    assert mentions(kb, "The country is large and dry.") == []


GIVEN_NAMES = [
    ("surname-that-is-a-capital", "The actor Denzel Washington starred in it.", []),
    ("surname-that-is-a-state", "Fans of Michael Jordan cheered.", []),
    ("sentence-start-is-no-evidence", "Yesterday Russia said no.", ["RUS"]),
    ("title-case-headline", "Russian Envoy Praises Minsk Talks", ["RUS", "BLR"]),
    ("surname-in-a-headline", "Lavrov Warns Kyiv Over Talks", ["RUS", "UKR"]),
]


@pytest.mark.parametrize(("text", "codes"), [g[1:] for g in GIVEN_NAMES], ids=[g[0] for g in GIVEN_NAMES])
def test_place_names_inside_person_names(kb: ActorResolver, text: str, codes: list[str]) -> None:
    assert [m.actor.code for m in mentions(kb, text)] == codes


POSSESSIVES = [
    ("its-agent", "The CSTO said its troops would stay.", "troops", ("CSTO", "MIL", None)),
    ("his-agent", "Vladimir Putin said his government would respond.", "government", ("RUS", "GOV", None)),
    (
        "its-office",
        "NATO and its secretary general disagreed.",
        "secretary general",
        ("NATO", None, "Jens Stoltenberg"),
    ),
]


@pytest.mark.parametrize(
    ("text", "words", "expected"), [p[1:] for p in POSSESSIVES], ids=[p[0] for p in POSSESSIVES]
)
def test_possessive_pronoun_gives_the_owner(
    kb: ActorResolver, text: str, words: str, expected: tuple
) -> None:
    (mention,) = [m for m in mentions(kb, text, "2021-09-17") if text[m.start : m.end] == words]
    person = mention.actor.name if mention.actor.kind == "person" else None
    assert (mention.actor.code, mention.actor.sector, person) == expected


def _every_sentence_of_this_module() -> str:
    tables = [
        SENTENCES,
        PEOPLE,
        COREFERENCE,
        NOT_ACTORS,
        INSTITUTIONS,
        PLACED_PEOPLE,
        GIVEN_NAMES,
        POSSESSIVES,
    ]
    return " ".join(row[1] for table in tables for row in table)


def test_mentions_are_sorted_and_disjoint(kb: ActorResolver) -> None:
    text = "Iranian officials said the Iraqi parliament and Turkish police met in Ankara. "
    text += _every_sentence_of_this_module()
    spans = [(m.start, m.end) for m in mentions(kb, text)]
    assert len(spans) > 50
    assert spans == sorted(spans)
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:], strict=False))
    assert all(m.actor.text == text[m.start : m.end] for m in mentions(kb, text))


def test_bloc_refers_back_to_the_organisation(kb: ActorResolver) -> None:
    text = "The CSTO held drills. The bloc said the drills went well."
    coref = [m for m in mentions(kb, text) if m.how == "coref"]
    assert [(text[m.start : m.end], m.actor.code) for m in coref] == [("The bloc", "CSTO")]


def test_user_file_extends_the_knowledge(tmp_path: Path) -> None:
    extra = tmp_path / "mine.tsv"
    header = "code\tname\taliases\tkind\tcountry\tsector\tnouns\n"
    extra.write_text(header + "ZETA\tZeta Front\tZF\tarmed_group\tMEX\tREB\tgroup\n")
    kb = ActorResolver.load([extra])
    actor = kb.lookup("Zeta Front")
    assert actor is not None and (actor.code, actor.country, actor.kind) == ("ZETA", "MEX", "armed_group")


def test_surname_in_another_transliteration(kb: ActorResolver) -> None:
    """ "Zelenskyy" alone is the Zelensky the knowledge holds under that spelling of the full name."""
    text = "Ukraine's leader arrived late. Zelenskyy then met the Turkish president."
    hits = [(text[m.start : m.end], m.actor.name) for m in mentions(kb, text, "2025-05-01")]
    assert ("Zelenskyy", "Volodymyr Zelensky") in hits


@pytest.mark.parametrize(
    ("text", "date", "name"),
    [
        (
            "Kyriakos Mitsotakis flew in. Mitsotakis met the Turkish president.",
            "2020-01-08",
            "Kyriakos Mitsotakis",
        ),
        ("Tsipras met the Turkish president.", "2016-05-02", "Alexis Tsipras"),
    ],
)
def test_greek_prime_ministers_since_2004(kb: ActorResolver, text: str, date: str, name: str) -> None:
    last = [m for m in mentions(kb, text, date) if text[m.start : m.end] == name.split()[-1]][-1]
    assert (last.actor.name, last.actor.code) == (name, "GRC")


def test_a_lone_surname_is_the_one_bearer_in_office(kb: ActorResolver) -> None:
    """ "Assad" in 2020 is Bashar al-Assad, in office, not his late father."""
    text = "Assad denied the accusations on Monday."
    (first, *_) = mentions(kb, text, "2020-03-01")
    assert (text[first.start : first.end], first.actor.name) == ("Assad", "Bashar al-Assad")


@pytest.mark.parametrize("date", [None, "2015-06-01"], ids=["undated", "after-his-term"])
def test_a_known_person_out_of_office_keeps_the_body_he_served(kb: ActorResolver, date: str | None) -> None:
    """Out of office on the day, a known person is coded by the office nearest in time (not by a state
    his sentence happens to name)."""
    text = "Secretary-General Kofi Annan praised Syria."
    (annan,) = [m for m in mentions(kb, text, date) if m.actor.kind == "person"]
    assert (annan.actor.name, annan.actor.code) == ("Kofi Annan", "UN")


def test_an_acronym_spelling_the_same_body_keeps_its_mentions(kb: ActorResolver) -> None:
    """ "the European Union ... the UK-EU summit": the letters already stand for the body named in
    full, so the hyphenated mention stays."""
    text = "The European Union sent envoys to London. The UK-EU summit opened on Monday."
    got = [m.actor.code for m in mentions(kb, text) if text[m.start : m.end] == "EU"]
    assert got == ["EU"], got


def test_a_british_party_is_not_its_american_namesake(kb: ActorResolver) -> None:
    """ "The Liberal Democrats called for ...": Britain's party, not the US Democrats inside its name."""
    text = "The Liberal Democrats called for the plans to be scrapped, and Reform UK agreed."
    got = {text[m.start : m.end]: m.actor.code for m in mentions(kb, text)}
    assert got.get("Liberal Democrats") == "LIBDEMS_GBR" and "DEM_USA" not in got.values(), got
