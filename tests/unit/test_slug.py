from __future__ import annotations

import pytest

from backpain_timer.domain.slug import FALLBACK_SLUG, MAX_SLUG_LENGTH, numbered, slugify


@pytest.mark.parametrize(
    ("name", "slug"),
    [
        ("Post-run Cool-down!", "post-run-cool-down"),
        ("  Desk   break  ", "desk-break"),
        ("Étirement doux", "etirement-doux"),
        ("5 min: neck & shoulders", "5-min-neck-shoulders"),
        ("my_routine.yaml", "my-routine-yaml"),
    ],
)
def test_slug_is_lowercase_ascii_words_joined_by_hyphens(name: str, slug: str) -> None:
    assert slugify(name) == slug


@pytest.mark.parametrize("name", ["", "   ", "🙂🙂", "!!!"])
def test_a_name_without_letters_gets_a_fallback_id(name: str) -> None:
    assert slugify(name) == FALLBACK_SLUG


def test_long_names_are_cut_without_a_trailing_hyphen() -> None:
    slug = slugify("stretch " * 20)
    assert len(slug) <= MAX_SLUG_LENGTH
    assert not slug.endswith("-")
    assert slug.startswith("stretch-stretch")


def test_numbered_alternatives_stay_within_the_limit() -> None:
    assert numbered("desk-break", 2) == "desk-break-2"
    long_slug = slugify("a" * 100)
    assert len(numbered(long_slug, 12)) == MAX_SLUG_LENGTH
    assert numbered(long_slug, 12).endswith("-12")
