"""Office-holder data for Central Asia, the Caucasus, the Middle East and Eastern Europe: shape and facts."""

from __future__ import annotations

import csv
import datetime as dt
import itertools
from collections import defaultdict
from pathlib import Path
from typing import NamedTuple

import pycountry
import pytest

TSV = Path(__file__).parents[1] / "src/eventwatch/knowledge/actors/officeholders-regions.tsv"
HEADER = ["name", "aliases", "code", "role", "start", "end"]
ROLES = {"head of state", "head of government", "foreign minister", "defence minister"}


def codes(text: str) -> frozenset[str]:
    """A set of ISO codes written as one space-separated string."""
    return frozenset(text.split())


REGION = codes(
    "KAZ KGZ TJK TKM UZB ARM AZE GEO IRN IRQ SYR LBN JOR ISR PSE EGY YEM OMN ARE QAT BHR KWT AFG "
    "UKR BLR MDA POL ROU BGR HUN CZE SVK EST LVA LTU SRB"
)
OPEN_END = dt.date(2026, 11, 30)
MAX_OVERLAP = dt.timedelta(days=31)


class Term(NamedTuple):
    """One parsed row, with the line it came from."""

    line: int
    name: str
    aliases: list[str]
    code: str
    role: str
    start: dt.date
    end: dt.date | None

    @property
    def last_day(self) -> dt.date:
        """End date, with an open term running to the end of the covered period."""
        return self.end or OPEN_END


def raw_rows() -> list[tuple[int, list[str]]]:
    """Non-comment lines of the file split on tabs, numbered as in the file."""
    with TSV.open(encoding="utf-8", newline="") as handle:
        numbered = enumerate(csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE), start=1)
        return [(n, row) for n, row in numbered if row and not row[0].startswith("#")]


def parse(line: int, row: list[str]) -> Term:
    """Turn one data row into a Term (raises ValueError on a bad date)."""
    name, aliases, code, role, start, end = row
    return Term(
        line,
        name,
        [a for a in aliases.split("|") if a],
        code,
        role,
        dt.date.fromisoformat(start),
        dt.date.fromisoformat(end) if end else None,
    )


def terms() -> list[Term]:
    """All data rows after the header."""
    return [parse(n, row) for n, row in raw_rows()[1:]]


def holder(code: str, role: str, on: str) -> list[str]:
    """Names of everyone holding the office on a day, latest start first."""
    day = dt.date.fromisoformat(on)
    found = [t for t in terms() if t.code == code and t.role == role and t.start <= day <= t.last_day]
    return [t.name for t in sorted(found, key=lambda t: t.start, reverse=True)]


def test_header_is_the_first_data_line() -> None:
    assert raw_rows()[0][1] == HEADER


def test_file_starts_with_schema_comments() -> None:
    first = TSV.read_text(encoding="utf-8").splitlines()[:3]
    assert all(line.startswith("#") for line in first)


def test_every_row_has_six_fields() -> None:
    bad = [n for n, row in raw_rows() if len(row) != len(HEADER)]
    assert not bad, f"lines with the wrong number of fields: {bad}"


def test_dates_are_valid_and_ordered() -> None:
    bad = [t.line for t in terms() if t.end is not None and t.end < t.start]
    assert not bad, f"lines ending before they start: {bad}"


def test_codes_are_iso_alpha3_of_the_covered_states() -> None:
    for term in terms():
        assert pycountry.countries.get(alpha_3=term.code) is not None, term
        assert term.code in REGION, f"line {term.line}: {term.code} belongs in another file"


def test_roles_are_in_the_vocabulary() -> None:
    bad = [(t.line, t.role) for t in terms() if t.role not in ROLES]
    assert not bad


def test_aliases_are_full_forms_not_bare_surnames() -> None:
    bad = [(t.line, a) for t in terms() for a in t.aliases if len(a.split()) < 2]
    assert not bad, f"single-word aliases: {bad}"


def test_aliases_do_not_repeat_the_name() -> None:
    bad = [t.line for t in terms() if t.name in t.aliases or len(set(t.aliases)) != len(t.aliases)]
    assert not bad


def test_names_and_aliases_have_no_stray_whitespace() -> None:
    bad = [t.line for t in terms() for text in [t.name, *t.aliases] if text != text.strip() or "  " in text]
    assert not bad


def test_terms_of_one_office_do_not_overlap() -> None:
    offices: dict[tuple[str, str], list[Term]] = defaultdict(list)
    for term in terms():
        offices[term.code, term.role].append(term)
    clashes = []
    for held in offices.values():
        for a, b in itertools.combinations(held, 2):
            shared = min(a.last_day, b.last_day) - max(a.start, b.start)
            if shared > MAX_OVERLAP:
                clashes.append((a.line, b.line))
    assert not clashes, f"overlapping terms (line pairs): {clashes}"


@pytest.mark.parametrize("code", sorted(REGION))
def test_every_covered_state_has_a_leader_in_2020(code: str) -> None:
    assert holder(code, "head of state", "2020-06-01") or holder(code, "head of government", "2020-06-01")


def spot(code: str, role: str, on: str, name: str) -> object:
    """One expected office-holder, with a readable test id."""
    return pytest.param(code, role, on, name, id=f"{code}-{role.replace(' ', '-')}-{on}")


HS, HG, FM, DM = "head of state", "head of government", "foreign minister", "defence minister"

SPOT_CHECKS = [
    spot("TJK", HS, "2021-09-16", "Emomali Rahmon"),
    spot("TJK", FM, "2016-01-01", "Sirojiddin Muhriddin"),
    spot("TJK", DM, "2010-01-01", "Sherali Khayrulloyev"),
    spot("UKR", HS, "2015-01-01", "Petro Poroshenko"),
    spot("UKR", HS, "2008-01-01", "Viktor Yushchenko"),
    spot("UKR", HS, "2022-03-01", "Volodymyr Zelensky"),
    spot("UKR", HS, "2014-04-01", "Oleksandr Turchynov"),
    spot("UKR", HG, "2012-06-01", "Mykola Azarov"),
    spot("UKR", FM, "2022-06-01", "Dmytro Kuleba"),
    spot("UKR", DM, "2022-06-01", "Oleksii Reznikov"),
    spot("UKR", DM, "2024-06-01", "Rustem Umerov"),
    spot("IRN", HS, "2010-01-01", "Ali Khamenei"),
    spot("IRN", HG, "2015-07-14", "Hassan Rouhani"),
    spot("IRN", HG, "2008-05-01", "Mahmoud Ahmadinejad"),
    spot("IRN", FM, "2015-07-14", "Mohammad Javad Zarif"),
    spot("ISR", HG, "2006-07-15", "Ehud Olmert"),
    spot("ISR", HG, "2021-12-01", "Naftali Bennett"),
    spot("ISR", DM, "2006-07-15", "Amir Peretz"),
    spot("ISR", DM, "2023-10-08", "Yoav Gallant"),
    spot("ISR", HS, "2010-01-01", "Shimon Peres"),
    spot("SYR", HS, "2013-08-21", "Bashar al-Assad"),
    spot("SYR", HS, "2025-06-01", "Ahmed al-Sharaa"),
    spot("SYR", FM, "2015-09-30", "Walid Muallem"),
    spot("AFG", HS, "2010-01-01", "Hamid Karzai"),
    spot("AFG", HS, "2023-01-01", "Hibatullah Akhundzada"),
    spot("AFG", FM, "2022-01-01", "Amir Khan Muttaqi"),
    spot("KAZ", HS, "2022-01-05", "Kassym-Jomart Tokayev"),
    spot("KAZ", HS, "2010-01-01", "Nursultan Nazarbayev"),
    spot("KGZ", HS, "2010-06-15", "Roza Otunbayeva"),
    spot("KGZ", HS, "2022-09-16", "Sadyr Japarov"),
    spot("UZB", HS, "2005-05-13", "Islam Karimov"),
    spot("UZB", HS, "2020-01-01", "Shavkat Mirziyoyev"),
    spot("ARM", HG, "2020-10-01", "Nikol Pashinyan"),
    spot("ARM", HS, "2012-01-01", "Serzh Sargsyan"),
    spot("AZE", HS, "2020-10-01", "Ilham Aliyev"),
    spot("AZE", DM, "2020-10-01", "Zakir Hasanov"),
    spot("GEO", HS, "2008-08-08", "Mikheil Saakashvili"),
    spot("GEO", DM, "2008-08-08", "Davit Kezerashvili"),
    spot("BLR", HS, "2020-08-09", "Alexander Lukashenko"),
    spot("IRQ", HS, "2002-01-01", "Saddam Hussein"),
    spot("IRQ", HG, "2010-01-01", "Nouri al-Maliki"),
    spot("EGY", HS, "2011-05-01", "Mohamed Hussein Tantawi"),
    spot("EGY", HS, "2012-12-01", "Mohamed Morsi"),
    spot("POL", HS, "2007-01-01", "Lech Kaczyński"),
    spot("POL", HG, "2016-01-01", "Beata Szydło"),
    spot("PSE", HS, "2010-01-01", "Mahmoud Abbas"),
    spot("LBN", HG, "2005-02-14", "Omar Karami"),
    spot("JOR", HS, "2010-01-01", "Abdullah II"),
    spot("IRN", HS, "2026-06-01", "Mojtaba Khamenei"),
    spot("UKR", DM, "2026-03-01", "Mykhailo Fedorov"),
    spot("HUN", HG, "2015-01-01", "Viktor Orbán"),
    spot("HUN", HG, "2026-07-01", "Péter Magyar"),
    spot("CZE", HG, "2026-01-10", "Andrej Babiš"),
    spot("BGR", HS, "2020-01-01", "Rumen Radev"),
    spot("BGR", HG, "2026-06-01", "Rumen Radev"),
    spot("SRB", HS, "2020-01-01", "Aleksandar Vučić"),
    spot("SVK", HG, "2024-06-01", "Robert Fico"),
    spot("ROU", HS, "2020-01-01", "Klaus Iohannis"),
    spot("MDA", HS, "2022-01-01", "Maia Sandu"),
    spot("EST", HG, "2022-03-01", "Kaja Kallas"),
    spot("LVA", HS, "2024-01-01", "Edgars Rinkēvičs"),
    spot("LTU", HS, "2021-01-01", "Gitanas Nausėda"),
    spot("YEM", HS, "2015-03-26", "Abdrabbuh Mansur Hadi"),
    spot("QAT", HS, "2020-01-01", "Tamim bin Hamad Al Thani"),
    spot("KWT", HS, "2021-01-01", "Nawaf Al-Ahmad Al-Jaber Al-Sabah"),
    spot("ARE", HS, "2023-01-01", "Mohamed bin Zayed Al Nahyan"),
    spot("OMN", HS, "2021-01-01", "Haitham bin Tariq"),
    spot("BHR", HS, "2015-01-01", "Hamad bin Isa Al Khalifa"),
    spot("TKM", HS, "2023-01-01", "Serdar Berdimuhamedow"),
]


@pytest.mark.parametrize(("code", "role", "on", "name"), SPOT_CHECKS)
def test_office_holder_on_a_date(code: str, role: str, on: str, name: str) -> None:
    assert holder(code, role, on)[:1] == [name]


VACANCIES = [
    pytest.param("LBN", HS, "2015-06-01", id="lebanon-presidential-vacancy-2014-16"),
    pytest.param("IRQ", HS, "2003-08-01", id="iraq-under-the-coalition-authority"),
    pytest.param("IRN", HS, "2026-03-04", id="iran-interim-leadership-council"),
]


@pytest.mark.parametrize(("code", "role", "on"), VACANCIES)
def test_vacant_office_has_no_holder(code: str, role: str, on: str) -> None:
    assert holder(code, role, on) == []
