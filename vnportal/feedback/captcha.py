"""A small arithmetic question written in words ("Bảy cộng năm bằng mấy?"), asked when
`FEEDBACK_CAPTCHA` is on.

No image and no third party: it stops scripts that post blindly, not a determined
person, and it reads well to a screen reader. The answer never travels in the form: the
token carries the question and a keyed hash of the answer, so a script cannot read it,
and one answered token is accepted once.
"""

import secrets
import unicodedata

from django.conf import settings
from django.core import signing
from django.core.cache import cache
from django.utils.crypto import constant_time_compare, salted_hmac

WORDS = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười"]
MAX_AGE = 2 * 3600
_SALT = "vnportal.feedback.captcha"
_USED_PREFIX = "feedback-captcha-used"


def enabled() -> bool:
    return bool(getattr(settings, "FEEDBACK_CAPTCHA", False))


def _digest(nonce: str, answer: int) -> str:
    return salted_hmac(_SALT, f"{nonce}:{answer}", algorithm="sha256").hexdigest()


def new_challenge() -> tuple[str, str]:
    """(question, token): the question to show and the token to send back with the answer."""
    first = secrets.randbelow(10) + 1
    second = secrets.randbelow(10) + 1
    if secrets.randbelow(2) and first >= second:
        question, answer = f"{WORDS[first]} trừ {WORDS[second]}", first - second
    else:
        question, answer = f"{WORDS[first]} cộng {WORDS[second]}", first + second
    question = f"{question[0].upper()}{question[1:]} bằng mấy?"
    nonce = secrets.token_urlsafe(12)
    token = signing.dumps({"q": question, "n": nonce, "h": _digest(nonce, answer)}, salt=_SALT)
    return question, token


def question_of(token: str) -> str:
    """The question a token was issued for; "" when the token is not ours or too old."""
    payload = _payload(token)
    return payload["q"] if payload else ""


def check(token: str, typed: str) -> bool:
    """True once for a right answer to a live token; digits or a number word are accepted."""
    payload = _payload(token)
    answer = _number(typed)
    if payload is None or answer is None:
        return False
    if not constant_time_compare(_digest(payload["n"], answer), payload["h"]):
        return False
    return cache.add(f"{_USED_PREFIX}:{payload['n']}", 1, MAX_AGE)


def _payload(token):
    try:
        payload = signing.loads(token or "", salt=_SALT, max_age=MAX_AGE)
    except signing.BadSignature:
        return None
    if not isinstance(payload, dict) or not {"q", "n", "h"} <= payload.keys():
        return None
    return payload


_NUMBER_WORDS = {
    **{word: value for value, word in enumerate(WORDS)},
    "mười một": 11,
    "mười hai": 12,
    "mười ba": 13,
    "mười bốn": 14,
    "mười lăm": 15,
    "mười sáu": 16,
    "mười bảy": 17,
    "mười tám": 18,
    "mười chín": 19,
    "hai mươi": 20,
}


def _number(typed: str) -> int | None:
    text = " ".join(unicodedata.normalize("NFC", typed or "").lower().split())
    if text.isdigit() and len(text) <= 3:
        return int(text)
    return _NUMBER_WORDS.get(text)
