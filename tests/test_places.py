"""Places: detection, false friends, resolution with context, borders, knowledge files."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwatch.errors import KnowledgeError
from eventwatch.places import geoparse
from eventwatch.places.gazetteer import Gazetteer
from eventwatch.places.names import fold
from eventwatch.records import Document

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.load()


def places_of(text: str, gazetteer: Gazetteer) -> list[tuple[str, str | None, str]]:
    return [(p.text, p.country, p.feature) for p in geoparse(text, gazetteer)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Turkish troops crossed into the north.", [("Turkish", "TUR", "country")]),
        ("Catalan leaders met the press.", [("Catalan", "ESP", "admin1")]),
        ("Talks resumed in Ankara.", [("Ankara", "TUR", "city")]),
        ("Aid reached the Gaza Strip.", [("Gaza Strip", "PSE", "region")]),
        ("Tankers slowed in the Strait of Hormuz.", [("Strait of Hormuz", None, "water")]),
        ("Fighting spread across Donbas.", [("Donbas", "UKR", "region")]),
        ("Patrols grew in the South China Sea.", [("South China Sea", None, "water")]),
        ("Water is scarce in the Fergana Valley.", [("Fergana Valley", None, "region")]),
        ("Floods hit Alberta.", [("Alberta", "CAN", "admin1")]),
        (
            "Paraguayan police raided a ranch in San Pedro.",
            [("Paraguayan", "PRY", "country"), ("San Pedro", "PRY", "admin1")],
        ),
        ("He was born in Columbia, Ky., in 1950.", [("Columbia", "USA", "city"), ("Ky.", "USA", "admin1")]),
        ("Let us hope the US responds.", [("US", "USA", "country")]),
        ("The U.S.-led coalition struck again.", [("U.S.", "USA", "country")]),
        ("Refugees waited in Cox's Bazar.", [("Cox's Bazar", "BGD", "city")]),
        ("Ships sailed from St. John's at dawn.", [("St. John's", "CAN", "city")]),
        ("Troops left Côte d'Ivoire.", [("Côte d'Ivoire", "CIV", "country")]),
    ],
    ids=[
        "adjective",
        "adjective-of-region",
        "city",
        "named-area",
        "strait",
        "disputed-region",
        "sea",
        "valley",
        "admin1",
        "department-of-paraguay",
        "abbreviated-state",
        "us-not-pronoun",
        "dotted-acronym",
        "possessive-inside-name",
        "possessive-at-name-end",
        "elided-article",
    ],
)
def test_finds_places(text: str, expected: list[tuple[str, str | None, str]], gazetteer: Gazetteer) -> None:
    assert places_of(text, gazetteer) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Reading the report, she frowned.",
        "Nice work, the coach told his players.",
        "The gunman shouted in Turkish, witnesses said.",
        "Michael Jordan signed autographs.",
        "Jordan Peterson gave a lecture.",
        "Mobile phones were banned and mobile data was cut.",
        "Vladimir Putin spoke by video link.",
        "Real Madrid won the cup.",
        "She speaks fluent French at work.",
        "Wal-Mart opened a store.",
        "EU Commission officials met on Monday.",
        "Amazon shares fell.",
        "The English-language daily closed.",
    ],
    ids=[
        "gerund",
        "adjective-word",
        "language",
        "surname",
        "given-name",
        "common-noun",
        "person",
        "club",
        "spoken-language",
        "hyphenated-name",
        "acronym-at-line-start",
        "company",
        "language-compound",
    ],
)
def test_false_friends_are_not_places(text: str, gazetteer: Gazetteer) -> None:
    assert places_of(text, gazetteer) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Donald Trump won Pennsylvania.", [("Pennsylvania", "USA")]),
        ("Murphy said the bridge in Asheville would reopen.", [("Asheville", "USA")]),
        ("Part of the road collapsed.", []),
        ("The Act was passed in NSW last year.", [("NSW", "AUS")]),
        ("Officers of the Edmonton Police Service made arrests.", [("Edmonton", "CAN")]),
        ("Fighters left al-Raqqa at dawn.", [("al-Raqqa", "SYR")]),
        ("DETROIT The city council met on Monday.", [("DETROIT", "USA")]),
    ],
    ids=[
        "given-name",
        "speaker-surname",
        "old-name-at-sentence-start",
        "acronym-needs-capitals",
        "institution-after-city",
        "arabic-article",
        "dateline-without-dash",
    ],
)
def test_names_beside_places(text: str, expected: list[tuple[str, str]], gazetteer: Gazetteer) -> None:
    assert [(p.text, p.country) for p in geoparse(text, gazetteer)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Airstrikes hit Idlib province overnight.", [("Idlib province", "SYR", "admin1")]),
        ("Shelling continued in the Kherson region.", [("Kherson region", "UKR", "admin1")]),
        ("Deputies from Adair County found the car.", [("Adair County", "USA", "region")]),
        ("The final was played at the Stade de France.", [("France", "FRA", "country")]),
    ],
    ids=["town-province", "oblast-alias", "us-county", "longer-name-with-de"],
)
def test_areas_named_after_towns(
    text: str, expected: list[tuple[str, str, str]], gazetteer: Gazetteer
) -> None:
    assert places_of(text, gazetteer) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("LOUISVILLE, KY -- The firm said sales rose.", [("LOUISVILLE", "Kentucky"), ("KY", None)]),
        ("He moved to Austin, TX, in May.", [("Austin", "Texas"), ("TX", None)]),
        ("PARIS, Mo. — The fair opened.", [("PARIS", "Missouri"), ("Mo.", None)]),
        ("Talks went on in PARIS and BERLIN.", []),
    ],
    ids=["postal-code", "postal-code-mid-sentence", "dateline-in-capitals", "capitals-outside-a-dateline"],
)
def test_towns_with_state_codes(
    text: str, expected: list[tuple[str, str | None]], gazetteer: Gazetteer
) -> None:
    assert [(p.text, p.admin1) for p in geoparse(text, gazetteer)] == expected


def test_unlisted_village_sits_at_the_place_named_beside_it(gazetteer: Gazetteer) -> None:
    text = "Buses left the villages of Qaryat Zor and Tell Xyzzy in Idlib province."
    places = {p.text: p for p in geoparse(text, gazetteer)}
    idlib, village = places["Idlib province"], places["Tell Xyzzy"]
    assert (village.country, village.lat, village.lon, village.geonames_id) == (
        "SYR",
        idlib.lat,
        idlib.lon,
        None,
    )
    assert "Qaryat Zor" in places


def test_a_name_keeps_the_sense_its_dateline_gave_it(gazetteer: Gazetteer) -> None:
    text = "LONDON, Ky. (WKYT) - London Police arrested two men near the London bypass."
    found = [p.admin1 for p in geoparse(text, gazetteer) if p.text.lower() == "london"]
    assert found == ["Kentucky"] * 3


def test_county_in_the_state_the_story_is_about(gazetteer: Gazetteer) -> None:
    text = "BOWLING GREEN, Ky. — Warren County deputies met officers from Franklin, Tenn., and Louisville."
    county = next(p for p in geoparse(text, gazetteer) if p.text == "Warren County")
    assert (county.country, county.admin1) == ("USA", "Kentucky")


def test_towns_named_together_support_each_other(gazetteer: Gazetteer) -> None:
    text = "Pupils from a school in Edmonton cooked for judges in Enfield and Tottenham."
    assert {p.country for p in geoparse(text, gazetteer)} == {"GBR"}


def test_small_namesakes_do_not_beat_world_cities(gazetteer: Gazetteer) -> None:
    text = (
        "Officials in Washington, New York and Chicago said flights from Sydney and Melbourne were cancelled."
    )
    found = {p.text: p.country for p in geoparse(text, gazetteer)}
    assert (found["Sydney"], found["Melbourne"], found["Chicago"]) == ("AUS", "AUS", "USA")


def test_a_town_cluster_cannot_vouch_for_itself(gazetteer: Gazetteer) -> None:
    text = "A farmer from Paris, Texas, flew to Atlanta and Savannah for the Georgia state fair."
    found = {p.text: (p.country, p.admin1) for p in geoparse(text, gazetteer)}
    assert found["Atlanta"] == ("USA", "Georgia") and found["Savannah"] == ("USA", "Georgia")


def test_shared_region_lists_its_states(gazetteer: Gazetteer) -> None:
    (place,) = geoparse("Migrants crossed Central Asia.", gazetteer)
    assert place.country is None and set(place.countries) == {"KAZ", "KGZ", "TJK", "TKM", "UZB"}


def test_headline_in_title_case_trusts_only_known_towns(gazetteer: Gazetteer) -> None:
    text = "Leaders Meet In Paris As Protesters March In Mobile And Hope\nThe talks in Paris ended late."
    assert [p.text for p in geoparse(text, gazetteer)] == ["Paris", "Paris"]


def test_surname_of_a_city_stays_a_person(gazetteer: Gazetteer) -> None:
    text = "Finance minister Juan Santos met bankers. Santos promised lower rates."
    assert places_of(text, gazetteer) == []


def test_surname_leaves_the_country_alone(gazetteer: Gazetteer) -> None:
    text = "Jordan's King Abdullah met the envoy. Michael Jordan later opened a clinic."
    assert places_of(text, gazetteer) == [("Jordan", "JOR", "country")]


def test_person_named_like_a_country_stays_a_person(gazetteer: Gazetteer) -> None:
    text = "Georgia Mills skated first. Later Georgia said she was proud of the medal."
    assert places_of(text, gazetteer) == []


@pytest.mark.parametrize(
    ("text", "surface", "country", "feature"),
    [
        ("Georgia and Russia fought over South Ossetia.", "Georgia", "GEO", "country"),
        ("Storms swept Alabama, Georgia and Florida.", "Georgia", "USA", "admin1"),
        ("Protesters marched in Cairo and Alexandria.", "Alexandria", "EGY", "city"),
        ("A federal court in Alexandria, Va., heard the case.", "Alexandria", "USA", "city"),
        ("Militias clashed in Tripoli after the Libyan talks failed.", "Tripoli", "LBY", "city"),
        ("Syrian refugees in Lebanon fled clashes in Tripoli.", "Tripoli", "LBN", "city"),
        ("The attack in Nice, France, killed 86 people.", "Nice", "FRA", "city"),
        ("Officials in London, Ontario, closed the schools.", "London", "CAN", "city"),
        ("EDMONTON — Police closed the bridge on Monday.", "EDMONTON", "CAN", "city"),
    ],
    ids=[
        "georgia-country",
        "georgia-state",
        "alexandria-egypt",
        "alexandria-virginia",
        "tripoli-libya",
        "tripoli-lebanon",
        "nice-qualified",
        "london-ontario",
        "dateline",
    ],
)
def test_context_chooses_the_meaning(
    text: str, surface: str, country: str, feature: str, gazetteer: Gazetteer
) -> None:
    found = {(p.text, p.country, p.feature) for p in geoparse(text, gazetteer)}
    assert (surface, country, feature) in found


def test_spelling_variants_meet(gazetteer: Gazetteer) -> None:
    plain, marked = geoparse("Kandahar", gazetteer), geoparse("Kandahār", gazetteer)
    assert fold("Kandahār") == "kandahar"
    assert plain[0].geonames_id == marked[0].geonames_id and plain[0].country == "AFG"


def test_no_break_space_inside_a_name(gazetteer: Gazetteer) -> None:
    assert places_of("Flights to New\u00a0York resumed.", gazetteer) == [("New\u00a0York", "USA", "city")]


def test_offsets_point_at_the_words(gazetteer: Gazetteer) -> None:
    text = "After Kabul fell, envoys flew from Dushanbe to Moscow."
    for place in geoparse(text, gazetteer):
        assert text[place.start : place.end] == place.text


@pytest.mark.parametrize(
    ("text", "surface", "countries"),
    [
        ("Troops massed on the Tajik-Afghan border.", "Tajik-Afghan border", ("TJK", "AFG")),
        (
            "Shelling hit the border between Armenia and Azerbaijan.",
            "border between Armenia and Azerbaijan",
            ("ARM", "AZE"),
        ),
        ("Turkey's long border with Syria is closed.", "Turkey's long border with Syria", ("TUR", "SYR")),
        ("Trucks queued at the U.S.-Mexico border.", "U.S.-Mexico border", ("USA", "MEX")),
        ("Mines lie along the border of Iran and Iraq.", "border of Iran and Iraq", ("IRN", "IRQ")),
        (
            "Chile shares a long border with Argentina.",
            "Chile shares a long border with Argentina",
            ("CHL", "ARG"),
        ),
    ],
    ids=["adjective-pair", "between", "possessive-with", "name-pair", "border-of", "shares-a-border"],
)
def test_borders_are_one_place(
    text: str, surface: str, countries: tuple[str, str], gazetteer: Gazetteer
) -> None:
    borders = [p for p in geoparse(text, gazetteer) if p.feature == "border"]
    assert [(b.text, b.countries, b.country) for b in borders] == [(surface, countries, countries[0])]
    assert text[borders[0].start : borders[0].end] == surface


def test_russia_turkey_ties_are_not_a_border(gazetteer: Gazetteer) -> None:
    assert all(p.feature != "border" for p in geoparse("Russia-Turkey ties improved.", gazetteer))


def test_document_gets_places(gazetteer: Gazetteer) -> None:
    doc = Document(id="d1", origin="test", text="Leaders met in Dushanbe.")
    assert [p.name for p in geoparse_document_places(doc, gazetteer)] == ["Dushanbe"]


def geoparse_document_places(doc: Document, gazetteer: Gazetteer) -> list:
    from eventwatch.places import geoparse_document

    return geoparse_document(doc, gazetteer).places


def test_user_file_extends_the_gazetteer(tmp_path: Path) -> None:
    extra = tmp_path / "my_places.yaml"
    extra.write_text("places:\n  - {name: Camp Zulu, feature: other, lat: 10.5, lon: 20.25, country: TCD}\n")
    places = geoparse("Supplies reached Camp Zulu.", Gazetteer.load([extra]))
    assert [(p.text, p.country, p.lat) for p in places] == [("Camp Zulu", "TCD", 10.5)]


@pytest.mark.parametrize(
    ("content", "where"),
    [
        ("places:\n  - {name: Camp Zulu, feature: other, lat: 95, lon: 20, country: TCD}\n", ":2:"),
        ("places:\n  - {name: Camp Zulu, feature: moon, lat: 5, lon: 20}\n", ":2:"),
        ("places:\n  - {name: Camp Zulu, lat: 5, lon: 20, country: Chad}\n", ":2:"),
        ("places: [\n", ":"),
        ("places:\n  - {name: Camp Zulu, lattitude: 5, lat: 5, lon: 20}\n", ":2: unknown keys lattitude"),
    ],
    ids=["latitude", "feature", "country-code", "broken-yaml", "misspelt-key"],
)
def test_bad_user_file_names_file_and_line(tmp_path: Path, content: str, where: str) -> None:
    extra = tmp_path / "bad_places.yaml"
    extra.write_text(content)
    with pytest.raises(KnowledgeError, match=rf"bad_places\.yaml{where}"):
        Gazetteer.load([extra])


def test_bad_tsv_row_names_file_and_line(tmp_path: Path) -> None:
    extra = tmp_path / "regions.tsv"
    extra.write_text("iso3\tcode\tname\tlat\tlon\taliases\nUSA\tXX\tNowhere\tnorth\t10\t\n")
    with pytest.raises(KnowledgeError, match=r"regions\.tsv:2: 'north' is not a coordinate"):
        Gazetteer.load([extra])


@pytest.mark.skipif(not (SHARED / "seed").is_dir(), reason="needs ../shared")
def test_seed_page(gazetteer: Gazetteer) -> None:
    places = geoparse((SHARED / "seed" / "csto-dushanbe.txt").read_text(encoding="utf-8"), gazetteer)
    dushanbe = next(p for p in places if p.text == "Dushanbe")
    assert (dushanbe.country, dushanbe.feature) == ("TJK", "city")
    assert abs(dushanbe.lat - 38.54) < 0.1 and abs(dushanbe.lon - 68.78) < 0.1
    border = next(p for p in places if p.text.endswith("Tajik-Afghan border"))
    assert (border.feature, border.countries) == ("border", ("TJK", "AFG"))
    assert {(p.country, p.feature) for p in places if p.text == "Kabul"} == {("AFG", "city")}
