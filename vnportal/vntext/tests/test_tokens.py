import unicodedata

from vnportal.vntext import search_tokens, syllables

SENTENCE = (
    "Đảng bộ huyện An Biên đẩy mạnh công tác bảo vệ nền tảng tư tưởng của Đảng (09:27 | 30/07/2022)"
)


def test_sentence_splits_into_syllables_with_case_and_diacritics():
    assert syllables(SENTENCE) == [
        "Đảng", "bộ", "huyện", "An", "Biên", "đẩy", "mạnh", "công", "tác", "bảo", "vệ",
        "nền", "tảng", "tư", "tưởng", "của", "Đảng", "09", "27", "30", "07", "2022",
    ]  # fmt: skip


def test_search_tokens_are_the_folded_syllables():
    assert search_tokens(SENTENCE) == [
        "dang", "bo", "huyen", "an", "bien", "day", "manh", "cong", "tac", "bao", "ve",
        "nen", "tang", "tu", "tuong", "cua", "dang", "09", "27", "30", "07", "2022",
    ]  # fmt: skip


def test_numbers_split_at_slash_and_comma():
    assert syllables("Số 42/2022, tăng 3,5%") == ["Số", "42", "2022", "tăng", "3", "5"]


def test_letters_and_digits_written_together_stay_one_token():
    assert syllables("Luật số 68/2020/QH14 về H5N1") == [
        "Luật",
        "số",
        "68",
        "2020",
        "QH14",
        "về",
        "H5N1",
    ]


def test_hyphen_underscore_and_apostrophe_separate():
    assert syllables("Bà Rịa-Vũng Tàu snake_case l'eau") == [
        "Bà", "Rịa", "Vũng", "Tàu", "snake", "case", "l", "eau",
    ]  # fmt: skip


def test_nfd_text_gives_nfc_syllables():
    assert syllables(unicodedata.normalize("NFD", "Việt Nam")) == ["Việt", "Nam"]


def test_zero_width_space_inside_a_word_does_not_split_it():
    assert syllables("Việt\u200bNam") == ["ViệtNam"]


def test_nbsp_separates_syllables():
    assert syllables("Hà\u00a0Nội") == ["Hà", "Nội"]


def test_words_with_combining_marks_of_other_scripts_stay_whole():
    assert syllables("हिन्दी भाषा") == ["हिन्दी", "भाषा"]


def test_other_scripts_are_tokens_and_emoji_are_separators():
    assert syllables("Chúc 🎉 mừng 中文 Москва") == ["Chúc", "mừng", "中文", "Москва"]


def test_empty_and_punctuation_only_text_give_no_tokens():
    assert syllables("") == []
    assert search_tokens("") == []
    assert search_tokens(" -- (…) ") == []


def test_search_tokens_keep_greek_final_sigma_as_each_token_would():
    assert search_tokens("ΟΔΟΣ.ΑΣ") == ["οδος", "ας"]
