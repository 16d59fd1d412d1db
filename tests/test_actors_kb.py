"""The actor knowledge files: loading, validation errors with file and line, user files, memberships, cost."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from eventwatch.actors.kb import ActorKB
from eventwatch.actors.resolve import ActorResolver
from eventwatch.cli_actors import actors_app
from eventwatch.errors import KnowledgeError

OFFICE_HEADER = "name\taliases\tcode\trole\tstart\tend\n"


@pytest.fixture(scope="module")
def kb() -> ActorKB:
    return ActorKB.load()


def write(tmp_path: Path, body: str, name: str = "user.tsv") -> Path:
    path = tmp_path / name
    path.write_text(body, encoding="utf-8")
    return path


BROKEN = [
    (
        "unknown-role",
        OFFICE_HEADER + "Ann Example\t\tRUS\tqueen mother\t2020-01-01\t\n",
        "user.tsv:2:",
        "role",
    ),
    (
        "bad-date",
        OFFICE_HEADER + "# a comment\nAnn Example\t\tRUS\thead of state\t2020-13\t\n",
        "user.tsv:3:",
        "date",
    ),
    (
        "end-before-start",
        OFFICE_HEADER + "Ann Example\t\tRUS\thead of state\t2020-01-01\t2019-01-01\n",
        ":2:",
        "before",
    ),
    (
        "unknown-code",
        OFFICE_HEADER + "Ann Example\t\tXYZ\thead of state\t2020-01-01\t\n",
        ":2:",
        "unknown code",
    ),
    (
        "too-many-columns",
        OFFICE_HEADER + "Ann\t\tRUS\thead of state\t2020-01-01\t\textra\n",
        ":2:",
        "columns",
    ),
]


@pytest.mark.parametrize(("body", "where", "why"), [b[1:] for b in BROKEN], ids=[b[0] for b in BROKEN])
def test_bad_user_file_names_file_and_line(tmp_path: Path, body: str, where: str, why: str) -> None:
    with pytest.raises(KnowledgeError) as error:
        ActorKB.load([write(tmp_path, body)])
    assert where in str(error.value) and why in str(error.value)


def test_other_stages_files_are_left_alone(tmp_path: Path) -> None:
    places = write(tmp_path, "iso3\tlat\tlon\taliases\tadjectives\nTJK\t38.5\t68.8\t\t\n", "places.tsv")
    triggers = write(tmp_path, "triggers: []\n", "triggers.yaml")
    assert ActorResolver.load([places, triggers]).lookup("Tajikistan") is not None


def test_validate_names_a_foreign_header(tmp_path: Path) -> None:
    result = CliRunner().invoke(actors_app, ["validate", str(write(tmp_path, "who\twhen\nAnn\t2020\n"))])
    assert result.exit_code == 1 and "user.tsv:1: unknown header" in result.output


def test_missing_user_file_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(KnowledgeError, match="missing.tsv"):
        ActorKB.load([tmp_path / "missing.tsv"])


def test_user_officeholder_extends_and_is_dated(tmp_path: Path) -> None:
    path = write(tmp_path, OFFICE_HEADER + "Ann Example\tA. Example\tCSTO\tsecretary general\t2040-01-01\t\n")
    actors = ActorResolver.load([path])
    actor = actors.lookup("the CSTO secretary general", "2041-05-05")
    assert actor is not None and (actor.name, actor.code, actor.role) == (
        "Ann Example",
        "CSTO",
        "secretary general",
    )
    assert actors.lookup("A. Example", "2041-05-05") == actor.__class__("A. Example", *_tail(actor))


PEOPLE_HEADER = "name\taliases\tcode\tsector\tstart\tend\n"


def test_a_notable_person_acts_for_their_side_in_its_sector(tmp_path: Path) -> None:
    """Commanders, opposition leaders, leaders of armed groups: no office, but a side and a sector."""
    body = (
        PEOPLE_HEADER
        + "Ann Example\tGeneral Example\tKEN\tMIL\t2001-01-01\t2019-12-31\n"
        + "Bo Sample\t\tHAMAS\tREB\t\t\n"
    )
    actors = ActorResolver.load([write(tmp_path, body)])
    general = actors.lookup("Ann Example", "2010-06-01")
    assert general is not None and (general.code, general.country, general.kind, general.sector) == (
        "KEN",
        "KEN",
        "person",
        "MIL",
    )
    leader = actors.lookup("Bo Sample", "2024-01-01")
    assert leader is not None and (leader.code, leader.country, leader.sector) == ("HAMAS", "PSE", "REB")


def test_an_office_held_on_the_day_outranks_a_side(tmp_path: Path) -> None:
    """A commander who later led the state is the commander before and the head of state after."""
    body = PEOPLE_HEADER + "Ann Example\t\tKEN\tMIL\t2001-01-01\t2009-12-31\n"
    office = OFFICE_HEADER + "Ann Example\t\tKEN\thead of state\t2010-01-01\t\n"
    actors = ActorResolver.load([write(tmp_path, body), write(tmp_path, office, "office.tsv")])
    before, after = actors.lookup("Ann Example", "2005-01-01"), actors.lookup("Ann Example", "2012-01-01")
    assert before is not None and (before.sector, before.role) == ("MIL", None)
    assert after is not None and (after.sector, after.role) == ("GOV", "head of state")


@pytest.mark.parametrize(
    ("row", "why"),
    [
        ("Ann Example\t\tXYZ\tMIL\t\t\n", "unknown code"),
        ("Ann Example\t\tKEN\tGENERAL\t\t\n", "sector"),
        ("Ann Example\t\tKEN\tMIL\t2020-01-01\t2019-01-01\n", "before"),
    ],
    ids=["unknown-code", "unknown-sector", "end-before-start"],
)
def test_a_bad_people_row_names_its_line(tmp_path: Path, row: str, why: str) -> None:
    with pytest.raises(KnowledgeError) as error:
        ActorKB.load([write(tmp_path, PEOPLE_HEADER + row)])
    assert ":2:" in str(error.value) and why in str(error.value)


def test_an_undated_question_is_answered_on_the_knowledge_s_latest_day(tmp_path: Path) -> None:
    """Not on the machine's clock: a term starting in 2040 is the present of this knowledge."""
    path = write(tmp_path, OFFICE_HEADER + "Ann Example\tA. Example\tCSTO\tsecretary general\t2040-01-01\t\n")
    actors = ActorResolver.load([path])
    assert actors.kb.latest_day == "2040-01-01"
    actor = actors.lookup("the CSTO secretary general")
    assert actor is not None and actor.name == "Ann Example"


def test_the_latest_day_of_the_built_in_knowledge_is_a_term_or_membership_date(kb: ActorKB) -> None:
    days = {d for p in kb.persons for t in p.terms for d in (t.start, t.end)}
    days |= {d for rows in kb.memberships.values() for m in rows for d in (m.start, m.end)}
    assert kb.latest_day == max(days - {""})


def _tail(actor: object) -> tuple:
    return tuple(getattr(actor, f) for f in ("name", "code", "country", "kind", "sector", "role"))


def test_user_state_row_overrides_the_built_in_one(tmp_path: Path) -> None:
    header = "code\tname\taliases\tadjectives\tpeople\tprefixes\tcapitals\tseats\tleader\n"
    path = write(tmp_path, header + "TJK\tTajikistan\t\tTajik|Tadzhik\t\t\tDushanbe\tKokhi Millat\t\n")
    actor = ActorResolver.load([path]).lookup("Tadzhik")
    assert actor is not None and actor.code == "TJK"


@pytest.mark.parametrize(
    ("text", "name"),
    [("the Security Council", "UN Security Council"), ("the UN refugee agency", "UNHCR")],
    ids=["council", "agency"],
)
def test_an_organ_of_the_un_is_coded_as_the_un_under_its_own_name(text: str, name: str) -> None:
    actor = ActorResolver.load().lookup(text)
    assert actor is not None and (actor.code, actor.name) == ("UN", name)


def test_a_user_organ_acts_under_its_parent_code(tmp_path: Path) -> None:
    header = "code\tname\taliases\tkind\tnouns\tparent\n"
    path = write(tmp_path, header + "XCOM\tExample Trade Commission\tXCOM\tigo\tcommission\tEU\n")
    actor = ActorResolver.load([path]).lookup("the Example Trade Commission")
    assert actor is not None and (actor.code, actor.name) == ("EU", "Example Trade Commission")


MEMBERS = [
    ("CSTO", "2021-09-17", "TJK", True),
    ("CSTO", "2021-09-17", "UZB", False),
    ("CSTO", "2010-01-01", "UZB", True),
    ("NATO", "2022-06-01", "FIN", False),
    ("NATO", "2024-06-01", "FIN", True),
    ("NATO", "2024-06-01", "SWE", True),
    ("EU", "2019-06-01", "GBR", True),
    ("EU", "2021-06-01", "GBR", False),
    ("SCO", "2016-06-01", "IND", False),
    ("SCO", "2018-06-01", "IND", True),
    ("BRICS", "2024-06-01", "IRN", True),
    ("CIS", "2020-06-01", "UKR", False),
    ("CIS", "2010-06-01", "UKR", True),
    ("LAS", "2015-06-01", "SYR", False),
    ("LAS", "2024-06-01", "SYR", True),
    ("ECOWAS", "2025-06-01", "MLI", False),
]


@pytest.mark.parametrize(
    ("org", "date", "state", "member"), MEMBERS, ids=[f"{m[0]}-{m[2]}-{m[1]}" for m in MEMBERS]
)
def test_membership_on_a_date(kb: ActorKB, org: str, date: str, state: str, member: bool) -> None:
    assert (state in kb.members(org, date)) is member


def test_observers_are_apart_from_members(kb: ActorKB) -> None:
    assert "AFG" in kb.members("SCO", "2021-09-17", status="observer")
    assert "AFG" not in kb.members("SCO", "2021-09-17")


def test_at_least_sixty_organisations_with_members(kb: ActorKB) -> None:
    assert len([o for o in kb.orgs.values() if o.kind == "igo"]) >= 60
    for org in (
        "UN",
        "NATO",
        "EU",
        "AU",
        "ASEAN",
        "SCO",
        "CSTO",
        "CIS",
        "EAEU",
        "GCC",
        "OSCE",
        "LAS",
        "OPEC",
    ):
        assert kb.members(org, "2021-09-17"), org


def test_every_iso_state_is_known(kb: ActorKB) -> None:
    import pycountry

    sovereign = {c.alpha_3 for c in pycountry.countries if c.alpha_3 not in _TERRITORIES_WITHOUT_ROWS}
    assert sovereign - set(kb.states) == set()


_TERRITORIES_WITHOUT_ROWS = {
    "ATA",
    "ATF",
    "BVT",
    "HMD",
    "IOT",
    "SGS",
    "UMI",
    "ALA",
    "CCK",
    "CXR",
    "NFK",
    "PCN",
}


def test_cli_lookup_prints_the_contract_actor() -> None:
    result = CliRunner().invoke(actors_app, ["lookup", "the Russian president", "--date", "2010-06-01"])
    assert result.exit_code == 0
    assert json.loads(result.output) == {
        "text": "Russian president",
        "name": "Dmitry Medvedev",
        "code": "RUS",
        "country": "RUS",
        "kind": "person",
        "sector": "GOV",
        "role": "head of state",
    }


def test_cli_validate_reports_every_problem_with_its_line(tmp_path: Path) -> None:
    body = OFFICE_HEADER + "Ann\t\tRUS\tqueen mother\t2020-01-01\t\nBob\t\tXYZ\thead of state\t2020-01-01\t\n"
    result = CliRunner().invoke(actors_app, ["validate", str(write(tmp_path, body))])
    assert result.exit_code == 1
    assert [line.split(": ")[0].rsplit(":", 1)[1] for line in result.output.splitlines()] == ["2", "3"]


def test_cli_validate_accepts_a_good_file(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        actors_app, ["validate", str(write(tmp_path, OFFICE_HEADER + "Ann\t\tRUS\tpresident\t2020\t\n"))]
    )
    assert result.exit_code == 0 and "ok" in result.output


def test_a_code_is_looked_up_as_written_a_name_is_not_a_code() -> None:
    actors = ActorResolver.load()
    benin = actors.lookup("BEN")
    assert benin is not None and benin.code == "BEN"
    assert actors.lookup("Ben") is None
