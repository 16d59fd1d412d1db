"""Actor-side phenomena of older news: context states, historical office-holders, misspelled names."""

from __future__ import annotations

import pytest

from eventwatch.actors import mentions_in
from eventwatch.actors.kb import ActorKB


@pytest.fixture(scope="module")
def kb() -> ActorKB:
    return ActorKB.load()


def actor_of(kb: ActorKB, text: str, words: str, date: str = "2000-01-01") -> tuple[str | None, str]:
    """Code and kind of the mention whose text is `words`."""
    (mention,) = [m for m in mentions_in(text, kb, date) if text[m.start : m.end] == words]
    return mention.actor.code, mention.actor.kind


SENTENCE_STATE = [
    (
        "judge-and-nationality",
        "Judge Maria Lopez charged six Peruvian officials.",
        "Judge Maria Lopez",
        "PER",
    ),
    (
        "roleless-minister",
        "Planning Minister Kofi Mensah said Ghana would not devalue.",
        "Minister Kofi Mensah",
        "GHA",
    ),
    ("military-rank", "Gen. Tomas Varga resigned to let Hungary hold elections.", "Gen. Tomas Varga", "HUN"),
    (
        "according-to-is-no-travel",
        "Minister Kofi Mensah resigned, according to Ghanaian radio.",
        "Minister Kofi Mensah",
        "GHA",
    ),
    ("rebels-and-a-far-state", "Rebels shelled a market in northern Mali on Monday.", "Rebels", "MLI"),
    (
        "protesters-and-a-government",
        "Protesters marched to demand that the Kenyan government resign.",
        "Protesters",
        "KEN",
    ),
]


@pytest.mark.parametrize(
    ("text", "words", "code"), [s[1:] for s in SENTENCE_STATE], ids=[s[0] for s in SENTENCE_STATE]
)
def test_the_one_state_of_the_sentence(kb: ActorKB, text: str, words: str, code: str) -> None:
    assert actor_of(kb, text, words)[0] == code


NO_SENTENCE_STATE = [
    ("two-states", "Judge Maria Lopez met Chilean and Peruvian officials.", "Judge Maria Lopez"),
    ("no-state", "Gen. Tomas Varga resigned on Monday.", "Gen. Tomas Varga"),
    ("organisation-office", "Secretary-General Ivo Example flew to Mali.", "Secretary-General Ivo Example"),
    ("state-in-the-next-sentence", "Rebels shelled a market. Mali protested.", "Rebels"),
    ("travel-destination", "Minister Kofi Mensah flew to Oslo on Monday.", "Minister Kofi Mensah"),
    ("visited-state", "Gen. Tomas Varga visited Chile last week.", "Gen. Tomas Varga"),
]


@pytest.mark.parametrize(
    ("text", "words"), [s[1:] for s in NO_SENTENCE_STATE], ids=[s[0] for s in NO_SENTENCE_STATE]
)
def test_no_single_state_means_no_code(kb: ActorKB, text: str, words: str) -> None:
    assert actor_of(kb, text, words)[0] is None


HISTORICAL = [
    (
        "head-of-state-in-office",
        "President Mitterrand received the envoy.",
        "1990-06-01",
        "François Mitterrand",
        "FRA",
    ),
    (
        "out-of-office-keeps-the-state",
        "Former president Carlos Menem testified.",
        "2000-01-01",
        "Carlos Menem",
        "ARG",
    ),
    ("soviet-leader", "Mikhail Gorbachev flew to Reykjavik.", "1986-10-10", "Mikhail Gorbachev", "SUN"),
    ("same-surname-serving", "President Bush spoke to reporters.", "1991-01-01", "George H. W. Bush", "USA"),
    (
        "same-surname-nearest-in-time",
        "President Bush spoke to reporters.",
        "2000-06-01",
        "George W. Bush",
        "USA",
    ),
]


@pytest.mark.parametrize(
    ("text", "date", "name", "code"), [h[1:] for h in HISTORICAL], ids=[h[0] for h in HISTORICAL]
)
def test_office_holders_before_2000(kb: ActorKB, text: str, date: str, name: str, code: str) -> None:
    person = next(m.actor for m in mentions_in(text, kb, date) if m.actor.kind == "person")
    assert (person.name, person.code) == (name, code)


MISSPELLED = [
    ("dropped-letter", "President Abdelaziz Bouteflka toured Oran.", "Abdelaziz Bouteflika", "DZA"),
    ("doubled-letter-missing", "President Francois Miterrand met the press.", "François Mitterrand", "FRA"),
    ("surname-only", "President Bouteflicka toured Oran.", "Abdelaziz Bouteflika", "DZA"),
    ("transliteration", "President Nursoultan Nazarbayev opened the forum.", "Nursultan Nazarbayev", "KAZ"),
]


@pytest.mark.parametrize(
    ("text", "name", "code"), [m[1:] for m in MISSPELLED], ids=[m[0] for m in MISSPELLED]
)
def test_misspelled_name_after_a_title(kb: ActorKB, text: str, name: str, code: str) -> None:
    (person, *_) = [m.actor for m in mentions_in(text, kb, "2000-01-01") if m.actor.kind == "person"]
    assert (person.name, person.code) == (name, code)


@pytest.mark.parametrize(
    "text",
    ["President Amadou Kourouma spoke.", "President Kelvin spoke.", "Minister Rachid Bouteldja spoke."],
    ids=["unlike-any-known-name", "one-short-word", "same-first-letters-only"],
)
def test_a_distant_name_is_no_known_person(kb: ActorKB, text: str) -> None:
    people = [m.actor for m in mentions_in(text, kb, "2000-01-01") if m.actor.kind == "person"]
    assert all(p.code is None for p in people)


NAMED_OWNERS = [
    ("surname-administration", "The Carter administration froze the assets.", "administration", "USA"),
    ("title-name-possessive", "Crowds jeered President Mobutu's government.", "government", "COD"),
    ("possessive-surname", "Gaddafi's forces shelled the port.", "forces", "LBY"),
    ("surname-without-its-article", "Assad's troops shelled the port.", "troops", "SYR"),
    ("title-surname-possessive", "President Sadat's government resigned.", "government", "EGY"),
    ("full-name-possessive", "Boris Yeltsin's spokesman denied it.", "spokesman", "RUS"),
]


@pytest.mark.parametrize(
    ("text", "words", "code"), [n[1:] for n in NAMED_OWNERS], ids=[n[0] for n in NAMED_OWNERS]
)
def test_agents_owned_by_a_named_person(kb: ActorKB, text: str, words: str, code: str) -> None:
    assert actor_of(kb, text, words, "1995-01-01")[0] == code


def test_unknown_surname_owns_nothing(kb: ActorKB) -> None:
    assert actor_of(kb, "The Smithson administration froze the assets.", "administration")[0] is None


MISSPELLED_STATES = [
    ("missing-letter", "Pakistan rejected an offer from Afganistan.", "Afganistan", "AFG"),
    ("extra-letter", "The Phillippines recalled its envoy.", "Phillippines", "PHL"),
    ("palestinian-territory", "Israel sealed off the West Bank on Monday.", "West Bank", "PSE"),
]


@pytest.mark.parametrize(
    ("text", "words", "code"), [m[1:] for m in MISSPELLED_STATES], ids=[m[0] for m in MISSPELLED_STATES]
)
def test_state_names_misspelled_or_regional(kb: ActorKB, text: str, words: str, code: str) -> None:
    assert actor_of(kb, text, words)[0] == code


@pytest.mark.parametrize(
    "text",
    ["Voters in Indiana went to the polls.", "Columbia University opened a campus.", "Mr. Morocca spoke."],
    ids=["longer-word-is-another-place", "one-letter-changed", "short-word"],
)
def test_other_words_near_a_state_name_are_no_state(kb: ActorKB, text: str) -> None:
    assert [m for m in mentions_in(text, kb, "2000-01-01") if m.actor.code] == []


TITLES_AND_ORGANS = [
    (
        "proper-modifier-after-possessive",
        "Sudan's Islamist government denied it.",
        "Sudan's Islamist government",
        "SDN",
    ),
    ("portfolio-title", "Chile's Planning Minister resigned.", "Chile's Planning Minister", "CHL"),
    (
        "proper-modifier-after-adjective",
        "Sudanese Islamist officials denied it.",
        "Sudanese Islamist officials",
        "SDN",
    ),
    (
        "minister-for-portfolio-and-name",
        "Minister for Interior Tariq Example banned a Pakistani rally.",
        "Minister for Interior Tariq Example",
        "PAK",
    ),
    ("historical-demonym", "Yugoslav troops crossed the border.", "Yugoslav troops", "YUG"),
    (
        "nationality-and-state-media",
        "Iranian state television showed the blast.",
        "Iranian state television",
        "IRN",
    ),
]


@pytest.mark.parametrize(
    ("text", "words", "code"), [t[1:] for t in TITLES_AND_ORGANS], ids=[t[0] for t in TITLES_AND_ORGANS]
)
def test_titles_and_organs_of_a_state(kb: ActorKB, text: str, words: str, code: str) -> None:
    assert actor_of(kb, text, words)[0] == code


@pytest.mark.parametrize(
    ("text", "words", "code"),
    [
        ("The rebel Houthi movement seized the port.", "rebel Houthi", "HOUTHIS"),
        ("Militant Islamic Jihad claimed the blast.", "Militant Islamic Jihad", "PIJ"),
    ],
    ids=["rebel-before-a-group", "militant-before-a-group"],
)
def test_agent_word_before_a_group_name_is_the_group(kb: ActorKB, text: str, words: str, code: str) -> None:
    assert actor_of(kb, text, words)[0] == code


ETHNIC = [
    ("minority-in-the-state-named", "Ethnic Greeks rallied on Sunday in southern Albania.", "Greeks", "ALB"),
    ("minority-fighters", "Ethnic Albanian rebels clashed with Serbian police.", "Albanian rebels", "SRB"),
    ("no-other-state-keeps-the-kin", "Ethnic Serbs marched.", "Serbs", "SRB"),
    ("placed-minority-stays", "Ethnic Russians in Latvia and Estonia protested.", "Russians", "LVA"),
    (
        "first-of-two-other-states",
        "Ethnic Hungarians protested against Slovakia's plan to move them to Austria.",
        "Hungarians",
        "SVK",
    ),
    (
        "in-a-state-wins-over-first-named",
        "Ethnic Turks clashed with Bulgarian police in Greece.",
        "Turks",
        "GRC",
    ),
    ("settlers", "Jewish settlers blocked a road near Nablus.", "Jewish settlers", "ISR"),
]


@pytest.mark.parametrize(("text", "words", "country"), [e[1:] for e in ETHNIC], ids=[e[0] for e in ETHNIC])
def test_ethnic_minorities_belong_where_they_live(kb: ActorKB, text: str, words: str, country: str) -> None:
    (mention,) = [m for m in mentions_in(text, kb, "2000-01-01") if text[m.start : m.end] == words]
    assert mention.actor.country == country


OTHER_OFFICES = [
    ("field-before-chief", "Cairo's security chief banned the march.", "Cairo's security chief", None),
    ("deputy-is-not-the-chief", "The deputy chief of Egypt's army resigned.", "chief of Egypt", None),
    ("plain-chief-is-the-leader", "Egypt's chief said no.", "Egypt's chief", "Hosni Mubarak"),
]


@pytest.mark.parametrize(
    ("text", "words", "person"), [o[1:] for o in OTHER_OFFICES], ids=[o[0] for o in OTHER_OFFICES]
)
def test_chief_of_a_field_is_not_the_leader(kb: ActorKB, text: str, words: str, person: str | None) -> None:
    (mention,) = [m for m in mentions_in(text, kb, "2005-01-01") if text[m.start : m.end] == words]
    assert mention.actor.code == "EGY"
    assert (mention.actor.name if mention.actor.kind == "person" else None) == person


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        ("Dutch Foreign Minister Jan van der Example arrived.", "Jan van der Example", "NLD"),
        ("President Omar El Bashir addressed the nation.", "Omar al-Bashir", "SDN"),
    ],
    ids=["two-particles-in-an-unknown-name", "arabic-article-spelled-apart"],
)
def test_name_particles_and_articles(kb: ActorKB, text: str, name: str, code: str) -> None:
    (person,) = [m.actor for m in mentions_in(text, kb, "2005-01-01") if m.actor.kind == "person"]
    assert (person.name, person.code) == (name, code)


@pytest.mark.parametrize(
    ("text", "words", "sector"),
    [
        ("Lebanese militiamen shelled the camp.", "Lebanese militiamen", "REB"),
        ("Afghan guerillas cut the power lines.", "Afghan guerillas", "REB"),
        ("Kenyan prisoners rioted at dawn.", "Kenyan prisoners", "CVL"),
        ("A Chilean negotiator arrived late.", "Chilean negotiator", "GOV"),
        ("The Polish contingent left the base.", "Polish contingent", "MIL"),
    ],
    ids=["militiamen", "one-r-guerillas", "prisoners", "negotiator", "contingent"],
)
def test_more_agent_nouns(kb: ActorKB, text: str, words: str, sector: str) -> None:
    (mention,) = [m for m in mentions_in(text, kb, "2000-01-01") if text[m.start : m.end] == words]
    assert (mention.actor.code is not None, mention.actor.sector) == (True, sector)


MORE_STATES = [
    ("nordic-prime-minister", "The Swedish prime minister flew to Riga.", "2010-01-01", "Fredrik Reinfeldt"),
    ("monarch-by-title", "King Juan Carlos opened parliament.", "2010-01-01", "Juan Carlos I"),
    ("west-african-president", "The Gabonese president met donors.", "2005-01-01", "Omar Bongo"),
    ("misspelt-without-accent", "President Compaore received the envoy.", "2010-01-01", "Blaise Compaoré"),
]


@pytest.mark.parametrize(
    ("text", "date", "name"), [m[1:] for m in MORE_STATES], ids=[m[0] for m in MORE_STATES]
)
def test_office_holders_of_more_states(kb: ActorKB, text: str, date: str, name: str) -> None:
    (person,) = [m.actor for m in mentions_in(text, kb, date) if m.actor.kind == "person"]
    assert person.name == name


def test_a_regnal_number_is_no_surname(kb: ActorKB) -> None:
    text = "King Abdullah II spoke first. I think the talks went well."
    got = [(text[m.start : m.end], m.actor.name) for m in mentions_in(text, kb, "2010-01-01")]
    assert got == [("King Abdullah II", "Abdullah II")]


NAME_SHAPES = [
    ("inner-capital", "Senator Julia McAllister spoke.", "Julia McAllister"),
    ("possessive-is-no-part-of-the-name", "Mayor Anna Rossini's plan failed.", "Anna Rossini"),
    ("hyphen-and-capital", "Sheikh Omar Abdel-Karim Haddad preached.", "Omar Abdel-Karim Haddad"),
]


@pytest.mark.parametrize(("text", "name"), [n[1:] for n in NAME_SHAPES], ids=[n[0] for n in NAME_SHAPES])
def test_shapes_of_unknown_names(kb: ActorKB, text: str, name: str) -> None:
    (person,) = [m.actor for m in mentions_in(text, kb, "2015-01-01") if m.actor.kind == "person"]
    assert person.name == name


NO_PERSON = [
    ("rank-before-an-institution", "General Hospital Transplant Clinic opened a ward."),
    ("office-of-an-association", "The president of the Human Rights League resigned."),
    ("honorific-and-a-short-name", "Prince Andrew stepped back from duties."),
    ("another-person-with-the-surname", "Michael Reagan wrote a memoir. Mr Reagan said it sold well."),
]


@pytest.mark.parametrize("text", [n[1] for n in NO_PERSON], ids=[n[0] for n in NO_PERSON])
def test_no_known_or_invented_person(kb: ActorKB, text: str) -> None:
    people = [m.actor for m in mentions_in(text, kb, "2000-01-01") if m.actor.kind == "person"]
    assert all(p.code is None and " " in p.name for p in people)
    assert not any(p.name in ("Ronald Reagan", "Kevin Andrews", "Hospital Transplant Clinic") for p in people)


def test_a_holiday_place_is_no_nationality(kb: ActorKB) -> None:
    text = "Premier Jane Example spent the holidays in Costa Rica."
    assert actor_of(kb, text, "Premier Jane Example", "2015-01-01")[0] is None


def test_a_province_is_not_the_state_its_name_recalls(kb: ActorKB) -> None:
    text = "The British Columbia Finance Minister spoke."
    assert [m.actor.code for m in mentions_in(text, kb, "2015-01-01") if m.actor.code] == []


@pytest.mark.parametrize(
    "text",
    ["Moscow-backed rebels shelled the town.", "Rebels backed by Moscow shelled the town."],
    ids=["x-backed", "backed-by-x"],
)
def test_a_backer_is_no_home_state(kb: ActorKB, text: str) -> None:
    (rebels,) = [m for m in mentions_in(text, kb, "1985-01-01") if m.actor.sector == "REB"]
    assert rebels.actor.code is None


def test_who_harms_civilians_is_no_home_of_theirs(kb: ActorKB) -> None:
    """ "Civilians were killed by Russian shelling": the civilians are not Russia's; rebels fought by
    Malian troops still are Mali's."""
    text = "Two civilians were killed by Russian shelling."
    (civilians,) = [m for m in mentions_in(text, kb, "2022-06-01") if m.actor.sector == "CVL"]
    assert civilians.actor.country != "RUS"
    (rebels,) = [
        m for m in mentions_in("Rebels were attacked by Malian troops.", kb) if m.actor.sector == "REB"
    ]
    assert rebels.actor.country == "MLI"


def test_former_capital_as_government(kb: ActorKB) -> None:
    assert actor_of(kb, "Bonn rejected the plan.", "Bonn", "1985-01-01")[0] == "DEU"


OLDER_GROUPS = [
    ("angolan-rebels", "UNITA rebels attacked a convoy.", "UNITA rebels", "AGO"),
    ("nicaraguan-rebels", "The Contras crossed from Honduras.", "Contras", "NIC"),
    ("lebanese-militia", "The Amal militia shelled the camps.", "Amal militia", "LBN"),
    ("un-force", "UNPROFOR troops left the enclave.", "UNPROFOR troops", None),
    ("afghan-fighters", "Afghan mujahideen shelled the airport.", "Afghan mujahideen", "AFG"),
]


@pytest.mark.parametrize(
    ("text", "words", "country"), [g[1:] for g in OLDER_GROUPS], ids=[g[0] for g in OLDER_GROUPS]
)
def test_groups_and_forces_of_older_news(kb: ActorKB, text: str, words: str, country: str | None) -> None:
    (mention,) = [m for m in mentions_in(text, kb, "1990-01-01") if text[m.start : m.end] == words]
    assert mention.actor.code is not None and mention.actor.country == country


def test_a_news_agency_tells_no_nationality(kb: ActorKB) -> None:
    text = "An Associated Press photographer watched Ambassador Ivan Example fall."
    assert actor_of(kb, text, "Ambassador Ivan Example", "2017-01-01")[0] is None


def test_a_rank_and_a_shared_surname_name_no_one(kb: ActorKB) -> None:
    text = "General Franco ruled for decades."
    assert [m for m in mentions_in(text, kb, "2017-01-01") if m.actor.kind == "person" and m.actor.code] == []


TITLE_VARIANTS = [
    (
        "known-surname-of-another-state",
        "Crown Prince Omar of Qatar spoke.",
        "Crown Prince Omar of Qatar",
        "QAT",
    ),
    ("vice-before-an-office", "Vice-Premier Li Example of China spoke.", "China", "CHN"),
    ("pope", "Pope John Paul II visited Warsaw.", "Pope John Paul II", "VAT"),
]


@pytest.mark.parametrize(
    ("text", "words", "code"), [t[1:] for t in TITLE_VARIANTS], ids=[t[0] for t in TITLE_VARIANTS]
)
def test_title_variants(kb: ActorKB, text: str, words: str, code: str) -> None:
    got = [(text[m.start : m.end], m.actor.code) for m in mentions_in(text, kb, "2000-01-01")]
    assert (words, code) in got
    assert not any(m.actor.name.startswith("Li ") for m in mentions_in(text, kb, "2000-01-01"))


@pytest.mark.parametrize(
    ("text", "words", "code", "sector"),
    [
        ("The Duma passed the bill.", "Duma", "RUS", "LEG"),
        ("The Sejm rejected the budget.", "Sejm", "POL", "LEG"),
        ("The Red Army crossed the river.", "Red Army", "SUN", "MIL"),
        ("Kyodo reported the quake.", "Kyodo", "KYODO", "MED"),
    ],
    ids=["duma", "sejm", "red-army", "news-agency"],
)
def test_parliaments_forces_and_agencies(kb: ActorKB, text: str, words: str, code: str, sector: str) -> None:
    (mention,) = [m for m in mentions_in(text, kb, "1990-01-01") if text[m.start : m.end] == words]
    assert (mention.actor.code, mention.actor.sector) == (code, sector)


@pytest.mark.parametrize(
    ("text", "words", "code", "sector"),
    [
        ("Two Palestinian suicide bombers blew themselves up.", "Palestinian suicide bombers", "PSE", "REB"),
        ("US bombers struck the base.", "US", "USA", None),
    ],
    ids=["suicide-bombers-are-attackers", "bombers-alone-are-aircraft"],
)
def test_attackers(kb: ActorKB, text: str, words: str, code: str, sector: str | None) -> None:
    (mention,) = [m for m in mentions_in(text, kb, "2000-01-01") if text[m.start : m.end] == words]
    assert (mention.actor.code, mention.actor.sector) == (code, sector)


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        ("Hosni Moubarak received the envoy.", "Hosni Mubarak", "EGY"),
        ("Talks with Boris Yeltsine ended.", "Boris Yeltsin", "RUS"),
    ],
    ids=["transliterated-surname", "french-spelling"],
)
def test_misspelled_full_name_without_a_title(kb: ActorKB, text: str, name: str, code: str) -> None:
    (person,) = [m.actor for m in mentions_in(text, kb, "1995-01-01") if m.actor.kind == "person"]
    assert (person.name, person.code) == (name, code)


@pytest.mark.parametrize(
    "text",
    ["Boris Johnston spoke.", "Vladimir Petrov spoke."],
    ids=["close-surname-far-from-the-term", "distant-surname"],
)
def test_a_first_name_alone_makes_no_match(kb: ActorKB, text: str) -> None:
    assert [m for m in mentions_in(text, kb, "1995-01-01") if m.actor.kind == "person"] == []


UNKNOWN_PARTIES = [
    (
        "party-and-a-state",
        "The Homeland Party asked the Latvian parliament for a vote.",
        "Homeland Party",
        "LVA",
    ),
    (
        "union-with-a-nationality",
        "Members of the Kenyan Dentists' Union went on strike.",
        "Kenyan Dentists' Union",
        "KEN",
    ),
    ("no-state", "The Green Alliance held a congress.", "Green Alliance", None),
]


@pytest.mark.parametrize(
    ("text", "words", "code"), [u[1:] for u in UNKNOWN_PARTIES], ids=[u[0] for u in UNKNOWN_PARTIES]
)
def test_parties_the_knowledge_lacks(kb: ActorKB, text: str, words: str, code: str | None) -> None:
    (mention,) = [m for m in mentions_in(text, kb, "2000-01-01") if text[m.start : m.end] == words]
    assert (mention.actor.kind, mention.actor.code) == ("party", code)


@pytest.mark.parametrize(
    "text",
    ["Talks Over Alliance Stall", "The Soviet Union and the European Union met.", "The Alliance met."],
    ids=["headline-words", "known-names", "one-word"],
)
def test_no_invented_party(kb: ActorKB, text: str) -> None:
    assert [m for m in mentions_in(text, kb, "2000-01-01") if m.actor.kind == "party"] == []


def test_fundamentalists_are_an_opposition_of_their_state(kb: ActorKB) -> None:
    text = "Islamic fundamentalists staged a strike against the Egyptian government."
    (mention,) = [m for m in mentions_in(text, kb, "2000-01-01") if m.actor.sector == "OPP"]
    assert (text[mention.start : mention.end], mention.actor.code) == ("fundamentalists", "EGY")


NESTED_OWNERS = [
    ("office-of-a-nationality-s-organ", "The leader of the Kenyan opposition spoke.", "KEN", "OPP", None),
    ("head-of-a-delegation", "The head of the Russian delegation spoke.", "RUS", "GOV", None),
    ("nationality-heading-a-name", "Workers of the Serbian Dockers' Union struck.", "SRB", None, "party"),
]


@pytest.mark.parametrize(
    ("text", "code", "sector", "kind"), [n[1:] for n in NESTED_OWNERS], ids=[n[0] for n in NESTED_OWNERS]
)
def test_agent_of_a_nationality_s_agent(
    kb: ActorKB, text: str, code: str, sector: str | None, kind: str | None
) -> None:
    (mention,) = [m for m in mentions_in(text, kb, "2005-01-01") if m.actor.code]
    assert mention.actor.kind != "person" and (mention.actor.code, mention.actor.sector) == (code, sector)
    assert kind is None or mention.actor.kind == kind
