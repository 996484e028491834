import gzip
import itertools
import json
import re
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vnportal.vntext import fold, is_folded_syllable, is_vietnamese_syllable, syllables, tone_key
from vnportal.vntext.syllable import TONES, place_tone

from .letters import all_letters

VALID = [
    # The words.
    "đảng",
    "bộ",
    "nông",
    "thôn",
    "mới",
    "người",
    "giữa",
    "quốc",
    "nghiêng",
    "khuỷu",
    "việt",
    "nam",
    "xâm",
    "nhập",
    "mặn",
    "tây",
    "yên",
    "đông",
    "thái",
    # Both tone placements.
    "hoà",
    "hòa",
    "thuỷ",
    "thủy",
    "khoẻ",
    "khỏe",
    # gi and qu.
    "gì",
    "gìn",
    "giếng",
    "giặc",
    "giục",
    "gió",
    "giường",
    "quý",
    "quýt",
    "quyền",
    "quỳnh",
    "quân",
    "quăng",
    "quơ",
    # k, gh, ngh before front vowels.
    "kìa",
    "kiếm",
    "kỳ",
    "kỷ",
    "ghế",
    "ghi",
    "nghỉ",
    "nghe",
    # Glides and long rhymes.
    "khuya",
    "uyên",
    "huých",
    "ngoài",
    "ngoặt",
    "hoặc",
    "toán",
    "khuâng",
    "thuở",
    "huệ",
    "rượu",
    "ước",
    "ý",
    "ừ",
    "ỉa",
    # Stop finals with sắc and nặng.
    "học",
    "tốt",
    "lớp",
    "sách",
    "ếch",
    # Loans and official place names.
    "xoong",
    "moóc",
    "buýt",
    "pin",
    "đắk",
    "lắk",
    "kon",
    "kạn",
]

INVALID = [
    # Tone on the wrong vowel.
    "gìa",
    "qúy",
    "hóan",
    "tòan",
    # Stop finals take only sắc or nặng.
    "hòc",
    "tồt",
    "lỡp",
    "sảch",
    # c, g, ng before front vowels; k, gh, ngh elsewhere.
    "ce",
    "ci",
    "cy",
    "ge",
    "ngi",
    "nge",
    "gha",
    "ngha",
    "ka",
    "ku",
    # q without u, qu without a vowel, iê and yê in the wrong place.
    "qa",
    "qu",
    "quu",
    "iên",
    "tyên",
    # Two tones, no vowel, and what is no Vietnamese at all.
    "háà",
    "nghé\u0301",
    "ng",
    "",
    "strong",
    "sos",
    "tax",
    "window",
    "http",
    "fan",
    "jazz",
    "ăn1",
    "việtnam",
]


@pytest.mark.parametrize("word", VALID)
def test_well_spelled_syllable_is_valid(word):
    assert is_vietnamese_syllable(word)


@pytest.mark.parametrize("word", INVALID)
def test_misspelled_or_foreign_word_is_not_a_syllable(word):
    assert not is_vietnamese_syllable(word)


@pytest.mark.parametrize("word", ["Đảng", "NGƯỜI", "Quốc"])
def test_capital_letters_are_accepted(word):
    assert is_vietnamese_syllable(word)


@pytest.mark.parametrize("word", ["người", "nghiêng", "khuỷu", "hòa"])
def test_nfd_input_is_composed_first(word):
    assert is_vietnamese_syllable(unicodedata.normalize("NFD", word))


def test_eth_left_by_legacy_converters_reads_as_d_with_stroke():
    assert is_vietnamese_syllable("ðiều")


@pytest.mark.parametrize(
    "word", ["nghieng", "duong", "gi", "gin", "quy", "khuyu", "xoong", "dak", "nguoi", "a"]
)
def test_folded_shape_of_a_syllable_is_recognised(word):
    assert is_folded_syllable(word)


@pytest.mark.parametrize(
    "word", ["strong", "sos", "tax", "http", "window", "ce", "ngie", "", "Nghieng", "ngườ"]
)
def test_word_without_a_syllable_shape_is_not_folded_syllable(word):
    assert not is_folded_syllable(word)


@pytest.mark.parametrize(
    ("base", "tone", "expected"),
    [
        ("hoa", "huyền", "hoà"),
        ("ngươi", "huyền", "người"),
        ("quôc", "sắc", "quốc"),
        ("khuyu", "hỏi", "khuỷu"),
        ("gin", "huyền", "gìn"),
        ("giưa", "ngã", "giữa"),
        ("thuy", "hỏi", "thuỷ"),
        ("ngoai", "huyền", "ngoài"),
        ("yên", "", "yên"),
    ],
)
def test_place_tone_puts_the_mark_where_tone_key_does(base, tone, expected):
    placed = place_tone(base, TONES.get(tone, ""))
    assert placed == expected
    assert tone_key(placed) == placed


@pytest.mark.parametrize(("base", "tone"), [("hoc", "huyền"), ("strong", "sắc"), ("ce", "")])
def test_place_tone_refuses_what_is_no_syllable(base, tone):
    assert place_tone(base, TONES.get(tone, "")) is None


def _toneless(word: str) -> tuple[str, str]:
    decomposed = unicodedata.normalize("NFD", word)
    tone = next((mark for mark in decomposed if mark in TONES.values()), "")
    return unicodedata.normalize("NFC", decomposed.replace(tone, "")) if tone else word, tone


@pytest.mark.parametrize("word", VALID)
def test_placing_the_tone_again_gives_the_tone_key(word):
    base, tone = _toneless(word.replace("ð", "đ"))
    assert place_tone(base, tone) == tone_key(word)


@given(st.text(alphabet=st.sampled_from(all_letters() + ["\u0301", "1", " ", "-"]), max_size=9))
def test_a_valid_syllable_folds_to_a_folded_syllable(word):
    if is_vietnamese_syllable(word):
        assert is_folded_syllable(fold(word))
        assert is_vietnamese_syllable(tone_key(word))


@given(st.text(max_size=12))
def test_any_text_gets_an_answer(word):
    assert is_vietnamese_syllable(word) in (True, False)
    assert is_folded_syllable(word) in (True, False)


LEGAL_DOCS = Path(__file__).resolve().parents[3] / ".." / "shared" / "data" / "legal-docs"
TONED = re.compile("[\u0300\u0301\u0303\u0309\u0323]")


@pytest.mark.skipif(
    not (LEGAL_DOCS / "documents.jsonl.gz").is_file(),
    reason="shared data not present: ../shared/data/legal-docs",
)
def test_almost_every_toned_word_of_the_legal_corpus_is_a_valid_syllable():
    with gzip.open(LEGAL_DOCS / "documents.jsonl.gz", "rt", encoding="utf-8") as lines:
        texts = [json.loads(line)["text"] for line in itertools.islice(lines, 20)]
    words = [
        word.lower()
        for text in texts
        for word in syllables(text)
        if word.isalpha() and TONED.search(unicodedata.normalize("NFD", word))
    ]
    rejected = [word for word in words if not is_vietnamese_syllable(word)]
    # What is left are typos of the corpus (trưòng, ngoàl) and loans written as one word
    # (mililít, kilômét).
    assert len(words) > 100_000
    assert len(rejected) / len(words) < 0.001, sorted(set(rejected))[:50]
