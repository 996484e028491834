"""Every Vietnamese vowel with every tone, spelled the three ways that occur in real text."""

import unicodedata

# Plain vowels first, then those with a quality mark (breve, circumflex, horn).
VOWELS = ("a", "e", "i", "o", "u", "y", "ă", "â", "ê", "ô", "ơ", "ư")
TONES = {
    "huyền": "\u0300",
    "sắc": "\u0301",
    "hỏi": "\u0309",
    "ngã": "\u0303",
    "nặng": "\u0323",
}
PLAIN = {"ă": "a", "â": "a", "ê": "e", "ô": "o", "ơ": "o", "ư": "u"}


def toned_letters() -> list[tuple[str, str, str]]:
    """Return (vowel, tone name, NFC letter) for each vowel and tone, lower and upper case."""
    letters = []
    for vowel in VOWELS:
        for name, mark in TONES.items():
            for cased in (vowel, vowel.upper()):
                letters.append((cased, name, unicodedata.normalize("NFC", cased + mark)))
    return letters


def spellings(letter: str) -> dict[str, str]:
    """Return the NFC, NFD and "Unicode tổ hợp" (Windows-1258) spellings of ``letter``.

    Tổ hợp keeps the quality mark precomposed and writes the tone as a separate mark.
    """
    decomposed = unicodedata.normalize("NFD", letter)
    tone = next(char for char in decomposed if char in TONES.values())
    toneless = unicodedata.normalize("NFC", decomposed.replace(tone, ""))
    return {"nfc": letter, "nfd": decomposed, "to_hop": toneless + tone}


def all_letters() -> list[str]:
    """Every Vietnamese letter in NFC, both cases, with and without tone, đ included."""
    letters = {letter for _, _, letter in toned_letters()}
    letters.update(VOWELS)
    letters.update(vowel.upper() for vowel in VOWELS)
    letters.update("bcdđghklmnpqrstvxBCDĐGHKLMNPQRSTVX")
    return sorted(letters)
