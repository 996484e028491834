"""Vietnamese document numbers/symbols (số, ký hiệu văn bản): parse them, find them in text.

The shapes, after Decree 30/2020/NĐ-CP (Appendix III) and Hướng dẫn 36-HD/VPTW:

- ``số/năm/LOẠI-CQ``: legal normative documents, ``42/2022/NĐ-CP``, ``01/2021/TT-BTTTT``;
  joint ones name every body, ``15/2023/TTLT-BTC-BNV``; laws and resolutions of the
  National Assembly have no type code, the body carries the term: ``17/2008/QH12``.
- ``số/LOẠI-CQ[-ĐƠN VỊ]``: administrative documents, ``01/QĐ-UBND``, ``125/KH-UBND-VP``.
- ``số/CQ-ĐƠN VỊ``: a công văn has no type code, ``123/UBND-VP`` (VP drafted it).
- ``số-LOẠI/CQ``: Party documents, ``21-KL/TW``; state documents before about 2000 used
  the same shape (``18-L/CTN``, ``21-LCT/HĐNN8``).

Spelling rules of the canonical form:

- Spaces around ``/`` and ``-`` go, and the one inside ``QH 11``; en and em dashes and
  minus signs are ``-``, full-width and fraction slashes are ``/``; ``Ð`` (U+00D0, eth,
  left by legacy converters) is ``Đ``.
- A known code gets its table spelling: ``ND`` → ``NĐ``, ``QD`` → ``QĐ``, ``HDND`` →
  ``HĐND``, ``ttg`` → ``TTg``, ``CTR`` → ``CTr``. Where both spellings are codes the one
  written is kept: ``HD`` is Hướng dẫn and ``HĐ`` Hợp đồng, ``DA`` is Dự án and ``ĐA`` Đề
  án. An unknown code is upper-cased when written in lower case, otherwise kept.
- The number keeps its leading zeros (``01/QĐ-UBND``), as the register prints it; ``key``
  drops them for matching.
- The year has four digits, from 1945 to next year. A two-digit year (``12/98/QĐ-TTg``)
  is refused rather than guessed.

``python -m vnportal.vntext.docnumber NUMBER...`` prints one JSON object per number (or per
line of standard input) and exits with 1 when one of them does not parse.
"""

import dataclasses
import datetime
import json
import re
import sys
import unicodedata

from .doctypes import (
    BODIES,
    DASH_FORM_TYPES,
    DOCUMENT_TYPES,
    JOINT_TYPES,
    OLD_STATE_BODIES,
    OLD_STATE_TYPES,
)
from .fold import fold
from .normalize import normalize

__all__ = [
    "DocumentNumber",
    "DocumentNumberError",
    "Match",
    "find_numbers",
    "parse",
    "try_parse",
]

FIRST_YEAR = 1945
# The longest real symbols name several bodies (01/2012/NQLT-CP-UBTƯMTTQVN); anything much
# longer is a pasted paragraph.
MAX_LENGTH = 100
MAX_NUMBER_DIGITS = 6
MAX_CODE_LENGTH = 20

_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"
_SLASHES = "\u2044\u2215\u29f8\uff0f"
_TO_ASCII = str.maketrans({**dict.fromkeys(_DASHES, "-"), **dict.fromkeys(_SLASHES, "/")})
_TO_ASCII.update({ord("Ð"): "Đ", ord("ð"): "đ"})

# Words that may stand before a number: "Nghị định số 42/2022/NĐ-CP", "Số: 01/QĐ-UBND".
_PREFIX_NAMES = sorted(
    {
        *DOCUMENT_TYPES.values(),
        *DASH_FORM_TYPES.values(),
        "Bộ luật",
        "Luật",
        "Pháp lệnh",
        "Văn bản",
        "Thông tư liên tịch",
        "Nghị quyết liên tịch",
    },
    key=len,
    reverse=True,
)
_NAME_BY_FOLD = {fold(name): name for name in _PREFIX_NAMES}
_NAMES_PATTERN = "|".join(
    re.escape(spelling) for name in _PREFIX_NAMES for spelling in (name, fold(name))
)
_PREFIX = re.compile(
    rf"^(?:(?P<name>{_NAMES_PATTERN})(?=[\s:]|số|so)\s*)?"
    r"(?:(?:số|so)(?:\s*,?\s*(?:ký|ky)\s*(?:hiệu|hieu)|\s*(?:hiệu|hieu))?\b\s*[:.]?\s*)?",
    re.IGNORECASE,
)
_LEADING_PUNCTUATION = re.compile(r"^[\s(\[\"'“‘«]+")
_TRAILING_PUNCTUATION = re.compile(r"[\s.,;:!?)\]}\"'”’»]+$")
_SPACED_SEPARATOR = re.compile(r"\s*([/-])\s*")
_SPACED_TERM = re.compile(r"(?<=[^\W\d_])\s+(?=\d+(?:-|$))")
_ALLOWED = re.compile(r"[0-9A-Za-zĐđƯư/-]+")
_BAD_CHAR = re.compile(r"[^0-9A-Za-zĐđƯư/-]")
_DATE = re.compile(r"\d{1,2}([/-])\d{1,2}\1\d{4}")
_DIGITS = re.compile(r"[0-9]+")
_CODE_LIKE = re.compile(r"[0-9A-ZĐƯ\s/-]+")
_TERM_SUFFIX = re.compile(r"(.*[^0-9])([0-9]+)")


class DocumentNumberError(ValueError):
    """A text that is not a document number/symbol; ``reason`` says why, in Vietnamese."""

    def __init__(self, reason: str, text: str = ""):
        super().__init__(reason)
        self.reason = reason
        self.text = text


@dataclasses.dataclass(frozen=True)
class DocumentNumber:
    """One parsed number/symbol. ``form`` is ``"state"``, ``"cong_van"`` or ``"party"``.

    ``body_code`` is the issuing body (several joined by ``-`` for a joint document) and
    ``unit`` the drafting unit or field after it, if any. ``type_code`` is None for a công
    văn and for the laws and resolutions of the National Assembly; ``type_name`` then comes
    from the words before the number when there were some ("Luật số 17/2008/QH12").
    """

    canonical: str
    number: str
    year: int | None
    type_code: str | None
    type_name: str | None
    body_code: str
    unit: str | None
    form: str

    def __str__(self) -> str:
        return self.canonical

    @property
    def key(self) -> str:
        """The canonical form folded and without leading zeros, to look a number up by.

        ``01/QĐ-UBND`` and ``1/QD-UBND`` share the key ``1/qd-ubnd``: people drop the zero
        and the Đ where the register keeps them.
        """
        return fold(str(int(self.number)) + self.canonical[len(self.number) :])

    def as_dict(self) -> dict:
        return dataclasses.asdict(self)


@dataclasses.dataclass(frozen=True)
class Match:
    """A number/symbol found in running text: ``text[start:end] == raw``."""

    start: int
    end: int
    raw: str
    parsed: DocumentNumber


class _CodeTable:
    """Looks a code up as written, then case-blind, then Đ-blind (when that is unique)."""

    def __init__(self, codes):
        self.codes = frozenset(codes)
        self.by_upper = {code.upper(): code for code in self.codes}
        by_fold: dict[str, list[str]] = {}
        for code in self.codes:
            by_fold.setdefault(fold(code), []).append(code)
        self.by_fold = by_fold

    def find(self, code: str) -> str | None:
        if code in self.codes:
            return code
        if code.upper() in self.by_upper:
            return self.by_upper[code.upper()]
        if "Đ" not in code and "đ" not in code:
            candidates = self.by_fold.get(fold(code), [])
            if len(candidates) == 1:
                return candidates[0]
        return None


_STATE_TYPES = _CodeTable(DOCUMENT_TYPES)
_DASH_TYPES = _CodeTable(DASH_FORM_TYPES)
_BODIES = _CodeTable(BODIES)


def _as_written(code: str) -> str:
    return code.upper() if code == code.lower() else code


def _body(code: str) -> str:
    """A body or unit code in its canonical spelling; the term of office is kept (QH14)."""
    known = _BODIES.find(code)
    if known:
        return known
    term = _TERM_SUFFIX.fullmatch(code)
    if term:
        base = _BODIES.find(term.group(1))
        if base:
            return base + term.group(2)
    return _as_written(code)


def _clean(text: str) -> tuple[str, str | None]:
    """Return the bare number/symbol and the document-type name written before it."""
    if not isinstance(text, str):
        raise TypeError(f"parse() needs str, got {type(text).__name__}")
    text = unicodedata.normalize("NFKC", normalize(text)).translate(_TO_ASCII)
    text = _LEADING_PUNCTUATION.sub("", text)
    if len(text) > MAX_LENGTH * 2:
        raise DocumentNumberError(
            f"Chuỗi dài {len(text)} ký tự, quá dài để là một số, ký hiệu văn bản", text[:50]
        )
    prefix = _PREFIX.match(text)
    name = None
    if prefix and prefix.end() and (text[prefix.end() :][:1].isdigit() or not prefix["name"]):
        name = _NAME_BY_FOLD.get(fold(prefix["name"])) if prefix["name"] else None
        text = text[prefix.end() :]
    text = _TRAILING_PUNCTUATION.sub("", text)
    return text, name


def parse(text: str) -> DocumentNumber:
    """Parse a number/symbol written in any common way; raise DocumentNumberError if bad.

    ``parse("Nghị định số 42 /2022/ ND – CP").canonical == "42/2022/NĐ-CP"``.
    """
    bare, name = _clean(text)
    if not bare:
        raise DocumentNumberError("Chưa nhập số, ký hiệu văn bản", text)
    if len(bare) > MAX_LENGTH:
        raise DocumentNumberError(
            f"Chuỗi dài {len(bare)} ký tự, quá dài để là một số, ký hiệu văn bản", text
        )
    joined = _SPACED_TERM.sub("", _SPACED_SEPARATOR.sub(r"\1", bare))
    if joined[0].isalpha():
        raise DocumentNumberError("Thiếu số văn bản", text)
    if re.search(r"\s", joined):
        head, rest = joined.split(None, 1)
        # "42/2022/NĐ-CP ngày 24/6/2022" has a tail; "123/UB ND" has a stray space.
        if "/" in head and _ALLOWED.fullmatch(head) and not _CODE_LIKE.fullmatch(rest):
            raise DocumentNumberError(f"Có phần thừa “{rest}” sau số, ký hiệu “{head}”", text)
        raise DocumentNumberError(
            f"Số, ký hiệu văn bản không được có khoảng trắng ở giữa: “{bare}”", text
        )
    if not _ALLOWED.fullmatch(joined):
        bad = _BAD_CHAR.search(joined).group()
        raise DocumentNumberError(f"Số, ký hiệu văn bản có ký tự không hợp lệ “{bad}”", text)
    if _DATE.fullmatch(joined):
        raise DocumentNumberError(f"“{joined}” là ngày tháng, không phải số, ký hiệu văn bản", text)
    parsed = _parse_parts(joined, text)
    if name and parsed.type_name is None:
        parsed = dataclasses.replace(parsed, type_name=name)
    return parsed


def try_parse(text: str) -> DocumentNumber | None:
    """``parse(text)``, or None when ``text`` is not a number/symbol."""
    try:
        return parse(text)
    except DocumentNumberError:
        return None


def _parse_parts(joined: str, text: str) -> DocumentNumber:
    def fail(reason: str):
        raise DocumentNumberError(reason, text)

    parts = joined.split("/")
    head = parts[0]
    if not head or not head[0].isdigit():
        fail("Thiếu số văn bản")
    if len(parts) > 3:
        fail(f"Số, ký hiệu văn bản có quá nhiều dấu “/”: “{joined}”")
    if len(parts) == 1:
        number, dash, code = head.partition("-")
        if dash and _DIGITS.fullmatch(number) and _DASH_TYPES.find(code):
            fail(f"Thiếu cơ quan ban hành sau “{number}-{_DASH_TYPES.find(code)}/”")
        if _DIGITS.fullmatch(head):
            fail(f"Thiếu ký hiệu văn bản sau số {head}")
        fail(f"Thiếu dấu “/” giữa số và ký hiệu văn bản: “{joined}”")
    if "-" in head:
        return _parse_dash_form(parts, joined, fail)

    number = _number(head, fail)
    year = None
    if len(parts) == 3:
        year = _year(parts[1], fail)
    elif _DIGITS.fullmatch(parts[1]):
        if len(parts[1]) == 4:
            fail(f"Thiếu ký hiệu văn bản sau năm {parts[1]}")
        fail(f"“{joined}” không phải số, ký hiệu văn bản: sau dấu “/” phải là ký hiệu")
    codes = _codes(parts[-1], fail)
    type_code = _STATE_TYPES.find(codes[0])
    if type_code:
        if len(codes) == 1:
            fail(f"Thiếu cơ quan ban hành sau “{type_code}”")
        if type_code in JOINT_TYPES:
            body, unit = "-".join(_body(code) for code in codes[1:]), None
        else:
            body, unit = _body(codes[1]), "-".join(map(_body, codes[2:])) or None
        _check_body(body, fail)
        symbol = "-".join(filter(None, (type_code, body, unit)))
        middle = f"{year}/" if year else ""
        return DocumentNumber(
            canonical=f"{number}/{middle}{symbol}",
            number=number,
            year=year,
            type_code=type_code,
            type_name=DOCUMENT_TYPES[type_code],
            body_code=body,
            unit=unit,
            form="state",
        )
    if year is not None:
        if len(codes) > 1:
            fail(f"Không nhận ra ký hiệu loại văn bản “{codes[0]}”")
        body = _body(codes[0])
        _check_body(body, fail)
        return DocumentNumber(
            canonical=f"{number}/{year}/{body}",
            number=number,
            year=year,
            type_code=None,
            type_name=None,
            body_code=body,
            unit=None,
            form="state",
        )
    body, unit = _body(codes[0]), "-".join(map(_body, codes[1:])) or None
    _check_body(body, fail)
    return DocumentNumber(
        canonical=f"{number}/{'-'.join(filter(None, (body, unit)))}",
        number=number,
        year=None,
        type_code=None,
        type_name="Công văn",
        body_code=body,
        unit=unit,
        form="cong_van",
    )


def _parse_dash_form(parts: list[str], joined: str, fail) -> DocumentNumber:
    if len(parts) != 2:
        fail(f"Số, ký hiệu dạng số-LOẠI/CƠ QUAN chỉ có một dấu “/”: “{joined}”")
    raw_number, _, raw_type = parts[0].partition("-")
    number = _number(raw_number, fail)
    if not raw_type:
        fail(f"Thiếu ký hiệu loại văn bản sau “{number}-”")
    type_code = _DASH_TYPES.find(raw_type)
    if type_code is None:
        fail(f"Không nhận ra ký hiệu loại văn bản “{raw_type}”")
    codes = _codes(parts[1], fail)
    body, unit = _body(codes[0]), "-".join(map(_body, codes[1:])) or None
    _check_body(body, fail)
    state = type_code in OLD_STATE_TYPES or body.rstrip("0123456789") in OLD_STATE_BODIES
    return DocumentNumber(
        canonical=f"{number}-{type_code}/{'-'.join(filter(None, (body, unit)))}",
        number=number,
        year=None,
        type_code=type_code,
        type_name=DASH_FORM_TYPES[type_code],
        body_code=body,
        unit=unit,
        form="state" if state else "party",
    )


def _number(raw: str, fail) -> str:
    if not raw:
        fail("Thiếu số văn bản")
    if not _DIGITS.fullmatch(raw):
        fail(f"Số văn bản “{raw}” chỉ được gồm chữ số")
    if len(raw) > MAX_NUMBER_DIGITS:
        fail(f"Số văn bản “{raw}” quá dài (nhiều nhất {MAX_NUMBER_DIGITS} chữ số)")
    if int(raw) == 0:
        fail("Số văn bản phải lớn hơn 0")
    return raw


def _year(raw: str, fail) -> int:
    if not raw:
        fail("Thiếu năm ban hành giữa hai dấu “/”")
    if not _DIGITS.fullmatch(raw):
        fail(f"Giữa hai dấu “/” phải là năm ban hành, không phải “{raw}”")
    if len(raw) == 2:
        fail(f"Năm “{raw}” phải viết đủ bốn chữ số")
    last = datetime.date.today().year + 1
    if len(raw) != 4 or not FIRST_YEAR <= int(raw) <= last:
        fail(f"Năm {raw} không hợp lệ (phải từ {FIRST_YEAR} đến {last})")
    return int(raw)


def _codes(symbol: str, fail) -> list[str]:
    if not symbol:
        fail("Thiếu ký hiệu văn bản")
    codes = symbol.split("-")
    if not codes[0]:
        fail(f"Ký hiệu “{symbol}” không được bắt đầu bằng dấu “-”")
    if not codes[-1]:
        fail(f"Thiếu cơ quan ban hành sau “{symbol}”")
    if "" in codes:
        fail(f"Ký hiệu “{symbol}” có hai dấu “-” liền nhau")
    for code in codes:
        if len(code) > MAX_CODE_LENGTH:
            fail(f"Ký hiệu “{code}” quá dài")
    return codes


def _check_body(body: str, fail) -> None:
    first = body.split("-")[0]
    if not first[0].isalpha():
        fail(f"Cơ quan ban hành “{first}” phải bắt đầu bằng chữ cái")


# --- Finding numbers in running text -------------------------------------------------
#
# Running text is matched more strictly than parse() input: codes are upper case (or one
# of the mixed-case codes), a dash has at most one space beside it (so "01/QĐ-UBND - V/v"
# stops at UBND), and nothing may touch the number that would make it part of a date,
# a decimal, a path or a longer word.

_MIXED_CASE_CODES = sorted(
    {
        code
        for table in (DOCUMENT_TYPES, DASH_FORM_TYPES, BODIES)
        for code in table
        if not code.isupper()
    },
    key=len,
    reverse=True,
)
_T_DASH = f"[-{_DASHES}]"
_T_SLASH = f"[/{_SLASHES}]"
_T_SPACE = "[ \u00a0]?"
_T_DASH_SPACED = f"(?:{_T_DASH}{_T_SPACE}|[ \u00a0]{_T_DASH})"
_T_CODE = (
    r"(?:(?:QH|UBTVQH|HĐNN|HDNN)[ \u00a0]?[0-9]{1,2}|"
    + "|".join(map(re.escape, _MIXED_CASE_CODES))
    + r"|[A-ZĐÐƯ][A-Z0-9ĐÐƯ]*)"
)
# A unit may be a bare number (102-SL/L-004), but only written tight against its dash.
_T_SYMBOL = f"{_T_CODE}(?:{_T_DASH_SPACED}{_T_CODE}|{_T_DASH}[0-9]{{1,4}})*"
_T_NUMBER = "[0-9]{1,6}"
_T_SEP = f"{_T_SPACE}{_T_SLASH}{_T_SPACE}"
_IN_TEXT = re.compile(
    rf"(?<![\w/.{_DASHES}-])"
    rf"(?:{_T_NUMBER}{_T_DASH_SPACED}{_T_CODE}{_T_SEP}{_T_SYMBOL}"
    rf"|{_T_NUMBER}{_T_SEP}[0-9]{{4}}{_T_SEP}{_T_SYMBOL}"
    rf"|{_T_NUMBER}{_T_SEP}{_T_SYMBOL})"
    rf"(?![\w/{_SLASHES}\u0300-\u036f]|[.,][0-9]|{_T_DASH}\w)"
)
# The lookbehind makes an e-mail address start only where a run of its characters starts;
# without it every character of a long word would rescan the word.
_URL = re.compile(r"(?:https?://|www\.)\S+|(?<![\w.+-])[\w.+-]+@[\w-]+\.[\w.]+", re.IGNORECASE)
# A công văn symbol of one code ("123/UBND") looks like an address or a class ("12/A1"), so
# it counts only after a word that announces a number.
_CUE = re.compile(r"(?:\bso|cong van|van ban|\bcv|ky hieu)\s*[:.]?\s*$")
_NAME_BEFORE = re.compile(
    "(?:^|[^\\w])(?P<name>"
    + "|".join(re.escape(fold(name)) for name in _PREFIX_NAMES)
    + r")(?:\s+so)?\s*[:.]?\s*$"
)


def find_numbers(text: str) -> list[Match]:
    """Return the document numbers/symbols cited in ``text``, in order.

    ``start`` and ``end`` index ``text`` as given, not normalized: symbols are ASCII
    letters, digits and Đ, so NFD text matches too (but a symbol with a decomposed Ư, as
    in UBTƯMTTQVN, is skipped rather than cut short). Dates (24/6/2022), fractions,
    phone numbers, numbers in URLs and e-mail addresses, and a bare "12/A1" never match.
    A law cited as "Luật số 17/2008/QH12" gets its type name from the words before it.
    """
    urls = None  # found at the first candidate: most texts have none, and the scan is slow
    found = []
    for candidate in _IN_TEXT.finditer(text):
        start, end = candidate.span()
        if urls is None:
            urls = [url.span() for url in _URL.finditer(text)]
        if any(start < url_end and url_start < end for url_start, url_end in urls):
            continue
        parsed = try_parse(candidate.group())
        if parsed is None:
            continue
        before = fold(text[max(0, start - 40) : start]).split("\n")[-1]
        if parsed.form == "cong_van" and parsed.unit is None and not _CUE.search(before):
            continue
        if parsed.type_name is None:
            named = _NAME_BEFORE.search(before)
            if named:
                parsed = dataclasses.replace(parsed, type_name=_NAME_BY_FOLD[named["name"]])
        found.append(Match(start, end, candidate.group(), parsed))
    return found


# --- Command line ----------------------------------------------------------------------

_CLI_KEYS = ("canonical", "number", "year", "type_code", "type_name", "body_code", "unit", "form")


def _describe(text: str) -> dict:
    try:
        parsed = parse(text)
    except DocumentNumberError as error:
        return {"input": text, "error": error.reason}
    return {"input": text, **{key: getattr(parsed, key) for key in _CLI_KEYS}}


def main(argv: list[str] | None = None) -> int:
    inputs = sys.argv[1:] if argv is None else argv
    if not inputs:
        if sys.stdin.isatty():
            print("usage: python -m vnportal.vntext.docnumber NUMBER...", file=sys.stderr)
            return 2
        inputs = [line.rstrip("\n") for line in sys.stdin if line.strip()]
    ok = True
    for text in inputs:
        result = _describe(text)
        ok = ok and "error" not in result
        print(json.dumps(result, ensure_ascii=False))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
