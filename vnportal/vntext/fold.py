"""Accent- and case-blind spelling of text, for matching a query typed without diacritics."""

import codecs
import re
import unicodedata

from .normalize import normalize
from .spelling import LETTER_DIACRITIC_RANGES, LETTER_DIACRITICS, TONE_MARKS, VOWELS

# Code points below this get an explicit entry; it covers every precomposed Latin, Greek
# and Cyrillic letter and the punctuation of Vietnamese news (“ ” – …).
_TABLE_END = 0x3000


def _build_fold_table() -> dict[int, str | None]:
    diacritic = re.compile(f"[{LETTER_DIACRITICS}]")
    # Identity entries look redundant, but a missing key costs str.translate a KeyError per
    # character, which makes folding ordinary text about twice as slow.
    table: dict[int, str | None] = {code: chr(code) for code in range(_TABLE_END)}
    for code in range(_TABLE_END):
        decomposed = unicodedata.normalize("NFD", chr(code))
        base, marks = decomposed[0], decomposed[1:]
        if marks and base.isalpha() and diacritic.sub("", marks) == "":
            table[code] = base.lower()
    for low, high in LETTER_DIACRITIC_RANGES:
        for code in range(low, high + 1):
            table[code] = None
    # đ has no decomposition; Ð/ð (eth) is in the table because legacy converters put it
    # where Đ belongs: the legal corpus writes "Ðiều" for "Điều".
    table.update({ord("đ"): "d", ord("Đ"): "d", ord("ð"): "d", ord("Ð"): "d"})
    return table


_FOLD_TABLE = _build_fold_table()

# str.translate looks every character up in a dict, which makes it the slowest step of
# fold. Lower-case Vietnamese text fits in 8 bits, so the fast path encodes it with a
# charmap codec (the machinery of the stdlib's cp1258 codec), folds the bytes with
# bytes.translate and decodes, about four times faster. Characters outside the 8-bit set
# become a placeholder of the same length and are folded afterwards with the dict.
_PLACEHOLDER = "\uffff"
_PLACEHOLDER_RUN = re.compile(f"{_PLACEHOLDER}+")
_TO_PLACEHOLDER = "vnportal.vntext.fold-placeholder"


def _byte_alphabet() -> list[str]:
    tones = ("", *sorted(TONE_MARKS))
    candidates = [unicodedata.normalize("NFC", v + t) for v in VOWELS for t in tones]
    candidates.append("đ")
    # Then what else lower-cased Vietnamese prose is made of: Latin-1 symbols and letters
    # and typographic punctuation. Together they fill the 127 bytes, the last is the
    # placeholder.
    candidates += map(chr, range(0xA1, 0x100))
    candidates += "“”‘’–—…•‰€™"
    alphabet: list[str] = []
    for char in candidates:
        folded = _FOLD_TABLE[ord(char)]
        # fold() lower-cases before encoding, so upper-case letters would only waste bytes.
        lower = char.lower() == char
        one_byte = folded == char or (folded is not None and len(folded) == 1 and folded.isascii())
        if not char.isascii() and lower and one_byte and char not in alphabet:
            alphabet.append(char)
    return alphabet[:127]


def _build_byte_codec() -> tuple[str, object, bytes]:
    alphabet = _byte_alphabet()
    decoding = "".join(map(chr, range(128))) + "".join(alphabet)
    decoding += _PLACEHOLDER * (256 - len(decoding))
    fold_bytes = bytearray(range(256))
    for byte, char in enumerate(alphabet, start=128):
        folded = _FOLD_TABLE[ord(char)]
        if folded != char:
            fold_bytes[byte] = ord(folded)
    return decoding, codecs.charmap_build(decoding), bytes(fold_bytes)


def _placeholder_for(error: UnicodeError) -> tuple[str, int]:
    return _PLACEHOLDER * (error.end - error.start), error.end


_DECODING, _ENCODING_MAP, _FOLD_BYTES = _build_byte_codec()
codecs.register_error(_TO_PLACEHOLDER, _placeholder_for)


def fold(text: str) -> str:
    """Return ``text`` normalized, lower-cased and stripped of every diacritic, with đ → d.

    ``fold("Đảng bộ HOÀ") == "dang bo hoa"``. Letters of any script lose their accents
    (``é`` → ``e``, ``ά`` → ``α``); letters without a decomposition other than đ and ð
    (``ø``, ``ł``) and all non-letters, emoji included, are kept.
    """
    lowered = normalize(text).lower()
    if lowered.isascii():
        return lowered
    encoded, _ = codecs.charmap_encode(lowered, _TO_PLACEHOLDER, _ENCODING_MAP)
    folded, _ = codecs.charmap_decode(encoded.translate(_FOLD_BYTES), "strict", _DECODING)
    if _PLACEHOLDER not in folded:
        return folded
    return _PLACEHOLDER_RUN.sub(
        lambda run: lowered[run.start() : run.end()].translate(_FOLD_TABLE), folded
    )


def _fold_by_table(text: str) -> str:
    """The plain str.translate fold, kept as the reference the fast path is tested against."""
    return normalize(text).lower().translate(_FOLD_TABLE)
