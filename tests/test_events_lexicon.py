"""The trigger lexicon and the CAMEO table: loading, validation errors that name file and line, word forms."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwatch.errors import KnowledgeError
from eventwatch.events.cameo import PLOVER_TYPES, CameoTable
from eventwatch.events.inflect import noun_forms, verb_forms
from eventwatch.events.lexicon import KNOWLEDGE, Lexicon


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return Lexicon.load()


def test_every_plover_type_has_triggers(lexicon: Lexicon) -> None:
    covered = {t.event_type for trigs in lexicon.triggers.values() for t in trigs}
    assert covered == set(PLOVER_TYPES)


@pytest.mark.parametrize(
    "form",
    [
        "met",
        "held",
        "withdrew",
        "withdrawn",
        "attacked",
        "attacking",
        "seized",
        "stabbed",
        "talks",
        "summits",
        "sanctions",
        "accuses",
        "fought",
        "sought",
        "struck",
        "cease-fire",
        "deployed",
        "invaded",
    ],
)
def test_keywords_hold_every_inflection(lexicon: Lexicon, form: str) -> None:
    assert form in lexicon.keywords()


@pytest.mark.parametrize(
    ("lemma", "expected"),
    [
        ("try", {"tries", "tried", "trying"}),
        ("stab", {"stabbed", "stabbing"}),
        ("release", {"released", "releasing"}),
        ("push", {"pushes", "pushed"}),
        ("tie", {"tying"}),
    ],
    ids=["consonant-y", "doubling", "silent-e", "sibilant", "ie-verb"],
)
def test_verb_forms(lemma: str, expected: set[str]) -> None:
    assert expected <= verb_forms(lemma, {})


@pytest.mark.parametrize("form", ["was", "is", "the", "said", "have"])
def test_keywords_leave_out_words_that_start_no_trigger(lexicon: Lexicon, form: str) -> None:
    assert form not in lexicon.keywords()


def test_noun_plural() -> None:
    assert noun_forms("party") == {"party", "parties"}


def test_every_trigger_code_is_in_the_table(lexicon: Lexicon) -> None:
    for trigs in lexicon.triggers.values():
        for trig in trigs:
            assert trig.cameo in lexicon.cameo, trig.origin


def test_quad_class_follows_the_cameo_root() -> None:
    table = CameoTable.load(KNOWLEDGE / "cameo.tsv")
    for row in table.rows.values():
        root = int(row.code[:2])
        expected = 1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13 else 4
        assert row.quad_class == expected, row.code


def _write(tmp_path: Path, text: str, name: str = "mine.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_user_file_extends_the_lexicon(tmp_path: Path) -> None:
    user = _write(tmp_path, 'triggers:\n  - {type: ASSAULT, cameo: "190", verbs: [zap]}\n')
    lex = Lexicon.load([user])
    assert "zapped" in lex.keywords()
    assert lex.lookup("verb", "zap")[0].event_type == "ASSAULT"


def test_a_noun_trigger_ending_in_a_preposition_is_headed_by_the_noun(tmp_path: Path) -> None:
    """ "call with" is a call whose other side follows; "chief of staff" keeps its head before "of"."""
    user = _write(
        tmp_path, 'triggers:\n  - {type: CONSULT, cameo: "041", nouns: ["zap with", "head of zap"]}\n'
    )
    lex = Lexicon.load([user])
    (zap,) = [t for t in lex.lookup("noun", "zap") if t.others]
    assert zap.others == (frozenset({"with"}),)
    (head,) = lex.lookup("noun", "head")
    assert head.others == (frozenset({"of"}), frozenset({"zap"}))


def test_files_without_triggers_are_left_to_other_stages(tmp_path: Path) -> None:
    other = _write(tmp_path, "actors:\n  - {name: Someone}\n", "actors.yaml")
    assert Lexicon.load([other]).lookup("verb", "attack")


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        (
            'triggers:\n  - {type: ASSAULT, cameo: "190", verbs: [a]}\n'
            '  - {type: BOMB, cameo: "190", verbs: [b]}\n',
            3,
            "PLOVER type",
        ),
        ('triggers:\n  - {type: ASSAULT, cameo: "999", verbs: [zap]}\n', 2, "not in cameo.tsv"),
        ('triggers:\n  - {type: ASSAULT, cameo: "190", verbs: [zap], recipient: [on]}\n', 2, "quote"),
        ('triggers:\n  - {type: ASSAULT, cameo: "190"}\n', 2, "no verbs"),
        ('triggers:\n  - {type: ASSAULT, cameo: "190", verbs: [zap], colour: red}\n', 2, "unknown key"),
        ("triggers:\n  - [unclosed\n", 3, "not valid YAML"),
        ('triggers:\n  - {type: ASSAULT, cameo: "190", verbs: [zap], object: person}\n', 2, "or praise"),
        ('triggers:\n  - {type: ASSAULT, cameo: "190", verbs: [zap], abroad: "999"}\n', 2, "abroad code"),
        ('triggers:\n  - {type: SUPPORT, cameo: "051", verbs: [zap], armed: "999"}\n', 2, "armed code"),
        ('triggers:\n  - {type: COERCE, cameo: "173", verbs: [zap], by_armed: "999"}\n', 2, "by_armed code"),
    ],
    ids=[
        "bad-type",
        "bad-code",
        "unquoted-on",
        "no-words",
        "unknown-key",
        "broken-yaml",
        "bad-object-kind",
        "bad-abroad-code",
        "bad-armed-code",
        "bad-by-armed-code",
    ],
)
def test_bad_user_file_names_file_and_line(tmp_path: Path, text: str, line: int, words: str) -> None:
    user = _write(tmp_path, text)
    with pytest.raises(KnowledgeError) as err:
        Lexicon.load([user])
    assert f"{user}:{line}" in str(err.value) and words in str(err.value)


def test_bad_cameo_row_names_line(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        "code\tlabel\tgoldstein\tquad\ttype\tmode\tcontext\n190\tfight\tlots\t4\tASSAULT\t\t\n",
        "c.tsv",
    )
    with pytest.raises(KnowledgeError, match=r"c.tsv:2"):
        CameoTable.load(path)
