"""One NFC spelling for Vietnamese text, whatever keyboard, converter or CMS produced it."""

import re
import unicodedata

from .spelling import ANY_DIACRITICS, LETTER_DIACRITICS, TONE_MARKS

# Zero width space, word joiner, byte order mark and soft hyphen never carry meaning in a
# portal's text, but they split words for search and break copy-paste.
_INVISIBLE_CHARS = "\u00ad\u200b\u2060\ufeff"

# Every space separator except U+0020 itself (category Zs).
_SPACE_CHARS = "\u00a0\u1680" + "".join(map(chr, range(0x2000, 0x200B))) + "\u202f\u205f\u3000"

# ZWNJ and ZWJ hold emoji sequences (👨‍👩‍👧) and Persian or Indic spelling together, so they
# are removed only where they touch Latin text, where they are always an editing accident.
_JOINER_CHARS = "\u200c\u200d"
_LATIN_SIDE = "\x00-\u024f\u1e00-\u1eff" + ANY_DIACRITICS
# A joiner at either end of the text joins nothing either.
_STRAY_JOINERS = re.compile(
    f"(?<=[{_LATIN_SIDE}])[{_JOINER_CHARS}]+|[{_JOINER_CHARS}]+(?=[{_LATIN_SIDE}])"
    f"|^[{_JOINER_CHARS}]+|[{_JOINER_CHARS}]+$"
)

_DIACRITIC_RUN = re.compile(f"[{ANY_DIACRITICS}]+")
_LETTER_DIACRITIC = re.compile(f"[{LETTER_DIACRITICS}]")
_NEEDS_REPAIR = re.compile(f"[{_INVISIBLE_CHARS}{_SPACE_CHARS}{_JOINER_CHARS}{ANY_DIACRITICS}]")


def normalize(text: str) -> str:
    """Return ``text`` in NFC with the damage of common Vietnamese input tools repaired.

    - NFD and the Windows-1258 "Unicode tổ hợp" form (``ê`` + U+0323) become precomposed
      letters (``ệ``).
    - A letter keeps one tone mark: ``ợ`` + U+0323 (+ U+0323) becomes ``ợ``. Which one is
      kept is decided on the canonical (NFD) order of the marks, so that NFC and NFD input
      agree; the dot below sorts before the other tones, so ``ờ`` + U+0323 gives ``ợ``.
    - Zero-width characters and the soft hyphen are removed; every other Unicode space
      becomes U+0020. Runs of spaces and line breaks are kept as they are. ZWJ and ZWNJ
      stay between non-Latin characters, where emoji and other scripts need them.
    - A diacritic with no letter to sit on is dropped: at the start, after a space, line
      break or control character, and after a digit or punctuation (marks made for symbols,
      such as the keycap of 1️⃣, stay on their symbol).

    Everything else, emoji and other scripts included, passes through unchanged.
    """
    if not isinstance(text, str):
        raise TypeError(
            f"normalize() needs str, got {type(text).__name__}; decode bytes as UTF-8 first"
        )
    if text.isascii():
        return text
    # One scan decides: almost all text needs nothing but NFC, and fold() calls this on
    # every article of a full-text index.
    if _NEEDS_REPAIR.search(text) is None:
        return unicodedata.normalize("NFC", text)
    for char in _INVISIBLE_CHARS:
        if char in text:
            text = text.replace(char, "")
    for char in _SPACE_CHARS:
        if char in text:
            text = text.replace(char, " ")
    if any(char in text for char in _JOINER_CHARS):
        # The neighbours decide, so look at them in NFC: the same for NFC and NFD input.
        text = _STRAY_JOINERS.sub("", unicodedata.normalize("NFC", text))
    if _DIACRITIC_RUN.search(text):
        text = _repair_diacritics(text)
    return unicodedata.normalize("NFC", text)


def _is_mark(char: str) -> bool:
    return unicodedata.category(char)[0] == "M"


def _repair_diacritics(text: str) -> str:
    pieces = []
    done = 0
    for run in _DIACRITIC_RUN.finditer(text):
        if run.start() < done:
            continue
        # Widen the run to the whole combining sequence, so that marks of other blocks in
        # between do not hide a doubled tone.
        start, end = run.span()
        while start > 0 and _is_mark(text[start - 1]):
            start -= 1
        while end < len(text) and _is_mark(text[end]):
            end += 1
        if start == 0 or unicodedata.category(text[start - 1])[0] in "CZ":
            pieces.append(text[done:start])
            pieces.append(_DIACRITIC_RUN.sub("", text[start:end]))
        else:
            pieces.append(text[done : start - 1])
            pieces.append(_repair_sequence(text[start - 1 : end]))
        done = end
    pieces.append(text[done:])
    return "".join(pieces)


def _repair_sequence(sequence: str) -> str:
    kept = []
    has_tone = False
    for char in unicodedata.normalize("NFD", sequence):
        if char in TONE_MARKS:
            if has_tone:
                continue
            has_tone = True
        kept.append(char)
    repaired = unicodedata.normalize("NFC", "".join(kept))
    # An accent left over on a digit or punctuation is a typing slip; one that composed
    # into a character (= + U+0338 is ≠) is not left over, so it stays.
    if unicodedata.category(repaired[0])[0] != "L":
        repaired = _LETTER_DIACRITIC.sub("", repaired)
    return repaired
