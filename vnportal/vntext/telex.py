"""Decode queries typed in Telex or VNI keystrokes without an input method running.

A citizen whose Vietnamese keyboard is switched off types ``ddangr booj`` (Telex) or
``d9ang3 bo65`` (VNI) and means ``đảng bộ``. Decoding works like the input method would
have, one word at a time, and a decoded word is kept only when it is one well-spelled
Vietnamese syllable (``is_vietnamese_syllable``).

A reading never replaces the query as typed: ``sos``, ``tax`` and ``a1`` decode (to só, tã
and á) and are still meant literally far more often. ``decode_query`` therefore returns the
literal text first and the decoded readings after it, for the search to try side by side.

Where the input method itself would have to guess, the decoder does not: a doubled key
(``ass``, ``ddd``, ``ooo``) asks an input method for the plain letters, and the word is
left undecoded. ``oo`` always types ô, so the loan words xoong and boong have no Telex
spelling here; their literal reading still finds them.
"""

import functools
import re
import unicodedata

from .normalize import normalize
from .spelling import HOI, HUYEN, NANG, NGA, SAC
from .syllable import place_tone
from .tokens import syllables

# No syllable has more than 7 letters; with a quality key, a tone key and the doubled d,
# 11 keystrokes are plenty. Longer words are English, codes or keyboard mashing.
_MAX_KEYS = 12

_TELEX_TONES = {"s": SAC, "f": HUYEN, "r": HOI, "x": NGA, "j": NANG}
_VNI_TONES = {"1": SAC, "2": HUYEN, "3": HOI, "4": NGA, "5": NANG}
_CIRCUMFLEX = {"a": "â", "e": "ê", "o": "ô"}
_VOWELS = frozenset("aăâeêioôơuưy")

_TELEX_WORD = re.compile(r"[A-Za-z]+")
_VNI_WORD = re.compile(r"[A-Za-z][A-Za-z0-9]*")


class _UndecodableError(Exception):
    """A key undid an earlier one (``ass``) or had nothing to act on (``h5``)."""


class _Word:
    """The letters typed so far, each with its quality mark, and the one tone."""

    __slots__ = ("letters", "tone", "marked")

    def __init__(self) -> None:
        self.letters: list[str] = []
        self.tone = ""
        self.marked = False

    def copy(self) -> "_Word":
        other = _Word()
        other.letters = list(self.letters)
        other.tone = self.tone
        other.marked = self.marked
        return other

    def has_vowel(self) -> bool:
        return any(letter in _VOWELS for letter in self.letters)

    def last_vowels(self) -> range:
        """Indexes of the last run of vowels: where quality keys act, codas after it or not."""
        end = len(self.letters)
        while end and self.letters[end - 1] not in _VOWELS:
            end -= 1
        start = end
        while start and self.letters[start - 1] in _VOWELS:
            start -= 1
        return range(start, end)

    def set_tone(self, tone: str) -> None:
        if not self.has_vowel():
            raise _UndecodableError
        if self.tone == tone:
            # Pressing a tone key twice is how a typist asks for the letter itself.
            raise _UndecodableError
        self.tone = tone
        self.marked = True


def _with_horn(word: _Word, telex: bool) -> list[_Word]:
    """Every way the horn key (Telex w, VNI 7) can act, the likeliest first."""
    run = word.last_vowels()
    text = "".join(word.letters[index] for index in run)
    options: list[dict[int, str]] = []
    for pair in ("uo", "ưo", "uơ"):
        at = text.find(pair)
        if at != -1:
            first = run.start + at
            # ươ is far more common, but thuở, huơ and quơ put the horn on o alone.
            options.append({first: "ư", first + 1: "ơ"})
            options.append({first + 1: "ơ"})
    if not options:
        for index in reversed(run):
            letter = word.letters[index]
            if telex and letter == "a":
                options.append({index: "ă"})
            elif letter == "o":
                options.append({index: "ơ"})
            elif letter == "u":
                options.append({index: "ư"})
    if not options:
        if any(letter in "ăơư" for letter in text):
            raise _UndecodableError
        if telex and not run:
            # Telex w on its own types ư (nhw is như).
            word.letters.append("ư")
            word.marked = True
            return [word]
        raise _UndecodableError
    branches = []
    for option in options:
        branch = word.copy()
        for index, letter in option.items():
            branch.letters[index] = letter
        branch.marked = True
        branches.append(branch)
    return branches


def _with_vni_mark(word: _Word, targets: dict[str, str]) -> list[_Word]:
    run = word.last_vowels()
    branches = []
    for index in reversed(run):
        letter = word.letters[index]
        if letter in targets.values():
            raise _UndecodableError
        if letter in targets:
            branch = word.copy()
            branch.letters[index] = targets[letter]
            branch.marked = True
            branches.append(branch)
    if not branches:
        raise _UndecodableError
    return branches


def _telex_key(word: _Word, key: str) -> list[_Word]:
    last = word.letters[-1] if word.letters else ""
    if key in _TELEX_TONES and word.has_vowel():
        word.set_tone(_TELEX_TONES[key])
    elif key == "z" and word.tone:
        word.tone = ""
    elif key == "w":
        return _with_horn(word, telex=True)
    elif key in _CIRCUMFLEX and last in (key, _CIRCUMFLEX[key]):
        if last == _CIRCUMFLEX[key]:
            raise _UndecodableError
        word.letters[-1] = _CIRCUMFLEX[key]
        word.marked = True
    elif key == "d" and last in ("d", "đ"):
        if last == "đ":
            raise _UndecodableError
        word.letters[-1] = "đ"
        word.marked = True
    else:
        word.letters.append(key)
    return [word]


def _vni_key(word: _Word, key: str) -> list[_Word]:
    if key in _VNI_TONES:
        word.set_tone(_VNI_TONES[key])
    elif key == "6":
        return _with_vni_mark(word, _CIRCUMFLEX)
    elif key == "7":
        return _with_horn(word, telex=False)
    elif key == "8":
        return _with_vni_mark(word, {"a": "ă"})
    elif key == "9":
        # The stroke key may follow the d (d9ang3) or come at the end (dang39).
        if word.letters[:1] != ["d"]:
            raise _UndecodableError
        word.letters[0] = "đ"
        word.marked = True
    elif key.isdigit():
        raise _UndecodableError
    else:
        word.letters.append(key)
    return [word]


def _recase(decoded: str, typed: str) -> str:
    if len(typed) > 1 and typed.isupper():
        return decoded.upper()
    if typed[0].isupper():
        return decoded[0].upper() + decoded[1:]
    return decoded


# Outcomes of decoding one word.
_UNMARKED = "unmarked"  # no key acted as a mark: the word is plain letters
_FAILED = "failed"  # keys acted, but no Vietnamese syllable came out


@functools.lru_cache(maxsize=1 << 14)
def _decode(word: str, telex: bool) -> str:
    """Return the decoded syllable, or ``_UNMARKED`` or ``_FAILED``."""
    pattern = _TELEX_WORD if telex else _VNI_WORD
    if len(word) > _MAX_KEYS or not pattern.fullmatch(word):
        return _UNMARKED
    if not telex and word.isalpha():
        return _UNMARKED
    press = _telex_key if telex else _vni_key
    branches = [_Word()]
    for key in word.lower():
        pressed = []
        for branch in branches:
            try:
                pressed += press(branch, key)
            except _UndecodableError:
                continue
        if not pressed:
            return _FAILED
        branches = pressed
    if not any(branch.marked for branch in branches):
        return _UNMARKED
    for branch in branches:
        decoded = place_tone("".join(branch.letters), branch.tone)
        if decoded is not None:
            return _recase(decoded, word)
    return _FAILED


def decode_telex(word: str) -> str | None:
    """Return the NFC syllable that Telex keys ``word`` type, or None.

    ``decode_telex("ddangr") == "đảng"``, ``"nguowif"`` gives người and ``"Vieetj"`` gives
    Việt. Keys: aa â, aw ă, ee ê, oo ô, ow ơ, uw or w ư, uow ươ, dd đ, and the tones s f r
    x j (sắc huyền hỏi ngã nặng) anywhere after the first vowel; z removes the tone. None
    when no key acts as a mark (``"viet"``, ``"strong"``), when a doubled key asks for the
    letter itself (``"ass"``, ``"ddd"``), or when the result is no Vietnamese syllable
    (``"window"``). The first letter keeps its case, and a word typed in capitals comes
    out in capitals.
    """
    decoded = _decode(word, telex=True)
    return None if decoded in (_UNMARKED, _FAILED) else decoded


def decode_vni(word: str) -> str | None:
    """Return the NFC syllable that VNI keys ``word`` type, or None.

    ``decode_vni("d9ang3") == "đảng"``, ``"bo65"`` gives bộ, ``"nguo72i"`` người. Keys: 6
    â ê ô, 7 ơ ư (ươ on uo), 8 ă, 9 đ, and the tones 1 to 5 (sắc huyền hỏi ngã nặng), each
    right after its letter or later in the word. None for words without digits, words that
    start with a digit (``"2022"``), digits with nothing to act on (``"h5n1"``, ``"q1"``)
    and results that are no Vietnamese syllable (``"covid19"``).
    """
    decoded = _decode(word, telex=False)
    return None if decoded in (_UNMARKED, _FAILED) else decoded


def decode_words(words: list[str], telex: bool) -> list[str] | None:
    """Return ``words`` with each Telex (or VNI) word decoded, or None for no reading.

    A word in which a key acted as a mark but which decodes to no Vietnamese syllable
    (a name: Gordon, Ramsay) stays as typed. A reading needs more decoded words than such
    failed ones: ``["ddangr", "booj", "Nam"]`` reads đảng bộ Nam, ``["gordon", "khoong",
    "ddeer"]`` reads gordon không để, but ``["tax", "window"]`` has no Telex reading: tã is
    as likely a slip as window is English.
    """
    decoded = []
    changed = failed = 0
    for word in words:
        result = _decode(word, telex)
        if result in (_FAILED, _UNMARKED):
            failed += result == _FAILED
            decoded.append(word)
        else:
            decoded.append(result)
            changed += 1
    return decoded if changed > failed else None


def decode_query(text: str) -> list[str]:
    """Return the readings of a whole query: the literal text first, then Telex, then VNI.

    ``decode_query("ddangr booj") == ["ddangr booj", "đảng bộ"]``. The literal text is
    normalized and its whitespace collapsed; the readings replace the decoded words in it
    and keep everything else (``"d9ang3 bo65, 2022"`` reads ``"đảng bộ, 2022"``).
    Duplicates are left out, so plain text gives a list of one.
    """
    literal = " ".join(normalize(text).split())
    readings = [literal]
    words = syllables(literal)
    for telex in (True, False):
        decoded = decode_words(words, telex)
        if decoded is None:
            continue
        reading = _replace_words(literal, words, decoded)
        if reading not in readings:
            readings.append(reading)
    return readings


def _replace_words(text: str, words: list[str], replacements: list[str]) -> str:
    pieces = []
    done = 0
    for word, replacement in zip(words, replacements, strict=True):
        start = text.index(word, done)
        pieces.append(text[done:start])
        pieces.append(replacement)
        done = start + len(word)
    pieces.append(text[done:])
    return unicodedata.normalize("NFC", "".join(pieces))
