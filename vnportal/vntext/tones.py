"""One place for the tone mark, so that hòa and hoà, thủy and thuỷ compare equal."""

import functools
import re
import unicodedata

from .normalize import normalize
from .spelling import LETTER_DIACRITICS, MARKED_VOWELS, TONE_MARKS, VOWELS

# Without a final consonant these pairs are where the two conventions disagree: the old
# style writes hòa, khỏe, thủy, the 1980s rules write hoà, khoẻ, thuỷ.
_SECOND_VOWEL_PAIRS = frozenset({"oa", "oe", "uy"})

# Onsets longest first, so that gi and qu are taken as consonants when a vowel follows
# (giữa, quốc) and the regex falls back to g + i when none does (gìn).
_SYLLABLE = re.compile(
    r"(ngh|ng|gh|gi|qu|ch|kh|nh|ph|th|tr|[bcdđghklmnpqrstvx]|)"
    f"([{VOWELS}]{{1,3}})"
    r"(ng|nh|ch|[cmnpt]|)"
)
# Letters with any mark that NFC could not compose: such a run is no Vietnamese syllable,
# and moving a tone inside it could leave the mark free to compose.
_LETTER_RUN = re.compile(f"[^\\W\\d_]+(?:[{LETTER_DIACRITICS}]+[^\\W\\d_]*)*")


def _split_tones() -> tuple[dict[str, tuple[str, str]], dict[tuple[str, str], str]]:
    split = {}
    join = {}
    for vowel in VOWELS:
        for tone in TONE_MARKS:
            toned = unicodedata.normalize("NFC", vowel + tone)
            split[toned] = (vowel, tone)
            join[vowel, tone] = toned
    return split, join


_SPLIT, _JOIN = _split_tones()


def tone_key(text: str) -> str:
    """Return ``text`` normalized, lower-cased, with each syllable's tone on one vowel.

    The convention is the "new style" of the 1980s spelling rules: the tone sits on the
    main vowel, which is

    - the vowel with a quality mark (ă â ê ô ơ ư), or the second of two (người, rượu);
    - else the last vowel when a final consonant follows (hoàng, toán, quýt);
    - else, of three vowels, the middle one (ngoài, khuỷu);
    - else, of two vowels, the second for oa, oe, uy (hoà, khoẻ, thuỷ) and the first
      otherwise (hài, của, kìa).

    ``gi`` and ``qu`` before another vowel are consonants (giữa, quý); ``qúy`` becomes
    ``quý``. All other diacritics stay, so đảng, đang and dang keep distinct keys; ð (eth,
    left by legacy converters) is read as đ. A letter run that is not one well-formed
    Vietnamese syllable with exactly one tone (café, ViệtNam) is only lower-cased.
    """
    # Lower-casing can leave a letter and its mark uncomposed (J + caron becomes ǰ in NFC).
    text = unicodedata.normalize("NFC", normalize(text).lower()).replace("ð", "đ")
    return _LETTER_RUN.sub(_syllable_key, text)


def _syllable_key(run: re.Match[str]) -> str:
    return _place_tone(run.group())


# Vietnamese has about 7,000 written syllables, so a cache makes keying a long text cheap.
@functools.lru_cache(maxsize=1 << 15)
def _place_tone(syllable: str) -> str:
    letters = []
    tones = []
    for letter in syllable:
        vowel, tone = _SPLIT.get(letter, (letter, ""))
        letters.append(vowel)
        if tone:
            tones.append(tone)
    if len(tones) != 1:
        return syllable
    parts = _SYLLABLE.fullmatch("".join(letters))
    if parts is None:
        return syllable
    onset, nucleus, coda = parts.groups()
    position = len(onset) + _main_vowel(nucleus, has_coda=bool(coda))
    letters[position] = _JOIN[letters[position], tones[0]]
    return "".join(letters)


def _main_vowel(nucleus: str, has_coda: bool) -> int:
    marked = [index for index, vowel in enumerate(nucleus) if vowel in MARKED_VOWELS]
    if marked:
        return marked[-1]
    if has_coda:
        return len(nucleus) - 1
    if len(nucleus) == 3:
        return 1
    if len(nucleus) == 2 and nucleus in _SECOND_VOWEL_PAIRS:
        return 1
    return 0
