"""Properties checked by Hypothesis on generated text, Vietnamese and arbitrary."""

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from vnportal.vntext import fold, normalize, search_tokens, syllables, tone_key
from vnportal.vntext.fold import _fold_by_table

from .letters import TONES, all_letters

LETTERS = all_letters()
# What damaged Vietnamese text is made of: letters, stray tone and quality marks,
# invisible characters, Unicode spaces, punctuation and a few emoji.
DAMAGE = [*TONES.values(), "\u0302", "\u0306", "\u031b", "\u200b", "\u200d", "\u00ad"]
OTHER = [
    " ",
    "\u00a0",
    "\n",
    ",",
    ".",
    "/",
    "-",
    "0",
    "7",
    "🎉",
    "\ufe0f",
    "\u20e3",
    "中",
    "ά",
    "\u212b",
]

vietnamese_words = st.lists(st.sampled_from(LETTERS), min_size=1, max_size=8).map("".join)
vietnamese_text = st.lists(vietnamese_words, max_size=8).map(" ".join)
damaged_text = st.text(alphabet=st.sampled_from(LETTERS + DAMAGE + OTHER), max_size=40)
any_text = st.text(max_size=40)
mixed_text = st.one_of(any_text, damaged_text)


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


@given(mixed_text)
def test_normalize_is_idempotent(text):
    once = normalize(text)
    assert normalize(once) == once


@given(mixed_text)
def test_normalize_returns_nfc(text):
    assert unicodedata.is_normalized("NFC", normalize(text))


@settings(max_examples=300)
@given(mixed_text)
def test_normalize_gives_the_same_for_nfd_input(text):
    assert normalize(nfd(text)) == normalize(text)


@given(damaged_text)
def test_normalize_leaves_at_most_one_tone_per_letter(text):
    for char in normalize(text):
        assert sum(mark in TONES.values() for mark in nfd(char)) <= 1
    assert not any(char in "\u200b\u00ad\u00a0" for char in normalize(text))


@given(st.lists(st.sampled_from(LETTERS + DAMAGE + [" "]), max_size=40).map("".join))
def test_fold_of_vietnamese_letters_is_ascii(text):
    assert fold(text).isascii()
    assert fold(nfd(text)).isascii()


@given(mixed_text)
def test_fold_fast_path_agrees_with_translate_table(text):
    assert fold(text) == _fold_by_table(text)


@given(mixed_text)
def test_search_tokens_fold_each_syllable(text):
    assert search_tokens(text) == [fold(token) for token in syllables(text)]


ONSETS = ["", "h", "th", "kh", "ng", "l", "t", "x", "ch", "tr", "nh", "s"]


@st.composite
def old_and_new_style(draw):
    """A syllable ending in oa, oe or uy, with the tone on each vowel in turn."""
    onset = draw(st.sampled_from(ONSETS))
    first, second = draw(st.sampled_from(["oa", "oe", "uy"]))
    tone = draw(st.sampled_from(list(TONES.values())))
    old = onset + unicodedata.normalize("NFC", first + tone) + second
    new = onset + first + unicodedata.normalize("NFC", second + tone)
    if draw(st.booleans()):
        old, new = old.upper(), new.upper()
    return old, new


@given(old_and_new_style(), vietnamese_text, vietnamese_text)
def test_tone_key_ignores_old_or_new_style(pair, before, after):
    old, new = pair
    assert tone_key(f"{before} {old} {after}") == tone_key(f"{before} {new} {after}")
    assert tone_key(old) == tone_key(new)


@given(mixed_text)
def test_tone_key_is_idempotent_and_folds_like_its_input(text):
    key = tone_key(text)
    assert tone_key(key) == key
    assert fold(key) == fold(text)
