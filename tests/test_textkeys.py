"""Text keys the index and the answer notes compare (indexer/textkeys.py)."""

from __future__ import annotations

import pytest

from indexer.textkeys import condition_stem, focus_key


@pytest.mark.parametrize(("one", "other"), [
    ("Polycystic ovarian syndrome", "Polycystic ovary syndrome"),
    ("Graves' Disease", "Graves disease"),
    ("Hashimoto's disease", "Hashimoto disease"),
    ("Anemias", "Anemia"),
    ("Allergic rhinitis", "Allergy rhinitis"),
])
def test_one_condition_under_two_sources_names_has_one_stem(one: str, other: str) -> None:
    assert condition_stem(one) == condition_stem(other)


@pytest.mark.parametrize(("one", "other"), [
    ("Hypothyroidism", "Hyperthyroidism"),
    ("Type 1 diabetes", "Type 2 diabetes"),
    ("Diabetes", "Diabetes insipidus"),
    ("Sickle cell disease", "Sickle cell anemia"),
    ("Ovarian cancer", "Ovarian cysts"),
])
def test_different_conditions_keep_different_stems(one: str, other: str) -> None:
    assert condition_stem(one) != condition_stem(other)


def test_focus_key_keeps_only_lowercase_words() -> None:
    assert focus_key("Low Back Pain.") == focus_key("low back pain") == "low back pain"
