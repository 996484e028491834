import unicodedata

import pytest

from vnportal.vntext import tone_key


@pytest.mark.parametrize(
    ("old_style", "new_style"),
    [
        ("hòa", "hoà"),
        ("thủy", "thuỷ"),
        ("khỏe", "khoẻ"),
        ("hóa", "hoá"),
        ("tùy", "tuỳ"),
        ("lũy", "luỹ"),
        ("Hòa Bình", "hoà bình"),
        ("quý", "qúy"),
        ("già", "gìa"),
        ("hòa thuận, thủy lợi", "hoà thuận, thuỷ lợi"),
    ],
)
def test_old_and_new_tone_placement_give_the_same_key(old_style, new_style):
    assert tone_key(old_style) == tone_key(new_style)


def test_key_uses_the_new_style():
    assert tone_key("Hòa Bình, thủy lợi, sức khỏe") == "hoà bình, thuỷ lợi, sức khoẻ"


@pytest.mark.parametrize(
    "word",
    [
        "hoàng",
        "quyền",
        "người",
        "giữa",
        "của",
        "gìn",
        "quốc",
        "quýt",
        "khuyến",
        "ngoài",
        "khuỷu",
        "rượu",
        "cứu",
        "kìa",
        "hài",
        "mía",
        "thuở",
        "toán",
        "huých",
        "quỳnh",
        "ý",
    ],
)
def test_word_already_in_canonical_form_is_unchanged(word):
    assert tone_key(word) == word


def test_key_is_lower_case_and_nfc():
    assert tone_key("HÒA BÌNH") == "hoà bình"
    assert tone_key(unicodedata.normalize("NFD", "Thủy")) == "thuỷ"


def test_key_recomposes_what_lower_casing_leaves_apart():
    assert tone_key("J\u030c") == "\u01f0"


def test_key_keeps_diacritics_other_than_tone_position():
    assert len({tone_key("đảng"), tone_key("đang"), tone_key("dang")}) == 3


def test_eth_is_read_as_d_with_stroke():
    assert tone_key("\u00d0iều 1") == tone_key("Điều 1") == "điều 1"


def test_words_that_are_not_vietnamese_syllables_are_only_lower_cased():
    assert tone_key("Café Pokémon") == "café pokémon"
    assert tone_key("ViệtNam") == "việtnam"


def test_letters_with_a_free_combining_mark_are_left_alone():
    assert tone_key("Eè\u0302") == "eè\u0302"


def test_syllable_with_two_tones_is_left_alone():
    assert tone_key("hóà") == "hóà"


def test_syllable_without_tone_is_left_alone():
    assert tone_key("hoa") == "hoa"


def test_four_vowels_in_a_row_are_not_a_syllable():
    assert tone_key("oáie") == "oáie"


def test_digits_punctuation_and_emoji_pass_through():
    assert tone_key("Lũy kế 2022: 3,5% 🎉") == "luỹ kế 2022: 3,5% 🎉"


def test_empty_string_gives_empty_key():
    assert tone_key("") == ""
