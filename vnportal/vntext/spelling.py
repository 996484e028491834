"""The vowels and combining marks Vietnamese spelling is built from."""

VOWELS = "aăâeêioôơuưy"
# Vowels whose quality mark (breve, circumflex, horn) makes them the main vowel of a syllable.
MARKED_VOWELS = frozenset("ăâêôơư")

# The five written tones; the level tone (thanh ngang) has no mark.
HUYEN = "\u0300"  # grave: à
SAC = "\u0301"  # acute: á
HOI = "\u0309"  # hook above: ả
NGA = "\u0303"  # tilde: ã
NANG = "\u0323"  # dot below: ạ
TONE_MARKS = frozenset(HUYEN + SAC + HOI + NGA + NANG)

# The general-purpose diacritic blocks: Combining Diacritical Marks, its Extended and
# Supplement blocks, and Half Marks. Script-specific marks such as Devanagari vowel signs are
# left out on purpose: they are spelling, never stray typing.
LETTER_DIACRITIC_RANGES = ((0x0300, 0x036F), (0x1AB0, 0x1AFF), (0x1DC0, 0x1DFF), (0xFE20, 0xFE2F))

# A lone mark for symbols is as meaningless as a lone accent, but one on its base must stay:
# U+20E3 is the keycap of emoji such as 1️⃣.
SYMBOL_DIACRITIC_RANGES = ((0x20D0, 0x20FF),)


def char_class(*ranges: tuple[int, int]) -> str:
    """Return the body of a regex character class (without brackets) matching ``ranges``."""
    return "".join(f"{chr(low)}-{chr(high)}" for low, high in ranges)


LETTER_DIACRITICS = char_class(*LETTER_DIACRITIC_RANGES)
ANY_DIACRITICS = char_class(*LETTER_DIACRITIC_RANGES, *SYMBOL_DIACRITIC_RANGES)
