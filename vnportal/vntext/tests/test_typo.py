import pytest
from hypothesis import given
from hypothesis import strategies as st

from vnportal.vntext import Vocabulary, edit_candidates, parse_query, suggest
from vnportal.vntext.typo import _distance, max_typos

# Folded syllables of local news with made-up frequencies.
COUNTS = {
    "dang": 900,
    "bo": 800,
    "nong": 700,
    "thon": 650,
    "moi": 600,
    "theo": 2000,
    "tho": 300,
    "xam": 120,
    "nhap": 150,
    "man": 200,
    "nghieng": 40,
    "nghien": 90,
    "nghiep": 300,
    "thuong": 500,
    "truong": 450,
    "tuong": 250,
    "quoc": 400,
    "giua": 350,
    "khuyu": 5,
    "nguoi": 1000,
    "hoa": 600,
    "giai": 300,
    "tay": 200,
    "yen": 150,
    "xa": 900,
    "dong": 700,
    "thai": 300,
    "viet": 800,
    "nam": 900,
    "cp": 100,
}
VOCABULARY = Vocabulary(COUNTS)


def osa_distance(source: str, target: str) -> int:
    """The textbook table, to check the fast version against."""
    table = [[0] * (len(target) + 1) for _ in range(len(source) + 1)]
    for i in range(len(source) + 1):
        table[i][0] = i
    for j in range(len(target) + 1):
        table[0][j] = j
    for i in range(1, len(source) + 1):
        for j in range(1, len(target) + 1):
            cost = source[i - 1] != target[j - 1]
            table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
            if (
                i > 1
                and j > 1
                and source[i - 1] == target[j - 2]
                and source[i - 2] == target[j - 1]
            ):
                table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1)
    return table[-1][-1]


@pytest.mark.parametrize(
    ("source", "target", "distance"),
    [
        ("nghieng", "nghieng", 0),
        ("nghiegn", "nghieng", 1),
        ("nghieg", "nghieng", 1),
        ("nghiengg", "nghieng", 1),
        ("nghiang", "nghieng", 1),
        ("ngheing", "nghieng", 1),
        ("nhgieng", "nghieng", 1),
        ("ngieg", "nghieng", 2),
        ("ca", "abc", 3),
        ("", "abc", 3),
    ],
)
def test_distance_counts_each_edit_and_swap_as_one(source, target, distance):
    assert _distance(source, target, 3) == distance


@given(
    st.text(alphabet="abcd", max_size=8), st.text(alphabet="abcd", max_size=8), st.integers(0, 4)
)
def test_distance_agrees_with_the_textbook_table(source, target, limit):
    assert _distance(source, target, limit) == min(osa_distance(source, target), limit + 1)


@pytest.mark.parametrize(
    ("typed", "first"),
    [
        ("nghiegn", "nghieng"),
        ("ngheing", "nghieng"),
        ("thno", "thon"),
        ("moii", "moi"),
        ("xamm", "xam"),
        ("nhpa", "nhap"),
        ("thuogn", "thuong"),
        ("quco", "quoc"),
        ("nguoj", "nguoi"),
        ("bguoi", "nguoi"),
        ("dnag", "dang"),
        ("khuyuu", "khuyu"),
    ],
)
def test_the_intended_word_is_the_first_candidate(typed, first):
    assert edit_candidates(typed, VOCABULARY)[0] == first


def test_candidates_are_the_token_itself_then_nearest_then_most_frequent():
    assert edit_candidates("tuong", VOCABULARY, max_distance=1) == ["tuong", "thuong", "truong"]
    assert edit_candidates("thon", VOCABULARY, max_distance=1) == ["thon", "tho"]


def test_a_swap_of_the_tokens_own_letters_comes_before_more_frequent_words():
    assert edit_candidates("thno", VOCABULARY, max_distance=1) == ["thon", "theo", "tho"]


def test_limit_and_max_distance_bound_the_candidates():
    assert edit_candidates("nghiem", VOCABULARY, max_distance=1) == ["nghiep", "nghien"]
    assert len(edit_candidates("nghiem", VOCABULARY, max_distance=2, limit=2)) == 2
    assert edit_candidates("nghiem", VOCABULARY, max_distance=0) == []
    assert edit_candidates("zzzzzz", VOCABULARY) == []
    assert edit_candidates("", VOCABULARY) == []


def test_two_edits_away_needs_a_shared_first_or_last_letter():
    assert "nghieng" in edit_candidates("ngieg", VOCABULARY)
    assert "nghieng" in edit_candidates("mhieng", VOCABULARY)
    # Both ends mistyped, two edits: not searched.
    assert "nghieng" not in edit_candidates("mghienh", VOCABULARY)


def test_a_plain_collection_of_words_works_as_vocabulary():
    assert edit_candidates("thno", ["thon", "theo"]) == ["thon", "theo"]
    assert edit_candidates("thno", {"theo": 5, "tho": 9}, max_distance=1) == ["tho", "theo"]


@pytest.mark.parametrize(
    ("token", "typos"), [("o", 0), ("an", 0), ("moi", 1), ("thuog", 1), ("thuong", 2)]
)
def test_longer_tokens_may_hold_more_typos(token, typos):
    assert max_typos(token) == typos


@pytest.mark.parametrize(
    ("query", "suggestion"),
    [
        ("nong thno mooi", "nong thon moi"),
        ("xam nhpa man", "xam nhap man"),
        ("Xâm nhậpp mặn", "xam nhap man"),
        ("ngheing", "nghieng"),
        ('"nong thno" moi', "nong thon moi"),
        # Known words, digits and too short tokens stay; nothing to correct gives None.
        ("nong thon moi", None),
        ("Đảng bộ", None),
        ("nghi dinh 42/2022/ND-CP", None),
        ("xx", None),
        ("", None),
        # The Telex reading is all known words: the search found it already.
        ("ddangr booj", None),
        ("covid -thno", None),
    ],
)
def test_suggest_corrects_unknown_tokens(query, suggestion):
    assert suggest(query, VOCABULARY) == suggestion


def test_suggest_takes_a_parsed_query_and_a_plain_mapping():
    assert suggest(parse_query("viet nma"), COUNTS) == "viet nam"


@given(st.text(max_size=30))
def test_suggest_never_raises(text):
    suggestion = suggest(text, VOCABULARY)
    assert suggestion is None or suggestion.strip()
