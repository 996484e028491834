"""What a person types on a Telex or VNI keyboard for a Vietnamese text.

Used to write the Telex and VNI queries of the query set from their Vietnamese form, so
that no keystroke is mistyped by hand. Shape keys follow their letter (``ddaang``); the
tone key ends the syllable (``ddangr``), which is how most people type.
"""

import re
import unicodedata

_SHAPES = {"\u0302": "circumflex", "\u0306": "breve", "\u031b": "horn"}
_TONES = {"\u0301": 0, "\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0323": 4}
_TELEX_TONES = "sfrxj"
_VNI_TONES = "12345"
_TELEX_SHAPES = {"circumflex": None, "breve": "w", "horn": "w"}  # None: double the letter
_VNI_SHAPES = {"circumflex": "6", "breve": "8", "horn": "7"}
_WORD = re.compile(r"\w+")


def _encode_word(word, telex):
    keys = []
    tone = None
    for char in word:
        if char in "đĐ":
            letter = "d" if char == "đ" else "D"
            keys.append(letter + (letter if telex else "9"))
            continue
        base, *marks = unicodedata.normalize("NFD", char)
        keys.append(base)
        for mark in marks:
            if mark in _TONES:
                tone = _TONES[mark]
            elif mark in _SHAPES:
                shape = _SHAPES[mark]
                if telex:
                    extra = _TELEX_SHAPES[shape]
                    keys.append(base if extra is None else extra)
                else:
                    keys.append(_VNI_SHAPES[shape])
    if tone is not None:
        keys.append((_TELEX_TONES if telex else _VNI_TONES)[tone])
    return "".join(keys)


def _encode(text, telex):
    text = unicodedata.normalize("NFC", text)
    return _WORD.sub(lambda match: _encode_word(match.group(), telex), text)


def to_telex(text):
    """``đảng bộ`` → ``ddangr booj``."""
    return _encode(text, telex=True)


def to_vni(text):
    """``đảng bộ`` → ``d9ang3 bo65``."""
    return _encode(text, telex=False)
