"""Is this a Vietnamese syllable? The spelling rules of onset, glide, vowel, final and tone.

A written syllable is an onset (possibly none), a rhyme (vần) and at most one tone mark.
The rhyme is an optional glide (o or u), a vowel nucleus and an optional final consonant;
the rules that tie them together are those of the school spelling:

- c, g, ng never stand before e, ê, i, y; k, gh, ngh stand only there (k also before y);
- q only in qu, followed by a vowel; gi before i is written once (gì, gìn, giếng);
- iê is written yê with no onset (yên) or after the glide u (khuyên);
- a syllable closed by a stop (c, ch, p, t) takes only the sắc or nặng tone.

Loan spellings that school dictionaries list (xoong, moóc, buýt, pin) are accepted, and so
are the k of official place names (Đắk Lắk, Kon Tum, Bắc Kạn); the consonants f, j, w, z
and clusters such as str or kr are not.
"""

import functools
import unicodedata

from .fold import fold
from .spelling import HOI, HUYEN, MARKED_VOWELS, NANG, NGA, SAC, TONE_MARKS, VOWELS

_RHYMES_WITHOUT_GLIDE = """
    a ac ach ai ak am an ang anh ao ap at au ay
    ăc ăk ăm ăn ăng ăp ăt
    âc âm ân âng âp ât âu ây
    e ec em en eng eo ep et
    ê êch êm ên ênh êp êt êu
    i ia ich im in inh ip it iu
    iêc iêm iên iêng iêp iêt iêu
    o oc oi om on ong op ot oong ooc
    ô ôc ôi ôm ôn ông ôp ôt
    ơ ơi ơm ơn ơp ơt
    u ua uc ui um un ung up ut
    uôc uôi uôm uôn uông uôt
    ư ưa ưc ưi ưm ưng ưt ưu
    ươc ươi ươm ươn ương ươp ươt ươu
    y yêm yên yêt yêu
""".split()

# The rounding glide, written o before a, ă, e and u before â, ê, ơ, y.
_RHYMES_WITH_GLIDE = """
    oa oac oach oai oam oan oang oanh oao oap oat oay
    oăc oăm oăn oăng oăt
    oe oen oeo oet
    uân uâng uât uây uê uêch uênh uơ
    uy uya uych uynh uyp uyt uyu uyên uyêt
""".split()

# After q the glide u belongs to the onset qu, and its rhyme is written without it.
_QU_RHYMES = frozenset(
    [rhyme for rhyme in _RHYMES_WITHOUT_GLIDE if rhyme[0] in "aăâeêôơ"]
    + ["i", "y", "ych", "ynh", "yp", "yt", "yên", "yêt"]
)
# gi before a rhyme that starts with i drops that i: gi + in is gìn, gi + iêng is giếng.
_GI_MERGED_RHYMES = frozenset("i ich im in inh ip it iêc iêm iên iêng iêp iêt iêu".split())
_GI_RHYMES = frozenset(rhyme for rhyme in _RHYMES_WITHOUT_GLIDE if rhyme[0] not in "iy")
_RHYMES = frozenset(_RHYMES_WITHOUT_GLIDE + _RHYMES_WITH_GLIDE)

# Longest first, so that ngh is tried before ng and n.
_ONSETS = sorted(
    "b c ch d đ g gh gi h k kh l m n ng ngh nh p ph qu r s t th tr v x".split(),
    key=len,
    reverse=True,
)
_FRONT_VOWELS = "eêiy"
_K_PLACE_RHYMES = frozenset(("an", "on", "ông"))
_STOP_FINALS = ("c", "ch", "k", "p", "t")
_STOP_TONES = frozenset((SAC, NANG))
# Without a final these pairs are where the old style (hòa, khỏe, thủy) and the 1980s rules
# (hoà, khoẻ, thuỷ) put the tone on different vowels; both spellings are in use.
_SECOND_VOWEL_PAIRS = frozenset({"oa", "oe", "uy"})

TONES = {"sắc": SAC, "huyền": HUYEN, "hỏi": HOI, "ngã": NGA, "nặng": NANG}


def _split_letters() -> dict[str, tuple[str, str]]:
    split = {}
    for vowel in VOWELS:
        for tone in TONE_MARKS:
            split[unicodedata.normalize("NFC", vowel + tone)] = (vowel, tone)
    return split


_SPLIT = _split_letters()


def _onset_allows(onset: str, rhyme: str) -> bool:
    first = rhyme[0]
    if onset == "qu":
        return rhyme in _QU_RHYMES
    if onset == "gi":
        return rhyme in _GI_RHYMES
    if rhyme not in _RHYMES:
        return False
    if rhyme.startswith("yê"):
        return onset == ""
    if rhyme.startswith("iê"):
        return onset != ""
    if onset in ("c", "ng"):
        return first not in _FRONT_VOWELS
    if onset == "g":
        # g before i is the onset gi, parsed on its own.
        return first not in _FRONT_VOWELS
    if onset == "k":
        # Kon Tum, Bắc Kạn and Kông Chro are province and district names.
        return first in _FRONT_VOWELS or rhyme in _K_PLACE_RHYMES
    if onset in ("gh", "ngh"):
        return first in "eêi"
    return True


def _main_vowel(vowels: str, has_final: bool, old_style: bool = False) -> int:
    """Index in ``vowels`` of the vowel that carries the tone (the rules of ``tone_key``)."""
    marked = [index for index, vowel in enumerate(vowels) if vowel in MARKED_VOWELS]
    if marked:
        return marked[-1]
    if has_final:
        return len(vowels) - 1
    if len(vowels) == 3:
        return 1
    if len(vowels) == 2 and vowels in _SECOND_VOWEL_PAIRS:
        return 0 if old_style else 1
    return 0


@functools.lru_cache(maxsize=1 << 14)
def _parse(base: str) -> tuple[int, str, str] | None:
    """Split a toneless lower-case syllable into (offset of its vowels, vowels, final).

    The offset is where the tone-bearing vowels start in ``base``: for gìn and giếng the i of
    gi counts, for quý the u of qu does not. None when ``base`` is no Vietnamese syllable.
    """
    for onset in (*_ONSETS, ""):
        if not base.startswith(onset):
            continue
        rhyme = base[len(onset) :]
        if onset == "gi" and ("i" + rhyme) in _GI_MERGED_RHYMES and rhyme not in _GI_RHYMES:
            onset, rhyme = "g", "i" + rhyme
        elif not rhyme or not _onset_allows(onset, rhyme):
            continue
        vowel_count = len(rhyme) - len(rhyme.lstrip(VOWELS))
        return len(onset), rhyme[:vowel_count], rhyme[vowel_count:]
    return None


def _split_tone(word: str) -> tuple[str, int, str] | None:
    """Return (toneless word, index of the toned letter, tone); None for two tones or more."""
    letters = []
    index, tone = -1, ""
    for position, letter in enumerate(word):
        vowel, mark = _SPLIT.get(letter, (letter, ""))
        if mark:
            if tone:
                return None
            index, tone = position, mark
        letters.append(vowel)
    return "".join(letters), index, tone


@functools.lru_cache(maxsize=1 << 15)
def is_vietnamese_syllable(word: str) -> bool:
    """Return whether ``word`` is one well-spelled Vietnamese syllable, tone included.

    ``word`` is expected lower-case NFC (other input is lower-cased and composed first).
    The tone may sit where the 1980s rules put it or where the old style does (hoà and hòa,
    thuỷ and thủy); elsewhere (hóan, qúy, gìa) it is a misspelling. A syllable closed by
    c, ch, p or t takes only sắc or nặng (học, tốt; not hòc).
    """
    word = unicodedata.normalize("NFC", word.lower()).replace("ð", "đ")
    split = _split_tone(word)
    if split is None:
        return False
    base, tone_index, tone = split
    parsed = _parse(base)
    if parsed is None:
        return False
    if not tone:
        return True
    offset, vowels, final = parsed
    if final in _STOP_FINALS and tone not in _STOP_TONES:
        return False
    has_final = bool(final)
    allowed = {offset + _main_vowel(vowels, has_final, old) for old in (False, True)}
    return tone_index in allowed


def place_tone(base: str, tone: str) -> str | None:
    """Put ``tone`` (a combining mark, or "" for none) on the main vowel of ``base``.

    ``base`` is a toneless lower-case syllable such as ``"hoa"`` or ``"nguoi"`` with its
    quality marks (``"người"`` is ``place_tone("ngươi", HUYEN)``). The placement is that of
    ``tone_key`` (hoà, thuỷ, người). None when the result is no Vietnamese syllable.
    """
    parsed = _parse(base)
    if parsed is None:
        return None
    if not tone:
        return base
    offset, vowels, final = parsed
    if final in _STOP_FINALS and tone not in _STOP_TONES:
        return None
    position = offset + _main_vowel(vowels, bool(final))
    toned = unicodedata.normalize("NFC", base[position] + tone)
    return base[:position] + toned + base[position + 1 :]


@functools.cache
def _folded_syllables() -> frozenset[str]:
    folded = set()
    for onset in (*_ONSETS, ""):
        for rhyme in _RHYMES | _QU_RHYMES:
            if _onset_allows(onset, rhyme):
                folded.add(fold(onset + rhyme))
    for rhyme in _GI_MERGED_RHYMES:
        folded.add(fold("g" + rhyme))
    return frozenset(folded)


def is_folded_syllable(word: str) -> bool:
    """Return whether ``word`` is the accent-free spelling of some Vietnamese syllable.

    ``word`` is lower-case ASCII as ``fold`` gives it: ``"nghieng"`` and ``"duong"`` are,
    ``"strong"``, ``"ngie"`` and ``"ce"`` are not.
    """
    return word in _folded_syllables()
