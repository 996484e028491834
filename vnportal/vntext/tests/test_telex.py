import functools
import unicodedata

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from vnportal.vntext import (
    decode_query,
    decode_telex,
    decode_vni,
    is_vietnamese_syllable,
    normalize,
    tone_key,
)
from vnportal.vntext.syllable import _GI_RHYMES, _ONSETS, _QU_RHYMES, _RHYMES, TONES, place_tone
from vnportal.vntext.telex import decode_words

TELEX = [
    ("ddangr", "đảng"),
    ("booj", "bộ"),
    ("tieengs", "tiếng"),
    ("nguowif", "người"),
    ("uwowcs", "ước"),
    ("hoaf", "hòa"),
    ("thuyr", "thủy"),
    ("noong", "nông"),
    ("thoon", "thôn"),
    ("mowis", "mới"),
    ("giuwax", "giữa"),
    ("quoocs", "quốc"),
    ("nghieeng", "nghiêng"),
    ("khuyur", "khuỷu"),
    ("Vieetj", "Việt"),
    ("xaam", "xâm"),
    ("nhaapj", "nhập"),
    ("mawnj", "mặn"),
    ("Taay", "Tây"),
    ("Yeen", "Yên"),
    ("DDoong", "Đông"),
    ("Thais", "Thái"),
    # Tone keys anywhere after the first vowel, the horn after the final.
    ("ddarng", "đảng"),
    ("hoafng", "hoàng"),
    ("truongwf", "trường"),
    ("tuoiw", "tươi"),
    # The horn on o alone where ươ is no syllable.
    ("thuowr", "thuở"),
    ("quow", "quơ"),
    ("hoawcj", "hoặc"),
    ("quawng", "quăng"),
    ("dduwowcj", "được"),
    ("chuyeenr", "chuyển"),
    ("gif", "gì"),
    ("ginf", "gìn"),
    ("kyf", "kỳ"),
    ("nhw", "như"),
    ("w", "ư"),
    # z takes the tone off again; a second tone key replaces the first.
    ("ddangrz", "đang"),
    ("hoafs", "hoá"),
    # Capitals.
    ("DDANGR", "ĐẢNG"),
    ("Ddawks", "Đắk"),
    ("Lawks", "Lắk"),
    # Words of English shape that are Vietnamese syllables too: decoded, and kept
    # literally by decode_query.
    ("sos", "só"),
    ("tax", "tã"),
]

VNI = [
    ("d9ang3", "đảng"),
    ("bo65", "bộ"),
    ("nguo72i", "người"),
    ("ngu7o72i", "người"),
    ("Vie65t", "Việt"),
    ("no6ng", "nông"),
    ("tho6n", "thôn"),
    ("mo71i", "mới"),
    ("giu7a4", "giữa"),
    ("quo6c1", "quốc"),
    ("nghie6ng", "nghiêng"),
    ("khuyu3", "khuỷu"),
    ("hoa2", "hòa"),
    ("thuy3", "thủy"),
    ("xa6m", "xâm"),
    ("nha6p5", "nhập"),
    ("ma8n5", "mặn"),
    ("Ta6y", "Tây"),
    ("Ye6n", "Yên"),
    ("D9o6ng", "Đông"),
    ("Tha1i", "Thái"),
    # Marks at the end of the word.
    ("dang39", "đảng"),
    ("Viet65", "Việt"),
    ("thuo73", "thuở"),
    ("hoa8c5", "hoặc"),
    ("a1", "á"),
]


@pytest.mark.parametrize(("typed", "expected"), TELEX)
def test_telex_keys_decode_to_the_syllable(typed, expected):
    decoded = decode_telex(typed)
    assert tone_key(decoded) == tone_key(expected)
    assert decoded[0] == expected[0]


@pytest.mark.parametrize(("typed", "expected"), VNI)
def test_vni_keys_decode_to_the_syllable(typed, expected):
    decoded = decode_vni(typed)
    assert tone_key(decoded) == tone_key(expected)
    assert decoded[0] == expected[0]


@pytest.mark.parametrize(("typed", "expected"), TELEX + VNI)
def test_decoded_word_is_nfc_with_the_tone_where_tone_key_puts_it(typed, expected):
    decoded = decode_telex(typed) or decode_vni(typed)
    assert unicodedata.is_normalized("NFC", decoded)
    assert tone_key(decoded) == decoded.lower()


@pytest.mark.parametrize(
    "typed",
    [
        # No key acts as a mark.
        "viet",
        "nam",
        "strong",
        "http",
        "Kon",
        # Keys act, but no syllable comes out.
        "window",
        "ddangx1",
        "truowngq",
        # A doubled key asks for the letter itself.
        "ass",
        "ddd",
        "aaa",
        "www",
        "uww",
        # Not Telex at all.
        "đảng",
        "2022",
        "",
        "a-b",
    ],
)
def test_telex_decoder_leaves_alone_what_it_cannot_read(typed):
    assert decode_telex(typed) is None


@pytest.mark.parametrize(
    "typed",
    [
        "viet",
        "2022",
        "42",
        "covid19",
        "h5n1",
        "qh14",
        "q1",
        "b2",
        "bo66",
        "d9d9",
        "ba0",
        "bo6n7",
        "đa1",
        "",
    ],
)
def test_vni_decoder_leaves_alone_what_it_cannot_read(typed):
    assert decode_vni(typed) is None


@pytest.mark.parametrize(
    ("query", "readings"),
    [
        ("ddangr booj", ["ddangr booj", "đảng bộ"]),
        ("d9ang3 bo65", ["d9ang3 bo65", "đảng bộ"]),
        ("Đảng bộ", ["Đảng bộ"]),
        ("dang bo an bien", ["dang bo an bien"]),
        ("nong thon moi", ["nong thon moi"]),
        ("hoà giải", ["hoà giải"]),
        ("xaam nhaapj mawnj", ["xaam nhaapj mawnj", "xâm nhập mặn"]),
        ("xa6m nha6p5 ma8n5", ["xa6m nha6p5 ma8n5", "xâm nhập mặn"]),
        ("Vieetj Nam", ["Vieetj Nam", "Việt Nam"]),
        ("Vie65t Nam", ["Vie65t Nam", "Việt Nam"]),
        ("xax Taay Yeen", ["xax Taay Yeen", "xã Tây Yên"]),
        ("d9ang3 bo65, 2022", ["d9ang3 bo65, 2022", "đảng bộ, 2022"]),
        ("nghij ddinhj 42/2022/NĐ-CP", ["nghij ddinhj 42/2022/NĐ-CP", "nghị định 42/2022/NĐ-CP"]),
        # The literal reading stays first, and is the only one when a word that keys
        # acted on gives no syllable.
        ("sos", ["sos", "só"]),
        ("tax", ["tax", "tã"]),
        ("tax window", ["tax window"]),
        ("viet", ["viet"]),
        ("strong http", ["strong http"]),
        ("42/2022/NĐ-CP", ["42/2022/NĐ-CP"]),
        ("covid19 d9ang3", ["covid19 d9ang3"]),
        ("", [""]),
        ("  ddangr \n booj  ", ["ddangr booj", "đảng bộ"]),
    ],
)
def test_decode_query_gives_the_literal_text_first_then_the_readings(query, readings):
    assert decode_query(query) == readings


def test_a_query_mixing_both_schemes_gives_each_reading_on_its_own():
    # a1 is á in VNI; to Telex it is no word and stays as typed, and the other way round.
    assert decode_query("ddangr a1") == ["ddangr a1", "đảng a1", "ddangr á"]


def test_decode_words_needs_more_decoded_words_than_failed_ones():
    assert decode_words(["ddangr", "booj", "Nam"], telex=True) == ["đảng", "bộ", "Nam"]
    assert decode_words(["dang", "bo"], telex=True) is None
    assert decode_words(["ddangr", "window"], telex=True) is None
    # Names that no keystrokes make Vietnamese stay as typed beside decoded words.
    assert decode_words(["gordon", "ramsay", "khoong", "ddeer", "laij"], telex=True) == [
        "gordon",
        "ramsay",
        "không",
        "để",
        "lại",
    ]
    assert decode_words([], telex=False) is None


def test_decode_query_normalizes_the_literal_text():
    nfd = unicodedata.normalize("NFD", "hòa giải")
    assert decode_query(nfd + "\u200b") == ["hòa giải"]


# Generated round trips: every marked syllable of the spelling tables, typed the way a
# Telex or VNI user would, decodes to itself.

_TELEX_KEYS = {"â": "aa", "ă": "aw", "ê": "ee", "ô": "oo", "ơ": "ow", "ư": "uw", "đ": "dd"}
_VNI_KEYS = {"â": "a6", "ă": "a8", "ê": "e6", "ô": "o6", "ơ": "o7", "ư": "u7", "đ": "d9"}
_TELEX_TONES = dict(zip(TONES.values(), "sfrxj", strict=True))
_VNI_TONES = dict(zip(TONES.values(), "12345", strict=True))


@functools.cache
def _bases() -> list[str]:
    bases = []
    for onset in [*_ONSETS, ""]:
        rhymes = {"qu": _QU_RHYMES, "gi": _GI_RHYMES}.get(onset, _RHYMES)
        bases += [onset + rhyme for rhyme in sorted(rhymes)]
    # Typing oo gives ô; xoong and moóc need a key we treat as ambiguous.
    return [base for base in bases if "oo" not in base and is_vietnamese_syllable(base)]


@st.composite
def typed_syllables(draw, keys, tone_keys):
    """A syllable, and its keys with the tone key after any letter from the first vowel on."""
    base = draw(st.sampled_from(_bases()))
    tone = draw(st.sampled_from(["", *TONES.values()]))
    syllable = place_tone(base, tone)
    assume(syllable is not None)
    letters = [keys.get(letter, letter) for letter in base]
    if tone:
        first_vowel = next(i for i, letter in enumerate(base) if letter in "aăâeêioôơuưy")
        at = draw(st.integers(min_value=first_vowel + 1, max_value=len(letters)))
        letters.insert(at, tone_keys[tone])
    return syllable, "".join(letters)


@settings(max_examples=400)
@given(typed_syllables(_TELEX_KEYS, _TELEX_TONES))
def test_every_syllable_typed_in_telex_decodes_to_itself(pair):
    syllable, typed = pair
    expected = syllable if typed != syllable else None
    assert decode_telex(typed) == expected
    assert decode_telex(typed.capitalize()) == (expected and expected.capitalize())


@settings(max_examples=400)
@given(typed_syllables(_VNI_KEYS, _VNI_TONES))
def test_every_syllable_typed_in_vni_decodes_to_itself(pair):
    syllable, typed = pair
    expected = syllable if typed != syllable else None
    assert decode_vni(typed) == expected


KEYSTROKES = st.text(alphabet="adeghinoqrstuwxyzfjADOW0123456789 ", max_size=24)
ANY_TEXT = st.one_of(st.text(max_size=60), KEYSTROKES)


@given(ANY_TEXT)
def test_decoders_never_raise_and_give_a_syllable_or_none(text):
    for decode in (decode_telex, decode_vni):
        decoded = decode(text)
        assert decoded is None or is_vietnamese_syllable(decoded.lower())
        assert decoded is None or unicodedata.is_normalized("NFC", decoded)


@given(ANY_TEXT)
def test_decode_query_keeps_the_literal_reading_first_and_no_duplicates(text):
    readings = decode_query(text)
    assert readings[0] == " ".join(normalize(text).split())
    assert len(readings) == len(set(readings)) <= 3
    assert all(unicodedata.is_normalized("NFC", reading) for reading in readings)
