"""Language: a short text in another script is not taken for English."""

from __future__ import annotations

from typing import Any

import pytest

from eventwatch.article.language import detect


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("中国外交部周一表示，双方将继续会谈。", "zh", id="short-chinese"),
        pytest.param("Kenya sent aid to Somalia.", "en", id="short-english"),
        pytest.param("Kenya's Ruto met Museveni in Kampala", "en", id="short-english-names"),
    ],
)
def test_short_texts(text: str, expected: str, kit: Any) -> None:
    assert detect(text, lambda: kit.language_model) == expected


def test_short_russian_is_not_english(kit: Any) -> None:
    assert detect("Министр иностранных дел провёл переговоры в Москве.", lambda: kit.language_model) != "en"
