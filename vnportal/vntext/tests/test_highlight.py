"""Marking matched words and choosing the snippet shown under a search result."""

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from vnportal.vntext import fold, syllables
from vnportal.vntext.highlight import ELLIPSIS, mark, snippet


def marked(pieces):
    """The pieces as one string with matches in brackets, for readable assertions."""
    return "".join(f"[{text}]" if is_match else text for text, is_match in pieces)


def matches(pieces):
    return [text for text, is_match in pieces if is_match]


def test_mark_keeps_the_diacritics_and_capitals_of_the_text():
    pieces = mark("Đảng bộ xã An Biên: ĐẢNG viên đăng ký.", {"dang", "bo"})
    assert marked(pieces) == "[Đảng] [bộ] xã An Biên: [ĐẢNG] viên [đăng] ký."


def test_mark_matches_whole_syllables_only():
    pieces = mark("Bốn bông hoa dangdang, bob và 42bo", {"bo", "dang"})
    assert matches(pieces) == []


def test_mark_treats_old_and_new_tone_placement_alike():
    assert matches(mark("hòa giải, hoà giải, HOÀ GIẢI", {"hoa"})) == ["hòa", "hoà", "HOÀ"]


def test_mark_keeps_nfd_text_as_it_was_written():
    text = unicodedata.normalize("NFD", "Nông thôn mới")
    pieces = mark(text, {"nong", "moi"})
    assert "".join(piece for piece, _ in pieces) == text
    assert matches(pieces) == [
        unicodedata.normalize("NFD", "Nông"),
        unicodedata.normalize("NFD", "mới"),
    ]


def test_mark_matches_numbers_and_codes_as_typed():
    assert matches(mark("Nghị định số 42/2022/NĐ-CP, khóa QH14", {"42", "qh14", "nd"})) == [
        "42",
        "NĐ",
        "QH14",
    ]


def test_mark_joins_the_text_between_matches_into_one_piece():
    pieces = mark("một, hai; ba – bốn", {"bon"})
    assert pieces == [("một, hai; ba – ", False), ("bốn", True)]


def test_mark_without_tokens_or_text():
    assert mark("", {"dang"}) == []
    assert mark("Đảng bộ", set()) == [("Đảng bộ", False)]
    assert mark("🎉 …", {"dang"}) == [("🎉 …", False)]


def filler(words: int, word: str = "chữ") -> str:
    return " ".join([word] * words)


def test_snippet_returns_short_text_whole():
    text = "Xây dựng nông thôn mới ở xã Tây Yên."
    assert marked(snippet(text, {"nong", "thon"})) == "Xây dựng [nông] [thôn] mới ở xã Tây Yên."


def test_snippet_around_a_match_deep_in_the_text_has_ellipses_at_both_ends():
    text = f"{filler(200)} Đảng bộ xã tổng kết năm. {filler(200)}"
    pieces = snippet(text, {"dang", "bo"})
    assert pieces[0] == (ELLIPSIS, False)
    assert pieces[-1] == (ELLIPSIS, False)
    assert matches(pieces) == ["Đảng", "bộ"]
    shown = "".join(piece for piece, _ in pieces[1:-1])
    assert shown in text
    assert 200 <= len(shown) <= 240
    # Cut between words, with some words before the first match.
    assert shown.startswith("chữ ") and shown.endswith(" chữ")
    assert shown.index("Đảng") > 20


def test_snippet_prefers_the_window_with_more_distinct_words_over_an_earlier_repeat():
    text = f"nông nông nông nông {filler(100)} nông thôn mới {filler(100)}"
    pieces = snippet(text, {"nong", "thon", "moi"})
    assert matches(pieces) == ["nông", "thôn", "mới"]


def test_snippet_takes_the_earliest_of_equally_good_windows():
    text = f"{filler(60)} hòa giải thứ nhất {filler(100)} hòa giải thứ hai {filler(100)}"
    shown = marked(snippet(text, {"hoa", "giai"}))
    assert "[hòa] [giải] thứ nhất" in shown
    assert "thứ hai" not in shown


def test_snippet_without_a_match_is_the_start_of_the_text():
    text = f"Mở đầu bài viết {filler(300)}"
    pieces = snippet(text, {"khong", "co"})
    assert pieces[0][0].startswith("Mở đầu bài viết")
    assert pieces[-1] == (ELLIPSIS, False)
    assert len(pieces) == 2


def test_snippet_near_the_start_shows_the_start_without_a_leading_ellipsis():
    text = f"Tin vắn: Đảng bộ xã họp. {filler(300)}"
    pieces = snippet(text, {"dang"})
    assert pieces[0] == ("Tin vắn: ", False)
    assert pieces[-1] == (ELLIPSIS, False)


def test_snippet_of_nfd_text_marks_the_match():
    text = unicodedata.normalize("NFD", f"{filler(150)} Đảng bộ {filler(150)}")
    assert matches(snippet(text, {"dang"})) == [unicodedata.normalize("NFD", "Đảng")]


def test_snippet_cuts_inside_a_word_only_when_one_word_is_longer_than_the_window():
    text = "x" * 1000
    pieces = snippet(text, {"dang"}, width=100)
    assert pieces == [("x" * 100, False), (ELLIPSIS, False)]


def test_snippet_of_a_long_article_stays_on_the_matching_paragraph():
    paragraphs = [f"Đoạn {n}. {filler(80, 'nội dung')}" for n in range(300)]
    paragraphs[250] = "Đoạn 250. Hội nghị tổng kết công tác hòa giải ở cơ sở năm 2025."
    text = "\n\n".join(paragraphs)
    assert len(text) > 40_000
    shown = marked(snippet(text, {"hoa", "giai", "co", "so"}))
    assert "[hòa] [giải] ở [cơ] [sở]" in shown


# Property tests: real syllables in both tone styles and cases, numbers and codes, and
# the punctuation between them, so that matches and cuts are checked on text like ours.
WORDS = [
    "Đảng",
    "đăng",
    "ĐẢNG",
    "bộ",
    "bố",
    "nông",
    "thôn",
    "mới",
    "hòa",
    "hoà",
    "giải",
    "xã",
    "An",
    "Biên",
    "người",
    "dân",
    "42",
    "QH14",
    "Nghị",
    "định",
]
SEPARATORS = [" ", " ", " ", ", ", ". ", "\n\n", " – ", " “", "” ", "/", "-", " (", ") ", " 🎉 "]
FOLDED = sorted({fold(word) for word in WORDS})

words_text = st.lists(
    st.tuples(st.sampled_from(WORDS), st.sampled_from(SEPARATORS)), max_size=120
).map(lambda pairs: "".join(word + separator for word, separator in pairs))
token_sets = st.sets(st.sampled_from([*FOLDED, "khong", ""]), max_size=4)


@given(st.text(max_size=80), token_sets)
def test_mark_pieces_join_back_to_any_text(text, tokens):
    pieces = mark(text, tokens)
    assert "".join(piece for piece, _ in pieces) == text
    assert all(piece for piece, _ in pieces)
    assert all(fold(piece) in tokens for piece in matches(pieces))


@given(words_text, token_sets)
def test_mark_marks_exactly_the_syllables_whose_fold_is_a_token(text, tokens):
    pieces = mark(text, tokens)
    assert "".join(piece for piece, _ in pieces) == text
    assert matches(pieces) == [word for word in syllables(text) if fold(word) in tokens]


@settings(max_examples=200)
@given(words_text, token_sets, st.integers(min_value=20, max_value=300))
def test_snippet_is_a_marked_stretch_of_the_text_cut_between_words(text, tokens, width):
    pieces = snippet(text, tokens, width=width)
    cut_start = bool(pieces) and pieces[0] == (ELLIPSIS, False) and not text.startswith(ELLIPSIS)
    cut_end = len(pieces) > 1 and pieces[-1] == (ELLIPSIS, False)
    inner = pieces[int(cut_start) : len(pieces) - int(cut_end)]
    shown = "".join(piece for piece, _ in inner)
    start = text.find(shown) if cut_start else 0
    assert text[start : start + len(shown)] == shown
    if not cut_start and not cut_end:
        assert shown == text
    if cut_end:
        end = start + len(shown)
        assert not (text[end - 1].isalnum() and text[end].isalnum())
    if cut_start:
        assert not (text[start - 1].isalnum() and text[start].isalnum())
    assert matches(inner) == [word for word in syllables(shown) if fold(word) in tokens]
    if any(fold(word) in tokens for word in syllables(text)):
        assert matches(inner)


@settings(max_examples=200)
@given(st.text(max_size=400), token_sets, st.integers(min_value=1, max_value=120))
def test_snippet_of_any_text_is_a_stretch_of_it(text, tokens, width):
    pieces = snippet(text, tokens, width=width)
    inner = [piece for piece in pieces if piece != (ELLIPSIS, False)]
    assert "".join(piece for piece, _ in inner) in text
    assert all(fold(piece) in tokens for piece in matches(pieces))
