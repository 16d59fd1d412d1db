"""The G20 and international-organisation office-holder file: schema, consistency and known facts.

Read with the standard library only, so the data is checked independently of the loader.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import pycountry
import pytest

PATH = Path(__file__).resolve().parents[1] / "src/eventwatch/knowledge/actors/officeholders-g20.tsv"
HEADER = ["name", "aliases", "code", "role", "start", "end"]
ROLES = {
    "head of state",
    "head of government",
    "foreign minister",
    "defence minister",
    "secretary general",
    "president",
    "director general",
    "managing director",
    "high representative",
}
ORGANISATIONS = {
    "UN", "NATO", "EU", "AU", "ASEAN", "SCO", "CSTO", "CIS", "OSCE", "LAS", "GCC", "OPEC",
    "IMF", "WB", "WTO", "IAEA", "WHO", "ICC", "UNHCR", "ECOWAS",
}  # fmt: skip
G20 = ["ARG", "AUS", "BRA", "CAN", "CHN", "FRA", "DEU", "IND", "IDN", "ITA",
       "JPN", "KOR", "MEX", "RUS", "SAU", "ZAF", "TUR", "GBR", "USA"]  # fmt: skip
# Offices with two holders at once: the Commission and the European Council presidents.
CONCURRENT = {("EU", "president"): 2}
HANDOVER = dt.timedelta(days=31)
# One-word aliases that are part of the full name but are how news names the person.
KNOWN_SHORT_FORMS = {"Xi", "Lula", "Megawati", "Prabowo", "Tedros"}
LAST_DAY = "2026-11-30"


@dataclass(frozen=True)
class Row:
    """One office-holder row with the line it came from."""

    line: int
    name: str
    aliases: tuple[str, ...]
    code: str
    role: str
    start: str
    end: str


def read_cells() -> tuple[list[str], list[tuple[int, list[str]]]]:
    """The header and the data lines (line number, cells), comments and blank lines skipped."""
    with PATH.open(encoding="utf-8", newline="") as handle:
        lines = [
            (n, cells)
            for n, cells in enumerate(csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE), 1)
        ]
    data = [(n, c) for n, c in lines if c and "".join(c).strip() and not c[0].startswith("#")]
    return data[0][1], data[1:]


HEADER_READ, CELLS = read_cells()
ROWS = [Row(n, c[0], tuple(a for a in c[1].split("|") if a), *c[2:6]) for n, c in CELLS if len(c) == 6]


def day(value: str) -> dt.date:
    return dt.date.fromisoformat(value)


def holders(code: str, role: str, date: str) -> list[str]:
    """Names of everyone holding `role` for `code` on `date` (the end day counts as held)."""
    return [
        r.name
        for r in ROWS
        if r.code == code and r.role == role and r.start <= date and (not r.end or date <= r.end)
    ]


def test_header_is_the_fixed_schema() -> None:
    assert HEADER_READ == HEADER


def test_file_starts_with_comments() -> None:
    first = PATH.read_text(encoding="utf-8").splitlines()[:3]
    assert all(line.startswith("#") for line in first)


@pytest.mark.parametrize(("line", "cells"), CELLS, ids=[str(n) for n, _ in CELLS])
def test_row_has_six_fields(line: int, cells: list[str]) -> None:
    assert len(cells) == 6, f"line {line}: {cells}"
    assert cells[0].strip() == cells[0] and cells[0], f"line {line}: name is empty or padded"


def test_dates_are_valid_and_ordered() -> None:
    bad = []
    for r in ROWS:
        try:
            start, end = day(r.start), day(r.end) if r.end else None
        except ValueError:
            bad.append(f"line {r.line}: {r.start!r}..{r.end!r} is not YYYY-MM-DD")
            continue
        if (end and end < start) or r.start > LAST_DAY or r.end > LAST_DAY:
            bad.append(f"line {r.line}: {r.start}..{r.end}")
    assert not bad


def test_codes_are_states_or_listed_organisations() -> None:
    bad = [
        f"line {r.line}: {r.code}"
        for r in ROWS
        if r.code not in ORGANISATIONS and not pycountry.countries.get(alpha_3=r.code)
    ]
    assert not bad


def test_roles_are_in_the_vocabulary() -> None:
    assert not [f"line {r.line}: {r.role!r}" for r in ROWS if r.role not in ROLES]


def test_organisations_have_no_state_roles() -> None:
    state_roles = {"head of state", "head of government", "foreign minister", "defence minister"}
    assert not [r.line for r in ROWS if r.code in ORGANISATIONS and r.role in state_roles]


def max_concurrent(rows: list[Row]) -> int:
    """Most holders at one time, each term shortened by the handover allowance."""
    edges = []
    for r in rows:
        end = day(r.end) - HANDOVER if r.end else dt.date.max
        if end > day(r.start):
            edges += [(day(r.start), 1), (end, -1)]
    level = peak = 0
    for _, step in sorted(edges, key=lambda e: (e[0], e[1])):
        level += step
        peak = max(peak, level)
    return peak


def test_terms_of_one_office_do_not_overlap() -> None:
    offices: dict[tuple[str, str], list[Row]] = defaultdict(list)
    for r in ROWS:
        offices[(r.code, r.role)].append(r)
    crowded = {k: max_concurrent(v) for k, v in offices.items() if max_concurrent(v) > CONCURRENT.get(k, 1)}
    assert not crowded


def test_no_duplicate_rows() -> None:
    keys = [(r.name, r.code, r.role, r.start) for r in ROWS]
    assert len(keys) == len(set(keys))


def test_one_person_has_one_set_of_aliases() -> None:
    seen: dict[str, set[str]] = {}
    bad = []
    for r in ROWS:
        if seen.setdefault(r.name, set(r.aliases)) != set(r.aliases):
            bad.append(f"line {r.line}: {r.name}")
    assert not bad


def test_aliases_are_not_bare_surnames_or_the_name() -> None:
    bad = []
    for r in ROWS:
        for alias in r.aliases:
            bare = " " not in alias and alias in r.name.split() and alias not in KNOWN_SHORT_FORMS
            if bare or alias == r.name or alias != alias.strip():
                bad.append(f"line {r.line}: {alias!r}")
    assert not bad


def test_an_alias_names_only_one_person() -> None:
    owners: dict[str, set[str]] = defaultdict(set)
    for r in ROWS:
        for form in (r.name, *r.aliases):
            owners[form.casefold()].add(r.name)
    assert not {form: names for form, names in owners.items() if len(names) > 1}


G20_OFFICES = [(code, role) for code in G20 for role in ("foreign minister", "defence minister")]
G20_OFFICES += [(code, "head of state") for code in G20 if code not in {"CAN", "AUS"}]
G20_OFFICES += [
    (code, "head of government")
    for code in ["AUS", "CAN", "CHN", "DEU", "FRA", "GBR", "IND", "ITA", "JPN", "KOR", "RUS"]
]
# Real vacancies: South Korea had no confirmed defence minister from December 2024 to July 2025.
LONG_VACANCIES = {("KOR", "defence minister")}


@pytest.mark.parametrize(("code", "role"), G20_OFFICES, ids=[f"{c}-{r}" for c, r in G20_OFFICES])
def test_g20_office_is_covered_since_2004(code: str, role: str) -> None:
    terms = sorted((r for r in ROWS if r.code == code and r.role == role), key=lambda r: r.start)
    assert terms and terms[0].start <= "2004-01-01" and not terms[-1].end
    limit = 240 if (code, role) in LONG_VACANCIES else 100
    gaps = [
        (a.end, b.start)
        for a, b in zip(terms, terms[1:], strict=False)
        if (day(b.start) - day(a.end)).days > limit
    ]
    assert not gaps


@pytest.mark.parametrize("code", sorted(ORGANISATIONS))
def test_every_organisation_has_a_holder_in_2025(code: str) -> None:
    assert any(
        r.start <= "2025-06-01" and (not r.end or r.end >= "2025-06-01") for r in ROWS if r.code == code
    )


SPOT_CHECKS = [
    ("RUS", "head of state", "2010-06-01", "Dmitry Medvedev"),
    ("RUS", "head of state", "2021-09-16", "Vladimir Putin"),
    ("RUS", "head of state", "2000-03-01", "Vladimir Putin"),
    ("RUS", "head of government", "2010-06-01", "Vladimir Putin"),
    ("RUS", "head of government", "2006-01-10", "Mikhail Fradkov"),
    ("RUS", "foreign minister", "2003-05-01", "Igor Ivanov"),
    ("RUS", "defence minister", "2015-03-01", "Sergei Shoigu"),
    ("RUS", "defence minister", "2025-01-01", "Andrei Belousov"),
    ("USA", "head of state", "2003-03-20", "George W. Bush"),
    ("USA", "head of state", "2022-02-24", "Joe Biden"),
    ("USA", "head of state", "2025-06-01", "Donald Trump"),
    ("USA", "foreign minister", "2011-05-02", "Hillary Clinton"),
    ("USA", "defence minister", "2008-01-01", "Robert Gates"),
    ("GBR", "head of government", "2003-03-20", "Tony Blair"),
    ("GBR", "head of government", "2022-10-01", "Liz Truss"),
    ("GBR", "head of state", "2023-05-06", "Charles III"),
    ("GBR", "foreign minister", "2017-01-01", "Boris Johnson"),
    ("FRA", "head of state", "2015-11-13", "François Hollande"),
    ("FRA", "head of government", "2024-10-15", "Michel Barnier"),
    ("FRA", "foreign minister", "2003-02-14", "Dominique de Villepin"),
    ("DEU", "head of government", "2015-09-01", "Angela Merkel"),
    ("DEU", "head of state", "2011-01-01", "Christian Wulff"),
    ("DEU", "defence minister", "2016-01-01", "Ursula von der Leyen"),
    ("ITA", "head of government", "2012-06-01", "Mario Monti"),
    ("ITA", "head of state", "2010-01-01", "Giorgio Napolitano"),
    ("CHN", "head of state", "2008-08-08", "Hu Jintao"),
    ("CHN", "head of government", "2020-01-01", "Li Keqiang"),
    ("CHN", "foreign minister", "2023-05-01", "Qin Gang"),
    ("JPN", "head of government", "2011-03-11", "Naoto Kan"),
    ("JPN", "head of government", "2005-01-01", "Junichiro Koizumi"),
    ("KOR", "head of state", "2019-06-30", "Moon Jae-in"),
    ("KOR", "head of state", "2017-04-01", "Hwang Kyo-ahn"),
    ("KOR", "foreign minister", "2005-01-01", "Ban Ki-moon"),
    ("IND", "head of government", "2009-01-01", "Manmohan Singh"),
    ("IND", "head of state", "2005-01-01", "A. P. J. Abdul Kalam"),
    ("IDN", "head of state", "2016-01-01", "Joko Widodo"),
    ("BRA", "head of state", "2020-01-01", "Jair Bolsonaro"),
    ("BRA", "head of state", "2005-01-01", "Luiz Inácio Lula da Silva"),
    ("ARG", "head of state", "2010-01-01", "Cristina Fernández de Kirchner"),
    ("MEX", "head of state", "2020-01-01", "Andrés Manuel López Obrador"),
    ("ZAF", "head of state", "2012-01-01", "Jacob Zuma"),
    ("TUR", "head of state", "2016-07-15", "Recep Tayyip Erdoğan"),
    ("TUR", "head of government", "2010-01-01", "Recep Tayyip Erdoğan"),
    ("TUR", "foreign minister", "2012-01-01", "Ahmet Davutoğlu"),
    ("SAU", "head of state", "2010-01-01", "Abdullah bin Abdulaziz Al Saud"),
    ("SAU", "head of government", "2023-01-01", "Mohammed bin Salman"),
    ("SAU", "defence minister", "2017-01-01", "Mohammed bin Salman"),
    ("CAN", "head of government", "2018-01-01", "Justin Trudeau"),
    ("AUS", "head of government", "2011-01-01", "Julia Gillard"),
    ("UN", "secretary general", "2012-01-01", "Ban Ki-moon"),
    ("NATO", "secretary general", "2020-01-01", "Jens Stoltenberg"),
    ("EU", "president", "2016-01-01", "Jean-Claude Juncker"),
    ("EU", "president", "2016-01-01", "Donald Tusk"),
    ("EU", "high representative", "2021-01-01", "Josep Borrell"),
    ("CSTO", "secretary general", "2021-09-16", "Stanislav Zas"),
    ("CSTO", "secretary general", "2024-01-01", "Imangali Tasmagambetov"),
    ("SCO", "secretary general", "2021-09-16", "Vladimir Norov"),
    ("IMF", "managing director", "2015-01-01", "Christine Lagarde"),
    ("IMF", "managing director", "2009-01-01", "Dominique Strauss-Kahn"),
    ("WB", "president", "2006-01-01", "Paul Wolfowitz"),
    ("WHO", "director general", "2020-03-11", "Tedros Adhanom Ghebreyesus"),
    ("IAEA", "director general", "2005-01-01", "Mohamed ElBaradei"),
    ("UNHCR", "director general", "2010-01-01", "António Guterres"),
    ("LAS", "secretary general", "2005-01-01", "Amr Moussa"),
    ("AU", "president", "2014-01-01", "Nkosazana Dlamini-Zuma"),
    ("ASEAN", "secretary general", "2010-01-01", "Surin Pitsuwan"),
    ("OSCE", "secretary general", "2015-01-01", "Lamberto Zannier"),
    ("WTO", "director general", "2010-01-01", "Pascal Lamy"),
    ("CSTO", "secretary general", "2026-03-01", "Taalatbek Masadykov"),
    ("UNHCR", "director general", "2026-03-01", "Barham Salih"),
    ("ARG", "foreign minister", "2025-11-15", "Pablo Quirno"),
    ("ARG", "defence minister", "2026-01-15", "Carlos Presti"),
    ("KOR", "foreign minister", "2025-09-01", "Cho Hyun"),
    ("KOR", "defence minister", "2025-01-15", None),  # vacant after the martial-law resignation
]


@pytest.mark.parametrize(
    ("code", "role", "date", "expected"), SPOT_CHECKS, ids=[f"{c}-{r}-{d}" for c, r, d, _ in SPOT_CHECKS]
)
def test_office_holder_on_a_date(code: str, role: str, date: str, expected: str | None) -> None:
    found = holders(code, role, date)
    assert (expected in found) if expected else not found
    assert len(found) <= CONCURRENT.get((code, role), 1)
