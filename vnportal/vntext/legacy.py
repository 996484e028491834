"""Pages typed in the pre-Unicode font encodings TCVN3 (ABC) and VNI-Windows.

Before Unicode, Vietnamese text was typed as 8-bit bytes drawn by special fonts. A page or
file in those encodings declares no charset (or windows-1252, iso-8859-1), so it is read as
cp1252 and shows gibberish: ``Th«ng tin`` (TCVN3) or ``Thoâng tin`` (VNI) for ``Thông tin``.

TCVN3 is TCVN 5712:1993 in its VN3 form, the layout of the ABC fonts (.VnTime, .VnArial):
one byte per letter, with every lower-case letter and only the capitals Ă Â Ê Ô Ơ Ư Đ. A
capital with a tone mark was typed as the byte of its lower-case letter in a capitals font
(.VnTimeH), so the byte alone does not say its case. The decoder restores it where the
text shows it: in a word or line whose other letters are all capitals (``TH«NG B¸O`` is
``THÔNG BÁO``) and at the start of a sentence. ``encode_tcvn3`` writes such a capital as its
lower-case byte, as the H fonts did; other capitals with tones (``Ủy ban`` in mid-sentence)
come back lower-case. The VN1 capitals at 0x80-0x9F are not decoded: in real pages those
bytes are Word's curly quotes and dashes.

VNI-Windows writes a letter as a base byte followed by a mark byte (``oâ`` is ô, ``eá`` is ế,
``ôù`` is ớ); i, ơ, ư, đ and ỵ have bytes of their own (``ò`` is ị, ``ö`` is ư, ``ñ`` is đ).

Detection never rests on a single character: a word counts for an encoding when it is no
Vietnamese syllable as read but becomes one after conversion (``Th«ng`` → ``Thông``).
"""

import codecs
import re
import unicodedata
from dataclasses import dataclass

from .normalize import normalize
from .spelling import HOI, HUYEN, NANG, NGA, SAC
from .syllable import is_vietnamese_syllable

_CIRCUMFLEX = "\u0302"
_BREVE = "\u0306"
_HORN = "\u031b"
_TONES = (HUYEN, HOI, NGA, SAC, NANG)

# TCVN3 (VN3) bytes of each base letter followed by its five tones in the order of _TONES
# (huyền, hỏi, ngã, sắc, nặng); the standard lays the letters out in that order.
_TCVN3_ROWS = {
    "a": (0xB5, 0xB6, 0xB7, 0xB8, 0xB9),
    "ă": (0xBB, 0xBC, 0xBD, 0xBE, 0xC6),
    "â": (0xC7, 0xC8, 0xC9, 0xCA, 0xCB),
    "e": (0xCC, 0xCE, 0xCF, 0xD0, 0xD1),
    "ê": (0xD2, 0xD3, 0xD4, 0xD5, 0xD6),
    "i": (0xD7, 0xD8, 0xDC, 0xDD, 0xDE),
    "o": (0xDF, 0xE1, 0xE2, 0xE3, 0xE4),
    "ô": (0xE5, 0xE6, 0xE7, 0xE8, 0xE9),
    "ơ": (0xEA, 0xEB, 0xEC, 0xED, 0xEE),
    "u": (0xEF, 0xF1, 0xF2, 0xF3, 0xF4),
    "ư": (0xF5, 0xF6, 0xF7, 0xF8, 0xF9),
    "y": (0xFA, 0xFB, 0xFC, 0xFD, 0xFE),
}
_TCVN3_PLAIN = {
    "Ă": 0xA1, "Â": 0xA2, "Ê": 0xA3, "Ô": 0xA4, "Ơ": 0xA5, "Ư": 0xA6, "Đ": 0xA7,
    "ă": 0xA8, "â": 0xA9, "ê": 0xAA, "ô": 0xAB, "ơ": 0xAC, "ư": 0xAD, "đ": 0xAE,
}  # fmt: skip


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def _tcvn3_tables() -> tuple[dict[str, int], dict[int, str]]:
    letter_to_byte = dict(_TCVN3_PLAIN)
    for base, codes in _TCVN3_ROWS.items():
        for tone, code in zip(_TONES, codes, strict=True):
            letter_to_byte[_nfc(base + tone)] = code
    return letter_to_byte, {code: letter for letter, code in letter_to_byte.items()}


_TCVN3_ENCODE, _TCVN3_BYTES = _tcvn3_tables()
# Every TCVN3 byte is >= 0xA1, where cp1252 and latin-1 read the same character.
_TCVN3_DECODE = {ord(chr(code)): letter for code, letter in _TCVN3_BYTES.items()}
# Lower-case letters with a tone: the only ones whose capital TCVN3 (VN3) cannot write.
_CASELESS = frozenset(
    letter for letter in _TCVN3_ENCODE if letter.islower() and letter not in _TCVN3_PLAIN
)

# VNI mark bytes (as cp1252 reads them), lower-case font first, then the capitals font.
_VNI_TONE_MARKS = {
    HUYEN: ("ø", "Ø"), HOI: ("û", "Û"), NGA: ("õ", "Õ"), SAC: ("ù", "Ù"), NANG: ("ï", "Ï"),
}  # fmt: skip
_VNI_CIRCUMFLEX_MARKS = {
    "": ("â", "Â"), HUYEN: ("à", "À"), HOI: ("å", "Å"), NGA: ("ã", "Ã"), SAC: ("á", "Á"),
    NANG: ("ä", "Ä"),
}  # fmt: skip
_VNI_BREVE_MARKS = {
    "": ("ê", "Ê"), HUYEN: ("è", "È"), HOI: ("ú", "Ú"), NGA: ("ü", "Ü"), SAC: ("é", "É"),
    NANG: ("ë", "Ë"),
}  # fmt: skip
# Letters VNI writes as one byte of their own: ơ, ư, đ, the toned i and ỵ.
_VNI_SINGLES = {
    "ơ": "ô", "Ơ": "Ô", "ư": "ö", "Ư": "Ö", "đ": "ñ", "Đ": "Ñ",
    "ì": "ì", "Ì": "Ì", "ỉ": "æ", "Ỉ": "Æ", "ĩ": "ó", "Ĩ": "Ó", "í": "í", "Í": "Í",
    "ị": "ò", "Ị": "Ò", "ỵ": "î", "Ỵ": "Î",
}  # fmt: skip


def _vni_marks() -> dict[str, tuple[str, str]]:
    """Return mark byte → (quality mark, tone) for both cases of the VNI mark bytes."""
    marks = {}
    for quality, table in (("", _VNI_TONE_MARKS), (_CIRCUMFLEX, _VNI_CIRCUMFLEX_MARKS)):
        for tone, pair in table.items():
            for mark in pair:
                marks[mark] = (quality, tone)
    for tone, pair in _VNI_BREVE_MARKS.items():
        for mark in pair:
            marks[mark] = (_BREVE, tone)
    return marks


_VNI_MARKS = _vni_marks()
_VNI_TONE_ONLY = "".join(m for m, (q, _) in _VNI_MARKS.items() if not q)
_VNI_CIRCUMFLEX_ONLY = "".join(m for m, (q, _) in _VNI_MARKS.items() if q == _CIRCUMFLEX)
_VNI_BREVE_ONLY = "".join(m for m, (q, _) in _VNI_MARKS.items() if q == _BREVE)
_VNI_SINGLE_DECODE = {byte: letter for letter, byte in _VNI_SINGLES.items()}
# A mark byte binds only to a base that can carry it: the breve only to a, the circumflex
# to a, e and o, a tone to any vowel (VNI writes the toned i as one byte, but a stray
# "i" + tone byte means the same).
_VNI_SEQUENCE = re.compile(
    f"(?P<a>[aA])(?P<am>[{_VNI_TONE_ONLY}{_VNI_CIRCUMFLEX_ONLY}{_VNI_BREVE_ONLY}])"
    f"|(?P<eo>[eEoO])(?P<eom>[{_VNI_TONE_ONLY}{_VNI_CIRCUMFLEX_ONLY}])"
    f"|(?P<v>[iIuUyYôÔöÖ])(?P<vm>[{_VNI_TONE_ONLY}])"
    f"|(?P<single>[{''.join(_VNI_SINGLE_DECODE)}])"
)

# cp1252 reads 0x80-0x9F as punctuation; latin-1 leaves C1 controls there. A legacy page's
# bytes are Windows text, so once converted those controls become what Windows showed.
_CP1252_UNDEFINED = frozenset((0x81, 0x8D, 0x8F, 0x90, 0x9D))
_C1_TO_CP1252 = {
    code: bytes([code]).decode("cp1252") for code in range(0x80, 0xA0)
    if code not in _CP1252_UNDEFINED
}  # fmt: skip
_CP1252_CHARS = frozenset(
    bytes([code]).decode("cp1252") for code in range(256) if code not in _CP1252_UNDEFINED
)

# A word is a run of letters and of the TCVN3 bytes that cp1252 shows as symbols (« ¸ §).
_TCVN3_SYMBOLS = "".join(
    sorted(chr(code) for code in _TCVN3_DECODE if not chr(code).isalpha())
).replace("-", "")
_WORD = re.compile(f"(?:[^\\W\\d_]|[{re.escape(_TCVN3_SYMBOLS)}])+")
# Mixed pages are judged piece by piece: a line, or the text between two HTML tags.
_SEPARATOR = re.compile(r"\r\n|[\r\n]|<[^<>]*>")
_BLOCK_START = re.compile(r"<(?:p|br|div|h[1-6]|li|td|th|tr|title|blockquote)\b", re.I)
_SENTENCE_START = re.compile(r"(?:^|[.!?…][\s\"“'‘(\[–—-]+)[\s\"“'‘(\[–—-]*(\w)")

# A converted word counts as strong evidence from two letters on: a lone vowel (ó, ở) is
# also what a French où or a stray symbol turns into.
_STRONG_LETTERS = 2
# Share of the words a conversion touches that must become Vietnamese syllables.
_MIN_SHARE = 0.6
_MIN_STRONG = 2
_MIN_STRONG_MIXED = 3
# One odd word in a page of this many Unicode Vietnamese words is noise, not a paste.
_NOISE_PAGE_WORDS = 20


@dataclass(frozen=True)
class Repaired:
    """What ``repair`` or ``decode_bytes`` made of a text.

    ``text`` is NFC; it is the input unchanged (only composed) unless a legacy encoding was
    found with clear evidence. ``encoding`` is ``"unicode"``, ``"tcvn3"`` or ``"vni"``: when
    ``unsure`` is True it names the suspected encoding and the text was left as it was, for
    a person to check.
    """

    text: str
    encoding: str
    unsure: bool


@dataclass
class _Evidence:
    touched: int = 0
    gain: int = 0
    strong: int = 0
    unicode: int = 0

    def add(self, other: "_Evidence") -> None:
        self.touched += other.touched
        self.gain += other.gain
        self.strong += other.strong
        self.unicode += other.unicode

    def is_clear(self, min_strong: int) -> bool:
        return self.strong >= min_strong and self.gain >= _MIN_SHARE * self.touched


def _convert_tcvn3_raw(text: str) -> str:
    return text.translate(_TCVN3_DECODE).translate(_C1_TO_CP1252)


def _vni_letter(match: re.Match) -> str:
    single = match["single"]
    if single:
        return _VNI_SINGLE_DECODE[single]
    base = match["a"] or match["eo"] or match["v"]
    mark = match["am"] or match["eom"] or match["vm"]
    if base in "ôÔöÖ":
        base = _VNI_SINGLE_DECODE[base]
    quality, tone = _VNI_MARKS[mark]
    return _nfc(base + quality + tone)


def _convert_vni(text: str) -> str:
    return _VNI_SEQUENCE.sub(_vni_letter, text).translate(_C1_TO_CP1252)


_CONVERTERS = {"tcvn3": _convert_tcvn3_raw, "vni": _convert_vni}


def _is_unicode_vietnamese(word: str) -> bool:
    """A word no cp1252 decoding can produce (ư, ạ, đ) that is a Vietnamese syllable."""
    return any(char not in _CP1252_CHARS for char in word) and is_vietnamese_syllable(word)


def _word_evidence(word: str) -> dict[str, _Evidence]:
    found = {name: _Evidence() for name in _CONVERTERS}
    if word.isascii():
        return found
    if any(char.isalpha() and char not in _CP1252_CHARS for char in word):
        if _is_unicode_vietnamese(word):
            for evidence in found.values():
                evidence.unicode = 1
        return found
    valid_before = is_vietnamese_syllable(word)
    for name, convert in _CONVERTERS.items():
        converted = convert(word)
        if converted == word:
            continue
        evidence = found[name]
        evidence.touched = 1
        if not valid_before and is_vietnamese_syllable(converted):
            evidence.gain = 1
            letters = sum(char.isalpha() for char in _nfc(converted))
            evidence.strong = int(letters >= _STRONG_LETTERS)
    return found


def _segments(text: str) -> list[tuple[int, int, bool]]:
    """Return (start, end, starts a block) of the pieces between line breaks and tags."""
    pieces = []
    start, block = 0, True
    for separator in _SEPARATOR.finditer(text):
        pieces.append((start, separator.start(), block))
        start = separator.end()
        block = not separator.group().startswith("<") or bool(_BLOCK_START.match(separator.group()))
    pieces.append((start, len(text), block))
    return pieces


def _segment_evidence(piece: str) -> dict[str, _Evidence]:
    total = {name: _Evidence() for name in _CONVERTERS}
    for match in _WORD.finditer(piece):
        word = match.group()
        if not any(char.isalpha() for char in word):
            continue
        for name, evidence in _word_evidence(word).items():
            total[name].add(evidence)
    return total


def _capitalize_words(converted: str) -> str:
    """Upper-case the words typed in a capitals font, judged by their other letters.

    A word whose other letters are two or more capitals (``NéI``) is one; a word with a
    single other capital (``Bé``, ``X·``) is one when the nearest such word on either side
    is, as in ``§¶NG Bé X·`` (ĐẢNG BỘ XÃ). Acronyms without a toned letter (GTVT) do not
    count as neighbours: ``Së GTVT`` stays Sở GTVT.
    """
    words = list(_WORD.finditer(converted))
    # 2: typed in capitals, 1: one capital, undecided, 0: a lower-case word.
    kinds = []
    for match in words:
        word = match.group()
        others = [char for char in word if char.isalpha() and char not in _CASELESS]
        has_caseless = len(others) < sum(char.isalpha() for char in word)
        if any(char.islower() for char in others):
            kinds.append(0)
        elif len(others) >= 2:
            kinds.append(2 if has_caseless else 0)
        else:
            kinds.append(1)
    upper = [kind == 2 for kind in kinds]
    index = 0
    while index < len(words):
        if kinds[index] != 1:
            index += 1
            continue
        end = index
        while end < len(words) and kinds[end] == 1:
            end += 1
        if (index > 0 and kinds[index - 1] == 2) or (end < len(words) and kinds[end] == 2):
            upper[index:end] = [True] * (end - index)
        index = end
    pieces, done = [], 0
    for match, make_upper in zip(words, upper, strict=True):
        if make_upper:
            pieces.append(converted[done : match.start()])
            pieces.append(match.group().upper())
            done = match.end()
    pieces.append(converted[done:])
    return "".join(pieces)


def _restore_capitals(converted: str, block_start: bool) -> str:
    """Put back the capitals TCVN3 (VN3) writes with lower-case bytes, where the text shows."""
    if not any(char in _CASELESS for char in converted):
        return converted
    cased = [char for char in converted if char.isalpha() and char not in _CASELESS]
    if len(cased) >= 3 and all(char.isupper() for char in cased):
        return converted.upper()
    converted = _capitalize_words(converted)

    def sentence_case(match: re.Match) -> str:
        if match.start() == 0 and not block_start:
            return match.group()
        letter = match.group(1)
        if letter not in _CASELESS:
            return match.group()
        return match.group()[:-1] + letter.upper()

    return _SENTENCE_START.sub(sentence_case, converted)


def _convert(text: str, encoding: str, pieces: list[tuple[int, int, bool]] | None) -> str:
    """Convert ``text`` whole (``pieces`` None) or only the given pieces of it."""
    if pieces is None:
        pieces = _segments(text)
        whole = True
    else:
        whole = False
    convert = _CONVERTERS[encoding]
    out = []
    done = 0
    for start, end, block in pieces:
        out.append(convert(text[done:start]) if whole else text[done:start])
        piece = convert(text[start:end])
        if encoding == "tcvn3":
            piece = _restore_capitals(piece, block)
        out.append(piece)
        done = end
    out.append(convert(text[done:]) if whole else text[done:])
    return normalize("".join(out))


def repair(text: str) -> Repaired:
    """Detect text typed in TCVN3 or VNI and read as cp1252 (or latin-1), and convert it.

    ``text`` is what decoding a page's bytes as cp1252 or latin-1 gave, or what a CMS stored
    after such a decoding. Call it before ``normalize``: that drops soft hyphens, and
    U+00AD is the TCVN3 byte of ư.

    - Text with no legacy evidence comes back composed (NFC), encoding ``"unicode"``.
    - A text in one legacy encoding is converted whole and normalized.
    - A page mixing Unicode Vietnamese with pasted legacy text is converted only where its
      lines (or the text between HTML tags) are clearly legacy and hold no Unicode
      Vietnamese; a line holding both, or evidence too thin (one or two words, or words
      that mostly stay gibberish after conversion), gives ``unsure`` and the text unchanged.
    """
    if text.isascii():
        return Repaired(text, "unicode", False)
    # Decomposed Unicode would split words at its marks; composing never alters cp1252 text.
    text = _nfc(text)
    pieces = _segments(text)
    per_piece = [_segment_evidence(text[start:end]) for start, end, _ in pieces]
    totals = {name: _Evidence() for name in _CONVERTERS}
    for evidence in per_piece:
        for name in _CONVERTERS:
            totals[name].add(evidence[name])
    best, other = sorted(
        _CONVERTERS, key=lambda name: (totals[name].strong, totals[name].gain), reverse=True
    )
    found = totals[best]
    unchanged = text
    if found.strong == 0:
        return Repaired(unchanged, "unicode", False)
    if totals[other].strong * 2 > found.strong:
        return Repaired(unchanged, best, True)
    if found.unicode == 0:
        if found.is_clear(_MIN_STRONG):
            return Repaired(_convert(text, best, None), best, False)
        return Repaired(unchanged, best, True)
    legacy, legacy_strong = [], 0
    for piece, evidence in zip(pieces, per_piece, strict=True):
        if evidence[best].unicode == 0 and evidence[best].is_clear(1):
            legacy.append(piece)
            legacy_strong += evidence[best].strong
    if legacy_strong >= _MIN_STRONG_MIXED and legacy_strong == found.strong:
        return Repaired(_convert(text, best, legacy), best, False)
    if found.strong == 1 and found.unicode >= _NOISE_PAGE_WORDS:
        return Repaired(unchanged, "unicode", False)
    return Repaired(unchanged, best, True)


def _decode_cp1252(data: bytes) -> str:
    """cp1252, with the five bytes it leaves undefined read as latin-1 does."""
    return data.decode("latin-1").translate(_C1_TO_CP1252)


# Labels that legacy pages declare while their bytes are really TCVN3 or VNI: browsers
# treat all of them as windows-1252.
_CP1252_LABELS = frozenset(("cp1252", "iso8859-1", "ascii", "iso8859-15", "utf-8"))


def decode_bytes(data: bytes, declared: str | None = None) -> Repaired:
    """Decode the bytes of a page or text file and repair legacy Vietnamese encodings.

    Valid UTF-8 (with or without BOM) and UTF-16 with a BOM are Unicode and kept as they
    are (composed to NFC). Otherwise the ``declared`` charset is used when Python knows it
    and it is neither a windows-1252 look-alike nor UTF-8; else cp1252, with latin-1 for
    its five undefined bytes. The decoded text then goes through ``repair``.
    """
    for bom, codec in ((codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom) and not data.startswith(codecs.BOM_UTF32_LE):
            try:
                return Repaired(_nfc(data.decode(codec)), "unicode", False)
            except UnicodeDecodeError:
                break
    try:
        return Repaired(_nfc(data.decode("utf-8-sig")), "unicode", False)
    except UnicodeDecodeError:
        pass
    codec_name = None
    if declared:
        try:
            codec_name = codecs.lookup(declared.strip()).name
        except LookupError:
            codec_name = None
    if codec_name and codec_name not in _CP1252_LABELS:
        text = data.decode(codec_name, errors="replace")
    else:
        text = _decode_cp1252(data)
    return repair(text)


def encode_tcvn3(text: str) -> bytes:
    """Write ``text`` in TCVN3 (VN3, the ABC .VnTime layout), for tests and fixtures.

    A capital with a tone mark is written as its lower-case byte, as text set in a
    capitals font (.VnTimeH) was. Other characters are written as cp1252 when that byte
    means nothing else in TCVN3; anything else raises ValueError.
    """
    out = bytearray()
    for char in _nfc(text):
        code = _TCVN3_ENCODE.get(char) or _TCVN3_ENCODE.get(char.lower())
        if code is None:
            code = _cp1252_byte(char, "TCVN3", _TCVN3_BYTES)
        out.append(code)
    return bytes(out)


def _cp1252_byte(char: str, name: str, taken: dict[int, str] | frozenset[int]) -> int:
    try:
        code = char.encode("cp1252")[0]
    except UnicodeEncodeError:
        raise ValueError(f"{name} has no byte for {char!r} (U+{ord(char):04X})") from None
    if code >= 0x80 and code in taken:
        raise ValueError(f"{name} uses the byte of {char!r} (0x{code:02X}) for another letter")
    return code


def _vni_spelling(letter: str) -> str | None:
    if letter in _VNI_SINGLES:
        return _VNI_SINGLES[letter]
    decomposed = unicodedata.normalize("NFD", letter)
    base, marks = decomposed[0], decomposed[1:]
    if not marks or base.lower() not in "aeiouy" or not base.isascii():
        return None
    capital = int(base.isupper())
    tone = next((mark for mark in marks if mark in _TONES), "")
    quality = marks.replace(tone, "")
    if quality == _HORN and base in "oOuU":
        return _VNI_SINGLES[_nfc(base + _HORN)] + (_VNI_TONE_MARKS[tone][capital] if tone else "")
    if quality == _CIRCUMFLEX and base in "aAeEoO":
        return base + _VNI_CIRCUMFLEX_MARKS[tone][capital]
    if quality == _BREVE and base in "aA":
        return base + _VNI_BREVE_MARKS[tone][capital]
    if quality == "" and tone:
        return base + _VNI_TONE_MARKS[tone][capital]
    return None


_VNI_BYTES = frozenset(
    ord(char)
    for spelling in (*_VNI_SINGLES.values(), *_VNI_MARKS)
    for char in spelling
    if ord(char) >= 0x80
)


def encode_vni(text: str) -> bytes:
    """Write ``text`` in VNI-Windows, for tests and fixtures.

    Every Vietnamese letter, capitals included, has a VNI spelling. Other characters are
    written as cp1252 when that byte is no VNI letter or mark; anything else raises
    ValueError.
    """
    out = bytearray()
    for char in _nfc(text):
        spelling = _vni_spelling(char) if not char.isascii() else char
        if spelling is None:
            out.append(_cp1252_byte(char, "VNI", _VNI_BYTES))
        else:
            out.extend(spelling.encode("cp1252"))
    return bytes(out)
