import unicodedata

import pytest

from vnportal.vntext import fold
from vnportal.vntext.fold import _fold_by_table

from .letters import PLAIN, spellings, toned_letters


@pytest.mark.parametrize(("vowel", "tone", "letter"), toned_letters())
def test_every_spelling_of_a_toned_letter_folds_to_the_plain_letter(vowel, tone, letter):
    plain = PLAIN.get(vowel.lower(), vowel.lower())
    for form, spelled in spellings(letter).items():
        assert fold(spelled) == plain, (vowel, tone, form)


@pytest.mark.parametrize("letter", ["ă", "â", "ê", "ô", "ơ", "ư", "Ă", "Â", "Ê", "Ô", "Ơ", "Ư"])
def test_vowel_with_quality_mark_folds_to_plain_vowel(letter):
    assert fold(letter) == PLAIN[letter.lower()]
    assert fold(unicodedata.normalize("NFD", letter)) == PLAIN[letter.lower()]


def test_fold_removes_case_and_diacritics():
    assert fold("Đảng bộ HOÀ") == "dang bo hoa"


def test_d_with_stroke_folds_to_d():
    assert fold("Đường đi") == "duong di"


def test_eth_written_for_d_with_stroke_folds_to_d():
    # The legal corpus writes "Ðiều" with U+00D0.
    assert fold("\u00d0iều 5") == "dieu 5"


def test_ascii_text_is_only_lower_cased():
    assert fold("Nghi dinh 15/2020/ND-CP") == "nghi dinh 15/2020/nd-cp"


def test_empty_string_folds_to_empty():
    assert fold("") == ""


def test_invisible_characters_and_nbsp_are_handled_before_folding():
    assert fold("Việt\u200bNam\u00a0mới") == "vietnam moi"


def test_doubled_tone_mark_leaves_no_trace():
    assert fold("đượ\u0323c") == "duoc"


def test_typographic_punctuation_stays():
    assert fold("“Hà Nội” – 30/4…") == "“ha noi” – 30/4…"


def test_other_latin_letters_lose_their_accents():
    assert fold("Crème Brûlée, Ñandú, Øresund") == "creme brulee, nandu, øresund"


def test_greek_and_cyrillic_letters_lose_their_accents():
    assert fold("Ελληνικά") == "ελληνικα"
    assert fold("Москва́") == "москва"


def test_dotted_capital_i_folds_to_i():
    assert fold("İzmir") == "izmir"


def test_combining_mark_without_precomposed_form_is_removed():
    assert fold("x\u0303") == "x"


def test_emoji_and_cjk_pass_through():
    assert fold("Chúc mừng 🎉 中文 1\ufe0f\u20e3") == "chuc mung 🎉 中文 1\ufe0f\u20e3"


def test_character_outside_the_fast_alphabet_next_to_vietnamese():
    assert fold("Tiếng Việt và Ελληνικά và 中文") == "tieng viet va ελληνικα va 中文"


def test_placeholder_code_point_in_input_is_kept():
    assert fold("Việt\uffffNam") == "viet\uffffnam"


def test_fast_path_agrees_with_translate_table_on_real_sentence():
    text = "Đảng bộ huyện An Biên đẩy mạnh công tác bảo vệ nền tảng (09:27 | 30/07/2022) ©"
    assert fold(text) == _fold_by_table(text)
