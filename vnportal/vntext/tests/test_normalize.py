import unicodedata

import pytest

from vnportal.vntext import normalize

from .letters import spellings, toned_letters


@pytest.mark.parametrize(("vowel", "tone", "letter"), toned_letters())
def test_nfc_nfd_and_to_hop_spellings_become_one_nfc_letter(vowel, tone, letter):
    assert len(letter) == 1
    for form, spelled in spellings(letter).items():
        assert normalize(spelled) == letter, (vowel, tone, form)


def test_to_hop_word_becomes_precomposed():
    assert normalize("Vi\u00ea\u0323t Nam") == "Việt Nam"
    assert normalize("\u01b0\u01a1\u0300ng") == "ường"


def test_nfd_sentence_becomes_nfc():
    sentence = "Đảng bộ huyện An Biên đẩy mạnh công tác"
    assert normalize(unicodedata.normalize("NFD", sentence)) == sentence


def test_d_with_stroke_is_a_letter_of_its_own():
    assert normalize("Đường đi") == "Đường đi"


def test_ascii_text_is_returned_unchanged():
    text = "Nghi dinh 15/2020/ND-CP,  tai  khoan\n\n2"
    assert normalize(text) == text


def test_nfc_vietnamese_text_is_returned_unchanged():
    text = "Hòa Bình, thuỷ lợi: được!"
    assert normalize(text) == text


def test_empty_string_stays_empty():
    assert normalize("") == ""


def test_doubled_tone_mark_is_removed():
    assert normalize("đượ\u0323c") == "được"
    assert normalize("ợ\u0323\u0323") == "ợ"
    assert normalize("thị\u0323 trường") == "thị trường"


def test_doubled_tone_mark_is_removed_in_nfd_text():
    assert normalize("e\u0302\u0301\u0301") == "ế"


def test_second_different_tone_mark_is_removed():
    assert normalize("á\u0300") == "á"
    assert normalize("Ể\u0303") == "Ể"


def test_conflicting_tones_keep_the_one_first_in_canonical_order():
    # Dot below sorts before the tones above the letter, so NFC and NFD input agree only if
    # it wins, whichever was typed first.
    assert normalize("ờ\u0323") == "ợ"
    assert normalize("o\u031b\u0323\u0300") == "ợ"


def test_doubled_tone_is_found_behind_a_mark_of_another_block():
    # U+0591 (a Hebrew accent) sorts between the two acutes in NFD.
    assert normalize("á\u0591\u0301") == "á\u0591"
    assert normalize("a\u0591\u0301\u0301") == "á\u0591"


@pytest.mark.parametrize("invisible", ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"])
def test_zero_width_character_inside_a_word_is_removed(invisible):
    assert normalize(f"Việt{invisible}Nam") == "ViệtNam"


def test_byte_order_mark_at_start_is_removed():
    assert normalize("\ufeffThông báo") == "Thông báo"


def test_zero_width_space_between_letter_and_tone_mark_is_removed():
    assert normalize("e\u200b\u0301") == "é"


def test_joiners_stay_inside_emoji_sequences():
    family = "\U0001f468\u200d\U0001f469\u200d\U0001f467"
    assert normalize(f"Gia đình {family}") == f"Gia đình {family}"


def test_joiner_decision_is_the_same_for_nfc_and_nfd_neighbours():
    # In NFD the joiner follows U+0301, a Latin-side mark; in NFC it follows Greek ά.
    assert normalize("ά\u200dβ") == "ά\u200dβ"
    assert normalize(unicodedata.normalize("NFD", "ά\u200dβ")) == "ά\u200dβ"


def test_zero_width_non_joiner_stays_in_persian():
    assert normalize("می\u200cخواهم") == "می\u200cخواهم"


@pytest.mark.parametrize("space", ["\u00a0", "\u2002", "\u2009", "\u202f", "\u3000", "\u2000"])
def test_unicode_space_becomes_plain_space(space):
    assert normalize(f"Điều{space}1") == "Điều 1"


def test_runs_of_spaces_and_line_breaks_are_kept():
    assert normalize("Điều\u00a0\u00a01.\n\n  Phạm vi") == "Điều  1.\n\n  Phạm vi"


def test_lone_tone_mark_at_start_is_dropped():
    assert normalize("\u0301Hà Nội") == "Hà Nội"


def test_lone_tone_mark_after_space_is_dropped():
    assert normalize("Quốc \u0323lộ 1") == "Quốc lộ 1"


def test_lone_tone_mark_after_line_break_or_nbsp_is_dropped():
    assert normalize("a\n\u0300b") == "a\nb"
    assert normalize("a\u00a0\u0300b") == "a b"


def test_lone_tone_mark_after_zero_width_space_is_dropped():
    assert normalize("\u200b\u0309Huế") == "Huế"


def test_lone_mark_drops_only_the_diacritics_of_its_sequence():
    assert normalize(" \u0591\u0301") == " \u0591"


def test_accent_on_punctuation_or_digit_is_dropped():
    assert normalize("năm,\u0301 2\u0300022") == "năm, 2022"


def test_mark_that_composes_with_a_symbol_stays():
    assert normalize("a =\u0338 b") == "a ≠ b"
    assert normalize("≠\u0301") == "≠"


def test_keycap_emoji_passes_through():
    assert normalize("Bước 1\ufe0f\u20e3") == "Bước 1\ufe0f\u20e3"


def test_deprecated_tone_mark_code_points_become_the_usual_ones():
    assert normalize("a\u0340 a\u0341") == "à á"


@pytest.mark.parametrize(
    "text",
    [
        "Chúc mừng năm mới 🎉🇻🇳",
        "中华人民共和国",
        "Москва́",
        "Ελληνικά",
        "हिन्दी",
        "مرحبا",
        "naïve café",
        "x̃",
    ],
)
def test_emoji_and_other_scripts_pass_through(text):
    assert normalize(text) == unicodedata.normalize("NFC", text)


def test_hangul_jamo_are_composed_like_any_nfc():
    assert normalize("\u1112\u1161\u11ab") == "한"


def test_lone_surrogate_does_not_break_normalize():
    assert normalize("a\udc80\u0301") == "a\udc80"


@pytest.mark.parametrize("value", [None, b"Vi\xe1\xbb\x87t", 42])
def test_non_text_is_refused_with_a_hint(value):
    with pytest.raises(TypeError, match="needs str"):
        normalize(value)


@pytest.mark.parametrize("text", ["\u200d", "\u200c\u200d", "\u200dViệt", "Nam\u200c"])
def test_joiners_with_nothing_to_join_are_removed(text):
    assert "\u200c" not in normalize(text) and "\u200d" not in normalize(text)
